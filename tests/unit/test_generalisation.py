"""Invariants over generated question variants (templates × table values × languages, and paraphrase operators on
the eval questions), on the hash-embedded index: a sample here, all of them in tests/integration."""

from __future__ import annotations

import re

import pytest

from evals.cases import load_cases
from evals.invariants import check_all
from evals.run import set_files
from evals.variants import MEANING_KEEPING, from_templates, paraphrases, reordered

SAMPLE = 400
_BOLD = re.compile(r"\*\*([^*]+)\*\*")


def all_variants(assistant):
    store = assistant.index.tables
    cases = load_cases(set_files("tuned")) + load_cases(set_files("heldout"))
    return (from_templates(store.distinct("project"), store.distinct("applicant"), store.distinct("theme"))
            + paraphrases((c.id, c.language, c.question) for c in cases if not c.history))


def test_generalisation_generator_makes_thousands_of_variants_in_both_languages(assistant):
    variants = all_variants(assistant)
    assert len(variants) >= 2000
    assert {v.language for v in variants} == {"nl", "en"}
    # "no_accents" only changes questions with accents, which the eval questions happen not to have
    assert {v.operator for v in variants} >= {"template", "lowercase", "typo", "keywords", "polite", "reordered"}


def test_generalisation_invariants_hold_on_a_sample(assistant, shared_settings):
    variants = all_variants(assistant)
    sample = variants[:: max(1, len(variants) // SAMPLE)]
    found = check_all(assistant, sample, shared_settings.knowledge_dir)
    assert not found, dict(list(found.items())[:10])


@pytest.mark.parametrize("template", ["Hoeveel kreeg {v}?", "How much did {v} get?",
                                      "Wat is de totale projectomvang van {v}?", "What is the total project size of {v}?"])
def test_generalisation_meaning_keeping_paraphrase_keeps_the_figure(assistant, template):
    """A paraphrase that keeps every word (case, accents, a polite wrapper, a moved phrase) gives the same figures."""
    for project in assistant.index.tables.distinct("project")[::3]:
        question = template.format(v=project)
        original = _BOLD.findall(assistant.ask(question).text)
        language = "en" if template.startswith(("How", "What")) else "nl"
        for variant in paraphrases([("t", language, question)]):
            if variant.operator in MEANING_KEEPING:
                assert _BOLD.findall(assistant.ask(variant.question).text) == original, (question, variant.question)


@pytest.mark.parametrize(("question", "language", "expected"), [
    ("What is the aim of the action plan Groningen Digital City?", "en",
     "Of the action plan Groningen Digital City, what is the aim?"),
    ("Hoeveel subsidie kreeg PyGrunn in 2017?", "nl", "In 2017, hoeveel subsidie kreeg PyGrunn?"),
    ("Waarom wordt Groningen een City of Talent genoemd?", "nl", "Waarom wordt Groningen een City of Talent genoemd?"),
    ("Hoeveel projecten zijn er uitgevoerd of in uitvoering gebracht?", "nl",
     "Hoeveel projecten zijn er uitgevoerd of in uitvoering gebracht?"),
])
def test_generalisation_reordering_moves_a_phrase_never_a_name_or_a_dutch_or(question, language, expected):
    assert reordered(question, language) == expected
