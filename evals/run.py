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

EVALS = Path(__file__).resolve().parent
REPORTS = EVALS / "reports"
SCORE_FILE = REPORTS / "score.json"
# The question sets `gdc eval` reports side by side: the tuned suite, the held-out set written before the second
# round of tuning, and the blind sets (never tuned on; blind2 written after the first had been scored several times).
# "paraphrase" is measured over generated variants of the first two.
SETS: dict[str, str] = {"tuned": "questions/*.jsonl", "heldout": "heldout/*.jsonl", "blind": "blind/*.jsonl",
                        "blind2": "blind2/*.jsonl"}
UNTUNED = ("heldout", "blind", "blind2")  # gated on accuracy only, never case by case


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


def load_recorded(name: str = "tuned", path: Path = SCORE_FILE) -> dict[str, float] | None:
    """The recorded scores of one set (None when that set was never recorded)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    found = data.get(name)
    return found if isinstance(found, dict) else None


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


def set_files(name: str, root: Path = EVALS) -> list[Path]:
    """The question files of one named set."""
    return sorted(root.glob(SETS[name]))


@dataclass(frozen=True, kw_only=True)
class Invariance:
    """How paraphrases of the eval questions fare against the originals (meaning-keeping operators only)."""

    n: int  # variants asked
    same: int  # scored like their original (both right, or both wrong)
    correct: int  # right against the original's expectations
    problems: int  # broke an invariant (blank, language, unbacked figure, citation, crash)

    @property
    def share(self) -> float:
        return self.same / self.n if self.n else 1.0

    def to_dict(self) -> dict[str, float | int]:
        return {"n": self.n, "same": self.same, "share": round(self.share, 4),
                "correct": round(self.correct / self.n, 4) if self.n else 1.0, "problems": self.problems}


def paraphrase_invariance(assistant: Assistant, cases: list[Case], originals: list[Result],
                          limit: int | None = None) -> Invariance:
    """Ask every meaning-keeping paraphrase (lowercase, no accents, polite wrapper, reordered clauses) of every
    single-turn case, and score it with the original's expectations: a paraphrase of a figure question must keep
    its figure. `limit` takes an evenly spread sample (for quick runs)."""
    from dataclasses import replace

    from evals.invariants import language_decidable, problems
    from evals.variants import MEANING_KEEPING, paraphrases

    by_id = {c.id: c for c in cases}
    verdict = {str(r["id"]): bool(r["correct"]) for r in originals}
    variants = [v for v in paraphrases((c.id, c.language, c.question) for c in cases if not c.history)
                if v.operator in MEANING_KEEPING and v.source in verdict]
    if limit is not None and len(variants) > limit:
        step = len(variants) / limit
        variants = [variants[int(i * step)] for i in range(limit)]
    same = correct = broken = 0
    texts: dict[str, str] = {}
    for variant in variants:
        case = replace(by_id[variant.source], question=variant.question)
        try:
            answer = assistant.ask(variant.question)
        except Exception:  # a crash is a broken invariant, and not the same verdict
            broken += 1
            continue
        response: dict[str, object] = dict(answer.to_dict())
        response["computed"] = sorted(computed_figures(answer.table))
        result = score(case, response, 0.0)
        correct += bool(result["correct"])
        same += bool(result["correct"]) == verdict[variant.source]
        broken += bool(problems(answer, variant, assistant.index.settings.knowledge_dir, texts,
                                language_decidable(assistant, variant.question)))
    return Invariance(n=len(variants), same=same, correct=correct, problems=broken)


def record_sets(results: dict[str, list[Result]], invariance: Invariance | None,
                path: Path = SCORE_FILE) -> dict[str, object]:
    """Store each set's scores (and the paraphrase share) as the baseline `gdc eval --gate` compares with."""
    data: dict[str, object] = {}
    for name, rows in results.items():
        summary = summarize(rows)
        data[name] = {"accuracy": round(float(summary["accuracy"] or 0), 4), "n": int(summary["n"] or 0),
                      "figure_exact": round(float(summary["figure_exact"] or 0), 4),
                      "refusal_recall": round(float(summary["refusal_recall"] or 0), 4)}
    if invariance is not None:
        data["paraphrase"] = invariance.to_dict()
    old = json.loads(path.read_text()) if path.exists() else {}
    merged = {**(old if isinstance(old, dict) and "accuracy" not in old else {}), **data}
    path.write_text(json.dumps(merged, indent=2) + "\n")
    return merged
