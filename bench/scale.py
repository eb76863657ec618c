"""The corpus grown N-fold with distractor letters: build, re-index, open and answer, against the unscaled corpus.

The knowledge dir is the shipped corpus unchanged plus N - 1 distractor sets (`bench.distractors`: each shipped
document again, about another city, with its own names and figures), so it holds about N × the shipped chunk count.
The same run indexes the unscaled corpus too and asks both the same eval questions, so that accuracy and the answers
that changed are compared under the same code.

Measured per corpus, each step in its own process (nothing is warm that a user's process would not have warm):
cold `gdc index` (wall, chunks and embedded units per second, peak RSS), a no-op `gdc index`, `build_assistant`
(the index opened, no question asked), the first answer, and warm answer latency for table and document questions
(routed as the unscaled run routed them) over the eval questions, `--rounds` times after a first pass.

Run: python -m bench.scale --factor 100 [--server] [--sample 40]   (or `gdc bench scale --factor 100`)
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import calibrate, fresh_cache, percentile, save
from bench.distractors import shipped_names, write_corpus
from bench.servers import ChromaServer
from index.settings import DEFAULT_SENTENCE_VECTORS

MAX_UNITS = 100_000_000  # the default limit (GDC_MAX_UNITS) is for one knowledge base, not for a benchmark
TABLE_ROUTES = ("table", "table+documents")
Json = dict[str, Any]  # a run's figures as the workers print them (JSON)
TARGETS = {100: {"open_s": 3.0, "warm_p95_ms": 150, "no_op_reindex_s": 2.0, "accuracy_drop_points": 2.0},
           1000: {"warm_p95_ms": 400}}


def _run(env: dict[str, str], *args: str) -> tuple[float, str]:
    """(wall seconds, stdout) of `python -m <args>` in its own process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", *args], env=env, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return time.perf_counter() - started, done.stdout


def _peak(out: str) -> float:
    """The peak RSS (MB) a worker printed about itself as its last line."""
    return float(out.strip().splitlines()[-1].removeprefix("peak_rss_mb "))


def _dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def measure(root: Path, copies: int, chroma_url: str | None, cases: list[str], rounds: int,
            extra: dict[str, str] | None = None) -> Json:
    """Build, re-index, open and answer over the shipped corpus plus `copies` distractor sets, under `root`."""
    started = time.perf_counter()
    files = write_corpus(root / "knowledge", copies)
    generate_s = time.perf_counter() - started
    env = {**os.environ, "GDC_KNOWLEDGE_DIR": str(root / "knowledge"), "GDC_INDEX_DIR": str(root / "index"),
           "GDC_MAX_UNITS": str(MAX_UNITS), "OMP_WAIT_POLICY": "PASSIVE",
           "GDC_CACHE_DIR": str(fresh_cache(root / "cache")), **(extra or {})}
    env.pop("GDC_CHROMA_URL", None)
    if chroma_url:
        env["GDC_CHROMA_URL"] = chroma_url
    cold_s, build_out = _run(env, "bench.scale", "--build-worker")
    manifest = json.loads(next((root / "index" / "builds").glob("*/manifest.json")).read_text())
    stats = manifest["stats"]
    sentences = sum(1 for _ in next((root / "index" / "builds").glob("*/sentences.jsonl")).open())
    no_op_s, no_op_out = _run(env, "ui.cli", "index", "-q")
    _, answers_out = _run(env, "bench.scale", "--answer-worker", json.dumps({"cases": cases, "rounds": rounds}))
    answered = json.loads(next(line for line in answers_out.splitlines() if line.startswith("{")))
    return {
        "copies": copies, "files_generated": files, "generate_s": round(generate_s, 1),
        "chunks": stats["chunks"], "sentences": sentences, "units_held": stats["chunks"] + sentences,
        "embedded_units": stats["embedded"], "reused_units": stats["reused"],
        "embedded_per_chunk": round(stats["embedded"] / stats["chunks"], 2),
        "cold_build_s": round(cold_s, 1), "chunks_per_s": round(stats["chunks"] / cold_s, 1),
        "embedded_units_per_s": round(stats["embedded"] / cold_s, 1), "build_peak_rss_mb": round(_peak(build_out)),
        "no_op_reindex_s": round(no_op_s, 2), "no_op_output": no_op_out.strip(),
        "index_mb": round(_dir_mb(root / "index"), 1), "answer_peak_rss_mb": round(_peak(answers_out)),
        **answered,
    }


def _build_worker() -> None:
    """`gdc index -q` as this process's only child, then the child's peak RSS (a reaped child's rusage is only
    readable by its parent)."""
    import resource

    done = subprocess.run([sys.executable, "-m", "ui.cli", "index", "-q"], check=False)
    print(f"peak_rss_mb {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.1f}")
    sys.exit(done.returncode)


def _answer_worker(spec: str) -> None:
    """Open the index (timed), answer the given eval cases once (scored), then `rounds` more times (timed)."""
    import resource

    started = time.perf_counter()
    from assistant.engine import build_assistant
    from evals.cases import load_cases
    from evals.run import assistant_responder
    from evals.score import score, summarize
    from index.settings import Settings

    imports_s = time.perf_counter() - started
    wanted = json.loads(spec)
    started = time.perf_counter()
    assistant = build_assistant(Settings.from_env())
    open_s = time.perf_counter() - started
    cases = [c for c in load_cases() if c.id in set(wanted["cases"])]
    respond = assistant_responder(assistant)
    results, answers = [], {}
    first: list[float] = []
    for case in cases:
        started = time.perf_counter()
        response = respond(case)
        citations: list[Json] = response["citations"]  # type: ignore[assignment]
        first.append(time.perf_counter() - started)
        results.append(score(case, response, first[-1]))
        answers[case.id] = {"answer": response["answer"], "answered": response["answered"], "route": response["route"],
                            "cited": [f"{c['source']} · {c['locator']}" for c in citations]}
    timed: dict[str, list[float]] = {c.id: [] for c in cases}
    for _ in range(wanted["rounds"]):
        for case in cases:
            started = time.perf_counter()
            assistant.ask(case.question, list(case.history))
            timed[case.id].append((time.perf_counter() - started) * 1000)
    summary = summarize(results)
    print(json.dumps({"imports_s": round(imports_s, 2), "open_s": round(open_s, 2),
                      "first_answer_s": round(first[0], 2), "first_pass_s": round(sum(first), 1),
                      "first_pass_ms": {c.id: round(t * 1000, 1) for c, t in zip(cases, first, strict=True)},
                      "accuracy": summary["accuracy"], "correct": sum(bool(r["correct"]) for r in results),
                      "wrong": [r["id"] for r in results if not r["correct"]], "answers": answers, "timed_ms": timed}))
    print(f"peak_rss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")


def _latency(run: Json, routes: dict[str, str], kind: str) -> dict[str, float | int]:
    times = [t for cid, ts in run["timed_ms"].items() if routes[cid] == kind for t in ts]
    if not times:
        return {"n": 0}
    return {"n": len(times), "p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 0.95), 1),
            "max_ms": round(max(times), 1)}


def changed(base: Json, scaled: Json) -> list[str]:
    """Ids whose answer (text, answered, cited sources and locators) differs between the two runs.

    >>> changed({"a": {"answer": "x", "cited": []}, "b": {"answer": "y"}}, {"a": {"answer": "x", "cited": []}, "b": {"answer": "z"}})
    ['b']
    """
    return sorted(cid for cid in base if base[cid] != scaled.get(cid))


def kinds(changed_answers: Json, wrong: list[str]) -> Json:
    """How each changed answer changed: whether it now quotes a distractor, stays right, and its route.

    >>> kinds({"a": {"unscaled": {"cited": ["documents/x.md · y"]}, "scaled": {"cited": ["documents/generated/0.md · y"],
    ...        "route": "documents"}}}, ["a"])
    {'a': {'quotes_distractor': True, 'correct': False, 'route': 'documents'}}
    """
    return {cid: {"quotes_distractor": any("/generated/" in c for c in pair["scaled"]["cited"]),
                  "correct": cid not in wrong, "route": pair["scaled"]["route"]}
            for cid, pair in changed_answers.items()}


def specific(ids: list[str], routes: dict[str, str]) -> list[str]:
    """The questions that say what they are about: answered from the project table (which only the shipped
    corpus has), or naming the programme, its office, city, people or one of its projects (with their history).
    The others ("Wie hebben de brief ondertekend?") have as many right answers as the corpus has letters."""
    from evals.cases import load_cases

    names = shipped_names()
    cases = {c.id: c for c in load_cases()}

    def text(cid: str) -> str:
        return " ".join([cases[cid].question, *(t["content"] for t in cases[cid].history)]).lower()

    return [cid for cid in ids if routes[cid] == "table" or any(n.lower() in text(cid) for n in names)]


def _share(ids: list[str], wrong: list[str]) -> float | None:
    return round(sum(cid not in wrong for cid in ids) / len(ids), 4) if ids else None


def main(factor: int, server: bool = False, sample: int | None = None, rounds: int = 2, embedder: str | None = None,
         sentence_vectors: str | None = None) -> Json:
    """Run the benchmark at `factor` and record it in bench/results/scale-<factor>[-server][-<embedder>][-lazy].json.

    `embedder` (e.g. "hash") and `sentence_vectors` ("lazy") apply to both corpora of the run: a 1000× corpus built
    with e5 takes hours here, while search and answer latency over it do not depend on which vectors it holds.
    """
    extra = {k: v for k, v in (("GDC_EMBEDDER", embedder), ("GDC_SENTENCE_VECTORS", sentence_vectors)) if v}
    from evals.cases import load_cases

    unit = calibrate()
    ids = sorted(c.id for c in load_cases())
    if sample and sample < len(ids):
        ids = sorted(random.Random(factor).sample(ids, sample))
    with tempfile.TemporaryDirectory(prefix="gdc-scale-") as tmp:
        chroma = ChromaServer(Path(tmp) / "chroma-server").start() if server else None
        try:
            url = chroma.url if chroma else None
            base = measure(Path(tmp) / "base", 0, url, ids, rounds, extra)
            scaled = measure(Path(tmp) / "scaled", factor - 1, url, ids, rounds, extra)
        finally:
            if chroma:
                chroma.stop()
    routes = {cid: "table" if a["route"] in TABLE_ROUTES else "documents" for cid, a in base["answers"].items()}
    differ = changed(base["answers"], scaled["answers"])
    named = specific(ids, routes)
    result: Json = {
        "factor": factor, "mode": "server (chroma run on loopback)" if server else "embedded",
        "embedder": embedder or "e5", "sentence_vectors": sentence_vectors or DEFAULT_SENTENCE_VECTORS,
        "questions": len(ids), "questions_sample": f"fixed sample of {len(ids)} (seed {factor})" if sample else "all",
        "rounds": rounds,
        "scaled": _summary(scaled, routes), "unscaled": _summary(base, routes),
        "accuracy_drop_points": round(100 * (base["accuracy"] - scaled["accuracy"]), 1),
        "specific_questions": len(named),
        "specific_accuracy": {"unscaled": _share(named, base["wrong"]), "scaled": _share(named, scaled["wrong"])},
        "answers_changed": len(differ), "changed_ids": differ,
        "changed_kinds": kinds({cid: {"unscaled": base["answers"][cid], "scaled": scaled["answers"][cid]}
                                for cid in differ}, scaled["wrong"]),
        "changed_answers": {cid: {"unscaled": base["answers"][cid], "scaled": scaled["answers"][cid]} for cid in differ},
        "calibration_s": round(unit, 3), "targets": TARGETS.get(factor, {}),
    }
    suffix = ("-server" if server else "") + (f"-{embedder}" if embedder else "") + (
        f"-{sentence_vectors}" if sentence_vectors and sentence_vectors != DEFAULT_SENTENCE_VECTORS else "")
    save(f"scale-{factor}{suffix}", result)
    return result


def _summary(run: Json, routes: dict[str, str]) -> Json:
    """A run's figures without its answers; the first document question's time shows the lazy loads it pays."""
    keep = {k: v for k, v in run.items() if k not in ("answers", "timed_ms", "first_pass_ms")}
    first_document = next((ms for cid, ms in run["first_pass_ms"].items() if routes[cid] == "documents"), None)
    return {**keep, "first_document_answer_s": round(first_document / 1000, 2) if first_document else None,
            "warm_table": _latency(run, routes, "table"), "warm_documents": _latency(run, routes, "documents"),
            "warm_all": _latency(run, {cid: "all" for cid in routes}, "all")}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build-worker"]:
        _build_worker()
    elif sys.argv[1:2] == ["--answer-worker"]:
        _answer_worker(sys.argv[2])
    else:
        import argparse

        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("--factor", type=int, required=True)
        parser.add_argument("--server", action="store_true")
        parser.add_argument("--sample", type=int)
        parser.add_argument("--rounds", type=int, default=2)
        parser.add_argument("--embedder")
        parser.add_argument("--sentence-vectors", choices=("build", "lazy"))
        args = parser.parse_args()
        main(args.factor, args.server, args.sample, args.rounds, args.embedder, args.sentence_vectors)
