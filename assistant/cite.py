"""Citations: numbered in order of first use, each naming file, locator and a quote that is in the file.

Composers call this while they write; the guard later checks the answer's figures against these quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.catalogue import Catalogue
from assistant.records import Citation
from index.records import Chunk, Language, ProjectRow, StatedTotal
from index.tables import TableStore

_QUOTE_FIELDS = ("year", "project", "applicant", "contribution_eur", "total_size_eur")


def csv_field_ends(raw: str) -> list[int]:
    """End offset of each field in one raw CSV record (quotes and doubled quotes handled).

    >>> csv_field_ends('a,"b,c",d')
    [1, 7, 9]
    """
    ends, quoted, i = [], False, 0
    while i < len(raw):
        ch = raw[i]
        if quoted:
            if ch == '"' and i + 1 < len(raw) and raw[i + 1] == '"':
                i += 1
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch == ",":
            ends.append(i)
        i += 1
    ends.append(len(raw))
    return ends


def row_quote(raw: str, header: list[str]) -> str:
    """The row's text up to its last amount column: project, applicant and both amounts, verbatim."""
    ends = csv_field_ends(raw)
    wanted = [header.index(c) for c in _QUOTE_FIELDS if c in header]
    if not wanted or len(ends) != len(header):
        return raw
    return raw[: ends[max(wanted)]]


@dataclass
class Citations:
    """Collects citations for one answer; the same quote from the same place gets the same number."""

    language: Language
    catalogue: Catalogue
    items: list[Citation] = field(default_factory=list)

    def _text(self, key: str, **values: object) -> str:
        return self.catalogue.text(self.language, key, **values)

    def locator(self, chunk: Chunk) -> str:
        """Where a chunk sits: its section path and page, or the start of the document."""
        parts = list(chunk.section)
        if chunk.page is not None:
            parts.append(self._text("cite.page", n=chunk.page))
        return " › ".join(parts) if parts else self._text("cite.start")

    def add(self, source: str, title: str, locator: str, quote: str) -> int:
        for c in self.items:
            if (c.source, c.locator, c.quote) == (source, locator, quote):
                return c.n
        self.items.append(Citation(n=len(self.items) + 1, source=source, title=title, locator=locator, quote=quote))
        return len(self.items)

    def chunk(self, chunk: Chunk, quote: str) -> int:
        return self.add(chunk.source, chunk.title, self.locator(chunk), quote)

    def row(self, store: TableStore, row: ProjectRow, whole: bool = False) -> int:
        """Cite a table row: its text up to the amounts, or the whole row when partners or description are used."""
        raw = store.raw(row)
        header = store.header(row.table)
        quote = (raw if whole else row_quote(raw, header)) if raw else row.project
        return self.add(row.table, row.table_name, f"{row.row_ref}, {self._text('cite.line', n=row.line)}", quote)

    def total(self, store: TableStore, total: StatedTotal) -> int:
        return self.add(total.file, total.file.rsplit("/", 1)[-1], f"{total.section}, {self._text('cite.line', n=total.line)}",
                        store.total_raw(total))

    def markers(self, numbers: list[int]) -> str:
        return "".join(f"[{n}]" for n in dict.fromkeys(numbers))
