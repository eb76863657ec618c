"""The operation registry: a new table operation is one entry (cue, SQL, composer, messages) and works end to end."""

from __future__ import annotations

import re
import statistics

import pytest

from assistant.engine import build_assistant
from assistant.operations import (
    Composed,
    Operation,
    Plan,
    Registry,
    TableContext,
    default_registry,
    select_rows,
)


def _median_plan(selection, query):
    # The rows with an amount, in order of amount; the composer takes the middle (computed by code, not guessed).
    return Plan(rows=select_rows(selection))


def _median_compose(ctx: TableContext) -> Composed:
    amounts = sorted(a for a in (ctx.amount(r) for r in ctx.result.rows) if a is not None)
    median = statistics.median(amounts)
    return Composed(lines=(ctx.t("median", v=ctx.euro(median), n=ctx.projects(len(amounts)), rule=ctx.result.rule),
                           ctx.t("rows_used", m=ctx.mark_all(ctx.result.rows))))


MEDIAN = Operation(
    name="median", cue=re.compile(r"\b(?:mediaan|median)\b"), plan=_median_plan, compose=_median_compose,
    messages={"median": {"nl": "De mediaan is **{v}** over {n} ({rule}).", "en": "The median is **{v}** across {n} ({rule})."}})


@pytest.fixture(scope="module")
def with_median(shared_settings):
    registry = default_registry()
    registry.register(MEDIAN, before="sum")
    return build_assistant(shared_settings, registry=registry)


@pytest.mark.parametrize(("question", "says"), [
    ("Wat is de mediaan van de bijdragen in Profilering & Vestigingsklimaat?", "De mediaan is **€ 10.000** over 5 projecten"),
    ("What is the median contribution in Profilering & Vestigingsklimaat?", "The median is **€10,000** across 5 projects"),
])
def test_operations_new_entry_is_routed_computed_and_written_in_both_languages(with_median, question, says):
    answer = with_median.ask(question)
    assert answer.answered and answer.route.startswith("table") and says in answer.text, answer.text
    assert answer.table is not None and answer.table.operation == "median" and len(answer.table.rows) == 5
    assert len(answer.citations) >= 5  # every row used is cited


def test_operations_registry_refuses_a_second_entry_of_the_same_name():
    registry = default_registry()
    with pytest.raises(ValueError, match="already registered"):
        registry.register(Operation(name="sum", cue=None, plan=_median_plan, compose=_median_compose))


def test_operations_first_matching_cue_wins_in_registry_order():
    registry = Registry(default_registry())
    assert registry.asked("hoeveel projecten kregen in totaal geld") == "count"  # count's cue comes before sum's
    assert registry.asked("hoeveel ging er in totaal naar onderwijs") == "sum"
    assert registry.asked("welke projecten") is None  # listing is a rule, not a cue


def test_operations_messages_of_an_entry_must_have_both_languages():
    registry = default_registry()
    registry.register(Operation(name="x", cue=None, plan=_median_plan, compose=_median_compose,
                                messages={"y": {"nl": "{a}"}}))  # type: ignore[dict-item]
    from assistant.catalogue import CatalogueError, load_catalogue
    from assistant.operations import extend_catalogue

    with pytest.raises(CatalogueError, match="exactly nl, en"):
        extend_catalogue(load_catalogue(), registry)
