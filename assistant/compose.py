"""Write the answer, extractively and deterministically, in the asker's language, with [n] citations.

Table answers are written by their operation's composer (`operations`), framed here by what every table answer
shares (an empty selection, rows without an amount, stated totals); document answers and refusals are written here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from assistant.catalogue import Catalogue
from assistant.cite import Citations
from assistant.language import english_numbers, format_date, format_euro, month_to_english
from assistant.operations import Composed, TableContext, join_years
from assistant.records import Comparison, Evidence, Intent, RefusalReason
from index.records import SourceInfo


def compose_table(ctx: TableContext) -> Composed:
    """A table answer: the operation's own lines, then rows without an amount and the stated totals."""
    if not ctx.result.rows and ctx.operation.name != "lookup" and not ctx.operation.empty_is_answer:
        return Composed(lines=(ctx.t("none", rule=ctx.result.rule),), answered=False)
    # what the sources state comes first, and is cited first
    stated = [stated_first(ctx)] if (ctx.result.comparisons or ctx.stated_sentences) and ctx.stated_first else []
    composed = ctx.operation.compose(ctx)
    lines = stated + list(composed.lines)
    if ctx.result.missing and ctx.operation.notes_missing:
        lines.append(ctx.t("missing", p=", ".join(f"{r.project} {ctx.mark(r)}" for r in ctx.result.missing)))
    lines += per_year_lines(ctx)
    for c in ctx.result.comparisons:
        numbers = stated_markers(ctx, c)
        if ctx.stated_first:  # stated above already: say how the rows compare, part by part
            lines.append(rows_against_stated(ctx, c, "cmp_rows"))
        elif c.difference == 0:
            lines.append(ctx.t("cmp_same", s=section_label(ctx, c), v=ctx.euro(c.stated), m=ctx.cites.markers(numbers)))
        else:
            lines.append(ctx.t("cmp_diff", s=section_label(ctx, c), stated=ctx.euro(c.stated), m=ctx.cites.markers(numbers),
                               computed=ctx.euro(c.computed), d=ctx.euro(abs(c.difference or 0))))
    for e in ctx.stated_sentences if ctx.stated_first else ():
        info = ctx.sources.get(e.chunk.source)
        lines.append(ctx.t(support_key(info, ctx.language), doc=describe_source(info, e, ctx.catalogue, ctx.language)) +
                     f"\n> {quote_line(e.sentence.text)} [{ctx.cites.chunk(e.chunk, e.sentence.text)}]")
    return Composed(lines=tuple(lines), answered=composed.answered)


def rows_against_stated(ctx: TableContext, c: Comparison, key: str) -> str:
    """How a part's rows add up against the total the source states for it: `key` for a difference, `key`_same
    ("… add up to exactly the stated …") for none. One wording for the total's lines and a checked total's verdict."""
    if not c.difference:
        return ctx.t(f"{key}_same", s=section_label(ctx, c), stated=ctx.euro(c.stated))
    return ctx.t(key, s=section_label(ctx, c), computed=ctx.euro(c.computed), stated=ctx.euro(c.stated),
                 d=ctx.euro(abs(c.difference)), more=ctx.t("more" if c.difference > 0 else "less"))


def stated_first(ctx: TableContext) -> str:
    """A total as the sources state it, before the computed one: the document's own sentence, then the annex's
    total line per part (council members quote the figure the letter states)."""
    parts = []
    for sentence in ctx.stated_sentences:
        if not sentence.entity:
            continue
        marker = ctx.cites.chunk(sentence.chunk, sentence.sentence.text)
        doc = describe_source(ctx.sources.get(sentence.chunk.source), sentence, ctx.catalogue, ctx.language,
                              with_section=False)
        parts.append(ctx.t("stated_document", doc=doc, v=render_entity(sentence.entity, ctx.intent.language),
                           m=f"[{marker}]"))
    for c in ctx.result.comparisons:
        parts.append(ctx.t("stated_annex", v=ctx.euro(c.stated), s=section_label(ctx, c),
                           m=ctx.cites.markers(stated_markers(ctx, c))))
    return ctx.t("stated_first", stated="; ".join(parts))


def stated_markers(ctx: TableContext, c: Comparison) -> list[int]:
    """Citations of a stated total: its line in the totals table, and the document line that prints it."""
    total = next(x for x in ctx.store.totals if x.section == c.section and x.year == c.year
                 and x.table in (c.table, ""))
    numbers = [ctx.cites.total(ctx.store, total)]
    printed = ctx.stated_line(total)
    if printed is not None:
        numbers.append(ctx.cites.chunk(printed, printed.text))
    return numbers


def section_label(ctx: TableContext, c: Comparison) -> str:
    """An annex part as the answer names it; with the year when the answer speaks of several."""
    several = len({x.year for x in ctx.result.comparisons}) > 1
    return f"'{c.section}' ({c.year})" if several else f"'{c.section}'"


def per_year_lines(ctx: TableContext) -> list[str]:
    """Each year's figure, computed by the engine, for a selection that spans several years (no year asked); a
    named project funded in several years also gets its figure over all of them."""
    by_year = ctx.result.by_year
    if not by_year:
        return []
    if ctx.operation.name == "lookup":  # each year's row is already its own line
        years = join_years([y for y, _, _ in by_year], ctx.catalogue, ctx.language)
        return [ctx.t("per_year_together", years=years, v=ctx.euro(sum(v for _, v, _ in by_year)))]
    if ctx.operation.name == "count":
        body = [ctx.t("per_year_count", year=y, n=ctx.projects(n)) for y, _, n in by_year]
    else:
        body = [ctx.t("per_year_line", year=y, v=ctx.euro(v), n=ctx.projects(n)) for y, v, n in by_year]
    return [ctx.t("per_year") + "\n" + "\n".join(body)]


def name_source(info: SourceInfo | None, title: str, catalogue: Catalogue, language: str) -> str:
    """A document as answers name it, from its front matter: "de raadsbrief van 14 maart 2018", "het webartikel
    'Actieplan …'"; any other kind by its title."""
    kind = (info.kind if info else "").lower()
    date = format_date(info.date if info else None, "en" if language == "en" else "nl")
    if "letter" in kind:
        return catalogue.text(language, "doc_letter", date=date or catalogue.text(language, "ui.date_unknown"))
    if "article" in kind:
        return catalogue.text(language, "doc_article", title=info.title if info else title)
    return catalogue.text(language, "doc_other", title=info.title if info else title)


def describe_source(info: SourceInfo | None, evidence: Evidence, catalogue: Catalogue, language: str,
                    with_section: bool = True) -> str:
    """How an answer names where a quote comes from: the document's kind, title and date from its front matter."""
    doc = name_source(info, evidence.chunk.title, catalogue, language)
    if evidence.chunk.section and with_section:
        doc += ", " + catalogue.text(language, "section", s=evidence.chunk.section[-1])
    return doc


def render_entity(entity: str, language: str, english: Callable[[str], str] | None = None) -> str:
    """The typed answer as a lead; English gets month names and a few Dutch number words translated, the rest
    through `english` (the gloss) when given ("ruim 1.600 deelnemers" → "more than 1,600 participants").

    >>> render_entity("ruim 1.600 deelnemers", "en", lambda t: t.replace("deelnemers", "participants"))
    'more than 1,600 participants'
    """
    entity = " ".join(entity.split())
    if language == "nl":
        return entity
    text = month_to_english(entity)
    tons = re.fullmatch(r"(\d+)\s*tot\s*(\d+)\s+ton", text)
    if tons:
        low, high = (int(x) * 100_000 for x in tons.groups())
        return f"{tons.group(1)} to {tons.group(2)} ton ({format_euro(low, 'en')}–{format_euro(high, 'en')}; 1 'ton' is €100,000)"
    for nl, en in (("ruim", "more than"), ("bijna", "almost"), ("miljoen", "million"), ("jaar", "years"),
                   ("maanden", "months"), ("maand", "month"), ("weken", "weeks"), ("dagen", "days"), ("begin", "early"),
                   ("projecten", "projects"), ("tot", "to"), ("twee", "two"), ("drie", "three"), ("vier", "four")):
        text = re.sub(rf"\b{nl}\b", en, text)
    if english is not None and not re.search(r"€", text):  # an amount's words are translated above
        text = english(text)
    return english_numbers(text)  # "6,5 million" would read as 65, "€ 470.000,-" as 470


def quote_line(text: str) -> str:
    """A quote on one Markdown line: the letter's hard line breaks become spaces only for display; spaces within a
    line stay as the source has them (an empty table cell is "|  |").

    >>> quote_line("de burgemeester,\\nPeter den Oudsten"), quote_line("|  | PyGrunn |")
    ('de burgemeester, Peter den Oudsten', '|  | PyGrunn |')
    """
    return re.sub(r"[ \t]*\n\s*", " ", text).strip()


def compose_documents(intent: Intent, evidence: Sequence[Evidence], sources: Mapping[str, SourceInfo],
                      cites: Citations, catalogue: Catalogue, lead: bool | str = True,
                      english: Callable[[str], str] | None = None, stating: Evidence | None = None) -> str:
    """Quoted sentences grouped by source, led by the typed answer (a date, an amount; every name for a "who"
    question) when there is one, or by the given lead (where "{m}" becomes the marker of the quote `stating`, else
    of the first)."""
    language = intent.language
    lines: list[str] = []
    # the typed answer's sentence leads, though the sentence it points back to is quoted before it
    first = stating or next((e for e in evidence if e.entity), evidence[0])
    numbers = {id(e): cites.chunk(e.chunk, e.sentence.text) for e in evidence}
    if isinstance(lead, str):
        lines.append(lead.replace("{m}", f"[{numbers[id(first)]}]"))
    elif lead and first.entity:
        several = intent.answer_type in ("person", "name")
        shown: dict[str, Evidence] = {}
        for e in [e for e in evidence if e.entity] if several else [first]:
            # each name once, at its first quote; a name is never glossed ("F.V. Hendriks")
            shown.setdefault(render_entity(e.entity or "", language, None if several else english), e)
        lines.append(" · ".join(f"**{name}** [{numbers[id(e)]}]" for name, e in shown.items()))
    elif lead:
        lines.append(catalogue.text(language, "sources_say"))
    groups: dict[str, list[Evidence]] = {}
    for e in evidence:
        groups.setdefault(describe_source(sources.get(e.chunk.source), e, catalogue, language), []).append(e)
    for doc, items in groups.items():
        # (a sentence the source says twice, in its lead and its body, is one quote)
        quotes = "\n".join(dict.fromkeys(f"> {quote_line(e.sentence.text)} [{numbers[id(e)]}]" for e in items))
        lines.append(catalogue.text(language, support_key(sources.get(items[0].chunk.source), language), doc=doc)
                     + "\n" + quotes)
    return "\n\n".join(lines)


def support_key(info: SourceInfo | None, language: str) -> str:
    """The heading of quotes: "From X (in Dutch):" unless the source is written in the asker's language."""
    return "support_same_language" if info is not None and info.language == language else "support"


@dataclass(frozen=True, kw_only=True)
class Refusal:
    """Why a question is not answered, with what the message about it needs."""

    reason: RefusalReason
    names: tuple[str, ...] = ()  # names the sources never mention ("unknown")
    covered: tuple[int, ...] = ()  # the years some table covers ("year")
    detail: dict[str, str] = field(default_factory=dict)  # values for the reason's own message


def kind_named(intent: Intent, catalogue: Catalogue) -> str:
    """What kind of answer was asked, as a refusal names it: "number of visitors" for a count of something."""
    if intent.answer_type == "count" and intent.counted:
        return catalogue.text(intent.language, "k_count_of", noun=intent.counted)
    kind_key = "k_" + intent.answer_type if catalogue.has("k_" + intent.answer_type) else "k_amount"
    return catalogue.text(intent.language, kind_key)


def refusal_text(intent: Intent, refusal: Refusal, catalogue: Catalogue) -> str:
    """'The sources don't say' and why, in the asker's language."""
    language = intent.language
    t = lambda key, **v: catalogue.text(language, key, **v)  # noqa: E731
    reason = refusal.reason
    if reason == "type" and intent.emphasised:  # "de gemeente zelf": the passages nearby speak of others
        detail = t("r_type_own", kind=kind_named(intent, catalogue), own=", ".join(intent.emphasised))
    elif reason == "type":
        detail = t("r_type", kind=kind_named(intent, catalogue))
    elif reason == "year" and refusal.covered:  # a table question about a year no table covers
        detail = t("r_year", year=join_years(intent.years, catalogue, language),
                   covered=join_years(refusal.covered, catalogue, language))
    elif reason == "year":  # passages about the subject, none of them about the year asked
        detail = t("r_year_passages", year=join_years(intent.years, catalogue, language))
    elif reason == "unknown":
        detail = t("r_unknown", names=", ".join(f"'{n}'" for n in refusal.names))
    elif catalogue.has(f"r_{reason}"):
        detail = t(f"r_{reason}", **refusal.detail)
    else:
        detail = t("r_no_evidence")
    lead = "" if reason in ("onboarding", "out_of_scope", "not_stated", "not_signed_by") else t("refuse") + " "
    return lead + detail


def compose_refusal(intent: Intent, refusal: Refusal, related: Evidence | None, sources: Mapping[str, SourceInfo],
                    cites: Citations, catalogue: Catalogue, lead: str | None = None) -> str:
    """The refusal, and (when one is close) what the sources do say about the subject, led by `lead` (an English
    rendering of the Dutch passage, for an English asker)."""
    text = refusal_text(intent, refusal, catalogue)
    if related is not None:
        text += ("\n\n" + catalogue.text(intent.language, "related") + "\n\n"
                 + compose_documents(intent, [related], sources, cites, catalogue, lead=lead or False))
    return text
