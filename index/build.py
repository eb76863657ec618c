"""`gdc index`: scan the knowledge dir, re-read only what changed, embed only new text, swap the build in.

The orchestration of the build side: `load`/`tables` read, `chunk` cuts, `embed` embeds, `store` writes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.blocks import LoadError
from index.chunk import CHUNKER_VERSION, chunk_document, chunk_sentences
from index.embed import embed_in_batches, embedder_identity, make_embedder
from index.load import DOCUMENT_SUFFIXES, load_document
from index.records import Chunk, Skipped
from index.settings import Settings
from index.store import (
    FORMAT,
    builds_dir,
    collection_name,
    current_build,
    index_lock,
    load_chunks,
    load_vectors,
    new_build_id,
    publish,
    read_manifest,
    text_name,
    write_build,
)
from index.tables import TABLE_SUFFIXES, TableFile, load_table_file, write_table_store

DOC_DIR, TABLE_DIR = "documents", "tables"


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


def scan(knowledge_dir: Path) -> dict[str, Path]:
    """Every candidate file under documents/ and tables/, keyed by posix path relative to the knowledge dir."""
    found = {}
    for sub in (DOC_DIR, TABLE_DIR):
        root = knowledge_dir / sub
        for path in sorted(root.rglob("*")) if root.exists() else []:
            rel = path.relative_to(knowledge_dir).as_posix()
            if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts):
                if sub == TABLE_DIR and path.suffix.lower() == ".md":
                    continue  # schema notes live beside the tables
                found[rel] = path
    return found


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fingerprint(settings: Settings) -> dict[str, object]:
    return {"embedder": settings.embedder, "embedder_identity": embedder_identity(settings.embedder),
            "chunker_version": CHUNKER_VERSION, "chroma_url": settings.chroma_url, "format": FORMAT}


def build_index(settings: Settings, rebuild: bool = False, progress: bool = True) -> IndexReport:
    """Bring the index in line with the knowledge dir; a no-op (and fast) when nothing changed."""
    started = time.perf_counter()
    if not settings.knowledge_dir.is_dir():
        raise FileNotFoundError(f"knowledge dir not found: {settings.knowledge_dir}")
    with index_lock(settings.index_dir):
        files = scan(settings.knowledge_dir)
        hashes = {rel: sha256(path) for rel, path in files.items()}
        old = None if rebuild else read_manifest(settings.index_dir)
        fingerprint = _fingerprint(settings)
        if old and any(old.get(k) != v for k, v in fingerprint.items()):
            old = None  # another embedder or chunker: nothing old can be reused safely
        old_hashes = {s: m["sha256"] for s, m in (old or {}).get("sources", {}).items()}
        old_hashes.update({s["source"]: s["sha256"] for s in (old or {}).get("skipped", [])})
        report = IndexReport()
        if old and old_hashes == hashes:
            report.up_to_date, report.build = True, current_build(settings.index_dir).name  # type: ignore[union-attr]
            report.skipped = [Skipped(source=s["source"], reason=s["reason"]) for s in old.get("skipped", [])]
            report.unchanged = sorted(old["sources"])
            report.chunks = sum(m.get("chunks", 0) for m in old["sources"].values())
            report.table_rows = old.get("table_rows", 0)
            report.seconds = time.perf_counter() - started
            return report
        _build(settings, files, hashes, old, fingerprint, report, progress)
        report.seconds = time.perf_counter() - started
        return report


def _build(settings: Settings, files: dict[str, Path], hashes: dict[str, str], old: dict | None,
           fingerprint: dict, report: IndexReport, progress: bool) -> None:
    old_build = current_build(settings.index_dir) if old else None
    old_chunks: dict[str, list[Chunk]] = {}
    old_vectors: dict[str, np.ndarray] = {}
    if old_build is not None:
        chunks, keys = load_chunks(old_build)
        for chunk in chunks:
            old_chunks.setdefault(chunk.source, []).append(chunk)
        old_vectors = load_vectors(old_build, keys)
    old_sources = (old or {}).get("sources", {})

    build_id = new_build_id()
    build = builds_dir(settings.index_dir) / build_id
    (build / "texts").mkdir(parents=True)
    sources: dict[str, dict[str, object]] = {}
    chunks = []
    tables: list[TableFile] = []
    tables_changed = old_build is None or not (old_build / "tables.sqlite").exists()
    for rel, path in files.items():
        unchanged = rel in old_sources and old_sources[rel]["sha256"] == hashes[rel]
        (report.unchanged if unchanged else report.changed if rel in old_sources else report.added).append(rel)
        try:
            if rel.startswith(TABLE_DIR + "/"):
                if path.suffix.lower() not in TABLE_SUFFIXES:
                    raise LoadError(f"unsupported table type {path.suffix or '(none)'}; use .csv or .xlsx")
                table = load_table_file(path, rel)  # tables are cheap to read; the store is rebuilt whole
                tables.append(table)
                tables_changed |= not unchanged
                sources[rel] = {"sha256": hashes[rel], "kind": "table", "schema": table.kind,
                                "rows": len(table.projects) + len(table.totals), "title": path.name,
                                "years": list(table.years),
                                "contribution": sum(r.contribution or 0 for r in table.projects)}
                continue
            if unchanged and rel in old_chunks:
                kept = old_chunks[rel]
                shutil.copy(old_build / "texts" / text_name(rel), build / "texts" / text_name(rel))  # type: ignore[operator]
                sources[rel] = old_sources[rel]
            else:
                if path.suffix.lower() not in DOCUMENT_SUFFIXES:
                    raise LoadError(f"unsupported file type {path.suffix or '(none)'}; use one of {', '.join(DOCUMENT_SUFFIXES)}")
                doc = load_document(path, rel)
                kept = chunk_document(doc)
                (build / "texts" / text_name(rel)).write_text(doc.text, encoding="utf-8")
                sources[rel] = {"sha256": hashes[rel], "kind": "document", "title": doc.title, "chunks": len(kept),
                                "doc_kind": doc.meta.get("kind", ""), "date": doc.meta.get("date"),
                                "language": doc.meta.get("language", ""), "reference": doc.meta.get("reference")}
            chunks.extend(kept)
        except LoadError as exc:
            report.skipped.append(Skipped(source=rel, reason=str(exc)))
            for bucket in (report.added, report.changed, report.unchanged):
                if rel in bucket:
                    bucket.remove(rel)
    report.removed = sorted(set(old_sources) - set(files))

    sentences = [s for c in chunks for s in chunk_sentences(c)]
    keys = [_embed_key(fingerprint, c.embed_text) for c in chunks]
    sentence_keys = [_embed_key(fingerprint, "sentence\x1f" + s.embed_text) for s in sentences]
    vectors = _vectors(settings, keys + sentence_keys, [c.embed_text for c in chunks] + [s.embed_text for s in sentences],
                       old_vectors, report, progress)
    if tables_changed or report.removed or not old_build:
        report.table_rows = write_table_store(build / "tables.sqlite", tables)
    else:
        shutil.copy(old_build / "tables.sqlite", build / "tables.sqlite")
        report.table_rows = sum(len(t.projects) for t in tables)
    report.chunks, report.build = len(chunks), build_id
    manifest = {
        **fingerprint, "build_id": build_id, "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "chroma": {"mode": "http" if settings.chroma_url else "embedded", "collection": collection_name(settings, build_id)},
        "sources": sources, "table_rows": report.table_rows,
        "skipped": [{"source": s.source, "reason": s.reason, "sha256": hashes[s.source]} for s in report.skipped],
        "stats": {"chunks": len(chunks), "embedded": report.embedded, "reused": report.reused},
    }
    write_build(settings, build, chunks, keys, sentences, sentence_keys, vectors, manifest)
    publish(settings, build)


def _embed_key(fingerprint: dict, text: str) -> str:
    return hashlib.sha1(f"{fingerprint['embedder_identity']}\x1f{text}".encode()).hexdigest()


def _vectors(settings: Settings, keys: list[str], texts: list[str], old: dict[str, np.ndarray],
             report: IndexReport, progress: bool) -> np.ndarray:
    """Vectors for every key: reused from the previous build where the text was embedded before."""
    todo = sorted({k: i for i, k in enumerate(keys) if k not in old}.values())
    report.embedded, report.reused = len(todo), sum(k in old for k in keys)
    fresh: dict[str, list[float]] = {}
    embedder = make_embedder(settings.embedder) if todo or not keys else None
    if todo:
        from tqdm import tqdm

        assert embedder is not None
        with tqdm(total=len(todo), desc="embedding", unit="chunk", disable=not progress or None, leave=False) as bar:
            out = embed_in_batches(embedder, [texts[i] for i in todo], progress=bar.update)
        fresh = {keys[i]: v for i, v in zip(todo, out, strict=True)}
    if not keys:
        assert embedder is not None
        return np.zeros((0, embedder.dimension), dtype=np.float32)
    return np.array([fresh[k] if k in fresh else old[k] for k in keys], dtype=np.float32)


def status(settings: Settings) -> dict:
    """What `gdc status` shows, read from the live manifest without loading any model."""
    manifest = read_manifest(settings.index_dir)
    if manifest is None:
        return {"index_dir": str(settings.index_dir), "built": False}
    return {"index_dir": str(settings.index_dir), "built": True, **{k: manifest[k] for k in (
        "built_at", "embedder", "embedder_identity", "build_id", "sources", "skipped", "table_rows", "chroma", "stats")}}


def dump_status(settings: Settings) -> str:
    return json.dumps(status(settings), indent=2, ensure_ascii=False)
