"""Shared pieces of the benchmarks: a calibration workload and result recording."""

from __future__ import annotations

import json
import platform
import shutil
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from index.settings import default_cache_dir

if TYPE_CHECKING:  # the answer side is imported by the benchmarks that ask, not by every one
    from assistant.engine import Assistant
    from evals.cases import Case

RESULTS = Path(__file__).resolve().parent / "results"


def calibrate(rounds: int = 7) -> float:
    """Seconds for a fixed single-threaded workload: the yardstick that ratios are taken against, in the same run.

    Pure Python on purpose: BLAS thread pools would make the yardstick as noisy as what it measures.
    """
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        values = [(i * 7919) % 10007 for i in range(200_000)]
        values.sort()
        sum(v * v for v in values)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def ask_times_ms(assistant: Assistant, cases: Sequence[Case]) -> list[float]:
    """Milliseconds each eval case takes to answer, in order (with its conversation so far)."""
    times = []
    for case in cases:
        started = time.perf_counter()
        assistant.ask(case.question, list(case.history))
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def save(name: str, data: dict) -> Path:
    """Record a benchmark's figures in bench/results/<name>.json and print them."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
            "python": platform.python_version(), **data}
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    for key, value in data.items():
        print(f"{key:32} {value}")
    print(f"recorded in {path}")
    return path


def fresh_cache(target: Path) -> Path:
    """A cache directory of its own for one measured run: no vector a reader made in an earlier run is found (a cold
    build must embed), while the router's example vectors, which do not depend on the corpus, are copied in."""
    target.mkdir(parents=True, exist_ok=True)
    for router in default_cache_dir().glob("router-*.npy"):
        shutil.copy2(router, target / router.name)
    return target
