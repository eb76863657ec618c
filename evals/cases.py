"""Evaluation cases (evals/questions/*.jsonl) and how one answer is scored against one case."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.guard import numbers_in, unbacked_figures
from assistant.records import Citation

CATEGORIES = ("single_figure", "list", "aggregate", "extreme", "letter_prose", "web_article", "cross_lingual",
              "follow_up", "multi_part", "yes_no", "overview", "unanswerable")
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
                raw = json.loads(line)  # JSON as parsed; checked key by key below
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


def citation_accuracy(case: Case, answer: dict[str, object], computed: set[float]) -> bool | None:
    """Cited quotes contain the expected evidence, and every figure in the answer is backed.

    A figure is backed when it appears in a cited quote or is a value the table engine computed.
    """
    if case.refuse or not answer["answered"]:
        return None
    cites: list[dict[str, str]] = answer["citations"]  # type: ignore[assignment]
    found = [any(c["source"] == ev["source"] and ev.get("text", "").lower() in c["quote"].lower()
                 and (ev.get("locator") or "") in c["locator"] for c in cites) for ev in case.evidence]
    if found and not (any(found) if case.evidence_any else all(found)):
        return False
    citations = [Citation(n=int(c["n"]), source=c["source"], title=c["title"], locator=c["locator"], quote=c["quote"])
                 for c in cites]
    return not unbacked_figures(str(answer["answer"]), citations, computed)
