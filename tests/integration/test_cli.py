"""The `gdc` command as a user meets it: status, ask (text, JSON, batch) and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

GDC = [sys.executable, "-m", "ui.cli"]


def run(env, *args, stdin: str | None = None):
    return subprocess.run([*GDC, *args], env=env, input=stdin, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def env(shared_settings):
    import os

    return {**os.environ, "GDC_KNOWLEDGE_DIR": str(shared_settings.knowledge_dir),
            "GDC_INDEX_DIR": str(shared_settings.index_dir)}


def test_cli_status_shows_documents_rows_embedder_and_build(env):
    out = run(env, "status").stdout
    assert "documents: 2" in out and "41 chunks" in out and "table rows: 23" in out
    assert "embedder:  e5" in out and "built at:" in out and env["GDC_INDEX_DIR"] in out


def test_cli_ask_prints_answer_with_sources(env):
    result = run(env, "ask", "Welke blockchainprojecten zijn gesubsidieerd?")
    assert result.returncode == 0
    assert "Blockchain Hackathon Innovatie programma" in result.stdout and "Bronnen:" in result.stdout
    assert "tables/subsidies_2017.csv" in result.stdout


def test_cli_ask_json_contract(env):
    answer = json.loads(run(env, "ask", "--json", "How much went to education projects in 2017?").stdout)
    assert set(answer) == {"question", "language", "answered", "answer", "citations", "route"}
    assert answer["language"] == "en" and answer["answered"] and "€242,070" in answer["answer"]
    assert answer["route"] in ("table", "table+documents")
    assert set(answer["citations"][0]) == {"n", "source", "title", "locator", "quote"}


def test_cli_ask_batch_keeps_order_and_reports_bad_lines(env):
    lines = ["Hoeveel kreeg PyGrunn?",
             json.dumps({"question": "En wie was de aanvrager?", "history": [
                 {"role": "user", "content": "Hoeveel kreeg PyGrunn?"}]}),
             "{not json",
             json.dumps({"question": "   "}),
             json.dumps({"question": "What is the slogan?", "history": "nope"}),
             "What is the capital of France?"]
    result = run(env, "ask", "--json", "-", stdin="\n".join(lines) + "\n")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1 and len(out) == len(lines)  # 1: some lines got an error
    assert "€ 1.500" in out[0]["answer"] and "WEB11" in out[1]["answer"]
    assert "error" in out[2] and "error" in out[3] and "history" in out[4]["error"]
    assert out[5]["answered"] is False and out[5]["route"] == "none"


@pytest.mark.parametrize(("question", "message"), [
    ("   ", "the question is empty"),
    ("x" * 2001, "the limit is 2000"),
    ("Hoeveel\x07 kreeg PyGrunn?", "control character"),
])
def test_cli_ask_bad_question_exits_2_without_traceback(env, question, message):
    result = run(env, "ask", question)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_cli_ask_without_index_exits_2_or_builds_with_auto_index(tmp_path, env, shared_settings):
    missing = {**env, "GDC_INDEX_DIR": str(tmp_path / "none")}
    result = run(missing, "ask", "Hoeveel kreeg PyGrunn?")
    assert result.returncode == 2 and "--auto-index" in result.stderr
    built = run(missing, "ask", "--auto-index", "--json", "Hoeveel kreeg PyGrunn?")
    assert built.returncode == 0 and json.loads(built.stdout)["answered"]


def test_cli_bad_embedder_setting_is_a_usage_error(env):
    result = run({**env, "GDC_EMBEDDER": "word2vec"}, "status")
    assert result.returncode == 2 and "unknown embedder" in result.stderr


def test_cli_help_has_examples():
    for command in ("index", "status", "ask", "chat"):
        out = subprocess.run([*GDC, command, "--help"], capture_output=True, text=True).stdout
        assert "Example" in out, command
