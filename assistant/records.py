"""Records of the answer side: what a question means, what the table and the documents returned, the answer.

The question path passes these frozen records from step to step: `Intent` → `TableResult` / `Hit` / `Evidence`
→ `Answer`. Records the build side shares (chunks, rows) come from `index.records`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from index.records import Chunk, Language, ProjectRow, Sentence

Route = Literal["table", "documents", "table+documents", "none"]
# What kind of answer a question wants: a person's name, a date, an amount, a place, … or "open" for prose.
AnswerType = Literal["name", "person", "date", "count", "amount", "duration", "frequency", "place", "address", "reference", "website", "email",
                     "open"]
# What an overview question is about (lexicon/topics.yaml); "onboarding" and "out_of_scope" are never answered
# from a passage as if the sources described them.
Topic = Literal["about", "audience", "goal", "result", "plan", "themes", "focus", "criterion", "involved", "funding", "onboarding", "sources",
               "out_of_scope"]
# Why a question is not answered; each has a message in the catalogue ("r_<reason>").
RefusalReason = Literal["no_evidence", "type", "year", "missing", "unknown", "not_stated", "no_project", "no_property",
                        "onboarding", "out_of_scope", "role", "giver", "no_procedure",
                        "no_opinion", "no_reason", "no_reason_given", "no_limit", "no_definition", "own_opinion", "own_prospects", "no_condition", "no_document",
                        "only_planned", "no_degree", "no_comparison", "not_yet", "no_outcome",
                        "not_signed_by", "part_of_whole", "no_amount_for"]
Measure = Literal["contribution", "total_size"]
# where a claim puts the real figure: "ruim X" a little above it, "bijna X" a little below it, "more than X" and
# "less than X" anywhere on that side
ClaimSide = Literal["above", "below", "more", "less"]
GroupColumn = Literal["theme", "applicant", "section", "year", "project"]
# Equality columns match a table value exactly ("year": a year the tables cover, as digits); "keyword" and
# "partners" match word stems.
FilterColumn = Literal["project", "applicant", "section", "theme", "keyword", "partners", "year", "share", "either"]
MatchKind = Literal["project", "applicant", "section", "theme", "keyword"]
Comparator = Literal[">", ">=", "<", "<=", "="]
# A field a lookup can report besides the amounts.
Field = Literal["contribution", "total_size", "applicant", "partners", "description", "theme"]


@dataclass(frozen=True, kw_only=True)
class Match:
    """A mention of a table value (or a keyword) in a question."""

    kind: MatchKind
    value: str  # the table value (project, applicant, theme, section) or the keyword's stems joined by "|"
    start: int
    end: int
    exact: bool = True  # spelled as the alias, spaces included
    surface: str = ""  # the words as the question wrote them


@dataclass(frozen=True, kw_only=True)
class Filter:
    column: FilterColumn
    values: tuple[str, ...]  # alternatives, OR-ed


@dataclass(frozen=True, kw_only=True)
class TableQuery:
    """A question about the project table, in whitelisted parts; the operation names a registry entry."""

    operation: str = "list"
    measure: Measure = "contribution"
    filters: tuple[Filter, ...] = ()
    group_by: GroupColumn | None = None
    fields: tuple[Field, ...] = ()  # what a lookup asks for
    aggregate: str | None = None  # the per-group operation of a "group" query (sum, count, avg, max, min)
    limit: int | None = None  # how many a top-N asks for (ties at the last place are included)
    descending: bool = True  # largest first (top-N) or smallest first
    threshold: tuple[Comparator, int] | None = None  # "more than € 10.000": the measured amount against a figure
    ceiling: tuple[Comparator, int] | None = None  # "tussen 10.000 en 50.000": the upper bound, beside a threshold
    latest_year: bool = False  # the year filter reads "last year" as the latest year the tables cover
    excluded: tuple[Filter, ...] = ()  # "behalve onderwijs", "other than the RuG": rows none of these select

    @property
    def bounds(self) -> tuple[tuple[Comparator, int], ...]:
        """The amount's bounds the question sets: its threshold, and a range's ceiling beside it."""
        return tuple(b for b in (self.threshold, self.ceiling) if b is not None)


@dataclass(frozen=True, kw_only=True)
class Intent:
    """What a question asks, decided without an LLM; built by `understand`."""

    question: str
    language: Language
    route: Route
    table_query: TableQuery | None  # also kept for a table question about an uncovered year (route "documents")
    search_query: str  # the question with its glossary terms added: what retrieval searches for
    answer_type: AnswerType
    years: tuple[int, ...]
    subject_terms: tuple[str, ...]
    entities: tuple[Match, ...] = ()
    counted: str | None = None  # the noun a "how many" question counts
    names: tuple[str, ...] = ()  # proper names in the question, which evidence must mention
    followup: bool = False
    foreign_year: int | None = None  # a table question about a year no table covers
    topic: Topic | None = None
    yes_no: bool = False  # wants yes or no: answered only when a passage states it
    role: str | None = None  # the role a "who is the X" question names, which the evidence must name too
    measured: str | None = None  # "how big is X's network": the thing measured, which a count must be about
    giver: str | None = None  # "how much did the province contribute": who gave, when it is not the municipality
    # "de gemeente zelf", "the office itself": the word a passage must say, or it speaks of something else
    emphasised: tuple[str, ...] = ()
    translated: bool = False  # "in English please": the answer before, again, all of it in the language asked


@dataclass(frozen=True, kw_only=True)
class Hit:
    """A retrieved chunk with its fused score and the ranks each retriever gave it (None: not found)."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_similarity: float | None = None


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """A sentence chosen to answer (or to show beside a refusal), with the typed answer found in it."""

    sentence: Sentence
    chunk: Chunk
    score: float
    similarity: float
    entity: str | None = None


@dataclass(frozen=True, kw_only=True)
class Comparison:
    """A computed figure next to the figure a source states for the same selection."""

    section: str
    year: int
    measure: Measure
    computed: int
    table: str = ""  # the project table the stated total is the annex line of
    stated: int | None
    stated_source: str = ""

    @property
    def difference(self) -> int | None:
        return None if self.stated is None else self.computed - self.stated


@dataclass(frozen=True, kw_only=True)
class TableResult:
    """What a whitelisted table query returned: rows, the rule that chose them, the figure computed."""

    operation: str
    measure: Measure
    rule: str
    rows: tuple[ProjectRow, ...]
    value: float | int | None = None
    groups: tuple[tuple[str, float | int, int], ...] = ()  # (group, value, row count)
    comparisons: tuple[Comparison, ...] = ()
    missing: tuple[ProjectRow, ...] = ()  # selected rows without the measured amount
    sql: str = ""  # the parameterised statement that selected the rows, parameters inlined for display
    total_rows: int = 0  # rows in the whole table, to say "3 of 23"
    group_by: GroupColumn | None = None
    # Selections that span several years without asking for one: (year, sum of the measure, rows) per year.
    by_year: tuple[tuple[int, int, int], ...] = ()
    query: TableQuery | None = None  # the query that was run, so a reader of the result need not re-parse the question


@dataclass(frozen=True, kw_only=True)
class Citation:
    n: int
    source: str
    title: str
    locator: str
    quote: str

    def to_dict(self) -> dict[str, str | int]:
        return {"n": self.n, "source": self.source, "title": self.title, "locator": self.locator, "quote": self.quote}


AnswerDict = dict[str, str | bool | list[dict[str, str | int]]]


@dataclass(frozen=True, kw_only=True)
class Answer:
    question: str
    language: Language
    answered: bool
    text: str
    citations: tuple[Citation, ...]
    route: Route
    table: TableResult | None = None
    hits: tuple[Hit, ...] = ()
    intent: Intent | None = None  # what the question was read as (None for several questions answered together)

    def to_dict(self) -> AnswerDict:
        return {
            "question": self.question,
            "language": self.language,
            "answered": self.answered,
            "answer": self.text,
            "citations": [c.to_dict() for c in self.citations],
            "route": self.route,
        }
