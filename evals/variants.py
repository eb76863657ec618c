"""Generated question variants: templates × table values × languages, and paraphrase operators on eval questions.

Used for invariants that must hold on phrasings nobody wrote by hand (tests/…/test_generalisation.py) and for the
paraphrase-invariance share `gdc eval` reports. Deterministic: the same corpus gives the same variants.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Operator = Literal["template", "lowercase", "no_accents", "typo", "keywords", "polite", "reordered", "dictated",
                   "introduced"]
PARAPHRASES: tuple[Operator, ...] = ("lowercase", "no_accents", "typo", "keywords", "polite", "reordered", "dictated",
                                     "introduced")
# Operators that keep every word a figure depends on: a figure question must keep its figure under these.
MEANING_KEEPING: tuple[Operator, ...] = ("lowercase", "no_accents", "polite", "reordered", "dictated", "introduced")


@dataclass(frozen=True, kw_only=True)
class Variant:
    question: str
    language: Literal["nl", "en"]
    operator: Operator
    source: str  # the eval case id or template it came from
    original: str = ""  # the question it paraphrases ("" for templates)


TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "project": {
        "nl": ("Hoeveel kreeg {v}?", "Wat was de gemeentelijke bijdrage aan {v}?", "Hoeveel subsidie ontving {v} in 2017?",
               "Wat is de totale projectomvang van {v}?", "Wie was de aanvrager van {v}?", "Wie zijn de partners van {v}?",
               "Onder welk thema valt {v}?", "Waar gaat {v} over?", "Vertel eens over {v}.", "{v} bijdrage"),
        "en": ("How much did {v} get?", "What was the municipal contribution to {v}?", "How much funding did {v} receive in 2017?",
               "What is the total project size of {v}?", "Who applied for {v}?", "Who are the partners of {v}?",
               "Which theme is {v} under?", "What is {v} about?", "Tell me about {v}.", "{v} contribution"),
    },
    "applicant": {
        "nl": ("Hoeveel kreeg {v} in totaal?", "Welke projecten heeft {v} aangevraagd?", "Hoeveel projecten had {v}?",
               "Hoeveel kregen de projecten die niet van {v} zijn samen?"),
        "en": ("How much did {v} receive in total?", "Which projects did {v} apply for?", "How many projects did {v} have?",
               "How much did all projects other than those of {v} get?"),
    },
    "theme": {
        "nl": ("Welke projecten vallen onder {v}?", "Hoeveel ging er naar {v}?", "Hoeveel projecten zijn er in {v}?",
               "Wat was de gemiddelde bijdrage in {v}?", "Welk project in {v} kreeg het meest?", "Wat is de totale omvang van {v}?",
               "Hoeveel ging er naar alle projecten behalve {v}?"),
        "en": ("Which projects fall under {v}?", "How much went to {v}?", "How many projects are in {v}?",
               "What was the average contribution in {v}?", "Which project in {v} got the most?",
               "What is the total size of {v}?", "How much went to all projects except {v}?"),
    },
    "keyword": {
        "nl": ("Welke {v}projecten zijn gesubsidieerd?", "Hoeveel ging er naar projecten over {v}?", "Zijn er projecten over {v}?"),
        "en": ("Which {v} projects were funded?", "How much went to projects about {v}?", "Are there projects about {v}?"),
    },
    "general": {
        "nl": ("Hoeveel heeft de gemeente in totaal bijgedragen?", "Welk project kreeg de grootste bijdrage?",
               "Welk project kreeg de kleinste bijdrage?", "Hoeveel projecten zijn er gesubsidieerd?",
               "Hoeveel kreeg elk thema?", "Wat zijn de drie grootste projecten?", "Wat is het doel van Groningen Digital City?",
               "Wie heeft de brief ondertekend?", "Wat is het Digital Office?", "Wat zijn de plannen voor 2018?"),
        "en": ("How much did the municipality contribute in total?", "Which project got the largest contribution?",
               "Which project got the smallest contribution?", "How many projects were subsidised?",
               "How much did each theme get?", "What are the three largest projects?", "What is the goal of Groningen Digital City?",
               "Who signed the letter?", "What is the Digital Office?", "What are the plans for 2018?"),
    },
}
KEYWORDS: dict[str, Sequence[str]] = {"nl": ("blockchain", "onderwijs", "kinderen", "data", "zorg", "python"),
            "en": ("blockchain", "education", "children", "data", "health", "python")}
# a newcomer's state said before the question, ended by a smiley ("eerste dag hier :)")
INTRODUCTIONS = {"nl": ("Eerste dag hier :) {q}", "Hoi, ik ben nieuw hier. {q}"),
                 "en": ("First day here :) {q}", "Hi, I'm new here. {q}")}
_YEAR_WORDS = {"nl": ("tweeduizend", ("zestien", "zeventien", "achttien", "negentien")),
               "en": ("twenty", ("sixteen", "seventeen", "eighteen", "nineteen"))}
POLITE = {"nl": ("Kun je me vertellen: {q}", "Mag ik weten: {q}", "Ik vroeg me af, {q}", "Graag een antwoord: {q}"),
          "en": ("Could you tell me: {q}", "I'd like to know: {q}", "Quick question: {q}", "Please tell me: {q}")}
_QUESTION_WORDS = set(["hoeveel", "wat", "wie", "welke", "welk", "waar", "wanneer", "hoe", "waarom", "kun", "je", "me", "vertellen", "mag", "ik", "weten", "how", "much", "many", "what", "who", "which", "where", "when", "why", "could", "you", "tell", "me", "is", "are", "was", "were", "did", "does", "do", "the", "a", "an", "of", "de", "het", "een", "van", "in", "op", "voor", "aan", "met", "en", "and", "to", "for", "on", "at", "by"])
# Prepositions a trailing phrase starts with, per language (Dutch "of" is "or", not a preposition).
_PREPOSITIONS = {"nl": "in|op|voor|van", "en": "in|on|for|of"}
_TRAILER = {lang: re.compile(rf"^(?P<head>.+?)\s+(?P<tail>(?:{preps})\s+[^,?]+?)(?P<end>\?*)$", re.I)
            for lang, preps in _PREPOSITIONS.items()}


def lowercase(q: str) -> str:
    return q.lower()


def no_accents(q: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", q) if not unicodedata.combining(c))


def typo(q: str, rng: random.Random) -> str:
    """Swap two neighbouring letters inside one longer word (never in a number)."""
    words = q.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not candidates:
        return q
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def keywords(q: str) -> str:
    """Only the words that carry content, as someone types into a search box."""
    kept = [w for w in re.findall(r"[\w'&€.,-]+", q) if w.lower().strip("?,.") not in _QUESTION_WORDS]
    return " ".join(w.strip("?") for w in kept) or q


def polite(q: str, language: str, rng: random.Random) -> str:
    wrapper = rng.choice(POLITE[language])
    return wrapper.format(q=q[0].lower() + q[1:] if not q[:2].isupper() else q)


def reordered(q: str, language: str = "nl") -> str:
    """Move a trailing prepositional phrase ('… in 2017?') to the front, or swap the halves around a comma; never
    inside a name ("City of Talent")."""
    if ", " in q:
        a, b = q.rstrip("?").split(", ", 1)
        return f"{b[0].upper() + b[1:]}, {a[0].lower() + a[1:]}?"
    m = _TRAILER["en" if language == "en" else "nl"].match(q)
    inside_name = m is not None and m.group("head").split()[-1][:1].isupper() and m.group("tail").split()[1][:1].isupper()
    after_and = m is not None and m.group("head").split()[-1].lower() in ("of", "en", "or", "and")  # "… of in uitvoering"
    if m and len(m.group("head").split()) >= 2 and not inside_name and not after_and:
        tail = m.group("tail")
        return f"{tail[0].upper() + tail[1:]}, {m.group('head')[0].lower() + m.group('head')[1:]}{m.group('end') or '?'}"
    return q


def dictated(q: str, language: str = "nl") -> str:
    """As voice dictation types it: lowercase, no punctuation at the end, a year 2016–2019 said in words ("in
    tweeduizend zeventien"); unchanged when it names no such year."""
    head, units = _YEAR_WORDS["en" if language == "en" else "nl"]
    spoken = re.sub(r"\b201([6-9])\b", lambda m: f"{head} {units[int(m.group(1)) - 6]}", q)
    return spoken.lower().rstrip("?!. ") if spoken != q else q


def introduced(q: str, language: str, rng: random.Random) -> str:
    """The question after a newcomer says who they are ("Eerste dag hier :) …")."""
    return rng.choice(INTRODUCTIONS["en" if language == "en" else "nl"]).format(
        q=q[0].lower() + q[1:] if not q[:2].isupper() else q)


def paraphrases(cases: Iterable[tuple[str, str, str]], seed: int = 11) -> list[Variant]:
    """Every paraphrase operator on every (id, language, question); a variant equal to its original is left out."""
    rng = random.Random(seed)
    told = random.Random(seed + 1)  # (its own draws: the other operators' variants stay as they were)
    out = []
    for case_id, language, question in cases:
        lang: Literal["nl", "en"] = "en" if language == "en" else "nl"
        made: dict[Operator, str] = {
            "lowercase": lowercase(question), "no_accents": no_accents(question), "typo": typo(question, rng),
            "keywords": keywords(question), "polite": polite(question, lang, rng), "reordered": reordered(question, lang),
            "dictated": dictated(question, lang), "introduced": introduced(question, lang, told)}
        for operator, text in made.items():
            if text != question:
                out.append(Variant(question=text, language=lang, operator=operator, source=case_id, original=question))
    return out


def from_templates(projects: Sequence[str], applicants: Sequence[str], themes: Sequence[str], seed: int = 13) -> list[Variant]:
    """Every template filled with every table value of its kind, in both languages; each also lowercased and with
    one typo, as people type."""
    rng = random.Random(seed)
    values: dict[str, dict[str, Sequence[str]]] = {
        "project": {"nl": projects, "en": projects}, "applicant": {"nl": applicants, "en": applicants},
        "theme": {"nl": themes, "en": themes}, "keyword": KEYWORDS, "general": {"nl": ("",), "en": ("",)}}
    out = []
    for kind, by_language in TEMPLATES.items():
        for language, templates in by_language.items():
            lang: Literal["nl", "en"] = "en" if language == "en" else "nl"
            for template in templates:
                for value in values[kind][language]:
                    question = template.format(v=value)
                    source = f"{kind}:{template}"
                    out.append(Variant(question=question, language=lang, operator="template", source=source))
                    for operator, text in (("lowercase", lowercase(question)), ("typo", typo(question, rng))):
                        if text != question:
                            out.append(Variant(question=text, language=lang, operator=operator,  # type: ignore[arg-type]
                                               source=source, original=question))
    return out
