"""Citations: numbered in order of first use, each naming file, locator and a quote that is in the file."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.records import Chunk, Citation, Language, ProjectRow, StatedTotal
from assistant.tables import TableStore

_QUOTE_FIELDS = ("project", "applicant", "contribution_2017_eur", "total_size_eur")


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
    items: list[Citation] = field(default_factory=list)

    def add(self, source: str, title: str, locator: str, quote: str) -> int:
        for c in self.items:
            if (c.source, c.locator, c.quote) == (source, locator, quote):
                return c.n
        self.items.append(Citation(len(self.items) + 1, source, title, locator, quote))
        return len(self.items)

    def chunk(self, chunk: Chunk, quote: str) -> int:
        return self.add(chunk.source, chunk.title, chunk.locator(self.language), quote)

    def row(self, store: TableStore, row: ProjectRow, whole: bool = False) -> int:
        """Cite a table row: its text up to the amounts, or the whole row when partners or description are used."""
        source, raw = store.raw(row)
        header = store.header(source)
        line = "regel" if self.language == "nl" else "line"
        quote = (raw if whole else row_quote(raw, header)) if raw else row.project
        return self.add(source, row.table, f"{row.row_ref}, {line} {row.line}", quote)

    def total(self, store: TableStore, total: StatedTotal) -> int:
        line = "regel" if self.language == "nl" else "line"
        return self.add(total.file, total.file.rsplit("/", 1)[-1], f"{total.section}, {line} {total.line}",
                        store.total_raw(total))

    def markers(self, numbers: list[int]) -> str:
        return "".join(f"[{n}]" for n in dict.fromkeys(numbers))
