"""Pick the sentences that answer a documents question, and check they hold an answer of the kind asked.

Works on the hits retrieval returned and the sentence vectors the build stored; composing the answer comes next.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

import numpy as np
from rapidfuzz import fuzz

from assistant.guard import numbers_in
from assistant.lexicon import Lexicon, uninflected
from assistant.phrasing import refers_back
from assistant.records import Evidence, Hit, Intent, RefusalReason
from assistant.understand import LETTER_REFERRED_TO, ROLES, costs_the_city
from index.lexical import normalise, same_stem, words
from index.records import Chunk, Sentence

SentenceVectors = Mapping[str, Sequence[tuple[Sentence, np.ndarray]]]  # chunk id → its sentences with vectors

# A sentence is evidence when it shares a subject word with the question and either it, or its chunk, is at
# least this close to the question; short lines ("Steller F.V. Hendriks") score low on their own, so their chunk
# may vouch for them. Calibrated on evals/questions with e5 (sentence/chunk floor → accuracy, refusal precision):
# .70-.78 → .990, 1.00 · .80 → .971, .93 · .82 → .962, .88 · .86 → .846, .48. Refusal recall stayed 1.00 at every
# floor: the answer-kind, subject and name checks refuse, not the score. .78 is the strictest floor that costs
# nothing.
# Cosine similarities live on a different scale per model: e5 puts related Dutch/English text at 0.78-0.93,
# MiniLM at 0.3-0.7. (sentence floor, chunk floor) per embedder kind.
SIMILARITY_FLOORS = {"e5": (0.78, 0.82), "sentence-transformers": (0.30, 0.35)}
MIN_SIMILARITY, MIN_CHUNK_SIMILARITY = SIMILARITY_FLOORS["e5"]
OVERLAP_WEIGHT = 0.04
RARE_SLACK = 0.02
OWN_REFERENCE = 0.15  # a document's own reference, as its front matter gives it, over one it cites  # how far below the floors a sentence may stay when it shares a rare word with the question
_FULL_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" \
               "january|february|march|april|may|june|july|august|september|october|november|december"
# a month written short ("5 sept 2017", "okt."), after the full names so that a full name is matched whole
_SHORT_MONTHS = {"jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                 "okt": 10, "oct": 10, "nov": 11, "dec": 12}
_MONTHS = _FULL_MONTHS + "|" + "|".join(rf"{m}\.?" for m in sorted(_SHORT_MONTHS, key=len, reverse=True))
_NUMBER_WORDS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|one|two|three|four|five|six|seven|eight|nine|ten"
ENTITY_PATTERNS = {
    "date": [rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}\b", r"\b\d{1,2}-\d{1,2}-\d{4}\b", rf"\b(?:{_MONTHS})\s+\d{{4}}\b",
             r"\b(?:begin|eind|medio|start|end of)\s+\d{4}\b", r"\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b",
             # a season of a year ("in het voorjaar en zomer van 2017", "summer 2017")
             r"\b(?:(?:het |de |the )?(?:voorjaar|zomer|najaar|winter|spring|summer|autumn|fall)(?:\s+(?:en|and)\s+"
             r"(?:het |de |the )?(?:voorjaar|zomer|najaar|winter|spring|summer|autumn|fall))?)\s+(?:van\s+|of\s+)?"
             r"(?:19|20)\d{2}\b",
             # "de focus voor 2018", "resultaten over 2018": a year a thing is for, not a date of it
             r"(?<!voor )(?<!over )(?<!for )\b(?:19|20)\d{2}\b"],
    "amount": [r"(?:ruim|bijna|circa|ongeveer|meer dan|more than|about)?\s*€\s?\d+(?:[.,]\d+)*(?:,-)?(?:\s*miljoen)?",
               r"\b\d+(?:\s*tot\s*\d+)?\s+ton\b", r"\b(?:ruim|bijna|circa)?\s*\d+(?:[.,]\d+)?\s+miljoen(?:\s+euro)?",
               r"\b\d[\d.]*\s*euro\b"],
    # "> 1.500 ondernemers en studenten": a coordinated second noun is counted too
    "count": [rf"(?:>|ruim|bijna|zo'n|circa)?\s*\b(?:\d[\d.]*|{_NUMBER_WORDS})(?:-\d+)?\s+[a-zA-Z'’-]+"
              r"(?:\s+(?:en|and)\s+[a-z][a-z'’-]+(?=\s*[.,;)]|\s*$))?"],
    "duration": [r"\b\d{4}\s*-\s*\d{4}\b", rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:jaar|jaren|years?|maanden|maand|months?"
                 r"|weken|week|weeks|dagen|dag|days?)\b"],
    # "jaarlijks 8 bijeenkomsten", "twee keer per jaar", "every month": how often something happens
    "frequency": [rf"\b(?:jaarlijks|maandelijks|wekelijks|dagelijks|annually|monthly|weekly|daily|yearly)"
                  rf"(?:\s+(?:\d+|{_NUMBER_WORDS})\s+[a-z]+)?",
                  rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:[a-z]+\s+)?(?:keer|maal|times|[a-z]+)\s+(?:per|a|each|every)\s+"
                  r"(?:jaar|year|maand|month|week|dag|day)\b",
                  r"\b(?:elk|ieder|elke|iedere|every|each)\s+(?:jaar|year|maand|month|week|dag|day)\b"],
    # First names may be hyphenated ("Gert-Jan"), surnames may carry particles ("den Oudsten") or apostrophes.
    "name": [r"\b(?:[A-Z]\.){1,4}\s?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b",
             r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:(?:van|de|den|der|ter|ten|te|van der|van den|in 't|'t|el|al|la|le|du"
             r"|da|di|dos|von|bin|ben|ibn)\s+)?"
             r"[A-Z][a-z']+(?:-[A-Z][a-z]+)?\b"],
    "place": [r"\bin\s+(?:de\s+|het\s+|the\s+)?(?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*",
              r"\b(?:te|at)\s+[A-Z][\w'-]+"],
    "reference": [r"\bbrief van \d{1,2} [a-z]+ (?:19|20)\d{2}, kenmerk \d{5,}\b", r"\b(?:kenmerk|reference)\s+\d{5,}\b", r"\b\d{6,}\b", r"\(\d{3}\)\s?\d{3}\s?\d{2}\s?\d{2}"],
    # a street and number, a postcode or a PO box: "te GRONINGEN" in a letter head is a town, not an address
    "address": [r"\b[A-Z][a-z]+(?:straat|weg|plein|laan|kade|singel|markt|dijk|park|steeg|hof)\s+\d+[a-z]?\b",
                r"\b\d{4}\s?[A-Z]{2}\b", r"\b(?:Postbus|PO Box)\s+\d+\b"],
    "website": [r"\bhttps?://[^\s)»\]]+", r"\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s)»\]]*)?"],
    "email": [r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"],
}
ROLE_WORD = rf"\b{ROLES}\b"  # a whole word: "cto" is not the end of "IT-sector"
ENTITY_PATTERNS["person"] = ENTITY_PATTERNS["name"] + [ROLE_WORD]
_SINGLE_LETTER_NAME = re.compile(r"\b(?:[A-Z]\.){1,4}\s?[A-Z][a-z]+\b")



def find_entity(kind: str, text: str, not_names: frozenset[str] = frozenset()) -> str | None:
    """The first answer of the given kind in text (a date, an amount, a name…), or None.

    `not_names` holds (normalised) words of organisations and places, which are no person's name.

    >>> find_entity("date", "Dit actieplan hebben wij op 13 december 2016 vastgesteld.")
    '13 december 2016'
    >>> find_entity("name", "Opgesteld door Gert-Jan de Vries."), find_entity("place", "op 19 oktober 2017 in Martiniplaza")
    ('Gert-Jan de Vries', 'in Martiniplaza')
    """
    found = find_entities(kind, text, not_names)
    return found[0] if found else None


def find_entities(kind: str, text: str, not_names: frozenset[str] = frozenset()) -> list[str]:
    """Every answer of the given kind in text, in the order of the patterns and then of the text.

    >>> find_entities("name", "de burgemeester, Peter den Oudsten; de secretaris, Peter Teesink")
    ['Peter den Oudsten', 'Peter Teesink']
    >>> find_entities("person", "vertegenwoordigd door wethouder Inge de Vries-Bakker", frozenset({"de"}))
    ['Inge de Vries-Bakker', 'wethouder']
    >>> find_entities("name", "De projectleider is Fatima el Amrani.")
    ['Fatima el Amrani']
    >>> find_entities("duration", "De proef duurt 18 maanden."), find_entities("duration", "een looptijd van 4 jaar")
    (['18 maanden'], ['4 jaar'])
    """
    out: list[str] = []
    for pattern in ENTITY_PATTERNS.get(kind, []):
        flags = re.I if kind not in ("name", "person", "place", "address") or pattern == ROLE_WORD else 0
        for match in re.finditer(pattern, text, flags):
            found = match.group(0).strip()
            # only the capitalised words can make it an organisation or place ("de" in "Inge de Vries" is a particle)
            if (kind in ("name", "person") and pattern != ROLE_WORD and not _SINGLE_LETTER_NAME.fullmatch(found)
                    and any(normalise(w) in not_names for w in re.split(r"[\s-]+", found) if w[:1].isupper())):
                continue
            if kind == "count" and re.fullmatch(r"(?:19|20)\d{2}\s+\w+", found):
                continue  # a year is not a count
            if found not in out:
                out.append(found)
    return out


# Dutch separable-verb particles: "bij te dragen" is "bijdragen", "in te stemmen" is "instemmen"
_PARTICLES = frozenset(["bij", "in", "op", "aan", "uit", "mee", "door", "af", "toe", "over", "na", "om", "terug", "vast"])


def joined_verbs(tokens: list[str]) -> set[str]:
    """A separable verb written apart, joined as the question would write it ("bij te dragen" → "bijdragen").

    >>> sorted(joined_verbs(["wij", "verwachten", "bij", "te", "dragen"]))
    ['bijdragen']
    """
    out = set()
    for i, token in enumerate(tokens[:-1]):
        if token in _PARTICLES:
            verb = tokens[i + 2] if tokens[i + 1] == "te" and i + 2 < len(tokens) else tokens[i + 1]
            if len(verb) >= 4:
                out.add(token + verb)
    return out


def _overlap(terms: tuple[str, ...], text: str, rare: frozenset[str] = frozenset()) -> int:
    """Subject terms found in text (a word, or a form of it: `same_stem`); a term rare in the corpus counts double."""
    tokens = set(words(text)) | joined_verbs(re.findall(r"[a-z0-9]+", normalise(text)))  # words() drops "bij", "te"
    stems: dict[str, list[str]] = {}
    for token in tokens:
        stems.setdefault(token[:5], []).append(token)
    found = [t for t in terms if t in tokens or (len(t) >= 5 and any(same_stem(t, u) for u in stems.get(t[:5], ())))]
    # forms of one word ("lantaarnpaal", "lantaarnpalen" from the glossary) count once
    found = list({(t[:5] if len(t) >= 5 else t): t for t in found}.values())
    return len(found) + sum(1 for t in found if t in rare or t[:5] in rare)


def _typed_entity(intent: Intent, text: str, lexicon: Lexicon, terms: Sequence[str] = ()) -> str | None:
    """The answer of the asked kind in a sentence, checked against what the question counts or measures."""
    kind = intent.answer_type
    made_of = _MADE_OF.search(text) if kind == "count" and _ASKS_HEADCOUNT.search(normalise(intent.question)) else None
    if made_of is not None:
        # "uit hoeveel mensen bestond dat bureau": its make-up counts them ("een Chief Digital Officer en een team van
        # 2-3 fte"), the one named beside the team too
        return made_of.group("parts").strip()
    if kind == "count" and intent.measured:  # "how big is the team": a count in a sentence about the team
        return entity_about("count", text, intent.measured, lexicon) if _mentions_noun(text, intent.measured, lexicon) \
            else None
    if kind == "count" and intent.counted:
        noun = sorted({w for k in lexicon.kin(intent.counted) for w in words(k)})  # "mkb-bezoekers": mkb, bezoekers
        near = near_a_name(intent, text)
        found = [m.group(0).strip() for m in re.finditer(ENTITY_PATTERNS["count"][0], text, flags=re.I)
                 if any(c[:5] == n[:5] or n[:5] in c for c in words(m.group(0).split()[-1]) for n in noun if len(n) >= 3)
                 and near(m.start())]
        if found and not row_names(intent):
            # "hoeveel bezoekers had lets gro": "… Werkplaats met >1.500 MKB-bezoekers en Digital X Groningen met …
            # tijdens Let's Gro": the count stands in another item of the list than the name asked
            # (the question's own words: "aantal", added for "how many", is said by no item)
            typed = set(own_terms(intent.question, lexicon))
            own = [t for t in terms if t not in noun and len(t) >= 3 and t in typed]
            found = [f for f in found if in_the_item_of(own, text, f)]
        if not found and set(noun) & lexicon.attending_said:
            # "bezocht door > 1.500 ondernemers en studenten": whoever a sentence says visited it are its visitors
            visited = _VISITED_BY.search(text)
            found = [visited.group(1).strip()] if visited and near(visited.start()) else []
        # a figure before a number word: "2-3 fte", not "een team"; "een IT-baan" is an article, no count of jobs
        counted = [f for f in found if not re.match(r"(?:een|one)\b", f.strip(), flags=re.I)]
        first = next((f for f in counted if re.search(r"\d", f)), counted[0] if counted else None)
        if first is not None and counts_a_group_with_others(first, noun):
            return None  # "> 1.500 ondernemers en studenten" counts both: it is no count of the students
        return with_further_counts(first, text, noun)
    if kind == "amount":
        heads = {h for w in words(intent.question) for h in lexicon.amount_heads.get(w, ())}
        # (what it costs the city is what the city contributes: "wat gaat GDC ons in 2018 kosten" → "4 tot 6 ton bij
        # te dragen")
        if heads and not budget_of_a_year(intent, lexicon, text) and not costs_the_city(normalise(intent.question)) and not any(
                h in normalise(text) for h in heads):
            return None
        if heads and all(other_amounts_noun(text, a, heads, lexicon) for a in find_entities("amount", text)):
            # "een investering van ruim 6,5 miljoen" is an investment, though the sentence says "bijgedragen": the
            # noun the amount is of names what it is ("welk bedrag noemt de brief als bijdrage" is € 470.000)
            return None
    if kind == "date":
        if _ASKS_A_DAY.search(normalise(intent.question)) and not _A_DAY_SAID.search(normalise(text)):
            return None  # "when's the deadline?": a date of something else ("sinds september 2017") is none
        return next((d for d in find_entities("date", text) if dated_enough(intent, d)), None)
    if kind == "place":  # a place the question itself names ("Blockchain in Education") is not where it was
        asked = normalise(intent.question)
        # where it took place is said beside the verb ("plaatsgevonden … in Martiniplaza"), not where those who came
        # came from ("deelnemers … in Noord-Nederland")
        held = [v for v in _TOOK_PLACE if v in normalise(text)]
        places = [p for p in find_entities(kind, text) if normalise(p) not in asked and in_its_item(intent, text, p)
                  and not names_what_is_asked(p, asked, lexicon)]
        return nearest_to(places, text, held or terms)[0]
    in_units = time_in_units(intent, text)
    if in_units is not None:
        return in_units
    made_of = _MADE_OF.search(text) if kind == "person" and asks_makeup(intent.question) else None
    if made_of is not None:  # "who is part of it": "het DOG bestond uit een Chief Digital Officer en een team van 2-3 fte"
        return made_of.group("parts").strip()
    if kind == "person" and (_ASKS_WHO.search(intent.question) or intent.role or asks_a_name(intent, lexicon)) and re.search(
            ROLE_WORD, f"{intent.question} {intent.search_query}", flags=re.I):
        # "who is the CDO?", "who is it?" after "what does CDO stand for", "welke wethouder …": the role is what is
        # asked about, so naming it again ("a Chief Digital Officer") answers nothing; only a person's name does
        return next((f for f in find_entities(kind, text, lexicon.not_person_names)
                     if not re.fullmatch(ROLE_WORD, f, flags=re.I)), None)
    return find_entity(kind, text, lexicon.not_person_names) if kind in ENTITY_PATTERNS else None


def time_in_units(intent: Intent, text: str) -> str | None:
    """For "how many years does it run": the span the text says in units ("een looptijd van 4 jaar (2017- 2021)": 4
    jaar, not the period after it); None when another kind is asked, or the text gives no units.

    >>> from assistant.records import Intent
    >>> asked = Intent(question="how many years does it run?", language="en", route="documents", table_query=None,
    ...                search_query="", answer_type="duration", years=(), subject_terms=())
    >>> time_in_units(asked, "een looptijd van 4 jaar (2017- 2021)")
    '4 jaar'
    >>> time_in_units(asked, "businessschool, 2017-2020. … na de looptijd van het project van 5 jaar.")
    '5 jaar · 2017-2020'
    """
    if intent.answer_type != "duration" or not _HOW_MANY_UNITS.search(normalise(intent.question)):
        return None
    units = re.search(ENTITY_PATTERNS["duration"][1], text)
    if units is None:
        return None
    # a period the same text gives that does not span those units is stated too: "2017-2020 … een looptijd van 5
    # jaar" says both, and the asker sees both rather than one picked
    count = re.match(r"\d+", units.group(0)) if re.search(r"jaar|year", units.group(0)) else None
    other = next((m.group(0) for m in _PERIOD_SAID.finditer(text)
                  if count and int(m.group(2)) - int(m.group(1)) != int(count.group(0))), None)
    return f"{units.group(0)} · {other}" if other else units.group(0)


_PERIOD_SAID = re.compile(r"\b((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})\b")


_HOW_MANY_UNITS = re.compile(r"\b(?:hoeveel|how many) (?:jaar|jaren|years?|maanden|months?|weken|weeks?)\b")
# who something is made up of, asked ("who is part of it", "wie zitten erin", "uit wie bestaat het team") and said
# ("bestond uit een Chief Digital Officer en een team van 2-3 fte", "consists of …"): the whole make-up answers
_ASKS_MAKEUP = re.compile(r"\b(?:who(?:'s| is| are)? (?:part of|in it|on (?:the|its) team|in (?:the|its) team)"
                          r"|who makes? up|what does (?:it|the \w+) consist of|who (?:does|did) (?:it|the \w+) consist of"
                          r"|uit wie bestaat|uit wie bestond|waaruit bestaat|waaruit bestond|wie zitten (?:er )?in"
                          r"|wie zit(?:ten)? (?:er )?in|wie maken (?:er )?deel uit|wie horen erbij"
                          r"|how (?:is|was|are|were) .*\bstaffed|staffing|hoe (?:is|was|wordt|werd) .*\bbemand|bemensing)\b")
# how many people a team or office is, asked ("uit hoeveel mensen bestaat het", "how many people work at the office")
_ASKS_HEADCOUNT = re.compile(r"\b(?:uit hoeveel (?:mensen|personen|medewerkers|leden)"
                             r"|hoeveel (?:mensen|personen|medewerkers) (?:\w+ ){0,3}(?:werken|werkten|zitten|zaten"
                             r"|telt|telde|bestaat|bestond|in (?:het|dat|de) (?:team|bureau|office))"
                             r"|how many (?:people|persons|staff|employees|members) (?:\w+ ){0,3}(?:work|worked|are|were"
                             r"|in (?:the|that|its) (?:team|office))"
                             r"|hoe groot (?:is|was) (?:het|dat|de|dit) (?:team|bureau|office)"
                             r"|how (?:big|large) (?:is|was) (?:the|that|its|this) (?:team|office|staff))\b")
_MADE_OF = re.compile(r"\b(?:bestaat|bestond|bestaan|bestonden|consists?|consisted|is made up|was made up)\s+"
                      r"(?:\w+\s+){0,2}?(?:uit|of)\s+(?P<parts>[^.;:]+)", flags=re.I)


def asks_makeup(question: str) -> bool:
    """Who something is made up of is asked ("who is part of it", "uit wie bestaat het team").

    >>> asks_makeup("what is the Digital Office exactly and who is part of it?"), asks_makeup("who leads it?")
    (True, False)
    """
    return bool(_ASKS_MAKEUP.search(normalise(question)))


def asks_a_name(intent: Intent, lexicon: Lexicon) -> bool:
    """The question asks someone's name ("the name of the Chief Digital Officer", "hoe heet die persoon"): a role
    word is no name."""
    return bool(set(words(intent.question)) & lexicon.naming_words)


# the words a question asks a date with
_WHEN_WORDS = r"(?:when|wanneer|op welke datum|on (?:what|which) date|(?:what|which) date|welke datum)"
_AUXILIARIES = (r"(?:does|did|do|will|would|is|was|were|are|has|have|had|zal|zullen|wordt|werd|worden|werden|heeft"
                r"|hebben|krijgt|kreeg|krijgen|kregen|gaat|gaan)")
_WHEN = re.compile(rf"^(?:and |en )?{_WHEN_WORDS}\s+{_AUXILIARIES}\s+"
                   r"(?:the |de |het |een |a |an )?(?P<subject>[\w'-]+)\s+(?P<event>.+)$")
# asked in the order of an indirect question ("on which date it was opened", "op welke datum het geopend werd"): the
# subject first, its auxiliary after it or at the end
_WHEN_INDIRECT = re.compile(rf"^(?:and |en )?{_WHEN_WORDS}\s+(?:the |de |het |een |a |an )?(?P<subject>[\w'-]+)\s+"
                            rf"(?:{_AUXILIARIES}\s+(?P<event>.+)|(?P<event_nl>[\w'-]+(?:\s+[\w'-]+)?)\s+{_AUXILIARIES})$")


def dated_subject(question: str, lexicon: Lexicon) -> str | None:
    """The thing a "when was/were X …" question dates, when it is a content word ("masterclasses"), else None.

    >>> from assistant.lexicon import load_lexicon
    >>> dated_subject("when were the masterclasses for civil servants held?", load_lexicon())
    'masterclasses'
    >>> dated_subject("when is it held", load_lexicon())
    """
    found = _WHEN.match(normalise(question).strip(" ?!."))
    subject = found.group("subject") if found else ""
    return subject if len(subject) >= 4 and subject not in lexicon.common_words else None


def event_terms(question: str, lexicon: Lexicon) -> tuple[str, ...]:
    """What a "when does X …" question asks the date of, after its subject ("when does the council get results" →
    results): a sentence dating something else its subject did is no answer.

    >>> from assistant.lexicon import load_lexicon
    >>> event_terms("when does the council get results", load_lexicon())
    ('results',)
    >>> event_terms("wanneer is de finale van de lego league in groningen", load_lexicon())
    ('finale',)
    >>> event_terms("op welke datum wordt de raadsbrief van 14 maart 2018 in de raadscommissie behandeld", load_lexicon())
    ('raadscommissie', 'behandeld')
    >>> event_terms("wanneer is het webartikel 'actieplan groningen digital city' gepubliceerd", load_lexicon())
    ('gepubliceerd',)
    >>> event_terms("on which date it was opened?", load_lexicon()), event_terms("op welke datum het geopend werd", load_lexicon())
    (('opened',), ('geopend',))
    """
    # "de raadsbrief van 14 maart 2018": a date naming the thing is no event asked
    dated = re.sub(rf"\s+(?:van|of|from|dated)\s+\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}", "", normalise(question))
    # "het webartikel 'Actieplan Groningen Digital City' gepubliceerd": a quoted title names the subject, no event
    dated = re.sub(r"\s['‘“\"][^'’”\"]{3,}\s[^'’”\"]+['’”\"](?=\s|$)", "", dated)
    found = _WHEN.match(dated.strip(" ?!."))
    indirect = _WHEN_INDIRECT.match(dated.strip(" ?!.")) if not found else None
    if indirect is not None:
        return event_words(indirect.group("event") or indirect.group("event_nl"), lexicon)
    if not found:
        return ()
    event = found.group("event")
    subject = found.group(0)[: found.start("event")].split()[-1]
    if re.match(r"(?:van|of)\b", event) and subject not in lexicon.generic_question_words and subject not in (
            lexicon.date_words):
        return (subject,)  # "wanneer is de finale van de lego league": the final is what is dated, of the league
    first = event.split()[0] if event.split() else ""
    if f"{subject} {first}" in lexicon.glossary:  # "when did the steering group approve …": a subject of two words
        event = event[len(first):]
    return event_words(event, lexicon)


def event_words(event: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The content words of what a date question asks of its subject, a pair the glossary gives as one term
    ("drawn up") kept whole."""
    tokens = event.split()
    out: list[str] = []
    i = 0
    while i < len(tokens):  # "drawn up" is one term, as the glossary gives it ("opgesteld")
        pair = " ".join(tokens[i:i + 2])
        if len(tokens) > i + 1 and pair in lexicon.glossary:
            out.append(pair)
            i += 2
            continue
        # (that it was held is what a date says of it: "when were the masterclasses held")
        out.extend(w for w in words(tokens[i]) if w not in lexicon.generic_question_words and len(w) > 2
                   and not w.isdigit() and w not in lexicon.event_verbs)
        i += 1
    return tuple(out)


def with_further_counts(first: str | None, text: str, nouns: Sequence[str]) -> str | None:
    """A count with the counts of the same noun that follow it ("23 programmeerlessen en 12 robotics lessen"): the
    question asked how many, and each part is part of the answer.

    >>> with_further_counts("23 programmeerlessen", "sinds 2017 23 programmeerlessen en 12 robotics lessen", ["lessen"])
    '23 programmeerlessen en 12 robotics lessen'
    """
    stems = "|".join(re.escape(n[:5]) for n in nouns if len(n) >= 3)
    at = text.find(first) if first and stems else -1
    if first is None or at < 0:
        return first
    more = re.match(rf"(?:\s*(?:,|en|and)\s+(?:>|ruim|bijna|zo'n|circa)?\s*\d[\d.]*\s+(?:[\w'-]+\s+)?[\w'-]*(?:{stems})[\w-]*)+",
                    text[at + len(first):], flags=re.I)
    return first + more.group(0) if more else first


_VISITED_BY = re.compile(r"\b(?:bezocht door|visited by|attended by|trok|trokken|attracted)\s+((?:>|ruim|bijna|zo'n|circa"
                         r"|more than|over|about)?\s*\d[\d.,]*\s+[\w'-]+(?:\s+(?:en|and)\s+[\w'-]+)?)", flags=re.I)
_TOOK_PLACE = ("plaatsgevonden", "plaats gevonden", "plaatsvinden", "plaatsvond", "vond plaats", "gehouden",
               "georganiseerd", "took place", "was held")
_GOES_ON = re.compile(r"^\W*(?:het|dit|deze|die|dat|zij|ze|hij|it|this|these|they|the (?:event|project|programme"
                      r"|conference|congress))\b")
NEAR_A_NAME = 200  # characters: a figure this far from the name it is asked of may be another event's


def row_names(intent: Intent) -> tuple[str, ...]:
    """The projects and applicants the question names, as it typed them ("trendship", "codeniacs")."""
    return tuple(m.surface for m in intent.entities if m.kind in ("project", "applicant") and m.surface)


def near_a_name(intent: Intent, text: str) -> Callable[[int], bool]:
    """Is a position of a long sentence near a name the question asks about ("de Google Digitale Werkplaats met
    >1.500 MKB-bezoekers … met jaarlijks een Dutch Blockchain Hackathon": the count is the Werkplaats's)? Everywhere
    is near in a project's annex row, or when the question names no row; in a sentence that does not name it, only
    when the sentence opens by pointing back ("Het evenement …", "It …")."""
    typed = [normalise(n) for n in row_names(intent)]
    lowered = normalise(text)
    at = [m.start() for n in typed if n for m in re.finditer(re.escape(n), lowered)]
    if not typed:
        return lambda position: True
    if text.lstrip().startswith("|"):  # an annex row is all about its own project, and only about it
        own = bool(at) or any(normalise(m.value) in lowered for m in intent.entities if m.kind in ("project", "applicant"))
        return lambda position: own
    if not at:  # "Het evenement trok …" goes on about it; "… de Google Digitale Werkplaats met >1.500 …" is another's
        return lambda position: bool(_GOES_ON.match(lowered))
    return lambda position: any(abs(position - a) <= NEAR_A_NAME for a in at)


_LIST_SEPARATOR = re.compile(r"[,;]")
_ITEM_BREAK = re.compile(r"[,;]|\s(?:en|and)\s+[A-Z]")  # also "en" before a new name (in text as written)


def in_the_item_of(terms: Sequence[str], text: str, value: str) -> bool:
    """Whether a value stands in the same item of a list as a word of the question (items end at a comma, or at
    "en"/"and" before a new name); True when the text says none of the words.

    >>> t = "zoals de Werkplaats met >1.500 MKB-bezoekers en Digital X Groningen met workshops tijdens Let's Gro, als"
    >>> in_the_item_of(["gro"], t, ">1.500 MKB-bezoekers"), in_the_item_of(["werkplaats"], t, ">1.500 MKB-bezoekers")
    (False, True)
    """
    at = text.find(value)
    said = [m.start() for t in terms for m in re.finditer(rf"\b{re.escape(t)}\b", text, flags=re.I)]
    if at < 0 or not said:
        return True
    return _in_one_item(text, at, said, _ITEM_BREAK)


def _in_one_item(text: str, at: int, said: Sequence[int], item_break: re.Pattern[str]) -> bool:
    """Whether no break between items of a list stands between position `at` and one of the positions `said`."""
    return any(not item_break.search(text[min(p, at):max(p, at)]) for p in said)


def in_its_item(intent: Intent, text: str, value: str) -> bool:
    """Whether a value stands in the same item of a list as the name asked about: in "RuG Fieldlab Blockchain in
    Education, Dutchchain met jaarlijkse Dutch Blockchain Hackathon in Groningen" the place is the hackathon's. A
    sentence that does not name the row asked holds its values only as `near_a_name` says."""
    lowered, found = normalise(text), normalise(value)
    at = lowered.find(found)
    names = [m.end() for n in row_names(intent) for m in re.finditer(re.escape(normalise(n)), lowered)]
    if at < 0 or not names:
        return near_a_name(intent, text)(max(at, 0))
    return _in_one_item(lowered, at, names, _LIST_SEPARATOR)


def budget_of_a_year(intent: Intent, lexicon: Lexicon, text: str = "") -> bool:
    """"budget 2018?", "what is the budget for 2018": a budget asked of nothing but a year (and the city's own, and
    what `text` says it is for: "the expected municipal budget for joint projects"), so the money the programme
    expects to spend that year ("4 tot 6 ton bij te dragen aan (gezamenlijke) projecten") is its budget. Whose budget
    it is, once named ("het budget van het digital office"), or another kind of amount ("their salary"), a sentence
    must say."""
    asked = {w for w in own_terms(intent.question, lexicon) if not w.isdigit()}
    other = asked - lexicon.budget_words - lexicon.subject_words - lexicon.generic_question_words - lexicon.giver_words
    said = tuple(w for w in other if text and covers_all((w,), text, lexicon))
    return bool(intent.years) and bool(asked & lexicon.budget_words) and not other - set(said)


_ASKS_WHO = re.compile(r"\b(?:who|whom|wie)\b", flags=re.I)
NEAR = 60  # characters: a place this close to the subject's name is its place, not another event's in a list


def nearest_to(found: Sequence[str], text: str, terms: Sequence[str]) -> tuple[str | None, int]:
    """Of the answers found in a sentence, the one nearest a word of the subject, and how far it is (characters):
    in "… de Google Digitale Werkplaats …, een … Hackathon in Groningen", the workshop's place is not "in Groningen".

    >>> nearest_to(["in Groningen", "in de Suikerfabriek"], "Hackathon in Groningen; Werkplaats in de Suikerfabriek",
    ...            ["werkplaats"])
    ('in de Suikerfabriek', 11)
    """
    folded = normalise(text)
    spots = [m.start() for t in terms if len(t) >= 3 for m in re.finditer(rf"\b{re.escape(t[:5])}", folded)]
    if not found:
        return None, NEAR + 1
    if not spots:
        return found[0], NEAR + 1
    def distance(entity: str) -> int:
        at = folded.find(normalise(entity))
        return min(abs(at - spot) for spot in spots) if at >= 0 else NEAR + 1
    best = min(found, key=distance)
    return best, distance(best)


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
_ASKS_A_DAY = re.compile(r"\b(?:deadlines?|sluitingsdatum|uiterste|uiterlijk|closing date|due date|einddatum"
                         r"|inschrijfdatum|aanmeld\w*)\b")
_A_DAY_SAID = re.compile(r"\b(?:deadline|sluit\w*|uiterlijk|uiterste|indienen|ingediend|aanmelden|aanmelding"
                         r"|inschrijv\w*|closing|closes|due|before)")
_YEARS_ONLY = re.compile(r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?")
_ASKS_START_OR_END = re.compile(r"\b(?:start\w*|begin\w*|began|begon\w*|gestart|launch\w*|end|ends|ended|ending"
                                r"|eind\w*|afgelopen|until|tot wanneer|loopt tot)\b")


_MONTH_NUMBERS = {**{m: (i % 12) + 1 for i, m in enumerate(_FULL_MONTHS.split("|"))}, **_SHORT_MONTHS}
MONTH_NAMES = frozenset(_MONTH_NUMBERS)
DAY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\s+(\d{{4}})\b", flags=re.I)  # a day as written: day, month, year


def names_what_is_asked(place: str, asked: str, lexicon: Lexicon) -> bool:
    """A place that is the thing asked about ("where is the digital office?" — "in het Digital Office Groningen"): its
    own words, besides the city's and the programme's, are all the question's.

    >>> from assistant.lexicon import load_lexicon
    >>> names_what_is_asked("in het Digital Office Groningen", "where is the digital office?", load_lexicon())
    True
    >>> names_what_is_asked("in Groningen", "where is the hackathon?", load_lexicon())
    False
    """
    own = set(words(place)) - lexicon.generic_names - {"in", "het", "de", "the", "te", "at"}
    return bool(own) and own <= set(words(asked))


def days_in(text: str) -> list[tuple[int, int, int]]:
    """The days a text names, as (year, month, day), Dutch or English month names.

    >>> days_in("Trendship heeft plaatsgevonden op 19 oktober 2017"), days_in("on 19 October 2017 and 3 May 2018")
    ([(2017, 10, 19)], [(2017, 10, 19), (2018, 5, 3)])
    >>> days_in("Internationaal congres RuG Blockchain in Education 5 sept 2017,"), days_in("op 3 okt. 2017")
    ([(2017, 9, 5)], [(2017, 10, 3)])
    """
    return [(int(y), _MONTH_NUMBERS[m.lower().rstrip(".")], int(d)) for d, m, y in DAY.findall(text)]


_NEXT = re.compile(r"\b(?:next|upcoming|volgende|komende|eerstvolgende)\b")


def dated_enough(intent: Intent, entity: str) -> str | None:
    """The date found, unless the question asks a start or an end and it is a bare year: "(2016 en 2017)" dates a
    funding call; a start or an end is a day, a month or a range ("2017-2020").

    >>> from assistant.records import Intent
    >>> i = Intent(question="When did it start?", language="en", route="documents", table_query=None, search_query="",
    ...            answer_type="date", years=(), subject_terms=(), entities=())
    >>> dated_enough(i, "2016"), dated_enough(i, "2017-2020"), dated_enough(i, "mei 2017")
    (None, '2017-2020', 'mei 2017')
    >>> from dataclasses import replace
    >>> in_2017 = replace(i, question="When was the hackathon in 2017?", years=(2017,))
    >>> dated_enough(in_2017, "2017- 2021"), dated_enough(in_2017, "19 oktober 2017")
    (None, '19 oktober 2017')
    """
    if intent.answer_type == "date" and _BARE_YEAR.fullmatch(entity) and _ASKS_START_OR_END.search(
            normalise(intent.question)):
        return None
    if intent.answer_type == "date" and intent.years and _YEARS_ONLY.fullmatch(entity):
        return None  # "wanneer was de hackathon in 2017?": a year, or a period of years, dates nothing within it
    if intent.answer_type == "date" and _NEXT.search(normalise(intent.question)) and _YEARS_ONLY.fullmatch(entity):
        return None  # "when is the next hackathon": the programme's years ("2017-2021") date no next edition
    return entity


SALUTATION = re.compile(r"^\W*(?:met vriendelijke groet|hoogachtend|met hartelijke groet|kind regards|yours sincerely"
                         r"|best regards)\b", flags=re.I)


# another, earlier document than the one a passage stands in ("de eerdere brief", "the previous letter")
_EARLIER = re.compile(r"\b(?:eerdere|vorige|voorgaande|previous|earlier|prior)\b")


_A_DATED_LETTER = re.compile(r"\b(?:brief|letter) (?:van|of|dated) \d{1,2} [a-z]+ (?:19|20)\d{2}\b", flags=re.I)


def counts_a_group_with_others(count: str, noun: Sequence[str]) -> bool:
    """A count of a coordinated group ("> 1.500 ondernemers en studenten") where the noun asked is only one of its
    members: the number is all of them together.

    >>> counts_a_group_with_others("> 1.500 ondernemers en studenten", ["studenten"])
    True
    >>> counts_a_group_with_others("> 1.500 ondernemers en studenten", ["bezoekers"]), counts_a_group_with_others("2-3 fte", ["fte"])
    (False, False)
    """
    members = [m for m in re.split(r"\s*(?:,|\ben\b|\band\b|&)\s*", re.sub(r"^[^a-zA-Z]*", "", count)) if m]

    def is_asked(member: str) -> bool:
        return any(w[:5] == n[:5] for w in words(member) for n in noun if len(n) >= 3)

    return len(members) > 1 and any(is_asked(m) for m in members) and not all(is_asked(m) for m in members)


def _field_line(text: str) -> float:
    """A short 'label value' line of a letter head ("Ons kenmerk 6806242") states one fact exactly."""
    return 0.02 if len(text.split()) <= 5 and re.search(r"\d|[A-Z]\.", text) else 0.0


def _near(intent: Intent, entity: str | None, text: str, terms: Sequence[str]) -> float:
    """A place said right beside the subject's name answers "where was it" better than one a list away."""
    if intent.answer_type != "place" or entity is None:
        return 0.0
    return 0.03 if nearest_to([entity], text, terms)[1] <= NEAR else 0.0


def _specificity(kind: str, entity: str | None) -> float:
    """A full date answers 'when' better than a bare year."""
    if kind == "date" and entity:
        return 0.03 if re.search(r"\d{1,2}[\s-]", entity) else 0.0
    return 0.0


_PREPOSITIONS = frozenset(["to", "on", "for", "about", "with", "of", "in", "at", "from", "by", "into", "over", "under", "aan", "met", "over", "voor", "op", "van", "in", "bij", "naar", "uit", "tot", "tegen", "onder", "door"])
HEAD_WEIGHT = 0.03


_ARTICLES = frozenset(["the", "a", "an", "de", "het", "een"])


def head_terms(question: str, terms: tuple[str, ...], lexicon: Lexicon) -> frozenset[str]:
    """The terms of the question's head clause, before its first preposition: its subject and verb.

    "When did the council committee agree to the sharpened focus?" asks when the committee *agreed*; the focus it
    agreed to may be named in another sentence than the date. A dated sentence should carry the head's terms.

    >>> from assistant.lexicon import load_lexicon
    >>> sorted(head_terms("When did the committee agree to the focus?", ("committee", "agree", "focus"), load_lexicon()))
    ['agree', 'committee', 'committeeagree', 'ingestemd', 'raadscommissie']
    >>> {"stuurgroep", "projectplan"} <= head_terms("When did the steering group approve the project plan?",
    ...                                             ("steering", "group", "approve", "project", "plan"), load_lexicon())
    True
    """
    tokens = re.findall(r"[a-z0-9']+", normalise(question))
    content = [i for i, t in enumerate(tokens) if t in terms]
    if not content:
        return frozenset()
    end = next((i for i in range(content[0] + 1, len(tokens)) if tokens[i] in _PREPOSITIONS), len(tokens))
    head = set(tokens[: end]) & set(terms)
    span = " ".join(tokens[:end])
    # a two-word term of the glossary ("steering group" → stuurgroep), and two words written as one Dutch compound
    # ("project plan" → projectplan)
    phrases = {w for key, nl in lexicon.glossary.items() if " " in key and f" {key} " in f" {span} " for w in words(nl)}
    compounds = {a + b for a, b in zip(tokens[:end], tokens[1:end], strict=False)
                 if (a in terms or b in terms) and a not in _ARTICLES and b not in _ARTICLES}
    return frozenset(head | phrases | compounds | {w for t in head for w in words(lexicon.glossary.get(t, ""))})


def names_role(text: str, role: str, lexicon: Lexicon) -> bool:
    """Whether a passage names the role a "who is the X" question asks about (in either language).

    >>> from assistant.lexicon import load_lexicon
    >>> names_role("de burgemeester, Peter den Oudsten", "mayor", load_lexicon())
    True
    >>> names_role("Opdrachtgever is de gemeente", "opdrachtnemer", load_lexicon())
    False
    """
    found = set(words(text))
    wanted = {role, *words(lexicon.glossary.get(role, ""))}
    return any(_same_role_word(w, f) for w in wanted for f in found)


def _same_role_word(wanted: str, word: str) -> bool:
    """The role word itself, inflected ("burgemeesters"), or as the head of a compound ("projectleider" for
    "leider"); not a word that only shares its beginning ("opdrachtgever" is not "opdrachtnemer").

    >>> _same_role_word("burgemeester", "burgemeesters"), _same_role_word("leider", "projectleider")
    (True, True)
    >>> _same_role_word("opdrachtnemer", "opdrachtgever"), _same_role_word("director", "directeur")
    (False, True)
    """
    if word == wanted or (len(wanted) >= 5 and word.endswith(wanted)):
        return True
    stem = len(wanted) - 2 if len(wanted) >= 6 else len(wanted)  # an inflected or other-language ending
    return len(wanted) >= 5 and word[:stem] == wanted[:stem] and abs(len(word) - len(wanted)) <= 3


def select_evidence(intent: Intent, hits: Sequence[Hit], sentences: SentenceVectors, query_vector: np.ndarray,
                    lexicon: Lexicon, limit: int = 3, rare: frozenset[str] = frozenset(),
                    required: tuple[str, ...] = (), floors: tuple[float, float] = (MIN_SIMILARITY, MIN_CHUNK_SIMILARITY),
                    dates: Mapping[str, str] = MappingProxyType({}), references: Mapping[str, str] = MappingProxyType({}),
                    ) -> tuple[list[Evidence], RefusalReason | None]:
    """Best answering sentences from the hits, or ([], reason) when none passes the checks.

    `rare` holds words (and 5-letter stems) found in few chunks; `required` names that a passage must mention;
    `dates` gives each document's date, so that "the letter of 2019" is about a passage of a letter dated 2019;
    `references` each document's own reference (front matter), which a reference question about it prefers to the
    reference of another letter the text cites ("In onze brief van …, kenmerk …").
    """
    typed = intent.answer_type in ENTITY_PATTERNS
    candidates: list[Evidence] = []
    reason: RefusalReason = "no_evidence"
    head = head_terms(intent.question, intent.subject_terms, lexicon) if typed else frozenset()
    # what is counted ("how many people …") is the property asked, not what the passage must be about
    # (and "aantal", the Dutch the glossary adds for "how many")
    counted = {intent.counted, *words(lexicon.glossary.get(intent.counted, "")),
               *words(lexicon.glossary.get("how many", ""))} if intent.counted else set()
    content_terms = tuple(t for t in intent.subject_terms if t not in lexicon.document_words
                          and t not in lexicon.generic_names and not t.isdigit() and t not in counted)
    if (counted and not content_terms and not intent.followup and intent.counted not in lexicon.table_nouns
            and _POINTS_AT_SOMETHING.search(normalise(intent.question))):
        # "how many people came to it?" with nothing said before: what is counted at is unknown ("how many projects
        # did they do": the programme's own projects, whoever "they" are)
        return [], "no_evidence"
    about_years = asked_years(intent)  # "the letter of 2019" dates it
    money = asks_in_money_words(intent, lexicon)
    # what a role question asks besides the role ("de wethouder van digitale economie"): a sentence naming the
    # role's holder must speak of it too; "wie is de burgemeester?" asks nothing besides
    role_words = {intent.role, *words(lexicon.glossary.get(intent.role, ""))} if intent.role else set()
    beside_role = tuple(t for t in own_terms(intent.question, lexicon) if intent.role and not any(
        _same_role_word(r, t) or _same_role_word(t, r) for r in role_words) and t not in lexicon.document_words
        and t not in lexicon.work_verbs and t not in lexicon.role_question_words
        and t in intent.subject_terms  # (not the asker's own plan: "ik wil de burgemeester uitnodigen, hoe heet hij")
        and not any(t in phrase.split() for phrase in lexicon.role_verbs)  # "who chairs …": the verb names the role
        and not any(t in phrase.split() for phrase in lexicon.letter_roles)  # "de contactpersoon" is the steller
        # an English word the glossary does not give in Dutch can't be looked for in a Dutch passage ("street lights")
        and (intent.language == "nl" or lexicon.expand(t) != t)) if intent.role else ()
    asked_words = words(intent.question)  # (a name the question types itself must be said: see `pointed`)
    # ("naar welke brief verwijst de raadsbrief" asks another letter than the one saying it, as "eerdere" does)
    written = years_spoken(intent.question)
    # ("and its reference?" after "what date was the earlier letter": the one the turn before asked of, which the
    # follow-up's search words carry)
    asked_of = normalise(intent.search_query if intent.followup and refers_back(intent.question) else intent.question)
    earlier = bool(_EARLIER.search(asked_of) or LETTER_REFERRED_TO.search(asked_of))
    for rank, hit in enumerate(hits):
        chunk = hit.chunk
        context = " ".join((*chunk.section, chunk.title, dates.get(chunk.source, "")))
        chunk_similarity = hit.dense_similarity or 0.0
        chunk_words = words(chunk.text + " " + context)
        missing = [name for name in required if not (
            mentions(chunk_words, name) or mentions(chunk_words, lexicon.abbreviations.get(name, name)))]
        # a name only the turn before typed ("… ermee ingestemd" after the action plan) may be what a sentence here
        # points back at ("heeft u hiermee ingestemd"); one the question names itself must be said
        pointed = [name for name in missing if intent.followup and not mentions(asked_words, name)]
        if len(pointed) < len(missing):
            # the question names someone or something (rare in the sources) this passage does not mention, not even
            # spelled out ("DOG": Digital Office Groningen)
            continue
        place = f"{chunk.text} {' '.join((*chunk.section, chunk.title))}"  # not the source's date: that dates the document
        # ("Er is afgelopen jaar veel gebeurd … 27 projecten" in a letter of 2018 speaks of 2017)
        names_years = all(str(y) in place or looks_back_on(chunk, y, dates, lexicon) for y in about_years)
        said_before = ""
        for sentence, vector in sentences.get(chunk.id, []):
            before, said_before = said_before, sentence.text
            if intent.answer_type == "amount" and required and not all(
                    mentions(words(f"{before} {sentence.text}"), name) for name in required):
                # "how much did digideal get": an amount in a passage that names Digideal elsewhere is of something
                # else; the sentence giving it (or the one it points back to) names what was asked
                continue
            if pointed and not (_POINTS_BACK_IN.search(sentence.text) and all(
                    set(words(name)) & set(words(before)) for name in pointed)):
                continue  # (pointing back at a sentence that says something of the name: "… de digitale economie.")
            similarity = float(np.dot(query_vector, vector))
            # the heading a sentence stands under is part of what it says ("Partners": "werkt samen met o.a. …")
            said = f"{sentence.text} {chunk.section[-1]}" if chunk.section else sentence.text
            said = with_short_forms(said, lexicon)  # "Digital Office Groningen" says "DOG" too
            # (nothing asked about but what is counted, "hoeveel projecten volgens de brief": the counted noun anchors)
            anchors = content_terms or (tuple(sorted(counted)) if counted else intent.subject_terms)
            overlap = _overlap(anchors, said, rare) + (money and speaks_of_money(said, lexicon))
            # "which earlier letter": a sentence naming a letter by its date is about what is asked, in any words
            overlap += int(earlier and intent.answer_type == "reference" and bool(_A_DATED_LETTER.search(sentence.text)))
            # a word rare in the corpus, shared with the question, anchors the sentence: the floor gives a little
            slack = RARE_SLACK if overlap > _overlap(intent.subject_terms, said) else 0.0
            if not overlap or (similarity < floors[0] - slack and chunk_similarity < floors[1] - slack):
                continue
            if not names_years or (about_years and speaks_of_other_years(sentence.text, chunk, about_years)):
                reason = "year" if reason == "no_evidence" else reason
                continue
            if not typed and _field_line(sentence.text) and not _overlap(content_terms, sentence.text):
                continue  # "Datum 14-03-2018 Uw brief van" states the letter's date, not what it says about a subject
            if not typed and SALUTATION.match(sentence.text):
                continue  # "Met vriendelijke groet, …" closes the letter; it says nothing of "vriendjes"
            entity = _typed_entity(intent, sentence.text, lexicon, content_terms) if typed else None
            if typed and entity is None:
                reason = "type" if reason in ("no_evidence", "year") else reason
                continue
            if not says_emphasised(intent.emphasised, said, lexicon):
                continue  # "de gemeente zelf": a sentence about the team is not about the municipality's own part
            if intent.role and not names_role(sentence.text, intent.role, lexicon):
                reason = "role" if reason in ("no_evidence", "year", "type") else reason
                continue
            if intent.role and beside_role and not covered_terms(beside_role, f"{place} {context}", lexicon):
                # "welke wethouder gaat over digitale economie?": an alderman of another matter is not the one asked
                reason = "role" if reason in ("no_evidence", "year", "type") else reason
                continue
            own = references.get(chunk.source)
            # "de brief van 2016", "de eerdere brief": another document than the one the sentence stands in
            # (a year inside a date counts: "de brief van 14 december 2016")
            other_document = any(str(y) not in dates.get(chunk.source, "") for y in written) or earlier
            if intent.answer_type == "reference" and other_document and (
                    _field_line(sentence.text) or not all(str(y) in sentence.text for y in written)):
                continue  # "Ons kenmerk 6806242" is this letter's own; the earlier one's is said where it is named
            if (intent.answer_type == "reference" and entity and own and not other_document
                    and re.sub(r"\D", "", entity) == re.sub(r"\D", "", own)):
                similarity += OWN_REFERENCE
            score = (similarity + OVERLAP_WEIGHT * min(overlap, 4) + _specificity(intent.answer_type, entity)
                     + _field_line(sentence.text) - 0.005 * rank + HEAD_WEIGHT * _overlap(tuple(head), sentence.text, rare)
                     + _near(intent, entity, sentence.text, content_terms))
            candidates.append(Evidence(sentence=sentence, chunk=chunk, score=score, similarity=similarity, entity=entity))
    if not candidates:
        return [], reason
    candidates = of_the_event(intent, candidates, head, rare, lexicon, dates)
    if not candidates:
        return [], "type"  # dates, but none of the event asked
    candidates.sort(key=lambda e: -e.score)
    best = candidates[0].score
    margin = 0.025 if typed else 0.04
    chosen = [e for e in candidates if e.score >= best - margin][: limit if not typed else 2]
    return sorted(chosen, key=lambda e: (-e.score)), None


# what a question asks of something it only points at ("how many people came to it?")
_POINTS_AT_SOMETHING = re.compile(r"\b(?:it|its|them|they|this|that|dat|die|deze|dit|ervan|daarvan|eraan|erop|ze)\b")
# a sentence speaking of what the one before it named: "heeft u hiermee ingestemd", "daarover"
_POINTS_BACK_IN = re.compile(r"\b(?:hier|daar|er)(?:mee|over|in|van|aan|voor|bij|door|op|uit)\b", flags=re.I)


_AMOUNT_OF = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:van|of)\s+(?:(?:ruim|bijna|circa|ca|zo'n|ongeveer|meer dan|more than"
                        r"|about|almost|nearly|over)\s+)?$")


def other_amounts_noun(text: str, amount: str, heads: set[str], lexicon: Lexicon) -> bool:
    """The amount is said as one of another noun of money than the question asks ("een investering van ruim 6,5
    miljoen" when a contribution is asked).

    >>> from assistant.lexicon import load_lexicon
    >>> s = "Dit bedrag heeft bijgedragen aan een investering van ruim 6,5 miljoen euro aan projecten."
    >>> other_amounts_noun(s, "ruim 6,5 miljoen euro", {"bijdrage", "bijgedragen", "dragen"}, load_lexicon())
    True
    """
    at = text.find(amount)
    found = _AMOUNT_OF.search(normalise(text[:at])) if at >= 0 else None
    noun = found.group("noun") if found else ""
    return noun in lexicon.amount_heads and not set(lexicon.amount_heads[noun]) & heads


def looks_back_on(chunk: Chunk, year: int, dates: Mapping[str, str], lexicon: Lexicon) -> bool:
    """The passage says "afgelopen jaar", "last year" in a document of the year after `year`: it speaks of that year."""
    written = dates.get(chunk.source, "")[:4]
    return written == str(year + 1) and bool(lexicon.year_cues.latest.search(normalise(chunk.text)))


def mentions(said: Sequence[str], name: str) -> bool:
    """Whether the words `said` name `name`, its words in a row: "Blockchain in Education" is not named by a passage
    about a blockchain hackathon that also says "education" somewhere.

    >>> mentions(words("het Blockchain in Education congres"), "blockchain in education")
    True
    >>> mentions(words("Blockchain Hackathon in Groningen; education"), "Blockchain in Education")
    False
    """
    asked = words(name)
    n = len(asked)
    return n == 0 or any(said[i:i + n] == asked for i in range(len(said) - n + 1) if said[i] == asked[0])


LONG_FORM_SCORE = 95  # rapidfuzz partial ratio: one letter off in a long form of three words or more


def with_short_forms(text: str, lexicon: Lexicon) -> str:
    """The text with the abbreviations whose long form it spells out ("Het Digital Office Groningen is tijdelijk"
    speaks of the DOG), so a question using the short form finds it.

    >>> from assistant.lexicon import load_lexicon
    >>> with_short_forms("Het Digital Office Groningen is tijdelijk.", load_lexicon()).endswith(" dog")
    True
    """
    folded = f" {' '.join(re.findall(r'[a-z0-9]+', normalise(text)))} "
    # one slip in a long form of three words or more still spells it out ("Groningen Digital Business Center" for
    # the "Groninger Digital Business Center" the table calls GDBC)
    short = [s for s, full in lexicon.long_forms if full in folded or (
        full.count(" ") > 3 and fuzz.partial_ratio(full.strip(), folded) >= LONG_FORM_SCORE)]
    return f"{text} {' '.join(short)}" if short else text


# "when will …", "wanneer wordt de brief behandeld" (the Dutch present passive speaks of what is to come)
_AHEAD = re.compile(rf"^(?:and |en )?{_WHEN_WORDS}"
                    r"\s+(?:will|shall|zal|zullen|gaat|gaan|wordt|worden)\b|\bgoing to\b")


def before_its_source(evidence: Evidence, dates: Mapping[str, str]) -> bool:
    """A date earlier than the year of the document saying it: what it dates had happened when it was written."""
    written = dates.get(evidence.chunk.source, "")[:4]
    years = _YEARS.findall(evidence.entity or "")
    return bool(written and years and max(int(y) for y in years) < int(written))


def of_the_event(intent: Intent, candidates: list[Evidence], head: frozenset[str], rare: frozenset[str],
                 lexicon: Lexicon, dates: Mapping[str, str] = MappingProxyType({})) -> list[Evidence]:
    """For a date: the dated sentences that say the question's event, when one does. "Wanneer heeft de raad
    ingestemd met de focus …" is dated by the sentence that says "ingestemd", not by the one naming the focus with
    another event's date; the event is a word of the question's head clause that is rare in the corpus (a verb like
    "ingestemd", "vastgesteld"), so "the letter" (in every passage) decides nothing."""
    if intent.answer_type != "date":
        return candidates
    if _AHEAD.search(normalise(intent.question)):  # "when will we know …": not what a letter says had happened
        candidates = [e for e in candidates if not before_its_source(e, dates)]
    # the thing dated ("when were the masterclasses … held"): a dated sentence naming it, when one does (Trendship's
    # "plaatsgevonden" dates no masterclass)
    dated = dated_subject(intent.question, lexicon)
    if dated and any(covered_terms((dated,), e.sentence.text, lexicon) for e in candidates):
        candidates = [e for e in candidates if covered_terms((dated,), e.sentence.text, lexicon)]
    # what follows the subject ("when does the council get results"): a dated sentence saying it, when one does
    after = event_terms(intent.question, lexicon)
    if after:
        # none saying it: a date of another event is no answer ("when will we know whether gdc continues" is not
        # dated by "in 2018 komt het project in een andere fase")
        candidates = [e for e in candidates if covered_terms(after, e.sentence.text, lexicon)]
    event = frozenset(t for t in head if t in rare)
    if not event or not candidates:
        return candidates
    # whole words: a 5-letter stem would take "ingesteld" for "ingestemd"
    said = {id(e): len(event & set(words(e.sentence.text))) for e in candidates}
    most = max(said.values())
    return [e for e in candidates if said[id(e)] == most] if most else candidates


def related_passage(intent: Intent, hits: Sequence[Hit], sentences: SentenceVectors, query_vector: np.ndarray,
                    floor: float = MIN_SIMILARITY) -> Evidence | None:
    """For a refusal: the closest sentence that is about the question's subject, to show what the sources do say.

    A question that names no project, applicant or keyword is about the programme: one project's annex row ("23
    programmeerlessen") is no offer for "is het programma een succes?", so only prose is searched there."""
    about_rows = any(m.kind in ("project", "applicant", "keyword") for m in intent.entities)
    searched = hits[:3] if about_rows else [h for h in hits if not is_row_chunk(h.chunk)][:4]
    # a project or applicant the question names: a passage naming it, where one is found ("hoeveel man werkt er bij
    # mediacaster" is offered Mediacaster's row, not another club's network of 3.500)
    named = [m for m in intent.entities if m.kind in ("project", "applicant")]
    naming = [h for h in hits if any(mentions(words(h.chunk.text), m.value) for m in named)]
    searched = naming[:3] or searched
    best = None
    for hit in searched:
        for sentence, vector in sentences.get(hit.chunk.id, []):
            if SALUTATION.match(sentence.text):
                continue  # a letter's closing line is no offer of what it says
            similarity = float(np.dot(query_vector, vector))
            overlap = _overlap(intent.subject_terms, sentence.text)
            score = similarity + 0.05 * min(overlap, 3)
            if similarity >= floor and overlap and (best is None or score > best.score):
                best = Evidence(sentence=sentence, chunk=hit.chunk, score=score, similarity=similarity)
    return best


def is_row_chunk(chunk: Chunk) -> bool:
    """A table row, or an annex row printed in a document (a Markdown table line): one project's entry."""
    return chunk.kind == "row" or chunk.text.lstrip().startswith("|")


def sentence_holding(text: str, value: str) -> str | None:
    """The sentence of `text` that holds `value` (its first), or None.

    >>> sentence_holding("Er zijn 8 bijeenkomsten. Het netwerk telt 3.500 mensen.", "3.500 mensen")
    'Het netwerk telt 3.500 mensen.'
    """
    from index.chunk import sentence_spans

    return next((text[a:b] for a, b in sentence_spans(text) if value in text[a:b]), None)


def entity_about(kind: str, text: str, noun: str | None, lexicon: Lexicon) -> str | None:
    """The answer of a kind in text that belongs to the noun asked about: in the sentence naming the noun, the first
    one after it ("een netwerk van … zo'n 3.500 mensen" for the network, not the "8 bijeenkomsten" before it).

    >>> from assistant.lexicon import load_lexicon
    >>> entity_about("count", "Er zijn 8 bijeenkomsten. Het netwerk telt zo'n 3.500 mensen.", "network", load_lexicon())
    "zo'n 3.500 mensen"
    >>> entity_about("count", "Het vond plaats op 19 oktober 2017 met ruim 1.600 deelnemers.", "bezoekers", load_lexicon())
    'ruim 1.600 deelnemers'
    """
    from index.chunk import sentence_spans

    if not noun:
        return find_entity(kind, text, lexicon.not_person_names)
    stems = {w[:5] for k in lexicon.kin(noun) for w in words(k) if len(w) >= 4}
    if kind == "count":  # the noun counted itself: "ruim 1.600 deelnemers" for the visitors, wherever it stands
        # (in a compound too: "23 programmeerlessen" counts lessons, and the counts after it of the same noun)
        own = next((m.group(0).strip() for m in re.finditer(ENTITY_PATTERNS["count"][0], text, flags=re.I)
                    if any(s in normalise(m.group(0).split()[-1]) for s in stems) and re.search(r"\d", m.group(0))), None)
        if own:
            return with_further_counts(own, text, sorted(stems))
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        folded = normalise(sentence)
        at = min((folded.find(s) for s in stems if s in folded), default=-1)
        if at >= 0:
            # a count before the noun is the noun's own only when it counts it (above): "groep 2 tot en met 8 van
            # basisscholen" counts no schools
            found = find_entity(kind, sentence[at:], lexicon.not_person_names) or (
                None if kind == "count" else find_entity(kind, sentence, lexicon.not_person_names))
            if kind == "count" and found and re.match(r"(?:een|one|an?)\b", found.strip(), flags=re.I):
                return None  # "een nadrukkelijke wens" is an article, no count
            return found
    return None


def _mentions_noun(text: str, noun: str, lexicon: Lexicon) -> bool:
    stems = {w[:5] for k in lexicon.kin(noun) for w in words(k) if len(w) >= 4}
    return any(s in normalise(text) for s in stems)


def own_terms(question: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The content words of the question as asked (no glossary additions): what a stating sentence must cover."""
    from assistant.phrasing import said_about, untagged, unwrap, without_kind_asked

    # "is there some kind of traineeship …", "bestaat er …": what exists is asked, not the words around it; "staat er
    # in de plannen iets over X": X, not where it is said
    generic = lexicon.generic_question_words | lexicon.existence_words
    text = " ".join(re.findall(r"[a-z0-9]+", normalise(said_about(without_kind_asked(untagged(unwrap(question)))))))
    # an example of what is asked ("something for graduates, like a traineeship") is no word a sentence must say
    text = re.sub(r"\blike (?=(?:a|an|the|some|any)\b)", "", text)
    phrases = lexicon.glossary_phrases
    terms: list[str] = []
    at = 0
    # "did trendship take place on …": "take place" is a term of its own, which the glossary gives "plaatsgevonden";
    # a phrase of only generic words ("how many") stays out as its words do
    for found in phrases.finditer(text) if phrases else ():
        terms += words(text[at:found.start()])
        phrase = found.group(0)
        terms += [phrase] if set(words(phrase)) - generic else words(phrase)
        at = found.end()
    terms += words(text[at:])
    return tuple(dict.fromkeys(w for w in terms if w not in generic and len(w) > 1))


def covered_terms(terms: Sequence[str], text: str, lexicon: Lexicon) -> int:
    """How many terms a text covers: the word itself, a shared 5-letter stem, or a Dutch word the glossary gives it.

    >>> from assistant.lexicon import load_lexicon
    >>> text = "Het Digital Office Groningen is tijdelijk."
    >>> covered_terms(("office", "temporary"), text, load_lexicon()), covered_terms(("office", "permanent"), text, load_lexicon())
    (2, 1)
    >>> covered_terms(("100",), "€ 100.000", load_lexicon()), covered_terms(("100",), "meer dan 100 bedrijven", load_lexicon())
    (0, 1)
    >>> covered_terms(("omscholing", "kennisinstellingen"), "om-/bijscholing; onderwijs- en kennisinstellingen", load_lexicon())
    2
    """
    tokens = set(words(text))
    stems = {t[:5] for t in tokens if len(t) >= 5}
    shortened = shortened_compounds(text)

    def found(word: str) -> bool:
        if word.isdigit():  # a number is a value as written: "100" is not said by "€ 100.000"
            return float(word) in numbers_in(text)
        # a word, its 5-letter stem, or (long words) inside a Dutch compound: "conferentie" in
        # "ontwikkelaarsconferentie"
        return word in tokens or (len(word) >= 5 and word[:5] in stems) or (
            len(word) >= 6 and any(word in t for t in tokens)) or shortened_in(word, shortened)

    count = 0
    for term in terms:
        translations = words(lexicon.glossary.get(term) or lexicon.glossary.get(term.rstrip("s")) or "")
        translations += list(lexicon.keywords.get(term, ()))
        translations += list(lexicon.glossed.get(term, ()))  # ("anonymised": "geanonimiseerde", read back from the gloss)
        spelled_out = words(lexicon.abbreviations.get(term, ""))  # "DOG" is covered by all of its name, not "Groningen"
        count += found(term) or any(found(t) for t in translations) or bool(spelled_out) and all(map(found, spelled_out))
    return count


# Dutch leaves out a compound's shared part: "om-/bijscholing", "onderwijs- en kennisinstellingen"
_SHARED_TAIL = re.compile(r"\b([a-z]+)-\s*(?:/\s*|(?:en|of|en/of)\s+)([a-z]+)\b", flags=re.I)


def shortened_compounds(text: str) -> list[tuple[str, str]]:
    """The (first part, second word) pairs of the compounds a text writes with their shared part left out."""
    return _SHARED_TAIL.findall(text) if "-" in text else []


def shortened_in(word: str, pairs: Sequence[tuple[str, str]]) -> bool:
    """The word is one of those compounds: "omscholing" in "om-/bijscholing", "onderwijsinstellingen" in
    "onderwijs- en kennisinstellingen".

    >>> shortened_in("omscholing", shortened_compounds("op het gebied van om-/bijscholing"))
    True
    >>> shortened_in("onderwijsinstellingen", shortened_compounds("onderwijs- en kennisinstellingen"))
    True
    >>> shortened_in("omzet", shortened_compounds("om-/bijscholing"))
    False
    """
    return any(word.startswith(first.lower()) and len(word) - len(first) >= 4
               and second.lower().endswith(word[len(first):]) for first, second in pairs)


def says_word(term: str, text: str, lexicon: Lexicon) -> bool:
    """The text has the word itself (or its Dutch translation), inflected at most ("blijvende"), not only its stem:
    "blijven" does not say "blijvend".

    >>> from assistant.lexicon import load_lexicon
    >>> says_word("blijvend", "voorop te blijven lopen", load_lexicon()), says_word("temporary", "is tijdelijk", load_lexicon())
    (False, True)
    >>> says_word("tijdelijke", "Het DOG is tijdelijk", load_lexicon())
    True
    >>> says_word("informeel", "een informele samenwerking", load_lexicon()), says_word("informele", "is informeel", load_lexicon())
    (True, True)
    """
    tokens = set(words(text))
    forms = (*uninflected(term), *words(lexicon.glossary.get(term, "")))
    # a long vowel is written once before an ending ("formeel", "formele"), twice without one
    forms = (*forms, *(re.sub(r"([aeou])\1([^aeiou])$", r"\1\2", f) for f in forms),
             *(re.sub(r"([aeou])([^aeiou])$", r"\1\1\2", f) for f in forms))
    return any(f in tokens or f + "e" in tokens or f + "en" in tokens for f in forms)


def asks_in_money_words(intent: Intent, lexicon: Lexicon) -> bool:
    """An amount asked in money's words ("hoeveel geld trekt de gemeente uit"): a sentence speaking of money in its
    own words ("voor 4 tot 6 ton bij te dragen") speaks of the same subject (see `speaks_of_money`)."""
    return intent.answer_type == "amount" and bool(set(words(intent.question)) & lexicon.funding_words)


def speaks_of_money(text: str, lexicon: Lexicon) -> int:
    """1 when the sentence speaks of money (a funding word, a separable verb joined: "bij te dragen"), else 0.

    >>> from assistant.lexicon import load_lexicon
    >>> speaks_of_money("Wij verwachten in 2018 voor 4 tot 6 ton bij te dragen.", load_lexicon())
    1
    """
    tokens = set(words(text)) | joined_verbs(re.findall(r"[a-z0-9]+", normalise(text)))
    return int(bool(tokens & lexicon.funding_words))


def says_emphasised(stressed: Sequence[str], text: str, lexicon: Lexicon) -> bool:
    """Every stressed word ("the municipality itself", "het office zelf") is said in the text: in either language,
    or by a name's abbreviation ("het DOG" is the Digital Office Groningen) or full name.

    >>> from assistant.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> says_emphasised(["office"], "Het DOG bestond uit een team van 2-3 fte.", lex)
    True
    >>> says_emphasised(["municipality"], "Het DOG bestond uit een team van 2-3 fte.", lex)
    False
    """
    folded = normalise(text)

    def said(word: str) -> bool:
        forms = (word, *words(lexicon.glossary.get(word, "")),
                 *(short for short, full in lexicon.abbreviations.items() if word in words(full)))
        full = lexicon.abbreviations.get(word)
        return bool(_overlap(forms, text)) or bool(full and full in folded)

    return all(said(w) for w in stressed)


def covers_all(terms: Sequence[str], text: str, lexicon: Lexicon) -> bool:
    """Does the text cover every one of the terms (see `covered_terms`)?"""
    return covered_terms(terms, text, lexicon) == len(terms)


ANTECEDENT_SENTENCES = 2  # how far back a stating sentence's subject may be named


def stating_sentence(intent: Intent, hits: Sequence[Hit], sentences: SentenceVectors, query_vector: np.ndarray,
                     lexicon: Lexicon, floor: float, terms: tuple[str, ...] | None = None) -> Evidence | None:
    """For a yes/no question: a sentence that states what is asked — it covers every content word of the question
    (in either language), or of `terms` when given; the closest such sentence, or None when no sentence states it."""
    found = stating_sentences(intent, hits, sentences, query_vector, lexicon, floor, terms)
    return found[0] if found else None


def stating_sentences(intent: Intent, hits: Sequence[Hit], sentences: SentenceVectors, query_vector: np.ndarray,
                      lexicon: Lexicon, floor: float, terms: tuple[str, ...] | None = None) -> list[Evidence]:
    """Every sentence of the hits that states what is asked (see `stating_sentence`), closest first."""
    terms = own_terms(intent.question, lexicon) if terms is None else terms
    if not terms:
        return []
    found: list[Evidence] = []
    # a row of the subsidy tables is money the city gave: "… that received support from the city" it states by being one
    # (not another giver's: "heeft de provincie projecten gefinancierd" is no row's, though a row names the province)
    unfunded = tuple(t for t in terms if t not in lexicon.funding_words) or terms if intent.giver is None else terms
    # what the question is about, by name ("het DOG"), may be named a sentence or two before the one stating the
    # rest: "Het Digital Office Groningen is een bijzondere vorm van samenwerking … is gekozen voor een informele
    # samenwerking"; a property asked must be in the stating sentence itself
    named = named_terms(intent, terms, lexicon)
    for hit in hits:
        asked = unfunded if is_row_chunk(hit.chunk) else terms
        said_before: list[str] = []
        for sentence, vector in sentences.get(hit.chunk.id, []):
            before, said_before = " ".join(said_before[-ANTECEDENT_SENTENCES:]), [*said_before, sentence.text]
            similarity = float(np.dot(query_vector, vector))
            # (the heading a sentence stands under says what it is of: "Focus 2018" for "… cybersecurity …")
            heading = chunk_heading(hit.chunk)
            text = with_short_forms(f"{sentence.text} {heading}", lexicon)
            if similarity < floor or not (covers_all(asked, text, lexicon) or (
                    named and not is_row_chunk(hit.chunk) and covers_all(tuple(t for t in asked if t not in named), text,
                                                                         lexicon)
                    and covers_all(tuple(named), with_short_forms(before, lexicon), lexicon))):
                continue
            found.append(Evidence(sentence=sentence, chunk=hit.chunk, score=similarity, similarity=similarity))
    return sorted(found, key=lambda e: -e.similarity)


def chunk_heading(chunk: Chunk) -> str:
    """The prose heading a passage stands under ("Focus 2018"); none for a table row, whose section is the annex."""
    return chunk.section[-1] if chunk.section and not is_row_chunk(chunk) else ""


def named_terms(intent: Intent, terms: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """The terms that name what a question is about (a name it gives, a short form or a word of what that stands
    for: "dog", "digital office"), not a property it asks of it."""
    spelled = {w for long in lexicon.abbreviations.values() for w in words(long)}
    return tuple(t for t in terms if t in lexicon.abbreviations or t in spelled or any(t in words(n) for n in intent.names))


def with_naming_sentence(stated: Evidence, sentences: SentenceVectors, named: tuple[str, ...],
                         lexicon: Lexicon) -> list[Evidence]:
    """The stating sentence, preceded by the nearest sentence before it (in its passage) that names what the
    question is about, when the stating sentence does not name it itself."""
    if not named or covers_all(named, with_short_forms(stated.sentence.text, lexicon), lexicon):
        return [stated]
    before = [s for s, _ in sentences.get(stated.chunk.id, []) if s.end <= stated.sentence.start]
    naming = next((s for s in reversed(before[-ANTECEDENT_SENTENCES:])
                   if covers_all(named, with_short_forms(s.text, lexicon), lexicon)), None)
    return [stated] if naming is None else [replace(stated, sentence=naming), stated]


def opposite_terms(terms: tuple[str, ...], lexicon: Lexicon) -> list[tuple[str, ...]]:
    """The question's terms with one word turned into its opposite ("permanent" → "tijdelijk"): a sentence stating
    the opposite answers the yes/no question with no.

    >>> from assistant.lexicon import load_lexicon
    >>> opposite_terms(("office", "permanent"), load_lexicon())[0]
    ('office', 'tijdelijk')
    """
    return [(*terms[:i], opposite, *terms[i + 1:]) for i, term in enumerate(terms)
            for opposite in lexicon.opposite_of(term)]


_CONTINUES = re.compile(r"^(?:daarbij|dat|dit|deze|het|hiermee|hierbij|zo|ook|daarnaast|bovendien|verder|that|this|these|"
                        r"it|also|moreover|in addition)\b", flags=re.I)


def topic_evidence(intent: Intent, hits: Sequence[Hit], sentences: SentenceVectors, query_vector: np.ndarray,
                   lexicon: Lexicon, floor: float, answer_cue: re.Pattern[str] | None,
                   enumerates: Sequence[str] = (), sources: int = 2, about: frozenset[str] = frozenset(),
                   section_of: Callable[[Chunk], Sequence[Chunk]] | None = None) -> list[Evidence]:
    """For an overview question (goal, themes, results, …): in each of the (two) best documents, the sentence that
    says it the way such answers are said (the topic's answer cues), with the sentences that continue it, so an
    enumeration is quoted whole and two documents that put it differently are both heard.

    `enumerates` are values a good answer lists (the themes of the tables for a themes question): a sentence that
    names more of them is a better answer. `about`, when given, holds the documents about the programme itself: a
    project plan's "het doel van het project" does not answer what the programme is for.
    """
    topic_cue = lexicon.topics[intent.topic].question if intent.topic else None
    terms = tuple(t for t in intent.subject_terms if not (topic_cue and topic_cue.search(t)))
    folded = [normalise(v) for v in enumerates]
    best: dict[str, tuple[float, Evidence, Sequence[tuple[Sentence, np.ndarray]], int]] = {}
    for rank, hit in enumerate(hits):
        if hit.chunk.kind == "row" or (about and hit.chunk.source not in about):
            continue  # a table row, or a document about something else, describes one project, not the programme
        chunk_sentences = sentences.get(hit.chunk.id, [])
        # the asked year in a heading ("Terugblik 2017" for "what was achieved in 2017") names the place too
        named = _overlap((*terms, *map(str, asked_years(intent))), " ".join((hit.chunk.title, *hit.chunk.section)))
        for i, (sentence, vector) in enumerate(chunk_sentences):
            text = normalise(sentence.text)
            if answer_cue is not None and not answer_cue.search(text):
                continue
            similarity = float(np.dot(query_vector, vector))
            listed = sum(v in text for v in folded)
            if similarity < floor - 0.04 and not listed:
                continue
            # A question that names the document or section ("volgens het actieplan") prefers that place.
            # … and a section headed by the topic ("Terugblik 2017" for what was achieved) is where it is said.
            # a sentence saying it in several of the ways such answers are said ("om … van goed naar excellent te
            # brengen") says it more than one using the topic's word once ("uitdagingen en doelen geformuleerd")
            ways = len({m.group(0) for m in answer_cue.finditer(text)}) if answer_cue is not None else 0
            score = (similarity + OVERLAP_WEIGHT * min(_overlap(terms, sentence.text), 3) + 0.03 * listed
                     + 0.02 * min(named, 2) + 0.03 * titled_by_topic(hit.chunk, topic_cue) - 0.004 * rank
                     + 0.015 * min(max(ways - 1, 0), 2))
            source = hit.chunk.source
            if source not in best or score > best[source][0]:
                best[source] = (score, Evidence(sentence=sentence, chunk=hit.chunk, score=score, similarity=similarity),
                                chunk_sentences, i)
    chosen: list[Evidence] = []
    for _, first, chunk_sentences, at in sorted(best.values(), key=lambda b: -b[0])[:sources]:
        if titled_by_topic(first.chunk, topic_cue):
            # a section headed by the topic ("Focus 2018" for "waar ligt de focus") is the answer, all of it
            parts = section_of(first.chunk) if section_of else [first.chunk]
            whole = [(part, sentence, vector) for part in parts for sentence, vector in sentences.get(part.id, [])]
            chosen.extend(Evidence(sentence=sentence, chunk=part, score=float(np.dot(query_vector, vector)),
                                   similarity=float(np.dot(query_vector, vector)))
                          for part, sentence, vector in (whole[i] for i in _cut_section(
                              [sentence.text for _, sentence, _ in whole], answer_cue)))
            continue
        # the cue's sentences just before it say it too ("Om de IT-sector … van goed naar excellent te brengen, …"
        # opens the paragraph whose next sentence was nearest)
        before = at
        while before > max(at - 2, 0) and answer_cue is not None and answer_cue.search(
                normalise(chunk_sentences[before - 1][0].text)):
            before -= 1
        for sentence, vector in chunk_sentences[before:at]:
            similarity = float(np.dot(query_vector, vector))
            chosen.append(Evidence(sentence=sentence, chunk=first.chunk, score=similarity, similarity=similarity))
        chosen.append(first)
        for sentence, vector in chunk_sentences[at + 1 : at + 3]:
            text = normalise(sentence.text)
            if not (_CONTINUES.match(sentence.text) or (answer_cue is not None and answer_cue.search(text))
                    or sum(v in text for v in folded) >= 2):
                break
            similarity = float(np.dot(query_vector, vector))
            chosen.append(Evidence(sentence=sentence, chunk=first.chunk, score=similarity, similarity=similarity))
    return chosen


_POINTS_BACK = re.compile(r"^(?:dit|deze|dat|hiermee|daarmee|hierdoor|daardoor|this|these|that)\b", flags=re.I)


def points_back(text: str) -> bool:
    """The sentence begins by pointing at what came before it ("Dit bedrag …", "Hiermee …")."""
    return bool(_POINTS_BACK.match(text))


def with_antecedents(evidence: list[Evidence], sentences: SentenceVectors) -> list[Evidence]:
    """The evidence, a sentence that points back ("Dit bedrag heeft bijgedragen aan … een multiplier van bijna 14")
    preceded by the sentence it points to, the one before it in the same passage ("… ruim € 470.000 bijgedragen")."""
    have = {(e.chunk.id, e.sentence.start) for e in evidence}
    out: list[Evidence] = []
    for e in evidence:
        if points_back(e.sentence.text) and not is_row_chunk(e.chunk):
            before = [s for s, _ in sentences.get(e.chunk.id, []) if s.end <= e.sentence.start]
            if before and (e.chunk.id, before[-1].start) not in have:
                have.add((e.chunk.id, before[-1].start))
                out.append(Evidence(sentence=before[-1], chunk=e.chunk, score=e.score, similarity=e.similarity))
        out.append(e)
    return out


def with_sequels(evidence: list[Evidence], sentences: SentenceVectors, asked: Sequence[str],
                 following: Callable[[Chunk], Chunk | None] = lambda chunk: None) -> list[Evidence]:
    """The evidence, each sentence followed by the next one of its passage (or the first of the `following` passage)
    when that one goes on about what is `asked` ("… en de oprichting van een Urban Data Center in samenwerking met
    CBS. Dit samenwerkingsverband combineert …"): what a thing is, told in two sentences. The next sentence points
    back at the last thing named, so the thing asked must be named in the sentence's last clause (not the Stadspas,
    named before "en de oprichting van …")."""
    have = {(e.chunk.id, e.sentence.start) for e in evidence}
    out: list[Evidence] = []
    for e in evidence:
        out.append(e)
        last_clause = re.split(r",|;|\s(?:en|and)\s", e.sentence.text)[-1]
        said = words(last_clause)
        if is_row_chunk(e.chunk) or not any(len(t) >= 4 and any(w.startswith(t[:5]) for w in said) for t in asked):
            continue
        chunk: Chunk | None = e.chunk
        after = [s for s, _ in sentences.get(e.chunk.id, []) if s.start >= e.sentence.end]
        if not after:
            chunk = following(e.chunk)
            after = [s for s, _ in sentences.get(chunk.id, [])] if chunk is not None else []
        if chunk is not None and after and points_back(after[0].text) and (chunk.id, after[0].start) not in have:
            have.add((chunk.id, after[0].start))
            out.append(Evidence(sentence=after[0], chunk=chunk, score=e.score, similarity=e.similarity))
    return out


def asked_years(intent: Intent) -> list[int]:
    """The years a question asks about; not a year that only dates the document it names ("the letter of 2018")."""
    return [y for y in intent.years if not _names_document(intent, str(y))]


_RANGE = re.compile(r"\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b")


def years_spoken(text: str) -> frozenset[int]:
    """Every year a text speaks of, the years inside a range too ("2017-2021" speaks of 2019).

    >>> sorted(years_spoken("looptijd 2017- 2021; begin 2019"))
    [2017, 2018, 2019, 2020, 2021]
    """
    found = {int(y) for y in _YEARS.findall(text)}
    for start, end in _RANGE.findall(text):
        found |= set(range(int(start), int(end) + 1)) if 0 < int(end) - int(start) <= 20 else set()
    return frozenset(found)


def _names_document(intent: Intent, year: str) -> bool:
    """'De brief van 2018': the year is the document's own date, not what a passage must be about."""
    return bool(re.search(rf"\b(?:brief|raadsbrief|letter|artikel|article|document)\b[^?]*\b{year}\b",
                          normalise(intent.question)))


_YEARS = re.compile(r"\b(?:19|20)\d{2}\b")


def speaks_of_other_years(sentence: str, chunk: Chunk, asked: Sequence[int]) -> bool:
    """The sentence is about other years than the ones asked: the years it names, or else the years its own heading
    names ("afgelopen jaar … 2-3 fte" under "Terugblik 2017" is about 2017, not 2018).

    >>> c = Chunk(id="c", source="a.md", title="A", section=("Terugblik 2017",), page=None, start=0, end=1, text="x")
    >>> speaks_of_other_years("Het DOG bestond uit een team van 2-3 fte.", c, [2018])
    True
    >>> speaks_of_other_years("In 2017 en 2018 groeide het team.", c, [2018])
    False
    """
    own = {int(y) for y in _YEARS.findall(sentence)} or {
        int(y) for y in _YEARS.findall(chunk.section[-1] if chunk.section else "")}
    return bool(own) and not own & set(asked)


SECTION_SENTENCES = 8  # a section quoted whole is a paragraph or two, not a chapter


def _cut_section(texts: Sequence[str], answer_cue: re.Pattern[str] | None) -> list[int]:
    """Which of a topic's section's sentences to quote: all of a short one; of a long one, those said the way the
    topic's answers are said ("Terugblik 2017" is eleven sentences, and its third paragraph, "Het DOG heeft …
    bijgedragen aan … bewustwording", is what was achieved), or else its start; at most SECTION_SENTENCES.

    >>> _cut_section(["a", "x bereikt", "b"] + ["c"] * 8, re.compile("bereikt"))
    [1, 2]
    >>> len(_cut_section(["a"] * 11, re.compile("bereikt")))
    8
    """
    if len(texts) <= SECTION_SENTENCES:
        return list(range(len(texts)))
    said = [i for i, text in enumerate(texts) if answer_cue is not None and answer_cue.search(normalise(text))]
    if not said:
        return list(range(SECTION_SENTENCES))
    # each with the sentence after it, which goes on saying it ("… hebben geleid tot …" → "Onderwijs en bedrijfsleven …")
    keep = sorted({j for i in said for j in (i, i + 1) if j < len(texts)})
    return keep[:SECTION_SENTENCES]


def titled_by_topic(chunk: Chunk, topic_cue: re.Pattern[str] | None) -> bool:
    """The chunk's own heading names the topic asked ("Focus 2018", "Doelen")."""
    return bool(topic_cue and chunk.section and topic_cue.search(normalise(chunk.section[-1])))


def is_role(entity: str) -> bool:
    """Is this answer a role word ("burgemeester", "cto") rather than a person's name?

    >>> is_role("burgemeester"), is_role("Peter den Oudsten")
    (True, False)
    """
    return re.fullmatch(ROLES, entity.strip(), re.I) is not None


def people_over_roles(evidence: list[Evidence]) -> list[Evidence]:
    """A role stands in for a person only when no passage names one: "who signed?" is answered by the two names, not
    also by "burgemeester" from "burgemeester en wethouders van Groningen"."""
    if not any(e.entity and not is_role(e.entity) for e in evidence):
        return evidence
    return [e for e in evidence if not (e.entity and is_role(e.entity))]


def with_fellow_names(evidence: list[Evidence], sentences: SentenceVectors, lexicon: Lexicon) -> list[Evidence]:
    """For a "who" answer: the other short name lines of the same passage ("de secretaris, Peter Teesink" under
    "de burgemeester, Peter den Oudsten"), so a question whose answer is several people gets all of them."""
    out = list(evidence)
    seen = {e.sentence.text for e in evidence}
    for e in evidence:
        for sentence, _ in sentences.get(e.chunk.id, []):
            if sentence.text in seen or len(sentence.text.split()) > 6:
                continue
            name = find_entity("name", sentence.text, lexicon.not_person_names)
            if name:
                seen.add(sentence.text)
                out.append(Evidence(sentence=sentence, chunk=e.chunk, score=e.score - 0.001, similarity=e.similarity,
                                    entity=name))
    return out


_DEFINING = (r"\W{0,3}(?:\([^)]*\)\s*)?(?:is|zijn|was|waren|wordt|worden|betekent|betekenen|staat voor|houdt in|means|refers to"
             r"|stands for|,\s*(?:een|de|het|a|an|the)\b|:)")


def defines(term: str, sentence: str, section: Sequence[str], lexicon: Lexicon) -> bool:
    """Does a sentence say what a term is: the term (or what its abbreviation stands for) followed by "is",
    "betekent", "staat voor" or an apposition ("X, een …"), or said to be called so; a section headed by the term
    is about it. "Campus (Eduroam) en innovatieve experimenten …" only mentions Eduroam.

    >>> from assistant.lexicon import load_lexicon
    >>> defines("dog", "Het Digital Office Groningen is een bijzondere vorm van samenwerking.", (), load_lexicon())
    True
    >>> defines("eduroam", "Campus (Eduroam) en innovatieve experimenten met IoT en 5G uitvoeren.", (), load_lexicon())
    False
    """
    text = normalise(sentence)
    forms = {term, *([lexicon.abbreviations[term]] if term in lexicon.abbreviations else [])}
    for form in forms:
        if any(form in normalise(heading) for heading in section):
            return True
        name = re.escape(form)
        if re.search(rf"\b{name}\b{_DEFINING}", text) or re.search(rf"\b(?:genaamd|called|named|heet)\s+{name}\b", text):
            return True
        # "het nieuwe omgevingsplan Next City", "het economisch programma G-kwadraat": what it is, said before it
        if re.search(rf"\b(?:een|het|de|a|an|the)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]{{4,}}\s+{name}\b", text):
            return True
        # "een doorlopende digitale leerlijn ("Digideal")": a noun phrase named in brackets after it
        if re.search(rf"\b(?:een|het|de|a|an|the)\s+[^()]{{3,60}}?\(\s*[\"'“”‘’]?{name}[\"'“”‘’]?\s*\)", text):
            return True
        # "Chief Digital Officer (CDO)": the words before an abbreviation in brackets spell it out ("Campus (Eduroam)"
        # is no abbreviation)
        spelled = re.search(rf"\(\s*({name})\s*\)", sentence, flags=re.I)
        if spelled and spelled.group(1).isupper() and len(spelled.group(1)) >= 2:
            return True
    return False
