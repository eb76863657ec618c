"""The Projecten tab's filters and totals, the Documenten tab, and the interface language choice."""

from __future__ import annotations

import csv
import html
import io

import pytest

from index.records import ProjectRow
from index.tables import PROJECT_COLUMNS
from ui.i18n import pick_language
from ui.pages import (
    ALL,
    NO_THEME,
    Selection,
    admin_html,
    documents_html,
    export_csv,
    filter_rows,
    projects_html,
    selection_sentence,
    shows_year_filter,
    theme_choices,
    totals,
    write_export,
    year_choices,
)


def test_filter_rows_by_theme_gives_infrastructure_row(assistant):
    rows = filter_rows(assistant.index.tables.rows, theme="Infrastructuur")
    assert [r.project for r in rows] == ["Draadloos Groningen"]
    assert totals(rows).contribution == 15000 and totals(rows).total_size == 45000


def test_filter_rows_combines_theme_applicant_and_words(assistant):
    rows = assistant.index.tables.rows
    assert len(filter_rows(rows)) == 23
    assert {r.row_ref for r in filter_rows(rows, applicant="WEB11")} == {"B1-03", "B1-04"}
    assert [r.project for r in filter_rows(rows, ALL, ALL, "PYTHON")] == ["PyGrunn"]
    assert [r.project for r in filter_rows(rows, "Kennis & Innovatie", "WEB11", "conferentie python")] == ["PyGrunn"]
    assert filter_rows(rows, "Infrastructuur", "WEB11") == []
    anders = filter_rows(rows, NO_THEME)
    assert len(anders) == 3 and all(r.section == "Anders" for r in anders)


def test_totals_count_rows_without_amount():
    rows = [ProjectRow(table="t", line=2, row_ref="r1", year=2017, section="S", theme="", project="a", applicant="x",
                       contribution=100, total_size=None, description="", partners=""),
            ProjectRow(table="t", line=3, row_ref="r2", year=2017, section="S", theme="", project="b", applicant="x",
                       contribution=None, total_size=50, description="", partners="")]
    s = totals(rows)
    assert (s.rows, s.contribution, s.total_size, s.without_contribution, s.without_total_size) == (2, 100, 50, 1, 1)


def test_projects_html_escapes_cells_and_shows_totals():
    rows = [ProjectRow(table="t.csv", line=2, row_ref="r<1>", year=2017, section="S", theme="", project="<b>P</b>",
                       applicant="A&B", contribution=15000, total_size=45000, description="<ul style='x'>d</ul>",
                       partners="")]
    out = projects_html(rows, "nl")
    assert "<b>P</b>" not in out and "&lt;b&gt;P&lt;/b&gt;" in out
    assert "<ul style" not in out and "&lt;ul style=&#x27;x&#x27;&gt;" in out
    assert 'data-rows="1" data-contribution="15000" data-total-size="45000"' in out
    assert "€ 15.000" in out and "€ 45.000" in out and "A&amp;B" in out
    assert 'data-rows="0"' in projects_html([], "en") and "No project" in projects_html([], "en")


def test_theme_choices_offer_all_and_no_theme(assistant):
    values = [v for _, v in theme_choices(assistant.index.tables.rows, "en")]
    assert values[0] == ALL and values[-1] == NO_THEME and "Infrastructuur" in values


def test_documents_html_lists_sources_to_open_without_any_path(assistant):
    out = documents_html(assistant.index.manifest, "/idx/<dir>", "en")
    letter = "documents/raadsbrief-2018-03-14-groningen-digital-city.md"
    assert f'data-open-source="{letter}"' in out and "14 March 2018" in out and "23 rows" in out
    assert "/idx" not in out and assistant.index.manifest["build_id"] not in out  # the index's details are the admin's
    assert "newer index" not in out
    assert "newer index" in documents_html(assistant.index.manifest, "/idx", "en", newer_build=True)


def test_admin_html_shows_the_index_without_absolute_paths(assistant):
    manifest = {**assistant.index.manifest, "embedder": "sentence-transformers:/opt/models/mini-lm"}
    out = admin_html(manifest, "nl")
    assert assistant.index.manifest["build_id"] in out and "embedded" in out
    assert "/opt/models" not in out and "…/mini-lm" in out


def _rows(**years: int) -> list[ProjectRow]:
    return [ProjectRow(table="t.csv", line=n + 2, row_ref=f"r{n}", year=year, section="S", theme="T", project=name,
                       applicant="A", contribution=1000 * (n + 1), total_size=None, description="", partners="")
            for n, (name, year) in enumerate(years.items())]


def test_year_filter_shows_only_when_the_table_has_several_years():
    one, two = _rows(a=2017, b=2017), _rows(a=2017, b=2018)
    assert not shows_year_filter(one) and shows_year_filter(two)
    assert year_choices(two, "nl") == [("Alle jaren", ALL), ("2018", "2018"), ("2017", "2017")]
    assert [r.project for r in filter_rows(two, year="2018")] == ["b"]
    assert [r.project for r in filter_rows(two, year=ALL)] == ["a", "b"]


@pytest.mark.parametrize(("selection", "language", "expected"), [
    (Selection(), "nl", "23 projecten in de tabel: samen € 634.427 gemeentelijke bijdrage 2017 (totale projectomvang € 6.985.265)."),
    (Selection(query="hanze"), "nl", "4 projecten waarvan naam, aanvrager, beschrijving of partners 'hanze' noemt: samen "
                                     "€ 200.000 gemeentelijke bijdrage 2017 (totale projectomvang € 2.652.750)."),
    (Selection(query="hanze"), "en", "4 projects whose name, applicant, description or partners mention 'hanze': together "
                                     "€200,000 municipal contribution 2017 (total project size €2,652,750)."),
    (Selection(theme="Kennis & Innovatie", applicant="WEB11", query="python"), "en",
     "1 project with the theme 'Kennis & Innovatie', by the applicant 'WEB11' and whose name, applicant, description "
     "or partners mention 'python': together €1,500 municipal contribution 2017 (total project size €17,500)."),
    (Selection(theme=NO_THEME, year="2017"), "nl", "3 projecten zonder thema (Anders) en uit 2017: samen € 160.000 "
                                                   "gemeentelijke bijdrage 2017 (totale projectomvang € 402.750)."),
])
def test_selection_sentence_says_what_the_total_sums(assistant, selection, language, expected):
    rows = filter_rows(assistant.index.tables.rows, selection.theme, selection.applicant, selection.query, selection.year)
    assert selection_sentence(rows, selection, language) == expected
    assert html.escape(expected, quote=True) in projects_html(rows, language, selection)


def test_export_csv_holds_the_filtered_rows_with_every_column(assistant, tmp_path):
    rows = filter_rows(assistant.index.tables.rows, query="hanze")
    path = write_export(rows, tmp_path, "nl")
    assert path.name == "projecten-selectie.csv" and path.is_relative_to(tmp_path)
    read = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert list(read[0]) == list(PROJECT_COLUMNS)
    assert [r["row_ref"] for r in read] == [r.row_ref for r in rows]
    by_ref = {r["row_ref"]: r for r in read}
    assert by_ref["B1-21"]["contribution_eur"] == "80000" and by_ref["B1-20"]["theme"] == "Infrastructuur"
    assert by_ref["B1-01"]["partners"] == "Provincie Drenthe, RuG, Hanzehogeschool, Stenden en regionaal MKB"


def test_pick_language_follows_browser_and_defaults_to_dutch():
    assert pick_language("en-US,en;q=0.9") == "en"
    assert pick_language("nl-NL,nl;q=0.9,en;q=0.8") == "nl"
    assert pick_language("de-DE,en;q=0.3,nl;q=0.7") == "nl"
    assert pick_language("fr-FR") == "nl" and pick_language("") == "nl" and pick_language(None) == "nl"
    assert pick_language("en;q=0") == "nl"
    assert pick_language("nl-NL", override="en") == "en"


def test_export_csv_leaves_a_missing_amount_empty(assistant):
    read = list(csv.DictReader(io.StringIO(export_csv(assistant.index.tables.rows))))
    assert len(read) == 23
    assert {r["row_ref"]: (r["contribution_eur"], r["total_size_eur"]) for r in read}["B1-23"] == ("80000", "")
