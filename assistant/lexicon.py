"""The domain lexicon as data: theme and applicant aliases, keyword synonyms, the English→Dutch glossary, word lists.

Loaded once from `assistant/lexicon/*.yaml` into one frozen `Lexicon` that the parts which need it are given.
Table values themselves (projects, applicants, themes, years) come from the index, not from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import cast

import yaml

from assistant.catalogue import UniqueKeyLoader
from assistant.years import YearCues, load_year_cues
from index.lexical import normalise, words

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


class LexiconError(ValueError):
    """A lexicon file is missing, not YAML, or not shaped as documented in its header."""


@dataclass(frozen=True, kw_only=True)
class TopicCues:
    """How a question asks an overview topic, and how a sentence that answers it speaks (lexicon/topics.yaml)."""

    question: re.Pattern[str]
    answer: re.Pattern[str] | None
    # asked only by a question that names nothing but the subject itself ("wat is GDC?"): "wat is het adres" is not
    bare: bool = False
    padding: frozenset[str] = frozenset()  # words a bare question may add ("the programme", "eigenlijk")
    unless: re.Pattern[str] | None = None  # a question saying these asks something else ("criteria … geselecteerd")

    @cached_property
    def words(self) -> frozenset[str]:
        """The words the question cues are written with ("wat", "houdt", "in"), not what they span."""
        return frozenset(re.findall(r"[a-z]+", self.question.pattern))


def compound_of(word: str, tails: frozenset[str]) -> str | None:
    """The word of `tails` a word is, or ends in as a Dutch compound's head ("ticketprijs" is a "prijs",
    "toegangsprijs" one too); None for another word. A short tail (under four letters) must be the whole word.

    >>> compound_of("ticketprijs", frozenset({"prijs"})), compound_of("prijs", frozenset({"prijs"}))
    ('prijs', 'prijs')
    >>> compound_of("verprijs", frozenset({"prijs"})), compound_of("fee", frozenset({"fee"})), compound_of("coffee", frozenset({"fee"}))
    (None, 'fee', None)
    """
    if word in tails:
        return word
    return next((t for t in tails if len(t) >= 4 and word.endswith(t) and len(word) - len(t) >= 4), None)


def compound_parts(word: str, known: frozenset[str]) -> tuple[str, str] | None:
    """A Dutch compound the sources never write whole, split into two words they do know ("basisschoolkinderen":
    basisschool, kinderen), each at least four letters, a linking "s" or "e" allowed between them; the longest
    known tail wins. None when no split has both parts known.

    >>> compound_parts("basisschoolkinderen", frozenset({"basisschool", "kinderen", "school"}))
    ('basisschool', 'kinderen')
    >>> compound_parts("bedrijfsstages", frozenset({"bedrijf", "stages"}))
    ('bedrijf', 'stages')
    >>> compound_parts("kinderen", frozenset({"kinderen"})) is None
    True
    """
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if tail not in known:
            continue
        if head in known:
            return head, tail
        if head[-1] in "se" and head[:-1] in known and len(head) > 4:
            return head[:-1], tail
    return None


def uninflected(word: str) -> tuple[str, ...]:
    """The word and its forms without a Dutch inflection ending ("blijvende" → blijvend, "tijdelijken" → tijdelijk).

    >>> uninflected("blijvende"), uninflected("office")
    (('blijvende', 'blijvend'), ('office', 'offic'))
    """
    return tuple(dict.fromkeys(f for f in (word, word[:-1] if word.endswith("e") else "",
                                           word[:-2] if word.endswith("en") else "") if f))


# "andere projecten dan", "other than": a cue with up to two words between its halves
_OTHER_THAN = r"\b(?:andere?|other)\s+(?:\w+\s+){0,2}(?:dan|than)"


def _cue_pattern(phrases: tuple[str, ...], modifiers: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """Phrases matched at a word's start, or after a modifier a Dutch compound starts with ("hoofdthema's",
    "kerndoelen": a kind of theme or goal)."""
    compound = "(?:" + "|".join(modifiers) + ")?" if modifiers else ""
    return re.compile(r"\b" + compound + "(?:" + "|".join(phrases) + ")") if phrases else None


@dataclass(frozen=True, kw_only=True)
class Lexicon:
    theme_aliases: dict[str, tuple[str, ...]]
    theme_english: dict[str, str]
    keywords: dict[str, tuple[str, ...]]  # question word → stems
    sections: dict[str, str]  # section → regex over normalised text
    applicant_aliases: dict[str, str]  # alias → applicant (lowercased)
    funders: frozenset[str]
    too_generic: frozenset[str]
    glossary: dict[str, str]  # English term → Dutch words
    language_votes: dict[str, frozenset[str]]
    generic_question_words: frozenset[str]
    generic_names: frozenset[str]
    not_person_names: frozenset[str]
    table_nouns: frozenset[str]
    receiver_nouns: frozenset[str] = frozenset()  # 'companies': who got money, the rows' applicants
    name_heads: frozenset[str] = frozenset()  # 'hub', 'lab': a word before them names a place or a body
    name_leads: frozenset[str] = frozenset()  # 'stichting': a word after it names a body
    measured_nouns: frozenset[str] = frozenset()  # 'network': "how big is the X network" measures it, not X
    present_words: frozenset[str] = frozenset()  # 'still': a yes/no about now, which a row does not state
    present_ends: frozenset[str] = frozenset()  # 'nog': about now only as the question's last word
    programme_words: frozenset[str] = frozenset()  # 'programma': the programme itself, which every source is about
    event_verbs: frozenset[str] = frozenset()  # 'vond … plaats', 'held': an event happened; its date or place is the claim
    date_words: frozenset[str] = frozenset()  # 'datum', 'take place': what asks a date, not which event is dated
    giver_words: frozenset[str] = frozenset()  # 'gemeente', 'city': the giver, named among the funding words
    not_counted: frozenset[str]
    amount_heads: dict[str, tuple[str, ...]]
    funding_words: frozenset[str]
    existence_words: frozenset[str]  # 'is er ooit een project over X': the words around X
    other_amounts: frozenset[str]  # a budget or a cost: no column of the project tables
    document_words: frozenset[str]  # 'de brief', 'schreef': what names a source, not a subject
    agreement_words: frozenset[str]  # 'klopt de totaalregel met de rijen?': stated and computed agree
    plan_words: frozenset[str]
    other_givers: dict[str, str]  # 'EU funding', 'de provincie': money the municipality's tables do not hold
    opposites: dict[str, tuple[str, ...]]  # 'permanent' → 'tijdelijk': a sentence stating the opposite says no
    abbreviations: dict[str, str]  # 'dog' → 'digital office groningen', for what a sentence covers
    shorthand: dict[str, str] = field(default_factory=dict)  # 'ppl' → 'people': a typist's short form of a word
    interjections: frozenset[str] = frozenset()  # 'wollah', 'joh': a word opening a sentence that asks nothing
    prospect_words: frozenset[str] = frozenset()  # 'kans', 'worth': how the asker's own plan would fare
    involvement_words: frozenset[str] = frozenset()  # 'betrokken': an applicant's projects, as partner too
    listing_words: frozenset[str] = frozenset()  # 'overzicht', 'alle': rows listed, no condition on them
    derived_figures: frozenset[str] = frozenset()  # 'verschil', 'sum': a figure computed from others, no name
    # 'anonymised' → ('geanonimiseerde',): the gloss's single words read back, an English word a Dutch one covers
    glossed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    own_plan_words: frozenset[str] = frozenset()  # 'project', 'startup': what the asker's own plan is called
    size_words: frozenset[str] = frozenset()  # 'investering': prose stating a total size, not a contribution
    people_at_work: dict[str, str]  # 'people' counted with a verb of working → 'staff'
    # 'how many came': a verb of coming counted, no noun → who came ('visitors')
    coming_verbs: dict[str, str] = field(default_factory=dict)
    work_verbs: frozenset[str]
    row_words: frozenset[str]  # 'bijdrage', 'partners', 'doel': what a project row has (a column or its description)
    not_contribution: frozenset[str]  # 'salaris', 'price': an amount that is never a row's contribution or size
    unheld_properties: dict[str, str]  # 'leeftijd', 'oud' → 'leeftijd': what no column holds, though asked of a project
    paid_people: frozenset[str] = frozenset()  # 'stagiairs', 'trainees': whose pay a question may ask
    pay_words: frozenset[str] = frozenset()  # 'betaald', 'paid': asking what one of those is paid
    rates: dict[str, str] = field(default_factory=dict)  # 'per maand', 'per deelnemer' → the unit asked per
    counted_nouns: frozenset[str] = frozenset()  # 'people', 'visitors': counted, even after "how much"
    numbered_groups: frozenset[str] = frozenset()  # 'groep', 'group': a school year by its number ("groep 1")
    span_units: dict[str, str] = field(default_factory=dict)  # 'jaren' → 'year': the unit a figure is said in
    contact_words: frozenset[str]  # 'phone number', 'website': what a contact-detail question asks, not whose
    role_verbs: dict[str, str]  # 'who chairs X': a verb that asks who holds a role → the role
    letter_roles: dict[str, str] = field(default_factory=dict)  # 'contactpersoon' of a letter → 'steller'
    subject_words: frozenset[str] = frozenset()  # 'het programma', 'the action plan': the knowledge base's own subject
    reason_words: frozenset[str] = frozenset()  # 'omdat', 'because': a sentence giving a reason
    naming_words: frozenset[str] = frozenset()  # 'genoemd', 'called': what a why-question's premise leaves out
    derivation_words: frozenset[str] = frozenset()  # 'berekend', 'vandaan': how a stated figure was arrived at
    transfer_verbs: frozenset[str] = frozenset()  # 'ging', 'went': money that went to a row, no property of it
    budget_words: frozenset[str] = frozenset()  # 'budget 2018?': of a year only, the money expected to be spent
    outcome_words: frozenset[str] = frozenset()  # 'wat kwam daaruit?': what came of the part before
    role_question_words: frozenset[str] = frozenset()  # 'which alderman holds …': asking for the holder
    author_words: frozenset[str] = frozenset()  # 'steller', 'author': who wrote a letter, no post of its own
    organiser_words: frozenset[str] = frozenset()  # 'organised', 'achter': who a project is of, asked by what they do
    claim_words: frozenset[str] = frozenset()  # 'meer dan', 'about': how a claim compares its figure
    dated_documents: dict[str, str] = field(default_factory=dict)  # 'the 2019 council letter' → 'letter', its kind
    degrees: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 'succes' → word starts saying the quality
    degree_stated: frozenset[str] = frozenset()  # 'groot', 'zeer': a degree said of a quality
    light_verbs: frozenset[str] = frozenset()  # 'leren', 'learn': what the rows do, no word of what they are about
    score_words: frozenset[str] = frozenset()  # 'score', 'cijfer': a figure asked of a quality
    comparing: re.Pattern[str] | None = None  # 'compare to', 'hoe verhoudt': the subject set against a name
    comparison_said: frozenset[str] = frozenset()  # 'dan', 'groter': a sentence that compares
    outcome_asked: frozenset[str] = frozenset()  # 'what did X achieve': an outcome of a project asked
    outcome_said: tuple[str, ...] = ()  # 'succes', 'deelnemers': word starts of a sentence reporting one
    limit_words: frozenset[str] = frozenset()  # 'only', 'maar': a why about a limit needs a reason said
    places: frozenset[str] = frozenset()  # 'eindhoven': a place typed in lowercase is a name all the same
    attending_asked: frozenset[str] = frozenset()  # 'show up', 'komen': people counted who came to something
    attending_said: frozenset[str] = frozenset()  # 'bezoekers', 'deelnemers': a count of those who came
    # 'which projects did the city pay in full': the share of a project's size its contribution is → a condition
    # ('>=1', '>0.5') on contribution / total size
    share_cues: tuple[tuple[re.Pattern[str], str], ...] = ()
    # what an asker adds after a question, asking nothing: about themselves, how to answer, thanks (`remarks_only`)
    remarks: dict[str, frozenset[str]] = field(default_factory=dict)
    # 'behalve', 'excluding', 'other than': the name after one is left out of the rows, not selected
    # 'looptijd', 'venue': words naming the kind of answer asked ("wat is de looptijd van GDC"), per answer type; what a
    # passage states (a period, a place), not a word it must say
    kind_words: dict[str, frozenset[str]] = field(default_factory=dict)
    exclusion_cues: tuple[str, ...] = ()
    exclusion_fillers: tuple[str, ...] = ()  # 'de', 'projects of', 'het thema': words between a cue and the name
    topics: dict[str, TopicCues]
    year_cues: YearCues

    def expand(self, question: str) -> str:
        """The question with the Dutch equivalents of its English terms appended (whole words, plural 's' too).

        >>> load_lexicon().expand("Who signed the letter?").endswith("burgemeester secretaris brief")
        True
        """
        text = normalise(question)
        extra = [nl for en, nl in self.glossary.items() if re.search(rf"\b{re.escape(en)}s?\b", text)]
        return question + (" " + " ".join(extra) if extra else "")

    def written_out(self, question: str) -> str:
        """The question with a fast typist's short forms written out ("how many ppl came" → "how many people came").

        >>> load_lexicon().written_out("how many ppl came to PyGrunn, approx?")
        'how many people came to PyGrunn, approximately?'
        >>> load_lexicon().written_out("didn't PyGrunn get 't geld")  # an English "n't" is no Dutch "'t"
        "didn't PyGrunn get het geld"
        >>> load_lexicon().written_out("how much people came to trendship")
        'how many people came to trendship'
        """
        if self._shorthand is not None:
            question = self._shorthand.sub(lambda m: self.shorthand.get(m.group(0).lower(), m.group(0)), question)
        if self._much_of_many is not None:  # "how much people came": a count, as a learner of English may put it
            question = self._much_of_many.sub("how many", question)
        return question

    def without_interjections(self, question: str) -> str:
        """The question without the interjections opening it or one of its sentences, which ask nothing.

        >>> load_lexicon().without_interjections("wollah klopt het dat X 1 miljoen kreeg?? Joh, is het DOG tijdelijk?")
        'klopt het dat X 1 miljoen kreeg?? is het DOG tijdelijk?'
        >>> load_lexicon().without_interjections("zeg")  # (nothing else said: as typed)
        'zeg'
        """
        if self._interjection is None:
            return question
        return self._interjection.sub("", question) or question

    @cached_property
    def _interjection(self) -> re.Pattern[str] | None:
        # (built once: it runs on every question asked)
        if not self.interjections:
            return None
        pattern = "|".join(re.escape(w) for w in sorted(self.interjections, key=len, reverse=True))
        return re.compile(rf"(?:^|(?<=[.?!]\s))\s*(?:(?:{pattern})\b[,!.]*\s+)+(?=\w)", flags=re.I)

    @cached_property
    def _much_of_many(self) -> re.Pattern[str] | None:
        if not self.counted_nouns:
            return None
        nouns = "|".join(map(re.escape, sorted(self.counted_nouns)))
        return re.compile(rf"\bhow much(?=\s+(?:{nouns})\b)", flags=re.I)

    @cached_property
    def _shorthand(self) -> re.Pattern[str] | None:
        if not self.shorthand:
            return None
        pattern = "|".join(re.escape(k) for k in sorted(self.shorthand, key=len, reverse=True))
        return re.compile(rf"(?<![\w/.'’])(?:{pattern})(?![\w/])", flags=re.I)

    def opposite_of(self, word: str) -> tuple[str, ...]:
        """What states the word's opposite, the word taken uninflected too ("blijvende", "tijdelijke" are the
        adjective before a noun).

        >>> load_lexicon().opposite_of("blijvende")[0], load_lexicon().opposite_of("office")
        ('tijdelijk', ())
        """
        for form in uninflected(word):
            if form in self.opposites:
                return self.opposites[form]
        return ()

    def kin(self, word: str) -> frozenset[str]:
        """The word with what the glossary puts beside it in either direction: "people" and "mensen" both give
        mensen, deelnemers, bezoekers… (a Dutch question's noun finds the same answers as its English one).

        >>> {"deelnemers", "people"} <= load_lexicon().kin("mensen"), "fte" in load_lexicon().kin("medewerkers")
        (True, True)
        """
        near = {word, *self.glossary.get(word, "").split()}
        # "visitors" → bezoekers → what "people" also gives
        return frozenset(near.union(*(self._beside.get(w, frozenset()) for w in near)))

    @cached_property
    def long_forms(self) -> tuple[tuple[str, str], ...]:
        """Each abbreviation with its long form as a spaced run of words (" digital office groningen "): what a
        sentence spelling it out contains (built once: `with_short_forms` asks it per candidate sentence)."""
        return tuple((short, f" {' '.join(re.findall(r'[a-z0-9]+', full))} ") for short, full in self.abbreviations.items())

    def pay_asked(self, text: str) -> bool:
        """What someone a project's money may pay is paid ("worden de stagiairs betaald?", "do the trainees get
        paid"): a pay word within five words of one of the paid people, in normalised text.

        >>> lex = load_lexicon()
        >>> lex.pay_asked("do the coders academy trainees get paid"), lex.pay_asked("did the city pay for pygrunn")
        (True, False)
        """
        tokens = words(text)
        return any(t in self.paid_people and set(tokens[max(i - 5, 0):i + 6]) & self.pay_words
                   for i, t in enumerate(tokens))

    def rate_asked(self, text: str) -> str | None:
        """The unit an amount is asked per ("hoeveel per maand" → maand, "per deelnemer" → deelnemer), in normalised
        text; None when no rate is asked.

        >>> lex = load_lexicon()
        >>> lex.rate_asked("how much per month does coders academy get"), lex.rate_asked("hoeveel kreeg pygrunn")
        ('month', None)
        """
        return next((unit for phrase, unit in self.rates.items() if re.search(rf"\b{re.escape(phrase)}\b", text)), None)

    def said_in(self, word: str, known: frozenset[str]) -> bool:
        """The word is one of `known` (the sources' words) as typed or in the Dutch the glossary gives for it
        ("innovation": innovatie)."""
        return word in known or bool(set(words(self.expand(word))[1:]) & known)

    @cached_property
    def common_words(self) -> frozenset[str]:
        """Words no name is made of: the function and content words of both languages, table nouns, question words."""
        return frozenset().union(*self.language_votes.values(), self.table_nouns, self.generic_question_words)

    @cached_property
    def glossary_phrases(self) -> re.Pattern[str] | None:
        """The glossary's entries of several words ("take place", "put into practice"), longest first: a phrase is
        one term, its words apart ("take", "place") translate to nothing."""
        phrases = sorted((k for k in self.glossary if " " in k), key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")s?\b") if phrases else None

    def remarks_only(self, sentence: str) -> bool:
        """A sentence that asks nothing: about the asker ("mijn dochter zit in groep 3", "i need it for a report"),
        how to answer ("simpel uitleggen pls", "keep it short") or thanks, with no word that still asks ("weten",
        "bedoel", "tell") and no year.

        >>> lex = load_lexicon()
        >>> lex.remarks_only("mijn dochter zit in groep 3"), lex.remarks_only("simpel uitleggen pls")
        (True, True)
        >>> lex.remarks_only("ik wil ook weten wie het leidt"), lex.remarks_only("En Web 11?")
        (False, False)
        >>> lex.remarks_only("wil ze in de slide noemen"), lex.remarks_only("noem ze even")
        (True, False)
        """
        said = re.findall(r"[a-z0-9']+", normalise(sentence))  # every word: "mijn" is no stop word here
        about_asker = bool(said) and said[0] in self.remarks.get("asker", frozenset()) and not set(said) & self.remarks.get(
            "addressed", frozenset())
        asking = set(said) & self.remarks.get("asking", frozenset())
        if about_asker:  # "wil ze in de slide noemen": the asker telling of their own doing asks nothing
            asking -= self.remarks.get("telling", frozenset())
        if not said or asking or re.search(r"\b(?:19|20)\d\d\b", sentence):
            return False
        manner = set(said) <= self.remarks.get("manner", frozenset()) and bool(
            set(said) & self.remarks.get("manner_core", frozenset()))
        return about_asker or manner

    @cached_property
    def leaves_out(self) -> re.Pattern[str] | None:
        """An exclusion cue anywhere in a question ("other than those of Gemeente Groningen"): the city named after it
        is an applicant left out, not the funder giving."""
        if not self.exclusion_cues:
            return None
        cues = "|".join(re.escape(c) for c in sorted(self.exclusion_cues, key=len, reverse=True) if c not in ("niet", "not"))
        return re.compile(rf"\b(?:{cues})\b|{_OTHER_THAN}\b")

    @cached_property
    def excluding(self) -> re.Pattern[str] | None:
        """What a name left out is preceded by: a cue ("behalve", "other than", "andere projecten dan") and at most
        four filler words, up to the name ("excluding the ones from the RuG"); "op … na" wraps the name. The
        pattern is searched in the text before the name, so it ends there; group "op" marks the Dutch wrapper."""
        if not self.exclusion_cues:
            return None
        cues = "|".join(re.escape(c) for c in sorted(self.exclusion_cues, key=len, reverse=True))
        fillers = "|".join(re.escape(f) for f in sorted(self.exclusion_fillers, key=len, reverse=True))
        fill = rf"(?:(?:{fillers})\s+){{0,4}}" if fillers else ""
        return re.compile(rf"(?:\b(?:{cues})|{_OTHER_THAN}|(?P<op>\bop))\s+{fill}$")

    @cached_property
    def function_words(self) -> frozenset[str]:
        """The function words of both languages (the language votes that are not content words)."""
        return frozenset().union(*(v for k, v in self.language_votes.items() if not k.endswith("_content")))

    @cached_property
    def property_words(self) -> frozenset[str]:
        """Words that ask a property of something (a score, who came, an outcome, another amount), no part of a name."""
        return self.score_words | self.attending_asked | self.outcome_asked | self.not_contribution

    @cached_property
    def _beside(self) -> dict[str, frozenset[str]]:
        """Each Dutch word of the glossary → the English terms giving it, with all their Dutch words (built once:
        `kin` is asked per candidate sentence)."""
        out: dict[str, set[str]] = {}
        for en, nl in self.glossary.items():
            for w in nl.split():
                out.setdefault(w, set()).update({en, *nl.split()})
        return {w: frozenset(v) for w, v in out.items()}

    def theme_label(self, theme: str, english: bool) -> str:
        """A theme as answers name it: the table's own words, with the English name added for English answers."""
        return f"{theme} ({self.theme_english[theme]})" if english and theme in self.theme_english else theme


def _reversed_gloss(directory: Path) -> dict[str, tuple[str, ...]]:
    """The gloss's single Dutch words by the single English word they render ("geanonimiseerde": "anonymised"), for
    what a Dutch sentence says of an English question's word; empty without a gloss file."""
    if not (directory / "gloss.yaml").exists():
        return {}
    entries = cast(dict[str, object], _read(directory, "gloss").get("words") or {})
    out: dict[str, list[str]] = {}
    for dutch, english in entries.items():
        if isinstance(english, str) and str(dutch).isalpha() and english.isalpha():
            out.setdefault(english.lower(), []).append(normalise(str(dutch)))
    return {k: tuple(v) for k, v in out.items()}


def _read(directory: Path, name: str) -> dict[str, object]:
    path = directory / f"{name}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)  # noqa: S506 (a SafeLoader)
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise LexiconError(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping at the top")
    return data


def _pairs(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        raise LexiconError(f"expected a mapping of words, got {value!r}")
    return {str(k): str(v) for k, v in value.items()}


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise LexiconError(f"expected a list of words, got {value!r}")
    return tuple(str(v) for v in value)


def content_votes(glossary: dict[str, str], gloss: dict[str, object], votes: dict[str, frozenset[str]],
                  ) -> dict[str, frozenset[str]]:
    """Content words that weakly vote for a language ("kleinste", "budget" …): the Dutch and English sides of the two
    bilingual lexicons, less the words both sides share ("project") and the function words that vote already."""
    pairs = [(en, nl) for en, nl in glossary.items()]
    pairs += [(str(en), str(nl)) for nl, en in cast(dict[str, object], gloss.get("words") or {}).items()]
    english = {w for en, _ in pairs for w in re.findall(r"[a-z]+", en.lower()) if len(w) > 3}
    dutch = {w for _, nl in pairs for w in re.findall(r"[a-z]+", nl.lower()) if len(w) > 3}
    taken = set().union(*votes.values())
    return {"nl_content": frozenset(dutch - english - taken), "en_content": frozenset(english - dutch - taken)}


def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Read every lexicon file; LexiconError names the file and what is wrong with it."""
    themes = _read(directory, "themes")
    applicants = _read(directory, "applicants")
    words = _read(directory, "words")
    votes = cast(dict[str, object], words["language_votes"])
    topics = {}
    for name, cues in _read(directory, "topics").items():
        entry = cast(dict[str, object], cues)
        question = _cue_pattern(_strings(entry["question"]), _strings(words.get("compound_heads_of") or []))
        if question is None:
            raise LexiconError(f"topics.yaml: {name!r} has no question cues")
        topics[str(name)] = TopicCues(question=question, answer=_cue_pattern(_strings(entry.get("answer") or [])),
                                      bare=bool(entry.get("bare", False)),
                                      padding=frozenset(_strings(entry.get("padding") or [])),
                                      unless=_cue_pattern(_strings(entry.get("unless") or [])))
    heads = cast(dict[str, object], words["amount_heads"])
    glossary = {str(k): str(v) for k, v in _read(directory, "glossary").items()}
    votes_of = {lang: frozenset(_strings(v)) for lang, v in votes.items()}
    return Lexicon(
        theme_aliases={t: _strings(cast(dict[str, object], v)["aliases"]) for t, v in themes.items()},
        theme_english={t: str(cast(dict[str, object], v)["en"]) for t, v in themes.items()},
        keywords={str(k): _strings(v) for k, v in _read(directory, "keywords").items()},
        sections={str(k): str(v) for k, v in _read(directory, "sections").items()},
        applicant_aliases={str(k): str(v) for k, v in cast(dict[str, object], applicants["aliases"]).items()},
        funders=frozenset(_strings(applicants["funders"])),
        too_generic=frozenset(_strings(applicants["too_generic"])),
        glossary=glossary,
        language_votes={**votes_of, **content_votes(glossary, _read(directory, "gloss"), votes_of)},
        generic_question_words=frozenset(_strings(words["generic_question_words"])),
        generic_names=frozenset(_strings(words["generic_names"])),
        not_person_names=frozenset(normalise(w) for w in _strings(words["not_person_names"])),
        table_nouns=frozenset(_strings(words["table_nouns"])),
        receiver_nouns=frozenset(_strings(words.get("receiver_nouns") or [])),
        name_heads=frozenset(_strings(words.get("name_heads") or [])),
        name_leads=frozenset(_strings(words.get("name_leads") or [])),
        measured_nouns=frozenset(_strings(words.get("measured_nouns") or [])),
        present_words=frozenset(_strings(words.get("present_words") or [])),
        present_ends=frozenset(_strings(words.get("present_ends") or [])),
        event_verbs=frozenset(_strings(words.get("event_verbs") or [])),
        programme_words=frozenset(_strings(words.get("programme_words") or [])),
        date_words=frozenset(_strings(words.get("date_words") or [])),
        giver_words=frozenset(_strings(words.get("giver_words") or [])),
        not_counted=frozenset(_strings(words["not_counted"])),
        amount_heads={str(k): _strings(v) for k, v in heads.items()},
        funding_words=frozenset(_strings(words["funding_words"])),
        agreement_words=frozenset(_strings(words["agreement_words"])),
        document_words=frozenset(_strings(words["document_words"])),
        other_amounts=frozenset(_strings(words["other_amounts"])),
        existence_words=frozenset(_strings(words["existence_words"])),
        plan_words=frozenset(_strings(words["plan_words"])),
        other_givers=_pairs(words["other_givers"]),
        opposites={str(k): _strings(v) for k, v in cast(dict[str, object], words["opposites"]).items()},
        abbreviations=_pairs(words["abbreviations"]), shorthand=_pairs(words.get("shorthand") or {}),
        interjections=frozenset(_strings(words.get("interjections") or [])),
        prospect_words=frozenset(_strings(words.get("prospect_words") or [])),
        involvement_words=frozenset(_strings(words.get("involvement_words") or [])),
        listing_words=frozenset(_strings(words.get("listing_words") or [])),
        derived_figures=frozenset(_strings(words.get("derived_figures") or [])),
        glossed=_reversed_gloss(directory),
        own_plan_words=frozenset(_strings(words.get("own_plan_words") or [])),
        size_words=frozenset(_strings(words.get("size_words") or [])),
        people_at_work=_pairs(words["people_at_work"]),
        coming_verbs=_pairs(words.get("coming_verbs") or {}),
        work_verbs=frozenset(_strings(words["work_verbs"])),
        row_words=frozenset(_strings(words["row_words"])),
        not_contribution=frozenset(_strings(words["not_contribution"])),
        unheld_properties=_pairs(words["unheld_properties"]),
        paid_people=frozenset(_strings(words["paid_people"])), pay_words=frozenset(_strings(words["pay_words"])),
        rates=_pairs(words["rates"]),
        counted_nouns=frozenset(_strings(words["counted_nouns"])),
        numbered_groups=frozenset(_strings(words.get("numbered_groups") or [])),
        span_units=_pairs(words.get("span_units") or {}),
        contact_words=frozenset(_strings(words["contact_words"])),
        role_verbs=_pairs(words["role_verbs"]),
        letter_roles=_pairs(words["letter_roles"]),
        subject_words=frozenset(_strings(words["subject_words"])),
        reason_words=frozenset(_strings(words.get("reason_words") or [])),
        naming_words=frozenset(_strings(words.get("naming_words") or [])),
        derivation_words=frozenset(_strings(words.get("derivation_words") or [])),
        transfer_verbs=frozenset(_strings(words.get("transfer_verbs") or [])),
        budget_words=frozenset(_strings(words.get("budget_words") or [])),
        outcome_words=frozenset(_strings(words.get("outcome_words") or [])),
        role_question_words=frozenset(_strings(words.get("role_question_words") or [])),
        author_words=frozenset(_strings(words.get("author_words") or [])),
        organiser_words=frozenset(_strings(words.get("organiser_words") or [])),
        claim_words=frozenset(_strings(words.get("claim_words") or [])),
        dated_documents=_pairs(words.get("dated_documents") or {}),
        comparing=_cue_pattern(_strings(cast(dict[str, object], words.get("comparison") or {}).get("question") or [])),
        comparison_said=frozenset(_strings(cast(dict[str, object], words.get("comparison") or {}).get("passage") or [])),
        outcome_asked=frozenset(_strings(cast(dict[str, object], words.get("outcomes") or {}).get("question") or [])),
        outcome_said=_strings(cast(dict[str, object], words.get("outcomes") or {}).get("passage") or []),
        limit_words=frozenset(_strings(words.get("limit_words") or [])),
        places=frozenset(normalise(p) for p in _strings(_read(directory, "places")["places"])),
        degrees={str(k): _strings(v) for k, v in cast(dict[str, object], words.get("degrees") or {}).items()},
        degree_stated=frozenset(_strings(words.get("degree_stated") or [])),
        light_verbs=frozenset(_strings(words.get("light_verbs") or [])),
        score_words=frozenset(_strings(words.get("score_words") or [])),
        attending_asked=frozenset(_strings(cast(dict[str, object], words.get("attendance") or {}).get("question") or [])),
        attending_said=frozenset(_strings(cast(dict[str, object], words.get("attendance") or {}).get("passage") or [])),
        share_cues=tuple((re.compile(str(k)), str(v)) for k, v in cast(dict[str, object], words["share_cues"]).items()),
        remarks={str(k): frozenset(_strings(v)) for k, v in cast(dict[str, object], words.get("remarks") or {}).items()},
        kind_words={str(k): frozenset(_strings(v))
                    for k, v in cast(dict[str, object], words.get("kind_words") or {}).items()},
        exclusion_cues=_strings(cast(dict[str, object], words.get("exclusion") or {}).get("cues") or []),
        exclusion_fillers=_strings(cast(dict[str, object], words.get("exclusion") or {}).get("fillers") or []),
        topics=topics,
        year_cues=load_year_cues(directory / "years.yaml"),
    )
