"""The sources panel: each citation's passage with the quote marked, and a table answer's rows and computation.

Every piece of source or question text goes through `html.escape`; the only markup is the panel's own.
"""

from __future__ import annotations

import contextlib
import html
import re
import weakref

from assistant.language import format_date, format_euro
from assistant.records import Answer, Citation, TableResult
from index.records import Language, ProjectRow
from index.store import BuiltIndex
from ui.i18n import has_text, text

PASSAGE_LIMIT = 1400  # longer passages are cut around the quote
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


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


_TABLE_LINES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _table_lines(index: BuiltIndex) -> dict[str, list[str]]:
    """Raw text of every project row and stated total, by table source (cached per index)."""
    try:
        return _TABLE_LINES[index]
    except (KeyError, TypeError):
        pass
    lines: dict[str, list[str]] = {}
    tables = index.tables
    for row in tables.rows:
        lines.setdefault(row.table, []).append(tables.raw(row))
    for total in tables.totals:
        lines.setdefault(total.file, []).append(tables.total_raw(total))
    with contextlib.suppress(TypeError):  # an index that takes no weak reference is just not cached
        _TABLE_LINES[index] = lines
    return lines


def _table_passage(index: BuiltIndex, source: str, quote: str) -> str | None:
    """The whole table row the quote comes from, under its header, marked."""
    for raw in _table_lines(index).get(source, []):
        found = locate(raw, quote)
        if found is not None:
            header = ",".join(index.tables.header(source))
            head = f'<span class="gdc-header-line">{esc(header)}</span>\n' if header else ""
            return head + marked(raw, *found)
    return None


def citation_html(index: BuiltIndex, citation: Citation, language: Language) -> str:
    meta = index.manifest.get("sources", {}).get(citation.source, {})
    is_table = meta.get("kind") == "table" or citation.source.startswith("tables/")
    if is_table:
        passage = _table_passage(index, citation.source, citation.quote)
        when = text(language, "table_file")
    else:
        passage = _document_passage(index, citation.source, citation.quote)
        when = format_date(meta.get("date"), language) or text(language, "date_unknown")
    if passage is None:
        passage = f'<mark>{esc(citation.quote)}</mark> <span class="gdc-muted">{esc(text(language, "quote_not_found"))}</span>'
    title = meta.get("title") or citation.title
    return (f'<li class="gdc-citation" id="gdc-cite-{citation.n}" data-n="{citation.n}" data-source="{esc(citation.source)}">'
            f'<div class="gdc-cite-head"><span class="gdc-n">[{citation.n}]</span> <span class="gdc-title">{esc(title)}</span>'
            f' <span class="gdc-date">· {esc(when)}</span></div>'
            f'<div class="gdc-locator">{esc(citation.source)} · {esc(citation.locator)}</div>'
            f'<blockquote class="gdc-passage">{passage}</blockquote></li>')


def _theme(theme: str, language: Language) -> str:
    return theme or f'({text(language, "no_theme")})'


def rows_table(rows: tuple[ProjectRow, ...] | list[ProjectRow], language: Language, css: str = "gdc-rows") -> str:
    """Project, applicant, theme, contribution, total size and row_ref of each row, escaped."""
    head = "".join(f"<th>{esc(text(language, k))}</th>" for k in
                   ("col_row_ref", "col_project", "col_applicant", "col_theme", "col_contribution", "col_total_size"))
    body = "".join(
        f'<tr data-row-ref="{esc(r.row_ref)}"><td class="gdc-ref">{esc(r.row_ref)}</td><td>{esc(r.project)}</td>'
        f"<td>{esc(r.applicant)}</td><td>{esc(_theme(r.theme, language))}</td>"
        f'<td class="gdc-num">{esc(format_euro(r.contribution, language))}</td>'
        f'<td class="gdc-num">{esc(format_euro(r.total_size, language))}</td></tr>'
        for r in rows)
    return f'<div class="gdc-scroll"><table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _figure(result: TableResult, value: float | int | None, language: Language) -> str:
    if value is None:
        return "—"
    return str(int(value)) if result.operation == "count" else format_euro(value, language)


def computation_html(result: TableResult, language: Language) -> str:
    """Selection rule, figure, SQL, stated totals vs computed, and the rows used, for a table answer."""
    t = lambda key, **v: esc(text(language, key, **v))  # noqa: E731
    op = text(language, f"op_{result.operation}") if has_text(f"op_{result.operation}") else result.operation
    facts = [(t("rule"), esc(result.rule))]
    if result.value is not None:
        what = esc(op) if result.operation == "count" else f"{esc(op)} {t('m_' + result.measure)}"
        facts.append((t("figure"), f'{what}: <strong class="gdc-figure">{esc(_figure(result, result.value, language))}</strong>'))
    facts.append((t("rows_selected"), t("rows_of", n=len(result.rows), total=result.total_rows or len(result.rows))))
    parts = ['<section class="gdc-computation">', f'<h4>{t("computation")}</h4><dl class="gdc-facts">',
             "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts), "</dl>"]
    if result.groups:
        parts.append(f'<h5>{t("groups")}</h5><table class="gdc-groups"><tbody>')
        parts.extend(f"<tr><td>{esc(_theme(g, language))}</td><td class=\"gdc-num\">{esc(_figure(result, v, language))}</td>"
                     f"<td class=\"gdc-num\">{n}</td></tr>" for g, v, n in result.groups)
        parts.append("</tbody></table>")
    if result.comparisons:
        parts.append(f'<h5>{t("comparisons")}</h5><table class="gdc-comparisons"><thead><tr><th>{t("section")}</th>'
                     f'<th>{t("stated")}</th><th>{t("computed")}</th><th>{t("difference")}</th></tr></thead><tbody>')
        for c in result.comparisons:
            diff = c.difference
            cls = "gdc-diff" if diff else "gdc-same"
            parts.append(f'<tr class="{cls}"><td>{esc(c.section)}</td><td class="gdc-num">{esc(format_euro(c.stated, language))}</td>'
                         f'<td class="gdc-num">{esc(format_euro(c.computed, language))}</td>'
                         f'<td class="gdc-num">{esc(format_euro(diff, language) if diff is not None else "—")}</td></tr>')
        parts.append("</tbody></table>")
    if result.missing:
        parts.append(f'<p class="gdc-missing">{t("missing_rows")}: '
                     f'{", ".join(esc(f"{r.project} ({r.row_ref})") for r in result.missing)}</p>')
    if result.sql:
        parts.append(f'<h5>{t("sql")}</h5><pre class="gdc-sql"><code>{esc(result.sql)}</code></pre>')
    if result.rows:
        parts.append(f'<h5>{t("rows_used")}</h5>' + rows_table(result.rows, language))
    parts.append("</section>")
    return "".join(parts)


def _shell(state: str, inner: str, language: Language, route: str = "") -> str:
    return (f'<div class="gdc-sources" data-state="{state}" data-route="{esc(route)}" data-language="{language}">'
            f'<h3 class="gdc-h">{esc(text(language, "sources_title"))}</h3>{inner}</div>')


def empty_html(language: Language) -> str:
    return _shell("empty", f'<p class="gdc-muted">{esc(text(language, "sources_empty"))}</p>', language)


def error_html(question: str, message: str, language: Language) -> str:
    return _shell("error", f'<p class="gdc-question"><span>{esc(text(language, "question"))}:</span> «{esc(question)}»</p>'
                  f'<div class="gdc-badge gdc-badge-error">{esc(text(language, "error"))}</div>'
                  f'<p class="gdc-note">{esc(message)}</p>', language)


def sources_html(answer: Answer, index: BuiltIndex, language: Language) -> str:
    """The panel for one answer: question, answered/not answered, computation (table answers), citations."""
    parts = [f'<p class="gdc-question"><span>{esc(text(language, "question"))}:</span> «{esc(answer.question)}»</p>']
    if answer.answered:
        parts.append(f'<div class="gdc-badge gdc-badge-ok">{esc(text(language, "answered"))}</div>')
    else:
        parts.append(f'<div class="gdc-badge gdc-badge-no">{esc(text(language, "not_answered"))}</div>'
                     f'<p class="gdc-note">{esc(text(language, "not_answered_note"))}</p>')
    if answer.table is not None:
        parts.append(computation_html(answer.table, language))
    if answer.citations:
        items = "".join(citation_html(index, c, language) for c in answer.citations)
        parts.append(f'<h4>{esc(text(language, "citations"))}</h4><ol class="gdc-citations">{items}</ol>')
    else:
        parts.append(f'<p class="gdc-muted">{esc(text(language, "no_citations"))}</p>')
    return _shell("answered" if answer.answered else "unanswered", "".join(parts), language, answer.route)
