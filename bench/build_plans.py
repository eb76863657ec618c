"""Cold build speed by embedding plan, the three in one run over the same corpus (the shipped corpus and `--copies`
distractor sets: 9 makes the 10× corpus), each build in its own process:

- "v1": what the first version embedded: every chunk and every sentence, each as its own text (a table row twice);
- "build" (the default): each distinct text once, a row's sentence sharing its chunk's vector;
- "lazy" (GDC_SENTENCE_VECTORS=lazy): chunks only; the reader embeds a prose sentence when a question first
  retrieves its chunk. Its cost is paid by questions: the eval questions are asked once (first pass, sentences
  embedded as they come) and again (warm), and the same for "build", in the same run; then once more from a new
  process, which finds the sentences the first one embedded in the shared vector cache (index/cache.py).

Reports texts embedded, cold build seconds, chunks/s and the ratio to v1's chunks/s.

Run: python -m bench.build_plans [--copies 9]   (or `gdc bench plans`)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.common import ask_times_ms, calibrate, fresh_cache, percentile, save
from bench.distractors import write_corpus
from index.records import Chunk, Sentence
from index.units import EmbedPlan, embed_key

PLANS = ("v1", "build", "lazy")
NEXT_READER = "lazy-next-reader"


def v1_plan(identity: str, chunks: Sequence[Chunk], sentences: Sequence[Sentence], lazy: bool = False) -> EmbedPlan:
    """v1's plan: one text per chunk and per sentence, none shared (keys carry the position, so nothing dedupes)."""
    texts: dict[str, str] = {}
    chunk_keys: list[str] = []
    sentence_keys: list[str] = []
    for i, chunk in enumerate(chunks):
        key = embed_key(identity, f"v1-chunk-{i}", chunk.embed_text)
        texts[key] = chunk.embed_text
        chunk_keys.append(key)
    for i, sentence in enumerate(sentences):
        key = embed_key(identity, f"v1-sentence-{i}", sentence.embed_text)
        texts[key] = sentence.embed_text
        sentence_keys.append(key)
    return EmbedPlan(texts=texts, chunk_keys=tuple(chunk_keys), sentence_keys=tuple(sentence_keys))


def _worker(plan: str) -> None:
    """Build the index the environment names with `plan`, then ask the eval questions twice; print the figures."""
    import index.build
    from index.settings import Settings

    if plan == "v1":
        index.build.plan_units = v1_plan
    settings = Settings.from_env(sentence_vectors="lazy" if plan.startswith("lazy") else "build")
    from assistant.engine import build_assistant
    from evals.cases import load_cases

    cases = [c for c in load_cases() if not c.history]
    if plan == NEXT_READER:  # another process over the lazy build: what the first readers embedded is cached
        assistant = build_assistant(settings)
        times = ask_times_ms(assistant, cases)
        print(json.dumps({"from_cache": assistant.index.sentences.from_cache,
                          "p50_ms": round(percentile(times, 0.5), 1), "p95_ms": round(percentile(times, 0.95), 1)}))
        return
    started = time.perf_counter()
    report = index.build.build_index(settings, progress=False)
    build_s = time.perf_counter() - started
    assistant = build_assistant(settings)
    passes = [ask_times_ms(assistant, cases) for _ in range(2)]
    print(json.dumps({"chunks": report.chunks, "embedded_texts": report.embedded, "cold_build_s": round(build_s, 1),
                      "chunks_per_s": round(report.chunks / build_s, 2),
                      "first_pass": {"p50_ms": round(percentile(passes[0], 0.5), 1),
                                     "p95_ms": round(percentile(passes[0], 0.95), 1),
                                     "max_ms": round(max(passes[0]), 1)},
                      "warm": {"p50_ms": round(percentile(passes[1], 0.5), 1),
                               "p95_ms": round(percentile(passes[1], 0.95), 1)}}))


def main(copies: int = 9) -> dict:
    with tempfile.TemporaryDirectory(prefix="gdc-plans-") as tmp:
        root = Path(tmp)
        write_corpus(root / "knowledge", copies)
        out: dict = {"copies": copies, "calibration_s": round(calibrate(), 3)}
        for plan in PLANS:
            env = {**os.environ, "GDC_KNOWLEDGE_DIR": str(root / "knowledge"), "GDC_INDEX_DIR": str(root / plan),
                   "GDC_MAX_UNITS": "100000000", "OMP_WAIT_POLICY": "PASSIVE",
                   "GDC_CACHE_DIR": str(fresh_cache(root / f"cache-{plan}"))}
            env.pop("GDC_CHROMA_URL", None)
            done = subprocess.run([sys.executable, "-m", "bench.build_plans", "--worker", plan], env=env,
                                  capture_output=True, text=True, check=True)
            out[plan] = json.loads(done.stdout.strip().splitlines()[-1])
            if plan == "lazy":
                again = subprocess.run([sys.executable, "-m", "bench.build_plans", "--worker", NEXT_READER], env=env,
                                       capture_output=True, text=True, check=True)
                out[plan]["next_reader_first_pass"] = json.loads(again.stdout.strip().splitlines()[-1])
        for plan in PLANS:
            out[plan]["chunks_per_s_vs_v1"] = round(out[plan]["chunks_per_s"] / out["v1"]["chunks_per_s"], 2)
    save("build_plans", out)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=9)
    parser.add_argument("--worker", choices=(*PLANS, NEXT_READER))
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker)
    else:
        main(args.copies)
