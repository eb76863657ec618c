"""The hardening probes of docs/reliability.md, one test each: a careful attacker and a clumsy operator.

Corpus intake (links, sizes, limits, progress), duplicate tables, bad batch lines, damaged indexes, readers that
never write, hot reload across rebuilds (embedded and against a real `chroma run`), a killed Chroma server.
Every test works on a private copy of the session's index (tests/conftest.py), so builds stay incremental.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from assistant.engine import build_assistant
from assistant.live import LiveAssistant
from index.build import build_index
from index.settings import Settings
from index.store import BuiltIndex, IndexDamaged, Lease, current_build, index_lock, leased_builds

GDC = [sys.executable, "-m", "ui.cli"]
DOCS = "documents"
TABLE = "tables/subsidies_2017.csv"
# One fact that changes between two builds: a reader must quote the newest.
ZWAAG = ("---\ntitle: Zwaagstrafonds\ndate: 2019-01-02\nkind: note\nlanguage: nl\n---\n\n# Zwaagstrafonds\n\n"
         "Het Zwaagstrafonds voor digitale {art} kreeg in 2019 een bijdrage van de gemeente.\n")
ZWAAG_QUESTION = "Wat is het Zwaagstrafonds?"


def gdc(env: dict[str, str], *args: str | bytes, stdin: bytes | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run `gdc`; arguments may be bytes (what a shell passes for text that is not UTF-8)."""
    done = subprocess.run([*GDC, *args], env=env, input=stdin, capture_output=True, timeout=timeout)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8", "replace"),
                                       done.stderr.decode("utf-8", "replace"))


def no_traceback(result: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in result.stderr and "Traceback" not in result.stdout


def write_zwaag(settings: Settings, art: str) -> None:
    (settings.knowledge_dir / DOCS / "zwaag.md").write_text(ZWAAG.format(art=art), encoding="utf-8")


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- 1. Corpus intake -------------------------------------------------------------------------------------------

def test_intake_symlink_to_a_file_outside_the_corpus_is_skipped_and_named(gdc_env, private_settings, tmp_path):
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:Zwaagstra geheim wachtwoord:/root:/bin/bash\n", encoding="utf-8")
    (private_settings.knowledge_dir / DOCS / "x.txt").symlink_to(secret)
    result = gdc(gdc_env, "index", "-q")
    assert result.returncode == 1 and no_traceback(result)
    assert "skipped documents/x.txt: is a link that leads outside the knowledge dir" in result.stderr
    index = BuiltIndex(private_settings)
    assert "documents/x.txt" not in index.manifest["sources"]
    assert not any("geheim" in c.text for c in index.chunks)
    assert "skipped:   documents/x.txt" in gdc(gdc_env, "status").stdout


@pytest.mark.parametrize("inside", [True, False], ids=["inside", "outside"])
def test_intake_symlinked_folder_is_followed_only_when_it_stays_inside(private_settings, tmp_path, inside):
    target = private_settings.knowledge_dir / "extra" if inside else tmp_path / "elsewhere"
    target.mkdir()
    (target / "zwaag.md").write_text(ZWAAG.format(art="kunst"), encoding="utf-8")
    (private_settings.knowledge_dir / DOCS / "linked").symlink_to(target, target_is_directory=True)
    report = build_index(private_settings, progress=False)
    sources = BuiltIndex(private_settings).manifest["sources"]
    if inside:
        assert report.added == ["documents/linked/zwaag.md"] and not report.skipped
        assert "documents/linked/zwaag.md" in sources
    else:
        assert [(s.source, "outside the knowledge dir" in s.reason) for s in report.skipped] == [("documents/linked", True)]
        assert not any("zwaag" in s for s in sources)


def test_intake_pipe_and_second_path_to_a_file_are_skipped_unread(private_settings):
    documents = private_settings.knowledge_dir / DOCS
    os.mkfifo(documents / "pipe.md")  # reading it would block the build for ever
    (documents / "alias.md").symlink_to(documents / "actieplan-groningen-digital-city.md")
    report = build_index(private_settings, progress=False)
    reasons = {s.source: s.reason for s in report.skipped}
    assert "not a regular file" in reasons["documents/pipe.md"]
    assert "another path to documents/actieplan-groningen-digital-city.md" in reasons["documents/alias.md"]


def test_intake_file_over_the_size_limit_is_skipped_and_named(gdc_env, private_settings):
    big = private_settings.knowledge_dir / DOCS / "groot.md"
    big.write_text("# Groot\n\n" + "Het Zwaagstrafonds bestaat nog niet. " * 2000, encoding="utf-8")  # ~74 KB
    result = gdc({**gdc_env, "GDC_MAX_FILE_MB": "0.05"}, "index", "-q")
    assert result.returncode == 1 and no_traceback(result)
    assert "skipped documents/groot.md: is 0.0" in result.stderr
    assert "MB, over the 0.05 MB limit per file (GDC_MAX_FILE_MB)" in result.stderr
    assert "documents/groot.md" not in BuiltIndex(private_settings).manifest["sources"]
    raised = build_index(dataclasses.replace(private_settings, max_file_mb=1.0), progress=False)
    assert raised.added == ["documents/groot.md"]  # a changed limit is a change: the file is read now


@pytest.mark.parametrize(("variable", "value"), [("GDC_MAX_FILE_MB", "vijf"), ("GDC_MAX_FILE_MB", "0"),
                                                 ("GDC_MAX_UNITS", "1.5"), ("GDC_MAX_UNITS", "-3")])
def test_intake_bad_limit_setting_is_a_usage_error(gdc_env, variable, value):
    result = gdc({**gdc_env, variable: value}, "status")
    assert result.returncode == 2 and variable in result.stderr and no_traceback(result)


def test_intake_unit_limit_skips_the_new_file_that_would_pass_it(private_settings):
    index = BuiltIndex(private_settings)
    units = len(index.chunks) + sum(len(s) for s in index.sentences.values())
    write_zwaag(private_settings, "kunst")
    report = build_index(dataclasses.replace(private_settings, max_units=units + 1), progress=False)
    assert [s.source for s in report.skipped] == ["documents/zwaag.md"]
    assert f"over the limit of {units + 1} (GDC_MAX_UNITS)" in report.skipped[0].reason
    assert report.unchanged and not report.removed  # what was indexed before stays


def test_intake_progress_is_plain_lines_when_stderr_is_not_a_terminal(gdc_env, private_settings):
    write_zwaag(private_settings, "kunst")
    result = gdc(gdc_env, "index")
    lines = result.stderr.splitlines()
    assert result.returncode == 0, result.stderr
    assert lines[0].startswith("embedding ") and "units" in lines[0]
    assert any(line.startswith("embedding: ") for line in lines) and lines[-1].startswith("embedded ")
    assert "\r" not in result.stderr  # no terminal bar redrawn into a log


# --- 2. Tables ---------------------------------------------------------------------------------------------------

def test_tables_copy_beside_the_original_is_refused_naming_both_and_sums_stay(gdc_env, private_settings):
    tables = private_settings.knowledge_dir / "tables"
    shutil.copy(tables / "subsidies_2017.csv", tables / "subsidies_2017 (kopie).csv")
    result = gdc(gdc_env, "index", "-q")
    assert result.returncode == 1 and no_traceback(result)
    assert ("skipped tables/subsidies_2017 (kopie).csv: repeats 23 rows of tables/subsidies_2017.csv"
            in result.stderr)
    answer = json.loads(gdc(gdc_env, "ask", "--json", "How much went to education projects in 2017?").stdout)
    assert "€242,070" in answer["answer"]  # not doubled
    status = gdc(gdc_env, "status").stdout
    assert "tables/subsidies_2017.csv  23 rows (projects), 2017, total €" in status
    assert "tables/subsidies_2017_totals.csv  2 rows (stated_totals), 2017" in status


# --- 3. Batch and input ------------------------------------------------------------------------------------------

GOOD_FIRST, GOOD_LAST = b"Hoeveel kreeg PyGrunn?", b"What is the slogan of the Digital Office Groningen?"
BAD_LINES: dict[str, tuple[bytes, str | None]] = {  # line → the error it gets (None: answered, the bytes replaced)
    "lone surrogate": (b'{"question": "\\ud800 Hoeveel?"}', "invalid character (U+D800)"),
    "invalid UTF-8": (b"Hoeveel kreeg \xff\xfe\xed\xa0\x80 PyGrunn?", None),
    "[ x 100,000": (b"[" * 100_000, "longer than 65536 bytes"),
    "JSON nested 30,000 deep": (b'{"question": "x", "history": ' + b"[" * 30_000 + b"}", "nested too deeply"),
    "5,000-digit number": (b"9" * 5_000, "the limit is 2000"),
    "5,000-digit number in JSON": (b'{"question": "x", "history": ' + b"9" * 5_000 + b"}", "too many digits"),
    "empty line": (b"", "empty line"),
}


def test_batch_bad_lines_between_good_ones_each_get_an_answer_or_error_in_order(gdc_env):
    names = list(BAD_LINES)
    lines = [GOOD_FIRST, *(BAD_LINES[n][0] for n in names), GOOD_LAST]
    result = gdc(gdc_env, "ask", "--json", "-", stdin=b"\n".join(lines) + b"\n")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1 and no_traceback(result), result.stderr  # 1: some lines got an error
    assert len(out) == len(lines)
    assert out[0]["answered"] and "€ 1.500" in out[0]["answer"]
    assert out[-1]["answered"] and "Everyone has a right to a digital future" in out[-1]["answer"]
    for name, got in zip(names, out[1:-1], strict=True):
        expected = BAD_LINES[name][1]
        if expected is None:
            assert "answer" in got and "\ufffd" in got["question"], name
        else:
            assert expected in got.get("error", ""), (name, got)


def test_batch_of_good_lines_exits_0(gdc_env):
    result = gdc(gdc_env, "ask", "--json", "-", stdin=GOOD_FIRST + b"\n" + GOOD_LAST + b"\n")
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize("argument", [b"\xed\xa0\x80", b"Hoeveel \xff kreeg PyGrunn?", "\ue000 privé".encode()],
                         ids=["surrogate", "invalid-utf8", "private-use"])
def test_input_argument_that_is_not_text_exits_2_with_a_message(gdc_env, argument):
    result = gdc(gdc_env, "ask", argument)
    assert result.returncode == 2 and "invalid character" in result.stderr and no_traceback(result)


# --- 4. Index integrity ------------------------------------------------------------------------------------------

def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garble(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * (path.stat().st_size // 256 + 1))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated manifest": lambda build: _truncate(build / "manifest.json"),
    "truncated chunks file": lambda build: _truncate(build / "chunks.jsonl"),
    "missing tables.sqlite": lambda build: (build / "tables.sqlite").unlink(),
    "missing sentence_vectors.npy": lambda build: (build / "sentence_vectors.npy").unlink(),
    "garbage in the lexical postings": lambda build: _garble(build / "lexical" / "words.docs.npy"),
    "CURRENT leads out of builds/": lambda build: (build.parent.parent / "CURRENT").write_text("../../../etc"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_integrity_damaged_index_says_rebuild_instead_of_a_traceback(gdc_env, private_settings, damage):
    DAMAGE[damage](current_build(private_settings.index_dir))
    with pytest.raises(IndexDamaged, match="damaged"):
        BuiltIndex(private_settings)
    for args in (("ask", "Hoeveel kreeg PyGrunn?"), ("status",)):
        result = gdc(gdc_env, *args)
        assert result.returncode == 2 and no_traceback(result), (args, result.stderr)
        assert "is damaged" in result.stderr and "run `gdc index --rebuild`" in result.stderr


def test_integrity_gdc_index_rebuilds_a_damaged_index(gdc_env, private_settings):
    DAMAGE["truncated chunks file"](current_build(private_settings.index_dir))
    env = {**gdc_env, "GDC_EMBEDDER": "hash"}  # the rebuild re-embeds everything: hash vectors keep it fast
    result = gdc(env, "index", "-q")
    assert result.returncode == 0 and "rebuilt it from the knowledge dir" in result.stderr, result.stderr
    answer = json.loads(gdc(env, "ask", "--json", "Hoeveel kreeg PyGrunn?").stdout)
    assert answer["answered"] and "€ 1.500" in answer["answer"]


@pytest.mark.parametrize("args", [("status",), ("index", "-q"), ("ask", "Hoeveel kreeg PyGrunn?")])
def test_integrity_index_dir_that_is_a_file_is_a_usage_error(gdc_env, tmp_path, args):
    file = tmp_path / "not-a-dir"
    file.write_text("x")
    result = gdc({**gdc_env, "GDC_INDEX_DIR": str(file)}, *args)
    assert result.returncode == 2 and "is a file, not a directory" in result.stderr and no_traceback(result)


@pytest.mark.parametrize(("url", "command"), [("http://127.0.0.1:99999", "status"), ("http://[::1", "status"),
                                              ("http://:8000", "status"), ("chroma.local:8000", "status"),
                                              ("http://127.0.0.1:99999", "ask")])
def test_integrity_malformed_chroma_url_is_a_usage_error(gdc_env, url, command):
    args = ("ask", "Hoeveel kreeg PyGrunn?") if command == "ask" else (command,)
    result = gdc({**gdc_env, "GDC_CHROMA_URL": url}, *args)
    assert result.returncode == 2 and "GDC_CHROMA_URL" in result.stderr and no_traceback(result), result.stderr


def test_integrity_auto_index_waits_for_a_build_in_progress(gdc_env, tmp_path):
    env = {**gdc_env, "GDC_INDEX_DIR": str(tmp_path / "fresh"), "GDC_EMBEDDER": "hash"}
    with index_lock(tmp_path / "fresh"):  # another `gdc index` is building
        proc = subprocess.Popen([*GDC, "ask", "--auto-index", "--json", "Hoeveel kreeg PyGrunn?"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert proc.poll() is None, proc.communicate()  # waiting, not failed with IndexBusy
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and "waiting for it" in err and "Traceback" not in err
    assert json.loads(out)["answered"]


def test_integrity_second_concurrent_gdc_index_is_refused_with_a_message(gdc_env, private_settings):
    with index_lock(private_settings.index_dir):
        result = gdc(gdc_env, "index", "-q")
    assert result.returncode == 2 and "another `gdc index` is building" in result.stderr and no_traceback(result)


def test_integrity_orphaned_build_folders_are_removed_at_the_next_build(gdc_env, private_settings):
    orphan = private_settings.index_dir / "builds" / "20200101T000000-abcdef"
    (orphan / "texts").mkdir(parents=True)  # what a SIGKILLed build leaves
    result = gdc(gdc_env, "index", "-q")
    assert result.returncode == 0 and "up to date" in result.stdout and "unfinished build" in result.stderr
    assert not orphan.exists()


# --- 5. Readers never write --------------------------------------------------------------------------------------

QUESTIONS = ["Hoeveel kreeg PyGrunn?", "How much went to education projects in 2017?", "Wie ondertekende de brief?",
             "What is the Digital Office?", "Welke blockchainprojecten zijn gesubsidieerd?", "Wat kostte alles samen?",
             "Which project got the most money?", "Hoeveel projecten zijn er in het thema Onderwijs?",
             "Wat zijn de plannen voor 2018?", "What is the slogan of the Digital Office Groningen?",
             "Wie was de aanvrager van PyGrunn?", "How many projects did the Hanzehogeschool apply for?",
             "Wat is de hoofdstad van Frankrijk?", "What did the city spend in 2019?", "Wat is Groningen Digital City?",
             "Average contribution per project?", "Welke partners had het GDBC?", "When was the letter sent?",
             "Hoeveel kreeg Like-programma?", "What is the multiplier of the programme?"]


def test_readers_never_write_twenty_questions_leave_the_live_build_byte_identical(private_settings):
    build = current_build(private_settings.index_dir)
    before = tree_digest(build)
    assert any(name.startswith("chroma/") for name in before)  # Chroma's own files are checked too
    live = LiveAssistant(private_settings)
    answers = [live.ask(q) for q in QUESTIONS]
    assert len(QUESTIONS) == 20 and sum(a.answered for a in answers) >= 15
    assert tree_digest(build) == before


def test_readers_dense_search_ranks_as_chroma_does(private_settings):
    index = BuiltIndex(private_settings)
    for question in QUESTIONS[:5]:
        vector = index.embedder.embed_query(question)
        exact = index.dense_search(vector, 10)
        chroma = index.vectorstore.similarity_search_by_vector_with_relevance_scores(vector, k=10)
        assert [cid for cid, _ in exact] == [doc.id for doc, _ in chroma]
        assert np.allclose([s for _, s in exact], [1 - d for _, d in chroma], atol=1e-5)


# --- 6. Hot reload -----------------------------------------------------------------------------------------------

def test_hot_reload_chat_started_before_two_rebuilds_answers_from_the_newest(gdc_env, private_settings):
    from ui.runtime import Runtime

    runtime = Runtime(private_settings, build_assistant(private_settings))  # as `gdc chat` holds it
    first = runtime.assistant.index.build_id
    answers = []
    for art in ("kunst", "muziek"):
        write_zwaag(private_settings, art)
        assert gdc(gdc_env, "index", "-q").returncode == 0  # another process publishes
        answer, index = runtime.ask(ZWAAG_QUESTION, [])
        answers.append(answer)
        assert index.build_id == current_build(private_settings.index_dir).name != first
    assert "kunst" in answers[0].text and "muziek" in answers[1].text and "kunst" not in answers[1].text
    assert all(any(c.source == "documents/zwaag.md" for c in a.citations) for a in answers)


def test_hot_reload_concurrent_questions_during_a_rebuild_all_answer(gdc_env, private_settings):
    live = LiveAssistant(private_settings)
    results: list[bool] = []

    def client() -> None:
        for question in QUESTIONS[:4]:
            results.append(live.ask(question).text != "")

    write_zwaag(private_settings, "kunst")
    builder = subprocess.Popen([*GDC, "index", "-q"], env=gdc_env)
    threads = [threading.Thread(target=client) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert builder.wait(timeout=300) == 0
    assert results == [True] * 12
    assert "kunst" in live.ask(ZWAAG_QUESTION).text


def test_hot_reload_build_held_by_a_live_reader_is_kept_and_a_dead_readers_lease_ignored(private_settings):
    index_dir = private_settings.index_dir
    first = current_build(index_dir).name
    lease = Lease(index_dir)
    lease.hold({first})
    dead = subprocess.Popen(["true"])
    dead.wait()
    (index_dir / "leases" / f"{dead.pid}-dead.json").write_text(json.dumps({"pid": dead.pid, "builds": [first]}))
    for art in ("kunst", "muziek", "dans"):
        write_zwaag(private_settings, art)
        build_index(private_settings, progress=False)
    assert (index_dir / "builds" / first).is_dir()  # three builds later: still held
    assert leased_builds(index_dir) == {first} and not (index_dir / "leases" / f"{dead.pid}-dead.json").exists()
    lease.release()
    write_zwaag(private_settings, "film")
    build_index(private_settings, progress=False)
    assert not (index_dir / "builds" / first).exists()
    assert len(list((index_dir / "builds").iterdir())) == 2  # the live build and the one before it


# --- 7. Server mode ----------------------------------------------------------------------------------------------

def _server_count(url: str, collection: str) -> int:
    import chromadb

    client = chromadb.HttpClient(host="127.0.0.1", port=int(url.rsplit(":", 1)[1]))
    return client.get_collection(collection).count()


@pytest.mark.server
def test_server_assistant_started_before_two_rebuilds_answers_from_the_newest(chroma, gdc_env, private_settings):
    settings = dataclasses.replace(private_settings, chroma_url=chroma.url)
    build_index(settings, progress=False)  # to server mode: the vectors are reused, the collection uploaded
    live = LiveAssistant(settings)
    assert live.server == "ok"
    env = {**gdc_env, "GDC_CHROMA_URL": chroma.url}
    for art in ("kunst", "muziek"):
        write_zwaag(settings, art)
        assert gdc(env, "index", "-q").returncode == 0
        answer = live.ask(ZWAAG_QUESTION)
        assert art in answer.text and any(c.source == "documents/zwaag.md" for c in answer.citations)
    index = live.current().index
    assert index.build_id == current_build(settings.index_dir).name
    assert _server_count(chroma.url, index.manifest["chroma"]["collection"]) == len(index.chunks)


@pytest.mark.server
def test_server_killed_answers_from_the_build_with_a_notice(chroma, gdc_env, private_settings):
    settings = dataclasses.replace(private_settings, chroma_url=chroma.url)
    build_index(settings, progress=False)
    live = LiveAssistant(settings, server_check_seconds=0)
    chroma.kill()
    table = live.ask("Hoeveel kreeg PyGrunn?")
    assert table.answered and "€ 1.500" in table.text and "Chroma-server is nu niet bereikbaar" in table.text
    prose = live.ask("What is the slogan of the Digital Office Groningen?")
    assert prose.answered and "Everyone has a right to a digital future" in prose.text
    assert "The Chroma server cannot be reached" in prose.text
    env = {**gdc_env, "GDC_CHROMA_URL": chroma.url}
    one_shot = gdc(env, "ask", "--json", "Hoeveel kreeg PyGrunn?")
    assert one_shot.returncode == 0 and "niet bereikbaar" in json.loads(one_shot.stdout)["answer"]
    index = gdc(env, "index", "-q")
    assert index.returncode == 2 and "cannot be reached" in index.stderr and no_traceback(index)


@pytest.mark.server
def test_server_that_lost_its_data_gets_the_builds_vectors_again(chroma, gdc_env, private_settings, tmp_path):
    settings = dataclasses.replace(private_settings, chroma_url=chroma.url)
    build_index(settings, progress=False)
    collection = BuiltIndex(settings).manifest["chroma"]["collection"]
    env = {**gdc_env, "GDC_CHROMA_URL": chroma.url}
    for attempt in ("index", "startup"):
        chroma.kill()
        chroma.path = tmp_path / f"empty-{attempt}"  # the same port, no data: a server restarted without its volume
        chroma.start()
        if attempt == "index":
            result = gdc(env, "index", "-q")
            assert result.returncode == 0 and "up to date" in result.stdout and "re-uploaded" in result.stdout
        else:
            assert LiveAssistant(settings).server == "uploaded"
        assert _server_count(chroma.url, collection) == len(BuiltIndex(settings).chunks)
    assert gdc(env, "index", "-q").stdout.count("re-uploaded") == 0  # now it holds them
