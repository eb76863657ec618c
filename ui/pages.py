"""The Projecten and Documenten tabs: the project table filtered with its totals, and the knowledge base."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.language import format_date, format_euro
from index.build import IndexReport
from index.records import Language, ProjectRow
from index.store import Manifest
from ui.i18n import text
from ui.sources import esc

ALL = "__all__"  # dropdown value: no filter
NO_THEME = "__none__"  # dropdown value: the rows without a theme ('Anders')
SEARCHED = ("project", "applicant", "theme", "section", "description", "partners", "row_ref")


def filter_rows(rows: Iterable[ProjectRow], theme: str | None = ALL, applicant: str | None = ALL,
                query: str | None = "") -> list[ProjectRow]:
    """Rows of the given theme and applicant whose text contains every word of `query` (case-insensitive)."""
    words = (query or "").casefold().split()
    out = []
    for row in rows:
        if theme not in (None, "", ALL) and row.theme != ("" if theme == NO_THEME else theme):
            continue
        if applicant not in (None, "", ALL) and row.applicant != applicant:
            continue
        haystack = " ".join(str(getattr(row, f) or "") for f in SEARCHED).casefold()
        if all(w in haystack for w in words):
            out.append(row)
    return out


@dataclass(frozen=True)
class Totals:
    rows: int
    contribution: int
    total_size: int
    without_contribution: int
    without_total_size: int


def totals(rows: Sequence[ProjectRow]) -> Totals:
    return Totals(len(rows), sum(r.contribution or 0 for r in rows), sum(r.total_size or 0 for r in rows),
                  sum(r.contribution is None for r in rows), sum(r.total_size is None for r in rows))


def theme_choices(rows: Iterable[ProjectRow], language: Language) -> list[tuple[str, str]]:
    themes = sorted({r.theme for r in rows})
    choices = [(text(language, "all_themes"), ALL)] + [(t, t) for t in themes if t]
    if "" in themes:
        choices.append((text(language, "no_theme_option"), NO_THEME))
    return choices


def applicant_choices(rows: Iterable[ProjectRow], language: Language) -> list[tuple[str, str]]:
    return [(text(language, "all_applicants"), ALL)] + [(a, a) for a in sorted({r.applicant for r in rows if r.applicant},
                                                                                key=str.casefold)]


def _count(n: int, language: Language) -> str:
    return text(language, "one_project") if n == 1 else text(language, "n_projects", n=n)


def projects_html(rows: Sequence[ProjectRow], language: Language) -> str:
    """The selected rows as a table, with the selection's totals above it and in its footer."""
    s = totals(rows)
    contribution, total_size = format_euro(s.contribution, language), format_euro(s.total_size, language)
    notes = []
    if s.without_contribution:
        notes.append(f'{esc(text(language, "col_contribution"))}: {esc(text(language, "without_amount", n=s.without_contribution))}')
    if s.without_total_size:
        notes.append(f'{esc(text(language, "col_total_size"))}: {esc(text(language, "without_amount", n=s.without_total_size))}')
    summary = (f'<div class="gdc-totals" data-rows="{s.rows}" data-contribution="{s.contribution}" data-total-size="{s.total_size}">'
               f'<strong>{esc(text(language, "totals"))}:</strong> <span class="gdc-total-rows">{esc(_count(s.rows, language))}</span>'
               f' · {esc(text(language, "sum_contribution"))}: <strong class="gdc-total-contribution">{esc(contribution)}</strong>'
               f' · {esc(text(language, "sum_total_size"))}: <strong class="gdc-total-size">{esc(total_size)}</strong>'
               + (f' <span class="gdc-muted">({"; ".join(notes)})</span>' if notes else "") + "</div>")
    if not rows:
        return f'<div class="gdc-projects">{summary}<p class="gdc-muted">{esc(text(language, "no_rows"))}</p></div>'
    head = "".join(f"<th>{esc(text(language, k))}</th>" for k in
                   ("col_row_ref", "col_project", "col_applicant", "col_theme", "col_contribution", "col_total_size"))
    body = []
    for r in rows:
        more = (f'<details><summary>{esc(text(language, "details"))}</summary><p><b>{esc(text(language, "description"))}:</b> '
                f'{esc(r.description)}</p><p><b>{esc(text(language, "partners"))}:</b> {esc(r.partners or "—")}</p>'
                f'<p class="gdc-muted">{esc(r.section)} · {esc(r.table)}, r. {r.line}</p></details>')
        body.append(f'<tr data-row-ref="{esc(r.row_ref)}"><td>{esc(r.row_ref)}</td><td><span class="gdc-project">{esc(r.project)}</span>'
                    f'{more}</td><td>{esc(r.applicant)}</td><td>{esc(r.theme or "—")}</td>'
                    f'<td class="gdc-num">{esc(format_euro(r.contribution, language))}</td>'
                    f'<td class="gdc-num">{esc(format_euro(r.total_size, language))}</td></tr>')
    foot = (f'<tr><td colspan="4">{esc(text(language, "total_row"))} ({esc(_count(s.rows, language))})</td>'
            f'<td class="gdc-num">{esc(contribution)}</td><td class="gdc-num">{esc(total_size)}</td></tr>')
    return (f'<div class="gdc-projects">{summary}<table class="gdc-project-table"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody><tfoot>{foot}</tfoot></table></div>')


def documents_html(manifest: Manifest, index_dir: str, language: Language, newer_build: bool = False) -> str:
    """The indexed documents and tables with their size, and the index status (embedder, built at, dir)."""
    t = lambda key, **v: esc(text(language, key, **v))  # noqa: E731
    rows = []
    for source, meta in sorted(manifest.get("sources", {}).items(), key=lambda kv: (kv[1].get("kind") != "document", kv[0])):
        if meta.get("kind") == "table":
            kind, size, date = t("kind_table") + f" ({esc(meta.get('schema', ''))})", t("rows", n=meta.get("rows", 0)), "—"
        else:
            kind = esc(meta.get("doc_kind") or text(language, "kind_document"))
            size = t("chunks", n=meta.get("chunks", 0))
            date = esc(format_date(meta.get("date"), language) or text(language, "date_unknown"))
        rows.append(f'<tr data-source="{esc(source)}"><td>{esc(meta.get("title") or source)}</td><td><code>{esc(source)}</code></td>'
                    f'<td>{kind}</td><td>{date}</td><td class="gdc-num">{size}</td></tr>')
    head = "".join(f"<th>{t(k)}</th>" for k in ("doc_title", "doc_file", "doc_kind", "doc_date", "doc_size"))
    parts = [f'<div class="gdc-documents"><p>{t("documents_intro")}</p><table class="gdc-doc-table"><thead><tr>{head}</tr>'
             f'</thead><tbody>{"".join(rows)}</tbody></table>']
    skipped = manifest.get("skipped") or []
    if skipped:
        parts.append(f'<h4>{t("skipped")}</h4><ul class="gdc-skipped">'
                     + "".join(f"<li><code>{esc(s.get('source'))}</code>: {esc(s.get('reason'))}</li>" for s in skipped) + "</ul>")
    identity = manifest.get("embedder_identity")
    status = [(t("embedder"), esc(manifest.get("embedder", "")) + (f" <span class=\"gdc-muted\">[{esc(identity)}]</span>" if identity else "")),
              (t("built_at"), esc(manifest.get("built_at", ""))), (t("build"), esc(manifest.get("build_id", ""))),
              (t("index_dir"), f"<code>{esc(index_dir)}</code>"),
              (t("chroma"), esc((manifest.get("chroma") or {}).get("mode", "")))]
    parts.append(f'<h4>{t("index_status")}</h4><dl class="gdc-facts gdc-index-status">'
                 + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in status) + "</dl>")
    if newer_build:
        parts.append(f'<p class="gdc-note">{t("newer_build")}</p>')
    parts.append("</div>")
    return "".join(parts)


def reindex_report_html(report: IndexReport, language: Language) -> str:
    """What a re-index did, from an IndexReport."""
    if report.up_to_date:
        msg = text(language, "reindex_up_to_date", chunks=report.chunks, rows=report.table_rows)
    else:
        msg = text(language, "reindex_done", s=report.seconds, added=len(report.added), changed=len(report.changed),
                   unchanged=len(report.unchanged), removed=len(report.removed), chunks=report.chunks,
                   rows=report.table_rows, build=report.build)
    items = "".join(f"<li>{esc(text(language, 'skipped_file', source=s.source, reason=s.reason))}</li>" for s in report.skipped)
    return f'<div class="gdc-reindex" data-ok="true"><p>{esc(msg)}</p>' + (f"<ul>{items}</ul>" if items else "") + "</div>"
