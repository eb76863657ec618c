"""The table engine: whitelisted, parameterised SQL over the project table; no free-form code runs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lexical import normalise
from assistant.records import Comparison, Language, ProjectRow, TableResult
from assistant.tables import MEASURES, ROW_COLUMNS, TableStore

OPERATIONS = ("list", "lookup", "sum", "count", "avg", "max", "min")
GROUPS = ("theme", "applicant", "section")
EQ_COLUMNS = ("theme", "applicant", "project", "section")
STEM_COLUMNS = {"keyword": "project || ' ' || description", "partners": "partners"}
_LABELS = {
    "nl": {"theme": "thema", "applicant": "aanvrager", "project": "project", "section": "onderdeel",
           "keyword": "trefwoord {v} in projectnaam of beschrijving", "partners": "partner {v}",
           "all": "alle rijen van de tabel", "or": " of ", "with_amount": "met een bedrag"},
    "en": {"theme": "theme", "applicant": "applicant", "project": "project", "section": "section",
           "keyword": "keyword {v} in project name or description", "partners": "partner {v}",
           "all": "all rows of the table", "or": " or ", "with_amount": "with an amount"},
}


class QueryError(ValueError):
    """The query names a column, operation or value the table does not have."""


@dataclass(frozen=True)
class Filter:
    column: str  # theme | applicant | project | section (equality) or keyword | partners (word stems)
    values: tuple[str, ...]  # alternatives, OR-ed


@dataclass(frozen=True)
class TableQuery:
    operation: str = "list"
    measure: str = "contribution"
    filters: tuple[Filter, ...] = ()
    group_by: str | None = None
    fields: tuple[str, ...] = ()  # what a lookup asks for: contribution, total_size, applicant, partners, ...


def _has_stem(text: str | None, stems: str) -> int:
    """1 when a word of text starts with one of the '|'-separated stems, or holds a long one inside a compound
    ('stage' in 'bedrijfsstage'); accents and case folded."""
    words = re.findall(r"[a-z0-9]+", normalise(text or ""))
    return int(any(w.startswith(s) or (len(s) >= 5 and s in w) for s in stems.split("|") for w in words))


def _where(store: TableStore, query: TableQuery) -> tuple[str, list]:
    clauses, params = [], []
    for f in query.filters:
        if f.column in EQ_COLUMNS:
            known = set(store.distinct(f.column))
            unknown = [v for v in f.values if v not in known]
            if unknown:
                raise QueryError(f"no {f.column} {unknown[0]!r} in the table")
            clauses.append(f"{f.column} IN ({', '.join('?' * len(f.values))})")
            params.extend(f.values)
        elif f.column in STEM_COLUMNS:
            if not all(re.fullmatch(r"[a-z0-9|]+", v) for v in f.values):
                raise QueryError(f"keyword stems must be plain words: {f.values}")
            clauses.append("(" + " OR ".join(f"has_stem({STEM_COLUMNS[f.column]}, ?)" for _ in f.values) + ")")
            params.extend(f.values)
        else:
            raise QueryError(f"cannot filter on {f.column!r}")
    return " AND ".join(clauses), params


def describe_rule(query: TableQuery, language: Language) -> str:
    """The selection rule in words, e.g. "thema = 'Infrastructuur'"."""
    labels = _LABELS[language]
    parts = []
    for f in query.filters:
        shown = labels["or"].join(f"'{v.split('|')[0]}'" for v in f.values)
        parts.append(labels[f.column].format(v=shown) if "{v}" in labels[f.column] else f"{labels[f.column]} = {shown}")
    return "; ".join(parts) or labels["all"]


def run_query(store: TableStore, query: TableQuery, language: Language = "nl") -> TableResult:
    """Run one whitelisted query; raises QueryError for anything outside the whitelist."""
    if query.operation not in OPERATIONS:
        raise QueryError(f"unknown operation {query.operation!r}")
    if query.measure not in MEASURES:
        raise QueryError(f"unknown measure {query.measure!r}")
    if query.group_by not in (None, *GROUPS):
        raise QueryError(f"cannot group by {query.group_by!r}")
    store.con.create_function("has_stem", 2, _has_stem, deterministic=True)
    where, params = _where(store, query)
    w, m, g = where or "1", MEASURES[query.measure], query.group_by
    value: float | int | None = None
    groups: tuple = ()
    if query.operation in ("max", "min"):
        agg, order = ("MAX", "DESC") if query.operation == "max" else ("MIN", "ASC")
        if g:
            sql = (f"SELECT {ROW_COLUMNS} FROM (SELECT *, RANK() OVER (PARTITION BY {g} ORDER BY {m} {order}) AS rk "
                   f"FROM projects WHERE {w} AND {m} IS NOT NULL) WHERE rk = 1 ORDER BY {m} DESC")
            rows = store.query_rows(sql, tuple(params))
            groups = tuple((getattr(r, g), getattr(r, m), 1) for r in rows)
        else:
            sql = f"SELECT {ROW_COLUMNS} FROM projects WHERE {w} AND {m} = (SELECT {agg}({m}) FROM projects WHERE {w}) ORDER BY rowid"
            rows = store.query_rows(sql, tuple(params) * 2)
            value = getattr(rows[0], m) if rows else None
            params = params * 2
    else:
        sql = f"SELECT {ROW_COLUMNS} FROM projects WHERE {w} ORDER BY rowid"
        rows = store.query_rows(sql, tuple(params))
        row_sql = _inline(sql, list(params))
        fn = {"count": "COUNT(*)", "avg": f"AVG({m})"}.get(query.operation, f"SUM({m})")
        if g:
            order = "COUNT(*)" if query.operation == "count" else fn
            sql = f"SELECT {g}, {fn}, COUNT(*) FROM projects WHERE {w} GROUP BY {g} ORDER BY {order} DESC, {g}"
            groups = tuple((k or "", v if v is not None else 0, n) for k, v, n in store.execute(sql, tuple(params)))
        elif query.operation != "lookup":
            sql = f"SELECT {fn} FROM projects WHERE {w}"
            value = store.execute(sql, tuple(params))[0][0]
        if sql != row_sql:  # show how the rows were chosen as well as how the figure was computed
            sql = f"{row_sql};\n{sql}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return TableResult(
        operation=query.operation, measure=query.measure, rule=describe_rule(query, language), rows=tuple(rows),
        value=value, groups=groups, comparisons=_comparisons(store, query, rows),
        missing=tuple(r for r in rows if getattr(r, m) is None),
        sql=_inline(sql, list(params)), total_rows=len(store.rows))


def _comparisons(store: TableStore, query: TableQuery, rows: list[ProjectRow]) -> tuple[Comparison, ...]:
    """Computed sums beside the totals the source states, for selections that a stated total covers."""
    if query.operation not in ("sum", "list", "count") or any(f.column != "section" for f in query.filters):
        return ()
    out = []
    m = MEASURES[query.measure]
    for total in store.totals:
        in_section = [r for r in rows if r.section == total.section and r.table == total.table]
        stated = getattr(total, m)
        if in_section and stated is not None:
            computed = sum(getattr(r, m) or 0 for r in in_section)
            out.append(Comparison(total.section, query.measure, computed, stated, total.source))
    return tuple(out)


def _inline(sql: str, params: list) -> str:
    for p in params:
        sql = sql.replace("?", "'" + str(p).replace("'", "''") + "'", 1)
    return sql
