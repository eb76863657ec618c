"""The learned layer of understanding: nearest labelled example questions, embedded with the index's own embedder.

`lexicon/examples.yaml` holds a few thousand short questions, each labelled with the table operation it asks for
(lookup, sum, top, …, or prose) and the property its answer must contain (amount, date, goal, yes_no, …). A new
question's vector (the one retrieval embeds anyway) votes among its nearest examples. This is the pattern
semantic-router implements (measured: see docs/notes.md); here it is a matrix product over a cached array.

Example vectors are embedded once per embedder and example file and cached on disk (Settings.cache_dir).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
import yaml

from index.lexical import normalise

EXAMPLES_FILE = Path(__file__).resolve().parent / "lexicon" / "examples.yaml"
LabelSet = Literal["operation", "property"]
DRAWS_PER_TEMPLATE = 3  # a template stands for a phrasing; more draws would drown the hand-written questions
NEIGHBOURS = 9
_SLOT = re.compile(r"\{(\w+)\}")


class QueriesEmbedder(Protocol):
    identity: str

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True, kw_only=True)
class Example:
    text: str
    language: str
    label_set: LabelSet
    label: str


@dataclass(frozen=True, kw_only=True)
class Vote:
    """The label the nearest examples agree on, how much of the vote it got, and how close they were."""

    label: str
    share: float  # of the weighted vote, 0–1
    similarity: float  # of the nearest example carrying the label

    def confident(self, share: float = 0.6, similarity: float = 0.0) -> bool:
        return self.share >= share and self.similarity >= similarity


def load_examples(path: Path = EXAMPLES_FILE, seed: int = 5) -> list[Example]:
    """Every plain question, and each template filled a few times (seeded, so the set is the same every run)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fillers: dict[str, list[str]] = {k: [str(v) for v in vs] for k, vs in (data.get("fillers") or {}).items()}
    rng = random.Random(seed)
    out: list[Example] = []
    label_sets: tuple[LabelSet, ...] = ("operation", "property")
    for label_set in label_sets:
        for label, by_language in (data.get(label_set) or {}).items():
            for language, questions in (by_language or {}).items():
                for question in questions or []:
                    texts = _fill(str(question), fillers, rng) if _SLOT.search(str(question)) else [str(question)]
                    out.extend(Example(text=t, language=str(language), label_set=label_set, label=str(label))
                               for t in dict.fromkeys(texts))
    return out


def _fill(template: str, fillers: dict[str, list[str]], rng: random.Random) -> list[str]:
    out = []
    for _ in range(DRAWS_PER_TEMPLATE):
        out.append(_SLOT.sub(lambda m: rng.choice(fillers[m.group(1)]), template))
    return out


class Router:
    """Votes among the nearest examples of each label set."""

    def __init__(self, examples: Sequence[Example], vectors: np.ndarray):
        if len(examples) != len(vectors):
            raise ValueError("one vector per example")
        self.examples = list(examples)
        # one matrix and label list per label set, made once: a vote is then one matrix-vector product
        self._sets: dict[str, tuple[np.ndarray, list[str]]] = {}
        for label_set in ("operation", "property"):
            rows = [i for i, e in enumerate(examples) if e.label_set == label_set]
            self._sets[label_set] = (np.ascontiguousarray(vectors[rows], dtype=np.float32),
                                     [examples[i].label for i in rows])

    def vote(self, vector: np.ndarray, label_set: LabelSet, k: int = NEIGHBOURS) -> Vote | None:
        matrix, labels = self._sets[label_set]
        if not len(labels):
            return None
        similarities = matrix @ vector.astype(np.float32)
        nearest = np.argpartition(-similarities, min(k, len(labels) - 1))[:k]
        weights: dict[str, float] = defaultdict(float)
        best: dict[str, float] = {}
        for i in nearest:
            label = labels[i]
            weight = float(max(similarities[i], 0.0)) ** 4  # the closest examples count most
            weights[label] += weight
            best[label] = max(best.get(label, -1.0), float(similarities[i]))
        total = sum(weights.values()) or 1.0
        label = max(weights, key=lambda name: weights[name])
        return Vote(label=label, share=weights[label] / total, similarity=best[label])


def examples_key(examples: Sequence[Example], identity: str) -> str:
    digest = hashlib.sha1(identity.encode())
    for e in examples:
        digest.update(f"{e.label_set}\x1f{e.label}\x1f{e.text}\x1e".encode())
    return digest.hexdigest()[:16]


def build_router(embedder: QueriesEmbedder, cache_dir: Path | None, path: Path = EXAMPLES_FILE) -> Router:
    """The router over the examples, their vectors read from the cache or embedded once and cached.

    The cache is written atomically (a half-written file is never read) and a cache that can't be written is only
    a slower start, never an error.
    """
    examples = load_examples(path)
    key = examples_key(examples, embedder.identity)
    cached = cache_dir / f"router-{key}.npy" if cache_dir else None
    if cached is not None and cached.exists():
        try:
            vectors = np.load(cached)
            if len(vectors) == len(examples):
                return Router(examples, vectors)
        except (OSError, ValueError):
            pass  # a damaged cache is embedded again below
    vectors = embedder.embed_queries([normalise(e.text) for e in examples])
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=cached.parent, suffix=".tmp", delete=False) as fh:
                np.save(fh, vectors)
            os.replace(fh.name, cached)
        except OSError:
            pass
    return Router(examples, vectors)
