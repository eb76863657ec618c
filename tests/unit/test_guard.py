"""The number guard: a figure no cited quote or computation backs is never shown."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.guard import numbers_in, quote_numbers, unbacked_figures
from assistant.records import Citation


def cite(quote: str, source: str = "documents/brief.md") -> Citation:
    return Citation(n=1, source=source, title="t", locator="l", quote=quote)


@pytest.mark.parametrize(("text", "numbers"), [
    ("€ 1.500 en €2,200,000", {1500, 2_200_000}), ("ruim 6,5 miljoen euro", {6.5, 6_500_000}),
    ("4 tot 6 ton", {4, 6, 400_000, 600_000}), ("€ 28.837,59", {28837.59}),
])
def test_guard_reads_numbers_in_both_notations_and_in_words(text, numbers):
    assert numbers <= numbers_in(text)


def test_guard_reads_csv_quotes_field_by_field():
    assert {2017.0, 1500.0, 17500.0} <= quote_numbers("tables/t.csv", "2017,X,PyGrunn,WEB11,1500,17500")


def test_guard_figures_backed_by_quotes_or_computation_pass():
    assert unbacked_figures("Samen € 107.000 [1]", [cite("€ 5.000")], {107000.0}) == []
    assert unbacked_figures("Het was € 470.000 [1].", [cite("ruim € 470.000,- bijgedragen")], set()) == []


def test_guard_invented_figure_is_caught():
    assert unbacked_figures("Het budget was € 999.999 [1].", [cite("Het budget volgt later.")], set()) == [999999.0]


def test_guard_years_and_small_counts_are_not_figures():
    assert unbacked_figures("In 2018 zijn 4 thema's [1].", [cite("iets")], set()) == []


def test_guard_answer_with_an_unbacked_figure_falls_back_to_its_quotes(assistant):
    good = assistant.ask("Hoeveel kreeg PyGrunn?")
    forged = replace(good, text=good.text.replace("€ 1.500", "€ 1.600"))
    shown = assistant.guard(forged)
    assert "1.600" not in shown.text and shown.text.startswith(assistant.catalogue.text("nl", "sources_say"))
    assert all(f"[{c.n}]" in shown.text for c in shown.citations)
    assert assistant.guard(good) is good
