"""Find the table's values in a question: projects, applicants, themes, sections and keywords.

The values come from the index (`Vocabulary`), their aliases and synonyms from the lexicon. `understand` decides
what the mentions mean for the question; this module only finds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon import Lexicon
from assistant.records import Match, MatchKind
from index.lexical import normalise

_KIND_ORDER: dict[MatchKind, int] = {"project": 0, "applicant": 1, "section": 2, "theme": 3, "keyword": 4}
_COMPOUND_HEAD = re.compile(r"[a-z0-9]+(?=projecten\b|project\b|initiatieven\b)")


@dataclass(frozen=True, kw_only=True)
class Vocabulary:
    """The table's values that questions are matched against, read from the index."""

    projects: tuple[str, ...]
    applicants: tuple[str, ...]
    themes: tuple[str, ...]
    years: tuple[int, ...] = ()


def _split_aliases(name: str, separators: str, too_generic: frozenset[str]) -> list[str]:
    """A name answers to itself and to each part around the separators (e.g. 'GDBC', 'Codeniacs')."""
    parts = [name] + [p for p in re.split(separators, name) if p.strip() and p.strip() != name]
    names = (" ".join(re.findall(r"[a-z0-9&]+", normalise(p))) for p in parts)
    return [n for n in names if len(n) >= 3 and n not in too_generic]


def applicant_aliases(applicant: str, too_generic: frozenset[str] = frozenset()) -> list[str]:
    """'Rijksuniversiteit Groningen ism NOO-bedrijven' answers to the whole and to 'rijksuniversiteit groningen'.

    >>> applicant_aliases("GDC/Gemeente Groningen")
    ['gdc', 'gdc gemeente groningen', 'gemeente groningen']
    """
    head = re.split(r"\s+ism\s+", applicant)[0]
    return sorted(set(_split_aliases(applicant, r"/", too_generic) + _split_aliases(head, r"/", too_generic)))


def _alias_pattern(alias: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + r"[^a-z0-9&]*".join(re.escape(w) for w in alias.split()) + r"(?![a-z0-9])")


@dataclass(frozen=True)
class _Alias:
    kind: MatchKind
    value: str
    alias: str
    pattern: re.Pattern[str]
    funder: bool = False  # only counts when the question asks about applicants


@dataclass
class EntityMatcher:
    """Every alias of every table value, compiled once per index."""

    vocab: Vocabulary
    lexicon: Lexicon
    _aliases: list[_Alias] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        lex = self.lexicon
        add = self._aliases.append
        for project in self.vocab.projects:
            for alias in _split_aliases(project, r"[;,]", lex.too_generic):
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
            add(_Alias("keyword", "|".join(stems), word, _alias_pattern(word)))

    def find(self, question: str, applicant_cue: bool = False,
             kinds: tuple[MatchKind, ...] = ("project", "applicant", "section", "theme", "keyword")) -> list[Match]:
        """Longest non-overlapping mentions in a question; a funder-applicant only with `applicant_cue`.

        >>> from assistant.lexicon import load_lexicon
        >>> m = EntityMatcher(Vocabulary(projects=("PyGrunn", "Web 11"), applicants=("WEB11",), themes=()), load_lexicon())
        >>> [x.value for x in m.find("Hoeveel kreeg PyGrunn?")]
        ['PyGrunn']
        """
        text = normalise(question)
        candidates: list[Match] = []
        for a in self._aliases:
            if (a.funder and not applicant_cue) or a.kind not in kinds:
                continue
            for m in a.pattern.finditer(text):
                exact = " ".join(re.sub(r"[^a-z0-9& ]", "", m.group(0)).split()) == a.alias
                candidates.append(Match(kind=a.kind, value=a.value, start=m.start(), end=m.end(), exact=exact,
                                        surface=m.group(0)))
        if "section" in kinds:
            candidates.extend(Match(kind="section", value=section, start=m.start(), end=m.end())
                              for section, pattern in self.lexicon.sections.items() for m in re.finditer(pattern, text))
        candidates.extend(m for m in self._compound_heads(text) if m.kind in kinds)
        return _longest_first(candidates)

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
