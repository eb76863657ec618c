"""The document reader: a source rendered as readable text, the cited passage marked, like click-to-source.

Markdown is rendered with markdown-it with raw HTML and images off, so a tag in a source shows as text and nothing
is ever fetched; plain and extracted text is escaped paragraph by paragraph; a table source is shown as its table.
The quote is found in the source's own text (the offsets answers cite) and marked there before rendering.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache

from markdown_it import MarkdownIt

from assistant.language import format_date
from index.records import Language
from index.store import BuiltIndex
from ui.i18n import text
from ui.sources import (
    AMOUNT_COLUMNS,
    cell_label,
    cell_value,
    esc,
    find_table_line,
    is_table_source,
    locate,
    source_title,
    table_lines,
)

# Private-use characters mark the quote in the source text; no source uses them, and the renderer passes them on.
OPEN, CLOSE = "\ue000", "\ue001"
MARK_OPEN = '<mark class="gdc-hit">'
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_TAG = re.compile(r"(<[^>]*>)")
# Block markup a quote may start with: the mark goes after it, or the block would no longer parse as one.
_LEAD = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|>[ \t]*|[-*+][ \t]+|\d+[.)][ \t]+|\|[ \t]*)*")
MAX_QUOTE = 4000  # a quote sent by the browser is only used to find a passage; longer ones are cut


@lru_cache(maxsize=1)
def markdown() -> MarkdownIt:
    """CommonMark with tables; raw HTML, images and link autodetection off."""
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table").disable("image")


def render_markdown(source_text: str) -> str:
    """Markdown as safe HTML: raw HTML is escaped, images are not rendered.

    >>> render_markdown("# Kop\\n\\n<b>vet</b> ![x](http://a/b.png)")
    '<h1>Kop</h1>\\n<p>&lt;b&gt;vet&lt;/b&gt; !<a href="http://a/b.png">x</a></p>\\n'
    """
    return markdown().render(source_text)


def _spread_mark(rendered: str) -> str:
    """Turn the OPEN/CLOSE markers into <mark> elements around each run of text between them, so a quote that runs
    over table cells or paragraphs marks every piece of its text and the HTML stays well formed.

    >>> _spread_mark(f"<td>a{OPEN}b</td>\\n<td>c{CLOSE}d</td>")
    '<td>a<mark class="gdc-hit">b</mark></td>\\n<td><mark class="gdc-hit">c</mark>d</td>'
    """
    out, inside = [], False
    for i, piece in enumerate(_TAG.split(rendered)):
        if i % 2:  # a tag: the renderer escapes every "<" in text, so tags are exactly these pieces
            out.append(piece)
            continue
        for part in re.split(f"([{OPEN}{CLOSE}])", piece):
            if part in (OPEN, CLOSE):
                inside = part == OPEN
            elif inside and part.strip():
                out.append(MARK_OPEN + part + "</mark>")
            else:
                out.append(part)
    return "".join(out)


def mark_quote(source_text: str, quote: str) -> tuple[str, bool]:
    """The text with OPEN/CLOSE around the quote (after any block markup it starts with); found or not."""
    found = locate(source_text, quote[:MAX_QUOTE]) if quote else None
    if found is None:
        return source_text, False
    start, end = found
    line_start = source_text.rfind("\n", 0, start) + 1
    lead = _LEAD.match(source_text, start, end) if start == line_start else None
    start += len(lead.group(0)) if lead else 0
    while end > start and source_text[end - 1] in " \t|":
        end -= 1
    return source_text[:start] + OPEN + source_text[start:end] + CLOSE + source_text[end:], True


def document_body(source_text: str, quote: str, markdown_source: bool) -> tuple[str, bool]:
    """A document's text as HTML with the quote marked; whether the quote was found."""
    text_with_marks, found = mark_quote(source_text, quote)
    if markdown_source:
        front = _FRONT_MATTER.match(text_with_marks)
        body = text_with_marks[front.end():] if front else text_with_marks
        return _spread_mark(render_markdown(body)), found
    paragraphs = [p for p in re.split(r"\n\s*\n", text_with_marks) if p.strip()]
    return _spread_mark("".join(f"<p>{esc(p)}</p>" for p in paragraphs)), found


def table_body(index: BuiltIndex, source: str, quote: str, language: Language) -> tuple[str, bool]:
    """A table source as its table, cells labelled and amounts formatted, the quoted row marked."""
    header = index.tables.header(source)
    hit = find_table_line(index, source, quote) if quote else None
    # a row's quote runs up to its amounts: the cells it covers are the ones marked
    quoted = len(next(csv.reader([hit[0].raw[hit[1][0]:hit[1][1]]]), [])) if hit is not None else 0
    head = "".join(f'<th class="{"gdc-num" if c in AMOUNT_COLUMNS else ""}">{esc(cell_label(c, language))}</th>'
                   for c in header)
    rows = []
    for line in table_lines(index).get(source, []):
        try:
            values = next(csv.reader(io.StringIO(line.raw)))
        except (csv.Error, StopIteration):
            continue
        is_hit = hit is not None and hit[0].line == line.line
        cells = "".join(f'<td class="{"gdc-num" if c in AMOUNT_COLUMNS else "gdc-wrap"}">'
                        + (f'{MARK_OPEN}{esc(cell_value(c, v, language))}</mark>' if is_hit and i < quoted and v.strip()
                           else esc(cell_value(c, v, language))) + "</td>"
                        for i, (c, v) in enumerate(zip(header, values, strict=False)))
        css = ' class="gdc-hit-row"' if is_hit else ""
        rows.append(f'<tr data-line="{line.line}"{css}>{cells}</tr>')
    return (f'<div class="gdc-table-scroll"><table class="gdc-source-table"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>'), hit is not None


def reader_html(index: BuiltIndex, source: str, quote: str, language: Language) -> str:
    """The reader pane for one source (opened at `quote` when given); a short note for an unknown source."""
    info = index.sources.get(source)
    if info is None:
        return (f'<div class="gdc-reader" data-state="missing"><p class="gdc-muted">'
                f'{esc(text(language, "reader_missing"))}</p></div>')
    if is_table_source(index, source):
        body, found = table_body(index, source, quote, language)
        kind = text(language, "kind_table")
    else:
        try:
            full = index.source_text(source)
        except OSError:
            return (f'<div class="gdc-reader" data-state="missing"><p class="gdc-muted">'
                    f'{esc(text(language, "reader_missing"))}</p></div>')
        body, found = document_body(full, quote, source.lower().endswith(".md"))
        kind = info.kind or text(language, "kind_document")
    when = format_date(info.date, language)
    meta = " · ".join(p for p in (kind, when, source.rsplit("/", 1)[-1]) if p)
    note = ""
    if quote and not found:
        note = f'<p class="gdc-note">{esc(text(language, "reader_quote_missing"))}</p>'
    elif found:
        note = f'<p class="gdc-muted gdc-reader-hint">{esc(text(language, "reader_hint"))}</p>'
    state = "found" if found else "open"
    return (f'<article class="gdc-reader" data-state="{state}" data-source="{esc(source)}">'
            f'<header><h3>{esc(source_title(index, source))}</h3><p class="gdc-muted">{esc(meta)}</p>{note}</header>'
            f'<div class="gdc-reader-body">{body}</div></article>')


def empty_reader_html(language: Language) -> str:
    return f'<div class="gdc-reader" data-state="empty"><p class="gdc-muted">{esc(text(language, "reader_empty"))}</p></div>'
