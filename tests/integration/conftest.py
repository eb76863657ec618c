"""Fixtures of the integration tier that need more than the shared index: a real `chroma run` on loopback."""

from __future__ import annotations

import pytest

from bench.servers import ChromaServer


@pytest.fixture
def chroma(tmp_path):
    """A running ChromaServer (stopped after the test)."""
    try:
        server = ChromaServer(tmp_path / "chroma-server").start()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    yield server
    server.stop()


@pytest.fixture
def chroma_server(chroma) -> str:
    """The URL of a running `chroma run`."""
    return chroma.url
