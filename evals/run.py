"""Run the question sets through the assistant and the baselines; record and report the results.

Scoring lives in `score`, rendering in `report`, the baselines in `baselines`; this module only drives them.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.engine import Assistant
from assistant.guard import computed_figures
from evals.baselines import bm25_responder, dense_responder, langchain_rag_responder
from evals.cases import Case
from evals.report import chart, render
from evals.score import Responder, Result, score, summarize

REPORTS = Path(__file__).resolve().parent / "reports"
SCORE_FILE = REPORTS / "score.json"


def assistant_responder(assistant: Assistant) -> Responder:
    """Ask the real assistant; also report the figures its table engine computed and its ranked hits."""

    def respond(case: Case) -> dict[str, object]:
        answer = assistant.ask(case.question, list(case.history))
        out: dict[str, object] = dict(answer.to_dict())
        out["computed"] = sorted(computed_figures(answer.table))
        out["hits"] = [{"source": h.chunk.source, "text": h.chunk.text, "section": list(h.chunk.section)}
                       for h in answer.hits]
        return out

    return respond


def run(cases: list[Case], respond: Responder) -> list[Result]:
    results = []
    for case in cases:
        started = time.perf_counter()
        response = respond(case)
        results.append(score(case, response, time.perf_counter() - started))
    return results


@dataclass(frozen=True)
class SuiteResult:
    """The assistant's results and each baseline's, on the same cases."""

    assistant: list[Result]
    baselines: dict[str, list[Result]]


def run_suite(assistant: Assistant, cases: list[Case], with_baselines: bool = True) -> SuiteResult:
    """The assistant and (optionally) the three baselines over the same cases."""
    results = run(cases, assistant_responder(assistant))
    baselines: dict[str, list[Result]] = {}
    if with_baselines:
        index = assistant.index
        baselines["BM25 only (top passage)"] = run(cases, bm25_responder(index, assistant.lexicon))
        baselines["dense only (top passage)"] = run(cases, dense_responder(index, assistant.lexicon))
        baselines["LangChain RAG (splitter + Chroma top-1)"] = run(
            cases, langchain_rag_responder(index.settings.knowledge_dir, index.embedder, assistant.lexicon))
    return SuiteResult(results, baselines)


def load_recorded(path: Path = SCORE_FILE) -> dict[str, float] | None:
    return json.loads(path.read_text()) if path.exists() else None


def save_results(results: list[Result], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_report(suite: SuiteResult, name: str, meta: dict[str, str], directory: Path = REPORTS) -> Path:
    """Write <name>.md, <name>.png and <name>.jsonl (every system's per-question results); returns the .md path."""
    directory.mkdir(parents=True, exist_ok=True)
    rows = [{"system": "gdc", **r} for r in suite.assistant]
    rows += [{"system": system, **r} for system, results in suite.baselines.items() for r in results]
    save_results(rows, directory / f"{name}.jsonl")
    chart(directory / f"{name}.png", suite.assistant, suite.baselines)
    report = directory / f"{name}.md"
    report.write_text(render(f"gdc evaluation: {name}", suite.assistant, suite.baselines, meta)
                      + f"\n![chart]({name}.png)\n", encoding="utf-8")
    return report


def record(results: list[Result], path: Path = SCORE_FILE) -> dict[str, float | int]:
    summary = summarize(results)
    data = {"accuracy": round(float(summary["accuracy"] or 0), 4), "n": int(summary["n"] or 0),
            "figure_exact": round(float(summary["figure_exact"] or 0), 4),
            "refusal_recall": round(float(summary["refusal_recall"] or 0), 4)}
    path.write_text(json.dumps(data, indent=2) + "\n")
    return data
