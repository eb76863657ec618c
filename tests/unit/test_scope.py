"""Home scope: with documents about other programmes beside the shipped ones, a question that names nothing else is
looked up in the subject's own documents and the tables; one that names another programme, or a word only another
document uses, is looked up everywhere."""

from __future__ import annotations

import re

import pytest

from assistant.scope import Home, names_outside
from bench.distractors import write_corpus
from index.blocks import LoadError
from index.build import build_index
from index.load import read_subject
from index.settings import Settings
from tests.conftest import KINDS, drop_in

COPIES = 3


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """The shipped corpus, three distractor sets (each letter and plan about another city) and a project plan."""
    root = tmp_path_factory.mktemp("crowded")
    write_corpus(root / "knowledge", COPIES)
    drop_in(KINDS, root / "knowledge")
    (root / "knowledge" / "documents" / "jaarverslag-synthetisch.md").write_text(
        "---\ntitle: Jaarverslag Digital Office 2019 (synthetisch)\ndate: 2020-01-15\nkind: report\nlanguage: nl\n---\n\n"
        "# Jaarverslag\n\nHet Digital Office voerde in 2019 het actieplan Groningen Digital City verder uit.\n",
        encoding="utf-8")
    settings = Settings(knowledge_dir=root / "knowledge", index_dir=root / "index", embedder="hash")
    build_index(settings, progress=False)
    from assistant.engine import build_assistant

    return build_assistant(settings)


def _titles(assistant, home: bool) -> set[str]:
    return {i.title for s, i in assistant.index.sources.items() if not i.is_table and (s in assistant.home.sources) == home}


def test_home_is_the_documents_whose_title_names_the_subject_and_the_tables(crowded):
    home = crowded.home
    assert home.subject == "Groningen Digital City" and home.narrows
    # the report's title does not name the subject, its text does
    assert _titles(crowded, True) == {"Actieplan Groningen Digital City", "Groningen Digital City (raadsbrief)",
                                      "Jaarverslag Digital Office 2019 (synthetisch)"}
    assert len(_titles(crowded, False)) == 2 * COPIES + 1  # the distractors and the project plan
    assert {s for s, i in crowded.index.sources.items() if i.is_table} <= home.sources


@pytest.mark.parametrize("question", [
    "Wie hebben de brief ondertekend?", "Hoeveel projecten zijn er volgens de brief uitgevoerd?",
    "On which four themes were the projects carried out?", "wat is het kenmerk van de raadsbrief",
    "Hoeveel kreeg PyGrunn?",
])
def test_home_scope_narrows_a_question_that_names_nothing_else(crowded, question):
    intent = crowded.understander.understand(question)
    assert crowded.home.scope(intent, crowded.corpus.known) == crowded.home.sources


def test_home_scope_is_everything_for_a_question_naming_another_programme_or_a_word_only_others_use(crowded):
    other = next(t for t in _titles(crowded, False) if "raadsbrief" in t)
    city = other.split()[0]
    for question in (f"Wie heeft de brief van {city} ondertekend?", f"who signed the letter about {other.split(' (')[0]}?",
                     "Wie is de opdrachtnemer van de slimme lantaarnpalen?"):
        intent = crowded.understander.understand(question)
        assert crowded.home.scope(intent, crowded.corpus.known) is None, question


def test_home_scope_search_draws_every_candidate_from_home(crowded):
    intent = crowded.understander.understand("Wie hebben de brief ondertekend?")
    scope = crowded.home.scope(intent, crowded.corpus.known)
    hits = crowded.searcher.search(intent.search_query, k=8, sources=scope)
    assert hits and all(h.chunk.source in scope for h in hits)
    everywhere = crowded.searcher.search(intent.search_query, k=40)
    assert any(h.chunk.source not in scope for h in everywhere)  # there were others to draw from


def test_home_scope_answer_comes_from_the_subjects_letter(crowded):
    answer = crowded.ask("Wie hebben de brief ondertekend?")
    assert answer.answered and "Peter den Oudsten" in answer.text
    assert all("generated/" not in c.source for c in answer.citations)


def test_home_without_a_subject_narrows_nothing(crowded, tmp_path):
    home = Home.of(crowded.index, None)
    assert not home.narrows and home.sources == home.everything
    assert not Home.of(crowded.index, "Rotterdam Haven").narrows  # no title names it: nothing to prefer


@pytest.mark.parametrize(("asked", "outside"), [
    (("Leiden",), True),             # a word the sources use, only outside home
    (("Groningen",), False),         # a home word
    (("Atlantis",), False),          # no source uses it: unknown, not outside
    (("Groningen", "Leiden"), True),
])
def test_names_outside_counts_only_words_the_sources_use_outside_home(asked, outside):
    from assistant.records import Intent

    intent = Intent(question=" ".join(asked), language="nl", route="documents", table_query=None,
                    search_query=" ".join(asked), answer_type="open", years=(), subject_terms=(), entities=(),
                    names=tuple(asked))
    assert names_outside(intent, frozenset({"groningen"}), frozenset({"groningen", "leiden"})) is outside


@pytest.mark.parametrize(("text", "expected"), [
    ("subject: Groningen Digital City\n", "Groningen Digital City"),
    ("# no subject\n", None),
    ("subject: '  '\n", LoadError),
    ("subject: [a, b]\n", LoadError),
    ("subject: [unclosed\n", LoadError),
])
def test_read_subject_reads_the_corpus_file_or_says_what_is_wrong(tmp_path, text, expected):
    (tmp_path / "corpus.yaml").write_text(text, encoding="utf-8")
    if expected is LoadError:
        with pytest.raises(LoadError, match=re.escape(str(tmp_path / "corpus.yaml"))):
            read_subject(tmp_path)
    else:
        assert read_subject(tmp_path) == expected


def test_read_subject_without_a_corpus_file_is_none(tmp_path):
    assert read_subject(tmp_path) is None
