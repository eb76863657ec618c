"""The "Wegwijs" / "Start here" tab: a reading path for newcomers, built from the sources at run time.

Each step is a fixed question (data: `wegwijs.yaml`, Dutch and English) that the engine answers like any other, shown
with its citations; the UI never writes or special-cases an answer, so a step the engine does not answer shows its
own "not answered" text. The last step lists the sources to read, from the index's SourceInfo. The answers are
computed once per interface language and build, not per page load.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.language import format_date
from assistant.records import Answer
from index.records import Language, SourceInfo
from index.store import BuiltIndex
from ui.i18n import text
from ui.reader import render_markdown
from ui.sources import esc, open_attrs, source_title

STEPS_FILE = Path(__file__).resolve().parent / "wegwijs.yaml"
QUOTE_SHOWN = 220  # characters of a quote shown under a step; the reader shows it whole
CITES_SHOWN = 5  # citations listed under a step before "n more"


@dataclass(frozen=True, kw_only=True)
class Step:
    """One step of the path: its title and the question the engine answers, in both languages."""

    id: str
    title: Mapping[str, str]
    question: Mapping[str, str]


def load_steps(path: Path = STEPS_FILE) -> tuple[Step, ...]:
    """The steps in order; ValueError when a step lacks an id or a title or question in nl and en."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    steps = []
    for i, entry in enumerate(data or []):
        if not isinstance(entry, dict) or not entry.get("id"):
            raise ValueError(f"{path.name}: step {i + 1} needs an id")
        for part in ("title", "question"):
            value = entry.get(part)
            if not isinstance(value, dict) or set(value) != {"nl", "en"} or not all(isinstance(v, str) and v.strip()
                                                                                     for v in value.values()):
                raise ValueError(f"{path.name}: step {entry['id']!r} needs a {part} in nl and en")
        steps.append(Step(id=str(entry["id"]), title=dict(entry["title"]), question=dict(entry["question"])))
    return tuple(steps)


Ask = Callable[[str], tuple[Answer, BuiltIndex]]


class ReadingPath:
    """The steps' answers per (build, language), computed on first use; a new build computes them anew."""

    def __init__(self, steps: Sequence[Step], ask: Ask, current: Callable[[], BuiltIndex]):
        self.steps, self._ask, self._current = tuple(steps), ask, current
        self._cache: dict[tuple[str, str], tuple[tuple[Answer, ...], BuiltIndex]] = {}
        self._lock = threading.Lock()
        self.computed = 0  # how many times a path was computed (tests check the cache with it)

    def answers(self, language: Language) -> tuple[tuple[Answer, ...], BuiltIndex]:
        key = (str(self._current().path), language)
        with self._lock:
            if key not in self._cache:
                answered = [self._ask(step.question[language]) for step in self.steps]
                index = answered[-1][1] if answered else self._current()
                self._cache = {k: v for k, v in self._cache.items() if k[0] == key[0]}  # older builds are gone
                self._cache[key] = (tuple(a for a, _ in answered), index)
                self.computed += 1
            return self._cache[key]


def _quote(quote: str) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= QUOTE_SHOWN else flat[: QUOTE_SHOWN - 1].rstrip() + "…"


def step_html(step: Step, answer: Answer, index: BuiltIndex, language: Language, number: int) -> str:
    """One step: its title, the engine's answer (Markdown rendered safely), and each citation, which opens the source
    at its quote when clicked."""
    t = lambda key, **v: esc(text(language, key, **v))  # noqa: E731
    badge = ("" if answer.answered else
             f'<div class="gdc-badge gdc-badge-no">{t("not_answered")}</div>')
    items = [f'<li class="gdc-step-cite" data-n="{c.n}" value="{c.n}"><button type="button" class="gdc-open" '
             f'{open_attrs(c.source, c.quote)}>[{c.n}] {esc(source_title(index, c.source))} · {esc(c.locator)}</button>'
             f'<div class="gdc-step-quote">«{esc(_quote(c.quote))}»</div></li>' for c in answer.citations]
    cites = ""
    if items:
        cites = f'<h4>{t("citations")}</h4><ol class="gdc-step-cites">{"".join(items[:CITES_SHOWN])}</ol>'
    if len(items) > CITES_SHOWN:  # a total over 23 rows cites each row: the first few, the rest on request
        cites += (f'<details class="gdc-more-cites"><summary>{t("more_citations", n=len(items) - CITES_SHOWN)}</summary>'
                  f'<ol class="gdc-step-cites">{"".join(items[CITES_SHOWN:])}</ol></details>')
    return (f'<section class="gdc-step" data-step="{esc(step.id)}" data-answered="{str(answer.answered).lower()}" '
            f'data-language="{esc(answer.language)}"><h3>{number}. {esc(step.title[language])}</h3>'
            f'<p class="gdc-step-question gdc-muted">{t("question")}: {esc(answer.question)}</p>{badge}'
            f'<div class="gdc-step-answer">{render_markdown(answer.text)}</div>{cites}</section>')


def reading_order(sources: Mapping[str, SourceInfo]) -> list[SourceInfo]:
    """Documents before tables; undated documents (background) before dated ones, then by date and title."""
    return sorted(sources.values(), key=lambda s: (s.is_table, s.date is not None, str(s.date or ""), s.title.casefold()))


def documents_step_html(index: BuiltIndex, language: Language, number: int) -> str:
    """The last step: the sources to read, in order, each opening in the reader."""
    items = []
    for info in reading_order(index.sources):
        kind = text(language, "kind_table") if info.is_table else (info.kind or text(language, "kind_document"))
        when = format_date(info.date, language)
        meta = " · ".join(p for p in (kind, when) if p)
        items.append(f'<li data-source="{esc(info.source)}"><button type="button" class="gdc-open" '
                     f'{open_attrs(info.source, "")}>{esc(source_title(index, info.source))}</button> '
                     f'<span class="gdc-muted">{esc(meta)}</span></li>')
    return (f'<section class="gdc-step" data-step="documents"><h3>{number}. {esc(text(language, "wegwijs_documents"))}</h3>'
            f'<p class="gdc-muted">{esc(text(language, "wegwijs_documents_note"))}</p>'
            f'<ol class="gdc-reading-list">{"".join(items)}</ol></section>')
