"""Exact dense search (`index.store.nearest`) over a memory-mapped matrix: latency at the shipped size and beyond.

The answer path searches the build's own vectors.npy instead of Chroma, so that no reader ever writes into the live
build; this measures what that costs as the corpus grows (384-dim e5 vectors, float32, normalised).

Run: python -m bench.dense_search
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import percentile, save
from index.store import nearest

SIZES = (46, 1_000, 10_000, 50_000)  # 46: the shipped corpus's chunks
DIMENSION = 384
QUERIES = 200


def time_search(rows: int, folder: Path) -> dict[str, float]:
    rng = np.random.default_rng(rows)
    matrix = rng.standard_normal((rows, DIMENSION), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    np.save(folder / f"v{rows}.npy", matrix)
    mapped = np.load(folder / f"v{rows}.npy", mmap_mode="r")
    started = time.perf_counter()
    norms = np.linalg.norm(mapped, axis=1)
    open_ms = (time.perf_counter() - started) * 1000
    queries = rng.standard_normal((QUERIES, DIMENSION), dtype=np.float32)
    times = []
    for query in queries:
        started = time.perf_counter()
        nearest(mapped, norms, query, 20)
        times.append((time.perf_counter() - started) * 1000)
    return {"rows": rows, "first_open_norms_ms": round(open_ms, 2), "p50_ms": round(percentile(times, 0.5), 3),
            "p95_ms": round(percentile(times, 0.95), 3), "matrix_mb": round(matrix.nbytes / 1e6, 1)}


def main() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        results = [time_search(rows, Path(tmp)) for rows in SIZES]
    result = {"dimension": DIMENSION, "top_n": 20, "queries": QUERIES, "sizes": results}
    save("dense_search", result)
    return result


if __name__ == "__main__":
    main()
