"""Charts show the numbers the engine computes, written in the reader's language."""

from __future__ import annotations

import pytest

from assistant.records import TableResult
from ui.charts import answer_chart, figure, stated_chart, theme_chart, top_chart


def test_theme_chart_sums_contribution_per_theme_like_the_engine(assistant):
    chart = theme_chart(assistant.index.tables.rows, "nl")
    values = dict(zip(chart.labels, chart.series[0].values, strict=True))
    engine = assistant.ask("Wat was de totale bijdrage per thema in 2017?").table
    assert engine is not None and engine.operation == "group"
    assert values == {(g or "Geen thema (Anders)"): float(v) for g, v, _ in engine.groups}
    assert list(chart.labels)[0] == "Onderwijs & Arbeidsmarkt"  # largest first


def test_top_chart_lists_the_largest_contributions_in_order(assistant):
    chart = top_chart(assistant.index.tables.rows, "en", n=3)
    assert chart.labels == ("GDBC, Groninger Digital Business Center", "Blockchain Hackathon Innovatie programma",
                            "Programmeren in de klas")
    assert chart.series[0].values == (150000.0, 100000.0, 80000.0) and chart.title == "The 3 largest contributions"


def test_stated_chart_sets_stated_totals_beside_the_rows_sums(assistant):
    chart = stated_chart(assistant.index.tables.rows, assistant.index.tables.totals, "nl")
    stated, computed = chart.series
    assert dict(zip(chart.labels, zip(stated.values, computed.values, strict=True), strict=True)) == {
        "Programma Economie en Werkgelegenheid (2017)": (469427.0, 474427.0), "Anders (2017)": (80000.0, 160000.0)}


@pytest.mark.parametrize(("language", "expected"), [("nl", "€ 474.427"), ("en", "€474,427")])
def test_figure_labels_bars_in_the_languages_euro_format(assistant, language, expected):
    chart = stated_chart(assistant.index.tables.rows, assistant.index.tables.totals, language)
    fig = figure(chart, language)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.texts]
    assert expected in labels and len(ax.patches) == 4
    shown = [t.get_text() for t in ax.get_yticklabels()]
    assert shown[1] == "Anders (2017)" and shown[0].endswith("…") and chart.labels[0].startswith(shown[0][:-1])


def test_answer_chart_only_for_group_and_top():
    rows_result = TableResult(operation="sum", measure="contribution", rule="r", rows=())
    assert answer_chart(rows_result, "nl") is None
    grouped = TableResult(operation="group", measure="contribution", rule="r", rows=(),
                          groups=(("Kennis & Innovatie", 10, 10), ("", 3, 3)))
    chart = answer_chart(grouped, "en", aggregate="count")
    assert chart is not None and not chart.money and chart.labels == ("Kennis & Innovatie", "No theme (Anders)")
