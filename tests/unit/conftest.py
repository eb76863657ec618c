"""The fast tier: the shipped corpus indexed with deterministic hash embeddings (no model), built once per session.

`shared_settings` and `assistant` are overridden here, so unit tests that read the table or ask table questions
run on this index; anything that depends on e5's semantics belongs in tests/integration.
"""

from __future__ import annotations

import pytest

from index.settings import Settings
from tests.conftest import build_corpus_index


@pytest.fixture(scope="session")
def hash_dirs(tmp_path_factory):
    return build_corpus_index(tmp_path_factory.mktemp("hash"), "hash")


@pytest.fixture(scope="session")
def shared_settings(hash_dirs) -> Settings:
    knowledge, index = hash_dirs
    return Settings(knowledge_dir=knowledge, index_dir=index, embedder="hash")


@pytest.fixture(scope="session")
def assistant(shared_settings):
    from assistant.engine import build_assistant

    return build_assistant(shared_settings)


@pytest.fixture(scope="session")
def store(assistant):
    return assistant.index.tables
