"""Playwright steps the browser tests share."""

from __future__ import annotations


def ask(page, question: str) -> str:
    """Type `question`, send it, wait for its answer; returns the sources panel's state."""
    before = page.locator("#gdc-chat [data-testid='bot']").count()
    page.fill("#gdc-question textarea", question)
    page.click("#gdc-send")
    page.wait_for_function(
        "n => document.querySelectorAll('#gdc-chat [data-testid=\"bot\"]').length > n", arg=before)
    page.wait_for_selector(".gdc-sources:not([data-state='empty'])")
    return page.get_attribute(".gdc-sources", "data-state")


def last_answer(page) -> str:
    return page.locator("#gdc-chat [data-testid='bot']").last.inner_text()
