"""The document reader: Markdown rendered safely, the quote marked where it stands, tables shown as tables."""

from __future__ import annotations

import re

import pytest

from ui.reader import document_body, mark_quote, reader_html, render_markdown

LETTER = "documents/raadsbrief-2018-03-14-groningen-digital-city.md"


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                                     '<a href="javascript:alert(1)">x</a>', "![x](http://example.org/x.png)"])
def test_render_markdown_never_renders_source_html_or_images(hostile):
    out = render_markdown(f"# Kop\n\nTekst {hostile} einde.")
    assert "<script" not in out and "<img" not in out and 'href="javascript' not in out


def test_document_body_marks_the_quote_inside_paragraph_text():
    text = "---\ntitle: T\n---\n\n# Kop\n\nEerste zin. De raad <b>stemde</b> in. Laatste zin.\n"
    body, found = document_body(text, "De raad <b>stemde</b> in.", markdown_source=True)
    assert found and "title: T" not in body
    assert '<mark class="gdc-hit">De raad &lt;b&gt;stemde&lt;/b&gt; in.</mark>' in body


def test_document_body_marks_a_quoted_table_row_cell_by_cell():
    text = "| A | B |\n|---|---|\n| een | twee |\n| drie | vier |\n"
    body, found = document_body(text, "| drie | vier |", markdown_source=True)
    assert found and "<table>" in body
    assert re.findall(r'<td><mark class="gdc-hit">(\w+)</mark></td>', body) == ["drie", "vier"]
    assert '<mark class="gdc-hit">een' not in body


def test_mark_quote_keeps_heading_markup_outside_the_mark():
    marked, found = mark_quote("# Focus 2018\n\nTekst", "# Focus 2018")
    assert found and marked.startswith("# \ue000Focus 2018\ue001")


def test_reader_html_opens_the_letter_at_the_quote_with_escaped_html(assistant):
    quote = "Het Digital Office Groningen is tijdelijk, vooralsnog voor een periode van twee jaar."
    out = reader_html(assistant.index, LETTER, quote, "nl")
    assert 'data-state="found"' in out and "Groningen Digital City (raadsbrief)" in out and "14 maart 2018" in out
    assert f'<mark class="gdc-hit">{quote}</mark>' in out
    assert out.count('<mark class="gdc-hit">') == 1
    # the annex is rendered as a table, and the Like row's literal tag stays text
    assert "<table>" in out and "&lt;ul style=&quot;list-style-type: none&quot;&gt;" in out and "<ul style" not in out


def test_reader_html_shows_a_table_source_as_its_table_with_the_row_marked(assistant):
    quote = "2017,Programma Economie en Werkgelegenheid,Kennis & Innovatie,PyGrunn,WEB11,1500,17500"
    out = reader_html(assistant.index, "tables/subsidies_2017.csv", quote, "en")
    assert 'data-state="found"' in out and "<th" in out and "Contribution" in out
    hit = re.search(r'<tr data-line="4" class="gdc-hit-row">(.*?)</tr>', out).group(1)
    assert '<mark class="gdc-hit">PyGrunn</mark>' in hit and '<mark class="gdc-hit">€1,500</mark>' in hit
    assert out.count('class="gdc-hit-row"') == 1


def test_reader_html_says_when_quote_or_source_is_missing(assistant):
    assert 'data-state="missing"' in reader_html(assistant.index, "documents/../../etc/passwd", "", "en")
    out = reader_html(assistant.index, LETTER, "Deze zin staat nergens.", "en")
    assert 'data-state="open"' in out and "not found" in out and "gdc-hit" not in out
