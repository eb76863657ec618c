"""Loopback load test of the deployment docs/deployment.md describes: one `chroma run`, one index built against it,
several `gdc chat` workers reading that index, and concurrent clients asking through the workers' public `ask` API.

Bounded in questions and seconds; the clients spread the eval questions (with their histories) over the workers in
turn. Reports latency as a client sees it (submit to complete answer) p50/p95/max, throughput, errors (HTTP
failures, error events, timeouts) and answers that differ between repeats of one question, per worker and in all.

Run: python -m bench.load [--workers 2] [--clients 8] [--questions 200] [--seconds 180]   (or `gdc bench load`)
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.common import calibrate, percentile, save
from bench.distractors import write_corpus
from bench.servers import ChromaServer, free_port, wait_for

REQUEST_TIMEOUT = 60.0  # seconds one question may take before it counts as an error


@dataclass(frozen=True, kw_only=True)
class Asked:
    """One question as a client saw it."""

    worker: int
    case: str
    seconds: float
    answer: str | None  # None: an error
    error: str = ""


def ask_api(port: int, question: str, history: list[dict[str, str]], timeout: float = REQUEST_TIMEOUT) -> str:
    """The answer text from a worker's public `ask` endpoint (Gradio's two-step call API); RuntimeError otherwise."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", "/gradio_api/call/ask", body=json.dumps({"data": [question, history]}),
                     headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status} on submit")
        event = json.loads(body)["event_id"]
        conn.request("GET", f"/gradio_api/call/ask/{event}")
        response = conn.getresponse()
        stream = response.read().decode("utf-8")
    finally:
        conn.close()
    kind = next((line[7:].strip() for line in stream.splitlines() if line.startswith("event: ")), "")
    data = [line[6:] for line in stream.splitlines() if line.startswith("data: ")]
    if kind != "complete" or not data:
        raise RuntimeError(f"event {kind or 'none'}: {' '.join(data)[:200]}")
    return str(json.loads(data[-1])[0]["answer"])


@contextmanager
def workers(count: int, env: dict[str, str], log_dir: Path) -> Iterator[list[tuple[int, subprocess.Popen[bytes]]]]:
    """`count` `gdc chat` processes on free loopback ports, each answering (reading path computed) before yielding."""
    started: list[tuple[int, subprocess.Popen[bytes]]] = []
    try:
        for n in range(count):
            port = free_port()
            log = open(log_dir / f"worker-{n}.log", "wb")  # noqa: SIM115 - closed with the process below
            proc = subprocess.Popen([sys.executable, "-m", "ui.cli", "chat", "--port", str(port), "--no-auto-index"],
                                    env=env, stdout=log, stderr=subprocess.STDOUT)
            started.append((port, proc))
        for port, proc in started:
            if not wait_for(f"http://127.0.0.1:{port}/", proc, timeout=300):
                raise RuntimeError(f"gdc chat on port {port} did not start; see {log_dir}")
        yield started
    finally:
        for _, proc in started:
            proc.terminate()
        for _, proc in started:
            proc.wait(timeout=30)


def _peak_mb(pid: int) -> float:
    """VmHWM of a live process, in MB (0 when it cannot be read)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    line = next((x for x in status.splitlines() if x.startswith("VmHWM:")), "VmHWM: 0 kB")
    return int(line.split()[1]) / 1024


def drive(ports: list[int], clients: int, questions: int, seconds: float) -> tuple[list[Asked], float]:
    """`clients` threads asking the eval questions in turn, spread over the ports, until `questions` were asked or
    `seconds` passed; returns what every client saw and the wall time."""
    from evals.cases import load_cases

    cases = load_cases()
    plan = iter(enumerate(itertools.islice(itertools.cycle(cases), questions)))
    lock = threading.Lock()
    seen: list[Asked] = []
    deadline = time.monotonic() + seconds

    def client() -> None:
        while time.monotonic() < deadline:
            with lock:
                item = next(plan, None)
            if item is None:
                return
            n, case = item
            worker = n % len(ports)
            started = time.perf_counter()
            try:
                answer, error = ask_api(ports[worker], case.question, list(case.history)), ""
            except (OSError, RuntimeError, ValueError, KeyError) as exc:
                answer, error = None, f"{type(exc).__name__}: {exc}"[:200]
            with lock:
                seen.append(Asked(worker=worker, case=case.id, seconds=time.perf_counter() - started, answer=answer,
                                  error=error))

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return seen, time.perf_counter() - started


def _figures(asked: list[Asked]) -> dict[str, object]:
    ok = [a.seconds * 1000 for a in asked if a.answer is not None]
    return {"asked": len(asked), "answered": len(ok), "errors": len(asked) - len(ok),
            "p50_ms": round(percentile(ok, 0.5)) if ok else None, "p95_ms": round(percentile(ok, 0.95)) if ok else None,
            "max_ms": round(max(ok)) if ok else None}


def main(workers_count: int = 2, clients: int = 8, questions: int = 200, seconds: float = 180.0,
         factor: int = 1) -> dict[str, object]:
    """Run the load test and record it in bench/results/load.json."""
    unit = calibrate()
    with tempfile.TemporaryDirectory(prefix="gdc-load-") as tmp:
        root = Path(tmp)
        chroma = ChromaServer(root / "chroma-server").start()
        try:
            write_corpus(root / "knowledge", factor - 1)
            env = {**os.environ, "GDC_KNOWLEDGE_DIR": str(root / "knowledge"), "GDC_INDEX_DIR": str(root / "index"),
                   "GDC_CHROMA_URL": chroma.url, "GDC_FEEDBACK_FILE": str(root / "feedback.jsonl"),
                   "GDC_MAX_UNITS": "100000000", "GRADIO_ANALYTICS_ENABLED": "False", "OMP_WAIT_POLICY": "PASSIVE"}
            built = subprocess.run([sys.executable, "-m", "ui.cli", "index", "-q"], env=env, capture_output=True,
                                   text=True, check=False)
            if built.returncode not in (0, 1):
                raise SystemExit(f"gdc index failed: {built.stderr[-2000:]}")
            started = time.perf_counter()
            with workers(workers_count, env, root) as running:
                startup = time.perf_counter() - started
                asked, wall = drive([port for port, _ in running], clients, questions, seconds)
                peaks = [round(_peak_mb(proc.pid)) for _, proc in running]
        finally:
            chroma.stop()
    answers: dict[str, set[str]] = {}
    for a in asked:
        if a.answer is not None:
            answers.setdefault(a.case, set()).add(a.answer)
    result: dict[str, object] = {
        "workers": workers_count, "clients": clients, "question_limit": questions, "seconds_limit": seconds,
        "factor": factor, "server": "chroma run on loopback", "workers_start_s": round(startup, 1),
        "wall_s": round(wall, 1), "questions_per_s": round(sum(a.answer is not None for a in asked) / wall, 2),
        **_figures(asked), "per_worker": {str(w): _figures([a for a in asked if a.worker == w])
                                          for w in range(workers_count)},
        "differing_answers": sorted(case for case, texts in answers.items() if len(texts) > 1),
        "error_samples": sorted({a.error for a in asked if a.error})[:5], "worker_peak_rss_mb": peaks,
        "calibration_s": round(unit, 3),
    }
    save("load", result)
    return result


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--factor", type=int, default=1)
    args = parser.parse_args()
    main(args.workers, args.clients, args.questions, args.seconds, args.factor)
