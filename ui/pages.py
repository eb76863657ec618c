"""The Projecten and Documenten tabs: the project table filtered, with totals that say what they sum, its CSV
export; the knowledge base as documents to read; the index's details for an admin only.

No absolute filesystem path is rendered here: sources are named by their place in the knowledge dir.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.compose import name_source
from assistant.language import format_date, format_euro
from assistant.operations import join_years
from index.build import IndexReport
from index.records import Language, ProjectRow, SourceInfo
from index.store import Manifest
from index.tables import PROJECT_COLUMNS
from ui.i18n import CATALOGUE, text
from ui.sources import esc, open_attrs

ALL = "__all__"  # dropdown value: no filter
NO_THEME = "__none__"  # dropdown value: the rows without a theme ('Anders')
# What the search box looks in; the sentence over the table names exactly these (ui.sel_search).
SEARCHED = ("project", "applicant", "description", "partners")


def _chosen(value: str | int | None) -> bool:
    return value not in (None, "", ALL)


def filter_rows(rows: Iterable[ProjectRow], theme: str | None = ALL, applicant: str | None = ALL,
                query: str | None = "", year: str | int | None = ALL) -> list[ProjectRow]:
    """Rows of the given theme, applicant and year whose name, applicant, description or partners contain every
    word of `query` (case-insensitive)."""
    words = (query or "").casefold().split()
    out = []
    for row in rows:
        if _chosen(theme) and row.theme != ("" if theme == NO_THEME else theme):
            continue
        if _chosen(applicant) and row.applicant != applicant:
            continue
        if _chosen(year) and str(row.year) != str(year):
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


def year_choices(rows: Iterable[ProjectRow], language: Language) -> list[tuple[str, str]]:
    """'All years' and each year the table covers, newest first."""
    return [(text(language, "all_years"), ALL)] + [(str(y), str(y)) for y in sorted({r.year for r in rows}, reverse=True)]


def shows_year_filter(rows: Iterable[ProjectRow]) -> bool:
    """The year filter appears once the table covers more than one year; with one year it could only say that."""
    return len({r.year for r in rows}) > 1


def _count(n: int, language: Language) -> str:
    return text(language, "one_project") if n == 1 else text(language, "n_projects", n=n)


@dataclass(frozen=True, kw_only=True)
class Selection:
    """The Projecten tab's filters as chosen (ALL: no filter on that column)."""

    theme: str = ALL
    applicant: str = ALL
    year: str = ALL
    query: str = ""


def _and(parts: Sequence[str], language: Language) -> str:
    """'a', 'a en b', 'a, b en c' (and the English)."""
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + text(language, "sel_and") + parts[-1]


def selection_sentence(rows: Sequence[ProjectRow], selection: Selection, language: Language) -> str:
    """What the selection is and what its total sums, in words: "12 projecten waarvan naam, aanvrager,
    beschrijving of partners 'hanze' noemt: samen € 200.000 gemeentelijke bijdrage 2017 (…)"."""
    conditions = []
    if _chosen(selection.theme):
        conditions.append(text(language, "proj_no_theme") if selection.theme == NO_THEME
                          else text(language, "proj_theme", v=selection.theme))
    if _chosen(selection.applicant):
        conditions.append(text(language, "proj_applicant", v=selection.applicant))
    if _chosen(selection.year):
        conditions.append(text(language, "proj_year", v=selection.year))
    if selection.query.strip():
        conditions.append(text(language, "proj_search", v=" ".join(selection.query.split())))
    count = _count(len(rows), language)
    described = f"{count} {_and(conditions, language)}" if conditions else text(language, "proj_all", count=count)
    years = sorted({r.year for r in rows})
    measure = text(language, "contribution_measure") + (f" {years[0]}" if len(years) == 1 else "")
    s = totals(rows)
    return text(language, "proj_sentence", selection=described, contribution=format_euro(s.contribution, language),
                measure=measure, size=format_euro(s.total_size, language))


def projects_html(rows: Sequence[ProjectRow], language: Language, selection: Selection | None = None) -> str:
    """The selected rows as a table (amounts first), with a sentence above it that says what the total sums."""
    s = totals(rows)
    contribution, total_size = format_euro(s.contribution, language), format_euro(s.total_size, language)
    notes = []
    if s.without_contribution:
        notes.append(f'{esc(text(language, "col_contribution"))}: {esc(text(language, "without_amount", n=s.without_contribution))}')
    if s.without_total_size:
        notes.append(f'{esc(text(language, "col_total_size"))}: {esc(text(language, "without_amount", n=s.without_total_size))}')
    summary = (f'<div class="gdc-totals" data-rows="{s.rows}" data-contribution="{s.contribution}" data-total-size="{s.total_size}">'
               f'<p class="gdc-total-sentence">{esc(selection_sentence(rows, selection or Selection(), language))}</p>'
               f'<p class="gdc-total-figures"><span class="gdc-total-rows">{esc(_count(s.rows, language))}</span>'
               f' · {esc(text(language, "sum_contribution"))}: <strong class="gdc-total-contribution">{esc(contribution)}</strong>'
               f' · {esc(text(language, "sum_total_size"))}: <strong class="gdc-total-size">{esc(total_size)}</strong>'
               + (f' <span class="gdc-muted">({"; ".join(notes)})</span>' if notes else "") + "</p></div>")
    if not rows:
        return f'<div class="gdc-projects">{summary}<p class="gdc-muted">{esc(text(language, "no_rows"))}</p></div>'
    heads = ("col_contribution", "col_total_size", "col_project", "col_applicant", "col_theme", "col_year", "col_row_ref")
    head = "".join(f'<th class="{"gdc-num" if i < 2 else ""}">{esc(text(language, k))}</th>' for i, k in enumerate(heads))
    body = []
    for r in rows:
        more = (f'<details><summary>{esc(text(language, "details"))}</summary><p><b>{esc(text(language, "description"))}:</b> '
                f'{esc(r.description)}</p><p><b>{esc(text(language, "partners"))}:</b> {esc(r.partners or "—")}</p>'
                f'<p class="gdc-muted">{esc(r.section)} · {esc(r.table)}, {esc(text(language, "cite_line", n=r.line))}</p></details>')
        body.append(f'<tr data-row-ref="{esc(r.row_ref)}"><td class="gdc-num gdc-amount">{esc(format_euro(r.contribution, language))}</td>'
                    f'<td class="gdc-num gdc-amount">{esc(format_euro(r.total_size, language))}</td>'
                    f'<td class="gdc-wrap"><span class="gdc-project">{esc(r.project)}</span>{more}</td>'
                    f'<td class="gdc-wrap">{esc(r.applicant)}</td><td class="gdc-wrap">{esc(r.theme or "—")}</td>'
                    f'<td class="gdc-year">{r.year}</td>'
                    f'<td class="gdc-ref">{esc(r.row_ref)}</td></tr>')
    foot = (f'<tr><td class="gdc-num">{esc(contribution)}</td><td class="gdc-num">{esc(total_size)}</td>'
            f'<td colspan="5">{esc(text(language, "total_row"))} ({esc(_count(s.rows, language))})</td></tr>')
    return (f'<div class="gdc-projects">{summary}<div class="gdc-table-scroll"><table class="gdc-project-table">'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody><tfoot>{foot}</tfoot></table></div></div>')


INTRO_DOCUMENTS = 4  # more documents than this are counted in the header, not named


def intro_text(language: Language, sources: Mapping[str, SourceInfo], years: Sequence[int]) -> str:
    """The header's sentence on what can be asked, named from the corpus itself: each document by its front
    matter (letters by date, newest first), and the years the project tables cover."""
    docs = sorted((info for info in sources.values() if not info.is_table), key=lambda i: (i.date or "", i.title),
                  reverse=True)
    names = [name_source(info, info.title, CATALOGUE, language) for info in docs]
    if len(names) > INTRO_DOCUMENTS:  # a growing corpus is counted, not listed
        names = [text(language, "intro_many", n=len(names), newest=names[0])]
    return text(language, "intro", documents=", ".join(names) or "—",
                years=join_years(tuple(years), CATALOGUE, language) or "—")


def export_csv(rows: Sequence[ProjectRow]) -> str:
    """The rows in the projects schema (every column, amounts as whole euros, empty where none), as CSV text."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PROJECT_COLUMNS)
    for r in rows:
        values = {"year": r.year, "section": r.section, "theme": r.theme, "project": r.project, "applicant": r.applicant,
                  "contribution_eur": "" if r.contribution is None else r.contribution,
                  "total_size_eur": "" if r.total_size is None else r.total_size, "description": r.description,
                  "partners": r.partners, "row_ref": r.row_ref}
        writer.writerow([values[c] for c in PROJECT_COLUMNS])
    return out.getvalue()


def write_export(rows: Sequence[ProjectRow], folder: Path, language: Language) -> Path:
    """The selection as a UTF-8 CSV file under `folder` (one subfolder per content, so the name stays readable)."""
    data = export_csv(rows)
    path = folder / hashlib.sha1(data.encode("utf-8")).hexdigest()[:12] / text(language, "export_file")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_text(data, encoding="utf-8")
    return path


def documents_html(manifest: Manifest, index_dir: str, language: Language, newer_build: bool = False) -> str:
    """The indexed documents and tables to read, each opening in the reader. `index_dir` is not shown (no
    absolute path reaches the UI; the index's details are the admin's, see `admin_html`)."""
    del index_dir
    t = lambda key, **v: esc(text(language, key, **v))  # noqa: E731
    rows = []
    for source, meta in sorted(manifest.get("sources", {}).items(), key=lambda kv: (kv[1].get("kind") != "document", kv[0])):
        if meta.get("kind") == "table":
            kind, size, date = t("kind_table"), t("rows", n=meta.get("rows", 0)), "—"
        else:
            kind = esc(meta.get("doc_kind") or text(language, "kind_document"))
            size = t("chunks", n=meta.get("chunks", 0))
            date = esc(format_date(meta.get("date"), language) or text(language, "date_unknown"))
        title = meta.get("title") or source.rsplit("/", 1)[-1]
        rows.append(f'<tr data-source="{esc(source)}"><td class="gdc-wrap"><button type="button" class="gdc-open gdc-doc-link" '
                    f'{open_attrs(source, "")}>{esc(title)}</button><br><code class="gdc-muted">{esc(source)}</code></td>'
                    f'<td>{kind}</td><td>{date}</td><td class="gdc-num">{size}</td></tr>')
    head = "".join(f"<th>{t(k)}</th>" for k in ("doc_title", "doc_kind", "doc_date", "doc_size"))
    parts = [f'<div class="gdc-documents"><p>{t("documents_intro")}</p><div class="gdc-table-scroll">'
             f'<table class="gdc-doc-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>']
    skipped = manifest.get("skipped") or []
    if skipped:
        parts.append(f'<h4>{t("skipped")}</h4><ul class="gdc-skipped">'
                     + "".join(f"<li><code>{esc(s.get('source'))}</code>: {esc(s.get('reason'))}</li>" for s in skipped) + "</ul>")
    if newer_build:
        parts.append(f'<p class="gdc-note">{t("newer_build")}</p>')
    parts.append("</div>")
    return "".join(parts)


_ABSOLUTE = re.compile(r"(?<![\w/.])(?!//)(?:/[^\s/'\"]+)+/([^\s/'\"]+)")


def hide_paths(message: object) -> str:
    """A message with every absolute path cut to its last part, for errors and settings shown in the UI.

    >>> hide_paths("another `gdc index` is building in /srv/gdc/index/built; wait")
    'another `gdc index` is building in …/built; wait'
    """
    return _ABSOLUTE.sub(lambda m: "…/" + m.group(1), str(message))


def admin_html(manifest: Manifest, language: Language) -> str:
    """The index's details for whoever runs the app (GDC_ADMIN=1): embedder, build, when, vector store mode."""
    t = lambda key, **v: esc(text(language, key, **v))  # noqa: E731
    identity = manifest.get("embedder_identity")
    status = [(t("embedder"), esc(hide_paths(manifest.get("embedder", ""))) + (f" <span class=\"gdc-muted\">[{esc(hide_paths(identity))}]</span>" if identity else "")),
              (t("built_at"), esc(manifest.get("built_at", ""))), (t("build"), esc(manifest.get("build_id", ""))),
              (t("chroma"), esc((manifest.get("chroma") or {}).get("mode", "")))]
    return ('<dl class="gdc-facts gdc-index-status">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in status) + "</dl>")


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
