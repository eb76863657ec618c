"""GDC_SENTENCE_VECTORS=lazy: `gdc index` embeds chunks only, and a reader embeds a prose sentence the first time a
question retrieves its chunk. With deterministic hash embeddings the vectors are the same either way, so every
answer must be the same word for word; the build on disk is never written by the reader."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from evals.cases import load_cases
from index.build import build_index
from index.settings import Settings, SettingsError
from tests.conftest import CORPUS

CASES = [c for c in load_cases() if not c.history]


def _build(root, mode: str) -> Settings:
    if not (root / "knowledge").exists():
        shutil.copytree(CORPUS, root / "knowledge")
    settings = Settings(knowledge_dir=root / "knowledge", index_dir=root / "index", embedder="hash",
                        sentence_vectors=mode, cache_dir=root / "cache")
    build_index(settings, progress=False)
    return settings


@pytest.fixture(scope="module")
def lazy(tmp_path_factory):
    from assistant.engine import build_assistant

    return build_assistant(_build(tmp_path_factory.mktemp("lazy"), "lazy"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from assistant.engine import build_assistant

    return build_assistant(_build(tmp_path_factory.mktemp("built"), "build"))


def _files(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "leases" not in p.parts}


def test_lazy_build_embeds_chunks_only(tmp_path):
    report = build_index(_build(tmp_path, "lazy"), progress=False)  # a second run: up to date, nothing embedded
    assert report.up_to_date and report.embedded == 0
    first = Settings(knowledge_dir=tmp_path / "knowledge", index_dir=tmp_path / "fresh", embedder="hash",
                     sentence_vectors="lazy", cache_dir=tmp_path / "cache")
    assert build_index(first, progress=False).embedded == report.chunks  # one vector per chunk, none per sentence


def test_lazy_sentences_are_embedded_once_when_their_chunk_is_read(lazy):
    sentences = lazy.index.sentences
    assert sentences.missing > 0
    chunk = next(c for c in lazy.index.chunks if c.kind == "text" and len(sentences.records(c.id)) > 1)
    before = sentences.missing
    assert len(sentences[chunk.id]) == len(sentences.records(chunk.id))
    assert sentences.missing == before - len(sentences.records(chunk.id))
    assert sentences.prefetch([chunk.id]) == 0  # kept: never embedded twice


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_lazy_answers_as_a_build_with_every_sentence_embedded(built, lazy, case):
    assert built.index.sentences.missing == 0
    full, deferred = built.ask(case.question), lazy.ask(case.question)
    assert (deferred.answered, deferred.text) == (full.answered, full.text)


def test_lazy_reader_never_writes_the_build(tmp_path):
    from assistant.engine import build_assistant

    settings = _build(tmp_path, "lazy")
    before = _files(settings.index_dir)
    reader = build_assistant(settings)
    for case in CASES[:20]:
        reader.ask(case.question)
    assert reader.index.sentences.missing < sum(len(reader.index.sentences.records(c.id)) for c in reader.index.chunks)
    assert _files(settings.index_dir) == before


def test_lazy_then_build_embeds_the_missing_sentences_and_nothing_else(tmp_path):
    lazy = build_index(_build(tmp_path, "lazy"), progress=False)
    full = Settings(knowledge_dir=tmp_path / "knowledge", index_dir=tmp_path / "index", embedder="hash",
                    sentence_vectors="build", cache_dir=tmp_path / "cache")
    switched = build_index(full, progress=False)
    fresh = build_index(Settings(knowledge_dir=tmp_path / "knowledge", index_dir=tmp_path / "fresh", embedder="hash",
                                 sentence_vectors="build", cache_dir=tmp_path / "cache"), progress=False)
    assert lazy.up_to_date and not switched.up_to_date
    assert switched.reused == lazy.chunks and switched.embedded == fresh.embedded - lazy.chunks


def test_lazy_reader_vectors_are_shared_with_the_next_reader(tmp_path):
    """What one reader embedded, the next reader (another process, another worker) takes from the cache."""
    from assistant.engine import build_assistant

    settings = _build(tmp_path, "lazy")
    first = build_assistant(settings)
    chunk = next(c for c in first.index.chunks if c.kind == "text" and len(first.index.sentences.records(c.id)) > 1)
    made = first.index.sentences.prefetch([chunk.id])
    second = build_assistant(settings).index.sentences
    assert made > 0 and second.from_cache == made
    assert second.prefetch([chunk.id]) == 0  # found, not embedded again


def test_lazy_reader_vectors_are_reused_by_the_next_build(tmp_path):
    """A build that embeds every sentence takes the ones readers made from the cache: never embedded twice."""
    from assistant.engine import build_assistant

    settings = _build(tmp_path, "lazy")
    reader = build_assistant(settings).index.sentences
    made = sum(reader.prefetch([cid]) for cid in list(reader)[:5])
    full = build_index(Settings(knowledge_dir=settings.knowledge_dir, index_dir=settings.index_dir, embedder="hash",
                                sentence_vectors="build", cache_dir=settings.cache_dir), progress=False)
    fresh = build_index(Settings(knowledge_dir=settings.knowledge_dir, index_dir=tmp_path / "fresh", embedder="hash",
                                 sentence_vectors="build", cache_dir=tmp_path / "empty"), progress=False)
    assert made > 0 and full.embedded == fresh.embedded - full.chunks - made


def test_lazy_unusable_cache_costs_time_not_answers(tmp_path, built):
    """A cache directory that is a file cannot hold the cache: sentences are embedded as if it were empty."""
    from assistant.engine import build_assistant

    settings = _build(tmp_path, "lazy")
    (tmp_path / "blocked").write_text("not a directory")
    blocked = Settings(knowledge_dir=settings.knowledge_dir, index_dir=settings.index_dir, embedder="hash",
                       sentence_vectors="lazy", cache_dir=tmp_path / "blocked")
    reader = build_assistant(blocked)
    for case in CASES[:5]:
        assert reader.ask(case.question).text == built.ask(case.question).text


def test_lazy_setting_is_checked():
    with pytest.raises(SettingsError, match="GDC_SENTENCE_VECTORS"):
        Settings.from_env({"GDC_SENTENCE_VECTORS": "sometimes"})
    assert Settings.from_env({"GDC_SENTENCE_VECTORS": "lazy"}).sentence_vectors == "lazy"
