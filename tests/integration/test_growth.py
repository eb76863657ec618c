"""Issue 10's demonstration, as a user does it: drop a 2018 project table (with its stated total) and a third letter
into knowledge/, run `gdc index`, and ask about them by year in both languages: no code changes, real e5 model.

The files are the synthetic fixtures of tests/fixtures/growth; the index is a copy of the session's shipped one, so
`gdc index` embeds only what is new.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import GROWTH, drop_in

GDC = [sys.executable, "-m", "ui.cli"]


def gdc(env, *args, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GDC, *args], env=env, input=stdin, capture_output=True, text=True, timeout=600)


@pytest.fixture
def grown_env(private_settings, gdc_env):
    drop_in(GROWTH, private_settings.knowledge_dir)
    result = gdc(gdc_env, "index")
    assert result.returncode == 0, result.stderr
    assert "indexed 3 new, 0 changed" in result.stdout and "0 removed" in result.stdout, result.stdout
    return gdc_env


QUESTIONS = [
    # (question, language, answered, text that must be in the answer, source that must be cited)
    ("Hoeveel subsidie is er in 2018 verstrekt?", "nl", True, "**€ 145.000**", "tables/subsidies_2018.csv"),
    ("How much was contributed last year?", "en", True, "the latest year the tables cover",
     "tables/subsidies_2018.csv"),
    ("Hoeveel is er in 2017 en 2018 samen bijgedragen?", "nl", True, "€ 779.427", "tables/subsidies_2017.csv"),
    ("Was more contributed in 2018 than in 2017?", "en", True, "No.", "tables/subsidies_2018.csv"),
    ("Welke aanvragers zijn nieuw in 2018?", "nl", True, "Stichting Testlab Noord", "tables/subsidies_2018.csv"),
    ("Hoeveel deelnemers trok de Testlab Codeerweek?", "nl", True, "45 deelnemers",
     "documents/raadsbrief-2019-02-20-synthetisch.md"),
    ("What does the progress letter of 2019 say about retraining?", "en", True, "20 February 2019",
     "documents/raadsbrief-2019-02-20-synthetisch.md"),
    ("Hoeveel is er in 2019 bijgedragen?", "nl", False, "2017 en 2018", "documents/raadsbrief-2019-02-20-synthetisch.md"),
]


def test_growth_dropped_in_files_are_indexed_listed_and_asked_by_year(grown_env):
    status = gdc(grown_env, "status").stdout
    assert "documents: 3" in status and "table rows: 26" in status
    assert "Voortgang Groningen Digital City 2018 (synthetische testbrief)" in status and "2019-02-20" in status
    assert "tables/subsidies_2018.csv  3 rows (projects), 2018" in status
    assert "tables/subsidies_2018_totals.csv  1 rows (stated_totals), 2018" in status

    batch = "\n".join(q for q, *_ in QUESTIONS) + "\n"
    result = gdc(grown_env, "ask", "--json", "-", stdin=batch)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0 and len(answers) == len(QUESTIONS), result.stderr
    for (question, language, answered, text, source), answer in zip(QUESTIONS, answers, strict=True):
        assert answer["language"] == language and answer["answered"] is answered, (question, answer["answer"])
        assert text in answer["answer"], (question, answer["answer"])
        assert source in {c["source"] for c in answer["citations"]}, (question, answer["citations"])
