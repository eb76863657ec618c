"""The Projecten tab's filters and totals, the Documenten tab, and the interface language choice."""

from __future__ import annotations

from index.records import ProjectRow
from ui.i18n import pick_language
from ui.pages import ALL, NO_THEME, documents_html, filter_rows, projects_html, theme_choices, totals


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


def test_documents_html_lists_sources_and_status(assistant):
    out = documents_html(assistant.index.manifest, "/idx/<dir>", "en")
    assert 'data-source="documents/raadsbrief-2018-03-14-groningen-digital-city.md"' in out
    assert "14 March 2018" in out and "23 rows" in out and "/idx/&lt;dir&gt;" in out
    assert assistant.index.manifest["built_at"] in out and "newer index" not in out
    assert "newer index" in documents_html(assistant.index.manifest, "/idx", "en", newer_build=True)


def test_pick_language_follows_browser_and_defaults_to_dutch():
    assert pick_language("en-US,en;q=0.9") == "en"
    assert pick_language("nl-NL,nl;q=0.9,en;q=0.8") == "nl"
    assert pick_language("de-DE,en;q=0.3,nl;q=0.7") == "nl"
    assert pick_language("fr-FR") == "nl" and pick_language("") == "nl" and pick_language(None) == "nl"
    assert pick_language("en;q=0") == "nl"
    assert pick_language("nl-NL", override="en") == "en"
