"""Read one knowledge file into a Document (text + blocks), or raise LoadError with a reason a person can act on.

Markdown and plain text are read here; `formats` reads HTML, PDF and DOCX. Both share `blocks`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from index import formats
from index.blocks import LoadError, decode_utf8, is_plain_heading, make_document, plain_blocks
from index.records import Block, Document, MetaValue

DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def load_document(path: Path, source: str) -> Document:
    """Read a document file; `source` is its path relative to the knowledge dir.

    >>> load_document(Path("knowledge/documents/a.md"), "documents/a.md").title  # doctest: +SKIP
    'Actieplan Groningen Digital City'
    """
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise LoadError(f"unsupported file type {suffix or '(none)'}; use one of {', '.join(DOCUMENT_SUFFIXES)}")
    data = path.read_bytes()
    if not data.strip():
        raise LoadError("empty file")
    if suffix in (".md", ".markdown", ".txt"):
        text = decode_utf8(data)
        if not text.strip():
            raise LoadError("empty file")
        return _load_markdown(text, source, path) if suffix != ".txt" else _load_plain(text, source, path)
    reader = {".html": formats.load_html, ".htm": formats.load_html, ".pdf": formats.load_pdf,
              ".docx": formats.load_docx}[suffix]
    return reader(data, source, path)



def split_front_matter(text: str) -> tuple[dict[str, MetaValue], int]:
    """Parse YAML front matter; returns (meta, offset where the body starts)."""
    if not text.startswith("---"):
        return {}, 0
    end = re.search(r"^---\s*$", text[3:], flags=re.M)
    if end is None:
        raise LoadError("front matter starts with '---' but is never closed")
    try:
        meta = yaml.safe_load(text[3 : 3 + end.start()]) or {}
    except yaml.YAMLError as exc:
        raise LoadError(f"front matter is not valid YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise LoadError("front matter must be a mapping of keys to values")
    meta = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in meta.items()}
    return meta, 3 + end.end()


@dataclass
class _Sections:
    """Heading stack; an H1 that only repeats the title is left out of section paths."""

    title: str
    stack: list[tuple[int, str]] = field(default_factory=list)

    def push(self, level: int, name: str) -> None:
        self.stack = [(lvl, n) for lvl, n in self.stack if lvl < level]
        if not (level == 1 and name.strip().lower() == self.title.strip().lower()):
            self.stack.append((level, name.strip()))

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(n for _, n in self.stack)


def _lines(text: str, start: int) -> Iterator[tuple[int, str]]:
    pos = start
    for line in text[start:].splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)


def _load_markdown(text: str, source: str, path: Path) -> Document:
    meta, body = split_front_matter(text)
    first_h1 = re.search(r"^#\s+(.+)$", text[body:], flags=re.M)
    title = str(meta.get("title") or (first_h1.group(1).strip() if first_h1 else path.stem))
    sections = _Sections(title)
    blocks: list[Block] = []
    para: list[tuple[int, str]] = []
    table: list[tuple[int, str]] = []

    def flush() -> None:
        if para:
            blocks.append(Block(start=para[0][0], end=para[-1][0] + len(para[-1][1]), section=sections.path))
            para.clear()
        if table:
            blocks.extend(_table_blocks(table, sections.path))
            table.clear()

    for pos, line in _lines(text, body):
        heading = _HEADING.match(line)
        if heading:
            flush()
            sections.push(len(heading.group(1)), heading.group(2))
        elif line.lstrip().startswith("|"):
            if para:
                flush()
            table.append((pos, line))
        elif not line.strip():
            flush()
        else:
            if table:
                flush()
            para.append((pos, line))
    flush()
    return make_document(source, title, text, blocks, meta)


def _table_blocks(lines: list[tuple[int, str]], section: tuple[str, ...]) -> list[Block]:
    """One block per data row; the header and the first column carried down give each row its context."""
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for _, line in lines]
    has_header = len(lines) > 1 and _TABLE_SEPARATOR.match(lines[1][1].strip()) is not None
    header = cells[0] if has_header else []
    rows = list(zip(lines, cells, strict=True))[2 if has_header else 0 :]
    carried = ""
    blocks = []
    for (pos, line), row in rows:
        if row and row[0]:
            carried = row[0]
        context = " | ".join(header)
        if header and carried:
            context += f"\n{header[0]}: {carried}"
        if header and not any(row[1:3]) and any(row):
            context += "\nTotaal / total"
        start = pos + (len(line) - len(line.lstrip()))
        blocks.append(Block(start=start, end=pos + len(line.rstrip()), section=section, kind="row", context=context))
    return blocks



def _load_plain(text: str, source: str, path: Path) -> Document:
    first = text.strip().splitlines()[0].strip()
    title = first if is_plain_heading(first) else path.stem
    return make_document(source, title, text, plain_blocks(text, title=title))


CORPUS_FILE = "corpus.yaml"


def read_subject(knowledge_dir: Path) -> str | None:
    """The knowledge base's own subject, from `corpus.yaml` in the knowledge dir (None without one).

    >>> read_subject(Path("knowledge"))  # doctest: +SKIP
    'Groningen Digital City'
    """
    path = knowledge_dir / CORPUS_FILE
    if not path.is_file():
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LoadError(f"{path}: not readable as YAML ({type(exc).__name__})") from None
    subject = data.get("subject") if isinstance(data, dict) else None
    if subject is not None and not (isinstance(subject, str) and subject.strip()):
        raise LoadError(f"{path}: 'subject' must be a name, got {subject!r}")
    return subject.strip() if subject else None
