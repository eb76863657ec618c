"""The sources panel and chat text: every source and question string is escaped, the quote is marked in its passage."""

from __future__ import annotations

import re

import pytest

from assistant.records import Answer, Citation, Comparison, Filter, Match, TableQuery, TableResult
from index.records import Chunk, ProjectRow, SourceInfo
from ui.sources import (
    citation_html,
    computation_html,
    has_chart,
    labelled_cells,
    locate,
    plain_text,
    safe_markdown,
    selection_words,
    sources_html,
)

SOURCE = "documents/brief.md"
TEXT = ("# Brief\n\nEerste alinea.\n\nDe raad <b>stemde</b> in met het plan. Daarna volgde <script>alert(1)</script> "
        "een tweede zin.\n\nLaatste alinea.")


class FakeIndex:
    """Just what the panel reads from a BuiltIndex: manifest, sources, chunks, source_text."""

    def __init__(self, text: str = TEXT):
        start, end = text.find("De raad"), text.find("\n\nLaatste")
        self.chunks = [Chunk(id="c1", source=SOURCE, title="Brief", section=("Brief",), page=None, start=start, end=end,
                             text=text[start:end])] if start >= 0 else []
        self.manifest = {"sources": {SOURCE: {"kind": "document", "title": "Brief <i>aan</i> de raad", "date": "2018-03-14"}}}
        self.sources = {SOURCE: SourceInfo(source=SOURCE, title="Brief <i>aan</i> de raad", date="2018-03-14")}
        self._text = text

    def source_text(self, source: str) -> str:
        if source != SOURCE:
            raise FileNotFoundError(source)
        return self._text


def _row(**kw) -> ProjectRow:
    values = dict(table="t.csv", line=2, row_ref="B1-01", year=2017, section="S", theme="Infrastructuur", project="P",
                  applicant="A", contribution=15000, total_size=45000, description="d", partners="")
    values.update(kw)
    return ProjectRow(**values)


def test_safe_markdown_shows_html_as_text():
    shown = safe_markdown("<img src=x onerror=alert(1)> **vet** &lt; Kennis & Innovatie ![t](http://x/y.png)")
    assert "<" not in shown
    assert shown.startswith("&lt;img src=x onerror=alert(1)>")
    assert "**vet**" in shown and "Kennis & Innovatie" in shown
    assert "&amp;lt;" in shown  # a literal entity in the text stays literal
    assert "![" not in shown


def test_locate_matches_quote_across_different_whitespace():
    assert locate("a  b\nc d", "b c") == (3, 6)
    assert locate("abc", "x") is None
    assert locate("abc", "  ") is None


def test_citation_html_marks_quote_inside_escaped_passage():
    quote = "Daarna volgde <script>alert(1)</script> een tweede zin."
    out = citation_html(FakeIndex(), Citation(n=1, source=SOURCE, title="Brief", locator="Brief", quote=quote), "nl")
    assert "<script>" not in out and "<b>" not in out and "<i>" not in out
    assert "<mark>Daarna volgde &lt;script&gt;alert(1)&lt;/script&gt; een tweede zin.</mark>" in out
    # the rest of the chunk surrounds the mark, escaped; text outside the chunk is not shown
    assert "De raad &lt;b&gt;stemde&lt;/b&gt; in met het plan. <mark>" in out
    assert "Laatste alinea" not in out and "Eerste alinea" not in out
    assert "Brief &lt;i&gt;aan&lt;/i&gt; de raad" in out and "14 maart 2018" in out
    assert 'id="gdc-cite-1"' in out


def test_citation_html_falls_back_to_the_quote_when_passage_is_gone():
    out = citation_html(FakeIndex(), Citation(n=2, source=SOURCE, title="Brief", locator="Brief", quote="Niet <u>meer</u> in de bron."), "en")
    assert "<mark>Niet &lt;u&gt;meer&lt;/u&gt; in de bron.</mark>" in out
    assert "not found" in out


def test_citation_html_cuts_long_passage_around_quote():
    long_text = "x" * 5000 + " Het citaat staat hier. " + "y" * 5000
    index = FakeIndex(long_text + "\n\nLaatste")
    index.chunks = [Chunk(id="c", source=SOURCE, title="B", section=(), page=None, start=0, end=len(long_text),
                          text=long_text)]
    out = citation_html(index, Citation(n=1, source=SOURCE, title="B", locator="", quote="Het citaat staat hier."), "nl")
    passage = re.search(r'<blockquote class="gdc-passage">(.*)</blockquote>', out).group(1)
    assert "<mark>Het citaat staat hier.</mark>" in passage
    assert passage.startswith("…") and passage.endswith("…") and len(passage) < 1600


def test_computation_html_says_selection_outcome_and_differences_in_words_sql_behind_toggle():
    rows = (_row(project="Draadloos <Groningen>"),)
    result = TableResult(operation="sum", measure="contribution", rule="thema = 'Infrastructuur'", rows=rows, value=15000,
                         comparisons=(Comparison(section="Anders", year=2017, measure="contribution", computed=160000,
                                                 stated=80000),),
                         missing=(_row(project="Zonder", row_ref="B1-22", contribution=None),),
                         sql="SELECT SUM(contribution) FROM projects WHERE theme IN ('Infrastructuur')", total_rows=23)
    query = TableQuery(operation="sum", filters=(Filter(column="theme", values=("Infrastructuur",)),))
    out = computation_html(result, "nl", query)
    plain = out.index('class="gdc-plain gdc-selection"')
    assert "Selectie:</strong> projecten met thema &#x27;Infrastructuur&#x27; (1 van 23)" in out
    assert '<strong class="gdc-figure">€ 15.000</strong>' in out
    assert ("De bijlage vermeldt voor &#x27;Anders&#x27; een totaal van € 80.000, maar de rijen tellen op tot € 160.000: "
            "€ 80.000 meer.") in out
    assert "thema = &#x27;Infrastructuur&#x27;" in out and "Zonder (B1-22)" in out
    # the SQL sits in a closed <details> after the plain lines; the rows keep their amounts first
    details = re.search(r'<details class="gdc-tech">(.*?)</details>', out, re.S)
    assert details and "SELECT SUM(contribution) FROM projects WHERE theme IN (&#x27;Infrastructuur&#x27;)" in details.group(1)
    assert plain < out.index("<details") and "<details open" not in out
    assert re.search(r'<tr data-row-ref="B1-01"><td class="gdc-num gdc-amount">€ 15.000</td>', out)
    assert "Draadloos &lt;Groningen&gt;" in out and "<Groningen>" not in out


@pytest.mark.parametrize(("filters", "entities", "language", "expected"), [
    ((Filter(column="keyword", values=("blockchain",)),), (), "nl",
     "projecten waarvan de naam of beschrijving 'blockchain' noemt"),
    ((Filter(column="keyword", values=("onderwijs|educat",)),),
     (Match(kind="keyword", value="onderwijs|educat", start=0, end=9, surface="education"),), "en",
     "projects whose name or description mentions 'education'"),
    ((Filter(column="applicant", values=("WEB11", "UMCG")),), (), "en", "projects by the applicant 'WEB11' or 'UMCG'"),
    ((Filter(column="theme", values=("Infrastructuur",)), Filter(column="applicant", values=("Mediacaster",))), (), "nl",
     "projecten met thema 'Infrastructuur' en projecten van aanvrager 'Mediacaster'"),
    ((), (), "en", "all projects in the table"),
])
def test_selection_words_say_which_rows_in_plain_language(filters, entities, language, expected):
    assert selection_words(TableQuery(filters=filters), entities, language) == expected


def test_labelled_cells_read_the_quoted_row_with_the_csv_module():
    header = ["year", "section", "theme", "project", "applicant", "contribution_eur", "total_size_eur"]
    cells = labelled_cells(header, '2017,P,O & A,"GDBC, Groninger",RuG,150000,1726000', "en")
    assert [(c, label, v) for c, label, v in cells if c in ("project", "contribution_eur", "total_size_eur")] == [
        ("project", "Project", "GDBC, Groninger"), ("contribution_eur", "Contribution 2017", "€150,000"),
        ("total_size_eur", "Total size", "€1,726,000")]


def test_sources_html_marks_unanswered_and_escapes_question():
    answer = Answer(question="<img src=x onerror=alert(1)>", language="en", answered=False, text="I can't answer that.",
                    citations=(), route="none")
    out = sources_html(answer, FakeIndex())
    assert 'data-state="unanswered"' in out and "gdc-badge-no" in out and "Not answered" in out
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out


@pytest.mark.parametrize(("question", "language", "where", "headline", "labels"), [
    ("Hoeveel subsidie kreeg PyGrunn?", "nl", "rij B1-03", "PyGrunn · WEB11 · € 1.500",
     ("Bronnen bij het laatste antwoord", "Bijdrage 2017", "Technische details")),
    ("How much did PyGrunn receive?", "en", "row B1-03", "PyGrunn · WEB11 · €1,500",
     ("Sources of the last answer", "Contribution 2017", "Technical details")),
])
def test_sources_html_cites_a_table_row_as_a_row_in_the_answers_language(assistant, question, language, where, headline,
                                                                         labels):
    answer = assistant.ask(question)
    assert answer.language == language
    out = sources_html(answer, assistant.index)
    assert f'data-language="{language}"' in out
    head = re.search(r'<div class="gdc-cite-head">(.*?)</div>', out).group(1)
    assert re.sub(r"<[^>]+>", "", head) == f"[1] subsidies_2017.csv, {where}: {headline}"
    assert all(label in out for label in labels)
    # the raw CSV (header + the quoted row) sits behind the toggle; the quote stays the file's own text
    raw = re.search(r'<pre class="gdc-raw">(.*?)</pre>', out, re.S).group(1)
    assert "year,section,theme,project" in raw and "<mark>2017,Programma Economie en Werkgelegenheid,Kennis &amp; Innovatie,PyGrunn,WEB11,1500,17500</mark>" in raw
    assert 'data-open-source="tables/subsidies_2017.csv"' in out


def test_sources_html_table_total_shows_stated_and_computed_in_words(assistant):
    answer = assistant.ask("Hoeveel heeft de gemeente in 2017 in totaal bijgedragen?")
    out = sources_html(answer, assistant.index)
    assert out.count('class="gdc-citation"') == len(answer.citations)
    assert "€ 469.427, maar de rijen tellen op tot € 474.427: € 5.000 meer" in out
    assert "subsidies_2017_totals.csv, regel 2: Programma Economie en Werkgelegenheid · € 469.427" in re.sub(r"<[^>]+>", "", out)


def test_plain_text_keeps_markers_and_lists_sources(assistant):
    answer = assistant.ask("Welke blockchainprojecten zijn gesubsidieerd?")
    copied = plain_text(answer)
    body, sources = copied.split("\n\nBronnen:\n")
    assert "**" not in body and "[1]" in body and "€ 107.000" in body
    # a selection by keyword quotes the whole row, so the word it matched ("blockchain") is in the quote
    first = sources.splitlines()[0]
    assert first.startswith("[1] tables/subsidies_2017.csv · B1-01, regel 2 · «2017,Programma Economie en "
                            "Werkgelegenheid,Kennis & Innovatie,Hackathon Innovatie programma,Dutch Blockchain "
                            "Hackathon BV,5000,5000,Organiseren meeting met Groningse partners rond blockchain.")
    assert first.endswith("B1-01»")
    assert len(sources.splitlines()) == len(answer.citations)


@pytest.mark.parametrize(("operation", "charted"), [("group", True), ("top", True), ("sum", False), ("list", False)])
def test_has_chart_only_for_group_and_top_answers(operation, charted):
    table = TableResult(operation=operation, measure="contribution", rule="r", rows=())
    answer = Answer(question="q", language="nl", answered=True, text="t", citations=(), route="table", table=table)
    assert has_chart(answer) is charted
