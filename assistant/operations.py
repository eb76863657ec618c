"""The table operations, one registry entry each: the cue that asks for it, the SQL that computes it, the composer
that writes it, and any messages of its own.

Adding an operation means adding one `Operation` to a `Registry`: `understand` finds it by its cue, `query` runs
its plan, the answer is written by its composer. Statements are built from whitelisted parts only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from assistant.catalogue import Catalogue, Messages
from assistant.cite import Citations
from assistant.language import format_euro, format_number
from assistant.lexicon import Lexicon
from assistant.phrasing import PERIOD_ASKED, SOURCE_AFTER, claim_direction, period_asked, stated_periods
from assistant.records import ClaimSide, Evidence, Field, Filter, Intent, Measure, TableQuery, TableResult
from index.lexical import has_stem, normalise
from index.records import Chunk, ProjectRow, SourceInfo, StatedTotal
from index.tables import ROW_COLUMNS, SqlValue, TableStore

LIST_LIMIT = 12  # longer selections are summed in the text; every row stays cited and shown in the UI

Statement = tuple[str, tuple[SqlValue, ...]]


@dataclass(frozen=True, kw_only=True)
class Selection:
    """The rows a query selects, as SQL: a WHERE clause with its parameters, the measured column, the grouping."""

    where: str
    params: tuple[SqlValue, ...]
    measure: str
    group_by: str | None = None
    # the whole a part of the selection is measured against: its filters broader than its narrowest one ("het
    # aandeel van X in het Programma E&W" keeps the section); the years asked, when it has no such filter
    whole_where: str | None = None
    whole_params: tuple[SqlValue, ...] = ()
    whole_section: str | None = None  # the whole is this one annex part (whose total the annex may state)


# the columns a filter matches by equal value (the only ones a filter's column name is written into SQL from)
EQ_COLUMNS = ("theme", "applicant", "project", "section")

# how broad a filter's column is: a whole named beside a narrower part ("X in de bijdrage van onderdeel Y") is kept
FILTER_BREADTH = {"year": 0, "section": 1, "theme": 2}
_NARROWEST = 3


def whole_filters(filters: tuple[Filter, ...]) -> tuple[Filter, ...] | None:
    """The filters of a selection's whole: those broader than its narrowest one, years included; None when it
    names no whole besides the years ("what share of the 2017 money went to education": every row of 2017).

    >>> whole_filters((Filter(column="project", values=("X",)), Filter(column="section", values=("S",))))
    (Filter(column='section', values=('S',)),)
    >>> whole_filters((Filter(column="theme", values=("T",)), Filter(column="year", values=("2017",)))) is None
    True
    """
    narrowest = max((FILTER_BREADTH.get(f.column, _NARROWEST) for f in filters), default=0)
    kept = tuple(f for f in filters if FILTER_BREADTH.get(f.column, _NARROWEST) < narrowest)
    return kept if any(f.column != "year" for f in kept) else None


@dataclass(frozen=True, kw_only=True)
class Plan:
    """The statements an operation needs: its rows, and the figure or groups computed over them."""

    rows: Statement
    value: Statement | None = None  # one value
    groups: Statement | None = None  # (key, value, row count) per group
    value_from_first_row: bool = False  # the figure is the measured amount of the first row (max/min)
    groups_from_rows: bool = False  # one (group, amount, 1) per row (per-group extremes)
    value_is_difference: bool = False  # the figure is how far the two groups' amounts lie apart (comparisons)


@dataclass(frozen=True, kw_only=True)
class Composed:
    """An operation's part of the answer: its lines and whether they answer the question."""

    lines: tuple[str, ...]
    answered: bool = True


@dataclass
class TableContext:
    """What a composer writes with: the question, the result, the citation collector and the catalogue."""

    intent: Intent
    result: TableResult
    store: TableStore
    cites: Citations
    catalogue: Catalogue
    lexicon: Lexicon
    operation: Operation
    stated_line: Callable[[StatedTotal], Chunk | None] = lambda total: None
    stated_sentences: tuple[Evidence, ...] = ()  # documents' own sentences stating the total asked, one per year
    stated_first: bool = False  # an overall total: what the sources state comes before what the rows add up to
    sources: Mapping[str, SourceInfo] = field(default_factory=dict)  # how documents are named (front matter)
    english: Callable[[str], str] | None = None  # Dutch text word by word in English (the gloss), for English answers
    _markers: dict[tuple[str, int], int] = field(default_factory=dict)

    @property
    def language(self) -> str:
        return self.intent.language

    def t(self, key: str, **values: object) -> str:
        """A catalogue message; the operation's own messages first ("op.<name>.<key>")."""
        own = f"op.{self.operation.name}.{key}"
        return self.catalogue.text(self.language, own if self.catalogue.has(own) else key, **values)

    def euro(self, value: float | int | None) -> str:
        return format_euro(value, self.intent.language)

    def mark(self, row: ProjectRow, whole: bool = False) -> str:
        key = (row.table, row.line)
        query = self.intent.table_query
        # a selection by keyword matched the name or description: the quote must show the word it matched
        by_word = bool(query and any(f.column in ("keyword", "partners") for f in query.filters))
        if key not in self._markers:
            self._markers[key] = self.cites.row(self.store, row, whole=whole or by_word)
        return f"[{self._markers[key]}]"

    def mark_all(self, rows: Sequence[ProjectRow]) -> str:
        return "".join(dict.fromkeys(self.mark(r) for r in rows))

    def name(self, row: ProjectRow, year: bool = True) -> str:
        """A row as answers name it; with its year when the answer speaks of several (and does not say it already)."""
        shown = f"{row.applicant}, {row.year}" if year and self.several_years else row.applicant
        return f"**{row.project}** ({shown})"

    def theme(self, theme: str) -> str:
        return self.lexicon.theme_label(theme, self.intent.language == "en") if theme else self.t("no_group")

    def projects(self, n: int) -> str:
        return self.t("one_project") if n == 1 else self.t("n_projects", n=n)

    def measure_name(self) -> str:
        """'gemeentelijke bijdrage 2017': a contribution is paid in a year, so it is named with the rows' year(s)."""
        name = self.t(self.result.measure)
        years = tuple(sorted({r.year for r in self.result.rows}))
        return f"{name} {join_years(years, self.catalogue, self.language)}" if self.result.measure == "contribution" and years else name

    @property
    def several_years(self) -> bool:
        """The rows come from more than one year, so each row is named with its year."""
        return len({r.year for r in self.result.rows}) > 1

    def amount(self, row: ProjectRow) -> int | None:
        return row.amount(self.result.measure)


def join_years(years: Sequence[int] | Sequence[str], catalogue: Catalogue, language: str) -> str:
    """'2017', '2017 en 2018', '2016, 2017 en 2018'."""
    return join_words([str(y) for y in years], catalogue.text(language, "and_word"))


def join_words(items: Sequence[str], last: str) -> str:
    """'a', 'a en b', 'a, b of c': the items with `last` (" en ", " of ") before the final one."""
    return ", ".join(items[:-1]) + last + items[-1] if len(items) > 1 else "".join(items)


SqlBuilder = Callable[[Selection, TableQuery], Plan]
Composer = Callable[[TableContext], Composed]


@dataclass(frozen=True, kw_only=True)
class Operation:
    """One table operation: how a question asks for it, how it is computed, how its answer is written."""

    name: str
    cue: re.Pattern[str] | None  # a question that matches asks for this operation; None: chosen by rule only
    plan: SqlBuilder
    compose: Composer
    messages: Messages = field(default_factory=dict)  # extra messages, looked up as "op.<name>.<key>"
    # What a question that names exactly one project gets instead ("how much did X get in total" is X's figure).
    for_one_project: str | None = None
    needs_selection: bool = False  # only for a question that names the project(s): by name, applicant or keyword
    thresholds_rows: bool = True  # "more than € 10.000" selects rows (a lookup instead compares its row's amount)
    needs_two_items: bool = False  # only for a question that names two or more items of one kind (comparing)
    compares_stated_totals: bool = False  # the computed figure can be set beside a total the source states
    notes_missing: bool = False  # says which selected rows have no amount (and so were not counted)
    groupable: bool = False  # can be the per-group figure of a "group" query
    per_year: bool = False  # over rows of several years (no year asked), each year's figure is given as well
    empty_is_answer: bool = False  # no rows is itself the answer ("no applicant is new in 2018")
    says_yes_no: bool = False  # the composer itself answers a yes/no question (no "Ja:" put before it)
    stated_in_prose: bool = False  # a document sentence its cue matches states the figure: quoted before the computed


class Registry:
    """The operations in the order their cues are tried."""

    def __init__(self, operations: Sequence[Operation] = ()):
        self._ops: dict[str, Operation] = {}
        for op in operations:
            self.register(op)

    def register(self, op: Operation, before: str | None = None) -> None:
        """Add an operation; `before` puts its cue ahead of another's."""
        if op.name in self._ops:
            raise ValueError(f"operation {op.name!r} is already registered")
        items = list(self._ops.items())
        at = next((i for i, (name, _) in enumerate(items) if name == before), len(items))
        items.insert(at, (op.name, op))
        self._ops = dict(items)

    def __getitem__(self, name: str) -> Operation:
        return self._ops[name]

    def __contains__(self, name: object) -> bool:
        return name in self._ops

    def __iter__(self) -> Iterator[Operation]:
        return iter(self._ops.values())

    def asked(self, text: str) -> str | None:
        """The first operation whose cue the (normalised) question matches."""
        return next(iter(self.cued(text)), None)

    def cued(self, text: str) -> list[str]:
        """Every operation whose cue the question matches, in the order cues are tried."""
        return [op.name for op in self if op.cue is not None and op.cue.search(text)]

    def messages(self) -> dict[str, Messages]:
        return {op.name: op.messages for op in self if op.messages}


def extend_catalogue(catalogue: Catalogue, registry: Registry) -> Catalogue:
    """The catalogue with every operation's own messages under "op.<name>."."""
    for name, messages in registry.messages().items():
        catalogue = catalogue.with_messages(f"op.{name}.", messages)
    return catalogue


# --- SQL: the same row statement for most operations, an aggregate over it for the figure

def select_rows(sel: Selection) -> Statement:
    return f"SELECT {ROW_COLUMNS} FROM projects WHERE {sel.where} ORDER BY rowid", sel.params


def aggregate_plan(function: str) -> SqlBuilder:
    """Rows of the selection, and `function` (over the measure) as the figure."""

    def plan(sel: Selection, query: TableQuery) -> Plan:
        fn = function.format(m=sel.measure)
        return Plan(rows=select_rows(sel), value=(f"SELECT {fn} FROM projects WHERE {sel.where}", sel.params))

    return plan


def rows_plan(sel: Selection, query: TableQuery) -> Plan:
    return Plan(rows=select_rows(sel))


def extreme_plan(function: str) -> SqlBuilder:
    """The rows holding the largest (smallest) amount, ties included."""

    def plan(sel: Selection, query: TableQuery) -> Plan:
        m, w = sel.measure, sel.where
        sql = (f"SELECT {ROW_COLUMNS} FROM projects WHERE {w} AND {m} = "
               f"(SELECT {function}({m}) FROM projects WHERE {w}) ORDER BY rowid")
        return Plan(rows=(sql, sel.params * 2), value_from_first_row=True)

    return plan


def top_plan(sel: Selection, query: TableQuery) -> Plan:
    """The N rows with the largest (or smallest) amount, and every row tied with the N-th."""
    m, w, n = sel.measure, sel.where, max(1, query.limit or 3)
    order, fallback = ("DESC", "MIN") if query.descending else ("ASC", "MAX")
    compare = ">=" if query.descending else "<="
    threshold = (f"COALESCE((SELECT {m} FROM projects WHERE {w} AND {m} IS NOT NULL ORDER BY {m} {order} "
                 f"LIMIT 1 OFFSET {n - 1}), (SELECT {fallback}({m}) FROM projects WHERE {w}))")
    sql = (f"SELECT {ROW_COLUMNS} FROM projects WHERE {w} AND {m} IS NOT NULL AND {m} {compare} {threshold} "
           f"ORDER BY {m} {order}, rowid")
    return Plan(rows=(sql, sel.params * 3))


def compare_plan(sel: Selection, query: TableQuery) -> Plan:
    """Each named item's total side by side (projects, applicants, themes or years); items named in different
    columns (a project and an applicant) each get the rows their own column names."""
    g, m, w = sel.group_by or "project", sel.measure, sel.where
    groups = f"SELECT {g}, SUM({m}), COUNT(*) FROM projects WHERE {w} GROUP BY {g} ORDER BY SUM({m}) DESC, {g}"
    params = sel.params
    named = [v.split("=", 1) for f in query.filters if f.column == "either" for v in f.values]
    if sel.group_by is None and named and all(c in EQ_COLUMNS for c, _ in named):
        each = [f"SELECT ? AS item, SUM({m}) AS s, COUNT(*) FROM projects WHERE {w} AND {c} = ?" for c, _ in named]
        groups = f"SELECT * FROM ({' UNION ALL '.join(each)}) ORDER BY s DESC, item"
        params = tuple(p for _, v in named for p in (v, *sel.params, v))
    return Plan(rows=select_rows(sel), groups=(groups, params), value_is_difference=True)


_GROUP_FUNCTIONS = {"sum": "SUM({m})", "count": "COUNT(*)", "avg": "AVG({m})"}


def group_plan(sel: Selection, query: TableQuery) -> Plan:
    """Per group: an aggregate (sum, count, average), or the extreme rows (max, min)."""
    g, m, w = sel.group_by or "theme", sel.measure, sel.where
    inner = query.aggregate or "sum"
    if inner in ("max", "min"):
        order = "DESC" if inner == "max" else "ASC"
        sql = (f"SELECT {ROW_COLUMNS} FROM (SELECT *, RANK() OVER (PARTITION BY {g} ORDER BY {m} {order}) AS rk "
               f"FROM projects WHERE {w} AND {m} IS NOT NULL) WHERE rk = 1 ORDER BY {m} DESC")
        return Plan(rows=(sql, sel.params), groups_from_rows=True)
    fn = _GROUP_FUNCTIONS[inner].format(m=m)
    order_by = "COUNT(*)" if inner == "count" else fn
    groups = f"SELECT {g}, {fn}, COUNT(*) FROM projects WHERE {w} GROUP BY {g} ORDER BY {order_by} DESC, {g}"
    return Plan(rows=select_rows(sel), groups=(groups, sel.params))


def portion_plan(sel: Selection, query: TableQuery) -> Plan:
    """What part of a whole the selection is, as two groups ("part", "whole") and the percentage as the figure.
    Measured as the project size, the municipality's contribution against the size of the same projects (rows with
    both amounts): "welk percentage van de projectomvang betaalde de gemeente"; otherwise the selection's amount
    against every row of the years asked: "what share of the 2017 money went to education"."""
    m, w = sel.measure, sel.where
    if m == "total_size":
        both = f"{w} AND contribution IS NOT NULL AND total_size IS NOT NULL"
        part, whole, params = (f"SELECT SUM(contribution), COUNT(*) FROM projects WHERE {both}",
                               f"SELECT SUM(total_size), COUNT(*) FROM projects WHERE {both}", sel.params * 2)
    else:
        years = [v for f in query.filters if f.column == "year" for v in f.values if v.isdigit()]
        scope = f"year IN ({', '.join('?' * len(years))})" if years else "1"
        scoped: tuple[SqlValue, ...] = tuple(int(y) for y in years)
        if sel.whole_where is not None:  # "het aandeel van X in de bijdrage van Programma E&W": that part is the whole
            scope, scoped = sel.whole_where, sel.whole_params
        part, whole = (f"SELECT SUM({m}), COUNT(*) FROM projects WHERE {w} AND {m} IS NOT NULL",
                       f"SELECT SUM({m}), COUNT(*) FROM projects WHERE {scope} AND {m} IS NOT NULL")
        params = (*sel.params, *scoped)
    groups = f"SELECT 'part', * FROM ({part}) UNION ALL SELECT 'whole', * FROM ({whole})"
    value = f"SELECT ROUND(100.0 * ({part.replace(', COUNT(*)', '')}) / ({whole.replace(', COUNT(*)', '')}), 1)"
    if m == "contribution" and sel.whole_section is not None:
        # a whole that is one annex part whose total the annex states: that total, the part's share of it and how
        # far the rows' sum lies from it, computed here so that every figure shown is the engine's
        one = f"FROM stated_totals WHERE {m} > 0 AND section = ? AND year IN (SELECT year FROM projects WHERE {w})"
        one_params = (sel.whole_section, *sel.params)
        summed, taken = whole.replace(', COUNT(*)', ''), part.replace(', COUNT(*)', '')
        groups += (f" UNION ALL SELECT 'stated', {m}, 1 {one}"
                   f" UNION ALL SELECT 'stated_share', ROUND(100.0 * ({taken}) / {m}, 1), 0 {one}"
                   f" UNION ALL SELECT 'stated_difference', ABS(({summed}) - {m}), 0 {one}")
        params = (*params, *one_params, *sel.params, *one_params, *scoped, *one_params)
        return Plan(rows=select_rows(sel), value=(value, (*sel.params, *scoped)), groups=(groups, params))
    return Plan(rows=select_rows(sel), value=(value, params), groups=(groups, params))


# The cells a "which rows have no …" question can find empty; an empty text cell is stored as ''.
_EMPTY_CELL = {"contribution": "contribution IS NULL", "total_size": "total_size IS NULL",
               "partners": "COALESCE(partners, '') = ''", "description": "COALESCE(description, '') = ''"}


def checked_cells(query: TableQuery) -> tuple[Field, ...]:
    """The cells a "missing" question checks: those it names, else both amounts ("which rows have no amount")."""
    return tuple(f for f in query.fields if f in _EMPTY_CELL) or ("contribution", "total_size")


def missing_plan(sel: Selection, query: TableQuery) -> Plan:
    """Rows of the selection with an empty cell among the checked ones."""
    empty = " OR ".join(_EMPTY_CELL[c] for c in checked_cells(query))
    return Plan(rows=(f"SELECT {ROW_COLUMNS} FROM projects WHERE {sel.where} AND ({empty}) ORDER BY rowid", sel.params))


def ratio_plan(sel: Selection, query: TableQuery) -> Plan:
    """How many euros of project size each euro of the municipality's contribution went with (the letter's
    "multiplier"): per annex part, over the rows with both amounts, with the two sums it divides, and the same for
    the totals the annex states for those parts; the figure is the ratio over every such row."""
    w, both = sel.where, "contribution IS NOT NULL AND total_size IS NOT NULL"
    per_part = f"FROM projects WHERE {w} AND {both} GROUP BY section"
    stated = (f"FROM stated_totals WHERE {both} AND contribution > 0 AND section IN (SELECT section FROM projects "
              f"WHERE {w}) AND year IN (SELECT year FROM projects WHERE {w})")
    groups = (f"SELECT section || '|ratio', ROUND(1.0 * SUM(total_size) / SUM(contribution), 1), COUNT(*) {per_part} "
              f"UNION ALL SELECT section || '|size', SUM(total_size), COUNT(*) {per_part} "
              f"UNION ALL SELECT section || '|contribution', SUM(contribution), COUNT(*) {per_part} "
              f"UNION ALL SELECT section || '|stated', ROUND(1.0 * total_size / contribution, 1), year {stated}")
    value = f"SELECT ROUND(1.0 * SUM(total_size) / SUM(contribution), 1) FROM projects WHERE {w} AND {both}"
    return Plan(rows=select_rows(sel), value=(value, sel.params), groups=(groups, sel.params * 5))


def new_plan(sel: Selection, query: TableQuery) -> Plan:
    """Rows whose project (or applicant) no table of an earlier year has: new in the first year selected."""
    g, w = sel.group_by or "project", sel.where
    sql = (f"SELECT {ROW_COLUMNS} FROM projects WHERE {w} AND {g} NOT IN (SELECT {g} FROM projects WHERE year < "
           f"(SELECT MIN(year) FROM projects WHERE {w})) ORDER BY {g}, rowid")
    return Plan(rows=(sql, sel.params * 2))


def several_plan(sel: Selection, query: TableQuery) -> Plan:
    """The applicants (or another group) with more than one row in the selection: each one's total, and the rows."""
    g, m, w = sel.group_by or "applicant", sel.measure, sel.where
    keep = f"{g} IN (SELECT {g} FROM projects WHERE {w} GROUP BY {g} HAVING COUNT(*) > 1)"
    groups = (f"SELECT {g}, SUM({m}), COUNT(*) FROM projects WHERE {w} AND {keep} GROUP BY {g} "
              f"ORDER BY SUM({m}) DESC, {g}")
    rows = f"SELECT {ROW_COLUMNS} FROM projects WHERE {w} AND {keep} ORDER BY {g}, rowid"
    return Plan(rows=(rows, sel.params * 2), groups=(groups, sel.params * 2))


def repeat_plan(sel: Selection, query: TableQuery) -> Plan:
    """Rows of the projects (or applicants) that the selection has in more than one year."""
    g, w = sel.group_by or "project", sel.where
    sql = (f"SELECT {ROW_COLUMNS} FROM projects WHERE {w} AND {g} IN (SELECT {g} FROM projects WHERE {w} "
           f"GROUP BY {g} HAVING COUNT(DISTINCT year) > 1) ORDER BY {g}, year, rowid")
    return Plan(rows=(sql, sel.params * 2))


# --- composers

def compose_lookup(ctx: TableContext) -> Composed:
    """Each named project's asked amounts and fields."""
    query = ctx.intent.table_query
    fields = query.fields if query else ()
    asked = [f for f in fields if f in ("contribution", "total_size")] or ([] if fields else ["contribution"])
    whole = quotes_whole_row(fields)
    lines, answered = [], True
    for row in ctx.result.rows:
        marker = ctx.mark(row, whole=whole)
        for measure in asked:
            lines.append(_measure_line(ctx, row, measure, marker))
            answered &= row.amount(measure) is not None
        lines.extend(_field_line(ctx, row, name, marker) for name in fields if name in ROW_TEXT_FIELDS)
    return Composed(lines=tuple(lines), answered=answered and bool(ctx.result.rows))


ROW_TEXT_FIELDS = ("applicant", "partners", "description", "theme")


def _measure_line(ctx: TableContext, row: ProjectRow, measure: str, marker: str) -> str:
    """One amount of a row, as the answer states it (saying so when the annex leaves the cell empty)."""
    value = row.amount(measure)
    key = f"lookup_{measure}" if value is not None else f"missing_{measure}"
    return ctx.t(key, p=ctx.name(row, year=False), v=ctx.euro(value), m=marker, year=row.year)


def quotes_whole_row(fields: Sequence[str]) -> bool:
    """Partners or a description asked: the row is quoted whole, so the quote shows what the answer states."""
    return bool({"partners", "description"} & set(fields))


def _field_line(ctx: TableContext, row: ProjectRow, name: str, marker: str) -> str:
    """One asked text field of a row, as the answer states it (saying so when the row leaves it empty)."""
    if name == "applicant":
        return ctx.t("applicant", v=row.applicant, m=marker)
    if name == "partners":
        return ctx.t("partners" if row.partners else "no_partners", v=row.partners, m=marker)
    if name == "description":
        return f"{_description(ctx, row)} {marker}"
    return ctx.t("theme" if row.theme else "no_theme", v=ctx.theme(row.theme), m=marker)


def _row_lines(ctx: TableContext) -> str:
    """One line per row, and under it each text field the question asks ("who are the partners" of a list);
    the name already shows the applicant."""
    query = ctx.intent.table_query
    fields = [f for f in (query.fields if query else ()) if f in ROW_TEXT_FIELDS and f != "applicant"]
    whole = quotes_whole_row(fields)
    lines = []
    for r in ctx.result.rows:
        marker = ctx.mark(r, whole=whole)
        lines.append(f"- {ctx.name(r)}: {ctx.euro(ctx.amount(r))} {marker}")
        lines.extend(f"  {_field_line(ctx, r, f, marker)}" for f in fields)
    return "\n".join(lines)


def _with_amount(ctx: TableContext) -> list[ProjectRow]:
    return [r for r in ctx.result.rows if ctx.amount(r) is not None]


def _rows_or_markers(ctx: TableContext, always_list: bool = False) -> str:
    """The rows one per line, or (for long selections) only their citation markers."""
    if always_list or len(ctx.result.rows) <= LIST_LIMIT:
        return _row_lines(ctx)
    return ctx.t("rows_used", m=ctx.mark_all(ctx.result.rows))


def compose_list(ctx: TableContext) -> Composed:
    with_amount = _with_amount(ctx)
    head = "list_head_one" if len(ctx.result.rows) == 1 else "list_head"
    lines = [ctx.t(head, n=ctx.projects(len(ctx.result.rows)), rule=ctx.result.rule), _row_lines(ctx)]
    if len(with_amount) > 1:
        total = sum(ctx.amount(r) or 0 for r in with_amount)
        lines.append(ctx.t("list_total", v=ctx.euro(total), what=ctx.measure_name()))
    return Composed(lines=tuple(lines))


def compose_sum(ctx: TableContext) -> Composed:
    n = len(_with_amount(ctx))
    # After the sources' own total (compose.stated_first), the computed one is introduced as computed.
    key = "computed_then" if ctx.stated_first and ctx.result.comparisons else "sum"
    head = ctx.t(key, v=ctx.euro(ctx.result.value or 0), what=ctx.measure_name(), n=ctx.projects(n), rule=ctx.result.rule)
    return Composed(lines=(head, *_other_measure_sum(ctx), _rows_or_markers(ctx)))


def _other_measure_sum(ctx: TableContext) -> tuple[str, ...]:
    """"De opgetelde bijdrage en de totale projectomvang van dat thema": both amounts asked of a sum, the other one
    added up over the same rows, with the rows it leaves out for want of a figure."""
    query = ctx.intent.table_query
    other: Measure = "contribution" if ctx.result.measure == "total_size" else "total_size"
    if query is None or other not in query.fields:
        return ()
    figures = [(r, r.amount(other)) for r in ctx.result.rows]
    given = [v for _, v in figures if v is not None]
    lines = [ctx.t("sum_other", v=ctx.euro(sum(given)), what=ctx.t(other), n=ctx.projects(len(given)))]
    left = [r for r, v in figures if v is None]
    if left:
        lines.append(ctx.t("missing", p=", ".join(f"{ctx.name(r)} {ctx.mark(r)}" for r in left)))
    return tuple(lines)


def compose_portion(ctx: TableContext) -> Composed:
    """The percentage, with the two amounts it divides and the rows it is computed from."""
    figures = {key: (value, n) for key, value, n in ctx.result.groups}
    (part, _), (whole, n_whole) = figures.get("part", (0, 0)), figures.get("whole", (0, 0))
    if not whole or ctx.result.value is None:
        if ctx.result.measure == "total_size" and ctx.result.rows:
            # "what share of the Like-programma did the city fund": the table gives no size ("?"), so no share;
            # what the rows do give follows
            given = "\n".join(ctx.t("portion_no_size_row", p=ctx.name(r), paid=ctx.euro(r.contribution), m=ctx.mark(r))
                              for r in ctx.result.rows)
            return Composed(lines=(ctx.t("portion_no_size", rule=ctx.result.rule), given), answered=False)
        return Composed(lines=(ctx.t("portion_none", rule=ctx.result.rule),), answered=False)
    percent = f"{float(ctx.result.value):.1f}"
    percent = percent.replace(".", ",") if ctx.language == "nl" else percent
    if ctx.result.measure == "total_size":
        lines = [ctx.t("portion_of_size", p=percent, part=ctx.euro(part), whole=ctx.euro(whole), rule=ctx.result.rule)]
        lines += [f"- {ctx.name(r)}: {ctx.euro(r.contribution)} / {ctx.euro(r.total_size)} {ctx.mark(r)}"
                  for r in ctx.result.rows if r.contribution is not None and r.total_size is not None]
        return Composed(lines=tuple(lines))
    head = ctx.t("portion_of_all", p=percent, part=ctx.euro(part), whole=ctx.euro(whole), n=ctx.projects(n_whole),
                 rule=ctx.result.rule)
    stated = {key: value for key, value, _ in ctx.result.groups if key.startswith("stated")}
    if stated.get("stated") and stated.get("stated_difference"):
        # the annex's own total of the part named as the whole comes first, then the rows' sum and the difference
        total = _stated_of(ctx, int(stated["stated"]))
        share = f"{float(stated['stated_share']):.1f}"
        lead = ctx.t("portion_stated", s=total.section if total else "", stated=ctx.euro(stated["stated"]),
                     m=f"[{ctx.cites.total(ctx.store, total)}]" if total else "", part=ctx.euro(part),
                     ps=share.replace(".", ",") if ctx.language == "nl" else share, whole=ctx.euro(whole),
                     diff=ctx.euro(stated["stated_difference"]), p=percent)
        return Composed(lines=(lead, head, _rows_or_markers(ctx)))
    return Composed(lines=(head, _rows_or_markers(ctx)))


def _stated_of(ctx: TableContext, amount: int) -> StatedTotal | None:
    """The stated total of the selection's years with that amount, to cite."""
    years = {r.year for r in ctx.result.rows}
    return next((t for t in ctx.store.totals if t.contribution == amount and (not years or t.year in years)), None)


def compose_avg(ctx: TableContext) -> Composed:
    with_amount = _with_amount(ctx)
    total = sum(ctx.amount(r) or 0 for r in with_amount)
    head = ctx.t("avg", v=ctx.euro(round(float(ctx.result.value or 0), 2)), what=ctx.measure_name(),
                 total=ctx.euro(total), n=ctx.projects(len(with_amount)), rule=ctx.result.rule)
    return Composed(lines=(head, _rows_or_markers(ctx)))


def compose_count(ctx: TableContext) -> Composed:
    counted = int(ctx.result.value or 0)
    stated = [int(d) for e in ctx.stated_sentences for d in re.findall(r"\d+", e.entity or "")[:1]]
    # after the documents' own count (compose.stated_first), the table's is introduced as counted, with the difference
    key = "count_then" if ctx.stated_first and stated else "count"
    lines = [ctx.t(key, v=ctx.projects(counted), rule=ctx.result.rule)]
    if stated and stated[0] != counted:
        lines.append(ctx.t("count_differs", stated=stated[0], d=abs(stated[0] - counted),
                           more=ctx.t("more" if counted > stated[0] else "fewer")))
    sections: dict[str, int] = {}
    for r in ctx.result.rows:
        sections[r.section] = sections.get(r.section, 0) + 1
    if len(sections) > 1:
        lines.append(ctx.t("count_sections", parts=", ".join(f"'{s}' {n}" for s, n in sections.items())))
    # a count of a few is also which ones ("1 project": the reader, and a follow-up's "it", want to know which)
    few = len(ctx.result.rows) <= COUNT_NAMES
    lines.append(_row_lines(ctx) if few else ctx.t("rows_used", m=ctx.mark_all(ctx.result.rows)))
    return Composed(lines=tuple(lines))


COUNT_NAMES = 3


def compose_extreme(ctx: TableContext) -> Composed:
    rows, op = ctx.result.rows, ctx.operation.name
    if len(rows) == 1:
        line = ctx.t(op, what=ctx.measure_name(), rule=ctx.result.rule, p=ctx.name(rows[0]),
                     v=ctx.euro(ctx.result.value), m=ctx.mark(rows[0]))
    else:
        names = ", ".join(f"{ctx.name(r)} {ctx.mark(r)}" for r in rows)
        line = ctx.t(op + "_tie", what=ctx.measure_name(), rule=ctx.result.rule, p=names, v=ctx.euro(ctx.result.value))
    return Composed(lines=(line, *_asked_of_each(ctx, rows)))


def _asked_of_each(ctx: TableContext, rows: Sequence[ProjectRow]) -> list[str]:
    """What else a question asks of each row it ranks ("largest grant - recipient, amount, total project size"): the
    other amount, and the text fields the name does not show."""
    query = ctx.intent.table_query
    fields = query.fields if query else ()
    other = [f for f in fields if f in ("contribution", "total_size") and f != ctx.result.measure]
    lines: list[str] = []
    for row in rows:
        marker = ctx.mark(row, whole=quotes_whole_row(fields))
        lines.extend(_measure_line(ctx, row, measure, marker) for measure in other)
        lines.extend(_field_line(ctx, row, name, marker) for name in fields if name in ROW_TEXT_FIELDS
                     and name != "applicant")
    return lines


def compose_group(ctx: TableContext) -> Composed:
    query = ctx.intent.table_query
    g = (query.group_by if query else None) or "theme"
    inner = (query.aggregate if query else None) or "sum"

    def key_label(key: str) -> str:
        return ctx.theme(key) if g == "theme" else key or "—"

    if inner in ("max", "min"):
        lines = [ctx.t("group_head", what=ctx.measure_name().capitalize(), g=ctx.t("g_" + g), rule=ctx.result.rule)]
        lines += [ctx.t("group_extreme", k=key_label(str(getattr(r, g))), p=ctx.name(r), v=ctx.euro(ctx.amount(r)),
                        m=ctx.mark(r)) for r in ctx.result.rows]
        return Composed(lines=tuple(lines))
    what = ctx.t("projects_word") if inner == "count" else ctx.measure_name()
    lines = [ctx.t("group_head", what=what.capitalize(), g=ctx.t("g_" + g), rule=ctx.result.rule)]
    groups, rows = list(ctx.result.groups), list(ctx.result.rows)
    if query is not None and query.limit and query.limit > 1 and len(groups) > query.limit:
        # "top 3 applicants": the first groups of the ranking, a group tied with the last one kept too
        groups = _first_groups(groups, query.limit, query.descending)
        kept = {key for key, _, _ in groups}
        rows = [r for r in rows if str(getattr(r, g)) in kept]
        lines = [ctx.t("group_top_n" if query.descending else "group_bottom_n", n=query.limit, what=what,
                       g=ctx.t("g_" + g), rule=ctx.result.rule)]
    if query is not None and query.limit == 1 and ctx.result.groups:
        key, value, n = (_first_groups(ctx.result.groups, 1, query.descending) or ctx.result.groups)[0]
        lines.insert(0, ctx.t("group_top" if query.descending else "group_bottom", g=ctx.t("g_" + g),
                              k=key_label(key), v=ctx.euro(value), n=ctx.projects(n), what=ctx.measure_name()))
    for key, value, n in groups:
        if inner == "count":
            lines.append(ctx.t("group_count_line", k=key_label(key), n=ctx.projects(n)))
        else:
            lines.append(ctx.t("group_line", k=key_label(key), v=ctx.euro(value), n=ctx.projects(n)))
    if inner == "sum" and len(groups) > 1 and asks_a_total(ctx.intent.question):
        # "per aanvrager: WEB11 en DBH BV, en samen": the groups' total too, from the same rows
        amounts = [a for a in (ctx.amount(r) for r in rows) if a is not None]
        lines.append(ctx.t("group_total", v=ctx.euro(sum(amounts)), n=ctx.projects(len(amounts))))
    lines.append(ctx.t("rows_used", m=ctx.mark_all(rows)))
    return Composed(lines=tuple(lines))


# a total asked beside a split ("… per aanvrager, en samen", "… by theme and in total")
_SUM_CUE = re.compile(r"\b(?:samen|in totaal|opgeteld|bij elkaar|together|in total|combined|altogether|totaal|total)\b")


def asks_a_total(question: str) -> bool:
    """A total asked beside a split of it ("bijdrage per thema, met totaal")."""
    return _SUM_CUE.search(normalise(question)) is not None


def _first_groups(groups: Sequence[tuple[str, float | int, int]], limit: int,
                  descending: bool) -> list[tuple[str, float | int, int]]:
    """The first `limit` groups by value, and any tied with the last of them.

    >>> _first_groups([("a", 5, 1), ("b", 9, 1), ("c", 5, 2), ("d", 1, 1), ("", 20, 3)], 2, True)
    [('b', 9, 1), ('a', 5, 1), ('c', 5, 2)]
    """
    # rows with the column left empty (no theme: 'Anders') are no group of their own to rank
    ranked = sorted((item for item in groups if item[0]), key=lambda item: item[1], reverse=descending)
    if not ranked:
        return []
    last = ranked[min(limit, len(ranked)) - 1][1]
    return [item for item in ranked if (item[1] >= last if descending else item[1] <= last)]


def _ranked(ctx: TableContext) -> list[tuple[int, ProjectRow]]:
    """The result's rows with their place; tied amounts share it."""
    out, rank, previous = [], 0, None
    for i, row in enumerate(ctx.result.rows, start=1):
        amount = ctx.amount(row)
        rank = rank if amount == previous else i
        previous = amount
        out.append((rank, row))
    return out


def _ranked_lines(ranked: list[tuple[int, ProjectRow]], ctx: TableContext) -> str:
    return "\n".join(f"{rank}. {_amount_line(row, ctx)}" for rank, row in ranked)


def _amount_line(row: ProjectRow, ctx: TableContext) -> str:
    return f"{ctx.name(row)}: **{ctx.euro(ctx.amount(row))}** {ctx.mark(row)}"


def compose_top(ctx: TableContext) -> Composed:
    query = ctx.intent.table_query
    n = (query.limit if query else None) or 3
    descending = query.descending if query else True
    key = "top_head" if descending else "bottom_head"
    ties = (ctx.t("top_ties", n=len(ctx.result.rows)),) if len(ctx.result.rows) > n else ()
    return Composed(lines=(ctx.t(key, n=n, what=ctx.measure_name(), rule=ctx.result.rule), _ranked_lines(_ranked(ctx), ctx),
                           *ties))


def compose_nth(ctx: TableContext) -> Composed:
    """The project at the place asked ("de op één na grootste"), with the places above it to show the ranking."""
    query = ctx.intent.table_query
    n = (query.limit if query else None) or 2
    ranked = _ranked(ctx)
    at = [row for rank, row in ranked if rank == n]
    if not at:  # fewer rows than places, or a tie over the place asked
        return Composed(lines=(ctx.t("no_place", n=n, rule=ctx.result.rule), _ranked_lines(ranked, ctx)),
                        answered=False)
    key = "nth_head" if query is None or query.descending else "nth_bottom_head"
    names = ", ".join(_amount_line(row, ctx) for row in at)
    return Composed(lines=(ctx.t(key, n=n, what=ctx.measure_name(), rule=ctx.result.rule, names=names),
                           _ranked_lines(ranked, ctx)))


PROFILE_LIMIT = 3  # more projects than this are listed, not told one by one


def compose_profile(ctx: TableContext) -> Composed:
    """A named project told as prose, every cell labelled: what it is, who applied, with whom, the money."""
    if len(ctx.result.rows) > PROFILE_LIMIT:
        return compose_list(ctx)
    lines = []
    for row in ctx.result.rows:
        marker = ctx.mark(row, whole=True)
        lines.append(f"**{row.project}** {marker}")
        lines.append("\n".join([
            f"- {_description(ctx, row)}",
            f"- {ctx.t('label_applicant')}: {row.applicant}",
            f"- {ctx.t('label_partners')}: {row.partners or '—'}",
            f"- {ctx.t('label_theme')}: {ctx.theme(row.theme)}",
            f"- {ctx.t('label_contribution', year=row.year)}: {_cell_amount(ctx, row.contribution, bold=True)}",
            f"- {ctx.t('label_total_size')}: {_cell_amount(ctx, row.total_size)}",
        ]))
    return Composed(lines=tuple(lines), answered=bool(ctx.result.rows))


def _cell_amount(ctx: TableContext, value: float | int | None, bold: bool = False) -> str:
    """An amount cell as told: the amount, or that the annex gives none ("—" alone says nothing to the asker)."""
    if value is None:
        return ctx.t("cell_not_given")
    return f"**{ctx.euro(value)}**" if bold else ctx.euro(value)


def _description(ctx: TableContext, row: ProjectRow) -> str:
    """A row's description labelled; in an English answer its word-by-word English comes first, then as written."""
    if ctx.language == "en" and ctx.english is not None:
        return f"{ctx.t('label_description_en')}: “{ctx.english(row.description)}” (as written: «{row.description}»)"
    return f"{ctx.t('label_description')}: «{row.description}»"


_LESS = re.compile(r"\b(?:minder|less|kleiner|smaller|lager|lower)\b")


def compose_compare(ctx: TableContext) -> Composed:
    """Each named item's figure side by side and, for two, how far apart they are (computed by the engine); a
    yes/no comparison ("kreeg A meer dan B?") is answered yes or no from those figures."""
    groups = list(ctx.result.groups)
    lines = [ctx.t("compare_head", what=ctx.measure_name(), rule=ctx.result.rule)]
    lines.append("\n".join(f"- {key}: **{ctx.euro(value)}** ({ctx.projects(n)})" for key, value, n in groups))
    if len(groups) == 2:
        (a, va, _), (b, vb, _) = groups
        # a difference of total size is no money received: the line names the measure it compares
        sized = ctx.result.query is not None and ctx.result.query.measure == "total_size"
        differ = "compare_diff_size" if sized else "compare_diff"
        lines.append(ctx.t(differ, a=a, b=b, d=ctx.euro(ctx.result.value)) if va != vb else ctx.t("compare_same"))
        if ctx.intent.yes_no:
            values = {key: value for key, value, _ in groups}
            query = ctx.result.query
            years = next((f.values for f in query.filters if f.column == "year"), ()) if query else ()
            # the items in the order the question names them: "A more than B", "in 2018 more than in 2017"
            named = list(years) if query and query.group_by == "year" else [
                m.value for m in ctx.intent.entities if m.value in values]
            if len(named) >= 2:
                first, second = values[named[0]], values[named[1]]
                holds = first < second if _LESS.search(normalise(ctx.intent.question)) else first > second
                lines[0] = ctx.t("say_yes" if holds else "say_no") + " " + lines[0]
    lines.append(ctx.t("rows_used", m=ctx.mark_all(ctx.result.rows)))
    return Composed(lines=tuple(lines), answered=len(groups) >= 2)


def _kept_by(ctx: TableContext) -> str:
    query = ctx.result.query
    return (query.group_by if query else None) or "project"


def _asked_years(ctx: TableContext) -> tuple[int, ...]:
    query = ctx.result.query
    return tuple(sorted(int(v) for f in (query.filters if query else ()) if f.column == "year" for v in f.values))


def _by_key_lines(ctx: TableContext) -> str:
    """One line per project (or applicant), its rows after it: "- **X**: 2017 € 100.000 [1]; 2018 € 90.000 [2]"."""
    g = _kept_by(ctx)
    keyed: dict[str, list[ProjectRow]] = {}
    for row in ctx.result.rows:
        keyed.setdefault(str(getattr(row, g)), []).append(row)
    lines = []
    for key, rows in keyed.items():
        parts = "; ".join(f"{r.year} {ctx.euro(ctx.amount(r))} {ctx.mark(r)}" if g == "project" else
                          f"{r.project} ({r.year}) {ctx.euro(ctx.amount(r))} {ctx.mark(r)}" for r in rows)
        lines.append(f"- **{key}**: {parts}")
    return "\n".join(lines)


def compose_new(ctx: TableContext) -> Composed:
    """What is new in a year: projects (or applicants) no table of an earlier year has."""
    asked = _asked_years(ctx)
    year = asked[0] if asked else max(ctx.store.years, default=0)
    earlier = tuple(y for y in ctx.store.years if y < year)
    what = ctx.t("what_" + _kept_by(ctx))
    if not earlier:
        return Composed(lines=(ctx.t("first_year", year=year, what=what),), answered=False)
    shown = join_years(earlier, ctx.catalogue, ctx.language)
    if not ctx.result.rows:
        return Composed(lines=(ctx.t("none_new", year=year, what=what, earlier=shown),))
    return Composed(lines=(ctx.t("head", year=year, what=what, earlier=shown, rule=ctx.result.rule),
                           _by_key_lines(ctx)))


def compose_exists(ctx: TableContext) -> Composed:
    """'Is er een project over cybersecurity gesubsidieerd?': yes with the rows whose name or description has the
    word, or no, said of the tables (every project row of the years asked was searched), never of the world."""
    rows = ctx.result.rows
    years = join_years(_asked_years(ctx) or ctx.store.years, ctx.catalogue, ctx.language)
    if not rows:
        closest = _closest_described(ctx)
        if closest:  # "a program that puts fresh graduates to work at ict firms - was something like that funded?"
            return Composed(lines=(ctx.t("closest_exist", n=ctx.projects(_rows_in_years(ctx)), years=years,
                                         rule=ctx.result.rule, k=closest[0][1]), "\n".join(
                f"- {ctx.name(r)}: {ctx.euro(ctx.amount(r))} {ctx.mark(r, whole=True)}" for r, _ in closest)))
        return Composed(lines=(ctx.t("none_exist", n=ctx.projects(_rows_in_years(ctx)), years=years,
                                     rule=ctx.result.rule),))
    key = "some_exist" if len(rows) > 1 else "one_exists"  # "1 project voldoet", not "voldoen"
    return Composed(lines=(ctx.t(key, n=ctx.projects(len(rows)), rule=ctx.result.rule), _row_lines(ctx)))


DESCRIBED = 3  # words of a question's own description of a project, from which no row needs to have them all



def _closest_described(ctx: TableContext) -> list[tuple[ProjectRow, int]]:
    """For a project described in the asker's words (three words searched or more, which no row has all of): the
    row saying the most of them, when it says three or more and two more than any other row (a description has
    filler words no row says: "client", "puts", "fresh"; a clear lead, not a share of all words, tells the row
    described). The whole row is cited, so the reader sees which words it says."""
    query = ctx.intent.table_query
    words = [f.values[0] for f in (query.filters if query else ()) if f.column == "keyword" and len(f.values) == 1]
    if len(words) < DESCRIBED:
        return []
    asked = _asked_years(ctx)
    said = [(r, sum(has_stem(f"{r.project} {r.description}", w) for w in words)) for r in ctx.store.rows
            if not asked or r.year in asked]
    counts = sorted((n for _, n in said), reverse=True) + [0, 0]
    if counts[0] < DESCRIBED or counts[0] < counts[1] + 2:
        return []
    return [(r, n) for r, n in said if n == counts[0]]


def _runs_as_asked(first: int, last: int, asked: tuple[str, int]) -> bool:
    """A period (first, last year; 0 for a duration with no years) is what the question asks: running past a year,
    up to a year or later, or over more than one year (any duration of two years or more)."""
    side, year = asked
    if side == "after":
        return last > year
    if side == "until":
        return last >= year
    return last == 0 or last > first


def compose_runs(ctx: TableContext) -> Composed:
    """'Welke projecten lopen na 2018 nog door?': the rows whose description states a period as asked, each with
    the sentence that states it; the table has no column for a project's period, so the rest is said to state none."""
    asked = period_asked(ctx.intent.question) or ("years", 0)
    when = ctx.t(f"when_{asked[0]}", year=asked[1])
    # each row running as asked, with the first sentence of its description that says so
    said: dict[ProjectRow, str] = {}
    for row in ctx.result.rows:
        for first, last, sentence in stated_periods(row.description):
            if _runs_as_asked(first, last, asked):
                said.setdefault(row, sentence)
    if len(ctx.result.rows) == 1 and not said:  # "is pygrunn meerjarig"
        return Composed(lines=(ctx.t("none_runs_one", name=ctx.name(ctx.result.rows[0]), when=when),), answered=False)
    if not said:
        return Composed(lines=(ctx.t("none_runs", n=ctx.projects(len(ctx.result.rows)), when=when,
                                     rule=ctx.result.rule),), answered=False)
    listed = "\n".join(f"- {ctx.name(row)}: «{sentence}» {ctx.mark(row, whole=True)}" for row, sentence in said.items())
    rest = len(ctx.result.rows) - len(said)
    others = (ctx.t("runs_rest", n=ctx.projects(rest), when=when),) if rest else ()
    return Composed(lines=(ctx.t("runs_head", n=ctx.projects(len(said)), when=when, rule=ctx.result.rule), listed,
                           *others))


def compose_ratio(ctx: TableContext) -> Composed:
    """The multiplier per annex part: computed from the rows with both amounts (the two sums shown), then from the
    totals the annex states for that part (cited), then over every such row together."""
    figures = {key: (value, n) for key, value, n in ctx.result.groups}
    parts = [p for p in dict.fromkeys(r.section for r in ctx.result.rows) if f"{p}|ratio" in figures]  # annex order
    if not parts or ctx.result.value is None:
        return Composed(lines=(ctx.t("ratio_none", rule=ctx.result.rule),), answered=False)
    lines, block = [ctx.t("ratio_head", rule=ctx.result.rule)], []
    for part in parts:
        (ratio, n), (size, _), (paid, _) = (figures[f"{part}|{k}"] for k in ("ratio", "size", "contribution"))
        line = ctx.t("ratio_line", s=part, r=_decimal(ctx, ratio), size=ctx.euro(size), paid=ctx.euro(paid),
                     n=ctx.projects(n))
        stated = figures.get(f"{part}|stated")
        total = next((t for t in ctx.store.totals if t.section == part and stated is not None and t.year == stated[1]),
                     None)
        if stated is not None and total is not None:
            line += ctx.t("ratio_stated", r=_decimal(ctx, stated[0]), size=ctx.euro(total.total_size),
                          paid=ctx.euro(total.contribution), m=f"[{ctx.cites.total(ctx.store, total)}]")
        block.append(line)
    lines.append("\n".join(block))
    if len(parts) > 1:
        lines.append(ctx.t("ratio_all", r=_decimal(ctx, ctx.result.value)))
    claimed = _claimed_ratio(ctx.intent.question)
    if ctx.intent.yes_no and claimed is not None:
        # "klopt die multiplier van bijna 14?" / "a multiplier of 20x, right?": the claim against what is computed
        # with no part asked, a claim is about the programme: its largest part (the one the letter's figure is of)
        # and all rows together, not a small part that happens to come near ("only about 5?" is no "yes" for Anders)
        main = max(parts, key=lambda p: figures[f"{p}|contribution"][0]) if len(parts) > 1 else parts[0]
        computed = [float(v) for k, v, _ in ctx.result.groups if k in (f"{main}|ratio", f"{main}|stated")]
        # "more than 15" is not met by 13.9, though it is near; "bijna 14" is
        direction = claim_direction(ctx.intent.question)
        near = any(near_claim(c, claimed, direction) for c in [*computed, float(ctx.result.value)])
        bound = direction in ("more", "less")  # "more than 10" holds outright, "bijna 14" roughly
        lines.insert(0, ctx.t(("ratio_yes" if bound else "ratio_roughly") if near else "ratio_not"))
    lines.append(ctx.t("rows_used", m=ctx.mark_all([r for r in ctx.result.rows if r.contribution and r.total_size])))
    return Composed(lines=tuple(lines))


CLAIM_ROUNDING = 0.1  # "2 miljoen" for € 2.200.000: a figure said from memory, rounded
# the city's part of something ("the city's share", "het aandeel van de gemeente"): a portion, and of one project
# (understand) that project's size
CITYS_SHARE = (r"(?:the )?(?:city|municipality)(?:'s|s)? share|share of the (?:city|municipality)"
               r"|(?:het )?aandeel van de gemeente|gemeentelijk(?:e)? aandeel|city share"
               # "what share of it did the municipality fund", "welk deel betaalde de gemeente": the city's part
               r"|(?:share|percentage|part|proportion)\b.*\b(?:did|does|has) the (?:city|municipality|gemeente)"
               r" (?:fund|pay|cover|contribute|finance)"
               r"|(?:aandeel|deel|procent|percentage)\b.*\b(?:heeft|betaalde|betaalt|financierde|droeg|draagt) de gemeente")
NEAR_FIGURE = 0.02  # "~470k" checks the total of € 469.427 (or rows of € 474.427): within 2 %


def claim_met(value: float, claimed: float) -> bool:
    """A claimed amount is the figure: a precise one ("€ 31.430", not a multiple of 100) exactly, a round one ("30k",
    "€ 470.000") give or take NEAR_FIGURE.

    >>> claim_met(31403, 31430), claim_met(31403, 31403), claim_met(469427, 470000)
    (False, True, True)
    """
    if _precise(claimed):
        return value == claimed
    return abs(value - claimed) <= NEAR_FIGURE * claimed


def _precise(claimed: float) -> bool:
    """An amount typed to the euro ("€ 31.430"), not rounded: a claim of exactly that figure."""
    return claimed >= 1000 and bool(claimed % 100)


def near_claim(value: float, claimed: float, direction: ClaimSide | None = None) -> bool:
    """A claimed figure holds for the real one, give or take a rounding ("2 miljoen" for € 2.200.000); a claim of
    "ruim 500.000" / "more than 15" (above) is not met by a smaller figure, nor "bijna 6 ton" (below) by a larger.

    >>> near_claim(13.9, 14, "below"), near_claim(13.9, 15, "more"), near_claim(13.9, 10, "more"), near_claim(13.9, 15)
    (True, False, True, True)
    """
    # (not strictly: the letter's "ruim € 470.000" is written 470.000 and meets "over 470k")
    if direction == "more":
        return value >= claimed
    if direction == "less":
        return value <= claimed
    if direction == "above":
        return claimed * (1 - NEAR_FIGURE) <= value <= claimed * (1 + CLAIM_ROUNDING)
    if direction == "below":
        return claimed * (1 - CLAIM_ROUNDING) <= value <= claimed * (1 + NEAR_FIGURE)
    if _precise(claimed):  # "klopt het dat het € 31.430 was?": € 31.403 is another figure, however near
        return value == claimed
    return abs(value - claimed) <= CLAIM_ROUNDING * value


def _claimed_ratio(question: str) -> float | None:
    """The ratio a question claims ("bijna 14", "20x"): its one figure that is no year and no amount of money (said
    twice, it is one claim: "20x, so every euro became 20 euro").

    >>> _claimed_ratio("the multiplier was like 20x, so every euro became 20 euro. klopt dat?")
    20.0
    """
    figures = [float(n.replace(",", ".")) for n in re.findall(r"(?<![\d.,€])(\d+(?:[.,]\d)?)\s?(?:x|keer|times)?\b", question)]
    figures = list(dict.fromkeys(f for f in figures if 1 < f < 1000))
    return figures[0] if len(figures) == 1 else None


def _decimal(ctx: TableContext, value: float | int) -> str:
    return format_number(float(value), ctx.intent.language, 1)


def compose_missing(ctx: TableContext) -> Composed:
    """'Welke projecten hebben geen bedrag?': only the rows with an empty checked cell, each saying which cell is
    empty (its quoted table line shows the empty cell); no rows is itself the answer."""
    query = ctx.intent.table_query
    cells = checked_cells(query) if query else ("contribution", "total_size")
    what = join_words([ctx.t("cell_" + c) for c in cells], ctx.t("or_word"))
    if not ctx.result.rows:
        return Composed(lines=(ctx.t("none_missing", what=what, n=ctx.projects(_rows_in_years(ctx)),
                                     rule=ctx.result.rule),))
    head = "missing_head_one" if len(ctx.result.rows) == 1 else "missing_head"
    rows = []
    for row in ctx.result.rows:
        empty = [c for c in cells if _cell_is_empty(row, c)]
        rows.append(ctx.t("missing_line", p=ctx.name(row), cells=join_words([ctx.t("cell_" + c) for c in empty],
                                                                             ctx.t("and_no")),
                          m=ctx.mark(row, whole=bool({"partners", "description"} & set(empty)))))
    return Composed(lines=(ctx.t(head, n=ctx.projects(len(rows)), what=what, rule=ctx.result.rule), "\n".join(rows)))


def _cell_is_empty(row: ProjectRow, cell: str) -> bool:
    value: int | str | None = getattr(row, cell)
    return value is None or value == ""


def _rows_in_years(ctx: TableContext) -> int:
    asked = _asked_years(ctx)
    return sum(1 for r in ctx.store.rows if not asked or r.year in asked)


def compose_several(ctx: TableContext) -> Composed:
    """Who has more than one project in the selection: each one's total over its projects, then the rows."""
    query = ctx.intent.table_query
    g = (query.group_by if query else None) or "applicant"
    what = ctx.t("what_" + g) if g in ("applicant", "project") else ctx.t("g_" + g)
    if not ctx.result.groups:
        return Composed(lines=(ctx.t("none_several", what=what, rule=ctx.result.rule),))
    lines = [ctx.t("several_head", what=what.capitalize(), rule=ctx.result.rule)]
    lines += [ctx.t("group_line", k=key or "—", v=ctx.euro(value), n=ctx.projects(n)) for key, value, n in ctx.result.groups]
    lines.append(ctx.t("rows_used", m=ctx.mark_all(ctx.result.rows)))
    return Composed(lines=tuple(lines))


def compose_repeat(ctx: TableContext) -> Composed:
    """Projects (or applicants) with a contribution in more than one year, each with its years."""
    what = ctx.t("what_" + _kept_by(ctx))
    if len(ctx.store.years) < 2:
        return Composed(lines=(ctx.t("one_year", year=join_years(ctx.store.years, ctx.catalogue, ctx.language)),),
                        answered=False)
    if not ctx.result.rows:
        return Composed(lines=(ctx.t("none_repeat", what=what, rule=ctx.result.rule),))
    return Composed(lines=(ctx.t("head", what=what.capitalize(), rule=ctx.result.rule), _by_key_lines(ctx)))


_WHAT: Messages = {"what_project": {"nl": "projecten", "en": "projects"},
                   "what_applicant": {"nl": "aanvragers", "en": "applicants"}}


def _cue(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Cue order matters: the first match wins ("hoeveel projecten" counts before "hoeveel" sums; a top-N before the
# single largest; telling about a project before its figures).
_NUMBER = r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten)"
# "op één na grootste" is the second place, "de derde grootste" the third: the word → the place it asks
ORDINAL_PLACES = {"een": 2, "één": 2, "twee": 3, "drie": 4, "vier": 5, "tweede": 2, "derde": 3, "vierde": 4,
                  "second": 2, "third": 3, "fourth": 4, "2nd": 2, "3rd": 3, "4th": 4}
_AFTER_NA = ("een", "één", "twee", "drie", "vier")
_OP_NA = rf"\bop ({'|'.join(_AFTER_NA)}) na\b"
_ORDINAL_WORD = rf"\b({'|'.join(w for w in ORDINAL_PLACES if w not in _AFTER_NA)})\b"
ORDINAL = re.compile(f"{_OP_NA}|{_ORDINAL_WORD}")
# a place in a ranking named by itself, after a ranking was asked ("en wie was nummer twee?", "which one came
# second?", "the runner-up"): the place it names (a number, not "op twee na", which is the third)
RANK_NAMED = re.compile(r"\b(?:nummer|number|nr\.?|no\.)\s+(?P<n>2|3|4|twee|drie|vier|two|three|four)\b"
                        r"|\b(?:was|werd|is|came|kwam|eindigde|finished|ended|staat|stond)\s+(?:op\s+(?:de\s+|een\s+)?|in\s+)?"
                        r"(?P<w>tweede|derde|vierde|second|third|fourth)(?:\s+(?:place|plaats))?\s*\??\s*$"
                        r"|\b(?P<up>runner-?up)\b")
RANK_NUMBERS = {"2": 2, "3": 3, "4": 4, "twee": 2, "drie": 3, "vier": 4, "two": 2, "three": 3, "four": 4}
_SUPERLATIVE = (r"(?:grootste|hoogste|meeste|meest|duurste|largest|biggest|highest|most|kleinste|laagste|minste|minst"
                r"|smallest|lowest|least)")
# A table cell named the way a "which rows have no …" question names it.
_CELL_WORD = (r"(?:bedrag(?:en)?|bijdragen?|subsidie|omvang|projectomvang|partners?|beschrijving|omschrijving|amounts?"
              r"|contributions?|funding|figures?|sizes?|project size|total size|partners?|description|value)\b")
DEFAULT_OPERATIONS = (
    # first: "welke projecten hebben geen bedrag" is not a list of every row, "no amount" not a sum
    Operation(name="missing", plan=missing_plan, compose=compose_missing, empty_is_answer=True, thresholds_rows=False,
              for_one_project="lookup",
              cue=_cue(rf"\bontbre(?:ekt|ken|kende|kenden)\b|\b(?:niet|nog niet) (?:ingevuld|vermeld|opgegeven|bekend)\b"
                       rf"|\b(?:lege?|empty|blank) (?:cel|cellen|vakjes?|cells?|velden|fields?|values?)\b"
                       rf"|\bmissing (?:values?|cells?|data|amounts?|figures?)\b"
                       rf"|\b(?:geen|zonder|no|without|lacks?|lacking)\s+(?:(?:een|an?|any)\s+)?(?:\w+\s+)?{_CELL_WORD}"
                       rf"|{_CELL_WORD}\s+(?:is |are |was |were )?(?:missing|empty|blank|not (?:given|filled in|listed|stated))\b"),
              messages={"or_word": {"nl": " of ", "en": " or "},
                        "cell_contribution": {"nl": "gemeentelijke bijdrage", "en": "municipal contribution"},
                        "cell_total_size": {"nl": "totale projectomvang", "en": "total project size"},
                        "cell_partners": {"nl": "partners", "en": "partners"},
                        "cell_description": {"nl": "beschrijving", "en": "description"},
                        "and_no": {"nl": " en geen ", "en": " and no "},
                        "missing_head": {"nl": "{n} ({rule}) hebben een lege cel voor {what}:",
                                         "en": "{n} ({rule}) have an empty cell for {what}:"},
                        "missing_head_one": {"nl": "{n} ({rule}) heeft een lege cel voor {what}:",
                                             "en": "{n} ({rule}) has an empty cell for {what}:"},
                        "missing_line": {"nl": "- {p}: geen {cells} ingevuld {m}",
                                         "en": "- {p}: no {cells} filled in {m}"},
                        "none_missing": {"nl": "Geen: bij alle {n} ({rule}) is {what} ingevuld.",
                                         "en": "None: all {n} ({rule}) have {what} filled in."}}),
    Operation(name="new", plan=new_plan, compose=compose_new, thresholds_rows=True, empty_is_answer=True,
              # "ik ben nieuw hier", "I'm new here" is the asker, not the projects
              # "the new chair in digital economy", "een nieuwe leerstoel": something new that is no row
              # (words may stand between: "the new digital economy chair"; not a table noun: "new projects on …")
              cue=_cue(r"(?<!\bben )(?<!\bam )(?<!\bi'm )(?<!\bim )\b(?:(?:nieuwe?|new)\b(?!(?:\s+(?!(?:projects?|projecten"
                       r"|initiatie\w*|aanvra\w*|rows?|rijen)\b)[\w-]+){0,3}?\s+(?:chair|leerstoel|lectoraat"
                       r"|way|manier|phase|fase|technolog\w*|hub|office|center|centre|school|website|team"
                       # "die nieuwe brief", "the new letter": a document, no row
                       r"|brief|raadsbrief|letter|document|stuk|versie|version|plan|actieplan)\b)|nieuwkomers?"
                       r"|newcomers?|voor het eerst|for the first time|first[- ]time)\b(?! hier\b| here\b| bij\b| at\b)"),
              messages={**_WHAT,
                        "head": {"nl": "Nieuw in {year}: {what} die in de tabellen van eerdere jaren ({earlier}) niet "
                                       "voorkomen ({rule}):",
                                 "en": "New in {year}: {what} that the tables of earlier years ({earlier}) do not have "
                                       "({rule}):"},
                        "none_new": {"nl": "Geen {what} zijn nieuw in {year}: ze komen allemaal al voor in {earlier}.",
                                     "en": "No {what} are new in {year}: all of them already appear in {earlier}."},
                        "first_year": {"nl": "{year} is het eerste jaar waarover de tabellen gaan; er is geen eerder "
                                             "jaar om {what} mee te vergelijken.",
                                       "en": "{year} is the first year the tables cover; there is no earlier year to "
                                             "compare {what} with."}}),
    # before "repeat": "which projects run for several years" asks their period, not contributions in two years
    Operation(name="runs", plan=rows_plan, compose=compose_runs, thresholds_rows=False, cue=PERIOD_ASKED,
              messages={"runs_head": {"nl": "{n} waarvan de beschrijving in de projecttabel een looptijd {when} noemt "
                                            "({rule}):",
                                      "en": "{n} whose description in the project table states a period {when} "
                                            "({rule}):"},
                        "runs_rest": {"nl": "De beschrijvingen van de andere {n} noemen geen looptijd {when}; de "
                                            "tabel heeft geen kolom voor de looptijd van een project.",
                                      "en": "The descriptions of the other {n} state no period {when}; the table has "
                                            "no column for a project's period."},
                        "none_runs": {"nl": "Geen van de beschrijvingen van de {n} in de projecttabel noemt een "
                                            "looptijd {when} ({rule}); de tabel heeft geen kolom voor de looptijd.",
                                      "en": "None of the descriptions of the {n} in the project table states a "
                                            "period {when} ({rule}); the table has no column for a project's period."},
                        "none_runs_one": {"nl": "De beschrijving van {name} in de projecttabel noemt geen looptijd "
                                                "{when}; de tabel heeft geen kolom voor de looptijd.",
                                          "en": "The description of {name} in the project table states no period "
                                                "{when}; the table has no column for a project's period."},
                        "when_after": {"nl": "tot na {year}", "en": "running past {year}"},
                        "when_until": {"nl": "tot en met {year} of later", "en": "up to {year} or later"},
                        "when_years": {"nl": "van meer dan één jaar", "en": "of more than one year"}}),
    Operation(name="repeat", plan=repeat_plan, compose=compose_repeat, empty_is_answer=True,
              cue=_cue(r"\b(?:beide jaren|allebei|both years|in both|twee jaar|meerdere jaren|several years"
                       r"|multiple years|more than one year|meer dan een jaar|opnieuw|again|terugkerende?"
                       r"|returning|repeat(?:ed)?)\b"),
              messages={**_WHAT,
                        "head": {"nl": "{what} met een bijdrage in meer dan één jaar ({rule}):",
                                 "en": "{what} with a contribution in more than one year ({rule}):"},
                        "none_repeat": {"nl": "Geen {what} kregen in meer dan één jaar een bijdrage ({rule}).",
                                        "en": "No {what} received a contribution in more than one year ({rule})."},
                        "one_year": {"nl": "De tabellen gaan alleen over {year}; er is geen tweede jaar.",
                                     "en": "The tables cover {year} only; there is no second year."}}),
    Operation(name="several", plan=several_plan, compose=compose_several, empty_is_answer=True,
              cue=_cue(r"\b(?:meer dan (?:een|één|1) (?:project|subsidie|bijdrage)|meerdere (?:projecten|subsidies|bijdragen)"
                       r"|more than one (?:project|grant|subsidy|contribution)|(?:several|multiple) (?:projects|grants"
                       r"|subsidies|contributions)|twee of meer projecten|two or more projects)"),
              messages={**_WHAT,
                        "several_head": {"nl": "{what} met meer dan één project, met hun totaal ({rule}):",
                                         "en": "{what} with more than one project, with their total ({rule}):"},
                        "none_several": {"nl": "Geen {what} hebben meer dan één project ({rule}).",
                                         "en": "No {what} have more than one project ({rule})."}}),
    Operation(name="exists", plan=rows_plan, compose=compose_exists, empty_is_answer=True, says_yes_no=True,
              thresholds_rows=False, cue=None,  # chosen by understand.asks_existence
              messages={"none_exist": {"nl": "Nee: geen van de {n} in de projecttabellen ({years}) voldoet ({rule}).",
                                       "en": "No: none of the {n} in the project tables ({years}) matches ({rule})."},
                        "closest_exist": {
                            "nl": "Geen van de {n} in de projecttabellen ({years}) heeft al deze woorden ({rule}); het "
                                  "dichtst bij uw beschrijving komt, met {k} van de woorden in naam of omschrijving:",
                            "en": "None of the {n} in the project tables ({years}) has all of these words ({rule}); "
                                  "closest to your description, with {k} of the words in its name or description:"},
                        "some_exist": {"nl": "Ja: {n} voldoen ({rule}):", "en": "Yes: {n} match ({rule}):"},
                        "one_exists": {"nl": "Ja: {n} voldoet ({rule}):", "en": "Yes: {n} matches ({rule}):"}}),
    # before "profile", "sum" and "compare": "what percentage of the total …", "welk deel … meer dan …"
    Operation(name="portion", plan=portion_plan, compose=compose_portion,
              cue=_cue(r"\b(?:percentage|percent|procent|aandeel|proportion|fraction|share of|what share|which share"
                       rf"|{CITYS_SHARE}"
                       r"|welk deel|welke fractie|hoeveel procent|what part of|how much of the"
                       # "hoeveel van het geld / van de 470.000 ging naar onderwijs": a part of money, not a count
                       r"|hoeveel van (?:de|het|dat|die|al dat) (?:geld|bedrag|budget|subsidie|subsidiegeld|bijdrage"
                       r"|totale?|ruim|€?\s?\d+)"
                       # the city's part set against the whole: "how much did the council put in compared with the total size"
                       r"|(?:compared (?:with|to)|relative to|against|as against) (?:the|its) total"
                       r"|(?:vergeleken met|ten opzichte van|in verhouding tot|afgezet tegen) (?:de|het) (?:totale|totaal))\b"
                       r"|\d\s?%"
                       r"|\b(?:welk|welke|wat|hoeveel|what|which|how many)\s?%"),
              messages={"portion_of_size": {
                            "nl": "De gemeentelijke bijdrage is **{p}%** van de totale projectomvang: {part} van {whole} "
                                  "({rule}; berekend uit de rijen met beide bedragen).",
                            "en": "The municipal contribution is **{p}%** of the total project size: {part} of {whole} "
                                  "({rule}; computed from the rows with both amounts)."},
                        "portion_of_all": {
                            "nl": "**{p}%** van de gemeentelijke bijdrage: {part} van {whole} (het geheel: {n}; de "
                                  "selectie: {rule}), berekend uit de rijen van de tabel.",
                            "en": "**{p}%** of the municipal contribution: {part} of {whole} (the whole: {n}; the "
                                  "selection: {rule}), computed from the table's rows."},
                        "portion_stated": {
                            "nl": "Van het totaal dat de bijlage voor '{s}' vermeldt, {stated} {m}, is {part} **{ps}%**. "
                                  "De rijen van '{s}' tellen op tot {whole} ({diff} verschil); daarvan is het {p}%:",
                            "en": "Of the total the annex states for '{s}', {stated} {m}, {part} is **{ps}%**. "
                                  "The rows of '{s}' add up to {whole} (a difference of {diff}); of that it is {p}%:"},
                        "portion_no_size": {
                            "nl": "De tabel geeft geen totale projectomvang ({rule}), dus er is geen aandeel te "
                                  "berekenen. Wat de tabel wel geeft:",
                            "en": "The table gives no total project size ({rule}), so there is no share to compute. "
                                  "What the table does give:"},
                        "portion_no_size_row": {"nl": "- {p}: gemeentelijke bijdrage {paid}, totale projectomvang "
                                                      "niet ingevuld {m}",
                                                "en": "- {p}: municipal contribution {paid}, total project size not "
                                                      "filled in {m}"},
                        "portion_none": {"nl": "Geen bedragen om een aandeel van te berekenen ({rule}).",
                                         "en": "No amounts to compute a share from ({rule})."}}),
    # before "sum" and "compare": "klopt de multiplier?", "the ratio of total size to contribution"
    Operation(name="ratio", plan=ratio_plan, compose=compose_ratio, says_yes_no=True, thresholds_rows=False,
              stated_in_prose=True,
              cue=_cue(r"\b(?:multiplier|multiplicator|vermenigvuldigingsfactor|hefboom\w*|leverage|ratio|verhouding"
                       r"|for every euro|per euro|voor elke euro|elke euro)\b"),
              messages={"ratio_head": {
                            "nl": "Totale projectomvang gedeeld door gemeentelijke bijdrage (de 'multiplier'), berekend "
                                  "uit de rijen met beide bedragen ({rule}):",
                            "en": "Total project size divided by municipal contribution (the 'multiplier'), computed "
                                  "from the rows with both amounts ({rule}):"},
                        "ratio_line": {"nl": "- '{s}': **{r}** ({size} / {paid}, {n})",
                                       "en": "- '{s}': **{r}** ({size} / {paid}, {n})"},
                        "ratio_stated": {"nl": "; met de totalen die de bijlage vermeldt: {r} ({size} / {paid}) {m}",
                                         "en": "; with the totals the annex states: {r} ({size} / {paid}) {m}"},
                        "ratio_yes": {"nl": "Ja: zo komt het uit de bijlage.", "en": "Yes: that is what the annex gives."},
                        "ratio_roughly": {"nl": "Ja, ongeveer: zo komt het uit de bijlage.",
                                          "en": "Yes, roughly: that is what the annex gives."},
                        "ratio_not": {"nl": "Nee: dat komt niet uit de bijlage.",
                                      "en": "No: that is not what the annex gives."},
                        "ratio_all": {"nl": "Alle rijen met beide bedragen samen: **{r}**.",
                                      "en": "All rows with both amounts together: **{r}**."},
                        "ratio_none": {"nl": "Geen rijen met zowel een bijdrage als een projectomvang ({rule}).",
                                       "en": "No rows with both a contribution and a project size ({rule})."}}),
    Operation(name="profile", plan=rows_plan, compose=compose_profile, needs_selection=True, thresholds_rows=False,
              cue=_cue(r"\b(?:vertel (?:eens |iets |me |ons )*(?:meer )?over|tell me (?:more |something )?about"
                       r"|what does .* do\b|wat doet|what is .* about|waar gaat .* over|beschrijf|describe"
                       r"|informatie over|info over|meer over|more about"
                       # "wat houdt het Like-programma in", "what does the programme involve": what it is, all of it
                       r"|wat (?:houdt|hield|houden|hielden) .* in\b|what (?:does|did) .* (?:involve|entail))")),
    Operation(name="compare", plan=compare_plan, compose=compose_compare, needs_two_items=True, says_yes_no=True,
              cue=_cue(r"\b(?:vergelijk\w*|compare[ds]?|comparison|versus|vs\.?|tegenover)\b"
                       # "verschil tussen de bijdrage aan X en aan Y": a difference of money, not of what they do
                       r"|\b(?:verschil\w*|difference)\b(?=.*\b(?:bijdrage\w*|bedrag\w*|subsidie\w*|geld|contributions?"
                       r"|amounts?|funding|money|grants?|euros?|omvang|size)\b)"
                       # a name of several words between ("meer naar onderwijs & arbeidsmarkt dan naar kennis & …")
                       r"|\b(?:meer|minder|hogere?|lagere?|grotere?|kleinere?)\b(?:\s+[\w&]+){0,6}\s+dan\b(?! ?€| ?\d)"
                       rf"(?!{SOURCE_AFTER})"
                       r"|\b(?:more|less|higher|lower|bigger|larger|greater|smaller)\b(?:\s+[\w&]+){0,6}\s+than\b"
                       rf"(?! ?€| ?\d)(?!{SOURCE_AFTER})"
                       # "wat kreeg meer, A of B?", "which got more: A or B": two named, one to choose
                       r"|\b(?:welk\w*|wat|wie|which|what|who)\b[^?]*\b(?:meer|minder|more|less|hogere?|lagere?|higher"
                       r"|lower|grotere?|kleinere?|bigger|larger|smaller)\b(?!\s+(?:dan|than)\b)[^?]*\b(?:of|or)\b")),
    Operation(name="nth", plan=top_plan, compose=compose_nth,
              cue=_cue(rf"(?:{_OP_NA}|{_ORDINAL_WORD}(?: ?-?)?)\s*{_SUPERLATIVE}\b|{RANK_NAMED.pattern}"),
              messages={"nth_head": {"nl": "Op plaats {n} naar {what} ({rule}): {names}.",
                                     "en": "In place {n} by {what} ({rule}): {names}."},
                        "nth_bottom_head": {"nl": "Op plaats {n} van onderen naar {what} ({rule}): {names}.",
                                            "en": "In place {n} from the bottom by {what} ({rule}): {names}."},
                        "no_place": {"nl": "Er is geen plaats {n} ({rule}): de rangorde is",
                                     "en": "There is no place {n} ({rule}): the ranking is"}}),
    Operation(name="top", plan=top_plan, compose=compose_top,
              cue=_cue(rf"\btop[ -]?{_NUMBER}\b|\b{_NUMBER}\s+{_SUPERLATIVE}\b"
                       # "list the three projects with the largest total size"
                       rf"|\b(?:de|the)\s+(?!20\d\d\b){_NUMBER}\s+(?:\w+\s+)?(?:projecten|projects|aanvragers|applicants"
                       rf"|initiatieven)\b.*\b{_SUPERLATIVE}\b"
                       rf"|\b(?:welke|which|what)\s+{_NUMBER}\s+\w+\b.*\b{_SUPERLATIVE}\b"
                       rf"|\b(?:welke|which|what|de|the)\s+(?:\w+\s+)?(?:projecten|projects|initiatieven|aanvragers|applicants)\b"
                       rf".*\b{_SUPERLATIVE}\b(?:\s+\w+)?\s+(?:bijdragen|contributions|bedragen|amounts|subsidies|grants"
                       rf"|projectomvang|sizes|budgets)\b")),
    # a count's stated figure is the documents' own count (answer.stated_counts), not the annex's amount totals
    Operation(name="count", per_year=True, plan=aggregate_plan("COUNT(*)"), compose=compose_count, groupable=True,
              # "hoeveel staan er in de bijlage": a plural verb and "er" count things; "hoeveel is er betaald" is money
              # ("hoeveel kregen projecten van de RuG": a verb of money before the rows asks an amount)
              cue=_cue(r"\bhoeveel (?!(?:kregen|kreeg|krijgen|ontvingen|ontving|ontvangen|gingen|ging|kostten|kostte"
                       r"|kosten|hebben|hadden|betaalden)\b)(?:\w+ )?\w*(?:projecten|initiatieven|rijen|aanvragen)\b"
                       r"|\baantal \w*(?:projecten|rijen)"
                       r"|\bhoeveel (?:zijn|waren|\w+n) er\b"
                       r"|\bhow many\b|\bnumber of (?:projects|rows)"
                       # "do the project counts match", "de projectaantallen", "count of projects"
                       r"|\bproject ?counts?\b|\bcounts? of (?:the )?(?:projects|rows)\b|\bprojectaantal(?:len)?\b"
                       r"|\baantallen \w*(?:projecten|rijen)")),
    Operation(name="avg", per_year=True, plan=aggregate_plan("AVG({m})"), compose=compose_avg, groupable=True, notes_missing=True,
              # "i mean, …" is a way of speaking, no average
              cue=_cue(r"\bgemiddeld|\baverage\b|(?<!\bi )\bmean\b")),
    Operation(name="max", plan=extreme_plan("MAX"), compose=compose_extreme, groupable=True,
              cue=_cue(r"\b(?:grootste|hoogste|meeste|meest(?! recente?)|duurste|largest|biggest|highest|most(?! recent)|top"
                       r"|maximum|maximale"
                       # "the best funded project", "het best betaalde": the most money
                       r"|best(?:e)?(?=\s+(?:funded|funding|gefinancierde?|betaalde?|paid|gesubsidieerde?|subsidi[sz]ed)))\b")),
    Operation(name="min", plan=extreme_plan("MIN"), compose=compose_extreme, groupable=True,
              cue=_cue(r"\b(?:kleinste|laagste|minste|minst|goedkoopste|smallest|lowest|least|cheapest|minimum|minimale)\b")),
    Operation(name="sum", per_year=True, plan=aggregate_plan("SUM({m})"), compose=compose_sum, for_one_project="lookup",
              compares_stated_totals=True, notes_missing=True, groupable=True,
              cue=_cue(r"\b(?:totaal\w*|totale|totalen|in totaal|samen(?!\s+(?:met|bij|aan)\b)|opgeteld|optelsom|optelling|som|bij elkaar|totals?|in total|altogether|combined|sum"
                       r"|add(?:s|ed)? up|adding up|optellen|narekenen|narekent|nagerekend|recalculat\w*)\b"
                       # "how much did X and Y get together": what the money received adds up to, not "worked together"
                       r"|\b(?:get|gets|got|receive[sd]?)\s+(?:\w+\s+)?(?:together|between them)\b"
                       # counting asked in the imperative: "tel de bijdragen eens na", "reken het even na"
                       r"|^\s*(?:tel|reken)\s+(?:\w+\s+){0,4}(?:na|op)\b"
                       # ("how much was actually spent", "what was the actual spend in 2017": an adverb between)
                       r"|how much (?:money )?(?:went|(?:was|were|has been|have been) (?:\w+ )?(?:spent|given|paid|invested)"
                       r"|did .* (?:spend|contribute|give|put in|invest))|\b(?:the|total|actual|overall)(?: \d{4})? spend\b"
                       # "how was the spend broken down by theme", "hoe is het geld verdeeld over de thema's": a sum
                       # split up by what follows
                       r"|\b(?:broken down|split up|divided|distributed|verdeeld|uitgesplitst)\s+(?:by|per|over|naar|across"
                       r"|among)\b"
                       # "what did the city actually spend in 2017", "wat is er echt uitgegeven" (not what it was spent on)
                       r"|\b(?:what|wat) (?:did|has|have|is|was|heeft|hebben|werd) (?:\w+ ){0,4}(?:spend|spent|uitgegeven"
                       r"|besteed)\b(?!\s+(?:on|aan|to|for|voor)\b)"
                       # "wat kost dat hele gedoe ons", "what does it cost the city": the city's money
                       r"|\bkost(?:te|en)?\b.*\b(?:ons|de gemeente|de stad|de belastingbetaler)\b"
                       r"|\bcosts?\b.*\b(?:us|the city|the municipality|taxpayers?)\b"
                       r"|hoeveel (?:geld )?(?:ging|gingen|is|werd)\b"
                       # "wat is de omvang van de projecten", "the size of all the projects": of them all together
                       r"|\b(?:omvang|size|bijdrage|contribution|budget)s? (?:van|of) (?:alle |all )?(?:de |the )?"
                       r"(?:projecten|projects)\b(?!\s+(?:van|of|voor|for|over|about|die|that|met|with)\b)")),
    Operation(name="list", per_year=True, plan=aggregate_plan("SUM({m})"), compose=compose_list, cue=None, compares_stated_totals=True,
              notes_missing=True),
    Operation(name="lookup", per_year=True, plan=rows_plan, compose=compose_lookup, cue=None, thresholds_rows=False),
    # "per thema, met totaal": the groups' total is set beside the totals the sources state, which come first
    Operation(name="group", plan=group_plan, compose=compose_group, cue=None, compares_stated_totals=True,
              notes_missing=True),
)


def default_registry() -> Registry:
    return Registry(DEFAULT_OPERATIONS)
