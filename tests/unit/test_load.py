"""Loading each supported format into text + structure, and refusing bad files with a clear reason."""

from pathlib import Path

import pytest

from index.blocks import LoadError
from index.chunk import chunk_document
from index.load import load_document
from tests.conftest import CORPUS, make_docx, make_pdf

LETTER = "documents/raadsbrief-2018-03-14-groningen-digital-city.md"
ARTICLE = "documents/actieplan-groningen-digital-city.md"


def test_load_markdown_front_matter_and_sections():
    doc = load_document(CORPUS / LETTER, LETTER)
    assert doc.title == "Groningen Digital City (raadsbrief)"
    assert doc.meta["date"] == "2018-03-14" and doc.meta["reference"] == "6806242" and doc.meta["kind"] == "council letter"
    sections = {b.section[-1] for b in doc.blocks if b.section}
    assert {"Terugblik 2017", "Financiering", "Focus 2018", "Tot slot", "Anders"} <= sections


def test_load_markdown_article_has_no_date_and_title_h1_is_not_a_section():
    doc = load_document(CORPUS / ARTICLE, ARTICLE)
    assert doc.meta["date"] is None
    assert all("Actieplan Groningen Digital City" not in b.section for b in doc.blocks)
    assert ("Hotspot",) in {b.section for b in doc.blocks}


def test_load_markdown_annex_rows_are_blocks_with_carried_theme():
    doc = load_document(CORPUS / LETTER, LETTER)
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert len(rows) == 23 + 2  # every project row plus the two total lines
    pygrunn = next(b for b in rows if "PyGrunn" in doc.text[b.start:b.end])
    assert "Thema: Kennis & innovatie" in pygrunn.context


def test_load_plain_text_takes_short_lines_as_headings(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Verslag overleg\n\nDoelen\n\nWe willen meer IT-banen.\n\nPlanning\n\nStart in mei.\n", encoding="utf-8")
    doc = load_document(path, "documents/notes.txt")
    assert doc.title == "Verslag overleg"
    assert [(b.section, doc.text[b.start:b.end]) for b in doc.blocks] == [
        (("Doelen",), "We willen meer IT-banen."), (("Planning",), "Start in mei.")]


def test_load_html_keeps_headings_and_drops_scripts(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Nieuws</title><script>alert(1)</script></head><body><h1>Nieuws</h1>"
                    "<h2>Blockchain</h2><p>De hackathon was in <b>Groningen</b>.</p><ul><li>Punt een</li></ul></body></html>")
    doc = load_document(path, "documents/page.html")
    texts = [(b.section, doc.text[b.start:b.end]) for b in doc.blocks]
    assert texts == [(("Blockchain",), "De hackathon was in Groningen."), (("Blockchain",), "Punt een")]
    assert "alert" not in doc.text


def test_load_pdf_pages_become_locators(tmp_path):
    path = make_pdf(tmp_path / "plan.pdf", ["Plan digitale stad\n\nEerste pagina over onderwijs.",
                                            "Tweede pagina over blockchain."])
    doc = load_document(path, "documents/plan.pdf")
    chunks = chunk_document(doc)
    assert {c.page for c in chunks} == {1, 2}
    assert any("blockchain" in c.text and c.page == 2 for c in chunks)


def test_load_docx_headings_and_paragraphs(tmp_path):
    path = make_docx(tmp_path / "memo.docx", "Memo DOG", {"Achtergrond": ["Het DOG is tijdelijk."], "Vervolg": ["Besluit in 2019."]})
    doc = load_document(path, "documents/memo.docx")
    assert doc.title == "Memo DOG"
    assert [(b.section, doc.text[b.start:b.end]) for b in doc.blocks] == [
        (("Achtergrond",), "Het DOG is tijdelijk."), (("Vervolg",), "Besluit in 2019.")]


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
    ("latin1.txt", "caf\xe9 in Groningen".encode("latin-1"), "not UTF-8"),
    ("empty.md", b"", "empty file"),
    ("blank.md", b"   \n\n", "empty file"),
    ("slides.pptx", b"PK\x03\x04", "unsupported file type .pptx"),
    ("broken.docx", b"not a zip at all", "not a readable DOCX"),
    ("bad-front.md", b"---\ntitle: [unclosed\n---\ntext\n", "front matter is not valid YAML"),
])
def test_load_bad_file_raises_clear_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=reason):
        load_document(path, f"documents/{name}")


def test_load_chunks_point_at_their_exact_source_text():
    doc = load_document(CORPUS / LETTER, LETTER)
    text = (CORPUS / LETTER).read_text(encoding="utf-8")
    for chunk in chunk_document(doc):
        assert text[chunk.start:chunk.end] == chunk.text


def test_load_chunk_ids_are_stable_and_unique():
    doc = load_document(CORPUS / LETTER, LETTER)
    first, second = chunk_document(doc), chunk_document(load_document(Path(CORPUS / LETTER), LETTER))
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first)
