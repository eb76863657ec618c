"""Feedback lines are appended, never rewritten: parent dir created, earlier (even cut-off) lines kept."""

from __future__ import annotations

import json
import threading

from ui.feedback import append_feedback, feedback_record, read_feedback

ANSWER = {"question": "Hoeveel kreeg PyGrunn?", "language": "nl", "answered": True, "answer": "€ 1.500 [1]",
          "citations": [{"n": 1, "source": "tables/subsidies_2017.csv"}], "route": "table"}


def test_feedback_record_has_the_agreed_fields():
    record = feedback_record(ANSWER, liked=False, comment="  te kort  ")
    assert {"question", "answer", "citations", "language", "answered", "rating", "comment", "time"} <= set(record)
    assert record["rating"] == "down" and record["comment"] == "te kort" and record["time"].endswith("+00:00")
    assert feedback_record(ANSWER, liked=True, feedback_id="x")["id"] == "x"


def test_append_feedback_creates_dir_and_keeps_earlier_lines(tmp_path):
    path = tmp_path / "new" / "dir" / "feedback.jsonl"
    first, second = feedback_record(ANSWER, True), feedback_record(ANSWER, False, "mist bron")
    append_feedback(path, first)
    append_feedback(path, second)
    assert read_feedback(path) == [first, second]


def test_append_feedback_keeps_a_cut_off_last_line(tmp_path):
    path = tmp_path / "feedback.jsonl"
    path.write_text('{"rating": "up"}\n{"rating": "do', encoding="utf-8")
    append_feedback(path, feedback_record(ANSWER, True))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ['{"rating": "up"}', '{"rating": "do'] and json.loads(lines[2])["rating"] == "up"


def test_append_feedback_from_threads_loses_no_line(tmp_path):
    path = tmp_path / "feedback.jsonl"
    threads = [threading.Thread(target=lambda i=i: [append_feedback(path, feedback_record(ANSWER, True, f"{i}-{j}"))
                                                    for j in range(10)]) for i in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r["comment"] for r in read_feedback(path)) == sorted(f"{i}-{j}" for i in range(5) for j in range(10))
