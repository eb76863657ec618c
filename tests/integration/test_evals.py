"""The evaluation suite as CI runs it: the full question set through the real assistant, and a gate that bites."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from evals.cases import Case, figure_match, load_cases, name_recall
from evals.run import assistant_responder, load_recorded, run
from evals.score import gate, summarize


@pytest.fixture(scope="module")
def cases():
    return load_cases()


@pytest.fixture(scope="module")
def results(assistant, cases):
    return run(cases, assistant_responder(assistant))


def test_evals_question_set_is_big_enough_and_bilingual(cases):
    assert len(cases) >= 80
    assert sum(c.language == "en" for c in cases) / len(cases) >= 0.4
    assert {c.category for c in cases} == {"single_figure", "list", "aggregate", "extreme", "letter_prose", "web_article",
                                           "cross_lingual", "follow_up", "unanswerable"}


@pytest.mark.slow
def test_evals_full_suite_passes_the_gate(cases, results):
    """CI's gate: no figure wrong, no refusal answered, accuracy within 2 points of the recorded score.

    Reads the recorded score and never writes it: only `gdc eval --record` updates evals/reports/.
    """
    failures = gate(results, load_recorded())
    assert not failures, "\n".join(failures)
    assert summarize(results)["language_match"] == 1.0


def _breaking(respond, case_id, old, new):
    def wrapped(case):
        out = respond(case)
        if case.id == case_id:
            out = {**out, "answer": out["answer"].replace(old, new)}
        return out
    return wrapped


def test_evals_gate_fails_when_a_figure_is_broken_on_purpose(assistant, cases):
    chosen = [c for c in cases if c.id in ("tab-001", "tab-026", "ref-001")]
    respond = _breaking(assistant_responder(assistant), "tab-001", "1.500", "1.600")
    failures = gate(run(chosen, respond), None)
    assert len(failures) == 1 and failures[0].startswith("tab-001: figure wrong")


def test_evals_gate_fails_when_a_refusal_is_answered(assistant, cases):
    chosen = [c for c in cases if c.refuse][:2]

    def respond(case):
        return {"answer": "Het was € 1.000.000.", "answered": True, "language": case.language, "citations": [],
                "route": "documents", "hits": []}

    failures = gate(run(chosen, respond), None)
    assert len(failures) == 2 and all("should be refused" in f for f in failures)


def test_evals_gate_fails_when_accuracy_drops_below_the_record(results):
    recorded = {"accuracy": summarize(results)["accuracy"] + 0.03}
    assert any("below the recorded" in f for f in gate(results, recorded))
    assert not any("below the recorded" in f for f in gate(results, {"accuracy": recorded["accuracy"] - 0.02}))


@pytest.mark.parametrize(("answer", "figures", "ok"), [
    ("Samen € 242.070", [242070], True), ("Together €242,070", [242070], True), ("€ 12.500,00", [12500], True),
    ("ruim 6,5 miljoen euro", [6500000], True), ("€ 1.500 en € 17.500", [1500, 17500], True),
    ("€ 1.600", [1500], False), ("€ 242.07", [242070], False),
])
def test_evals_figure_match_reads_both_notations(answer, figures, ok):
    case = Case(id="x", language="nl", category="single_figure", question="q", figures=tuple(figures))
    assert figure_match(case, answer) is ok


def test_evals_name_recall_counts_any_group_once():
    case = Case(id="x", language="en", category="list", question="q", names_all=("PyGrunn", "Web 11"),
                names_any=("WEB11", "Web11"))
    assert name_recall(case, "PyGrunn and WEB11") == pytest.approx(2 / 3)


def test_evals_command_runs_a_users_own_set_end_to_end(shared_settings, tmp_path):
    own = tmp_path / "mine.jsonl"
    own.write_text("\n".join(json.dumps(c) for c in [
        {"id": "m1", "language": "en", "category": "single_figure", "question": "How much did Django Girls get?",
         "figures": [383], "evidence": [{"source": "tables/subsidies_2017.csv", "locator": "B1-09", "text": "Django Girls"}]},
        {"id": "m2", "language": "nl", "category": "unanswerable", "question": "Hoeveel kreeg Philips?", "refuse": True},
    ]) + "\n", encoding="utf-8")
    env = {**os.environ, "GDC_KNOWLEDGE_DIR": str(shared_settings.knowledge_dir), "GDC_INDEX_DIR": str(shared_settings.index_dir)}
    result = subprocess.run([sys.executable, "-m", "ui.cli", "eval", "--questions", str(own), "--report-dir",
                             str(tmp_path / "reports")], env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "LangChain RAG" in result.stdout and "gdc assistant" in result.stdout
    report = (tmp_path / "reports" / "mine.md").read_text()
    assert "BM25 only" in report and "dense only" in report and "LangChain RAG" in report
    assert (tmp_path / "reports" / "mine.png").stat().st_size > 10_000
    rows = [json.loads(line) for line in (tmp_path / "reports" / "mine.jsonl").read_text().splitlines()]
    assert {r["system"] for r in rows} >= {"gdc"} and len(rows) == 8
    assert all(r["correct"] for r in rows if r["system"] == "gdc")


@pytest.mark.slow
def test_evals_command_reports_every_set_and_the_paraphrase_share(shared_settings, tmp_path):
    """`gdc eval` without --questions: the tuned, held-out and both blind sets side by side, and the paraphrase share."""
    env = {**os.environ, "GDC_KNOWLEDGE_DIR": str(shared_settings.knowledge_dir), "GDC_INDEX_DIR": str(shared_settings.index_dir)}
    reports = tmp_path / "reports"
    result = subprocess.run([sys.executable, "-m", "ui.cli", "eval", "--no-baselines", "--variants", "40",
                             "--report-dir", str(reports)], env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    table = result.stdout.split("\nset ", 1)[1]
    assert all(re.search(rf"^{name}\s+\d+\s+[01]\.\d{{3}}", table, flags=re.M)
               for name in ("tuned", "heldout", "blind", "blind2"))
    assert re.search(r"paraphrase invariance: [01]\.\d{3} of 40 ", result.stdout)
    summary = (reports / "summary.md").read_text()
    assert "blind" in summary and "paraphrase invariance" in summary
    assert {p.name for p in reports.glob("*.md")} == {"latest.md", "heldout.md", "blind.md", "blind2.md", "summary.md"}


def test_evals_bad_question_file_is_a_clear_error(shared_settings, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "language": "fr", "category": "list", "question": "q"}\n')
    env = {**os.environ, "GDC_INDEX_DIR": str(shared_settings.index_dir)}
    result = subprocess.run([sys.executable, "-m", "ui.cli", "eval", "--questions", str(bad)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "language must be nl or en" in result.stderr
