"""Shared fixtures: one real index built per session (real corpus, real e5 model, real Chroma), copied for
tests that change it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from assistant.settings import PROJECT_ROOT, Settings  # noqa: E402

REPO = PROJECT_ROOT
CORPUS = REPO / "knowledge"


@pytest.fixture(scope="session")
def session_dirs(tmp_path_factory) -> tuple[Path, Path]:
    """(knowledge dir, index dir) of the session's shared, read-only index over the shipped corpus."""
    from assistant.indexer import build_index

    root = tmp_path_factory.mktemp("shared")
    knowledge = root / "knowledge"
    shutil.copytree(CORPUS, knowledge)
    index = root / "index"
    report = build_index(Settings(knowledge_dir=knowledge, index_dir=index), progress=False)
    assert not report.skipped, report.skipped
    return knowledge, index


@pytest.fixture(scope="session")
def shared_settings(session_dirs) -> Settings:
    knowledge, index = session_dirs
    return Settings(knowledge_dir=knowledge, index_dir=index)


@pytest.fixture(scope="session")
def assistant(shared_settings):
    """The real Assistant over the shared index (do not modify the index through it)."""
    from assistant.assistant import Assistant

    return Assistant.from_settings(shared_settings)


@pytest.fixture
def private_settings(session_dirs, tmp_path) -> Settings:
    """A writable copy of the shared corpus and index, for tests that change either."""
    knowledge, index = session_dirs
    shutil.copytree(knowledge, tmp_path / "knowledge")
    shutil.copytree(index, tmp_path / "index")
    return Settings(knowledge_dir=tmp_path / "knowledge", index_dir=tmp_path / "index")


@pytest.fixture
def gdc_env(private_settings) -> dict[str, str]:
    """Environment for running the `gdc` command against the private copy."""
    return {**os.environ, "GDC_KNOWLEDGE_DIR": str(private_settings.knowledge_dir),
            "GDC_INDEX_DIR": str(private_settings.index_dir)}
