"""Write the answer, extractively and deterministically, in the asker's language, with [n] citations."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.cite import Citations
from assistant.evidence import Evidence
from assistant.language import format_date, format_euro, month_to_english
from assistant.records import Chunk, Language, ProjectRow, TableResult
from assistant.route import Intent
from assistant.tables import TableStore
from assistant.vocab import THEME_EN

LIST_LIMIT = 12  # longer selections are summed in the text; every row stays cited and shown in the UI

T = {
    "nl": {
        "contribution": "gemeentelijke bijdrage 2017", "total_size": "totale projectomvang",
        "lookup_contribution": "{p} kreeg in 2017 een gemeentelijke bijdrage van **{v}** {m}.",
        "lookup_total_size": "De totale projectomvang van {p} is **{v}** {m}.",
        "missing_contribution": "De bijlage noemt geen gemeentelijke bijdrage voor {p} {m}.",
        "missing_total_size": "De bijlage geeft voor {p} geen totale projectomvang op (de cel is leeg of '?') {m}.",
        "applicant": "Aanvrager: **{v}** {m}.", "partners": "Partners: {v} {m}.", "no_partners": "De bijlage noemt geen partners {m}.",
        "description": "Beschrijving: «{v}» {m}", "theme": "Thema: {v} {m}.", "no_theme": "Het project valt onder 'Anders', zonder thema {m}.",
        "n_projects": "{n} projecten", "one_project": "1 project",
        "list_head": "{n} voldoen aan de selectie ({rule}):",
        "list_total": "Samen **{v}** {what} (berekend uit deze rijen).",
        "none": "Geen enkel project in de tabel voldoet aan de selectie ({rule}).",
        "sum": "Samen **{v}** {what} over {n} ({rule}), berekend uit de rijen van de tabel.",
        "count": "**{v}** ({rule}) in de tabel.",
        "count_sections": "Per onderdeel van de bijlage: {parts}.",
        "avg": "Gemiddeld **{v}** {what} per project: {total} over {n} met een bedrag ({rule}).",
        "max": "Het project met de grootste {what} ({rule}) is {p}: **{v}** {m}.",
        "min": "Het project met de kleinste {what} ({rule}) is {p}: **{v}** {m}.",
        "max_tie": "De grootste {what} ({rule}), **{v}**, hebben {p}.", "min_tie": "De kleinste {what} ({rule}), **{v}**, hebben {p}.",
        "group_head": "{what} per {g} ({rule}):", "group_line": "- {k}: **{v}** ({n})",
        "group_extreme": "- {k}: {p}, **{v}** {m}",
        "no_group": "(geen thema: 'Anders')", "g_theme": "thema", "g_applicant": "aanvrager", "g_section": "onderdeel",
        "missing": "Zonder bedrag, dus niet meegeteld: {p}.",
        "cmp_same": "Dit komt overeen met het totaal dat de bijlage voor '{s}' vermeldt: {v} {m}.",
        "cmp_diff": "Let op: de bijlage vermeldt voor '{s}' een totaal van {stated} {m}, maar de rijen tellen op tot {computed} (verschil {d}).",
        "rows_used": "Gebruikte rijen: {m}", "support": "Uit {doc}:",
        "doc_letter": "de raadsbrief van {date}", "doc_article": "het webartikel '{title}'", "doc_other": "'{title}'",
        "section": "'{s}'", "sources_say": "Wat de bronnen hierover zeggen:",
        "refuse": "Dat kan ik niet beantwoorden: de bronnen zeggen het niet.",
        "r_no_evidence": "Ik vond geen passage in de raadsbrief, het webartikel of de projecttabel die deze vraag beantwoordt.",
        "r_type": "De passages die over dit onderwerp gaan, noemen geen {kind}.",
        "r_year": "De bronnen geven hier geen gegevens over voor {year}; de projecttabel gaat over de bijdragen van 2017.",
        "r_missing": "De bijlage geeft dit bedrag niet.", "r_unknown": "De bronnen noemen {names} nergens.", "related": "Wat de bronnen wel zeggen:",
        "k_name": "naam", "k_person": "persoon", "k_date": "datum", "k_amount": "bedrag", "k_count": "aantal", "k_duration": "periode",
    },
    "en": {
        "contribution": "municipal contribution 2017", "total_size": "total project size",
        "lookup_contribution": "{p} received a municipal contribution of **{v}** in 2017 {m}.",
        "lookup_total_size": "The total project size of {p} is **{v}** {m}.",
        "missing_contribution": "The annex gives no municipal contribution for {p} {m}.",
        "missing_total_size": "The annex gives no total project size for {p} (the cell is empty or '?') {m}.",
        "applicant": "Applicant: **{v}** {m}.", "partners": "Partners: {v} {m}.", "no_partners": "The annex names no partners {m}.",
        "description": "Description (in Dutch): «{v}» {m}", "theme": "Theme: {v} {m}.", "no_theme": "The project is listed under 'Anders' (other), without a theme {m}.",
        "n_projects": "{n} projects", "one_project": "1 project",
        "list_head": "{n} match the selection ({rule}):",
        "list_total": "Together **{v}** {what} (computed from these rows).",
        "none": "No project in the table matches the selection ({rule}).",
        "sum": "Together **{v}** {what} across {n} ({rule}), computed from the table's rows.",
        "count": "**{v}** ({rule}) in the table.",
        "count_sections": "By part of the annex: {parts}.",
        "avg": "On average **{v}** {what} per project: {total} over {n} with an amount ({rule}).",
        "max": "The project with the largest {what} ({rule}) is {p}: **{v}** {m}.",
        "min": "The project with the smallest {what} ({rule}) is {p}: **{v}** {m}.",
        "max_tie": "The largest {what} ({rule}), **{v}**, went to {p}.", "min_tie": "The smallest {what} ({rule}), **{v}**, went to {p}.",
        "group_head": "{what} by {g} ({rule}):", "group_line": "- {k}: **{v}** ({n})",
        "group_extreme": "- {k}: {p}, **{v}** {m}",
        "no_group": "(no theme: 'Anders')", "g_theme": "theme", "g_applicant": "applicant", "g_section": "part of the annex",
        "missing": "Without an amount, so not counted: {p}.",
        "cmp_same": "This matches the total the annex states for '{s}': {v} {m}.",
        "cmp_diff": "Note: the annex states a total of {stated} for '{s}' {m}, but its rows add up to {computed} (a difference of {d}).",
        "rows_used": "Rows used: {m}", "support": "From {doc} (in Dutch):",
        "doc_letter": "the council letter of {date}", "doc_article": "the web article '{title}'", "doc_other": "'{title}'",
        "section": "section '{s}'", "sources_say": "What the sources say about this (quoted in Dutch):",
        "refuse": "I can't answer that: the sources don't say.",
        "r_no_evidence": "I found no passage in the council letter, the web article or the project table that answers this question.",
        "r_type": "The passages about this subject mention no {kind}.",
        "r_year": "The sources give no figures on this for {year}; the project table covers the 2017 contributions.",
        "r_missing": "The annex does not give this amount.", "r_unknown": "The sources never mention {names}.", "related": "What the sources do say:",
        "k_name": "name", "k_person": "person", "k_date": "date", "k_amount": "amount", "k_count": "number", "k_duration": "period",
    },
}


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
