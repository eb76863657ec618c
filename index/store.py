"""The built index on disk: Chroma vectors, lexical index, chunk records and table store, swapped in atomically.

`build` writes builds through this module; `BuiltIndex` is the read side the answer half opens.

Layout under the index dir:
    CURRENT             id of the live build (replaced atomically at the end of a build)
    builds/<id>/        manifest.json (written last, with a sha256 of every other file), chunks.jsonl, vectors.npy,
                        sentences.jsonl, sentence_vectors.npy, lexical/ (postings), tables.sqlite, texts/,
                        chroma/ (embedded mode; written by the build, read only by the baselines)
    leases/<pid>-<n>    the builds a running reader holds; a build is deleted only when no live process holds it

Readers never write into a build: dense search runs over the build's own vectors.npy, memory-mapped read-only,
and the table store opens read-only. Chroma (embedded, or a `chroma run` server through GDC_CHROMA_URL) is the
store the build writes, kept for the LangChain baselines and for other clients of the server.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypedDict, TypeVar, cast
from urllib.parse import urlparse

import numpy as np

from index.cache import FILE as CACHE_FILE
from index.cache import VectorCache
from index.embed import GdcEmbeddings, chroma_embedding_function, make_embedder
from index.lexical import LexicalIndex
from index.records import Chunk, Sentence, SourceInfo, TableKind
from index.settings import Settings
from index.tables import TableStore

if TYPE_CHECKING:  # chromadb and langchain_chroma cost a second to import; only the paths that need them do
    from chromadb.api import ClientAPI
    from langchain_chroma import Chroma

_Record = TypeVar("_Record", Chunk, Sentence)

# bump when the files of a build change shape: older builds are then rebuilt, not misread (6: the lexical postings
# hold a suspended compound whole, "om-/bijscholing" as "omscholing", and no "also")
FORMAT = 6
COLLECTION = "gdc_chunks"
BUILD_ID = re.compile(r"\d{8}T\d{6}-[0-9a-f]{6}")
REBUILD = "run `gdc index --rebuild`"
SourceKind = Literal["document", "table"]
ChromaMode = Literal["embedded", "http"]
ServerState = Literal["ok", "uploaded", "unreachable"]


class Fingerprint(TypedDict):
    """What the vectors of a build depend on: another value means nothing old can be reused."""

    embedder: str
    embedder_identity: str
    chunker_version: int
    chroma_url: str | None
    format: int


class SourceMeta(TypedDict, total=False):
    """One indexed file; documents fill the first group, tables the second."""

    kind: SourceKind
    sha256: str
    title: str
    chunks: int
    doc_kind: str
    date: str | None
    language: str
    reference: str | None
    schema: TableKind
    rows: int
    years: list[int]
    contribution: int


class SkippedEntry(TypedDict):
    source: str
    reason: str
    sha256: str


class ChromaInfo(TypedDict):
    mode: ChromaMode
    collection: str
    count: int  # vectors the collection must hold
    ids_checksum: str  # sha256 of its sorted chunk ids (`ids_checksum`); the vectors are compared with vectors.npy


class BuildStats(TypedDict):
    chunks: int
    embedded: int
    reused: int


class Limits(TypedDict):
    max_file_mb: float
    max_units: int
    sentence_vectors: str  # "build" or "lazy" (GDC_SENTENCE_VECTORS)


class FileEntry(TypedDict):
    sha256: str
    bytes: int


class Manifest(Fingerprint):
    """manifest.json: what a build holds and how it was made; its shape is versioned by FORMAT."""

    build_id: str
    built_at: str
    chroma: ChromaInfo
    sources: dict[str, SourceMeta]
    table_rows: int
    skipped: list[SkippedEntry]
    stats: BuildStats
    limits: Limits
    files: dict[str, FileEntry]  # every file of the build but the manifest and chroma/, by path inside the build


# Required keys of manifest.json and the JSON type each must have; anything else is a damaged manifest.
_MANIFEST_KEYS: dict[str, type | tuple[type, ...]] = {
    "embedder": str, "embedder_identity": str, "chunker_version": int, "chroma_url": (str, type(None)),
    "format": int, "build_id": str, "built_at": str, "chroma": dict, "sources": dict, "table_rows": int,
    "skipped": list, "stats": dict, "limits": dict, "files": dict}


class IndexMissing(RuntimeError):
    """No usable index: it was never built, or the live build is unreadable."""


class IndexDamaged(IndexMissing):
    """The live build's files are not what its manifest recorded; the message names the first bad one."""

    def __init__(self, index_dir: Path, detail: str):
        super().__init__(f"the index in {index_dir} is damaged ({detail}); {REBUILD}")
        self.detail = detail


class IndexBusy(RuntimeError):
    """Another `gdc index` holds the lock."""


class ServerUnreachable(RuntimeError):
    """The Chroma server named by GDC_CHROMA_URL does not answer."""


def builds_dir(index_dir: Path) -> Path:
    return index_dir / "builds"


def live_build_id(index_dir: Path) -> str | None:
    """The id CURRENT names; None before the first build, IndexDamaged when CURRENT holds anything else."""
    try:
        text = (index_dir / "CURRENT").read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexDamaged(index_dir, f"CURRENT cannot be read: {exc.strerror}") from None
    if not BUILD_ID.fullmatch(text):  # never a path: CURRENT cannot lead a reader out of builds/
        raise IndexDamaged(index_dir, "CURRENT names no build")
    return text


def current_build(index_dir: Path) -> Path | None:
    """The live build's folder; None before the first build, IndexDamaged when CURRENT names a build that is gone."""
    build_id = live_build_id(index_dir)
    if build_id is None:
        return None
    path = builds_dir(index_dir) / build_id
    if not (path / "manifest.json").is_file():
        raise IndexDamaged(index_dir, f"build {build_id} has no manifest.json")
    return path


def read_manifest(index_dir: Path) -> Manifest | None:
    build = current_build(index_dir)
    return load_manifest(build) if build else None


def load_manifest(build: Path) -> Manifest:
    """A build's manifest, checked for shape (IndexDamaged when truncated, altered or of another format)."""
    index_dir = build.parent.parent
    try:
        data = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise IndexDamaged(index_dir, f"manifest.json cannot be read: {type(exc).__name__}") from None
    if isinstance(data, dict) and data.get("format") != FORMAT and isinstance(data.get("format"), int):
        raise IndexDamaged(index_dir, f"built by another version of gdc (format {data['format']}, this one reads {FORMAT})")
    problem = _manifest_problem(data)
    if problem:
        raise IndexDamaged(index_dir, f"manifest.json {problem}")
    return cast(Manifest, data)


def _manifest_problem(data: object) -> str | None:
    if not isinstance(data, dict):
        return "is not a JSON object"
    for key, kind in _MANIFEST_KEYS.items():
        if not isinstance(data.get(key), kind):
            return f"lacks a valid {key!r}"
    chroma = data["chroma"]
    if not (isinstance(chroma.get("collection"), str) and isinstance(chroma.get("count"), int)
            and isinstance(chroma.get("ids_checksum"), str) and chroma.get("mode") in ("embedded", "http")):
        return "lacks a valid 'chroma' entry"
    for source, meta in data["sources"].items():
        if not isinstance(meta, dict) or meta.get("kind") not in ("document", "table") or not isinstance(meta.get("sha256"), str):
            return f"has a bad entry for {source}"
    for name, entry in data["files"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str) or not isinstance(entry.get("bytes"), int):
            return f"has a bad checksum entry for {name}"
    return None


def file_sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def build_files(build: Path) -> list[Path]:
    """The files a build's manifest checksums: all but the manifest itself and Chroma's own folder (which
    Chroma rewrites whenever a client opens it; it is derived data the answer path never reads)."""
    return sorted(p for p in build.rglob("*") if p.is_file() and p.relative_to(build).parts[0] not in
                  ("manifest.json", "manifest.json.tmp", "chroma"))


def checksum_files(build: Path) -> dict[str, FileEntry]:
    return {p.relative_to(build).as_posix(): {"sha256": file_sha256(p), "bytes": p.stat().st_size}
            for p in build_files(build)}


def verify_build(build: Path, manifest: Manifest) -> None:
    """IndexDamaged naming the first file that is missing or differs from its recorded checksum."""
    index_dir = build.parent.parent
    for name, entry in sorted(manifest["files"].items()):
        path = build / name
        if ".." in Path(name).parts or not path.is_file():
            raise IndexDamaged(index_dir, f"{name} is missing")
        if path.stat().st_size != entry["bytes"] or file_sha256(path) != entry["sha256"]:
            raise IndexDamaged(index_dir, f"{name} does not match its checksum")
    if not manifest["files"]:
        raise IndexDamaged(index_dir, "manifest.json records no files")


@contextmanager
def index_lock(index_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the build lock; IndexBusy when another build holds it for more than `wait` seconds."""
    index_dir.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    with open(index_dir / ".lock", "a+") as fh:
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    still = f"; still busy after {wait:.0f} s" if wait else ""
                    raise IndexBusy(f"another `gdc index` is building in {index_dir}{still}; wait for it to finish") from None
                time.sleep(0.2)
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
    """Write chunk/sentence records and vectors, then the Chroma collection; the manifest goes last, with a
    checksum of every file before it.

    `vectors` holds the chunks' rows first, then the sentences'. ServerUnreachable when the server is down.
    """
    sentence_vectors, vectors = vectors[len(chunks) :], vectors[: len(chunks)]
    with open(build / "chunks.jsonl", "w", encoding="utf-8") as fh:
        for chunk, key in zip(chunks, keys, strict=True):
            fh.write(json.dumps({**asdict(chunk), "embed_key": key}, ensure_ascii=False) + "\n")
    with open(build / "sentences.jsonl", "w", encoding="utf-8") as fh:
        for sentence, key in zip(sentences, sentence_keys, strict=True):
            fh.write(json.dumps({**asdict(sentence), "embed_key": key}, ensure_ascii=False) + "\n")
    np.save(build / "vectors.npy", vectors.astype(np.float32))
    np.save(build / "sentence_vectors.npy", sentence_vectors.astype(np.float32))
    LexicalIndex.build([c.id for c in chunks], [c.embed_text for c in chunks]).save(build / "lexical")
    manifest["files"] = checksum_files(build)
    try:
        upload_collection(chroma_client(settings, build), manifest["chroma"]["collection"], settings.embedder,
                          chunks, vectors)
    except Exception as exc:  # connection, HTTP and server errors alike: nothing is published
        if not settings.chroma_url:
            raise
        raise ServerUnreachable(f"the Chroma server at {settings.chroma_url} cannot be reached "
                                f"({type(exc).__name__}); nothing was published") from None
    tmp = build / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    os.replace(tmp, build / "manifest.json")


def upload_collection(client: ClientAPI, name: str, embedder: str, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
    """(Re)create collection `name` holding exactly these chunks and vectors, with our embedding function and cosine."""
    with suppress(Exception):  # absent is the normal case
        client.delete_collection(name)
    collection = client.create_collection(name, embedding_function=chroma_embedding_function(embedder),
                                          configuration={"hnsw": {"space": "cosine"}})
    for i in range(0, len(chunks), 500):
        part = chunks[i : i + 500]
        collection.add(ids=[c.id for c in part], embeddings=vectors[i : i + 500],
                       documents=[c.text for c in part], metadatas=[chunk_metadata(c) for c in part])


def ids_checksum(ids: Sequence[str]) -> str:
    """sha256 of the ids in sorted order: the same for the build's chunks and for what a server returns.

    >>> ids_checksum(["b", "a"]) == ids_checksum(["a", "b"])
    True
    """
    return hashlib.sha256("\0".join(sorted(ids)).encode()).hexdigest()


# A server hands vectors back through JSON: equal to the build's float32 values within rounding, not bit for bit.
SERVER_TOLERANCE = 1e-5


def sync_server(settings: Settings, build: Path, manifest: Manifest) -> ServerState:
    """Make sure the server's collection for `build` holds the build's vectors (count, a checksum of the ids, and
    each vector equal to the build's own within SERVER_TOLERANCE); re-upload them from the build's files when it
    does not (a server restarted without its data, or a collection changed behind our back).

    'ok', 'uploaded', or 'unreachable' (nothing raised: the answer path does not need the server).
    """
    chunks = load_chunks(build)[0]
    vectors = np.load(build / "vectors.npy")
    name = manifest["chroma"]["collection"]
    try:
        client = chroma_client(settings, build)
        if _server_holds(client, name, manifest["chroma"]["ids_checksum"], [c.id for c in chunks], vectors):
            return "ok"
        upload_collection(client, name, settings.embedder, chunks, vectors)
    except Exception:  # connection refused, timeouts, HTTP errors: the server is not usable now
        return "unreachable"
    return "uploaded"


def _server_holds(client: ClientAPI, name: str, checksum: str, ids: list[str], vectors: np.ndarray) -> bool:
    """Whether collection `name` holds exactly these ids (count and checksum) with these vectors."""
    from chromadb.errors import NotFoundError

    try:
        collection = client.get_collection(name)
    except NotFoundError:
        return False
    if collection.count() != len(ids):
        return False
    row = {cid: i for i, cid in enumerate(ids)}
    got_ids: list[str] = []
    for offset in range(0, len(ids), 1000):
        got = collection.get(include=["embeddings"], limit=1000, offset=offset)
        embeddings = got["embeddings"] if got["embeddings"] is not None else []
        for cid, vector in zip(got["ids"], embeddings, strict=True):
            if cid not in row or not np.allclose(vector, vectors[row[cid]], rtol=0, atol=SERVER_TOLERANCE):
                return False
        got_ids.extend(got["ids"])
    return ids_checksum(got_ids) == checksum


def server_alive(url: str, timeout: float = 2.0) -> bool:
    """Whether the Chroma server at `url` answers its heartbeat (no chromadb import: this runs between questions)."""
    import urllib.request

    try:
        with urllib.request.urlopen(url.rstrip("/") + "/api/v2/heartbeat", timeout=timeout) as response:  # noqa: S310
            return bool(response.status == 200)
    except (OSError, ValueError):
        return False


def chunk_metadata(chunk: Chunk) -> dict[str, str | int]:
    return {"source": chunk.source, "title": chunk.title, "section": " › ".join(chunk.section),
            "page": chunk.page or 0, "start": chunk.start, "end": chunk.end, "kind": chunk.kind}


def publish(settings: Settings, build: Path) -> None:
    """Make `build` the live index in one atomic rename, then drop builds no one may still read."""
    index_dir = settings.index_dir
    try:
        previous = live_build_id(index_dir)
    except IndexDamaged:
        previous = None
    tmp = index_dir / "CURRENT.tmp"
    with open(tmp, "w") as fh:
        fh.write(build.name)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    # The previous build stays for readers that have not switched yet and hold no lease (a read-only index dir).
    keep = {build.name} | ({previous} if previous else set())
    collect_garbage(settings, keep | leased_builds(index_dir))


def collect_garbage(settings: Settings, keep: set[str]) -> None:
    """Delete every build (and its server collection) not in `keep`; run under the build lock only."""
    root = builds_dir(settings.index_dir)
    for path in root.iterdir() if root.exists() else []:
        if path.name in keep:
            continue
        if settings.chroma_url and BUILD_ID.fullmatch(path.name):
            with suppress(Exception):  # the server may already have lost it, or be down; the files still go
                chroma_client(settings, path).delete_collection(collection_name(settings, path.name))
        shutil.rmtree(path, ignore_errors=True)


def remove_orphans(settings: Settings) -> list[str]:
    """Delete the folders of builds that never finished (killed before their manifest); run under the build lock,
    so no build is in progress. Returns their ids."""
    root = builds_dir(settings.index_dir)
    orphans = {p.name for p in root.iterdir() if not (p / "manifest.json").is_file()} if root.exists() else set()
    if orphans:
        collect_garbage(settings, {p.name for p in root.iterdir()} - orphans)
    return sorted(orphans)


class Lease:
    """A reader's claim on the builds it reads: `publish` deletes no build that a live process holds.

    One small JSON file per reader under `leases/` ({"pid", "builds"}), written atomically. A lease whose pid is
    gone (a killed reader) is ignored and removed. Holding is best effort: in a read-only index dir no lease can be
    written, and the reader relies on `publish` keeping the previous build.
    """

    def __init__(self, index_dir: Path):
        self.path = index_dir / "leases" / f"{os.getpid()}-{uuid.uuid4().hex[:8]}.json"

    def hold(self, builds: Collection[str]) -> bool:
        """Claim exactly `builds` (an empty set releases); False when the lease cannot be written."""
        if not builds:
            self.release()
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"pid": os.getpid(), "builds": sorted(builds)}))
            os.replace(tmp, self.path)
        except OSError:
            return False
        return True

    def release(self) -> None:
        with suppress(OSError):
            self.path.unlink(missing_ok=True)


def leased_builds(index_dir: Path) -> set[str]:
    """Every build some live reader holds; leases of dead processes are removed on the way."""
    held: set[str] = set()
    folder = index_dir / "leases"
    for path in folder.glob("*.json") if folder.is_dir() else []:
        try:
            lease = json.loads(path.read_text())
            pid, builds = int(lease["pid"]), [str(b) for b in lease["builds"]]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # unreadable: not a lease this code wrote
        if _alive(pid):
            held.update(builds)
        else:
            with suppress(OSError):
                path.unlink()
    return held


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


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
        # a lazy build's NaN rows are vectors never made: nothing to reuse
        out.update((k, v) for k, v in zip(keys, np.load(build / name), strict=True) if not np.isnan(v[0]))
    return out


def vector_cache(settings: Settings) -> VectorCache:
    """The cache of vectors made after a build, shared by every index under this cache directory."""
    return VectorCache(settings.cache_path / CACHE_FILE)


class SentenceVectors(Mapping[str, list[tuple[Sentence, np.ndarray]]]):
    """Each chunk's sentences with their vectors, by chunk id.

    A build made with GDC_SENTENCE_VECTORS=lazy holds no vector for a prose sentence (a row of NaN): it is taken
    from the shared vector cache when another reader already made it, else embedded the first time its chunk is
    read, all of a question's chunks in one batch (`prefetch`), and added to the cache. The build on disk is never
    written (a reader does not write).
    """

    def __init__(self, sentences: Sequence[Sentence], vectors: np.ndarray, embed: Callable[[list[str]], np.ndarray],
                 keys: Sequence[str] = (), cache: VectorCache | None = None):
        self._sentences: dict[str, list[Sentence]] = {}
        self._vectors: dict[str, list[np.ndarray | None]] = {}
        self._keys: dict[str, list[str]] = {}
        absent = [k for k, v in zip(keys, vectors, strict=False) if np.isnan(v[0])]
        cached = cache.get(absent) if cache is not None and absent else {}
        for n, (sentence, vector) in enumerate(zip(sentences, vectors, strict=True)):
            key = keys[n] if keys else ""
            self._sentences.setdefault(sentence.chunk_id, []).append(sentence)
            self._keys.setdefault(sentence.chunk_id, []).append(key)
            self._vectors.setdefault(sentence.chunk_id, []).append(
                cached.get(key) if np.isnan(vector[0]) else vector)
        self.missing = sum(v is None for vs in self._vectors.values() for v in vs)
        self.from_cache = len(cached)
        self._made: dict[str, np.ndarray] = dict(cached)  # by key: a text repeated in two chunks is embedded once
        self._embed = embed
        self._cache = cache
        self._keys_known = bool(keys)
        self._lock = threading.Lock()

    def prefetch(self, chunk_ids: Iterable[str]) -> int:
        """Embed, in one batch, every sentence of these chunks that has no vector yet; how many texts were embedded
        (each distinct text once, and none that another reader already made)."""
        if not self.missing:
            return 0
        with self._lock:  # one embedding per sentence, however many questions ask at once
            todo = [(cid, i) for cid in dict.fromkeys(chunk_ids) for i, v in enumerate(self._vectors.get(cid, ()))
                    if v is None]
            texts = {self._key(cid, i): self._sentences[cid][i].embed_text for cid, i in todo}
            new = [key for key in texts if key not in self._made]
            if new:
                self._made.update(zip(new, self._embed([texts[key] for key in new]), strict=True))
                if self._cache is not None:
                    self._cache.put({key: self._made[key] for key in new if self._keys_known})
            for cid, i in todo:
                self._vectors[cid][i] = self._made[self._key(cid, i)]
            self.missing -= len(todo)
            return len(new)

    def _key(self, chunk_id: str, i: int) -> str:
        """The sentence's embed key; without keys (a caller that gave none), its place, which is never cached."""
        return self._keys[chunk_id][i] if self._keys_known else f"{chunk_id}#{i}"

    def __getitem__(self, chunk_id: str) -> list[tuple[Sentence, np.ndarray]]:
        if chunk_id not in self._sentences:
            raise KeyError(chunk_id)
        self.prefetch([chunk_id])
        return [(s, v) for s, v in zip(self._sentences[chunk_id], self._vectors[chunk_id], strict=True)
                if v is not None]

    def vector(self, sentence: Sentence) -> np.ndarray:
        """One sentence's vector (its chunk's missing ones embedded first)."""
        self.prefetch([sentence.chunk_id])
        vector = self._vectors[sentence.chunk_id][self._sentences[sentence.chunk_id].index(sentence)]
        assert vector is not None
        return vector

    def records(self, chunk_id: str) -> list[Sentence]:
        """A chunk's sentences without their vectors (nothing is embedded)."""
        return self._sentences.get(chunk_id, [])

    def __iter__(self) -> Iterator[str]:
        return iter(self._sentences)

    def __len__(self) -> int:
        return len(self._sentences)


class BuiltIndex:
    """Read side of a build (the live one unless given): chunks, dense and lexical search, tables, Chroma.

    Opening checks every file against the manifest's checksums (IndexDamaged names the first bad one), so a damaged
    build is refused before a question reaches it. Nothing here writes into the build.
    """

    def __init__(self, settings: Settings, build: Path | None = None):
        build = build or current_build(settings.index_dir)
        if build is None:
            raise IndexMissing(f"no index in {settings.index_dir}; run `gdc index` first")
        self.settings, self.path = settings, build
        self.manifest: Manifest = load_manifest(build)
        verify_build(build, self.manifest)
        try:
            self.chunks, _ = load_chunks(build)
        except (ValueError, KeyError, TypeError) as exc:  # checksummed, so only a build written wrongly gets here
            raise IndexDamaged(settings.index_dir, f"chunks.jsonl cannot be read: {type(exc).__name__}") from None
        self.by_id = {c.id: c for c in self.chunks}
        self._masks: dict[frozenset[str], np.ndarray] = {}

    @property
    def build_id(self) -> str:
        return self.path.name

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
    def sentences(self) -> SentenceVectors:
        """Each chunk's sentences with their vectors, by chunk id (embedded on first use in a lazy build)."""
        sentences, keys = load_sentences(self.path)
        vectors = np.load(self.path / "sentence_vectors.npy")
        if len(vectors) != len(sentences):
            raise IndexDamaged(self.settings.index_dir, "sentence_vectors.npy does not hold one vector per sentence")

        def embed(texts: list[str]) -> np.ndarray:
            return np.asarray(self.embedder.embed_documents(texts), dtype=np.float32).reshape(len(texts), -1)

        return SentenceVectors(sentences, vectors, embed, keys=keys, cache=vector_cache(self.settings))

    @cached_property
    def _dense(self) -> tuple[np.ndarray, np.ndarray]:
        """The chunk vectors, memory-mapped read-only, and their norms (computed once)."""
        matrix = np.load(self.path / "vectors.npy", mmap_mode="r")
        if matrix.ndim != 2 or matrix.shape[0] != len(self.chunks):
            raise IndexDamaged(self.settings.index_dir, "vectors.npy does not hold one vector per chunk")
        norms = np.linalg.norm(matrix, axis=1)
        return matrix, np.where(norms > 0, norms, 1.0)

    def dense_search(self, vector: Sequence[float] | np.ndarray, n: int,
                     sources: frozenset[str] | None = None) -> list[tuple[str, float]]:
        """The `n` chunks nearest to `vector` by exact cosine similarity, best first (ties in corpus order); with
        `sources`, only chunks of those sources.

        Exact search over the build's own matrix: no index to maintain and nothing written (bench/dense_search.py:
        well under a millisecond at the shipped size, milliseconds at 50k chunks).
        """
        matrix, norms = self._dense
        if sources is None:
            return [(self.chunks[i].id, score) for i, score in nearest(matrix, norms, vector, n)]
        rows = np.flatnonzero(self.chunk_mask(sources))
        return [(self.chunks[rows[i]].id, score) for i, score in nearest(matrix[rows], norms[rows], vector, n)]

    def chunk_mask(self, sources: frozenset[str]) -> np.ndarray:
        """One bool per chunk (in build order): does it come from one of `sources`? Cached per set of sources."""
        mask = self._masks.get(sources)
        if mask is None:
            mask = np.fromiter((c.source in sources for c in self.chunks), dtype=bool, count=len(self.chunks))
            self._masks[sources] = mask
        return mask

    @cached_property
    def lexical(self) -> LexicalIndex:
        """The BM25 postings; their ids are the chunks in build order, so `chunk_mask` also masks them."""
        lexical = LexicalIndex.load(self.path / "lexical")
        if lexical.ids != [c.id for c in self.chunks]:
            raise IndexDamaged(self.settings.index_dir, "the lexical index does not list the chunks in build order")
        return lexical

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


def nearest(matrix: np.ndarray, norms: np.ndarray, vector: Sequence[float] | np.ndarray, n: int) -> list[tuple[int, float]]:
    """Rows of `matrix` (with their precomputed `norms`) nearest to `vector` by cosine: (row, similarity), best first.

    >>> found = nearest(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 2.0]]), np.array([1.0, 1.0, 2.0]), [0.0, 1.0], 2)
    >>> [(row, round(similarity, 3)) for row, similarity in found]
    [(2, 1.0), (1, 0.8)]
    """
    if not len(matrix) or n <= 0:
        return []
    query = np.asarray(vector, dtype=np.float32)
    scores = (matrix @ query) / (norms * (float(np.linalg.norm(query)) or 1.0))
    n = min(n, len(scores))
    top = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
    top = top[np.lexsort((top, -scores[top]))]
    return [(int(i), float(scores[i])) for i in top]


def text_name(source: str) -> str:
    return hashlib.sha1(source.encode()).hexdigest()[:16] + ".txt"
