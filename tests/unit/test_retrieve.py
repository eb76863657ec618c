"""Hybrid retrieval with deterministic hash embeddings: ranking and fusion asserted exactly."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieve import RRF_K, fuse


def test_retrieve_fuse_adds_weighted_reciprocal_ranks():
    fused = dict(fuse(["a", "b"], ["b", "c"], dense_weight=2.0, lexical_weight=1.0, k=5))
    assert fused == pytest.approx({"a": 2 / 6, "b": 2 / 7 + 1 / 6, "c": 1 / 7})
    assert [i for i, _ in fuse(["a", "b"], ["b", "c"], dense_weight=2.0, lexical_weight=1.0)] == ["b", "a", "c"]


def test_retrieve_fuse_of_nothing_is_nothing():
    assert fuse([], []) == []


def test_retrieve_exact_words_of_a_passage_rank_it_first_in_both_retrievers(assistant):
    chunk = next(c for c in assistant.index.chunks if "Everyone has a right to a digital future" in c.text)
    hits = assistant.searcher.search("Everyone has a right to a digital future slogan", k=3)
    assert hits[0].chunk.id == chunk.id
    assert hits[0].dense_rank == 1 and hits[0].lexical_rank == 1
    assert hits[0].score == pytest.approx(1.1 / (RRF_K + 1) + 1.0 / (RRF_K + 1))


def test_retrieve_kinds_filter_keeps_only_text_passages(assistant):
    hits = assistant.searcher.search("PyGrunn WEB11 Python", k=8, kinds=("text",))
    assert hits and all(h.chunk.kind == "text" for h in hits)


def test_retrieve_is_a_langchain_retriever_that_prepares_the_question(assistant):
    docs = assistant.searcher.invoke("Who signed the letter?")
    assert docs and {"source", "section", "dense_rank", "lexical_rank"} <= set(docs[0].metadata)


@pytest.mark.parametrize("query", ["blockchain hackathon", "digitale leerlijn kinderen", "Groningen", "hanze", "zzz"])
def test_lexical_masked_search_ranks_as_an_index_of_the_subset_alone(query):
    from index.lexical import LexicalIndex

    texts = ["blockchain hackathon in Groningen", "digitale leerlijn voor kinderen", "hackathon voor kinderen",
             "Groningen Digital City", "de Hanze en de RUG", "blockchain in Leiden", "kinderen in Leiden leren",
             "een lange tekst over Groningen en over blockchain en een hackathon en een leerlijn"]
    ids = [f"c{i}" for i in range(len(texts))]
    keep = [0, 1, 3, 4, 7]
    whole = LexicalIndex.build(ids, texts)
    alone = LexicalIndex.build([ids[i] for i in keep], [texts[i] for i in keep])
    mask = np.array([i in keep for i in range(len(texts))])
    masked, expected = whole.search(query, k=10, mask=mask), alone.search(query, k=10)
    assert [i for i, _ in masked] == [i for i, _ in expected]
    assert np.allclose([s for _, s in masked], [s for _, s in expected])
