"""The sources panel for a non-technical reader, at the default window (1280 px) and on a phone (390 px)."""

from __future__ import annotations

import pytest

from .conftest import WIDTHS
from .helpers import ask, inside

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_panel_amounts_stay_in_view_and_inside_the_panel(ui_server, open_page, artifacts, width):
    page = open_page(ui_server.url, "nl-NL", width)
    ask(page, "Welke blockchainprojecten zijn gesubsidieerd?")
    panel = page.locator("#gdc-sources-panel")
    panel_box = panel.bounding_box()
    viewport = {"x": 0, "width": width}
    amounts = panel.locator(".gdc-rows .gdc-amount")
    assert amounts.count() == 6
    assert [a.inner_text() for a in amounts.all()][::2] == ["€ 5.000", "€ 100.000", "€ 2.000"]
    for cell in amounts.all():
        cell.scroll_into_view_if_needed()
        box = cell.bounding_box()
        assert box is not None and box["width"] > 0
        assert inside(box, viewport), f"{cell.inner_text()} cut off at {width} px: {box}"
        assert inside(box, panel_box), f"{cell.inner_text()} outside the panel at {width} px: {box} / {panel_box}"
        # not hidden under a scrolled-away part of its table either
        assert cell.evaluate("e => { const r = e.getBoundingClientRect(); const hit = document.elementFromPoint("
                             "r.x + r.width / 2, r.y + r.height / 2); return hit === e || e.contains(hit); }")
    page.screenshot(path=str(artifacts / f"panel-{width}.png"), full_page=True)


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_panel_sql_is_hidden_until_technical_details_open(ui_server, open_page, width):
    page = open_page(ui_server.url, "nl-NL", width)
    ask(page, "Hoeveel heeft de gemeente in 2017 in totaal bijgedragen?")
    computation = page.locator("#gdc-sources-panel .gdc-computation")
    sql = computation.locator(".gdc-sql")
    assert not sql.is_visible()
    # the plain lines come first, and say the stated and computed totals in words
    assert computation.locator(".gdc-selection").is_visible()
    assert "€ 469.427, maar de rijen tellen op tot € 474.427: € 5.000 meer" in computation.locator(".gdc-comparisons").inner_text()
    # the stated figures are cited first; the first cited project row carries its raw CSV line
    row = page.locator('#gdc-sources-panel .gdc-citation[data-source$="subsidies_2017.csv"]').first
    raw = row.locator(".gdc-raw")
    assert not raw.is_visible()
    computation.locator(".gdc-tech > summary").click()
    assert sql.is_visible() and sql.inner_text().startswith("SELECT")
    row.locator(".gdc-tech > summary").click()
    assert raw.is_visible() and "year,section,theme" in raw.inner_text()


@pytest.mark.parametrize(("locale", "question", "expected"), [
    ("nl-NL", "Which blockchain projects were subsidised?",
     {"language": "en", "title": "Sources of the last answer", "figure": "€107,000", "head": "row B1-01",
      "send": "Vraag"}),
    ("en-US", "Welke blockchainprojecten zijn gesubsidieerd?",
     {"language": "nl", "title": "Bronnen bij het laatste antwoord", "figure": "€ 107.000", "head": "rij B1-01",
      "send": "Ask"}),
])
def test_panel_labels_follow_the_questions_language_not_the_browsers(ui_server, open_page, locale, question, expected):
    page = open_page(ui_server.url, locale)
    ask(page, question)
    panel = page.locator("#gdc-sources-panel .gdc-sources")
    assert panel.get_attribute("data-language") == expected["language"]
    assert panel.locator(".gdc-h").inner_text() == expected["title"]
    assert panel.locator(".gdc-figure").inner_text() == expected["figure"]
    assert expected["head"] in panel.locator("#gdc-cite-1 .gdc-cite-head").inner_text()
    assert page.inner_text("#gdc-send").strip() == expected["send"]  # the interface itself keeps its language


def test_panel_copy_puts_answer_and_numbered_sources_on_the_clipboard(ui_server, open_page):
    page = open_page(ui_server.url)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    ask(page, "Hoeveel subsidie kreeg PyGrunn?")
    page.click("#gdc-sources-panel .gdc-copy")
    page.wait_for_selector("#gdc-sources-panel .gdc-copy[data-copied='true']")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("PyGrunn (WEB11) kreeg in 2017 een gemeentelijke bijdrage van € 1.500 [1].")
    assert copied.endswith("[1] tables/subsidies_2017.csv · B1-03, regel 4 · «2017,Programma Economie en Werkgelegenheid,"
                           "Kennis & Innovatie,PyGrunn,WEB11,1500,17500»")
