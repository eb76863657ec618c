"""Records both halves share: what the build side writes and the answer side reads.

Every record is a frozen dataclass built with keyword arguments; the answer side's own records (intents, results,
answers) live in `assistant.records`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Language = Literal["nl", "en"]
BlockKind = Literal["text", "row"]
TableKind = Literal["projects", "stated_totals"]
# A front-matter value as YAML gives it (dates are turned into ISO strings on load).
MetaValue = str | int | float | bool | None | list[object] | dict[str, object]


@dataclass(frozen=True, kw_only=True)
class Block:
    """A paragraph, heading-free text run or table row inside a loaded document (offsets into its text)."""

    start: int
    end: int
    section: tuple[str, ...] = ()
    page: int | None = None
    kind: BlockKind = "text"
    context: str = ""  # header cells / carried theme for rows, so a row is findable on its own


@dataclass(frozen=True, kw_only=True)
class Document:
    """A source file read into text plus its structure; offsets of blocks point into `text`."""

    source: str  # posix path relative to the knowledge dir
    title: str
    text: str
    blocks: tuple[Block, ...]
    meta: dict[str, MetaValue] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, kw_only=True)
class Chunk:
    """The unit that is embedded, searched and cited; `text` equals the source text at [start:end]."""

    id: str
    source: str
    title: str
    section: tuple[str, ...]
    page: int | None
    start: int
    end: int
    text: str
    kind: BlockKind = "text"
    context: str = ""

    @property
    def embed_text(self) -> str:
        """What the lexical index sees: title, whole section path and row context give the text its place."""
        return self._placed(self.section, self.context)

    @property
    def dense_text(self) -> str:
        """What the embedder sees: the title and innermost section, and a row without its header line.

        Embedding time follows the tokens read; the full section path and a row's header cells were a fifth of
        them, and leaving them out kept every eval answer and raised retrieval hit@1 (bench/README.md).
        """
        return self._placed(self.section[-1:], "" if self.kind == "row" else self.context)

    def _placed(self, section: tuple[str, ...], context: str) -> str:
        head = " › ".join((self.title, *section))
        return f"{head}\n{context}\n{self.text}" if context else f"{head}\n{self.text}"


@dataclass(frozen=True, kw_only=True)
class Sentence:
    """A sentence of a chunk (a whole row for table rows): the unit an answer quotes."""

    chunk_id: str
    start: int  # offsets into the source text, like the chunk's
    end: int
    text: str
    section: tuple[str, ...] = ()

    @property
    def embed_text(self) -> str:
        return f"{' › '.join(self.section)}: {self.text}" if self.section else self.text


@dataclass(frozen=True, kw_only=True)
class Skipped:
    """A file `gdc index` could not use, with the reason a person can act on."""

    source: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class SourceInfo:
    """How answers name a source: from a document's front matter (or the file name for tables)."""

    source: str
    title: str
    kind: str = ""  # front matter `kind`: "council letter", "web article", … ("" when not given)
    date: str | None = None  # ISO date, or None where the source gives none
    language: str = ""
    reference: str | None = None
    is_table: bool = False


@dataclass(frozen=True, kw_only=True)
class ProjectRow:
    """One row of a projects table, amounts in whole euros (None where the source gives none)."""

    table: str  # source path of the table file, relative to the knowledge dir
    line: int  # 1-based line in the CSV (header is line 1); the row for xlsx
    row_ref: str
    year: int
    section: str
    theme: str
    project: str
    applicant: str
    contribution: int | None
    total_size: int | None
    description: str
    partners: str

    @property
    def table_name(self) -> str:
        return self.table.rsplit("/", 1)[-1]

    def amount(self, measure: str) -> int | None:
        """The amount of the measure asked: "contribution" (the city's), else the total project size."""
        return self.contribution if measure == "contribution" else self.total_size


@dataclass(frozen=True, kw_only=True)
class StatedTotal:
    """A total printed in a source, kept to compare against computed sums; keyed by table, section and year."""

    table: str  # file name of the projects table the total closes
    section: str
    year: int
    contribution: int | None
    total_size: int | None
    source: str  # where the total is printed, in words
    file: str  # the totals file, relative to the knowledge dir
    line: int
