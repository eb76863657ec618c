"""The number guard: every figure an answer states is in a cited quote or was computed by the table engine.

The answer path runs it on every answer before it is shown, and `gdc eval` scores citations with the same code.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable

from assistant.language import parse_numbers
from assistant.records import Citation, TableResult

_SCALED = re.compile(r"(\d+(?:[.,]\d+)?)(?:\s*(?:tot|to|-|–)\s*(\d+(?:[.,]\d+)?))?\s*(miljoen|million|ton|duizend|thousand)\b",
                     flags=re.I)
_SCALE = {"ton": 100_000, "miljoen": 1_000_000, "million": 1_000_000, "duizend": 1_000, "thousand": 1_000}
_MARKER = re.compile(r"\[\d+\]")


def numbers_in(text: str) -> set[float]:
    """Numbers in text in either notation, with '6,5 miljoen'/'ton' read as the amounts they name.

    >>> sorted(numbers_in("ruim 6,5 miljoen euro en 4 tot 6 ton"))
    [4.0, 6.0, 6.5, 400000.0, 600000.0, 6500000.0]
    >>> sorted(numbers_in("kreeg het 50 duizend of 2,5 thousand?"))
    [2.5, 50.0, 2500.0, 50000.0]
    """
    out = set(parse_numbers(text))
    for match in _SCALED.finditer(text):
        scale = _SCALE[match.group(3).lower()]
        out |= {float(g.replace(",", ".")) * scale for g in match.group(1, 2) if g}
    return {round(x, 2) for x in out}


def quote_numbers(source: str, quote: str) -> set[float]:
    """Numbers in a cited quote; a CSV row is read field by field (its commas are separators, not decimals)."""
    if source.endswith(".csv"):
        fields = next(csv.reader([quote]), [])
        plain = {float(f) for f in fields if re.fullmatch(r"\d+", f.strip())}
        return plain | set().union(*(numbers_in(f) for f in fields if not re.fullmatch(r"\d+", f.strip())))
    return numbers_in(quote)


def computed_figures(table: TableResult | None) -> set[float]:
    """Every figure the table engine computed for an answer (sums, counts, averages, differences)."""
    if table is None:
        return set()
    out: set[float] = set()
    if table.value is not None:
        out.add(round(float(table.value), 2))
    for _, value, n in table.groups:
        out |= {round(float(value), 2), float(n)}
    for c in table.comparisons:
        out |= {float(c.computed), float(abs(c.difference or 0))}
    for _, value, n in table.by_year:
        out |= {float(value), float(n)}
    if table.by_year:
        out.add(float(sum(value for _, value, _ in table.by_year)))
    amounts = [a for a in (r.amount(table.measure) for r in table.rows)
               if a is not None]
    out |= {float(sum(amounts)), float(len(amounts)), float(len(table.rows))}
    # (both amounts of a sum asked of both: "de opgetelde bijdrage en de totale projectomvang van dat thema")
    other: list[int] = [a for a in (r.amount("total_size" if table.measure == "contribution" else "contribution")
                                    for r in table.rows) if a is not None]
    out |= {float(sum(other)), float(len(other))}
    # the asker's own figures, as the selection rule repeats them
    out |= {float(amount) for _, amount in (table.query.bounds if table.query is not None else ())}
    return out


def incidental(n: float) -> bool:
    """Numbers an answer writes that are not figures: years, small counts, list positions."""
    return (n.is_integer() and (2000 <= n <= 2030 or n <= 30)) or n == 100_000  # "1 'ton' is €100,000"


def unbacked_figures(text: str, citations: Iterable[Citation], computed: set[float]) -> list[float]:
    """Figures in the answer text found in no cited quote and not computed by the table engine."""
    quoted: set[float] = set()
    for c in citations:
        quoted |= quote_numbers(c.source, c.quote)
    body = _MARKER.sub(" ", text)
    return sorted(n for n in numbers_in(body) if n not in quoted and n not in computed and not incidental(n))
