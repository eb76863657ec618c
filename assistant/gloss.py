"""English leads for Dutch quotes: the quote rendered term by term through the gloss lexicon (lexicon/gloss.yaml).

No translation model runs here: known Dutch words and phrases become their English gloss, longest phrase first;
names, numbers and unknown words stay as written. The lead says it is a word-by-word rendering, and the Dutch quote
it renders always follows it as the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.catalogue import Catalogue
from assistant.language import english_numbers
from index.lexical import normalise

GLOSS_FILE = Path(__file__).resolve().parent / "lexicon" / "gloss.yaml"
LEAD_LIMIT = 600  # characters of rendered text in a lead (a few sentences); the quote below it is whole
# Numbers keep their separators ("1.600", "470.000,-"); words keep inner apostrophes and hyphens ("thema's",
# "MKB-breed") but not the quote marks around them ("'Digideal'").
_TOKEN = re.compile(r"(?:https?://|www\.)[^\s,;)]+[^\s,;).]|(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+|\d+(?:[.,]\d+)*(?:,-)?|[^\W\d_]+(?:['’-][^\W\d_]+)*|[^\w\s]", flags=re.UNICODE)
_LONGEST = 6  # words in the longest phrase looked up


@dataclass(frozen=True)
class Gloss:
    """Dutch word or phrase (lowercased, accents folded) → English."""

    entries: dict[str, str]

    @classmethod
    def load(cls, path: Path = GLOSS_FILE) -> Gloss:
        """The gloss lexicon; an empty one when the file is absent (every word then stays Dutch)."""
        if not path.exists():
            return cls({})
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries: dict[str, str] = {}
        for part in ("words", "phrases"):
            for key, value in (data.get(part) or {}).items():
                if isinstance(key, str) and isinstance(value, str) and value.strip():
                    # keys are split like the text they are looked up in ("o.a." → "o . a .")
                    entries[normalise(" ".join(_TOKEN.findall(key)))] = value.strip()
        return cls(entries)

    @property
    def words(self) -> frozenset[str]:
        """The single Dutch words the gloss knows: real words, never a slip of another ("kopen" is no "komen")."""
        return frozenset(k for k in self.entries if k.isalpha())

    def render(self, text: str) -> str:
        """The text with every known Dutch word or phrase replaced by its English gloss.

        >>> Gloss({"de": "the", "brief": "letter", "raadscommissie": "council committee", "ingestemd": "agreed"}).render(
        ...     "De raadscommissie heeft ingestemd met de brief.")
        'The council committee heeft agreed met the letter.'
        """
        tokens = _TOKEN.findall(" ".join(text.split()))
        out: list[str] = []
        i, quoted = 0, False
        while i < len(tokens):
            if tokens[i] in ("'", "‘", "’", '"', "“", "”"):
                quoted = not quoted  # quotes open and close in turn: render them as a pair that hugs its words
                out.append("‘" if quoted else "’")
                i += 1
                continue
            if inside_a_name(tokens, i):  # "City of Talent", "Battle of the Schools": an English name as written
                out.append(tokens[i])
                i += 1
                continue
            for n in range(min(_LONGEST, len(tokens) - i), 0, -1):
                key = normalise(" ".join(tokens[i : i + n]))
                english = self.entries.get(key)
                if english is not None:
                    out.append(_same_case(tokens[i], english))
                    i += n
                    break
            else:
                out.append(tokens[i])
                i += 1
        return english_order(_join(out))

    def lead(self, texts: Sequence[str], catalogue: Catalogue, limit: int | None = LEAD_LIMIT) -> str:
        """The English lead for quoted Dutch sentences (cut at a word boundary when longer than `limit`; whole when
        the asker asked for the answer in English)."""
        # (a sentence the source says twice, in its lead and its body, is rendered once)
        rendered = english_numbers(self.render(" ".join(dict.fromkeys(texts))))
        if limit is not None and len(rendered) > limit:
            # cut after a whole sentence where one ends in the second half of the limit, else at a word
            cut = rendered[:limit]
            end = max(cut.rfind(". "), cut.rfind("; "))
            rendered = cut[: end + 1] + " …" if end > limit // 2 else cut.rsplit(" ", 1)[0] + " …"
        return catalogue.text("en", "gloss_lead", text=f"“{rendered}”")


_NAME_JOINERS = frozenset(["of", "the", "and", "for", "in", "on", "to", "at", "a"])


def inside_a_name(tokens: Sequence[str], i: int) -> bool:
    """An English joining word between capitalised words is part of a name ("City of Talent", "Battle of the
    Schools"), not Dutch "of" (or) to render.

    >>> inside_a_name(["City", "of", "Talent"], 1), inside_a_name(["Battle", "of", "the", "Schools"], 2)
    (True, True)
    >>> inside_a_name(["bedrijven", "of", "overheden"], 1)
    False
    """
    if tokens[i] not in _NAME_JOINERS:
        return False
    before = next((t for t in reversed(tokens[:i]) if t not in _NAME_JOINERS), "")
    after = next((t for t in tokens[i + 1 :] if t not in _NAME_JOINERS), "")
    return before[:1].isupper() and after[:1].isupper()


# Dutch puts the verb second: after a fronted phrase the subject follows it ("In 2016 hebben wij …" glossed "In
# 2016 have we …"); in an English statement the subject comes first
_INVERTED = re.compile(r"(?<=[\w,)]\s)(have|has|had|is|are|was|were|will|shall|can|could|would|should|may|must|do|does"
                       r"|did)\s+(we|they|he|she|it|you|I)\b")


# Dutch puts an infinitive after its object ("om kennis op te doen" glossed "in order knowledge to gain"), and a past
# participle at the end of its clause ("hebben wij het actieplan opgesteld" glossed "have we the action plan drawn up")
_PURPOSE_LAST = re.compile(r"\bin order (?P<object>(?:(?!in order\b)[^,.;:()“”‘’]){1,80}?) to (?P<verb>[a-z]+(?: up| out| on)?)\b")
_PARTICIPLE_LAST = re.compile(r"\b(?P<aux>have|has|had)\s+(?P<between>[^,.;:()“”‘’?]{1,80}?)\s+"
                              r"(?P<participle>[a-z]+ed(?: up| out)?|drawn up|set up|done|given|taken|made|begun|held|won"
                              r"|been|grown|written|chosen|seen|brought|built)(?=\s*(?:[.,;:]|$))")


def english_order(text: str) -> str:
    """A glossed statement with a subject pronoun put back before the verb the Dutch word order put first, an
    infinitive of purpose before its object, and a past participle after its auxiliary.

    >>> english_order("In 2016 have we together with companies the action plan drawn up.")
    'In 2016 we have drawn up together with companies the action plan.'
    >>> english_order("Have we done it?")
    'Have we done it?'
    >>> english_order("a traineeship for IT professionals in order knowledge and work experience to gain at companies")
    'a traineeship for IT professionals in order to gain knowledge and work experience at companies'
    >>> english_order("a stimulus in order young children to enthuse in order their digital skills to develop.")
    'a stimulus in order to enthuse young children in order to develop their digital skills.'
    """
    text = _INVERTED.sub(lambda m: f"{m.group(2)} {m.group(1)}", text)
    text = _PURPOSE_LAST.sub(lambda m: f"in order to {m.group('verb')} {m.group('object')}", text)
    return _PARTICIPLE_LAST.sub(lambda m: f"{m.group('aux')} {m.group('participle')} {m.group('between')}", text)


def _same_case(original: str, english: str) -> str:
    return english[0].upper() + english[1:] if original[:1].isupper() and english[:1].islower() else english


def _join(tokens: list[str]) -> str:
    """Tokens back into text, punctuation against its word and a range as written ("2017-2019", "om-/bijscholing").

    >>> _join(["the", "period", "2017", "-", "2019", "(", "two", "years", ")", "."])
    'the period 2017-2019 (two years).'
    """
    text = " ".join(tokens)
    text = re.sub(r"\s+([.,;:!?)\]»”’])", r"\1", text)
    text = re.sub(r"(\d) - (\d)", r"\1-\2", text)
    return re.sub(r"([(\[«“‘])\s+", r"\1", text)
