"""Readers for binary or markup formats (HTML, PDF, DOCX); each builds a Document from extracted text.

Unlike `load`, which keeps Markdown and text files byte for byte, these write the extracted text out (the build
stores it), so that offsets still point into the text the answer quotes.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from index.blocks import LoadError, make_document, plain_blocks
from index.records import Block, BlockKind, Document


class _TextBuilder:
    """Concatenates extracted blocks into one text and remembers each block's offsets and section."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.size = 0
        self.section: list[tuple[int, str]] = []

    def heading(self, level: int, name: str) -> None:
        name = " ".join(name.split())
        if name:
            self.section = [(lvl, n) for lvl, n in self.section if lvl < level] + [(level, name)]
            self._append(name)

    def add(self, text: str, kind: BlockKind = "text", context: str = "") -> None:
        text = " ".join(text.split()) if kind == "row" else "\n".join(" ".join(ln.split()) for ln in text.splitlines())
        text = text.strip()
        if text:
            start = self._append(text)
            path = tuple(n for _, n in self.section)
            self.blocks.append(Block(start=start, end=start + len(text), section=path, kind=kind, context=context))

    def _append(self, text: str) -> int:
        if self.parts:
            self.parts.append("\n\n")
            self.size += 2
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return start

    @property
    def text(self) -> str:
        return "".join(self.parts)


def load_html(data: bytes, source: str, path: Path) -> Document:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "footer", "form", "template"]):
        tag.decompose()
    title_tag = soup.find("title") or soup.find("h1")
    title = " ".join(title_tag.get_text(" ").split()) if title_tag else path.stem
    out = _TextBuilder()
    body = soup.body or soup
    for el in body.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "pre", "blockquote", "dd", "dt"]):
        if el.find_parent(["p", "li", "pre", "blockquote", "tr"]) is not None:
            continue  # nested inside a block already taken whole
        if el.name[0] == "h" and el.name[1:].isdigit():
            level = int(el.name[1:])
            if not (level == 1 and " ".join(el.get_text(" ").split()) == title):
                out.heading(level, el.get_text(" "))
        elif el.name == "tr":
            out.add(" | ".join(c.get_text(" ").strip() for c in el.find_all(["td", "th"])), kind="row")
        else:
            out.add(el.get_text())  # inline tags (<b>, <a>) sit inside words and sentences: no separator
    if not out.blocks:  # markup without block elements: fall back to its bare text
        text = soup.get_text("\n")
        return make_document(source, title, text, plain_blocks(text, title=title))
    return make_document(source, title, out.text, out.blocks)


def load_pdf(data: bytes, source: str, path: Path) -> Document:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported once, as a skip reason
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LoadError("PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except LoadError:
        raise
    except Exception as exc:  # pypdf raises many internal types (PdfReadError, KeyError, ...) on damaged files
        raise LoadError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if not any(p.strip() for p in pages):
        raise LoadError("PDF has no extractable text (a scan without OCR?)")
    meta_title = (reader.metadata.title if reader.metadata else None) or ""
    text, blocks = "", []
    for number, page in enumerate(pages, start=1):
        if text:
            text += "\n\n"
        start = len(text)
        # PDF extractors give one line per visual line; paragraphs are runs separated by empty lines.
        text += re.sub(r"[ \t]+\n", "\n", page).strip()
        blocks.extend(plain_blocks(text, start, page=number, title=meta_title))
    first = text.strip().splitlines()[0].strip()
    title = meta_title.strip() or (first if len(first) <= 80 else path.stem)
    return make_document(source, title, text, blocks)


def load_docx(data: bytes, source: str, path: Path) -> Document:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, KeyError, lxml and package errors of python-docx's own
        raise LoadError(f"not a readable DOCX ({type(exc).__name__}: {exc})") from None
    title = (doc.core_properties.title or "").strip()
    out = _TextBuilder()
    for item in doc.iter_inner_content():
        if isinstance(item, Paragraph):
            style = (item.style.name if item.style is not None else "") or ""
            level = re.match(r"(?:Heading|Kop)\s*(\d)", style)
            if style == "Title":
                title = title or item.text.strip()
            elif level:
                title = title or item.text.strip()
                out.heading(int(level.group(1)), item.text)
            else:
                out.add(item.text)
        elif isinstance(item, Table):
            rows = [[c.text.strip() for c in row.cells] for row in item.rows]
            header = " | ".join(rows[0]) if rows else ""
            for row in rows[1:]:
                out.add(" | ".join(row), kind="row", context=header)
    return make_document(source, title or path.stem, out.text, out.blocks)
