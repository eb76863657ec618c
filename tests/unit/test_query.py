"""The table engine: each whitelisted operation, computed against the real table, and what it refuses."""

import pytest

from assistant.catalogue import load_catalogue
from assistant.operations import default_registry
from assistant.query import QueryError, SqlTableEngine
from assistant.records import Filter, TableQuery


@pytest.fixture(scope="module")
def engine(store):
    return SqlTableEngine(store, default_registry(), load_catalogue())


def theme(name):
    return Filter(column="theme", values=(name,))


def q(operation, measure="contribution", filters=(), **kw):
    return TableQuery(operation=operation, measure=measure, filters=filters, **kw)


@pytest.mark.parametrize(("query", "value", "rows"), [
    (q("sum"), 634_427, 23),
    (q("sum", filters=(theme("Onderwijs & Arbeidsmarkt"),)), 242_070, 4),
    (q("sum", "total_size", (theme("Kennis & Innovatie"),)), 2_957_231, 10),
    (q("count", filters=(theme("Profilering & Vestigingsklimaat"),)), 5, 5),
    (q("avg", filters=(theme("Profilering & Vestigingsklimaat"),)), 12_500, 5),
    (q("max"), 150_000, 1),
    (q("min"), 383, 1),
    (q("max", "total_size"), 2_200_000, 1),
    (q("min", "total_size"), 1_131, 1),
    (q("sum", filters=(Filter(column="applicant", values=("WEB11",)),)), 4_000, 2),
    (q("list", filters=(Filter(column="keyword", values=("blockchain",)),)), 107_000, 3),
    (q("list", filters=(Filter(column="keyword", values=("vrouwen|meiden",)),)), 383, 1),
    (q("sum", filters=(Filter(column="section", values=("Anders",)),)), 160_000, 3),
    # the share of its size a project got: paid in full (4 rows), more than half (the same 4), less than half
    (q("list", filters=(Filter(column="share", values=(">=1",)),)), 26_131, 4),
    (q("count", filters=(Filter(column="share", values=(">0.5",)),)), 4, 4),
    (q("count", filters=(Filter(column="share", values=("<0.5",)),)), 17, 17),
])
def test_query_operation_computes_exact_figure(engine, query, value, rows):
    result = engine.run(query, "nl")
    assert result.value == value and len(result.rows) == rows


# rows left out ("behalve onderwijs"): a row with no theme is one that is not that theme, so it stays
@pytest.mark.parametrize(("query", "value", "rows"), [
    (q("sum", excluded=(theme("Onderwijs & Arbeidsmarkt"),)), 392_357, 19),
    (q("sum", excluded=(Filter(column="section", values=("Anders",)),)), 474_427, 20),
    (q("count", filters=(theme("Onderwijs & Arbeidsmarkt"),),
       excluded=(Filter(column="project", values=("GDBC, Groninger Digital Business Center",)),)), 3, 3),
])
def test_query_excluded_rows_are_left_out(engine, query, value, rows):
    result = engine.run(query, "nl")
    assert result.value == value and len(result.rows) == rows and "behalve" in result.rule


def test_query_grouped_sum_per_theme(engine):
    result = engine.run(q("group", aggregate="sum", group_by="theme"), "nl")
    assert dict((g, v) for g, v, _ in result.groups) == {
        "Onderwijs & Arbeidsmarkt": 242_070, "": 160_000, "Kennis & Innovatie": 154_857,
        "Profilering & Vestigingsklimaat": 62_500, "Infrastructuur": 15_000}


def test_query_several_keeps_the_applicants_with_more_than_one_project(engine):
    result = engine.run(q("several", group_by="applicant"), "nl")
    assert {(g, v, n) for g, v, n in result.groups} == {
        ("Dutch Blockchain Hackathon BV", 105_000, 2), ("Gemeente Groningen", 80_000, 2),
        ("GDC/Gemeente Groningen", 20_000, 2), ("Stichting Eclipse Incubators Foundation", 11_071, 2),
        ("WEB11", 4_000, 2)}
    assert len(result.rows) == 10 and "HAVING COUNT(*) > 1" in result.sql


def test_query_grouped_extreme_per_theme_keeps_ties(engine):
    result = engine.run(q("group", aggregate="max", group_by="theme"), "nl")
    assert {(r.theme, r.project) for r in result.rows} >= {
        ("Onderwijs & Arbeidsmarkt", "GDBC, Groninger Digital Business Center"), ("", "Programmeren in de klas"),
        ("", "Like-programma")}


def test_query_sum_is_compared_with_stated_totals(engine):
    result = engine.run(q("sum"), "nl")
    cmp = {c.section: (c.computed, c.stated, c.difference) for c in result.comparisons}
    assert cmp == {"Programma Economie en Werkgelegenheid": (474_427, 469_427, 5_000), "Anders": (160_000, 80_000, 80_000)}


def test_query_reports_rows_without_amount_and_rule_and_sql(engine):
    result = engine.run(q("sum", "total_size", (Filter(column="section", values=("Anders",)),)), "en")
    assert [r.project for r in result.missing] == ["Early Adopter Groningen City", "Like-programma"]
    assert result.rule == "section = 'Anders'" and "section IN ('Anders')" in result.sql


@pytest.mark.parametrize(("query", "message"), [
    (q("sum", filters=(Filter(column="applicant", values=("Philips",)),)), "no applicant 'Philips'"),
    (q("drop"), "unknown operation"),
    (q("sum", measure="salary"), "unknown measure"),
    (q("sum", group_by="description; DROP TABLE projects"), "cannot group by"),
    (q("list", filters=(Filter(column="description", values=("x",)),)), "cannot filter on 'description'"),
    (q("list", filters=(Filter(column="keyword", values=("x' OR 1=1 --",)),)), "plain words"),
    (q("list", filters=(Filter(column="share", values=("1; DROP TABLE projects",)),)), "comparator and a fraction"),
    (q("list", filters=(Filter(column="share", values=(">0.3",)),)), "comparator and a fraction"),
])
def test_query_outside_the_whitelist_is_refused(engine, query, message):
    with pytest.raises(QueryError, match=message):
        engine.run(query, "nl")


@pytest.mark.parametrize(("fields", "rows"), [
    ((), ["Early Adopter Groningen City", "Like-programma"]),  # "no amount": either amount empty
    (("contribution",), ["Early Adopter Groningen City"]),
    (("total_size",), ["Early Adopter Groningen City", "Like-programma"]),
    (("partners",), ["Hackathon", "IT Academy"]),  # an empty text cell is ''
])
def test_query_missing_selects_only_rows_with_an_empty_checked_cell(engine, fields, rows):
    result = engine.run(q("missing", fields=fields), "nl")
    assert [r.project for r in result.rows] == rows


def test_query_ratio_per_part_from_the_rows_and_from_the_stated_totals(engine):
    result = engine.run(q("ratio"), "nl")
    groups = {key: value for key, value, _ in result.groups}
    assert groups["Programma Economie en Werkgelegenheid|ratio"] == 13.9  # 6.582.515 / 474.427
    assert groups["Programma Economie en Werkgelegenheid|stated"] == 14.0  # 6.577.515 / 469.427
    assert groups["Anders|size"] == 402_750 and groups["Anders|contribution"] == 80_000  # rows with both amounts
    assert result.value == 12.6
