"""The scale benchmark's distractor documents look like the shipped ones but never state a shipped fact."""

from __future__ import annotations

import re

from bench.distractors import SHIPPED_DOCUMENTS, distractors, shipped_names, write_corpus
from index.chunk import chunk_document
from index.load import load_document
from tests.conftest import CORPUS

COPIES = 12


def test_distractors_never_state_a_shipped_name_or_figure():
    names = shipped_names()
    for copy in distractors(COPIES):
        found = {n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", copy.text)}
        assert not found, (copy.path, sorted(found))


def test_distractors_keep_the_shipped_structure_and_are_reproducible(tmp_path):
    shipped = {p.name: chunk_document(load_document(p, p.name)) for p in SHIPPED_DOCUMENTS.glob("*.md")}
    copies = distractors(2)
    assert copies == distractors(2) and len({c.text for c in copies}) == len(copies)
    for copy in copies:
        path = tmp_path / copy.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(copy.text, encoding="utf-8")
        doc = load_document(path, copy.path)
        template = next(chunks for name, chunks in shipped.items() if name.split("-")[0] == copy.path.split("/")[-1].split("-")[0])
        assert doc.title and "Groningen" not in doc.title
        assert abs(len(chunk_document(doc)) - len(template)) <= 2  # the same sections and table rows
    assert write_corpus(tmp_path / "knowledge", 1) == 2
    assert (tmp_path / "knowledge" / "tables" / "subsidies_2017.csv").read_bytes() == (
        CORPUS / "tables" / "subsidies_2017.csv").read_bytes()
