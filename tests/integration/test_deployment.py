"""The deployment of docs/deployment.md: one `chroma run`, one index built against it, two `gdc chat` worker
processes reading that index and answering concurrent API clients; a re-index reaches both workers."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.load import ask_api, workers
from tests.integration.test_reliability import ZWAAG_QUESTION, write_zwaag

GDC = [sys.executable, "-m", "ui.cli"]
EXPECTED = {"Hoeveel kreeg PyGrunn?": "€ 1.500", "What is the slogan of the Digital Office Groningen?": "right to a",
            "Wie hebben de brief ondertekend?": "Peter Teesink", "How much went to education projects in 2017?": "242,070"}

pytestmark = pytest.mark.server


def test_two_chat_workers_share_one_server_index_and_answer_concurrently(chroma, gdc_env, private_settings, tmp_path):
    env = {**gdc_env, "GDC_CHROMA_URL": chroma.url, "GDC_FEEDBACK_FILE": str(tmp_path / "feedback.jsonl")}
    assert subprocess.run([*GDC, "index", "-q"], env=env, timeout=600).returncode == 0  # fills the server's collection
    with workers(2, env, tmp_path) as running:
        ports = [port for port, _ in running]
        asked = [(ports[n % 2], question) for n, question in enumerate(list(EXPECTED) * 4)]
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(lambda item: (item[1], ask_api(item[0], item[1], [])), asked))
        for question, answer in answers:
            assert EXPECTED[question] in answer, (question, answer)
        assert len({answer for _, answer in answers}) == len(EXPECTED)  # each question the same on both workers

        write_zwaag(private_settings, "kunst")
        assert subprocess.run([*GDC, "index", "-q"], env=env, timeout=600).returncode == 0
        for port in ports:  # each worker switches to the new build before its next question
            assert "kunst" in ask_api(port, ZWAAG_QUESTION, [])
