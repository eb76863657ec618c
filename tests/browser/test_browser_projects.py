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


@pytest.fixture(scope="module")
def grown_server(session_dirs, tmp_path_factory):
    """A server over the shipped corpus plus the synthetic 2018 table and third letter, indexed incrementally."""
    from assistant.engine import build_assistant
    from tests.conftest import GROWTH, grown_copy

    from .conftest import start_server

    root = tmp_path_factory.mktemp("grown")
    settings = grown_copy(session_dirs, root, GROWTH, feedback_file=root / "feedback.jsonl")
    server = start_server(settings, build_assistant(settings))
    yield server
    server.demo.close()


def test_projects_year_filter_appears_with_a_second_year_and_filters(grown_server, open_page):
    page = open_page(grown_server.url)
    assert "de raadsbrief van 20 februari 2019" in page.inner_text("#gdc-header")
    open_tab(page, "projects")
    totals = page.locator("#gdc-projects .gdc-totals")
    assert totals.get_attribute("data-rows") == "26"
    page.click("#gdc-year-filter input")
    page.locator("[data-testid='dropdown-option'][aria-label='2018']").click()
    page.wait_for_selector("#gdc-projects .gdc-totals[data-rows='3']")
    assert "€ 145.000" in totals.locator(".gdc-total-contribution").inner_text()
    assert page.locator("#gdc-projects td.gdc-year").all_inner_texts() == ["2018"] * 3
    assert "Testlab Codeerweek" in page.inner_text("#gdc-projects tbody")
