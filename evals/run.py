"""Run the question sets through the assistant and the baselines; score, gate and report."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.cases import FIGURE_CATEGORIES, Case, citation_accuracy, figure_match, name_recall

REPORTS = Path(__file__).resolve().parent / "reports"
SCORE_FILE = REPORTS / "score.json"
GATE_MARGIN = 0.02  # CI fails when accuracy drops more than 2 points below the recorded score

Responder = Callable[[Case], dict]  # case → {"answer","answered","language","citations","route","computed","hits"}


def assistant_responder(assistant) -> Responder:
    """Ask the real assistant; also report the figures its table engine computed and its ranked hits."""

    def respond(case: Case) -> dict:
        answer = assistant.ask(case.question, list(case.history))
        out = answer.to_dict()
        out["computed"] = sorted(computed_figures(answer.table))
        out["hits"] = [{"source": h.chunk.source, "text": h.chunk.text, "section": list(h.chunk.section)} for h in answer.hits]
        return out

    return respond


def computed_figures(table) -> set[float]:
    """Every figure the table engine computed for an answer (sums, counts, averages, differences)."""
    if table is None:
        return set()
    out: set[float] = set()
    if table.value is not None:
        out.add(round(float(table.value), 2))
    for _, value, n in table.groups:
        out |= {round(float(value), 2), float(n)}
    for c in table.comparisons:
        out |= {float(c.computed), float(abs(c.difference or 0))}
    amounts = [getattr(r, table.measure) for r in table.rows if getattr(r, table.measure) is not None]
    out |= {float(sum(amounts)), float(len(amounts)), float(len(table.rows))}
    return out


def _rank(case: Case, hits: list[dict]) -> int | None:
    """1-based rank of the first retrieved chunk that holds the expected document evidence."""
    wanted = [e for e in case.evidence if e["source"].startswith("documents/")]
    for rank, hit in enumerate(hits, start=1):
        if any(hit["source"] == e["source"] and e.get("text", "").lower() in hit["text"].lower() for e in wanted):
            return rank
    return None


def score(case: Case, response: dict, latency: float) -> dict[str, Any]:
    """All measures for one case; None where a measure does not apply to it."""
    answered = bool(response["answered"])
    figures = figure_match(case, response["answer"]) if answered else (False if case.figures and not case.refuse else None)
    names = name_recall(case, response["answer"]) if answered else (0.0 if name_recall(case, "") is not None else None)
    retrieval = None
    if any(e["source"].startswith("documents/") for e in case.evidence) and not case.refuse:
        retrieval = _rank(case, response.get("hits", []))
    correct = (not answered) if case.refuse else (
        answered and figures is not False and (names is None or names == 1.0) and response["language"] == case.language)
    return {
        "id": case.id, "category": case.category, "language": case.language, "question": case.question,
        "answer": response["answer"], "answered": answered, "route": response.get("route"),
        "citations": response["citations"], "latency_ms": round(latency * 1000, 1),
        "figure_ok": figures, "name_recall": names,
        "citation_ok": citation_accuracy(case, response, set(response.get("computed", []))) if answered and not case.refuse else None,
        "refuse_expected": case.refuse, "language_ok": response["language"] == case.language,
        "retrieval_rank": retrieval, "document_case": retrieval is not None or (
            any(e["source"].startswith("documents/") for e in case.evidence) and not case.refuse),
        "correct": bool(correct), "is_figure": case.is_figure,
    }


def run(cases: list[Case], respond: Responder) -> list[dict]:
    results = []
    for case in cases:
        started = time.perf_counter()
        response = respond(case)
        results.append(score(case, response, time.perf_counter() - started))
    return results


def _mean(values: list) -> float | None:
    values = [float(v) for v in values if v is not None]
    return sum(values) / len(values) if values else None


def summarize(results: list[dict]) -> dict[str, Any]:
    """The measures over a set of results."""
    refusals_expected = [r for r in results if r["refuse_expected"]]
    refused = [r for r in results if not r["answered"]]
    true_refusals = [r for r in refused if r["refuse_expected"]]
    doc = [r for r in results if r["document_case"]]
    latencies = sorted(r["latency_ms"] for r in results)
    return {
        "n": len(results),
        "accuracy": _mean([r["correct"] for r in results]),
        "figure_exact": _mean([r["figure_ok"] for r in results if r["figure_ok"] is not None]),
        "name_recall": _mean([r["name_recall"] for r in results]),
        "citation_accuracy": _mean([r["citation_ok"] for r in results if r["citation_ok"] is not None]),
        "refusal_precision": len(true_refusals) / len(refused) if refused else None,
        "refusal_recall": len(true_refusals) / len(refusals_expected) if refusals_expected else None,
        "language_match": _mean([r["language_ok"] for r in results]),
        "hit@1": _mean([r["retrieval_rank"] == 1 for r in doc]) if doc else None,
        "hit@5": _mean([r["retrieval_rank"] is not None and r["retrieval_rank"] <= 5 for r in doc]) if doc else None,
        "mrr": _mean([1 / r["retrieval_rank"] if r["retrieval_rank"] else 0 for r in doc]) if doc else None,
        "p50_ms": statistics.median(latencies) if latencies else None,
        "p95_ms": latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))] if latencies else None,
    }


def gate(results: list[dict], recorded: dict | None) -> list[str]:
    """Why CI must fail (empty: pass): a wrong figure, an answered refusal, or accuracy below the record."""
    failures = [f"{r['id']}: figure wrong — {r['question']!r}" for r in results
                if r["is_figure"] and r["category"] in FIGURE_CATEGORIES and r["figure_ok"] is not True]
    failures += [f"{r['id']}: should be refused but was answered — {r['question']!r}" for r in results
                 if r["refuse_expected"] and r["answered"]]
    accuracy = summarize(results)["accuracy"] or 0.0
    if recorded and accuracy < recorded["accuracy"] - GATE_MARGIN:
        failures.append(f"accuracy {accuracy:.3f} is below the recorded {recorded['accuracy']:.3f} minus {GATE_MARGIN:.2f}")
    return failures


def load_recorded(path: Path = SCORE_FILE) -> dict | None:
    return json.loads(path.read_text()) if path.exists() else None


def save_results(results: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


@dataclass(frozen=True)
class SuiteResult:
    """The assistant's results and each baseline's, on the same cases."""

    assistant: list[dict]
    baselines: dict[str, list[dict]]


def run_suite(assistant, cases: list[Case], with_baselines: bool = True) -> SuiteResult:
    """The assistant and (optionally) the three baselines over the same cases."""
    from evals.baselines import bm25_responder, dense_responder, langchain_rag_responder

    results = run(cases, assistant_responder(assistant))
    baselines: dict[str, list[dict]] = {}
    if with_baselines:
        index = assistant.index
        baselines["BM25 only (top passage)"] = run(cases, bm25_responder(index))
        baselines["dense only (top passage)"] = run(cases, dense_responder(index))
        baselines["LangChain RAG (splitter + Chroma top-1)"] = run(
            cases, langchain_rag_responder(index.settings.knowledge_dir, index.embedder))
    return SuiteResult(results, baselines)


def write_report(suite: SuiteResult, name: str, meta: dict, directory: Path = REPORTS) -> Path:
    """Write <name>.md, <name>.png and <name>.jsonl (every system's per-question results); returns the .md path."""
    from evals.report import chart, render

    directory.mkdir(parents=True, exist_ok=True)
    rows = [{"system": "gdc", **r} for r in suite.assistant]
    rows += [{"system": system, **r} for system, results in suite.baselines.items() for r in results]
    save_results(rows, directory / f"{name}.jsonl")
    chart(directory / f"{name}.png", suite.assistant, suite.baselines)
    report = directory / f"{name}.md"
    report.write_text(render(f"gdc evaluation: {name}", suite.assistant, suite.baselines, meta)
                      + f"\n![chart]({name}.png)\n", encoding="utf-8")
    return report


def record(results: list[dict], path: Path = SCORE_FILE) -> dict:
    summary = summarize(results)
    data = {"accuracy": round(summary["accuracy"], 4), "n": summary["n"],
            "figure_exact": round(summary["figure_exact"] or 0, 4), "refusal_recall": round(summary["refusal_recall"] or 0, 4)}
    path.write_text(json.dumps(data, indent=2) + "\n")
    return data
