"""Reading the sources: a citation opens its document at the quote; the Wegwijs path; no paths on screen."""

from __future__ import annotations

import pytest

from index.settings import PROJECT_ROOT

from .conftest import WIDTHS
from .helpers import ask, last_answer, open_tab

pytestmark = pytest.mark.browser

IN_VIEW = """e => { const r = e.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth; }"""


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_citation_click_opens_the_document_at_the_quote(ui_server, open_page, artifacts, width):
    page = open_page(ui_server.url, "en-US", width)
    ask(page, "Who signed the council letter?")
    page.locator("#gdc-sources-panel #gdc-cite-1 .gdc-open").click()
    reader = page.locator("#gdc-reader .gdc-reader[data-state='found']")
    reader.wait_for()
    assert page.locator("#gdc-tab-documents").is_visible()
    assert "Groningen Digital City (raadsbrief)" in reader.locator("header").inner_text()
    mark = reader.locator("mark.gdc-hit").first
    assert "Peter den Oudsten" in " ".join(m.inner_text() for m in reader.locator("mark.gdc-hit").all())
    page.wait_for_function(f"() => ({IN_VIEW})(document.querySelector('#gdc-reader mark.gdc-hit'))")
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(artifacts / f"reader-{width}.png"))


def test_table_citation_opens_the_annex_table_at_its_row(ui_server, open_page):
    page = open_page(ui_server.url)
    ask(page, "Hoeveel subsidie kreeg PyGrunn?")
    page.locator("#gdc-sources-panel #gdc-cite-1 .gdc-open").click()
    row = page.locator("#gdc-reader tr.gdc-hit-row")
    row.wait_for()
    assert "PyGrunn" in row.inner_text() and "€ 1.500" in row.inner_text()
    page.wait_for_function(f"() => ({IN_VIEW})(document.querySelector('#gdc-reader tr.gdc-hit-row mark'))")


@pytest.mark.parametrize(("locale", "title", "money"), [("nl-NL", "Het geld: de totalen", "€ 634.427"),
                                                       ("en-US", "The money: the totals", "€634,427")])
def test_wegwijs_path_renders_cited_steps_in_the_interface_language(ui_server, open_page, artifacts, locale, title, money):
    page = open_page(ui_server.url, locale)
    open_tab(page, "wegwijs")
    step = page.locator("#gdc-step-money .gdc-step")
    step.wait_for()
    assert title in step.locator("h3").inner_text() and money in step.inner_text()
    assert page.locator("#gdc-tab-wegwijs .gdc-step").count() == 7
    assert page.locator("#gdc-step-money .gdc-step-cite").count() > 0
    assert page.locator("#gdc-step-documents li").count() == 4
    page.screenshot(path=str(artifacts / f"wegwijs-{locale}.png"), full_page=True)
    # a step's citation opens the source; its follow-up button asks the step's question in the chat
    page.locator("#gdc-step-goal .gdc-open").first.click()
    page.locator("#gdc-reader .gdc-reader[data-state='found']").wait_for()
    open_tab(page, "wegwijs")
    before = page.locator("#gdc-chat [data-testid='bot']").count()
    page.click("#gdc-step-focus-ask")
    page.wait_for_function("n => document.querySelectorAll('#gdc-chat [data-testid=\"bot\"]').length > n", arg=before)
    assert "2018" in last_answer(page)
    assert page.locator("#gdc-tab-chat").is_visible()


def test_documents_tab_shows_no_absolute_path(ui_server, open_page):
    page = open_page(ui_server.url)
    open_tab(page, "documents")
    page.locator("#gdc-documents .gdc-doc-link").first.click()
    page.locator("#gdc-reader .gdc-reader[data-state='open']").wait_for()
    shown = page.inner_text("body")
    for path in (ui_server.settings.index_dir, ui_server.settings.knowledge_dir, PROJECT_ROOT, "/tmp/"):
        assert str(path) not in shown
