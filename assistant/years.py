"""Which years a table question is about: named ("in 2018", "2017 en 2018"), relative ("vorig jaar": the latest
year a table covers), each year side by side ("per jaar"), or two years compared ("meer dan in 2017").

`understand` decides the operation and the selection; this module only scopes that query to years, from the
phrases in `lexicon/years.yaml` and the years the tables cover. Documents are not scoped here: a letter's own
"afgelopen jaar" is the year it was written about, which only the passage knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

import yaml

from assistant.catalogue import UniqueKeyLoader
from assistant.records import Filter, TableQuery

YEARS_FILE = Path(__file__).resolve().parent / "lexicon" / "years.yaml"
# a year as typed; a number with money around it is an amount ("2000 euro", "€ 2000", "1900,-")
YEAR = re.compile(r"(?<!€)(?<!€\s)\b(?:19|20)\d{2}\b(?!\s*(?:euros?\b|eur\b|,-|€|k\b|dollars?\b))", flags=re.I)
# Operations whose figure a comparison of years can be made of (a list or a named row is filtered, not compared).
_COMPARABLE = ("sum", "count", "avg", "list", "compare")
_NEEDS_A_YEAR = ("new",)  # what is new is new in one year


@dataclass(frozen=True, kw_only=True)
class YearCues:
    """The phrases of lexicon/years.yaml, compiled."""

    latest: re.Pattern[str]
    per_year: re.Pattern[str]
    comparison: re.Pattern[str]  # a phrase, then (in) a year: "dan in 2017"; or a year, then the phrase and a year
    between: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    same: re.Pattern[str]

    def shift(self, text: str) -> int:
        """-1 for "het jaar ervoor", +1 for "the year after", else 0: a follow-up's year, relative to the previous
        question's.

        >>> cues = load_year_cues()
        >>> [cues.shift(t) for t in ("en in het jaar ervoor?", "and the year after?", "en in 2018?")]
        [-1, 1, 0]
        """
        return -1 if self.before.search(text) else 1 if self.after.search(text) else 0


def _alternatives(values: object) -> str:
    if not isinstance(values, list) or not values:
        raise ValueError(f"{YEARS_FILE}: expected a non-empty list of phrases, got {values!r}")
    return "(?:" + "|".join(re.escape(str(v)).replace(r"\ ", r"\s+") for v in values) + ")"


def load_year_cues(path: Path = YEARS_FILE) -> YearCues:
    """The year phrases of lexicon/years.yaml; ValueError names the file when it is not shaped as documented."""
    try:
        data = cast(dict[str, object], yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader))  # noqa: S506
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top")
    compare = _alternatives(data.get("comparison"))
    then_year = rf"\s+(?:(?:in|het jaar|the year|dat van|that of)\s+)?{YEAR.pattern}"
    return YearCues(latest=re.compile(rf"\b{_alternatives(data.get('latest'))}\b"),
                    per_year=re.compile(rf"\b{_alternatives(data.get('per_year'))}\b"),
                    comparison=re.compile(rf"\b{compare}{then_year}"),
                    between=re.compile(rf"\b{_alternatives(data.get('between'))}"),
                    before=re.compile(rf"\b{_alternatives(data.get('before'))}\b"),
                    after=re.compile(rf"\b{_alternatives(data.get('after'))}\b"),
                    same=re.compile(rf"\b{_alternatives(data.get('same'))}\b"))


@dataclass(frozen=True, kw_only=True)
class YearScope:
    """The years a (normalised) table question asks about."""

    named: tuple[int, ...]  # years written out, covered or not, in question order
    covered: tuple[int, ...]  # the years the project tables cover
    latest: bool = False  # "vorig jaar": the latest covered year
    per_year: bool = False
    compared: bool = False

    @property
    def asked(self) -> tuple[int, ...]:
        """The covered years the question is about, in question order; the latest one for "vorig jaar"."""
        named = tuple(y for y in self.named if y in self.covered)
        if self.latest and self.covered and self.covered[-1] not in named:
            named += (self.covered[-1],)
        return named

    @property
    def uncovered(self) -> tuple[int, ...]:
        return tuple(y for y in self.named if y not in self.covered)

    @property
    def compares_years(self) -> bool:
        """Two covered years set against each other ('meer dan in 2017' against the latest one when only one is
        named)."""
        return self.compared and len(self.comparison_years) == 2

    @property
    def comparison_years(self) -> tuple[int, ...]:
        asked = self.asked
        if len(asked) == 1 and self.covered and asked[0] != self.covered[-1]:
            asked = (self.covered[-1], asked[0])  # "meer dan in 2017?" sets the newest year against 2017
        return asked[:2]


# "minder dan 2000", "more than 1900": a round figure right after an amount's comparator is money, not a year (the
# years these sources speak of are not round); "meer dan 2016" compares a year
_ROUND_AMOUNT = re.compile(r"\b(?:meer dan|minder dan|more than|less than|at least|at most|minstens|minimaal|maximaal"
                           r"|boven|onder|under|below|above)\s+(?:19|20)00\b")


def years_in(text: str) -> list[str]:
    """The years a question names, as typed, in order; a round amount after a comparator is none.

    >>> years_in("meer dan 2000 euro in 2017 of 2018"), years_in("hoeveel projecten kregen minder dan 2000")
    (['2017', '2018'], [])
    """
    return YEAR.findall(_ROUND_AMOUNT.sub(" ", text))


def read_years(text: str, covered: tuple[int, ...], cues: YearCues) -> YearScope:
    """The year scope of a normalised question.

    >>> cues = load_year_cues()
    >>> read_years("hoeveel is er vorig jaar bijgedragen", (2017, 2018), cues).asked
    (2018,)
    >>> s = read_years("is er in 2018 meer bijgedragen dan in 2017", (2017, 2018), cues)
    >>> s.compares_years, s.comparison_years
    (True, (2018, 2017))
    >>> read_years("totale bijdrage per jaar", (2017, 2018), cues).per_year
    True
    >>> [read_years(q, (2017, 2018), cues).compares_years for q in ("meer dan 10.000 euro in 2017",
    ...  "het verschil tussen 2017 en 2018", "projecten in 2017 en 2018", "did it grow compared to 2017")]
    [False, True, False, True]
    >>> read_years("hoeveel projecten kregen minder dan 2000", (2017,), cues).named
    ()
    """
    named = tuple(dict.fromkeys(int(y) for y in years_in(text)))
    two = len([y for y in named if y in covered]) >= 2
    compared = bool(cues.comparison.search(text)) or (two and bool(cues.between.search(text)))
    return YearScope(named=named, covered=covered, latest=bool(cues.latest.search(text)),
                     per_year=bool(cues.per_year.search(text)), compared=compared)


def scope_query(query: TableQuery, scope: YearScope) -> TableQuery:
    """The query limited to the asked years, grouped by year, or comparing two years; unchanged without years.

    >>> cues = load_year_cues()
    >>> scope_query(TableQuery(operation="sum"), read_years("in 2018", (2017, 2018), cues)).filters
    (Filter(column='year', values=('2018',)),)
    >>> q = scope_query(TableQuery(operation="sum"), read_years("2018 versus 2017", (2017, 2018), cues))
    >>> q.operation, q.group_by, q.filters[0].values
    ('compare', 'year', ('2018', '2017'))
    """
    others = tuple(f for f in query.filters if f.column != "year")
    if scope.compares_years and query.operation in _COMPARABLE and query.group_by in (None, "year"):
        years = Filter(column="year", values=tuple(str(y) for y in scope.comparison_years))
        return replace(query, operation="compare", group_by="year", filters=(*others, years), limit=None)
    if scope.per_year and query.operation != "lookup" and query.group_by in (None, "year"):
        inner = query.operation if query.operation in ("sum", "count", "avg", "max", "min") else "sum"
        if query.operation == "group":
            inner = query.aggregate or "sum"
        # each year side by side: over every year, unless the question itself names some
        query = replace(query, operation="group", aggregate=inner, group_by="year", filters=others,
                        latest_year=False)
    asked = scope.asked
    latest = scope.latest and bool(scope.covered) and scope.covered[-1] not in scope.named
    if not asked and query.operation in _NEEDS_A_YEAR and scope.covered:
        asked, latest = scope.covered[-1:], True  # "which applicants are new?": new in the latest year
    if not asked:
        return query
    years = Filter(column="year", values=tuple(str(y) for y in asked))
    return replace(query, filters=(*others, years), latest_year=latest)
