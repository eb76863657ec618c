"""Evaluation cases (evals/questions/*.jsonl) and how one answer is scored against one case."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.language import parse_numbers

CATEGORIES = ("single_figure", "list", "aggregate", "extreme", "letter_prose", "web_article", "cross_lingual",
              "follow_up", "unanswerable")
FIGURE_CATEGORIES = ("single_figure", "aggregate", "extreme")
QUESTIONS_DIR = Path(__file__).resolve().parent / "questions"


class CaseError(ValueError):
    """A question file line that is not a valid case."""


@dataclass(frozen=True)
class Case:
    id: str
    language: str
    category: str
    question: str
    history: tuple[dict, ...] = ()
    figures: tuple[float, ...] = ()
    names_all: tuple[str, ...] = ()
    names_any: tuple[str, ...] = ()
    evidence: tuple[dict, ...] = ()
    evidence_any: bool = False  # the evidence entries are alternatives: one cited is enough
    refuse: bool = False
    note: str = ""
    file: str = ""

    @property
    def is_figure(self) -> bool:
        return bool(self.figures) and not self.refuse


def load_cases(paths: list[Path] | None = None) -> list[Case]:
    """Cases from the given JSONL files (default: every file in evals/questions), validated."""
    files = paths or sorted(QUESTIONS_DIR.glob("*.jsonl"))
    cases, seen = [], set()
    for path in files:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                raw: dict[str, Any] = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CaseError(f"{where}: not JSON ({exc.msg})") from None
            for key in ("id", "language", "category", "question"):
                if not isinstance(raw.get(key), str) or not raw[key]:
                    raise CaseError(f"{where}: missing {key!r}")
            if raw["language"] not in ("nl", "en"):
                raise CaseError(f"{where}: language must be nl or en")
            if raw["category"] not in CATEGORIES:
                raise CaseError(f"{where}: unknown category {raw['category']!r}; use one of {', '.join(CATEGORIES)}")
            if raw["id"] in seen:
                raise CaseError(f"{where}: duplicate id {raw['id']!r}")
            seen.add(raw["id"])
            cases.append(Case(
                id=raw["id"], language=raw["language"], category=raw["category"], question=raw["question"],
                history=tuple(raw.get("history") or ()), figures=tuple(float(x) for x in raw.get("figures") or ()),
                names_all=tuple(raw.get("names_all") or ()), names_any=tuple(raw.get("names_any") or ()),
                evidence=tuple(raw.get("evidence") or ()), evidence_any=bool(raw.get("evidence_any")),
                refuse=bool(raw.get("refuse")), note=raw.get("note", ""),
                file=Path(path).name))
    return cases


def numbers_in(text: str) -> set[float]:
    """Numbers in text in either notation, with '6,5 miljoen'/'ton' read as the amounts they name."""
    out = set(parse_numbers(text))
    for match in re.finditer(r"(\d+(?:[.,]\d+)?)\s*(miljoen|million|ton)\b", text, flags=re.I):
        value = float(match.group(1).replace(",", "."))
        out.add(value * (100_000 if match.group(2).lower() == "ton" else 1_000_000))
    return {round(x, 2) for x in out}


def figure_match(case: Case, answer_text: str) -> bool | None:
    """Every expected figure appears in the answer (None: the case expects no figures)."""
    if not case.figures or case.refuse:
        return None
    found = numbers_in(answer_text)
    return all(round(f, 2) in found for f in case.figures)


def name_recall(case: Case, answer_text: str) -> float | None:
    """Share of expected names present; names_any counts as one name met by any alternative."""
    text = answer_text.lower()
    wanted = [n.lower() in text for n in case.names_all]
    if case.names_any:
        wanted.append(any(n.lower() in text for n in case.names_any))
    return sum(wanted) / len(wanted) if wanted and not case.refuse else None


def citation_accuracy(case: Case, answer: dict, computed: set[float]) -> bool | None:
    """Cited quotes contain the expected evidence, and every figure in the answer is backed.

    A figure is backed when it appears in a cited quote or is a value the table engine computed.
    """
    if case.refuse or not answer["answered"]:
        return None
    cites = answer["citations"]
    found = [any(c["source"] == ev["source"] and ev.get("text", "").lower() in c["quote"].lower()
                 and (ev.get("locator") or "") in c["locator"] for c in cites) for ev in case.evidence]
    if found and not (any(found) if case.evidence_any else all(found)):
        return False
    return not unbacked_figures(answer, computed)


def quote_numbers(citation: dict) -> set[float]:
    """Numbers in a cited quote; a CSV row is read field by field (its commas are separators, not decimals)."""
    if citation["source"].endswith(".csv"):
        fields = next(csv.reader([citation["quote"]]), [])
        return {float(f) for f in fields if re.fullmatch(r"\d+", f.strip())} | set().union(
            *(numbers_in(f) for f in fields if not re.fullmatch(r"\d+", f.strip())))
    return numbers_in(citation["quote"])


def unbacked_figures(answer: dict, computed: set[float]) -> list[float]:
    """Figures in the answer text found in no cited quote and not computed by the table engine."""
    quoted = set().union(*(quote_numbers(c) for c in answer["citations"])) if answer["citations"] else set()
    body = re.sub(r"\[\d+\]", " ", answer["answer"])
    return sorted(n for n in numbers_in(body) if n not in quoted and n not in computed and not _incidental(n))


def _incidental(n: float) -> bool:
    """Numbers the answer writes that are not figures: years, small counts, list positions."""
    return (n.is_integer() and (2000 <= n <= 2030 or n <= 30)) or n == 100_000  # "1 'ton' is €100,000"
