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


def open_tab(page, tab: str) -> None:
    """Select a tab by id (chat, wegwijs, projects, documents), through Gradio's "more" menu when it overflowed."""
    button = page.locator(f"#gdc-tab-{tab}-button")
    if button.count() and button.is_visible():
        button.click()
    else:
        label = page.locator(f".tab-container.visually-hidden button:nth-child({TABS.index(tab) + 1})").text_content()
        page.click(".overflow-menu > button")
        page.locator(".overflow-dropdown button", has_text=label).click()
    page.wait_for_selector(f"#gdc-tab-{tab}", state="visible")


TABS = ["chat", "wegwijs", "projects", "documents"]


def inside(box: dict, outer: dict, slack: float = 1.0) -> bool:
    """Whether a bounding box lies horizontally within another (nothing cut off at either side)."""
    return box["x"] >= outer["x"] - slack and box["x"] + box["width"] <= outer["x"] + outer["width"] + slack
