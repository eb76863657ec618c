"""Bar charts where a reader would rather look than read: contribution per theme, the largest projects, the totals
the annex states against the sums of its rows, and a group-by or top-N answer.

A chart is data first (`Chart`: labels and values, computed from the same rows and totals the engine reads), drawn
second (`figure`: a matplotlib Figure for gr.Plot, amounts written with `format_euro` in the reader's language).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from assistant.language import format_euro
from assistant.records import TableResult
from index.records import Language, ProjectRow, StatedTotal
from ui.i18n import text

TOP_N = 10
LABEL_WIDTH = 34  # characters of a bar's label; longer project names are cut with "…"
COLOURS = ("#059669", "#f59e0b")  # emerald like the theme; amber for the stated totals


@dataclass(frozen=True, kw_only=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True, kw_only=True)
class Chart:
    """What a bar chart shows: one bar (or one bar per series) for each label; `money` says how values read."""

    key: str
    title: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    money: bool = True


def _theme_label(theme: str, language: Language) -> str:
    return theme or text(language, "no_theme_option")


def theme_chart(rows: Sequence[ProjectRow], language: Language) -> Chart:
    """The municipal contribution per theme, largest first (rows without a theme under 'Anders')."""
    sums: dict[str, int] = {}
    for row in rows:
        sums[row.theme] = sums.get(row.theme, 0) + (row.contribution or 0)
    ranked = sorted(sums.items(), key=lambda kv: (-kv[1], kv[0]))
    return Chart(key="themes", title=text(language, "chart_themes"),
                 labels=tuple(_theme_label(t, language) for t, _ in ranked),
                 series=(Series(name=text(language, "col_contribution"), values=tuple(float(v) for _, v in ranked)),))


def top_chart(rows: Sequence[ProjectRow], language: Language, n: int = TOP_N) -> Chart:
    """The `n` projects with the largest municipal contribution (rows without one are left out)."""
    ranked = sorted((r for r in rows if r.contribution is not None), key=lambda r: (-(r.contribution or 0), r.line))[:n]
    return Chart(key="top", title=text(language, "chart_top", n=len(ranked)),
                 labels=tuple(r.project for r in ranked),
                 series=(Series(name=text(language, "col_contribution"),
                                values=tuple(float(r.contribution or 0) for r in ranked)),))


def stated_chart(rows: Sequence[ProjectRow], totals: Sequence[StatedTotal], language: Language) -> Chart:
    """Each total the annex states next to the sum of the rows it closes (same table, section and year)."""
    labels, stated, computed = [], [], []
    for total in totals:
        if total.contribution is None:
            continue
        closed = [r for r in rows if r.table_name == total.table and r.section == total.section and r.year == total.year]
        labels.append(f"{total.section} ({total.year})")
        stated.append(float(total.contribution))
        computed.append(float(sum(r.contribution or 0 for r in closed)))
    return Chart(key="stated", title=text(language, "chart_stated"), labels=tuple(labels),
                 series=(Series(name=text(language, "stated"), values=tuple(stated)),
                         Series(name=text(language, "computed"), values=tuple(computed))))


def answer_chart(result: TableResult, language: Language, aggregate: str | None = None) -> Chart | None:
    """The bars of a group-by (one per group) or top-N answer (one per row, in the engine's order); None otherwise."""
    measure = text(language, f"m_{result.measure}")
    if result.operation == "group" and result.groups:
        counted = aggregate == "count"
        name = text(language, "op_count") if counted else measure
        return Chart(key="answer", title=text(language, "chart_answer", rule=result.rule),
                     labels=tuple(_theme_label(g, language) for g, _, _ in result.groups),
                     series=(Series(name=name, values=tuple(float(v) for _, v, _ in result.groups)),), money=not counted)
    if result.operation == "top" and result.rows:
        values = [r.amount(result.measure) for r in result.rows]
        return Chart(key="answer", title=text(language, "chart_answer", rule=result.rule),
                     labels=tuple(r.project for r in result.rows),
                     series=(Series(name=measure, values=tuple(float(v or 0) for v in values)),))
    return None


def shown_value(chart: Chart, value: float, language: Language) -> str:
    """A bar's value as the reader's language writes it.

    >>> c = Chart(key="k", title="t", labels=("a",), series=())
    >>> shown_value(c, 1500.0, "nl"), shown_value(c, 1500.0, "en")
    ('€ 1.500', '€1,500')
    """
    return format_euro(value, language) if chart.money else str(int(value))


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1].rstrip() + "…"


def figure(chart: Chart, language: Language) -> Figure:
    """Horizontal bars, largest on top, each labelled with its value; the value axis in the language's format."""
    bars = len(chart.labels)
    fig = Figure(figsize=(6.4, 1.1 + 0.42 * max(bars, 1) * len(chart.series) ** 0.5), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    height = 0.8 / max(len(chart.series), 1)
    top = max((v for s in chart.series for v in s.values), default=0.0)
    for i, series in enumerate(chart.series):
        offsets = [b + (i - (len(chart.series) - 1) / 2) * height for b in range(bars)]
        drawn = ax.barh(offsets, series.values, height=height, color=COLOURS[i % len(COLOURS)], label=series.name)
        ax.bar_label(drawn, labels=[shown_value(chart, v, language) for v in series.values], padding=3, fontsize=8)
    ax.set_yticks(range(bars), [_cut(label) for label in chart.labels], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.3 if top else 1)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))  # euro labels are wide: few ticks, none overlapping
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: shown_value(chart, v, language)))
    ax.tick_params(axis="x", labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(chart.title, fontsize=10, loc="left")
    if len(chart.series) > 1:
        ax.legend(fontsize=8, loc="lower right", frameon=False)
    return fig
