"""Find the table's values in a question: projects, applicants, themes, sections and keywords.

The values come from the index (`Vocabulary`), their aliases and synonyms from the lexicon. `understand` decides
what the mentions mean for the question; this module only finds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from assistant.lexicon import Lexicon
from assistant.records import Match, MatchKind
from index.lexical import normalise

_KIND_ORDER: dict[MatchKind, int] = {"project": 0, "applicant": 1, "section": 2, "theme": 3, "keyword": 4}
# A misspelt name still names its project ("Draadolos Groningen", "Proeftiun e-health"): word runs scoring this
# close to an alias (rapidfuzz ratio, 0–100) match it, never over an exact mention. Short aliases must be exact.
FUZZY_SCORE = 88
FUZZY_MIN_LENGTH = 6
_GIVEN_BY = re.compile(r"\b(?:from|van|by|door|vanuit|uit)\s+(?:the\s+|de\s+)?$")
# the funder named as the one giving, by the verb after it ("how much money the municipality has given for …", "did
# the municipality pay"), not an applicant asked about
_GIVES_AFTER = re.compile(r"^\s+(?:(?:has|have|had|did|itself|also|actually|really|heeft|zelf|ook)\s+){0,2}"
                          r"(?:given|give|gave|paid|pay|contributed|contribute|put|spent|spend|invested|invest"
                          r"|gegeven|gaf|betaald|betaalde|bijgedragen|droeg|geinvesteerd|investeerde|besteed|uitgegeven)\b")
_WORD_RUN = re.compile(r"[a-z0-9&]+")
_COMPOUND_HEAD = re.compile(r"[a-z0-9]+(?=projecten\b|project\b|initiatieven\b)")


@dataclass(frozen=True, kw_only=True)
class Vocabulary:
    """The table's values that questions are matched against, read from the index."""

    projects: tuple[str, ...]
    applicants: tuple[str, ...]
    themes: tuple[str, ...]
    years: tuple[int, ...] = ()
    owners: frozenset[tuple[str, str]] = frozenset()  # (project, applicant) of each row: whose project is whose


# "Trendship '17", "Trendship 2017"; not "Web 11", whose number is its name ("web" alone is a word of every question
# about a web page)
_YEAR_SUFFIX = re.compile(r"\s+(?:'\d{2}|(?:19|20)\d{2})$")


def _split_aliases(name: str, separators: str, too_generic: frozenset[str]) -> list[str]:
    """A name answers to itself, to each part around the separators (e.g. 'GDBC', 'Codeniacs') and without a
    year it carries ("Trendship '17" is also "Trendship")."""
    parts = [name] + [p for p in re.split(separators, name) if p.strip() and p.strip() != name]
    parts += [_YEAR_SUFFIX.sub("", p) for p in parts if _YEAR_SUFFIX.search(p)]
    names = (word_runs(p) for p in parts)
    return [n for n in names if len(n) >= 3 and n not in too_generic]


def own_aliases(project: str, too_generic: frozenset[str]) -> list[str]:
    """A project's name and the parts it is also called by ("GDBC, Groninger Digital Business Center" → also "gdbc";
    "Digital Awareness Groningen - Tubeviews" → also "tubeviews"), folded to word runs."""
    # a spaced dash sets off a part the project is also called by
    return _split_aliases(project, r"[;,]|\s[-–]\s", too_generic)


def leading_aliases(projects: tuple[str, ...], too_generic: frozenset[str]) -> list[tuple[str, str]]:
    """The first words of a project's name, where they hold another project's whole name: "blockchain hackathon" is
    the start of "Blockchain Hackathon Innovatie programma", not the project called "Hackathon".

    >>> leading_aliases(("Hackathon", "Blockchain Hackathon Innovatie programma"), frozenset())
    [('Blockchain Hackathon Innovatie programma', 'blockchain hackathon'), \
('Blockchain Hackathon Innovatie programma', 'blockchain hackathon innovatie')]
    """
    names = {p: own_aliases(p, too_generic) for p in projects}
    out = []
    for project, own in names.items():
        tokens = word_runs(project).split()
        others = [f" {a} " for p, aliases in names.items() if p != project for a in aliases]
        for size in range(2, len(tokens)):
            lead = " ".join(tokens[:size])
            if len(tokens[size - 1]) >= 3 and lead not in own and any(o in f" {lead} " for o in others):
                out.append((project, lead))
    return out


def word_runs(text: str) -> str:
    """The text folded to its runs of letters, digits and '&', one space apart: how names are compared.

    >>> word_runs("Trendship '17 / GDC-Gemeente")
    'trendship 17 gdc gemeente'
    """
    return " ".join(_WORD_RUN.findall(normalise(text)))


def says_in_full(text: str, name: str) -> bool:
    """The text says the name whole, as word runs ("Programmeren in de klas" in a row quoting it; "naadloos" says
    no "Draadloos").

    >>> says_in_full("| | Django Girls | OTP | € 383 |", "Django Girls"), says_in_full("sluit naadloos aan", "Draadloos")
    (True, False)
    """
    return f" {word_runs(name)} " in f" {word_runs(text)} "


def applicant_aliases(applicant: str, too_generic: frozenset[str] = frozenset()) -> list[str]:
    """'Rijksuniversiteit Groningen ism NOO-bedrijven' answers to the whole and to 'rijksuniversiteit groningen'.

    >>> applicant_aliases("GDC/Gemeente Groningen")
    ['gdc', 'gdc gemeente groningen', 'gemeente groningen']
    """
    head = re.split(r"\s+ism\s+", applicant)[0]
    return sorted(set(_split_aliases(applicant, r"/", too_generic) + _split_aliases(head, r"/", too_generic)))


def _alias_pattern(alias: str, plural: bool = False) -> re.Pattern[str]:
    """A name's words with anything but letters between them; `plural`: with a plural "-s" too ("conferenties")."""
    return re.compile(r"(?<![a-z0-9])" + r"[^a-z0-9&]*".join(re.escape(w) for w in alias.split())
                      + ("s?" if plural else "") + r"(?![a-z0-9])")


@dataclass(frozen=True)
class _Alias:
    kind: MatchKind
    value: str
    alias: str
    pattern: re.Pattern[str]
    funder: bool = False  # only counts when the question asks about applicants


# an indefinite article before a one-word name makes it a kind of thing: "a hackathon", "een hackathon"
_A_KIND = re.compile(r"\b(?:a|an|een|any|some|another|elke|every|each)\s+$")


@dataclass
class EntityMatcher:
    """Every alias of every table value, compiled once per index."""

    vocab: Vocabulary
    lexicon: Lexicon
    english: Callable[[str], str] | None = None  # a Dutch name rendered in English ("programming in the classroom")
    # real words, which no typo made: "duration" is no misspelt "education" (the speller's English word list)
    real_words: frozenset[str] = frozenset()
    _aliases: list[_Alias] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        lex = self.lexicon
        add = self._aliases.append
        for project in self.vocab.projects:
            for alias in self.project_aliases(project):
                add(_Alias("project", project, alias, _alias_pattern(alias)))
        for project, alias in leading_aliases(self.vocab.projects, lex.too_generic):
            add(_Alias("project", project, alias, _alias_pattern(alias)))
        for applicant in self.vocab.applicants:
            own = applicant_aliases(applicant, lex.too_generic)
            for alias in own:
                add(_Alias("applicant", applicant, alias, _alias_pattern(alias), funder=alias in lex.funders))
            for alias, full in lex.applicant_aliases.items():
                if full in own:
                    add(_Alias("applicant", applicant, alias, _alias_pattern(alias), funder=full in lex.funders))
        for theme in self.vocab.themes:
            for alias in lex.theme_aliases.get(theme, (normalise(theme),)):
                add(_Alias("theme", theme, alias, _alias_pattern(alias)))
        for word, stems in lex.keywords.items():
            add(_Alias("keyword", "|".join(stems), word, _alias_pattern(word, plural=not word.endswith("s"))))

    def project_aliases(self, project: str) -> list[str]:
        """A project's own aliases and, with a renderer, each one in English: users name a Dutch project in their
        own language, and the gloss that renders English leads renders the name the same way."""
        own = own_aliases(project, self.lexicon.too_generic)
        if self.english is None:
            return own
        rendered = [normalise(self.english(alias)) for alias in own]
        return list(dict.fromkeys([*own, *(r for r in rendered if r and r not in self.lexicon.too_generic
                                           and len(r.split()) > 1)]))

    def find(self, question: str, applicant_cue: bool = False,
             kinds: tuple[MatchKind, ...] = ("project", "applicant", "section", "theme", "keyword")) -> list[Match]:
        """Longest non-overlapping mentions in a question; a funder-applicant only with `applicant_cue`.

        >>> from assistant.lexicon import load_lexicon
        >>> m = EntityMatcher(Vocabulary(projects=("PyGrunn", "Web 11"), applicants=("WEB11",), themes=()), load_lexicon())
        >>> [x.value for x in m.find("Hoeveel kreeg PyGrunn?")]
        ['PyGrunn']
        >>> m.find("how much money the municipality has given to the applicant PyGrunn", applicant_cue=True)[0].value
        'PyGrunn'
        """
        text = normalise(question)
        candidates: list[Match] = []
        for a in self._aliases:
            if (a.funder and not applicant_cue) or a.kind not in kinds:
                continue
            for m in a.pattern.finditer(text):
                if a.funder and (_GIVEN_BY.search(text[: m.start()]) or _GIVES_AFTER.match(text[m.end():])):
                    continue  # "het meeste geld van de gemeente": the funder giving, not an applicant asked about
                if a.kind == "project" and " " not in m.group(0).strip() and _A_KIND.search(text[: m.start()]):
                    continue  # "is trendship a hackathon": a kind of thing, not the project named "Hackathon"
                exact = " ".join(re.sub(r"[^a-z0-9& ]", "", m.group(0)).split()) == a.alias
                candidates.append(Match(kind=a.kind, value=a.value, start=m.start(), end=m.end(), exact=exact,
                                        surface=m.group(0)))
        if "section" in kinds:
            candidates.extend(Match(kind="section", value=section, start=m.start(), end=m.end())
                              for section, pattern in self.lexicon.sections.items() for m in re.finditer(pattern, text))
        candidates.extend(m for m in self._compound_heads(text) if m.kind in kinds)
        candidates.extend(self._misspelt(text, candidates, kinds, applicant_cue))
        return _longest_first([c for c in candidates if not (c.kind == "theme" and self._inside_a_term(c, text))])

    def _inside_a_term(self, match: Match, text: str) -> bool:
        """A theme's word that begins an English term the sources say in one Dutch word: "knowledge institutions" are
        kennisinstellingen, not the theme Kennis & Innovatie."""
        for term, dutch in self._compound_terms:
            for m in re.finditer(rf"\b{re.escape(term)}s?\b", text):
                if m.start() <= match.start and match.end <= m.end() and (m.start(), m.end()) != (match.start, match.end):
                    return normalise(match.surface) not in dutch.split()
        return False

    @cached_property
    def _compound_terms(self) -> tuple[tuple[str, str], ...]:
        return tuple((t, d) for t, d in self.lexicon.glossary.items() if " " in t and " " not in d.strip())

    def _misspelt(self, text: str, exact: list[Match], kinds: tuple[MatchKind, ...], applicant_cue: bool) -> list[Match]:
        """Names written with a typo or half in English ("Blockchain Hackathon innovation programme"): runs of 1–5
        words close to a long alias. An exact mention of the same span wins (see `_longest_first`)."""
        generic = self.lexicon.generic_names

        def distinctive(name: str) -> str:
            # "Groningen Digital" is the programme, not "Groningen X Digital": only the words that set a name
            # apart may be misspelt into it
            return " ".join(w for w in name.split() if w not in generic)

        funders = {a.value for a in self._aliases if a.funder}  # an applicant that is also the funder, by any alias
        # "rijksuniversiteit" is the distinctive part of two applicants' names: each of them is meant
        choices: dict[str, list[_Alias]] = {}
        for a in self._aliases:
            if a.kind in kinds and a.kind != "keyword" and len(distinctive(a.alias)) >= FUZZY_MIN_LENGTH and (
                    applicant_cue or (a.value not in funders and not a.funder)):
                choices.setdefault(distinctive(a.alias), []).append(a)
        if not choices:
            return []
        taken = [(m.start, m.end) for m in exact if m.kind in ("project", "applicant")]
        tokens = list(_WORD_RUN.finditer(text))
        out: list[Match] = []
        for i in range(len(tokens)):
            for n in range(min(5, len(tokens) - i), 0, -1):
                start, end = tokens[i].start(), tokens[i + n - 1].end()
                if any(s <= start and end <= e for s, e in taken):
                    continue  # inside an exact name: nothing to repair
                if not distinctive(tokens[i].group(0)) or not distinctive(tokens[i + n - 1].group(0)):
                    continue  # "knowledge and": a span ends on a name's own word, or it claims a neighbour
                run = distinctive(" ".join(t.group(0) for t in tokens[i : i + n]))
                if len(run) < FUZZY_MIN_LENGTH or set(run.split()) <= self.lexicon.generic_question_words:
                    continue  # "van de gemeente" is the giver, not the applicant "Google/GDC/ gemeente Groningen"
                if n == 1 and run.lower() in self.real_words:
                    continue  # a real word typed is that word ("duration"), not a slip of a name ("education")
                found = process.extractOne(run, choices.keys(), scorer=typo_ratio, score_cutoff=FUZZY_SCORE)
                if found is None:  # "the Blockchain Hackathon programme": a name with a word left out
                    fits = shortened_names(run, list(choices))
                    found = (fits[0], 100.0, 0) if len({a.value for f in fits for a in choices[f]}) == 1 else None
                if found is not None and _ends_inside(run, found[0]):
                    meant = choices[found[0]]
                    if any(a.funder or a.value in funders for a in meant) and _GIVEN_BY.search(text[:start]):
                        break  # "the most money from the municipality": the funder giving
                    out.extend(Match(kind=a.kind, value=value, start=start, end=end, exact=False, surface=text[start:end])
                               for value, a in {a.value: a for a in meant}.items())
                    break
        return out

    def _compound_heads(self, text: str) -> list[Match]:
        """Compounds such as "blockchainprojecten" or "onderwijsprojecten" carry a keyword or theme as their head."""
        out = []
        for m in _COMPOUND_HEAD.finditer(text):
            head = m.group(0)
            if head in self.lexicon.keywords:
                out.append(Match(kind="keyword", value="|".join(self.lexicon.keywords[head]), start=m.start(), end=m.end()))
            out.extend(Match(kind="theme", value=theme, start=m.start(), end=m.end())
                       for theme in self.vocab.themes if head in self.lexicon.theme_aliases.get(theme, ()))
        return out


WORD_SCORE = 85  # "programme" is "programma" (89), "hackathon" is no "blockchain"


def shortened_names(run: str, names: list[str]) -> list[str]:
    """The names whose words the run's words are, in order, with words of the name left out ("blockchain hackathon
    programme" for "blockchain hackathon innovatie programma"): at least two words, at least two thirds of the name.

    >>> shortened_names("blockchain hackathon programme", ["blockchain hackathon innovatie programma",
    ...                                                     "hackathon innovatie programma"])
    ['blockchain hackathon innovatie programma']
    >>> shortened_names("hackathon programma", ["blockchain hackathon innovatie programma"])
    []
    """
    said = run.split()
    if len(said) < 2:
        return []
    fits = []
    for name in names:
        words_of = name.split()
        at = 0
        for word in said:
            at = next((i + 1 for i in range(at, len(words_of)) if fuzz.ratio(word, words_of[i]) >= WORD_SCORE), -1)
            if at < 0:
                break
        if at > 0 and len(said) < len(words_of) and 3 * len(said) >= 2 * len(words_of):
            fits.append(name)
    return fits


def typo_ratio(a: str, b: str, *, score_cutoff: float | None = None, **_: object) -> float:
    """rapidfuzz's ratio, with one slip counted once: a swapped, added, dropped or changed letter ("pyrgunn" for
    "pygrunn") scores like one added letter does (ratio counts a swap or a change twice).

    >>> round(typo_ratio("pyrgunn", "pygrunn")), round(fuzz.ratio("pyrgunn", "pygrunn"))
    (93, 86)
    """
    slips = OSA.distance(a, b)
    score = max(fuzz.ratio(a, b), 100.0 * (1 - slips / (len(a) + len(b))) if a and b else 0.0)
    return score if score_cutoff is None or score >= score_cutoff else 0.0


def _ends_inside(run: str, alias: str, score: float = 75) -> bool:
    """A misspelt run must begin and end with words of the name, not with a neighbour ("about Google …")."""
    parts, name = run.split(), alias.split()
    return all(max(fuzz.ratio(word, n) for n in name) >= score for word in (parts[0], parts[-1]))


def _longest_first(candidates: list[Match]) -> list[Match]:
    """Longest span wins, then exact spelling, then kind; equal spans of one kind (two applicants) both stay."""
    candidates.sort(key=lambda m: (-(m.end - m.start), not m.exact, _KIND_ORDER[m.kind]))
    chosen: list[Match] = []
    for cand in candidates:
        overlaps = [c for c in chosen if cand.start < c.end and c.start < cand.end]
        same_mention = all((c.start, c.end, c.kind, c.exact) == (cand.start, cand.end, cand.kind, cand.exact)
                           for c in overlaps)
        if same_mention and all(c.value != cand.value for c in overlaps):
            chosen.append(cand)
    return sorted(chosen, key=lambda m: m.start)
