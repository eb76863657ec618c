"""The table engine: each whitelisted operation, computed against the real table, and what it refuses."""

import pytest

from assistant.query import Filter, QueryError, TableQuery, run_query


@pytest.fixture(scope="module")
def tables(assistant):
    return assistant.index.tables


def theme(name):
    return Filter("theme", (name,))


@pytest.mark.parametrize(("query", "value", "rows"), [
    (TableQuery("sum"), 634_427, 23),
    (TableQuery("sum", filters=(theme("Onderwijs & Arbeidsmarkt"),)), 242_070, 4),
    (TableQuery("sum", "total_size", (theme("Kennis & Innovatie"),)), 2_957_231, 10),
    (TableQuery("count", filters=(theme("Profilering & Vestigingsklimaat"),)), 5, 5),
    (TableQuery("avg", filters=(theme("Profilering & Vestigingsklimaat"),)), 12_500, 5),
    (TableQuery("max"), 150_000, 1),
    (TableQuery("min"), 383, 1),
    (TableQuery("max", "total_size"), 2_200_000, 1),
    (TableQuery("min", "total_size"), 1_131, 1),
    (TableQuery("sum", filters=(Filter("applicant", ("WEB11",)),)), 4_000, 2),
    (TableQuery("list", filters=(Filter("keyword", ("blockchain",)),)), 107_000, 3),
    (TableQuery("list", filters=(Filter("keyword", ("vrouwen|meiden",)),)), 383, 1),
    (TableQuery("sum", filters=(Filter("section", ("Anders",)),)), 160_000, 3),
])
def test_query_operation_computes_exact_figure(tables, query, value, rows):
    result = run_query(tables, query)
    assert result.value == value and len(result.rows) == rows


def test_query_grouped_sum_per_theme(tables):
    result = run_query(tables, TableQuery("sum", group_by="theme"))
    assert dict((g, v) for g, v, _ in result.groups) == {
        "Onderwijs & Arbeidsmarkt": 242_070, "": 160_000, "Kennis & Innovatie": 154_857,
        "Profilering & Vestigingsklimaat": 62_500, "Infrastructuur": 15_000}


def test_query_grouped_extreme_per_theme_keeps_ties(tables):
    result = run_query(tables, TableQuery("max", group_by="theme"))
    assert {(r.theme, r.project) for r in result.rows} >= {
        ("Onderwijs & Arbeidsmarkt", "GDBC, Groninger Digital Business Center"), ("", "Programmeren in de klas"),
        ("", "Like-programma")}


def test_query_sum_is_compared_with_stated_totals(tables):
    result = run_query(tables, TableQuery("sum"))
    cmp = {c.section: (c.computed, c.stated, c.difference) for c in result.comparisons}
    assert cmp == {"Programma Economie en Werkgelegenheid": (474_427, 469_427, 5_000), "Anders": (160_000, 80_000, 80_000)}


def test_query_reports_rows_without_amount_and_rule_and_sql(tables):
    result = run_query(tables, TableQuery("sum", "total_size", (Filter("section", ("Anders",)),)), "en")
    assert [r.project for r in result.missing] == ["Early Adopter Groningen City", "Like-programma"]
    assert result.rule == "section = 'Anders'" and "section IN ('Anders')" in result.sql


@pytest.mark.parametrize(("query", "message"), [
    (TableQuery("sum", filters=(Filter("applicant", ("Philips",)),)), "no applicant 'Philips'"),
    (TableQuery("drop"), "unknown operation"),
    (TableQuery("sum", measure="salary"), "unknown measure"),
    (TableQuery("sum", group_by="description; DROP TABLE projects"), "cannot group by"),
    (TableQuery("list", filters=(Filter("description", ("x",)),)), "cannot filter on 'description'"),
    (TableQuery("list", filters=(Filter("keyword", ("x' OR 1=1 --",)),)), "plain words"),
])
def test_query_outside_the_whitelist_is_refused(tables, query, message):
    with pytest.raises(QueryError, match=message):
        run_query(tables, query)
