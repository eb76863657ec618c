"""Answer latency: warm Assistant.ask p50/p95 (after one pass over the questions, whose p95 is reported on
its own: a lazy build's sentences are embedded then), a one-shot `gdc ask` from a cold process, and 100 questions in
batch.

Run: python -m bench.ask_latency   (or `gdc bench ask`); needs a built index (GDC_INDEX_DIR or ./index).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

from assistant.engine import build_assistant
from bench.common import ask_times_ms, calibrate, percentile, save
from evals.cases import load_cases
from index.settings import Settings


def main(rounds: int = 3) -> dict:
    unit = calibrate()
    settings = Settings.from_env()
    started = time.perf_counter()
    assistant = build_assistant(settings)
    assistant.warm()
    warmup = time.perf_counter() - started
    cases = load_cases()
    # a lazy build's sentences are embedded (or found in the vector cache) as questions first need them
    first = ask_times_ms(assistant, cases)
    latencies = [ms for _ in range(rounds) for ms in ask_times_ms(assistant, cases)]
    env = {**os.environ, "GDC_INDEX_DIR": str(settings.index_dir), "GDC_KNOWLEDGE_DIR": str(settings.knowledge_dir)}
    cold = []
    for question in ("Hoeveel kreeg PyGrunn?", "What is the slogan of the Digital Office?", "Welke blockchainprojecten zijn gesubsidieerd?"):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ui.cli", "ask", question], env=env, capture_output=True, check=True)
        cold.append(time.perf_counter() - t)
    batch = "\n".join(json.dumps({"question": c.question, "history": list(c.history)}) for c in (cases * 2)[:100]) + "\n"
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "ui.cli", "ask", "--json", "-"], env=env, input=batch,
                         capture_output=True, text=True, check=True)
    batch_s = time.perf_counter() - t
    assert len(out.stdout.splitlines()) == 100
    result = {
        "first_pass_p95_ms": round(percentile(first, 0.95), 1), "first_pass_max_ms": round(max(first), 1),
        "questions": len(latencies), "warm_p50_ms": round(statistics.median(latencies), 1),
        "warm_p95_ms": round(percentile(latencies, 0.95), 1), "warm_max_ms": round(max(latencies), 1),
        "load_and_warm_s": round(warmup, 2), "cold_gdc_ask_s": [round(c, 2) for c in cold],
        "cold_gdc_ask_median_s": round(statistics.median(cold), 2), "batch_100_s": round(batch_s, 2),
        "calibration_s": round(unit, 3), "warm_p50_in_calibration_units": round(statistics.median(latencies) / 1000 / unit, 3),
        "targets": {"warm_p50_ms": 50, "warm_p95_ms": 150, "cold_gdc_ask_s": 5, "batch_100_s": 15},
    }
    save("ask_latency", result)
    return result


if __name__ == "__main__":
    main()
