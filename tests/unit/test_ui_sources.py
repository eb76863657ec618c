"""The sources panel and chat text: every source and question string is escaped, the quote is marked in its passage."""

from __future__ import annotations

import re

from assistant.records import Answer, Citation, Comparison, TableResult
from index.records import Chunk, ProjectRow
from ui.sources import citation_html, computation_html, locate, safe_markdown, sources_html

SOURCE = "documents/brief.md"
TEXT = ("# Brief\n\nEerste alinea.\n\nDe raad <b>stemde</b> in met het plan. Daarna volgde <script>alert(1)</script> "
        "een tweede zin.\n\nLaatste alinea.")


class FakeIndex:
    """Just what the panel reads from a BuiltIndex: manifest, chunks, source_text."""

    def __init__(self, text: str = TEXT):
        start, end = text.find("De raad"), text.find("\n\nLaatste")
        self.chunks = [Chunk(id="c1", source=SOURCE, title="Brief", section=("Brief",), page=None, start=start, end=end,
                             text=text[start:end])] if start >= 0 else []
        self.manifest = {"sources": {SOURCE: {"kind": "document", "title": "Brief <i>aan</i> de raad", "date": "2018-03-14"}}}
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


def test_computation_html_shows_rule_figure_sql_rows_and_differences():
    rows = (_row(project="Draadloos <Groningen>"),)
    result = TableResult(operation="sum", measure="contribution", rule="thema = 'Infrastructuur'", rows=rows, value=15000,
                         comparisons=(Comparison(section="Anders", year=2017, measure="contribution", computed=160000,
                                                 stated=80000),),
                         missing=(_row(project="Zonder", row_ref="B1-22", contribution=None),),
                         sql="SELECT SUM(contribution) FROM projects WHERE theme IN ('Infrastructuur')", total_rows=23)
    out = computation_html(result, "nl")
    assert "thema = &#x27;Infrastructuur&#x27;" in out
    assert '<strong class="gdc-figure">€ 15.000</strong>' in out
    assert "1 van 23" in out
    assert "SELECT SUM(contribution) FROM projects WHERE theme IN (&#x27;Infrastructuur&#x27;)" in out
    assert "Draadloos &lt;Groningen&gt;" in out and "<Groningen>" not in out
    assert re.search(r'<tr class="gdc-diff"><td>Anders</td><td class="gdc-num">€ 80.000</td>'
                     r'<td class="gdc-num">€ 160.000</td><td class="gdc-num">€ 80.000</td>', out)
    assert "Zonder (B1-22)" in out


def test_sources_html_marks_unanswered_and_escapes_question():
    answer = Answer(question="<img src=x onerror=alert(1)>", language="en", answered=False, text="I can't answer that.",
                    citations=(), route="none")
    out = sources_html(answer, FakeIndex(), "en")
    assert 'data-state="unanswered"' in out and "gdc-badge-no" in out and "Not answered" in out
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out


def test_sources_html_table_citation_shows_row_under_header(assistant):
    answer = assistant.ask("Hoeveel heeft de gemeente in 2017 in totaal bijgedragen?")
    out = sources_html(answer, assistant.index, "nl")
    assert out.count('class="gdc-citation"') == len(answer.citations)
    assert "year,section,theme,project,applicant" in out  # the table header over the row
    assert "<mark>2017,Programma Economie en Werkgelegenheid,Kennis &amp; Innovatie,PyGrunn,WEB11,1500,17500</mark>" in out
    assert 'class="gdc-diff"' in out  # the annex totals differ from the rows
    assert "subsidies_2017_totals.csv" in out
