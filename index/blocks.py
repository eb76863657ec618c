"""Plain-text structure shared by every reader: paragraphs, lone-line headings, the Document they make.

`load` (Markdown, text) and `formats` (HTML, PDF, DOCX) both build on this; neither imports the other's readers.
"""

from __future__ import annotations

import re

from index.records import Block, Document, MetaValue


class LoadError(Exception):
    """The file cannot be used; the message says why (shown next to the file name)."""


def decode_utf8(data: bytes) -> str:
    """Text of UTF-8 bytes (a BOM is dropped), or LoadError naming the first bad byte.

    >>> decode_utf8("Café".encode())
    'Café'
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None


def is_plain_heading(paragraph: str) -> bool:
    """A lone short line without closing punctuation reads as a heading in text exported from web pages or PDFs.

    >>> is_plain_heading("Financiering"), is_plain_heading("Dit is een zin.")
    (True, False)
    """
    line = paragraph.strip()
    return "\n" not in line and 0 < len(line) <= 60 and line[-1] not in ".:;,?!)\"'" and not line[0].isdigit()


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each blank-line-separated paragraph, whitespace trimmed.

    >>> paragraph_spans("een\\n\\n twee ")
    [(0, 3), (6, 10)]
    """
    spans = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*\Z)", text[start:], flags=re.S):
        spans.append((start + match.start(), start + match.end()))
    return spans


def plain_blocks(text: str, start: int = 0, page: int | None = None, title: str = "") -> list[Block]:
    """Blocks of plain text: paragraphs, with lone short lines taken as the headings of what follows."""
    spans = paragraph_spans(text, start)
    blocks = []
    section: tuple[str, ...] = ()
    for i, (s, e) in enumerate(spans):
        para = text[s:e]
        if is_plain_heading(para) and i + 1 < len(spans):
            section = () if para.strip() == title.strip() else (para.strip(),)
            continue
        blocks.append(Block(start=s, end=e, section=section, page=page))
    return blocks


def make_document(source: str, title: str, text: str, blocks: list[Block],
                  meta: dict[str, MetaValue] | None = None) -> Document:
    """The Document, or LoadError when the reader found no text at all."""
    if not blocks:
        raise LoadError("no text found in the file")
    return Document(source=source, title=title, text=text, blocks=tuple(blocks), meta=meta or {})
