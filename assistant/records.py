"""Typed records that cross module boundaries on the data path."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Language = Literal["nl", "en"]
Route = Literal["table", "documents", "table+documents", "none"]


@dataclass(frozen=True)
class Block:
    """A paragraph, heading-free text run or table row inside a loaded document (offsets into its text)."""

    start: int
    end: int
    section: tuple[str, ...] = ()
    page: int | None = None
    kind: Literal["text", "row"] = "text"
    context: str = ""  # header cells / carried theme for rows, so a row is findable on its own


@dataclass(frozen=True)
class Document:
    """A source file read into text plus its structure; offsets of blocks point into `text`."""

    source: str  # posix path relative to the knowledge dir
    title: str
    text: str
    blocks: tuple[Block, ...]
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
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
    kind: Literal["text", "row"] = "text"
    context: str = ""

    @property
    def embed_text(self) -> str:
        """What the embedder and the lexical index see: title, section and row context give the text its place."""
        head = " › ".join((self.title, *self.section))
        return f"{head}\n{self.context}\n{self.text}" if self.context else f"{head}\n{self.text}"

    def locator(self, language: Language = "nl") -> str:
        parts = list(self.section)
        if self.page is not None:
            parts.append(f"{'pagina' if language == 'nl' else 'page'} {self.page}")
        return " › ".join(parts) if parts else ("begin van het document" if language == "nl" else "start of document")


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and the ranks each retriever gave it (None: not found)."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_similarity: float | None = None


@dataclass(frozen=True)
class Skipped:
    """A file `gdc index` could not use, with the reason a person can act on."""

    source: str
    reason: str


@dataclass(frozen=True)
class ProjectRow:
    """One row of a projects table, amounts in whole euros (None where the source gives none)."""

    table: str
    line: int  # 1-based line in the CSV (header is line 1); the row for xlsx
    row_ref: str
    section: str
    theme: str
    project: str
    applicant: str
    contribution: int | None
    total_size: int | None
    description: str
    partners: str


@dataclass(frozen=True)
class StatedTotal:
    """A total printed in a source, kept to compare against computed sums."""

    table: str
    section: str
    contribution: int | None
    total_size: int | None
    source: str
    file: str
    line: int


@dataclass(frozen=True)
class Comparison:
    """A computed figure next to the figure a source states for the same selection."""

    section: str
    measure: str
    computed: int
    stated: int | None
    stated_source: str = ""

    @property
    def difference(self) -> int | None:
        return None if self.stated is None else self.computed - self.stated


@dataclass(frozen=True)
class TableResult:
    """What a whitelisted table query returned: rows, the rule that chose them, the figure computed."""

    operation: str
    measure: str
    rule: str
    rows: tuple[ProjectRow, ...]
    value: float | int | None = None
    groups: tuple[tuple[str, float | int, int], ...] = ()  # (group, value, row count)
    comparisons: tuple[Comparison, ...] = ()
    missing: tuple[ProjectRow, ...] = ()  # selected rows without the measured amount
    sql: str = ""  # the parameterised statement that selected the rows, parameters inlined for display
    total_rows: int = 0  # rows in the whole table, to say "3 of 23"


@dataclass(frozen=True)
class Citation:
    n: int
    source: str
    title: str
    locator: str
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "source": self.source, "title": self.title, "locator": self.locator, "quote": self.quote}


@dataclass(frozen=True)
class Answer:
    question: str
    language: Language
    answered: bool
    text: str
    citations: tuple[Citation, ...]
    route: Route
    table: TableResult | None = None
    hits: tuple[Hit, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "language": self.language,
            "answered": self.answered,
            "answer": self.text,
            "citations": [c.to_dict() for c in self.citations],
            "route": self.route,
        }
