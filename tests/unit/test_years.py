"""A knowledge base that grows by years: the shipped 2017 corpus plus the synthetic 2018 fixtures
(tests/fixtures/growth), indexed as a user would drop them in. Questions name a year, a relative year, two years,
per year, a comparison of years, or no year at all; answers must follow, in both languages, from the rows."""

from __future__ import annotations

import re

import pytest

from assistant.lexicon import load_lexicon
from assistant.records import Filter, TableQuery
from assistant.years import read_years, scope_query
from index.settings import Settings
from tests.conftest import build_growth_index
from ui.pages import filter_rows, projects_html, shows_year_filter, year_choices

CUES = load_lexicon().year_cues
COVERED = (2017, 2018)


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    from assistant.engine import build_assistant

    knowledge, index = build_growth_index(tmp_path_factory.mktemp("growth"), "hash")
    return build_assistant(Settings(knowledge_dir=knowledge, index_dir=index, embedder="hash"))


def years_of(answer) -> set[int]:
    return {r.year for r in answer.table.rows} if answer.table else set()


# --- reading the years a question asks about (no index needed)

@pytest.mark.parametrize(("text", "asked"), [
    ("hoeveel is er in 2018 bijgedragen", (2018,)),
    ("how much was granted in 2018", (2018,)),
    ("bijdrage 2018", (2018,)),
    ("hoeveel is er vorig jaar bijgedragen", (2018,)),
    ("hoeveel is er afgelopen jaar bijgedragen", (2018,)),
    ("how much was contributed last year", (2018,)),
    ("what did the latest year bring", (2018,)),
    ("hoeveel in 2017 en 2018 samen", (2017, 2018)),
    ("how much in 2017 and 2018", (2017, 2018)),
    ("hoeveel in 2017 en 2019", (2017,)),
    ("hoeveel is er bijgedragen", ()),
])
def test_years_read_the_covered_years_asked(text, asked):
    assert read_years(text, COVERED, CUES).asked == asked


@pytest.mark.parametrize("text", ["totale bijdrage per jaar", "how much per year", "bijdrage elk jaar",
                                  "contribution by year", "hoeveel projecten jaarlijks"])
def test_years_per_year_groups_by_year(text):
    query = scope_query(TableQuery(operation="sum"), read_years(text, COVERED, CUES))
    assert (query.operation, query.group_by, query.aggregate) == ("group", "year", "sum")


@pytest.mark.parametrize(("text", "order"), [
    ("is er in 2018 meer bijgedragen dan in 2017", ("2018", "2017")),
    ("was more contributed in 2018 than in 2017", ("2018", "2017")),
    ("hoeveel ging er in 2018 naar onderwijs vergeleken met 2017", ("2018", "2017")),
    ("how did 2017 compare with 2018", ("2017", "2018")),
    ("het verschil tussen 2017 en 2018", ("2017", "2018")),
    ("did funding grow compared to 2017", ("2018", "2017")),  # one year named: set against the newest
])
def test_years_comparison_compares_the_years_in_question_order(text, order):
    query = scope_query(TableQuery(operation="sum"), read_years(text, COVERED, CUES))
    assert (query.operation, query.group_by) == ("compare", "year")
    assert query.filters == (Filter(column="year", values=order),)


@pytest.mark.parametrize("text", ["projecten met meer dan 10.000 euro in 2017", "projects above 5000 euro in 2018",
                                  "welke projecten kregen subsidie in 2017 en 2018"])
def test_years_threshold_or_two_years_is_not_a_comparison(text):
    assert not read_years(text, COVERED, CUES).compares_years


def test_years_relative_year_is_said_in_the_rule():
    query = scope_query(TableQuery(operation="sum"), read_years("vorig jaar", COVERED, CUES))
    assert query.latest_year and query.filters == (Filter(column="year", values=("2018",)),)


# --- answers over the grown corpus

@pytest.mark.parametrize(("question", "language", "figures", "years"), [
    ("Hoeveel subsidie is er in 2018 verstrekt?", "nl", ["€ 145.000"], {2018}),
    ("How much was granted in 2018?", "en", ["€145,000"], {2018}),
    ("hoeveel subsidie in 2018", "nl", ["€ 145.000"], {2018}),
    ("Hoeveel is er vorig jaar bijgedragen?", "nl", ["€ 145.000", "het laatste jaar"], {2018}),
    ("How much was contributed last year?", "en", ["€145,000", "the latest year"], {2018}),
    ("Hoeveel is er in 2017 bijgedragen?", "nl", ["€ 634.427"], {2017}),
    ("Hoeveel is er in 2017 en 2018 samen bijgedragen?", "nl", ["€ 779.427", "2017: **€ 634.427**",
                                                                 "2018: **€ 145.000**"], {2017, 2018}),
    ("Hoeveel ging er in 2018 naar onderwijs?", "nl", ["€ 40.000", "Testlab Codeerweek"], {2018}),
    ("How much went to education in 2017?", "en", ["€242,070"], {2017}),
    ("Which projects were funded in 2018?", "en", ["Sensorstraat Proef", "Testlab Codeerweek"], {2018}),
    ("Welke projecten kregen in 2018 subsidie?", "nl", ["Sensorstraat Proef", "3 projecten"], {2018}),
    ("Which was the largest project in 2018?", "en", ["Blockchain Hackathon Innovatie programma", "€90,000"], {2018}),
    ("Hoeveel projecten zijn er in 2018 gesubsidieerd?", "nl", ["3 projecten"], {2018}),
])
def test_years_answer_for_the_year_asked(grown, question, language, figures, years):
    answer = grown.ask(question)
    assert answer.answered and answer.language == language
    assert years_of(answer) == years
    for figure in figures:
        assert figure in answer.text, (figure, answer.text)


@pytest.mark.parametrize(("question", "language", "lines"), [
    ("Hoeveel is er in totaal bijgedragen?", "nl", ["alle jaren: 2017 en 2018", "2017: **€ 634.427**",
                                                    "2018: **€ 145.000**"]),
    ("How much went to education?", "en", ["every year: 2017 and 2018", "2017: **€242,070**", "2018: **€40,000**"]),
    ("Hoeveel projecten zijn er gesubsidieerd?", "nl", ["26 projecten", "2017: 23 projecten", "2018: 3 projecten"]),
])
def test_years_without_a_year_every_year_is_answered_and_said(grown, question, language, lines):
    answer = grown.ask(question)
    assert answer.answered and answer.language == language and years_of(answer) == {2017, 2018}
    for line in lines:
        assert line in answer.text, (line, answer.text)


@pytest.mark.parametrize(("question", "language", "lines"), [
    ("Totale bijdrage per jaar", "nl", ["- 2017: **€ 634.427** (23 projecten)", "- 2018: **€ 145.000** (3 projecten)"]),
    ("How much per year?", "en", ["- 2017: **€634,427** (23 projects)", "- 2018: **€145,000** (3 projects)"]),
    ("Hoeveel projecten per jaar?", "nl", ["- 2017: **23 projecten**", "- 2018: **3 projecten**"]),
    ("In welk jaar werd het meest bijgedragen?", "nl", ["jaar **2017**, **€ 634.427**"]),
])
def test_years_per_year_answers(grown, question, language, lines):
    answer = grown.ask(question)
    assert answer.answered and answer.language == language and answer.table.group_by == "year"
    for line in lines:
        assert line in answer.text, (line, answer.text)


@pytest.mark.parametrize(("question", "verdict"), [
    ("Is er in 2018 meer bijgedragen dan in 2017?", "Nee."),
    ("Was more contributed in 2018 than in 2017?", "No."),
    ("Is er in 2018 minder bijgedragen dan in 2017?", "Ja."),
    ("Did 2017 get more funding than 2018?", "Yes."),
])
def test_years_comparison_is_answered_yes_or_no_from_both_years(grown, question, verdict):
    answer = grown.ask(question)
    assert answer.answered and answer.text.startswith(verdict), answer.text
    assert answer.table.operation == "compare" and years_of(answer) == {2017, 2018}
    assert "489.427" in answer.text or "489,427" in answer.text  # the difference, computed by the engine


@pytest.mark.parametrize(("question", "lines"), [
    ("Hoeveel kreeg Blockchain Hackathon Innovatie programma?", [
        "kreeg in 2017 een gemeentelijke bijdrage van **€ 100.000**", "kreeg in 2018 een gemeentelijke bijdrage van "
        "**€ 90.000**", "Samen over 2017 en 2018: **€ 190.000**"]),
    ("How much did the Blockchain Hackathon Innovatie programma receive in 2018?", [
        "a municipal contribution of **€90,000** in 2018"]),
])
def test_years_a_project_funded_in_two_years(grown, question, lines):
    answer = grown.ask(question)
    assert answer.answered
    for line in lines:
        assert line in answer.text, (line, answer.text)


@pytest.mark.parametrize(("question", "present", "absent"), [
    ("Welke aanvragers zijn nieuw in 2018?", ["Stichting Testlab Noord"], ["Mediacaster", "Dutch Blockchain"]),
    ("Which organisations received funding for the first time?", ["Stichting Testlab Noord"], ["Mediacaster"]),
    ("Welke projecten zijn nieuw in 2018?", ["Testlab Codeerweek", "Sensorstraat Proef"], ["Blockchain Hackathon"]),
    ("Which projects were funded in both years?", ["Blockchain Hackathon Innovatie programma"], ["PyGrunn"]),
    ("Welke projecten kregen in meerdere jaren subsidie?", ["2017 € 100.000", "2018 € 90.000"], ["Testlab"]),
])
def test_years_new_and_returning(grown, question, present, absent):
    answer = grown.ask(question)
    assert answer.answered, answer.text
    for name in present:
        assert name in answer.text, (name, answer.text)
    for name in absent:
        assert name not in answer.text, (name, answer.text)


def test_years_nothing_is_new_in_the_first_year(grown):
    answer = grown.ask("Zijn er nieuwe projecten in 2017?")
    assert not answer.answered and "2017 is het eerste jaar" in answer.text


@pytest.mark.parametrize(("question", "message"), [
    ("Hoeveel is er in 2019 bijgedragen?", "de projecttabellen gaan over de bijdragen van 2017 en 2018"),
    ("How much was contributed in 2016?", "the project tables cover the contributions of 2017 and 2018"),
])
def test_years_uncovered_year_is_refused_naming_the_covered_ones(grown, question, message):
    answer = grown.ask(question)
    assert not answer.answered and message in answer.text


def test_years_partly_covered_years_answer_the_covered_one_and_say_so(grown):
    answer = grown.ask("Hoeveel is er in 2017 en 2019 bijgedragen?")
    assert answer.answered and years_of(answer) == {2017}
    assert "Over 2019 gaat geen projecttabel; de tabellen gaan over 2017 en 2018." in answer.text


def test_years_stated_totals_are_keyed_by_table_section_and_year(grown):
    answer = grown.ask("Hoeveel subsidie is er in 2018 verstrekt?")
    comparisons = answer.table.comparisons
    assert [(c.table, c.section, c.year, c.stated, c.computed) for c in comparisons] == [
        ("subsidies_2018.csv", "Programma Economie en Werkgelegenheid", 2018, 150_000, 145_000)]
    # the stated figures come first: the third letter's own sentence and the 2018 annex total, then the computed one
    stated, computed = answer.text.index("€ 150.000"), answer.text.index("**€ 145.000**")
    assert stated < computed and "de raadsbrief van 20 februari 2019 noemt ruim € 145.000" in answer.text
    assert "€ 5.000 minder dan de vermelde € 150.000" in answer.text


def test_years_every_year_names_each_years_stated_totals(grown):
    answer = grown.ask("Hoeveel is er in totaal bijgedragen?")
    assert "'Programma Economie en Werkgelegenheid' (2017)" in answer.text
    assert "'Programma Economie en Werkgelegenheid' (2018)" in answer.text
    # a plan ("verwachten … 4 tot 6 ton") is not the figure a letter states was spent
    assert "4 tot 6 ton" not in answer.text.split("\n\n")[0]


def test_years_single_year_corpus_says_nothing_about_other_years(assistant):
    answer = assistant.ask("Hoeveel is er in totaal bijgedragen?")
    assert "alle jaren" not in answer.text and "Per jaar" not in answer.text
    assert "gemeentelijke bijdrage 2017" in answer.text


# --- the Projecten tab over several years

def test_years_projects_tab_filters_by_year(grown):
    rows = grown.index.tables.rows
    assert shows_year_filter(rows)
    assert [value for _, value in year_choices(rows, "nl")][1:] == ["2018", "2017"]
    chosen = filter_rows(rows, year="2018")
    assert [r.project for r in chosen] == ["Blockchain Hackathon Innovatie programma", "Testlab Codeerweek",
                                           "Sensorstraat Proef"]
    html = projects_html(chosen, "nl")
    assert re.findall(r'<td class="gdc-year">(\d+)</td>', html) == ["2018"] * 3 and "€ 145.000" in html


def test_years_header_names_documents_from_front_matter(grown):
    from ui.pages import intro_text

    intro = intro_text("en", grown.index.sources, grown.index.tables.years)
    assert "the council letter of 20 February 2019" in intro and "the council letter of 14 March 2018" in intro
    assert "subsidised in 2017 and 2018" in intro


@pytest.mark.parametrize(("first", "then", "years", "present"), [
    ("Hoeveel ging er naar onderwijs in 2017?", "En in 2018?", {2018}, "€ 40.000"),
    ("How much went to education in 2017?", "And last year?", {2018}, "the latest year the tables cover"),
    ("Hoeveel kreeg PyGrunn in 2017?", "En Web 11?", {2017}, "€ 2.500"),
    ("Hoeveel is er in 2018 bijgedragen?", "En per jaar?", {2017, 2018}, "- 2017: **€ 634.427**"),
])
def test_years_follow_up_asks_the_previous_question_for_other_years(grown, first, then, years, present):
    previous = grown.ask(first)
    answer = grown.ask(then, [{"role": "user", "content": first}, {"role": "assistant", "content": previous.text}])
    assert answer.answered and years_of(answer) == years and present in answer.text, answer.text


def test_years_follow_up_about_an_uncovered_year_is_refused(grown):
    first = "Hoeveel ging er naar onderwijs?"
    previous = grown.ask(first)
    answer = grown.ask("En in 2019?", [{"role": "user", "content": first}, {"role": "assistant", "content": previous.text}])
    assert not answer.answered and "2017 en 2018" in answer.text


@pytest.mark.parametrize(("preamble", "asked"), [
    ("Ik ben op zoek naar de gemeentelijke bijdrage over {y}.", "Welk bedrag is toen uitgekeerd?"),
    ("Ik doe onderzoek naar de subsidies van {y}.", "Hoeveel geld ging er destijds naar onderwijs?"),
    ("I'm researching the city's {y} funding.", "How much was paid out that year?"),
    ("I'm looking into {y}.", "How much did the projects receive back then?"),
])
@pytest.mark.parametrize("year", [2016, 2017])
def test_years_a_year_said_before_the_question_is_the_year_it_asks(assistant, preamble, asked, year):
    """"Toen"/"that year" points at the year said in the sentence before: it is what is asked about, not who asks
    (a year without a table is refused as such, not answered with the rows of another)."""
    answer = assistant.ask(f"{preamble.format(y=year)} {asked}")
    assert answer.intent.years == (year,), answer.intent
    assert answer.answered == (year == 2017), answer.text
