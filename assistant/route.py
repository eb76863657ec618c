"""Understand a question without an LLM: language, follow-up context, answer type, table query, route."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.language import detect_language
from assistant.lexical import normalise, words
from assistant.query import Filter, TableQuery
from assistant.records import Language, Route
from assistant.vocab import Match, find_entities, glossary_expand

TABLE_YEAR = 2017  # the project table holds "Bijdrage gemeente 2017"


def _cue(pattern: str):
    return re.compile(pattern)


CUES = {
    "count": _cue(r"\bhoeveel (?:\w+ )?(?:projecten|initiatieven|rijen|aanvragen)\b|\baantal (?:projecten|rijen)|\bhow many\b|\bnumber of (?:projects|rows)"),
    "avg": _cue(r"\bgemiddeld|\baverage\b|\bmean\b"),
    "max": _cue(r"\b(?:grootste|hoogste|meeste|duurste|largest|biggest|highest|most|top|maximum|maximale)\b"),
    "min": _cue(r"\b(?:kleinste|laagste|minste|goedkoopste|smallest|lowest|least|cheapest|minimum|minimale)\b"),
    "sum": _cue(r"\b(?:totaal|in totaal|samen|opgeteld|bij elkaar|total|in total|altogether|combined|sum)\b"
                r"|how much (?:money )?(?:went|was spent|was given|did .* (?:spend|contribute|give))|hoeveel (?:geld )?(?:ging|gingen|is|werd)\b"),
    "list": _cue(r"\b(?:welke|which|what projects|list|noem|opsomming|overzicht|show|toon|alle projecten|all projects|all the projects)\b"),
    "group": _cue(r"\b(?:per|by|each|elk|ieder)\s+(thema|theme|aanvrager|applicant|onderdeel|section)"),
    "total_size": _cue(r"project\s*omvang|projectgrootte|\bomvang\b|total (?:project )?size|project size|size of the project"
                       r"|total (?:project )?(?:budget|cost)|totale kosten|projectbudget|project budget|total value"),
    "amount": _cue(r"\bhoeveel\b|\bbedrag|bijdrage|bijgedragen|subsidie|gesubsidieerd|\bkreeg\b|\bkregen\b|\bontving|\beuro|€"
                   r"|how much|\bamount|\breceived?\b|\bget\b|\bgot\b|\bfund|\bsubsid|\bcontribut|\bgrant|\bcost|\bkost"),
    "strong_amount": _cue(r"\bhoeveel\b|\bbedrag|how much|\bamount|\beuro|€|what (?:was|is) the (?:total )?(?:municipal )?contribution"
                          r"|wat (?:was|is) de (?:totale )?(?:gemeentelijke )?bijdrage"),
    # The question points at a document's prose, not at the project table.
    "document": _cue(r"\b(?:volgens|according to|noemt|noem[td] de|staat in|says?|mentions?|in the letter|in de brief|het artikel|"
                     r"the article|de raadsbrief|the council letter)\b|multiplier|investering|investment"),
    "domain": _cue(r"project|subsid|bijdrage|bijgedragen|aanvrager|applicant|funded|gefinancierd|contribut|bijlage|annex|\btabel|\btable\b"),
    "applicant": _cue(r"\b(?:aanvrager|aangevraagd|applicant|applied|indiener|who|wie)\b"),
    "applicant_explicit": _cue(r"\b(?:aanvrager|aangevraagd|applicant|applied|indiener)\b"),
    "description_explicit": _cue(r"\b(?:beschrijving|description|omschrijving|waar gaat|about|what does|wat doet|inhoud|doel|purpose)\b"),
    "partners": _cue(r"\bpartners?\b|samenwerk|met wie|with whom"),
    "description": _cue(r"\b(?:wat is|wat was|what is|what was|waar gaat|what does|beschrijving|description|omschrijving|about|inhoud|doel)\b"),
    "theme": _cue(r"\b(?:welk|which|what)\s+(?:thema|theme)\b"),
    "followup": _cue(r"^(?:en|and|ook|also|of|or)\b|\b(?:it|its|them|they|those|these|that one|this one|het project|dat project"
                     r"|dit project|daarvan|ervan|hiervan|daarvoor|ervoor|die|deze|hun|zij|ze|daar|there)\b"),
    "singular_ref": _cue(r"\b(?:it|its|that one|this one|het project|dat project|dit project|hij)\b|\bwie (?:was|is) de aanvrager"),
}
ROLES = r"(?:chief digital officer|cdo|burgemeester|mayor|secretaris|secretary|wethouder|alderman|steller|author|directeur|director|voorzitter|chair(?:man)?|ceo|cto|minister)"
ANSWER_TYPES = (
    # "Who is the CDO?" asks for the name behind a role; "who leads it?" is answered by a role too.
    ("name", rf"\b(?:wie is|wie was|who is|who was|what is the name of|wat is de naam van|naam van)\s+(?:de |het |the |our |onze )?{ROLES}\b"),
    ("open", r"\b(?:addressed|gericht aan|aan wie|to whom|recipients?|ontvangers?|geadresseerd)\b"),
    ("person", r"\b(?:wie is|wie was|who is|who was|who wrote|who signed|wie schreef|wie tekende|wie ondertekende|who leads|"
               r"who led|wie leidt|wie leidde|who heads|who is the author|wie is de steller|wie (?:heeft|hebben)\b.*\b(?:geschreven|ondertekend|opgesteld|getekend))"),
    ("date", r"\b(?:wanneer|when|welke datum|what date|which date|op welke dag|on what day|sinds wanneer|since when|what day)\b"),
    ("duration", r"\b(?:hoe lang|how long|voor welke periode|for what period|which period|welke periode|looptijd)\b"),
    ("amount", r"\bhoeveel\b|\bhow much\b|\bbedrag|\bbudget|\bkosten\b|\bcost|\bamount|\binvestering|\binvestment|\beuro|€"),
)


_TABLE_NOUNS = {"projecten", "project", "projects", "initiatieven", "rijen", "rows", "aanvragen", "subsidies", "regels",
                "applicants", "aanvragers"}
_MUNICIPALITY = re.compile(r"gemeente|municipality|city|council|college|groningen|\bwe\b|\bwij\b|\byou\b")


def counted_noun(text: str) -> str | None:
    """What a 'how many …' question counts ('projecten', 'visitors'), or None."""
    match = re.search(r"\b(?:hoeveel|how many|aantal|number of)\s+((?:[a-z'&-]+\s+){0,2}?[a-z'-]+)", text)
    if not match:
        return None
    first = match.group(1).split()[0]
    if first in _NOT_COUNTED:
        return None  # "hoeveel kreeg …", "hoeveel subsidie …": an amount, not a count
    return match.group(1).split()[-1]


_NOT_COUNTED = {"heeft", "hebben", "had", "was", "were", "is", "are", "did", "does", "do", "zijn", "waren", "kreeg", "kregen",
                "werd", "ging", "gingen", "geld", "money", "euro", "euros", "subsidie", "bijdrage", "budget", "ontving",
                "droeg", "kost", "kostte", "wordt", "will", "zal", "zou", "the", "de", "het", "verwacht", "verwachten",
                "wil", "willen", "moet", "moeten", "bestond", "bestaat", "telt", "telde", "gaat", "gaan", "krijgt", "krijgen",
                "more", "much", "expected", "expects", "less", "extra", "meer", "minder"}


def foreign_contributor(text: str) -> bool:
    """'How much did ING contribute…': a contributor other than the municipality, which the table does not record."""
    match = re.search(r"how much (?:money )?(?:did|does|has|have|will) (.+?) (?:contribute|give|pay|invest|spend|put in)"
                      r"|hoeveel (?:geld )?(?:heeft|hebben|droeg|droegen|gaf|gaven) (.+?) (?:bijgedragen|bij|gegeven|betaald|geinvesteerd)", text)
    if not match:
        return False
    who = match.group(1) or match.group(2) or ""
    return not _MUNICIPALITY.search(who)


@dataclass(frozen=True)
class Vocabulary:
    """The table's values that questions are matched against."""

    projects: tuple[str, ...]
    applicants: tuple[str, ...]
    themes: tuple[str, ...]


@dataclass(frozen=True)
class Intent:
    question: str
    language: Language
    route: Route
    table_query: TableQuery | None
    search_query: str
    answer_type: str  # person | date | count | amount | duration | open
    years: tuple[int, ...]
    subject_terms: tuple[str, ...]
    entities: tuple[Match, ...] = ()
    counted: str | None = None  # the noun a "how many" question counts
    names: tuple[str, ...] = ()  # proper names in the question, which evidence must mention
    followup: bool = False
    foreign_year: int | None = None  # a table question about a year the table does not cover


def _answer_type(text: str) -> str:
    for name, pattern in ANSWER_TYPES:
        if name == "amount" and counted_noun(text):
            return "count"  # "hoeveel inwoners" counts; "hoeveel bijdrage" / "hoeveel kreeg" asks an amount
        if re.search(pattern, text):
            return name
    return "open"


_GENERIC = set(words("project projecten gemeente groningen digital city gdc 2017 subsidie bijdrage welke wat wie hoeveel "
                     "how much many what who which when wanneer waar where there give geef noem tell vertel does did "
                     "about over weten know explain uitleg kort short please graag"))


def subject_terms(question: str) -> tuple[str, ...]:
    """Content words of a question that evidence must touch (generic domain words left out)."""
    return tuple(dict.fromkeys(w for w in words(question) if w not in _GENERIC and len(w) > 1))


def understand(question: str, history: Sequence[dict] = (), vocab: Vocabulary | None = None, depth: int = 0) -> Intent:
    """Parse a question, with the conversation so far, into an Intent."""
    users = [t["content"] for t in history if t.get("role") == "user"]
    default: Language = detect_language(users[-1]) if users else "nl"
    intent = _parse(question, detect_language(question, default=default), vocab)
    last = max((i for i, t in enumerate(history) if t.get("role") == "user"), default=None)
    if last is None or depth > 3:
        return intent
    previous = understand(history[last]["content"], history[:last], vocab, depth + 1)
    answer = next((t["content"] for t in history[last + 1 :] if t.get("role") == "assistant"), "")
    return _with_context(intent, previous, answer, vocab)


def _parse(question: str, language: Language, vocab: Vocabulary | None, entities: tuple[Match, ...] | None = None) -> Intent:
    text = normalise(question)
    if entities is None:
        entities = tuple(find_entities(question, list(vocab.projects), list(vocab.applicants), list(vocab.themes),
                                       applicant_cue=bool(CUES["applicant"].search(text)))) if vocab else ()
    years = tuple(int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", text))
    query = _table_query(text, entities)
    foreign = next((y for y in years if y != TABLE_YEAR), None) if query and TABLE_YEAR not in years else None
    route: Route = "table" if query and foreign is None else "documents"
    expanded = glossary_expand(question)
    answer_type = _answer_type(text)
    counted = counted_noun(text) if answer_type == "count" else None
    return Intent(question, language, route, query if route == "table" else None, expanded, answer_type,
                  years, subject_terms(expanded), entities, counted, proper_names(question), False, foreign)


def proper_names(question: str) -> tuple[str, ...]:
    """Capitalised words inside the question (not its first word): names the evidence must mention."""
    tokens = re.findall(r"(?<![\w'])[A-Z][\w&'-]*[a-zA-Z0-9]|\b[A-Z]{2,}\b", question)
    first = re.match(r"\s*([\w'-]+)", question)
    out = [t for t in tokens if not (first and t == first.group(1)) and normalise(t) not in _GENERIC_NAMES]
    return tuple(dict.fromkeys(normalise(t) for t in out))


_GENERIC_NAMES = {"i", "en", "and", "wat", "what", "who", "wie", "groningen", "digital", "city", "gdc", "nl", "eu", "it"}


def _asks_something(text: str) -> bool:
    """Does the question itself say what it wants (an operation, a measure or a field)?"""
    return any(CUES[c].search(text) for c in ("count", "avg", "max", "min", "sum", "total_size", "applicant", "partners",
                                              "description", "theme", "amount", "list"))


def _table_query(text: str, entities: tuple[Match, ...]) -> TableQuery | None:
    """A whitelisted query when the question is about the project table, else None."""
    kinds = {m.kind for m in entities}
    op = next((name for name in ("count", "avg", "max", "min", "sum") if CUES[name].search(text)), None)
    amount, listing = bool(CUES["amount"].search(text)), bool(CUES["list"].search(text))
    strong = bool(CUES["strong_amount"].search(text))
    domain = bool(CUES["domain"].search(text))
    noun = counted_noun(text)
    if noun and noun not in _TABLE_NOUNS:
        return None  # "how many employees / visitors": not something the table counts
    if foreign_contributor(text):
        return None
    named = {"project", "applicant"} & kinds
    table_ask = strong or op or CUES["total_size"].search(text) or any(
        CUES[f].search(text) for f in ("applicant_explicit", "partners", "description_explicit"))
    annex = re.search(r"\b(?:bijlage|annex|tabel|table)\b", text)  # the annex is the table itself
    if CUES["document"].search(text) and not (named and table_ask) and not annex:
        return None
    strong_subject = any(m.kind == "section" or (m.kind == "theme" and " " in m.surface) for m in entities)
    if not (named or
            ({"theme", "keyword", "section"} & kinds and (op or strong or domain or (listing and strong_subject))) or
            (op and (domain or amount)) or (strong and domain)):
        return None
    measure = "total_size" if CUES["total_size"].search(text) or re.search(r"\bhoe groot\b|\bhow big\b|\bhow large\b", text) else "contribution"
    group = CUES["group"].search(text)
    group_by = {"thema": "theme", "theme": "theme", "aanvrager": "applicant", "applicant": "applicant",
                "onderdeel": "section", "section": "section"}[group.group(1)] if group else None
    filters = _filters(entities)
    fields = tuple(f for f in ("applicant", "partners", "description", "theme") if CUES[f].search(text))
    if "partners" in fields and not CUES["applicant_explicit"].search(text):
        fields = tuple(f for f in fields if f != "applicant")  # "wie waren de partners" asks for partners only
    if (amount or CUES["total_size"].search(text)) and not CUES["description_explicit"].search(text):
        fields = tuple(f for f in fields if f != "description")  # "wat is de bijdrage" asks for the amount
    single_project = len({m.value for m in entities if m.kind == "project"}) == 1
    if single_project and op not in ("count", "avg", "max", "min"):
        op = "lookup"  # "how much did X get in total" is still one project's figure
    elif op == "sum" and measure == "total_size" and not re.search(r"\b(?:in totaal|samen|opgeteld|altogether|in total|sum|combined)\b", text):
        op = None  # "totale projectomvang" names the measure, it does not ask for a sum by itself
    if op is None:
        if (amount or measure == "total_size") and not (listing and re.search(r"\b(?:welke|which)\b", text)) and (
                {"applicant", "theme", "keyword", "section"} & kinds or re.search(r"\b(?:alle|all)\b", text)):
            op = "sum"
        else:
            op = "list"
    if measure == "total_size":
        fields += ("total_size",)
    elif amount and op == "lookup":
        fields += ("contribution",)
    return TableQuery(op, measure, filters, group_by, fields)


def _filters(entities: tuple[Match, ...]) -> tuple[Filter, ...]:
    """One filter per kind of mention; several mentions of a kind are alternatives."""
    out = []
    for kind in ("project", "applicant", "section", "theme", "keyword"):
        values = tuple(dict.fromkeys(m.value for m in entities if m.kind == kind))
        if values:
            out.append(Filter(kind, values))
    return tuple(out)


def _with_context(intent: Intent, previous: Intent, answer: str, vocab: Vocabulary | None) -> Intent:
    """Resolve a follow-up against the previous turn (already resolved itself)."""
    text = normalise(intent.question)
    subject = any(m.kind in ("project", "applicant", "theme", "keyword", "section") for m in intent.entities)
    cue, short = bool(CUES["followup"].search(text)), len(text.split()) <= 6
    base = previous.table_query
    search = f"{previous.search_query} {intent.search_query}"
    if subject and base is not None and (cue or short) and not _asks_something(text):
        # "And Web 11?" / "And to infrastructure?": the previous question about a new subject.
        query = _table_query(normalise(previous.question), intent.entities) or base
        return replace(intent, route="table", table_query=query, followup=True, foreign_year=None, search_query=search)
    if subject or not (cue or short):
        return intent
    if base is None:
        terms = tuple(dict.fromkeys(intent.subject_terms + previous.subject_terms))
        return replace(intent, search_query=search, subject_terms=terms, followup=True)
    entities = previous.entities
    if vocab and CUES["singular_ref"].search(text) and not any(f.column == "project" for f in base.filters):
        named = [m for m in find_entities(answer, list(vocab.projects), [], []) if m.kind == "project"]
        entities = tuple(named[:1]) or entities
    mine = _table_query(text, entities) if _asks_something(text) else None
    query = mine or replace(base, filters=_filters(entities) if entities != previous.entities else base.filters)
    return replace(intent, route="table", table_query=query, followup=True, foreign_year=None,
                   entities=entities, search_query=search)
