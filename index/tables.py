"""Project tables: read CSV/XLSX against a schema, store them in SQLite, open that store read-only.

One generic schema covers every year: each row says which year its contribution is for. The answer side builds
its whitelisted queries on `TableStore`; this module only reads, checks and stores.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from index.blocks import LoadError, decode_utf8
from index.records import ProjectRow, StatedTotal, TableKind

TABLE_SUFFIXES = (".csv", ".xlsx")
SqlValue = str | int | float | None
PROJECT_COLUMNS = ("year", "section", "theme", "project", "applicant", "contribution_eur", "total_size_eur",
                   "description", "partners", "row_ref")
TOTAL_COLUMNS = ("table", "section", "year", "contribution_eur", "total_size_eur", "source")
SCHEMAS: dict[TableKind, tuple[str, ...]] = {"projects": PROJECT_COLUMNS, "stated_totals": TOTAL_COLUMNS}
# Files written before the year column name the year in the amount column instead ("contribution_2017_eur").
_LEGACY_CONTRIBUTION = re.compile(r"contribution_((?:19|20)\d{2})_eur")
# Columns a query may filter or group on; anything else is refused before SQL is built.
TEXT_COLUMNS = ("section", "theme", "project", "applicant", "description", "partners", "row_ref")
MEASURES = ("contribution", "total_size")


@dataclass(frozen=True, kw_only=True)
class TableFile:
    """A table file that passed its schema: project rows or stated totals, plus each row's raw text."""

    source: str
    kind: TableKind
    projects: tuple[ProjectRow, ...] = ()
    totals: tuple[StatedTotal, ...] = ()
    raw: tuple[str, ...] = ()  # exact source text of each row, for quotes
    header: tuple[str, ...] = ()

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({r.year for r in self.projects} | {t.year for t in self.totals}))


RowKey = tuple[str, ...]


class DuplicateRows:
    """Which table file first held each row, so a file that repeats rows (a copy beside the original) is refused
    instead of doubling every sum.

    A project row is the same row when its explicit `row_ref` and year match, or its project, applicant and year
    do; a stated total when its table, section and year match.
    """

    def __init__(self) -> None:
        self._seen: dict[RowKey, tuple[str, str]] = {}  # row identity → (file, the row as a person names it)

    def add(self, table: TableFile) -> None:
        """Record `table`'s rows; LoadError naming the earlier file (and the first repeated row) when it repeats any."""
        keys = self.keys(table)
        clashes = [(self._seen[key], label) for key, label in keys.items() if key in self._seen]
        if clashes:
            (other, first), _ = clashes[0]
            count = len({label for _, label in clashes})
            raise LoadError(f"repeats {count} row{'s' if count != 1 else ''} of {other} (first: {first}); a row may be "
                            "in one table file only, so this file is skipped: remove the copy or the repeated rows")
        self._seen.update({key: (table.source, label) for key, label in keys.items()})

    @staticmethod
    def keys(table: TableFile) -> dict[RowKey, str]:
        """Every identity of every row of `table`, with how a person would name that row."""
        out: dict[RowKey, str] = {}
        for row in table.projects:
            label = f"{row.row_ref} {row.project}, {row.year}"
            if row.row_ref != f"r{row.line}":  # an explicit reference, not the line number given in its place
                out[("ref", str(row.year), row.row_ref.casefold())] = label
            if row.project:
                out[("row", str(row.year), row.project.casefold(), row.applicant.casefold())] = label
        for total in table.totals:
            out[("total", total.table.casefold(), total.section.casefold(), str(total.year))] = (
                f"total of {total.table}, {total.section}, {total.year}")
        return out


def parse_euros(value: str, where: str) -> int | None:
    """Whole euros from '2200000', '2.200.000' or '€ 2,200,000'; empty or '?' is None.

    >>> parse_euros("€ 2.200.000", "x"), parse_euros("?", "x")
    (2200000, None)
    """
    text = value.strip().replace("€", "").replace("\u00a0", " ").strip()
    if text in ("", "?", "-"):
        return None
    if re.fullmatch(r"\d+", text) or re.fullmatch(r"\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*", text):
        return int(re.sub(r"\D", "", text))
    raise LoadError(f"{where}: {value!r} is not a whole number of euros")


def parse_year(value: str, where: str) -> int:
    """A four-digit year.

    >>> parse_year(" 2018 ", "x")
    2018
    """
    text = value.strip()
    if not re.fullmatch(r"(?:19|20)\d{2}", text):
        raise LoadError(f"{where}: {value!r} is not a year (four digits)")
    return int(text)


def load_table_file(path: Path, source: str) -> TableFile:
    """Read a .csv or .xlsx table and check it against the projects or stated-totals schema."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        header, records = _read_csv(path)
    elif suffix == ".xlsx":
        header, records = _read_xlsx(path)
    else:
        raise LoadError(f"unsupported table type {suffix or '(none)'}; use .csv or .xlsx")
    columns = [h.strip() for h in header]
    legacy_year = _legacy_year(columns)
    kind = _match_schema(columns if legacy_year is None else _modern(columns), year_implied=legacy_year is not None)
    out_rows, out_totals, raws = [], [], []
    for line, values, raw in records:
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(columns):
            raise LoadError(f"row {line}: {len(values)} values for {len(columns)} columns")
        rec = {c: v.strip() for c, v in zip(_modern(columns), values, strict=True)}
        where = f"row {line}"
        year = legacy_year if legacy_year is not None else parse_year(rec["year"], f"{where}, year")
        contribution = parse_euros(rec["contribution_eur"], f"{where}, contribution_eur")
        total_size = parse_euros(rec["total_size_eur"], f"{where}, total_size_eur")
        if kind == "projects":
            out_rows.append(ProjectRow(
                table=source, line=line, row_ref=rec["row_ref"] or f"r{line}", year=year, section=rec["section"],
                theme=rec["theme"], project=rec["project"], applicant=rec["applicant"], contribution=contribution,
                total_size=total_size, description=rec["description"], partners=rec["partners"]))
        else:
            out_totals.append(StatedTotal(
                table=rec["table"], section=rec["section"], year=year, contribution=contribution,
                total_size=total_size, source=rec["source"], file=source, line=line))
        raws.append(raw)
    if not out_rows and not out_totals:
        raise LoadError("table has a header but no rows")
    return TableFile(source=source, kind=kind, projects=tuple(out_rows), totals=tuple(out_totals), raw=tuple(raws),
                     header=tuple(columns))


def _legacy_year(columns: Sequence[str]) -> int | None:
    """The year a pre-`year` file names in its amount column, when it has no `year` column."""
    if "year" in columns:
        return None
    found = [m.group(1) for c in columns if (m := _LEGACY_CONTRIBUTION.fullmatch(c))]
    return int(found[0]) if len(found) == 1 else None


def _modern(columns: Sequence[str]) -> list[str]:
    """Column names with a legacy 'contribution_YYYY_eur' read as 'contribution_eur' (and a year column implied)."""
    return ["contribution_eur" if _LEGACY_CONTRIBUTION.fullmatch(c) else c for c in columns]


def _match_schema(columns: list[str], year_implied: bool = False) -> TableKind:
    best: tuple[int, TableKind, list[str], list[str]] | None = None
    for kind, schema in SCHEMAS.items():
        expected = tuple(c for c in schema if c != "year") if year_implied else schema
        missing = [c for c in expected if c not in columns]
        extra = [c for c in columns if c not in expected]
        if not missing and not extra and len(set(columns)) == len(columns):
            return kind
        if best is None or len(missing) + len(extra) < best[0]:
            best = (len(missing) + len(extra), kind, missing, extra)
    assert best is not None
    _, kind, missing, extra = best
    parts = [f"missing columns {', '.join(missing)}" if missing else "", f"extra columns {', '.join(extra)}" if extra else ""]
    raise LoadError(f"does not match the {kind} schema ({'; '.join(p for p in parts if p) or 'duplicate columns'}); "
                    "see tables/SCHEMA.md")


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str], str]]]:
    text = decode_utf8(path.read_bytes())
    if not text.strip():
        raise LoadError("empty file")
    lines = text.splitlines(keepends=True)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
        records, start = [], reader.line_num
        for values in reader:
            raw = "".join(lines[start : reader.line_num]).rstrip("\r\n")
            records.append((start + 1, values, raw))
            start = reader.line_num
    except csv.Error as exc:
        raise LoadError(f"not valid CSV (line {reader.line_num}: {exc})") from None
    return header, records


def _read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, list[str], str]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zip, XML and openpyxl errors alike mean the workbook is unusable
        raise LoadError(f"not a readable XLSX ({type(exc).__name__}: {exc})") from None
    rows = [["" if v is None else str(int(v) if isinstance(v, float) and v.is_integer() else v) for v in r]
            for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise LoadError("empty workbook")
    width = max(i + 1 for i, c in enumerate(rows[0]) if c.strip())
    return rows[0][:width], [(n, r[:width] + [""] * (width - len(r)), ", ".join(r[:width]))
                             for n, r in enumerate(rows[1:], start=2)]


_SCHEMA = """
CREATE TABLE projects (source TEXT, line INTEGER, row_ref TEXT, year INTEGER, section TEXT, theme TEXT,
    project TEXT, applicant TEXT, contribution INTEGER, total_size INTEGER, description TEXT, partners TEXT, raw TEXT);
CREATE TABLE table_files (source TEXT, kind TEXT, header TEXT, years TEXT);
CREATE TABLE stated_totals (table_name TEXT, section TEXT, year INTEGER, contribution INTEGER, total_size INTEGER,
    source TEXT, file TEXT, line INTEGER, raw TEXT);
"""


def write_table_store(path: Path, files: Sequence[TableFile]) -> int:
    """Write all tables into a fresh SQLite file; returns the number of project rows."""
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:
        con.executescript(_SCHEMA)
        n = 0
        for f in files:
            con.execute("INSERT INTO table_files VALUES (?,?,?,?)",
                        (f.source, f.kind, ",".join(f.header), ",".join(map(str, f.years))))
            for row, raw in zip(f.projects, f.raw, strict=False):
                con.execute("INSERT INTO projects VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            (row.table, row.line, row.row_ref, row.year, row.section, row.theme, row.project,
                             row.applicant, row.contribution, row.total_size, row.description, row.partners, raw))
                n += 1
            for total, raw in zip(f.totals, f.raw, strict=False):
                con.execute("INSERT INTO stated_totals VALUES (?,?,?,?,?,?,?,?,?)",
                            (total.table, total.section, total.year, total.contribution, total.total_size,
                             total.source, total.file, total.line, raw))
        con.commit()
    finally:
        con.close()
    return n


def _int_or_none(value: SqlValue) -> int | None:
    return None if value is None else int(value)


ROW_COLUMNS = ("source, line, row_ref, year, section, theme, project, applicant, contribution, total_size, "
               "description, partners")

class TableStore:
    """Read-only access to the project tables; the answer side builds every statement from whitelisted parts."""

    def __init__(self, path: Path):
        if not path.exists():
            raise FileNotFoundError(path)
        self.path = path
        self._local = threading.local()
        self._functions: list[tuple[str, int, Callable[..., SqlValue]]] = []
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    @property
    def con(self) -> sqlite3.Connection:
        """This thread's read-only connection: threads asking table questions at once never wait on one
        connection's mutex while a Python function (`has_stem`) runs for each row of another thread's query."""
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            # mode=ro: the query path can never write, whatever SQL a bug might build.
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            with self._lock:
                for name, nargs, function in self._functions:
                    con.create_function(name, nargs, function, deterministic=True)
                self._opened.append(con)
            self._local.con = con
        return con

    def register(self, name: str, nargs: int, function: Callable[..., SqlValue]) -> None:
        """A Python function SQL can call, on every connection (this thread's and those opened later)."""
        with self._lock:
            self._functions.append((name, nargs, function))
            for con in self._opened:
                con.create_function(name, nargs, function, deterministic=True)

    def execute(self, sql: str, params: Sequence[SqlValue] = ()) -> list[tuple[SqlValue, ...]]:
        return self.con.execute(sql, tuple(params)).fetchall()

    def query_rows(self, sql: str, params: Sequence[SqlValue] = ()) -> list[ProjectRow]:
        """Rows of a statement that selects ROW_COLUMNS, in that order."""
        names = [c.strip() for c in ROW_COLUMNS.split(",")]
        out = []
        for values in self.execute(sql, params):
            rec = dict(zip(names, values, strict=True))
            rec["table"] = rec.pop("source")
            out.append(ProjectRow(**rec))  # type: ignore[arg-type]
        return out

    @cached_property
    def rows(self) -> tuple[ProjectRow, ...]:
        return tuple(self.query_rows(f"SELECT {ROW_COLUMNS} FROM projects ORDER BY rowid"))

    @cached_property
    def totals(self) -> tuple[StatedTotal, ...]:
        out = []
        for table, section, year, contribution, total_size, source, file, line in self.execute(
                "SELECT table_name, section, year, contribution, total_size, source, file, line "
                "FROM stated_totals ORDER BY rowid"):
            out.append(StatedTotal(table=str(table), section=str(section), year=int(year or 0),
                                   contribution=_int_or_none(contribution), total_size=_int_or_none(total_size),
                                   source=str(source), file=str(file), line=int(line or 0)))
        return tuple(out)

    @cached_property
    def years(self) -> tuple[int, ...]:
        """Every year some projects table covers, ascending."""
        return tuple(int(y) for (y,) in self.execute("SELECT DISTINCT year FROM projects ORDER BY year"))  # type: ignore[arg-type]

    def distinct(self, column: str) -> tuple[str, ...]:
        if column not in TEXT_COLUMNS:
            raise ValueError(f"not a text column: {column}")
        return tuple(str(r[0]) for r in self.execute(
            f"SELECT DISTINCT {column} FROM projects WHERE {column} != '' ORDER BY 1"))

    def raw(self, row: ProjectRow) -> str:
        """The exact source text of a project row ('' when unknown)."""
        found = self.execute("SELECT raw FROM projects WHERE source = ? AND line = ?", (row.table, row.line))
        return str(found[0][0]) if found else ""

    def total_raw(self, total: StatedTotal) -> str:
        found = self.execute("SELECT raw FROM stated_totals WHERE file = ? AND line = ?", (total.file, total.line))
        return str(found[0][0]) if found else ""

    def header(self, source: str) -> list[str]:
        found = self.execute("SELECT header FROM table_files WHERE source = ?", (source,))
        return str(found[0][0]).split(",") if found else []

    def files(self) -> list[tuple[str, str, tuple[int, ...]]]:
        """(source, kind, years) of every table file in the store."""
        return [(str(s), str(k), tuple(int(y) for y in str(ys).split(",") if y))
                for s, k, ys in self.execute("SELECT source, kind, years FROM table_files ORDER BY source")]

    def close(self) -> None:
        with self._lock:
            for con in self._opened:
                con.close()
            self._opened.clear()
        self._local = threading.local()
