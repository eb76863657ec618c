"""Vectors made after a build — a lazy build's prose sentences, embedded by the readers that first needed them —
kept by embed key in the shared cache, so no text is embedded twice: the next reader and the next build take them
from here.

Differs from `store`, whose build files are written once by `gdc index` and only read afterwards: many processes
(chat workers, batch runs, the next build) read this cache and add to it at once. SQLite serialises the writers; a
key is a content address (`units.embed_key`: embedder identity, recipe, text), so a vector once written never
changes and a reader can trust any row it finds. A cache that cannot be opened or written is skipped, never fatal:
the vectors are then embedded as if it were empty.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

FILE = "vectors.sqlite"
_BATCH = 500  # keys per SELECT: well under SQLite's bound-parameter limit


class VectorCache:
    """Float32 vectors by embed key, in one SQLite file under the cache directory.

    >>> import tempfile
    >>> cache = VectorCache(Path(tempfile.mkdtemp()) / FILE)
    >>> cache.put({"k": np.array([1.0, 2.0], dtype=np.float32)})
    1
    >>> cache.get(["k", "other"])["k"].tolist()
    [1.0, 2.0]
    """

    def __init__(self, path: Path):
        self.path = path
        self.usable = True

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=30)
        con.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
        con.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        return con

    def get(self, keys: Iterable[str]) -> dict[str, np.ndarray]:
        """The cached vector of every key the cache holds (the others are left out)."""
        wanted = list(dict.fromkeys(keys))
        if not wanted or not self.usable or not self.path.exists():
            return {}
        found: dict[str, np.ndarray] = {}
        try:
            with self._connect() as con:
                for i in range(0, len(wanted), _BATCH):
                    part = wanted[i : i + _BATCH]
                    rows = con.execute(f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})",
                                       part).fetchall()
                    found.update((key, np.frombuffer(blob, dtype=np.float32).copy()) for key, blob in rows)
        except (sqlite3.Error, OSError):
            self.usable = False  # a broken or unreadable cache costs embedding time, never an answer
            return {}
        return found

    def put(self, vectors: Mapping[str, np.ndarray]) -> int:
        """Add vectors (a key already present keeps its vector); how many were offered."""
        if not vectors or not self.usable:
            return 0
        try:
            with self._connect() as con:
                con.executemany("INSERT OR IGNORE INTO vectors (key, vector) VALUES (?, ?)",
                                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()])
        except (sqlite3.Error, OSError):
            self.usable = False
            return 0
        return len(vectors)
