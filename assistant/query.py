"""The table engine: a `TableQuery` becomes whitelisted, parameterised SQL over the project table; no free-form code.

Which statements an operation needs is its registry entry's business (`operations`); this module turns filters into
a WHERE clause, runs the plan, and sets computed figures beside the totals the sources state.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from assistant.catalogue import Catalogue
from assistant.language import format_euro
from assistant.operations import EQ_COLUMNS, Plan, Registry, Selection, Statement, join_years, whole_filters
from assistant.records import Comparison, Language, TableQuery, TableResult
from index.lexical import has_stem
from index.records import ProjectRow, StatedTotal
from index.tables import MEASURES, SqlValue, TableStore

GROUPS = ("theme", "applicant", "section", "year", "project")
COMPARATORS = (">", ">=", "<", "<=", "=")
STEM_COLUMNS = {"keyword": "project || ' ' || description", "partners": "partners"}


class QueryError(ValueError):
    """The query names a column, operation or value the table does not have."""


class TableEngine(Protocol):
    """What the answer side needs from the table: run one query, and the store the rows are cited from."""

    store: TableStore

    def run(self, query: TableQuery, language: Language) -> TableResult: ...


def spans_years(query: TableQuery, rows: list[ProjectRow]) -> bool:
    """The selection holds rows of several years (all of them, or the ones asked) and is not grouped by year: the
    answer then gives each year's figure beside the figure over all of them."""
    return query.group_by != "year" and len({r.year for r in rows}) > 1


_SHARE_NAMES = {"1": "full", "0.5": "half"}  # the shares a question can ask, each named in the catalogue
_CMP_NAMES = {">=": "at_least", ">": "more", "<": "less", "<=": "at_most", "=": "equal"}
_SHARE = re.compile(r"(>=|<=|>|<|=)(" + "|".join(re.escape(k) for k in _SHARE_NAMES) + ")")


def share_words(share: str, catalogue: Catalogue, language: Language) -> str:
    """A share condition in words ('>=1': the contribution equals the whole project size); in words, because a
    number in an answer must be a figure of the sources.

    >>> from assistant.catalogue import load_catalogue
    >>> share_words(">0.5", load_catalogue(), "en")
    'municipal contribution more than half the project size'
    """
    fraction = share.lstrip("<>=")
    comparator = share[: len(share) - len(fraction)]
    return catalogue.text(language, f"rule.share_{_SHARE_NAMES[fraction]}",
                          c=catalogue.text(language, f"rule.cmp_{_CMP_NAMES[comparator]}"))


def _filter_words(column: str, *values: str, catalogue: Catalogue, language: Language) -> str:
    # every stem a keyword searches ("'kinderen' of 'basisschol'"): a row selected by the second shows why
    shown = catalogue.text(language, "rule.or").join(f"'{s}'" for v in values for s in dict.fromkeys(v.split("|")))
    label = catalogue.text(language, f"rule.{column}")
    return catalogue.text(language, f"rule.{column}", v=shown) if "{v}" in label else f"{label} = {shown}"


def describe_rule(query: TableQuery, catalogue: Catalogue, language: Language, years: tuple[int, ...] = ()) -> str:
    """The selection rule in words, e.g. "thema = 'Infrastructuur'"; where the tables cover several years and the
    question chose none, the rule says it is over all of them.

    >>> from assistant.catalogue import load_catalogue
    >>> from assistant.records import Filter
    >>> describe_rule(TableQuery(filters=(Filter(column="year", values=("2018",)),)), load_catalogue(), "en")
    'year = 2018'
    >>> describe_rule(TableQuery(), load_catalogue(), "nl", years=(2017, 2018))
    'alle rijen van de tabellen, alle jaren: 2017 en 2018'
    """
    parts = []
    for comparator, amount in query.bounds:
        parts.append(f"{catalogue.text(language, query.measure)} {comparator} {format_euro(amount, language)}")
    for f in query.filters:
        if f.column == "year":
            key = "rule.latest_year" if query.latest_year else "rule.year"
            parts.append(catalogue.text(language, key, v=join_years(f.values, catalogue, language)))
            continue
        if f.column == "share":
            parts.extend(share_words(v, catalogue, language) for v in f.values)
            continue
        if f.column == "either":  # "thema = 'Onderwijs & Arbeidsmarkt' of trefwoord 'kinderen' …"
            alternatives = (_filter_words(*v.split("=", 1), catalogue=catalogue, language=language) for v in f.values)
            parts.append(catalogue.text(language, "rule.or").join(alternatives))
            continue
        parts.append(_filter_words(f.column, *f.values, catalogue=catalogue, language=language))
    if query.excluded:  # "alle rijen van de tabel behalve thema = 'Onderwijs & Arbeidsmarkt'"
        left_out = catalogue.text(language, "rule.or").join(
            _filter_words(f.column, *f.values, catalogue=catalogue, language=language) for f in query.excluded)
        parts = [f"{'; '.join(parts) or catalogue.text(language, 'rule.all')} "
                 f"{catalogue.text(language, 'rule.except', r=left_out)}"]
    if len(years) > 1 and not any(f.column == "year" for f in query.filters):
        every = catalogue.text(language, "rule.all_years", years=join_years(years, catalogue, language))
        return "; ".join(parts) + ", " + every if parts else catalogue.text(language, "rule.all_tables") + ", " + every
    return "; ".join(parts) or catalogue.text(language, "rule.all")



def inline(statement: Statement) -> str:
    """The statement with its parameters written in, for display only (never executed).

    >>> inline(("SELECT * FROM projects WHERE theme = ?", ("Kennis & Innovatie",)))
    "SELECT * FROM projects WHERE theme = 'Kennis & Innovatie'"
    """
    sql, params = statement
    for p in params:
        sql = sql.replace("?", "'" + str(p).replace("'", "''") + "'", 1)
    return sql


class SqlTableEngine:
    """Runs registry plans over the read-only SQLite store."""

    def __init__(self, store: TableStore, registry: Registry, catalogue: Catalogue):
        self.store, self.registry, self.catalogue = store, registry, catalogue
        store.register("has_stem", 2, has_stem)

    def _where(self, query: TableQuery) -> tuple[str, tuple[SqlValue, ...]]:
        clauses: list[str] = []
        params: list[SqlValue] = []
        for f in query.filters:
            clause, values = self._clause(f.column, f.values)
            clauses.append(clause)
            params.extend(values)
        for f in query.excluded:
            clause, values = self._clause(f.column, f.values)
            clauses.append(f"NOT COALESCE({clause}, 0)")  # a row with no theme is one that is not that theme
            params.extend(values)
        for comparator, amount in query.bounds if self.registry[query.operation].thresholds_rows else ():
            if comparator not in COMPARATORS:
                raise QueryError(f"cannot compare with {comparator!r}")
            clauses.append(f"{query.measure} {comparator} ?")
            params.append(int(amount))
        return " AND ".join(clauses) or "1", tuple(params)

    def _clause(self, column: str, values: tuple[str, ...]) -> tuple[str, list[SqlValue]]:
        """One filter as SQL: its values are alternatives. An "either" filter's values are "column=value" pairs of
        other filters, any of which may hold ("over onderwijs of kinderen": a theme or a keyword)."""
        if column in EQ_COLUMNS:
            known = set(self.store.distinct(column))
            unknown = [v for v in values if v not in known]
            if unknown:
                raise QueryError(f"no {column} {unknown[0]!r} in the table")
            return f"{column} IN ({', '.join('?' * len(values))})", list(values)
        if column == "year":
            if not all(v.isdigit() and int(v) in self.store.years for v in values):
                raise QueryError(f"no table covers the year(s) {values}")
            return f"year IN ({', '.join('?' * len(values))})", [int(v) for v in values]
        if column in STEM_COLUMNS:
            if not all(re.fullmatch(r"[a-z0-9|]+", v) for v in values):
                raise QueryError(f"keyword stems must be plain words: {values}")
            return "(" + " OR ".join(f"has_stem({STEM_COLUMNS[column]}, ?)" for _ in values) + ")", list(values)
        if column == "share":
            found = [_SHARE.fullmatch(v) for v in values]
            if not all(found):
                raise QueryError(f"a share is a comparator and a fraction: {values}")
            return ("(" + " OR ".join(f"(total_size > 0 AND contribution {m.group(1)} ? * total_size)" for m in found if m)
                    + ")", [float(m.group(2)) for m in found if m])
        if column == "either":
            pairs = [v.split("=", 1) for v in values]
            if not all(len(p) == 2 and p[0] in (*EQ_COLUMNS, *STEM_COLUMNS) for p in pairs):
                raise QueryError(f"an alternative is a column=value pair: {values}")
            parts = [self._clause(c, (v,)) for c, v in pairs]
            return "(" + " OR ".join(sql for sql, _ in parts) + ")", [v for _, vs in parts for v in vs]
        raise QueryError(f"cannot filter on {column!r}")

    def run(self, query: TableQuery, language: Language) -> TableResult:
        """Run one whitelisted query; QueryError for anything outside the whitelist."""
        if query.operation not in self.registry:
            raise QueryError(f"unknown operation {query.operation!r}")
        if query.measure not in MEASURES:
            raise QueryError(f"unknown measure {query.measure!r}")
        if query.group_by not in (None, *GROUPS):
            raise QueryError(f"cannot group by {query.group_by!r}")
        where, params = self._where(query)
        broader = whole_filters(query.filters)
        whole = self._where(replace(query, filters=broader, threshold=None)) if broader else (None, ())
        parts = [f for f in broader or () if f.column != "year"]
        section = parts[0].values[0] if len(parts) == 1 and parts[0].column == "section" and len(
            parts[0].values) == 1 else None
        selection = Selection(where=where, params=params, measure=query.measure, group_by=query.group_by,
                              whole_where=whole[0], whole_params=whole[1], whole_section=section)
        op = self.registry[query.operation]
        plan = op.plan(selection, query)
        rows = self.store.query_rows(*plan.rows)
        value, groups = self._figures(plan, rows, query)
        by_year = self._by_year(selection) if op.per_year and spans_years(query, rows) else None
        shown = [plan.rows] + [s for s in (plan.value, plan.groups, by_year) if s is not None]
        return TableResult(
            operation=query.operation, measure=query.measure,
            rule=describe_rule(query, self.catalogue, language, self.store.years),
            rows=tuple(rows), value=value, groups=groups,
            comparisons=self._comparisons(query, rows) if op.compares_stated_totals else (),
            missing=tuple(r for r in rows if r.amount(query.measure) is None),
            sql=";\n".join(inline(s) for s in shown), total_rows=len(self.store.rows), group_by=query.group_by,
            by_year=self._figures_by_year(by_year), query=query)

    @staticmethod
    def _by_year(sel: Selection) -> Statement:
        return (f"SELECT year, SUM({sel.measure}), COUNT(*) FROM projects WHERE {sel.where} GROUP BY year ORDER BY year",
                sel.params)

    def _figures_by_year(self, statement: Statement | None) -> tuple[tuple[int, int, int], ...]:
        if statement is None:
            return ()
        return tuple((int(y or 0), int(v or 0), int(n or 0)) for y, v, n in self.store.execute(*statement))

    def _figures(self, plan: Plan, rows: list[ProjectRow], query: TableQuery,
                 ) -> tuple[float | int | None, tuple[tuple[str, float | int, int], ...]]:
        value: float | int | None = None
        groups: tuple[tuple[str, float | int, int], ...] = ()
        if plan.value is not None:
            found = self.store.execute(*plan.value)[0][0]
            value = found if isinstance(found, int | float) else None
        if plan.value_from_first_row and rows:
            value = rows[0].amount(query.measure)
        if plan.groups is not None:
            groups = tuple((str(k or ""), v if isinstance(v, int | float) else 0, int(n or 0))
                           for k, v, n in self.store.execute(*plan.groups))
        if plan.value_is_difference and len(groups) == 2:
            value = abs(groups[0][1] - groups[1][1])
        if plan.groups_from_rows:
            g = query.group_by or "theme"
            groups = tuple((str(getattr(r, g)), r.amount(query.measure) or 0, 1) for r in rows)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return value, groups

    def _comparisons(self, query: TableQuery, rows: list[ProjectRow]) -> tuple[Comparison, ...]:
        """Computed sums beside the totals the source states, for selections that hold every row a stated total
        totals ("projects under € 2.000" holds four rows of a part: their sum is not that part's total)."""
        out = []
        for total in self.store.totals:
            in_section = [r for r in rows if _totalled_by(r, total)]
            whole = len(in_section) == sum(1 for r in self.store.rows if _totalled_by(r, total))
            stated = total.contribution if query.measure == "contribution" else total.total_size
            if in_section and whole and stated is not None:
                computed = sum(r.amount(query.measure) or 0 for r in in_section)
                out.append(Comparison(section=total.section, year=total.year, measure=query.measure,
                                      computed=computed, stated=stated, stated_source=total.source,
                                      table=total.table))
        return tuple(out)


def _totalled_by(row: ProjectRow, total: StatedTotal) -> bool:
    return row.section == total.section and row.table_name == total.table and row.year == total.year


