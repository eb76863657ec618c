"""Projecten: totals that say what they sum, charts, the CSV export of the selection; a chart beside group answers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from ui.pages import filter_rows

from .conftest import WIDTHS
from .helpers import ask, open_tab

pytestmark = pytest.mark.browser

LOADED_IMAGE = "e => e.complete && e.naturalWidth > 100"


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_projects_charts_render(ui_server, open_page, artifacts, width):
    page = open_page(ui_server.url, "nl-NL", width)
    open_tab(page, "projects")
    for chart in ("themes", "top", "stated"):
        image = page.locator(f"#gdc-chart-{chart} img")
        image.wait_for()
        image.scroll_into_view_if_needed()
        assert image.evaluate(LOADED_IMAGE), chart
    page.screenshot(path=str(artifacts / f"projects-{width}.png"), full_page=True)


def test_projects_search_says_what_it_sums_and_exports_the_same_rows(ui_server, open_page):
    page = open_page(ui_server.url)
    open_tab(page, "projects")
    page.fill("#gdc-project-search textarea", "hanze")
    page.wait_for_selector("#gdc-projects .gdc-totals[data-rows='4']")
    assert page.inner_text("#gdc-projects .gdc-total-sentence").startswith(
        "4 projecten waarvan naam, aanvrager, beschrijving of partners 'hanze' noemt: samen € 200.000 gemeentelijke bijdrage 2017")
    shown = page.locator("#gdc-projects tbody tr").evaluate_all("rows => rows.map(r => r.dataset.rowRef)")
    page.wait_for_timeout(300)  # the export button takes the new file in the same update
    with page.expect_download() as info:
        page.click("#gdc-export")
    download = info.value
    assert download.suggested_filename == "projecten-selectie.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    expected = filter_rows(ui_server.runtime.assistant.index.tables.rows, query="hanze")
    assert [r["row_ref"] for r in rows] == shown == [r.row_ref for r in expected]
    assert [int(r["contribution_eur"]) for r in rows] == [r.contribution for r in expected]


def test_projects_applicant_filter_is_named_a_filter(ui_server, open_page):
    page = open_page(ui_server.url, "en-US")
    open_tab(page, "projects")
    label = page.inner_text("#gdc-applicant-filter")
    assert "Filter by applicant" in label and "organisation that applied" in label
    assert not page.locator("#gdc-year-filter").is_visible()  # one year in the table: nothing to choose


def test_group_answer_shows_a_chart_beside_the_panel(ui_server, open_page):
    page = open_page(ui_server.url)
    ask(page, "Hoeveel subsidie ging er per thema naar projecten?")
    image = page.locator("#gdc-answer-chart img")
    image.wait_for()
    assert image.evaluate(LOADED_IMAGE)
    assert page.get_attribute("#gdc-sources-panel .gdc-sources", "data-chart") == "true"
    ask(page, "Hoeveel subsidie kreeg PyGrunn?")
    page.wait_for_selector("#gdc-answer-chart", state="hidden")
