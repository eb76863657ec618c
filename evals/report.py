"""The evaluation report: Markdown tables per system and per category × language, a chart, per-question JSONL."""

from __future__ import annotations

import time
from pathlib import Path

from evals.cases import CATEGORIES
from evals.score import Result, summarize

MEASURES = [("accuracy", "accuracy"), ("figure_exact", "figures exact"), ("name_recall", "name recall"),
            ("citation_accuracy", "citations"), ("refusal_precision", "refusal P"), ("refusal_recall", "refusal R"),
            ("language_match", "language"), ("hit@1", "hit@1"), ("hit@5", "hit@5"), ("mrr", "MRR"),
            ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms")]


def _cell(value: object) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}" if isinstance(value, float) and value > 1.5 else f"{value:.2f}" if isinstance(value, float) else str(value)


def _table(rows: list[tuple[str, dict]]) -> list[str]:
    out = ["| | n | " + " | ".join(label for _, label in MEASURES) + " |", "|---" * (len(MEASURES) + 2) + "|"]
    for name, summary in rows:
        out.append(f"| {name} | {summary['n']} | " + " | ".join(_cell(summary[key]) for key, _ in MEASURES) + " |")
    return out


def render(title: str, assistant: list[dict], baselines: dict[str, list[dict]], meta: dict) -> str:
    lines = [f"# {title}", "", f"{meta.get('when', time.strftime('%Y-%m-%d %H:%M'))} · {len(assistant)} questions · "
             f"embedder `{meta.get('embedder', '?')}` · questions: {meta.get('questions', '')}", ""]
    lines += ["## Assistant and baselines, same questions", ""]
    lines += _table([("**gdc assistant**", summarize(assistant))] + [(name, summarize(r)) for name, r in baselines.items()])
    lines += ["", "Baselines answer with their top passage and never refuse; `accuracy` counts a case right when the "
              "answer holds every expected figure and name, in the asker's language, or (for refusals) does not answer.",
              "", "## Assistant by category and language", ""]
    groups = []
    for category in CATEGORIES:
        for language in ("nl", "en"):
            subset = [r for r in assistant if r["category"] == category and r["language"] == language]
            if subset:
                groups.append((f"{category} · {language}", summarize(subset)))
    lines += _table(groups)
    wrong = [r for r in assistant if not r["correct"] or r["citation_ok"] is False]
    lines += ["", f"## Cases not fully right ({len(wrong)})", ""]
    for r in wrong:
        excerpt = " ".join(r["answer"].split())[:220]
        lines.append(f"- `{r['id']}` ({r['category']}, {r['language']}) {r['question']} — answered={r['answered']}, "
                     f"figures={r['figure_ok']}, names={_cell(r['name_recall'])}, citations={r['citation_ok']}: “{excerpt}”")
    return "\n".join(lines) + "\n"


def chart(path: Path, assistant: list[dict], baselines: dict[str, list[dict]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = [("accuracy", "accuracy"), ("figure_exact", "figures exact"), ("citation_accuracy", "citations"),
            ("refusal_recall", "refusal recall"), ("language_match", "language"), ("hit@1", "hit@1")]
    systems = [("gdc assistant", summarize(assistant))] + [(n, summarize(r)) for n, r in baselines.items()]
    fig, ax = plt.subplots(figsize=(10, 4.2), dpi=110)
    width = 0.8 / len(systems)
    for i, (name, summary) in enumerate(systems):
        values = [summary[k] or 0 for k, _ in keys]
        ax.bar([x + i * width for x in range(len(keys))], values, width, label=name)
    ax.set_xticks([x + width * (len(systems) - 1) / 2 for x in range(len(keys))], [label for _, label in keys])
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("share of questions")
    ax.set_title(f"gdc evaluation: {len(assistant)} questions")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=len(systems), fontsize=8, frameon=False)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


def format_summary(assistant: list[Result], baselines: dict[str, list[Result]]) -> str:
    """The console table `gdc eval` prints: every system, then the assistant per category and language."""
    keys = ("accuracy", "figure_exact", "name_recall", "citation_accuracy", "refusal_recall", "language_match", "hit@1")

    def line(label: str, results: list[dict]) -> str:
        summary = summarize(results)
        return f"{label[:44]:44}" + "".join(f"{summary[k] if summary[k] is not None else float('nan'):>11.2f}" for k in keys)

    out = [f"{'':44}" + "".join(f"{k[:10]:>11}" for k in keys), line("gdc assistant", assistant)]
    out += [line(name, results) for name, results in baselines.items()]
    out.append("\nassistant by category and language:")
    for category in CATEGORIES:
        for language in ("nl", "en"):
            subset = [r for r in assistant if r["category"] == category and r["language"] == language]
            if subset:
                out.append(line(f"  {category} {language}", subset))
    overall = summarize(assistant)
    out.append(f"\nlatency p50 {overall['p50_ms']:.0f} ms, p95 {overall['p95_ms']:.0f} ms")
    return "\n".join(out)


def format_sets(results: dict[str, list[dict]], invariance: dict[str, float | int] | None) -> str:
    """The headline `gdc eval` prints first: each question set's scores, and the paraphrase-invariance share."""
    keys = ("n", "accuracy", "figure_exact", "refusal_recall", "language_match", "citation_accuracy")
    out = [f"{'set':12}" + "".join(f"{k[:14]:>15}" for k in keys)]
    for name, rows in results.items():
        summary = summarize(rows)
        cells = [f"{summary[k]:>15}" if k == "n" else
                 f"{summary[k] if summary[k] is not None else float('nan'):>15.3f}" for k in keys]
        out.append(f"{name:12}" + "".join(cells))
    if invariance is not None:
        out.append(f"\nparaphrase invariance: {invariance['share']:.3f} of {invariance['n']} meaning-keeping variants of "
                   f"the tuned and held-out questions are scored like their original ({invariance['correct']:.3f} "
                   f"right; {invariance['problems']} broke an invariant)")
    return "\n".join(out)


def render_sets(results: dict[str, list[dict]], invariance: dict[str, float | int] | None, meta: dict) -> str:
    """evals/reports/summary.md: the sets side by side, as `format_sets` prints them."""
    return (f"# gdc evaluation: every set\n\n{meta.get('when', time.strftime('%Y-%m-%d %H:%M'))} · embedder "
            f"`{meta.get('embedder', '?')}`\n\n```\n{format_sets(results, invariance)}\n```\n\n"
            "Per-set reports: " + ", ".join(f"[{name}]({'latest' if name == 'tuned' else name}.md)" for name in results)
            + ". The blind sets are never tuned on; their misses are reported, not fixed case by case.\n")
