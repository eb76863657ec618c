"""The built index on disk: Chroma vectors, lexical index, chunk records and table store, swapped in atomically.

`build` writes builds through this module; `BuiltIndex` is the read side the answer half opens.

Layout under the index dir:
    CURRENT             id of the live build (replaced atomically at the end of a build)
    builds/<id>/        manifest.json (written last), chunks.jsonl, vectors.npy, lexical/ (postings),
                        tables.sqlite, chroma/ (embedded mode)
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlparse

import numpy as np

from index.embed import GdcEmbeddings, chroma_embedding_function, make_embedder
from index.lexical import LexicalIndex
from index.records import Chunk, Sentence, SourceInfo
from index.settings import Settings
from index.tables import TableStore

if TYPE_CHECKING:  # chromadb and langchain_chroma cost a second to import; only the paths that need them do
    from chromadb.api import ClientAPI
    from langchain_chroma import Chroma

Manifest = dict[str, Any]  # manifest.json as read; its shape is versioned by FORMAT
_Record = TypeVar("_Record", Chunk, Sentence)

FORMAT = 4  # bump when the files of a build change shape: older builds are then rebuilt, not misread
COLLECTION = "gdc_chunks"


class IndexMissing(RuntimeError):
    """No usable index: it was never built, or the live build is unreadable."""


class IndexBusy(RuntimeError):
    """Another `gdc index` holds the lock."""


def builds_dir(index_dir: Path) -> Path:
    return index_dir / "builds"


def current_build(index_dir: Path) -> Path | None:
    try:
        build_id = (index_dir / "CURRENT").read_text().strip()
    except FileNotFoundError:
        return None
    path = builds_dir(index_dir) / build_id
    return path if (path / "manifest.json").exists() else None


def read_manifest(index_dir: Path) -> Manifest | None:
    build = current_build(index_dir)
    return json.loads((build / "manifest.json").read_text()) if build else None


@contextmanager
def index_lock(index_dir: Path) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusy(f"another `gdc index` is building in {index_dir}; wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def new_build_id() -> str:
    return time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def chroma_client(settings: Settings, build: Path) -> ClientAPI:
    """Embedded PersistentClient inside the build, or an HttpClient when GDC_CHROMA_URL is set."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or (443 if url.scheme == "https" else 80),
                                   ssl=url.scheme == "https", settings=chroma_settings)
    return chromadb.PersistentClient(path=str(build / "chroma"), settings=chroma_settings)


def collection_name(settings: Settings, build_id: str) -> str:
    # A shared server keeps one collection per build, so a build in progress never touches the live one.
    return f"gdc_{build_id}" if settings.chroma_url else COLLECTION


def write_build(settings: Settings, build: Path, chunks: list[Chunk], keys: list[str], sentences: list[Sentence],
                sentence_keys: list[str], vectors: np.ndarray, manifest: Manifest) -> None:
    """Write chunk vectors into Chroma and chunk/sentence records beside them; the manifest goes last.

    `vectors` holds the chunks' rows first, then the sentences'.
    """
    sentence_vectors, vectors = vectors[len(chunks) :], vectors[: len(chunks)]
    client = chroma_client(settings, build)
    name = manifest["chroma"]["collection"]
    with suppress(Exception):  # absent is the normal case
        client.delete_collection(name)
    collection = client.create_collection(name, embedding_function=chroma_embedding_function(settings.embedder),
                                          configuration={"hnsw": {"space": "cosine"}})
    for i in range(0, len(chunks), 500):
        part = chunks[i : i + 500]
        collection.add(ids=[c.id for c in part], embeddings=vectors[i : i + 500],
                       documents=[c.text for c in part], metadatas=[chunk_metadata(c) for c in part])
    with open(build / "chunks.jsonl", "w", encoding="utf-8") as fh:
        for chunk, key in zip(chunks, keys, strict=True):
            fh.write(json.dumps({**asdict(chunk), "embed_key": key}, ensure_ascii=False) + "\n")
    with open(build / "sentences.jsonl", "w", encoding="utf-8") as fh:
        for sentence, key in zip(sentences, sentence_keys, strict=True):
            fh.write(json.dumps({**asdict(sentence), "embed_key": key}, ensure_ascii=False) + "\n")
    np.save(build / "vectors.npy", vectors.astype(np.float32))
    np.save(build / "sentence_vectors.npy", sentence_vectors.astype(np.float32))
    LexicalIndex.build([c.id for c in chunks], [c.embed_text for c in chunks]).save(build / "lexical")
    tmp = build / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    os.replace(tmp, build / "manifest.json")


def chunk_metadata(chunk: Chunk) -> dict[str, str | int]:
    return {"source": chunk.source, "title": chunk.title, "section": " › ".join(chunk.section),
            "page": chunk.page or 0, "start": chunk.start, "end": chunk.end, "kind": chunk.kind}


def publish(settings: Settings, build: Path) -> None:
    """Make `build` the live index in one atomic rename, then drop builds older than the previous one."""
    index_dir = settings.index_dir
    previous = current_build(index_dir)
    tmp = index_dir / "CURRENT.tmp"
    with open(tmp, "w") as fh:
        fh.write(build.name)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    # Keep the previous build: a running app may still read it until it reloads.
    keep = {build.name} | ({previous.name} if previous else set())
    collect_garbage(settings, keep)


def collect_garbage(settings: Settings, keep: set[str]) -> None:
    root = builds_dir(settings.index_dir)
    for path in root.iterdir() if root.exists() else []:
        if path.name in keep:
            continue
        if settings.chroma_url and (path / "manifest.json").exists():
            try:
                name = json.loads((path / "manifest.json").read_text())["chroma"]["collection"]
                chroma_client(settings, path).delete_collection(name)
            except Exception:  # the server may already have lost it; the files still go
                pass
        shutil.rmtree(path, ignore_errors=True)


def _load_records(path: Path, cls: type[_Record]) -> tuple[list[_Record], list[str]]:
    records: list[_Record] = []
    keys: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            keys.append(rec.pop("embed_key"))
            rec["section"] = tuple(rec["section"])
            records.append(cls(**rec))
    return records, keys


def load_chunks(build: Path) -> tuple[list[Chunk], list[str]]:
    return _load_records(build / "chunks.jsonl", Chunk)


def load_sentences(build: Path) -> tuple[list[Sentence], list[str]]:
    return _load_records(build / "sentences.jsonl", Sentence)


def load_vectors(build: Path, chunk_keys: list[str]) -> dict[str, np.ndarray]:
    """Every vector of a build by its embed key (chunks and sentences), for reuse by the next build.

    `chunk_keys` are the keys `load_chunks` already read, in file order.
    """
    out: dict[str, np.ndarray] = {}
    for keys, name in ((chunk_keys, "vectors.npy"), (load_sentences(build)[1], "sentence_vectors.npy")):
        out.update(zip(keys, np.load(build / name), strict=True))
    return out


class BuiltIndex:
    """Read side of the live build: chunks, lexical index, table store and the Chroma vector store."""

    def __init__(self, settings: Settings):
        build = current_build(settings.index_dir)
        if build is None:
            raise IndexMissing(f"no index in {settings.index_dir}; run `gdc index` first")
        self.settings, self.path = settings, build
        self.manifest: Manifest = json.loads((build / "manifest.json").read_text())
        self.chunks, _ = load_chunks(build)
        self.by_id = {c.id: c for c in self.chunks}

    @property
    def embedder_spec(self) -> str:
        return str(self.manifest["embedder"])

    @cached_property
    def embedder(self) -> GdcEmbeddings:
        return make_embedder(self.embedder_spec)

    @cached_property
    def sources(self) -> dict[str, SourceInfo]:
        """How each indexed source is named in answers, from its front matter (documents) or file name (tables)."""
        out = {}
        for source, meta in self.manifest["sources"].items():
            out[source] = SourceInfo(
                source=source, title=str(meta.get("title") or source), kind=str(meta.get("doc_kind") or ""),
                date=meta.get("date"), language=str(meta.get("language") or ""), reference=meta.get("reference"),
                is_table=meta.get("kind") == "table")
        return out

    @cached_property
    def sentences(self) -> dict[str, list[tuple[Sentence, np.ndarray]]]:
        """Each chunk's sentences with their vectors, by chunk id."""
        sentences, _ = load_sentences(self.path)
        vectors = np.load(self.path / "sentence_vectors.npy")
        out: dict[str, list[tuple[Sentence, np.ndarray]]] = {}
        for sentence, vector in zip(sentences, vectors, strict=True):
            out.setdefault(sentence.chunk_id, []).append((sentence, vector))
        return out

    @cached_property
    def lexical(self) -> LexicalIndex:
        return LexicalIndex.load(self.path / "lexical")

    @cached_property
    def tables(self) -> TableStore:
        return TableStore(self.path / "tables.sqlite")

    @cached_property
    def vectorstore(self) -> Chroma:
        """LangChain's Chroma over the live collection (cosine)."""
        from langchain_chroma import Chroma

        client = chroma_client(self.settings, self.path)
        return Chroma(client=client, collection_name=self.manifest["chroma"]["collection"],
                      embedding_function=self.embedder, collection_configuration={"hnsw": {"space": "cosine"}})

    def source_text(self, source: str) -> str:
        """The text a chunk's offsets point into: the file itself for .md/.txt, the extracted text otherwise."""
        return (self.path / "texts" / text_name(source)).read_text(encoding="utf-8")


def text_name(source: str) -> str:
    return hashlib.sha1(source.encode()).hexdigest()[:16] + ".txt"
