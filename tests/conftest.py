"""Shared fixtures and the test tiers.

- tests/unit: the fast tier (`make test-fast`): deterministic hash embeddings, no model loaded.
- tests/integration: the real e5 model, real Chroma, the real corpus; one index built per session, copied for tests
  that change it.
- tests/browser: headless Chromium against a real Gradio server.
Markers follow the directory (`integration`, `browser`); `server` and `slow` are set per test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from index.settings import PROJECT_ROOT, Settings  # noqa: E402

REPO = PROJECT_ROOT
CORPUS = REPO / "knowledge"
TIERS = {"integration": "integration", "browser": "browser"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        parts = Path(str(item.fspath)).relative_to(REPO).parts
        if len(parts) > 1 and parts[0] == "tests" and parts[1] in TIERS:
            item.add_marker(getattr(pytest.mark, TIERS[parts[1]]))


@pytest.fixture(scope="session")
def session_dirs(tmp_path_factory) -> tuple[Path, Path]:
    """(knowledge dir, index dir) of the session's shared, read-only index over the shipped corpus."""
    return build_corpus_index(tmp_path_factory.mktemp("shared"), "e5")


def build_corpus_index(root: Path, embedder: str) -> tuple[Path, Path]:
    """A copy of the shipped corpus under `root` and its index, built with `embedder`."""
    from index.build import build_index

    knowledge = root / "knowledge"
    shutil.copytree(CORPUS, knowledge)
    index = root / "index"
    report = build_index(Settings(knowledge_dir=knowledge, index_dir=index, embedder=embedder), progress=False)
    assert not report.skipped, report.skipped
    return knowledge, index


GROWTH = REPO / "tests" / "fixtures" / "growth"
KINDS = REPO / "tests" / "fixtures" / "kinds"


def drop_in(fixtures: Path, knowledge: Path) -> None:
    """Copy a fixture folder's tables/ and documents/ into a knowledge dir, as a user adds files."""
    for folder in ("tables", "documents"):
        if (fixtures / folder).is_dir():
            for path in sorted((fixtures / folder).iterdir()):
                shutil.copy(path, knowledge / folder / path.name)


def grown_copy(session_dirs: tuple[Path, Path], root: Path, fixtures: Path, **settings: object) -> Settings:
    """A copy of the session's corpus and index with a fixture folder dropped in and indexed (only the new files are
    embedded): the settings of that grown index."""
    from index.build import build_index

    knowledge, index = session_dirs
    shutil.copytree(knowledge, root / "knowledge")
    # not the leases: the readers of the shared index (this process among them) do not read the copy
    shutil.copytree(index, root / "index", ignore=shutil.ignore_patterns("leases"))
    drop_in(fixtures, root / "knowledge")
    grown = Settings(knowledge_dir=root / "knowledge", index_dir=root / "index", **settings)  # type: ignore[arg-type]
    build_index(grown, progress=False)
    return grown


def build_growth_index(root: Path, embedder: str) -> tuple[Path, Path]:
    """The shipped corpus plus the synthetic growth fixtures (a 2018 table with its stated total, a third letter),
    dropped in as a user would add files, and indexed with `embedder`: no code knows about them."""
    from index.build import build_index

    knowledge = root / "knowledge"
    shutil.copytree(CORPUS, knowledge)
    drop_in(GROWTH, knowledge)
    index = root / "index"
    report = build_index(Settings(knowledge_dir=knowledge, index_dir=index, embedder=embedder), progress=False)
    assert not report.skipped, report.skipped
    return knowledge, index


@pytest.fixture(scope="session")
def shared_settings(session_dirs) -> Settings:
    knowledge, index = session_dirs
    return Settings(knowledge_dir=knowledge, index_dir=index)


@pytest.fixture(scope="session")
def assistant(shared_settings):
    """The real Assistant over the shared index (do not modify the index through it)."""
    from assistant.engine import build_assistant

    return build_assistant(shared_settings)


@pytest.fixture
def private_settings(session_dirs, tmp_path) -> Settings:
    """A writable copy of the shared corpus and index, for tests that change either."""
    knowledge, index = session_dirs
    shutil.copytree(knowledge, tmp_path / "knowledge")
    # Not the leases: the readers of the shared index (this process among them) do not read the copy.
    shutil.copytree(index, tmp_path / "index", ignore=shutil.ignore_patterns("leases"))
    return Settings(knowledge_dir=tmp_path / "knowledge", index_dir=tmp_path / "index")


@pytest.fixture
def gdc_env(private_settings) -> dict[str, str]:
    """Environment for running the `gdc` command against the private copy."""
    return {**os.environ, "GDC_KNOWLEDGE_DIR": str(private_settings.knowledge_dir),
            "GDC_INDEX_DIR": str(private_settings.index_dir)}


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A minimal real PDF (Helvetica text, one page per string) so PDF loading is tested without a PDF library."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for i, text in enumerate(pages):
        page_no, content_no = 3 + 2 * i, 4 + 2 * i
        kids.append(f"{page_no} 0 R")
        lines = "".join(f"({line.replace('(', '[').replace(')', ']')}) Tj T* " for line in text.splitlines())
        stream = f"BT /F1 11 Tf 14 TL 50 780 Td {lines}ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents {content_no} 0 R "
                       f"/Resources << /Font << /F1 {3 + 2 * len(pages)} 0 R >> >> >>")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offsets = "%PDF-1.4\n", []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{n} 0 obj\n{body}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    path.write_bytes(out.encode("latin-1"))
    return path


def make_docx(path: Path, title: str, sections: dict[str, list[str]]) -> Path:
    import docx

    doc = docx.Document()
    doc.core_properties.title = title
    for heading, paragraphs in sections.items():
        doc.add_heading(heading, level=1)
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.save(path)
    return path
