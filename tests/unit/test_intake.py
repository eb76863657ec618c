"""Corpus intake, input checks and the index's read side, without a model: links, limits, bad text, exact search."""

from __future__ import annotations

import re

import numpy as np
import pytest

from assistant.engine import InputError, check_question
from index.build import scan
from index.settings import Settings, SettingsError
from index.store import nearest


@pytest.fixture
def corpus(tmp_path):
    knowledge = tmp_path / "knowledge"
    (knowledge / "documents").mkdir(parents=True)
    (knowledge / "tables").mkdir()
    (knowledge / "documents" / "brief.md").write_text("# Brief\n\nTekst.\n", encoding="utf-8")
    return knowledge


@pytest.mark.parametrize(("make", "source", "reason"), [
    (lambda k, out: (k / "documents" / "x.txt").symlink_to("/etc/passwd"), "documents/x.txt", "leads outside"),
    (lambda k, out: (k / "documents" / "map").symlink_to(out, target_is_directory=True), "documents/map", "leads outside"),
    (lambda k, out: (k / "documents" / "kapot.md").symlink_to(k / "nergens.md"), "documents/kapot.md", "broken link"),
    (lambda k, out: (k / "documents" / "kopie.md").symlink_to(k / "documents" / "brief.md"), "documents/kopie.md",
     "another path to documents/brief.md"),
    (lambda k, out: (k / "documents" / "lus").symlink_to(k / "documents", target_is_directory=True), "documents/lus",
     "already scanned"),
    (lambda k, out: (k / "documents" / "groot.md").write_bytes(b"x" * 2_000_000), "documents/groot.md",
     "over the 1 MB limit per file"),
])
def test_scan_refuses_what_must_not_be_read_and_names_it(corpus, tmp_path, make, source, reason):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "geheim.md").write_text("geheim", encoding="utf-8")
    make(corpus, outside)
    found = scan(corpus, max_mb=1)
    assert list(found.files) == ["documents/brief.md"]
    assert [(s.source, reason in s.reason) for s in found.refused] == [(source, True)]


def test_scan_follows_a_linked_folder_inside_the_knowledge_dir(corpus):
    (corpus / "archief").mkdir()
    (corpus / "archief" / "oud.md").write_text("# Oud\n\nTekst.\n", encoding="utf-8")
    (corpus / "documents" / "archief").symlink_to(corpus / "archief", target_is_directory=True)
    found = scan(corpus)
    assert list(found.files) == ["documents/archief/oud.md", "documents/brief.md"] and not found.refused


@pytest.mark.parametrize(("question", "message"), [
    ("Hoeveel\udcedkreeg?", "invalid character (U+DCED): not valid UTF-8"),
    ("\ud800", "invalid character (U+D800)"),
    ("Wat is \ue000?", "private-use character"),
    ("Hoeveel\x07?", "control character"),
])
def test_check_question_refuses_text_that_is_no_text(question, message):
    with pytest.raises(InputError, match=re.escape(message)):
        check_question(question)


@pytest.mark.parametrize(("env", "message"), [
    ({"GDC_MAX_FILE_MB": "vijf"}, "GDC_MAX_FILE_MB must be a number"),
    ({"GDC_MAX_FILE_MB": "inf"}, "GDC_MAX_FILE_MB must be a number of megabytes above 0"),
    ({"GDC_MAX_UNITS": "0"}, "GDC_MAX_UNITS must be 1 or more"),
    ({"GDC_CHROMA_URL": "http://127.0.0.1:70000"}, "Port out of range"),
    ({"GDC_CHROMA_URL": "http://:8000"}, "names no host"),
])
def test_settings_refuse_unusable_limits_and_urls(env, message):
    with pytest.raises(SettingsError, match=message):
        Settings.from_env(env)


def test_settings_limits_come_from_the_environment():
    settings = Settings.from_env({"GDC_MAX_FILE_MB": "0.5", "GDC_MAX_UNITS": "300"})
    assert (settings.max_file_mb, settings.max_units) == (0.5, 300)


def test_nearest_is_exact_cosine_best_first_with_ties_in_row_order():
    rng = np.random.default_rng(7)
    matrix = rng.standard_normal((500, 16)).astype(np.float32)
    matrix[10] = matrix[3]  # a tie: the earlier row first
    query = matrix[3] * 2
    norms = np.linalg.norm(matrix, axis=1)
    found = nearest(matrix, norms, query, 5)
    brute = sorted(range(500), key=lambda i: (-float(matrix[i] @ query / norms[i] / np.linalg.norm(query)), i))[:5]
    assert [i for i, _ in found] == brute and found[0][0] == 3 and found[1][0] == 10
    assert found[0][1] == pytest.approx(1.0) and nearest(matrix, norms, query, 0) == []
