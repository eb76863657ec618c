"""A corpus that grows with documents about other programmes answers the same: the shipped corpus with three
distractor sets beside it (each letter and action plan about another city, in the shipped wording with its own names
and figures: bench/distractors.py), against the shipped corpus alone."""

from __future__ import annotations

import shutil

import pytest

from bench.distractors import distractors
from evals.cases import load_cases
from index.build import build_index
from index.settings import Settings

COPIES = 3
# every question of the tuned suite asked on its own (a follow-up's history holds the answers of the shipped corpus)
CASES = [c for c in load_cases() if not c.history]


@pytest.fixture(scope="module")
def crowded(session_dirs, tmp_path_factory):
    root = tmp_path_factory.mktemp("crowded")
    knowledge, index = session_dirs
    shutil.copytree(knowledge, root / "knowledge")
    shutil.copytree(index, root / "index", ignore=shutil.ignore_patterns("leases"))
    for copy in distractors(COPIES):
        path = root / "knowledge" / "documents" / copy.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(copy.text, encoding="utf-8")
    settings = Settings(knowledge_dir=root / "knowledge", index_dir=root / "index")
    build_index(settings, progress=False)  # embeds only the distractors
    from assistant.engine import build_assistant

    return build_assistant(settings)


def test_scope_crowded_corpus_has_the_distractors(crowded):
    assert crowded.home.narrows
    assert sum("generated/" in s for s in crowded.index.sources) == 2 * COPIES


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_scope_answer_does_not_change_because_the_corpus_grew(assistant, crowded, case):
    alone, grown = assistant.ask(case.question), crowded.ask(case.question)
    assert (grown.answered, grown.text) == (alone.answered, alone.text)
    assert all("generated/" not in c.source for c in grown.citations)


def test_scope_a_question_naming_another_city_is_answered_from_its_letter(crowded):
    other = next(i for s, i in crowded.index.sources.items() if "generated/" in s and "raadsbrief" in s)
    city = other.title.split()[0]
    answer = crowded.ask(f"Wie hebben de brief van {city} ondertekend?")
    assert answer.answered and answer.citations
    assert all("generated/" in c.source for c in answer.citations)
