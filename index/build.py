"""`gdc index`: scan the knowledge dir, re-read only what changed, embed only new text, swap the build in.

The orchestration of the build side: `load`/`tables` read, `chunk` cuts, `embed` embeds, `store` writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO, TypedDict

import numpy as np

from index.blocks import LoadError
from index.chunk import CHUNKER_VERSION, chunk_document, chunk_sentences
from index.embed import embed_in_batches, embedder_identity, make_embedder
from index.load import DOCUMENT_SUFFIXES, load_document
from index.records import Chunk, Sentence, Skipped
from index.settings import Settings
from index.store import (
    FORMAT,
    BuildStats,
    ChromaInfo,
    Fingerprint,
    IndexDamaged,
    Limits,
    Manifest,
    ServerState,
    ServerUnreachable,
    SkippedEntry,
    SourceMeta,
    builds_dir,
    collection_name,
    current_build,
    ids_checksum,
    index_lock,
    load_chunks,
    load_manifest,
    load_vectors,
    new_build_id,
    publish,
    remove_orphans,
    sync_server,
    text_name,
    vector_cache,
    verify_build,
    write_build,
)
from index.tables import TABLE_SUFFIXES, DuplicateRows, TableFile, load_table_file, write_table_store
from index.units import EmbedPlan, assemble, plan_units

DOC_DIR, TABLE_DIR = "documents", "tables"
MB = 1024 * 1024


@dataclass
class IndexReport:
    """What one `gdc index` run did."""

    up_to_date: bool = False
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    table_rows: int = 0
    seconds: float = 0.0
    build: str = ""
    repaired: str = ""  # why the live build could not be reused (damaged), when it could not
    orphans: list[str] = field(default_factory=list)  # folders of killed builds removed
    server: ServerState | None = None  # server mode: what the check of the server's collection found


@dataclass(frozen=True, kw_only=True)
class Scan:
    """What `scan` found: the files to read (by real path) and the entries refused before reading, with why."""

    files: dict[str, Path]
    refused: tuple[Skipped, ...] = ()


def scan(knowledge_dir: Path, max_mb: float | None = None) -> Scan:
    """Every candidate file under documents/ and tables/, keyed by posix path relative to the knowledge dir.

    Paths are resolved: a link (or linked folder) whose real path leaves the knowledge dir is refused and named,
    as is anything that is not a regular file and, with `max_mb`, a file of more megabytes than that. Linked folders
    inside the knowledge dir are followed once; a second path to a file already found is refused.
    """
    root = Path(os.path.realpath(knowledge_dir))
    found: dict[str, Path] = {}
    refused: list[Skipped] = []
    seen_files: dict[Path, str] = {}
    seen_dirs: set[Path] = set()

    def refuse(rel: str, reason: str) -> None:
        refused.append(Skipped(source=rel, reason=reason))

    def walk(folder: Path, rel_folder: str, sub: str) -> None:
        real = Path(os.path.realpath(folder))
        if not is_inside(real, root):
            refuse(rel_folder, "is a link that leads outside the knowledge dir; not indexed")
            return
        if real in seen_dirs:
            refuse(rel_folder, "is a link to a folder already scanned; not indexed twice")
            return
        seen_dirs.add(real)
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            rel = f"{rel_folder}/{entry.name}"
            if entry.name.startswith("."):
                continue
            target = Path(os.path.realpath(entry.path))
            if not is_inside(target, root):
                refuse(rel, "is a link that leads outside the knowledge dir; not indexed")
            elif entry.is_dir():  # follows links: the target was just found inside the knowledge dir
                walk(Path(entry.path), rel, sub)
            elif sub == TABLE_DIR and entry.name.lower().endswith(".md"):
                continue  # schema notes live beside the tables
            else:
                reason = _unreadable(target, seen_files.get(target), max_mb)
                if reason:
                    refuse(rel, reason)
                else:
                    found[rel], seen_files[target] = target, rel

    for sub in (DOC_DIR, TABLE_DIR):
        if (knowledge_dir / sub).exists() or (knowledge_dir / sub).is_symlink():
            walk(knowledge_dir / sub, sub, sub)
    return Scan(files=dict(sorted(found.items())), refused=tuple(sorted(refused, key=lambda s: s.source)))


def is_inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _unreadable(real: Path, first: str | None, max_mb: float | None) -> str | None:
    """Why the file at real path `real` must not be read, or None."""
    try:
        info = real.stat()
    except OSError:
        return "is a broken link; not indexed"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file (a pipe, socket or device); not indexed"
    if first is not None:
        return f"is another path to {first}; not indexed twice"
    if max_mb is not None and info.st_size > max_mb * MB:
        return f"is {info.st_size / MB:.3g} MB, over the {max_mb:g} MB limit per file (GDC_MAX_FILE_MB); not read"
    return None


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refusal_hash(reason: str) -> str:
    # A refused entry is never read; its reason stands in for its content, so a change of reason is a change.
    return hashlib.sha256(f"refused\x1f{reason}".encode()).hexdigest()


def _fingerprint(settings: Settings) -> Fingerprint:
    return {"embedder": settings.embedder, "embedder_identity": embedder_identity(settings.embedder),
            "chunker_version": CHUNKER_VERSION, "chroma_url": settings.chroma_url, "format": FORMAT}


def _same_vectors(manifest: Manifest, fingerprint: Fingerprint) -> bool:
    """Whether a build's vectors and chunks can be reused: the same embedder, chunker and format. The store they
    went to (embedded or which server) does not matter: the build keeps its own copy."""
    return (manifest["embedder"], manifest["embedder_identity"], manifest["chunker_version"], manifest["format"]) == (
        fingerprint["embedder"], fingerprint["embedder_identity"], fingerprint["chunker_version"], fingerprint["format"])


def _same_limits(manifest: Manifest, settings: Settings) -> bool:
    return manifest["limits"] == _limits(settings)


def _limits(settings: Settings) -> Limits:
    """How a build was bounded: its file and unit caps, and whether prose sentences were embedded at build time."""
    return {"max_file_mb": settings.max_file_mb, "max_units": settings.max_units,
            "sentence_vectors": settings.sentence_vectors}


def build_index(settings: Settings, rebuild: bool = False, progress: bool = True, wait: float = 0.0) -> IndexReport:
    """Bring the index in line with the knowledge dir; a no-op (and fast) when nothing changed.

    `wait`: seconds to wait for another build to finish before IndexBusy. In server mode, ServerUnreachable when
    the Chroma server does not answer (nothing changes then).
    """
    started = time.perf_counter()
    if not settings.knowledge_dir.is_dir():
        raise FileNotFoundError(f"knowledge dir not found: {settings.knowledge_dir}")
    with index_lock(settings.index_dir, wait=wait):
        report = IndexReport(orphans=remove_orphans(settings))
        scanned = scan(settings.knowledge_dir, settings.max_file_mb)
        hashes = {rel: sha256(path) for rel, path in scanned.files.items()}
        hashes.update({s.source: _refusal_hash(s.reason) for s in scanned.refused})
        previous, old = _previous_build(settings, report)
        fingerprint = _fingerprint(settings)
        reusable = old if old and not rebuild and _same_vectors(old, fingerprint) else None
        old_hashes = {s: m["sha256"] for s, m in (reusable["sources"] if reusable else {}).items()}
        old_hashes.update({s["source"]: s["sha256"] for s in (reusable["skipped"] if reusable else [])})
        if (reusable and previous and old_hashes == hashes and _same_limits(reusable, settings)
                and reusable["chroma_url"] == settings.chroma_url):
            report.up_to_date, report.build = True, previous.name
            report.skipped = [Skipped(source=s["source"], reason=s["reason"]) for s in reusable["skipped"]]
            report.unchanged = sorted(reusable["sources"])
            report.chunks = sum(m.get("chunks", 0) for m in reusable["sources"].values())
            report.table_rows = reusable["table_rows"]
            report.server = _check_server(settings, previous, reusable)
        else:
            _build(settings, scanned, hashes, previous if reusable else None, reusable, old, fingerprint, report,
                   progress)
        report.seconds = time.perf_counter() - started
        return report


def _previous_build(settings: Settings, report: IndexReport) -> tuple[Path | None, Manifest | None]:
    """The live build and its manifest, or (None, None) when there is none or it is damaged (noted in the report)."""
    try:
        previous = current_build(settings.index_dir)
        if previous is None:
            return None, None
        manifest = load_manifest(previous)
        verify_build(previous, manifest)
    except IndexDamaged as exc:
        report.repaired = exc.detail
        return None, None
    return previous, manifest


def _check_server(settings: Settings, build: Path, manifest: Manifest) -> ServerState | None:
    if not settings.chroma_url:
        return None
    state = sync_server(settings, build, manifest)
    if state == "unreachable":
        raise ServerUnreachable(f"the Chroma server at {settings.chroma_url} cannot be reached; nothing was checked "
                                "or changed")
    return state


def _build(settings: Settings, scanned: Scan, hashes: dict[str, str], old_build: Path | None, old: Manifest | None,
           last: Manifest | None, fingerprint: Fingerprint, report: IndexReport, progress: bool) -> None:
    """Write a new build from `scanned`, reusing what `old_build` (same fingerprint) already holds; `last` is the
    previous manifest whatever its fingerprint (it decides which of two clashing tables came first)."""
    old_chunks: dict[str, list[Chunk]] = {}
    old_vectors: dict[str, np.ndarray] = {}
    if old_build is not None:
        chunks, keys = load_chunks(old_build)
        for chunk in chunks:
            old_chunks.setdefault(chunk.source, []).append(chunk)
        old_vectors = load_vectors(old_build, keys)
    old_sources = old["sources"] if old else {}

    build_id = new_build_id()
    build = builds_dir(settings.index_dir) / build_id
    (build / "texts").mkdir(parents=True)
    sources: dict[str, SourceMeta] = {}
    chunks = []
    sentences: list[Sentence] = []
    tables: list[TableFile] = []
    duplicates = DuplicateRows()
    tables_changed = old_build is None or not (old_build / "tables.sqlite").exists()
    report.skipped.extend(scanned.refused)
    known = set(last["sources"]) if last else set()
    for rel, path in sorted(scanned.files.items(), key=lambda kv: _reading_order(kv[0], kv[1], known)):
        unchanged = rel in old_sources and old_sources[rel]["sha256"] == hashes[rel]
        (report.unchanged if unchanged else report.changed if rel in old_sources else report.added).append(rel)
        try:
            if rel.startswith(TABLE_DIR + "/"):
                if path.suffix.lower() not in TABLE_SUFFIXES:
                    raise LoadError(f"unsupported table type {path.suffix or '(none)'}; use .csv or .xlsx")
                table = load_table_file(path, rel)  # tables are cheap to read; the store is rebuilt whole
                duplicates.add(table)  # LoadError naming the file that holds these rows already
                tables.append(table)
                tables_changed |= not unchanged
                sources[rel] = {"sha256": hashes[rel], "kind": "table", "schema": table.kind,
                                "rows": len(table.projects) + len(table.totals), "title": path.name,
                                "years": list(table.years),
                                "contribution": sum(r.contribution or 0 for r in table.projects)}
                continue
            if unchanged and rel in old_chunks:
                kept, meta = old_chunks[rel], old_sources[rel]
                text = (old_build / "texts" / text_name(rel)).read_text(encoding="utf-8")  # type: ignore[operator]
            else:
                if path.suffix.lower() not in DOCUMENT_SUFFIXES:
                    raise LoadError(f"unsupported file type {path.suffix or '(none)'}; use one of {', '.join(DOCUMENT_SUFFIXES)}")
                doc = load_document(path, rel)
                kept, text = chunk_document(doc), doc.text
                meta = {"sha256": hashes[rel], "kind": "document", "title": doc.title, "chunks": len(kept),
                        "doc_kind": str(doc.meta.get("kind") or ""), "date": _text_or_none(doc.meta.get("date")),
                        "language": str(doc.meta.get("language") or ""),
                        "reference": _text_or_none(doc.meta.get("reference"))}
            said = [s for c in kept for s in chunk_sentences(c)]
            units = len(chunks) + len(sentences) + len(kept) + len(said)
            if units > settings.max_units:
                raise LoadError(f"{len(kept) + len(said)} embedding units would bring the build to {units}, over the "
                                f"limit of {settings.max_units} (GDC_MAX_UNITS); split the file or raise the limit")
            (build / "texts" / text_name(rel)).write_text(text, encoding="utf-8")
            sources[rel] = meta
            chunks.extend(kept)
            sentences.extend(said)
        except LoadError as exc:
            report.skipped.append(Skipped(source=rel, reason=str(exc)))
            for bucket in (report.added, report.changed, report.unchanged):
                if rel in bucket:
                    bucket.remove(rel)
    report.removed = sorted(set(old_sources) - set(scanned.files) - {s.source for s in scanned.refused})
    report.skipped.sort(key=lambda s: s.source)
    for bucket in (report.added, report.changed, report.unchanged):
        bucket.sort()

    plan = plan_units(fingerprint["embedder_identity"], chunks, sentences, lazy=settings.sentence_vectors == "lazy")
    chunk_vectors, sentence_vectors = _vectors(settings, plan, old_vectors, report, progress)
    if tables_changed or report.removed or not old_build:
        report.table_rows = write_table_store(build / "tables.sqlite", tables)
    else:
        shutil.copy(old_build / "tables.sqlite", build / "tables.sqlite")
        report.table_rows = sum(len(t.projects) for t in tables)
    report.chunks, report.build = len(chunks), build_id
    chroma: ChromaInfo = {"mode": "http" if settings.chroma_url else "embedded",
                          "collection": collection_name(settings, build_id), "count": len(chunks),
                          "ids_checksum": ids_checksum([c.id for c in chunks])}
    stats: BuildStats = {"chunks": len(chunks), "embedded": report.embedded, "reused": report.reused}
    skipped: list[SkippedEntry] = [{"source": s.source, "reason": s.reason, "sha256": hashes[s.source]}
                                   for s in report.skipped]
    manifest: Manifest = {
        **fingerprint, "build_id": build_id, "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "chroma": chroma,
        "sources": dict(sorted(sources.items())), "table_rows": report.table_rows, "skipped": skipped, "stats": stats,
        "limits": _limits(settings),
        "files": {},  # write_build records a checksum of each file it writes
    }
    try:
        write_build(settings, build, chunks, list(plan.chunk_keys), sentences, list(plan.sentence_keys),
                    np.concatenate([chunk_vectors, sentence_vectors]), manifest)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)  # never published; nothing refers to it
        raise
    publish(settings, build)
    report.server = "uploaded" if settings.chroma_url else None


def _reading_order(rel: str, path: Path, known: set[str]) -> tuple[bool, float, str]:
    """The files the previous build held first, then new ones oldest first: what came later is what a limit or a
    clash refuses (a table copied beside the original, a new file that would pass the unit limit), never what was
    already answered from."""
    return (rel not in known, 0.0 if rel in known else path.stat().st_mtime, rel)


def _text_or_none(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _vectors(settings: Settings, plan: EmbedPlan, old: dict[str, np.ndarray], report: IndexReport,
             progress: bool) -> tuple[np.ndarray, np.ndarray]:
    """(chunk vectors, sentence vectors) for the plan: each text embedded once, or reused where the previous build
    embedded the same key."""
    # what readers embedded since (a lazy build's sentences) is in the shared cache: never embedded twice
    cached = vector_cache(settings).get([k for k in (*plan.texts, *plan.deferred) if k not in old])
    known = {**cached, **old}
    todo = [key for key in plan.texts if key not in known]
    report.embedded, report.reused = len(todo), len(plan.texts) - len(todo)
    embedder = make_embedder(settings.embedder) if todo or not plan.texts else None
    vectors = {key: known[key] for key in (*plan.texts, *plan.deferred) if key in known}
    if todo:
        assert embedder is not None
        with embedding_progress(len(todo), progress) as advance:
            out = embed_in_batches(embedder, [plan.texts[key] for key in todo], progress=advance)
        vectors.update(zip(todo, out, strict=True))
    dimension = embedder.dimension if embedder is not None else len(next(iter(vectors.values())))
    return assemble(plan, vectors, dimension)


@contextmanager
def embedding_progress(total: int, enabled: bool, stream: TextIO | None = None) -> Iterator[Callable[[int], object]]:
    """A callback that advances by n units: a bar on a terminal, plain lines in a log or pipe, nothing when off."""
    stream = stream or sys.stderr
    if not enabled:
        yield lambda n: None
    elif stream.isatty():
        from tqdm import tqdm

        with tqdm(total=total, desc="embedding", unit="unit", leave=False, file=stream) as bar:
            yield bar.update
    else:
        lines = PlainProgress(total=total, stream=stream)
        yield lines.advance
        lines.finish()


class PlainProgress:
    """Progress as whole lines (a log keeps them): at the start, every tenth of the work or `every` seconds, the end.

    >>> import io; out = io.StringIO(); p = PlainProgress(total=4, stream=out, every=3600)
    >>> p.advance(2); p.advance(2); p.finish()
    >>> print(out.getvalue().replace("0.0 s", "… s"), end="")
    embedding 4 units (chunks and sentences)…
    embedding: 2/4 (50%)
    embedding: 4/4 (100%)
    embedded 4 units in … s
    """

    def __init__(self, *, total: int, stream: TextIO, every: float = 10.0):
        self.total, self.stream, self.every = total, stream, every
        self.done, self.shown = 0, 0
        self.started = self.last = time.monotonic()
        self._say(f"embedding {total} units (chunks and sentences)…")

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if self.done - self.shown >= self.total / 10 or now - self.last >= self.every:
            self.shown, self.last = self.done, now
            self._say(f"embedding: {self.done}/{self.total} ({100 * self.done // max(self.total, 1)}%)")

    def finish(self) -> None:
        self._say(f"embedded {self.done} units in {time.monotonic() - self.started:.1f} s")

    def _say(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


class IndexStatus(TypedDict, total=False):
    """What `gdc status` shows: always index_dir and built; the rest when there is a build (or why it is damaged)."""

    index_dir: str
    built: bool
    damaged: str
    built_at: str
    embedder: str
    embedder_identity: str
    build_id: str
    sources: dict[str, SourceMeta]
    skipped: list[SkippedEntry]
    table_rows: int
    chroma: ChromaInfo
    stats: BuildStats


def status(settings: Settings) -> IndexStatus:
    """What `gdc status` shows, read from the live manifest without loading any model; the build's files are
    checked against their checksums, so a damaged index says so here first."""
    info: IndexStatus = {"index_dir": str(settings.index_dir), "built": False}
    try:
        build = current_build(settings.index_dir)
        if build is None:
            return info
        manifest = load_manifest(build)
        verify_build(build, manifest)
    except IndexDamaged as exc:
        return {**info, "damaged": str(exc)}
    return {**info, "built": True, "built_at": manifest["built_at"], "embedder": manifest["embedder"],
            "embedder_identity": manifest["embedder_identity"], "build_id": manifest["build_id"],
            "sources": manifest["sources"], "skipped": manifest["skipped"], "table_rows": manifest["table_rows"],
            "chroma": manifest["chroma"], "stats": manifest["stats"]}


def dump_status(settings: Settings) -> str:
    return json.dumps(status(settings), indent=2, ensure_ascii=False)
