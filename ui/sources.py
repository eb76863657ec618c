"""The sources panel: what an answer rests on, in plain words first, the technical details behind a closed toggle.

Labels, numbers and dates follow the answer's language (`answer.language`), not the browser's: one language per
answer. Every piece of source or question text goes through `html.escape`; the only markup is the panel's own.
A citation carries `data-open-source` / `data-quote`, which the app turns into "open the document at this quote".
"""

from __future__ import annotations

import contextlib
import csv
import html
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.language import format_date, format_euro
from assistant.query import share_words
from assistant.records import Answer, Citation, Match, TableQuery, TableResult
from index.records import Language, ProjectRow
from index.store import BuiltIndex
from ui.i18n import CATALOGUE, has_text, text

PASSAGE_LIMIT = 1400  # longer passages are cut around the quote
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
AMOUNT_COLUMNS = ("contribution_eur", "total_size_eur")
# The cells a cited row is summed up by (a project row; a stated total), in this order; all are listed under it.
HEADLINE_COLUMNS = (("project", "applicant", "contribution_eur"), ("section", "contribution_eur"))
CHARTED_OPERATIONS = ("group", "top")  # table answers that get a bar chart beside the panel


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def safe_markdown(value: str) -> str:
    """Text for the Chatbot's Markdown renderer that shows any HTML in it as text and never loads anything.

    `<` becomes `&lt;` (no tag can open), `&` only where it would start an entity, and `![` loses its image
    meaning; the rest of the Markdown (bold, lists, quotes) still renders.

    >>> safe_markdown('<img src=x onerror=alert(1)> & &amp; ![x](http://a/b.png)')
    '&lt;img src=x onerror=alert(1)> & &amp;amp; !\\\\[x](http://a/b.png)'
    """
    out = _ENTITY.sub(lambda m: "&amp;" + m.group(0)[1:], value)
    return out.replace("<", "&lt;").replace("![", "!\\[")


def locate(haystack: str, quote: str) -> tuple[int, int] | None:
    """Offsets of `quote` in `haystack`: exactly, else with any run of whitespace matching any other."""
    if not quote.strip():
        return None
    start = haystack.find(quote)
    if start >= 0:
        return start, start + len(quote)
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    match = re.search(pattern, haystack)
    return (match.start(), match.end()) if match else None


def marked(passage: str, start: int, end: int) -> str:
    """The passage escaped, with [start:end] inside <mark>; cut to PASSAGE_LIMIT around the mark."""
    lo, hi = 0, len(passage)
    if hi - lo > PASSAGE_LIMIT:
        room = max(0, (PASSAGE_LIMIT - (end - start)) // 2)
        lo, hi = max(0, start - room), min(len(passage), end + room)
    before = ("…" if lo > 0 else "") + passage[lo:start]
    after = passage[end:hi] + ("…" if hi < len(passage) else "")
    return f"{esc(before)}<mark>{esc(passage[start:end])}</mark>{esc(after)}"


def open_attrs(source: str, quote: str) -> str:
    """The attributes that make an element open `source` at `quote` in the reader when clicked."""
    return f'data-open-source="{esc(source)}" data-quote="{esc(quote)}"'


def source_title(index: BuiltIndex, source: str) -> str:
    """How a source is named to a reader: its title (front matter, or a table's sidecar), else its file name."""
    info = index.sources.get(source)
    title = info.title if info is not None else ""
    return title if title and title != source else source.rsplit("/", 1)[-1]


def is_table_source(index: BuiltIndex, source: str) -> bool:
    info = index.sources.get(source)
    return info.is_table if info is not None else source.startswith("tables/")


def _document_passage(index: BuiltIndex, source: str, quote: str) -> str | None:
    """The chunk (or paragraph) around the quote in the document's text, marked; None when it is not there."""
    try:
        full = index.source_text(source)
    except (OSError, KeyError):
        return None
    found = locate(full, quote)
    if found is None:
        return None
    start, end = found
    around = [c for c in index.chunks if c.source == source and c.start <= start and end <= c.end]
    if around:
        chunk = min(around, key=lambda c: c.end - c.start)
        lo, hi = chunk.start, chunk.end
    else:
        lo = full.rfind("\n\n", 0, start)
        lo = 0 if lo < 0 else lo + 2
        hi = full.find("\n\n", end)
        hi = len(full) if hi < 0 else hi
    return marked(full[lo:hi], start - lo, end - lo)


@dataclass(frozen=True, kw_only=True)
class TableLine:
    """One line of a table file as written, and the project row it holds (None for a stated total)."""

    raw: str
    line: int
    row: ProjectRow | None = None


_TABLE_LINES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def table_lines(index: BuiltIndex) -> dict[str, list[TableLine]]:
    """Raw text of every project row and stated total, by table source (cached per index)."""
    with contextlib.suppress(KeyError, TypeError):
        return _TABLE_LINES[index]
    lines: dict[str, list[TableLine]] = {}
    tables = index.tables
    for row in tables.rows:
        lines.setdefault(row.table, []).append(TableLine(raw=tables.raw(row), line=row.line, row=row))
    for total in tables.totals:
        lines.setdefault(total.file, []).append(TableLine(raw=tables.total_raw(total), line=total.line))
    with contextlib.suppress(TypeError):  # an index that takes no weak reference is just not cached
        _TABLE_LINES[index] = lines
    return lines


def find_table_line(index: BuiltIndex, source: str, quote: str) -> tuple[TableLine, tuple[int, int]] | None:
    """The table line a quote comes from, and where in it."""
    for line in table_lines(index).get(source, []):
        found = locate(line.raw, quote)
        if found is not None:
            return line, found
    return None


def cell_label(column: str, language: Language) -> str:
    """A table column as a reader knows it ('Bijdrage' for contribution_eur); the column name otherwise."""
    key = "col_" + column.removesuffix("_eur")
    return text(language, key) if has_text(key) else column


def cell_value(column: str, value: str, language: Language) -> str:
    """A cell as shown: amounts in the language's euro format, everything else as written."""
    if column in AMOUNT_COLUMNS and value.strip().isdigit():
        return format_euro(int(value), language)
    return value


def labelled_cells(header: Sequence[str], quote: str, language: Language) -> list[tuple[str, str, str]]:
    """(column, label, shown value) of each filled cell of a quoted CSV row prefix, read with the csv module.

    >>> labelled_cells(["year", "project", "contribution_eur"], "2017,PyGrunn,1500", "nl")[1:]
    [('project', 'Project', 'PyGrunn'), ('contribution_eur', 'Bijdrage', '€ 1.500')]
    """
    try:
        values = next(csv.reader([quote]))
    except (csv.Error, StopIteration):
        return []
    return [(column, cell_label(column, language), cell_value(column, value, language))
            for column, value in zip(header, values, strict=False) if value.strip()]


def _table_citation(index: BuiltIndex, citation: Citation, language: Language) -> tuple[str, str]:
    """Head line and body of a table citation: the row named by its cells, the raw CSV behind the toggle."""
    t = lambda key, **v: esc(text(language, key, **v))  # noqa: E731
    found = find_table_line(index, citation.source, citation.quote)
    cells = labelled_cells(index.tables.header(citation.source), citation.quote, language)
    shown = {column: value for column, _, value in cells}
    columns = HEADLINE_COLUMNS[0] if "project" in shown else HEADLINE_COLUMNS[1]
    headline = " · ".join(shown[c] for c in columns if c in shown)
    if found is not None and found[0].row is not None:
        where = text(language, "cite_row", ref=found[0].row.row_ref)
    elif found is not None:
        where = text(language, "cite_line", n=found[0].line)
    else:
        where = citation.locator
    head = (f'<span class="gdc-title">{esc(source_title(index, citation.source))}</span>, '
            f'<span class="gdc-where">{esc(where)}</span>' + (f': <span class="gdc-headline">{esc(headline)}</span>'
                                                             if headline else ""))
    facts = "".join(f'<dt>{esc(label)}</dt><dd class="{"gdc-num" if column in AMOUNT_COLUMNS else ""}">{esc(value)}</dd>'
                    for column, label, value in cells)
    body = f'<dl class="gdc-facts gdc-cells">{facts}</dl>' if facts else ""
    header = ",".join(index.tables.header(citation.source))
    raw = marked(found[0].raw, *found[1]) if found else f"<mark>{esc(citation.quote)}</mark>"
    if found is None:
        body += f'<p class="gdc-muted">{t("quote_not_found")}</p>'
    body += (f'<details class="gdc-tech"><summary>{t("technical_details")}</summary>'
             f'<p class="gdc-muted">{t("raw_csv")}</p><pre class="gdc-raw">'
             + (f'<span class="gdc-header-line">{esc(header)}</span>\n' if header else "") + f"{raw}</pre></details>")
    return head, body


def citation_html(index: BuiltIndex, citation: Citation, language: Language) -> str:
    """One citation: a table row by its labelled cells, a document passage with the quote marked; both open
    the source in the reader when clicked."""
    attrs = open_attrs(citation.source, citation.quote)
    if is_table_source(index, citation.source):
        head, body = _table_citation(index, citation, language)
    else:
        meta = index.sources.get(citation.source)
        when = format_date(meta.date if meta else None, language) or text(language, "date_unknown")
        head = (f'<span class="gdc-title">{esc(source_title(index, citation.source))}</span>'
                f' <span class="gdc-date">· {esc(when)}</span>')
        passage = _document_passage(index, citation.source, citation.quote)
        if passage is None:
            passage = (f'<mark>{esc(citation.quote)}</mark> '
                       f'<span class="gdc-muted">{esc(text(language, "quote_not_found"))}</span>')
        body = (f'<div class="gdc-locator">{esc(citation.source)} · {esc(citation.locator)}</div>'
                f'<blockquote class="gdc-passage">{passage}</blockquote>')
    return (f'<li class="gdc-citation" id="gdc-cite-{citation.n}" data-n="{citation.n}" data-source="{esc(citation.source)}">'
            f'<div class="gdc-cite-head"><span class="gdc-n">[{citation.n}]</span> {head}</div>{body}'
            f'<button type="button" class="gdc-open" {attrs}>{esc(text(language, "open_in_document"))}</button></li>')


def _theme(theme: str, language: Language) -> str:
    return theme or f'({text(language, "no_theme")})'


def rows_table(rows: Sequence[ProjectRow], language: Language, css: str = "gdc-rows") -> str:
    """The rows with their amounts first and everything else wrapped in one cell, so the figures stay in view
    and nothing is cut off sideways, from a phone's 390 px up."""
    heads = ("col_contribution", "col_total_size", "col_project")
    head = "".join(f'<th class="{"gdc-num" if i < 2 else ""}">{esc(text(language, k))}</th>' for i, k in enumerate(heads))
    body = "".join(
        f'<tr data-row-ref="{esc(r.row_ref)}">'
        f'<td class="gdc-num gdc-amount">{esc(format_euro(r.contribution, language))}</td>'
        f'<td class="gdc-num gdc-amount">{esc(format_euro(r.total_size, language))}</td>'
        f'<td class="gdc-wrap"><span class="gdc-project">{esc(r.project)}</span><br><span class="gdc-muted">'
        f'{esc(" · ".join((r.applicant, _theme(r.theme, language), r.row_ref)))}</span></td></tr>'
        for r in rows)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _figure(result: TableResult, value: float | int | None, language: Language, aggregate: str | None = None) -> str:
    if value is None:
        return "—"
    counted = result.operation == "count" or (result.operation == "group" and aggregate == "count")
    return str(int(value)) if counted else format_euro(value, language)


def selection_words(query: TableQuery | None, entities: Sequence[Match], language: Language) -> str:
    """Which rows a table query chose, as a reader would say it: "projects whose name or description mentions
    'blockchain'"; all filters hold at once, a filter's alternatives are or-ed."""
    if query is None or not query.filters:
        return text(language, "sel_all")
    parts = []
    for f in query.filters:
        values = [next((m.surface for m in entities if m.kind == f.column and m.value == v and m.surface),
                       v.split("|")[0]) if f.column == "keyword" else v for v in f.values]
        if f.column == "share":  # "municipal contribution equal to the whole project size": no value to quote
            shown = text(language, "sel_or").join(share_words(v, CATALOGUE, language) for v in values)
        elif f.column == "either":  # "projects with the theme 'X' or projects whose … mentions 'y'"
            parts.append(text(language, "sel_or").join(
                text(language, f"sel_{c}", v=f"'{v.split('|')[0]}'") for c, v in (x.split("=", 1) for x in values)))
            continue
        else:
            shown = text(language, "sel_or").join(f"'{v}'" for v in values)
        parts.append(text(language, f"sel_{f.column}", v=shown))
    return text(language, "sel_and").join(parts)


def comparison_words(result: TableResult, language: Language) -> list[tuple[bool, str]]:
    """(differs, sentence) for each total the source states beside the computed one."""
    out = []
    for c in result.comparisons:
        if c.stated is None:
            continue
        stated, computed = format_euro(c.stated, language), format_euro(c.computed, language)
        diff = c.difference or 0
        if diff == 0:
            out.append((False, text(language, "cmp_same_words", s=c.section, stated=stated)))
        else:
            key = "cmp_more_words" if diff > 0 else "cmp_less_words"
            out.append((True, text(language, key, s=c.section, stated=stated, computed=computed,
                                   d=format_euro(abs(diff), language))))
    return out


def computation_html(result: TableResult, language: Language, query: TableQuery | None = None,
                     entities: Sequence[Match] = ()) -> str:
    """A table answer in words (selection, outcome, stated vs computed totals), the rule, the rows, and the SQL
    behind a closed "technical details" toggle."""
    t = lambda key, **v: esc(text(language, key, **v))  # noqa: E731
    aggregate = query.aggregate if query is not None else None
    n, total = len(result.rows), result.total_rows or len(result.rows)
    parts = ['<section class="gdc-computation">', f'<h4>{t("computation")}</h4>',
             f'<p class="gdc-plain gdc-selection"><strong>{t("rule")}:</strong> '
             f'{esc(selection_words(query, entities, language))} ({t("rows_of", n=n, total=total)})</p>']
    if result.value is not None:
        op = text(language, f"op_{result.operation}") if has_text(f"op_{result.operation}") else result.operation
        what = esc(op) if result.operation == "count" else f"{esc(op)} {t('m_' + result.measure)}"
        parts.append(f'<p class="gdc-plain gdc-outcome"><strong>{t("figure")}:</strong> {what}: '
                     f'<strong class="gdc-figure">{esc(_figure(result, result.value, language))}</strong></p>')
    if result.missing:
        parts.append(f'<p class="gdc-plain gdc-missing">{t("missing_rows")}: '
                     f'{", ".join(esc(f"{r.project} ({r.row_ref})") for r in result.missing)}</p>')
    words = comparison_words(result, language)
    if words:
        parts.append('<ul class="gdc-comparisons">' + "".join(
            f'<li class="{"gdc-diff" if differs else "gdc-same"}">{esc(sentence)}</li>' for differs, sentence in words)
            + "</ul>")
    parts.append(f'<p class="gdc-rule"><span class="gdc-muted">{t("rule_applied")}:</span> {esc(result.rule)}</p>')
    if result.groups:
        parts.append(f'<h5>{t("groups")}</h5><table class="gdc-groups"><tbody>')
        parts.extend(f'<tr><td class="gdc-num gdc-amount">{esc(_figure(result, v, language, aggregate))}</td>'
                     f'<td class="gdc-wrap">{esc(_theme(g, language))}</td><td class="gdc-num">{t("rows", n=c)}</td></tr>'
                     for g, v, c in result.groups)
        parts.append("</tbody></table>")
    if result.rows:
        parts.append(f'<h5>{t("rows_used")}</h5>' + rows_table(result.rows, language))
    if result.sql:
        parts.append(f'<details class="gdc-tech"><summary>{t("technical_details")}</summary>'
                     f'<h5>{t("sql")}</h5><pre class="gdc-sql"><code>{esc(result.sql)}</code></pre></details>')
    parts.append("</section>")
    return "".join(parts)


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain_text(answer: Answer) -> str:
    """The answer to paste into an e-mail or a council question: its text with the [n] markers, then a numbered
    list of its sources (file · locator · «quote»).

    >>> a = Answer(question="q", language="nl", answered=True, text="**PyGrunn**: € 1.500 [1]", route="table",
    ...            citations=(Citation(n=1, source="tables/s.csv", title="s.csv", locator="B1-03", quote="2017,PyGrunn"),))
    >>> print(plain_text(a))
    PyGrunn: € 1.500 [1]
    <BLANKLINE>
    Bronnen:
    [1] tables/s.csv · B1-03 · «2017,PyGrunn»
    """
    lines = [_BOLD.sub(r"\1", answer.text).strip()]
    if answer.citations:
        lines += ["", text(answer.language, "cli_sources")]
        lines += [f"[{c.n}] {c.source} · {c.locator} · «{c.quote}»" for c in answer.citations]
    return "\n".join(lines)


def _copy_button(answer: Answer) -> str:
    language = answer.language
    return (f'<div class="gdc-copy-row"><button type="button" class="gdc-copy" data-copy '
            f'data-done="{esc(text(language, "copied"))}">{esc(text(language, "copy_answer"))}</button>'
            f'<textarea class="gdc-copy-text" hidden readonly>{esc(plain_text(answer))}</textarea></div>')


def _shell(state: str, inner: str, language: Language, route: str = "", chart: bool = False) -> str:
    return (f'<div class="gdc-sources" data-state="{state}" data-route="{esc(route)}" data-language="{language}"'
            f' data-chart="{str(chart).lower()}"><h3 class="gdc-h">{esc(text(language, "sources_title"))}</h3>{inner}</div>')


def empty_html(language: Language, loading: bool = False) -> str:
    """The panel before any answer; `loading` until the page has its interface language (data-state says which)."""
    return _shell("loading" if loading else "empty", f'<p class="gdc-muted">{esc(text(language, "sources_empty"))}</p>',
                  language)


def error_html(question: str, message: str, language: Language) -> str:
    return _shell("error", f'<p class="gdc-question"><span>{esc(text(language, "question"))}:</span> «{esc(question)}»</p>'
                  f'<div class="gdc-badge gdc-badge-error">{esc(text(language, "error"))}</div>'
                  f'<p class="gdc-note">{esc(message)}</p>', language)


def has_chart(answer: Answer) -> bool:
    """Whether the answer's table result is one a bar chart shows better (a group-by or a top-N)."""
    return answer.table is not None and answer.table.operation in CHARTED_OPERATIONS


def sources_html(answer: Answer, index: BuiltIndex, query: TableQuery | None = None,
                 entities: Sequence[Match] = ()) -> str:
    """The panel for one answer, in the answer's language: question, answered or not, the computation in words
    (table answers), the citations, and a button that copies the answer with its sources."""
    language = answer.language
    parts = [f'<p class="gdc-question"><span>{esc(text(language, "question"))}:</span> «{esc(answer.question)}»</p>']
    if answer.answered:
        parts.append(f'<div class="gdc-badge gdc-badge-ok">{esc(text(language, "answered"))}</div>')
    else:
        parts.append(f'<div class="gdc-badge gdc-badge-no">{esc(text(language, "not_answered"))}</div>'
                     f'<p class="gdc-note">{esc(text(language, "not_answered_note"))}</p>')
    parts.append(_copy_button(answer))
    if answer.table is not None:
        parts.append(computation_html(answer.table, language, query, entities))
    if answer.citations:
        items = "".join(citation_html(index, c, language) for c in answer.citations)
        parts.append(f'<h4>{esc(text(language, "citations"))}</h4><ol class="gdc-citations">{items}</ol>')
    else:
        parts.append(f'<p class="gdc-muted">{esc(text(language, "no_citations"))}</p>')
    return _shell("answered" if answer.answered else "unanswered", "".join(parts), language, answer.route,
                  chart=has_chart(answer))
