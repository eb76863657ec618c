"""Generalisation with the real e5 model: every generated variant (at least 2,000) keeps the invariants, and
paraphrases of the eval questions are scored like their originals (the share `gdc eval` reports)."""

from __future__ import annotations

import pytest

from evals.cases import load_cases
from evals.invariants import check_all
from evals.run import assistant_responder, paraphrase_invariance, run, set_files
from evals.variants import from_templates, paraphrases

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cases():
    return load_cases(set_files("tuned")) + load_cases(set_files("heldout"))


def test_generalisation_every_variant_keeps_the_invariants(assistant, shared_settings, cases):
    store = assistant.index.tables
    variants = (from_templates(store.distinct("project"), store.distinct("applicant"), store.distinct("theme"))
                + paraphrases((c.id, c.language, c.question) for c in cases if not c.history))
    assert len(variants) >= 2000
    found = check_all(assistant, variants, shared_settings.knowledge_dir)
    assert not found, f"{len(found)} variants broke an invariant, e.g. {dict(list(found.items())[:8])}"


def test_generalisation_paraphrases_are_scored_like_their_originals(assistant, cases):
    originals = run(cases, assistant_responder(assistant))
    invariance = paraphrase_invariance(assistant, cases, originals)
    assert invariance.n >= 300 and invariance.problems == 0
    assert invariance.share >= 0.97, invariance


def test_generalisation_a_name_left_out_gives_the_rest_of_the_rows(assistant):
    """For every theme and applicant, "all projects except X" is the table's total less X's rows, in both
    languages: exclusion is a family, not one phrasing. (An applicant's name inside another's, "Gemeente Groningen"
    in "GDC/Gemeente Groningen", may leave out those rows too.)"""
    from assistant.language import format_euro
    from index.lexical import normalise

    store = assistant.index.tables
    rows = store.rows
    total = sum(r.contribution or 0 for r in rows)
    asked = [(f"Hoeveel ging er naar alle projecten behalve {t}?", "nl", "theme", t) for t in store.distinct("theme")]
    asked += [(f"How much did all projects other than those of {a} get?", "en", "applicant", a)
              for a in store.distinct("applicant")]
    wrong = []
    for question, language, column, value in asked:
        exact = total - sum(r.contribution or 0 for r in rows if getattr(r, column) == value)
        within = total - sum(r.contribution or 0 for r in rows if normalise(value) in normalise(getattr(r, column)))
        answer = assistant.ask(question)
        if not answer.answered or not any(format_euro(rest, language) in answer.text for rest in (exact, within)):
            wrong.append((question, format_euro(exact, language), answer.text[:300]))
    assert not wrong, wrong
