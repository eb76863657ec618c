"""Scoring: one answer against one case, a set of results summarised, and the CI gate over them.

Pure functions over plain result dicts, shared by the runner, the baselines and the report.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

from evals.cases import FIGURE_CATEGORIES, Case, citation_accuracy, figure_match, name_recall

GATE_MARGIN = 0.02  # CI fails when accuracy drops more than 2 points below the recorded score

Result = dict[str, object]  # one scored case, as written to the per-question JSONL
Response = dict[str, object]  # {"answer","answered","language","citations","route","computed","hits"}
Responder = Callable[[Case], Response]


def _rank(case: Case, hits: list[dict[str, str]]) -> int | None:
    """1-based rank of the first retrieved chunk that holds the expected document evidence."""
    wanted = [e for e in case.evidence if e["source"].startswith("documents/")]
    for rank, hit in enumerate(hits, start=1):
        if any(hit["source"] == e["source"] and e.get("text", "").lower() in hit["text"].lower() for e in wanted):
            return rank
    return None


def score(case: Case, response: Response, latency: float) -> Result:
    """All measures for one case; None where a measure does not apply to it."""
    answer = str(response["answer"])
    answered = bool(response["answered"])
    figures = figure_match(case, answer) if answered else (False if case.figures and not case.refuse else None)
    names = name_recall(case, answer) if answered else (0.0 if name_recall(case, "") is not None else None)
    documented = any(e["source"].startswith("documents/") for e in case.evidence) and not case.refuse
    retrieval = _rank(case, response.get("hits", [])) if documented else None  # type: ignore[arg-type]
    correct = (not answered) if case.refuse else (
        answered and figures is not False and (names is None or names == 1.0) and response["language"] == case.language)
    computed = {float(x) for x in response.get("computed", [])}  # type: ignore[attr-defined]
    return {
        "id": case.id, "category": case.category, "language": case.language, "question": case.question,
        "answer": answer, "answered": answered, "route": response.get("route"),
        "citations": response["citations"], "latency_ms": round(latency * 1000, 1),
        "figure_ok": figures, "name_recall": names,
        "citation_ok": citation_accuracy(case, response, computed) if answered and not case.refuse else None,
        "refuse_expected": case.refuse, "language_ok": response["language"] == case.language,
        "retrieval_rank": retrieval, "document_case": documented,
        "correct": bool(correct), "is_figure": case.is_figure,
    }


def _mean(values: list[object]) -> float | None:
    numbers = [float(v) for v in values if v is not None]  # type: ignore[arg-type]
    return sum(numbers) / len(numbers) if numbers else None


def summarize(results: list[Result]) -> dict[str, float | int | None]:
    """The measures over a set of results."""
    refusals_expected = [r for r in results if r["refuse_expected"]]
    refused = [r for r in results if not r["answered"]]
    true_refusals = [r for r in refused if r["refuse_expected"]]
    doc = [r for r in results if r["document_case"]]
    ranks = [r["retrieval_rank"] for r in doc]
    latencies = sorted(float(r["latency_ms"]) for r in results)  # type: ignore[arg-type]
    return {
        "n": len(results),
        "accuracy": _mean([r["correct"] for r in results]),
        "figure_exact": _mean([r["figure_ok"] for r in results if r["figure_ok"] is not None]),
        "name_recall": _mean([r["name_recall"] for r in results]),
        "citation_accuracy": _mean([r["citation_ok"] for r in results if r["citation_ok"] is not None]),
        "refusal_precision": len(true_refusals) / len(refused) if refused else None,
        "refusal_recall": len(true_refusals) / len(refusals_expected) if refusals_expected else None,
        "language_match": _mean([r["language_ok"] for r in results]),
        "hit@1": _mean([rank == 1 for rank in ranks]) if doc else None,
        "hit@5": _mean([rank is not None and rank <= 5 for rank in ranks]) if doc else None,  # type: ignore[operator]
        "mrr": _mean([1 / rank if rank else 0 for rank in ranks]) if doc else None,  # type: ignore[operator]
        "p50_ms": statistics.median(latencies) if latencies else None,
        "p95_ms": latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))] if latencies else None,
    }


def gate(results: list[Result], recorded: dict[str, float] | None, strict: bool = True) -> list[str]:
    """Why CI must fail (empty: pass): a wrong figure, an answered refusal, or accuracy below the record.

    `strict=False` (the held-out and blind sets, which are never tuned on) checks only the accuracy against the
    record: a miss there is reported, not fixed case by case.
    """
    failures = [f"{r['id']}: figure wrong — {r['question']!r}" for r in results
                if strict and r["is_figure"] and r["category"] in FIGURE_CATEGORIES and r["figure_ok"] is not True]
    failures += [f"{r['id']}: should be refused but was answered — {r['question']!r}" for r in results
                 if strict and r["refuse_expected"] and r["answered"]]
    accuracy = summarize(results)["accuracy"] or 0.0
    if recorded and accuracy < recorded["accuracy"] - GATE_MARGIN:
        failures.append(f"accuracy {accuracy:.3f} is below the recorded {recorded['accuracy']:.3f} minus {GATE_MARGIN:.2f}")
    return failures
