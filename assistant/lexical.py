"""Lexical search: BM25 over words plus character 4-grams, so Dutch compounds meet their parts."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path

STOPWORDS = frozenset(["de", "het", "een", "en", "van", "in", "op", "te", "dat", "die", "dit", "is", "zijn", "was", "waren", "wordt", "worden", "werd", "aan", "met", "voor", "door", "als", "bij", "om", "over", "naar", "uit", "tot", "ook", "nog", "niet", "of", "maar", "dan", "er", "hun", "hij", "zij", "wij", "we", "ze", "u", "je", "ik", "mijn", "onze", "ons", "deze", "welke", "welk", "wat", "wie", "waar", "wanneer", "hoe", "hoeveel", "heeft", "hebben", "had", "kan", "kunnen", "zal", "zullen", "zou", "moet", "zo", "al", "wel", "meer", "veel", "the", "a", "an", "and", "of", "in", "on", "to", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "by", "for", "with", "as", "at", "from", "it", "its", "or", "but", "not", "which", "what", "who", "whom", "when", "where", "how", "much", "many", "did", "does", "do", "has", "have", "had", "can", "will", "would", "should", "about", "into", "than", "then", "there", "their", "they", "them", "his", "her", "our", "your", "i", "you", "me", "my", "we", "us"])
GRAM_WEIGHT = 0.6  # 4-grams find compound parts but are noisy; words lead


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Content words: lowercased, accents folded, stopwords dropped.

    >>> words("Welke blockchainprojecten zijn gesubsidieerd?")
    ['blockchainprojecten', 'gesubsidieerd']
    """
    return [w for w in re.findall(r"[a-z0-9]+", normalise(text)) if w not in STOPWORDS]


def grams(tokens: list[str], n: int = 4) -> list[str]:
    out = []
    for w in tokens:
        if len(w) > n:
            padded = f"_{w}_"
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


class _BM25:
    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.lengths = [len(d) for d in docs]
        self.avg = (sum(self.lengths) / len(docs)) if docs else 0.0
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                self.postings.setdefault(term, []).append((i, tf))
        n = len(docs)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def scores(self, query: list[str], out: list[float], weight: float) -> None:
        for term in set(query):
            idf = self.idf.get(term)
            if idf is None:
                continue
            for i, tf in self.postings[term]:
                norm = self.k1 * (1 - self.b + self.b * self.lengths[i] / (self.avg or 1))
                out[i] += weight * idf * tf * (self.k1 + 1) / (tf + norm)


class LexicalIndex:
    """BM25 over two fields (words, 4-grams) of each chunk's text; persisted as JSON beside the vectors."""

    def __init__(self, ids: list[str], texts: list[str]):
        self.ids, self.texts = list(ids), list(texts)
        tokens = [words(t) for t in self.texts]
        self._words = _BM25(tokens)
        self._grams = _BM25([grams(t) for t in tokens])

    def search(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        """Chunk ids with positive scores, best first."""
        q = words(query)
        scores = [0.0] * len(self.ids)
        self._words.scores(q, scores, 1.0)
        self._grams.scores(grams(q), scores, GRAM_WEIGHT)
        ranked = sorted((i for i, s in enumerate(scores) if s > 0), key=lambda i: -scores[i])
        return [(self.ids[i], scores[i]) for i in ranked[:k]]

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"ids": self.ids, "texts": self.texts}, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> LexicalIndex:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["ids"], data["texts"])
