"""Write the answer, extractively and deterministically, in the asker's language, with [n] citations."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.cite import Citations
from assistant.evidence import Evidence
from assistant.language import format_date, format_euro, month_to_english
from assistant.messages import T
from assistant.records import Chunk, Language, ProjectRow, TableResult
from assistant.route import Intent
from assistant.tables import TableStore
from assistant.vocab import THEME_EN

LIST_LIMIT = 12  # longer selections are summed in the text; every row stays cited and shown in the UI


def theme_label(theme: str, language: Language) -> str:
    if not theme:
        return T[language]["no_group"]
    return f"{theme} ({THEME_EN[theme]})" if language == "en" and theme in THEME_EN else theme


def _projects(n: int, language: Language) -> str:
    return T[language]["one_project"] if n == 1 else T[language]["n_projects"].format(n=n)


def _name(row: ProjectRow, language: Language) -> str:
    return f"**{row.project}** ({row.applicant})"


def compose_table(intent: Intent, result: TableResult, store: TableStore, cites: Citations,
                  stated_in_document: Callable[[str, int], Chunk | None] = lambda section, value: None) -> tuple[str, bool]:
    """Text for a table answer and whether it answers the question.

    `stated_in_document(section, amount)` finds the document line that prints a stated total, to cite it too.
    """
    lang = intent.language
    t, m_name = T[lang], result.measure
    what = t[m_name]
    amount = lambda r: getattr(r, m_name)  # noqa: E731
    rule = result.rule
    lines: list[str] = []
    answered = True
    if result.operation == "lookup":
        query = intent.table_query
        asked = [f for f in (query.fields if query else ()) if f in ("contribution", "total_size")] or (
            [] if query and query.fields else ["contribution"])
        whole = bool(query and {"partners", "description"} & set(query.fields))
        for row in result.rows:
            n = cites.row(store, row, whole=whole)
            marker = f"[{n}]"
            for measure in asked:
                value = getattr(row, measure)
                key = f"lookup_{measure}" if value is not None else f"missing_{measure}"
                lines.append(t[key].format(p=_name(row, lang), v=format_euro(value, lang), m=marker))
                answered &= value is not None
            for field in (query.fields if query else ()):
                if field == "applicant":
                    lines.append(t["applicant"].format(v=row.applicant, m=marker))
                elif field == "partners":
                    lines.append(t["partners" if row.partners else "no_partners"].format(v=row.partners, m=marker))
                elif field == "description":
                    lines.append(t["description"].format(v=row.description, m=marker))
                elif field == "theme":
                    lines.append(t["theme" if row.theme else "no_theme"].format(v=theme_label(row.theme, lang), m=marker))
        return "\n\n".join(lines), answered and bool(result.rows)
    if not result.rows:
        return t["none"].format(rule=rule), False
    row_markers = {r.row_ref: cites.row(store, r) for r in result.rows}
    mk = lambda r: f"[{row_markers[r.row_ref]}]"  # noqa: E731
    op = result.operation
    if result.groups and op in ("max", "min"):
        lines.append(t["group_head"].format(what=what.capitalize(), g=t["g_" + (intent.table_query.group_by or "theme")], rule=rule))
        for r in result.rows:
            key = getattr(r, intent.table_query.group_by or "theme")
            lines.append(t["group_extreme"].format(k=theme_label(key, lang) if intent.table_query.group_by == "theme" else key or "—",
                                                   p=_name(r, lang), v=format_euro(amount(r), lang), m=mk(r)))
    elif result.groups:
        g = intent.table_query.group_by or "theme"
        lines.append(t["group_head"].format(what=(what if op != "count" else _projects(2, lang).split()[1]).capitalize(),
                                            g=t["g_" + g], rule=rule))
        for key, value, n in result.groups:
            shown = str(value) if op == "count" else format_euro(value, lang)
            lines.append(t["group_line"].format(k=theme_label(key, lang) if g == "theme" else key or "—", v=shown,
                                                n=_projects(n, lang)))
        lines.append(t["rows_used"].format(m=cites.markers(list(row_markers.values()))))
    elif op in ("max", "min"):
        rows = result.rows
        if len(rows) == 1:
            lines.append(t[op].format(what=what, rule=rule, p=_name(rows[0], lang), v=format_euro(result.value, lang), m=mk(rows[0])))
        else:
            names = ", ".join(f"{_name(r, lang)} {mk(r)}" for r in rows)
            lines.append(t[op + "_tie"].format(what=what, rule=rule, p=names, v=format_euro(result.value, lang)))
    elif op == "count":
        lines.append(t["count"].format(v=_projects(int(result.value or 0), lang), rule=rule))
        sections = {}
        for r in result.rows:
            sections[r.section] = sections.get(r.section, 0) + 1
        if len(sections) > 1:
            lines.append(t["count_sections"].format(parts=", ".join(f"'{s}' {n}" for s, n in sections.items())))
        lines.append(t["rows_used"].format(m=cites.markers(list(row_markers.values()))))
    else:
        with_amount = [r for r in result.rows if amount(r) is not None]
        total = sum(amount(r) for r in with_amount)
        if op == "list":
            lines.append(t["list_head"].format(n=_projects(len(result.rows), lang), rule=rule))
        elif op == "avg":
            lines.append(t["avg"].format(v=format_euro(round(result.value, 2), lang), what=what, total=format_euro(total, lang),
                                         n=_projects(len(with_amount), lang), rule=rule))
        else:
            lines.append(t["sum"].format(v=format_euro(result.value or 0, lang), what=what, n=_projects(len(with_amount), lang),
                                         rule=rule))
        if len(result.rows) <= LIST_LIMIT or op == "list":
            lines.append("\n".join(f"- {_name(r, lang)}: {format_euro(amount(r), lang)} {mk(r)}" for r in result.rows))
        else:
            lines.append(t["rows_used"].format(m=cites.markers(list(row_markers.values()))))
        if op == "list" and len(with_amount) > 1:
            lines.append(t["list_total"].format(v=format_euro(total, lang), what=what))
    if result.missing and op in ("sum", "avg", "list"):
        lines.append(t["missing"].format(p=", ".join(f"{r.project} {mk(r)}" for r in result.missing)))
    for c in result.comparisons:
        total = next(x for x in store.totals if x.section == c.section)
        numbers = [cites.total(store, total)]
        printed = stated_in_document(c.section, c.stated) if c.stated is not None else None
        if printed is not None:
            numbers.append(cites.chunk(printed, printed.text))
        if c.difference == 0:
            lines.append(t["cmp_same"].format(s=c.section, v=format_euro(c.stated, lang), m=cites.markers(numbers)))
        else:
            lines.append(t["cmp_diff"].format(s=c.section, stated=format_euro(c.stated, lang), m=cites.markers(numbers),
                                              computed=format_euro(c.computed, lang), d=format_euro(abs(c.difference or 0), lang)))
    return "\n\n".join(lines), answered


def describe_source(evidence: Evidence, meta: dict, language: Language) -> str:
    t = T[language]
    kind = (meta.get("doc_kind") or "").lower()
    if "letter" in kind:
        doc = t["doc_letter"].format(date=format_date(meta.get("date"), language))
    elif "article" in kind:
        doc = t["doc_article"].format(title=evidence.chunk.title)
    else:
        doc = t["doc_other"].format(title=evidence.chunk.title)
    if evidence.chunk.section:
        doc += ", " + t["section"].format(s=evidence.chunk.section[-1])
    return doc


def render_entity(entity: str, language: Language) -> str:
    """The typed answer as a lead; English gets month names and a few Dutch number words translated."""
    entity = " ".join(entity.split())
    if language == "nl":
        return entity
    text = month_to_english(entity)
    tons = re.fullmatch(r"(\d+)\s*tot\s*(\d+)\s+ton", text)
    if tons:
        low, high = (int(x) * 100_000 for x in tons.groups())
        return f"{text} ({format_euro(low, 'en')}–{format_euro(high, 'en')}; 1 'ton' is €100,000)"
    for nl, en in (("ruim", "more than"), ("bijna", "almost"), ("miljoen", "million"), ("jaar", "years"), ("begin", "early"),
                   ("projecten", "projects"), ("tot", "to"), ("twee", "two"), ("drie", "three"), ("vier", "four")):
        text = re.sub(rf"\b{nl}\b", en, text)
    return text


def compose_documents(intent: Intent, evidence: list[Evidence], metas: dict[str, dict], cites: Citations,
                      lead: bool = True) -> str:
    """Quoted sentences grouped by source, led by the typed answer (a date, a name, an amount) when there is one."""
    t = T[intent.language]
    lines: list[str] = []
    first = evidence[0]
    numbers = {id(e): cites.chunk(e.chunk, e.sentence.text) for e in evidence}
    if lead and first.entity:
        lines.append(f"**{render_entity(first.entity, intent.language)}** [{numbers[id(first)]}]")
    elif lead:
        lines.append(t["sources_say"])
    groups: dict[str, list[Evidence]] = {}
    for e in evidence:
        groups.setdefault(describe_source(e, metas.get(e.chunk.source, {}), intent.language), []).append(e)
    for doc, items in groups.items():
        lines.append(t["support"].format(doc=doc) + "\n" + "\n".join(f"> {quote_line(e.sentence.text)} [{numbers[id(e)]}]" for e in items))
    return "\n\n".join(lines)


def quote_line(text: str) -> str:
    """A quote on one Markdown line: the letter's hard line breaks become spaces only for display."""
    return " ".join(text.split())


def compose_refusal(intent: Intent, reason: str, related: Evidence | None, metas: dict[str, dict], cites: Citations,
                    names: tuple[str, ...] = ()) -> str:
    t = T[intent.language]
    kind_key = "k_" + intent.answer_type if "k_" + intent.answer_type in t else "k_amount"
    detail = {"type": t["r_type"].format(kind=t[kind_key]), "year": t["r_year"].format(year=", ".join(map(str, intent.years))),
              "missing": t["r_missing"], "unknown": t["r_unknown"].format(names=", ".join(f"'{n}'" for n in names))
              }.get(reason, t["r_no_evidence"])
    text = f"{t['refuse']} {detail}"
    if related is not None:
        text += "\n\n" + t["related"] + "\n\n" + compose_documents(intent, [related], metas, cites, lead=False)
    return text
