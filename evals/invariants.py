"""Invariants every answer must keep, whatever the phrasing: not blank, the asker's language, every figure backed,
every citation resolvable, no crash. Checked over generated variants (evals/variants.py)."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.engine import Assistant
from assistant.guard import computed_figures, unbacked_figures
from assistant.records import Answer
from evals.variants import Variant
from index.lexical import normalise

_MARKER = re.compile(r"\[(\d+)\]")


def problems(answer: Answer, variant: Variant, knowledge_dir: Path, texts: dict[str, str],
             decidable: bool = True) -> list[str]:
    """What is wrong with one answer to one variant (empty: nothing). `decidable`: the variant's own words say
    which language it is in ("Digital Office Groningen" alone does not, and is answered in the default one)."""
    out = []
    if not answer.text.strip():
        out.append("blank answer")
    if decidable and answer.language != variant.language:
        out.append(f"answered in {answer.language}, asked in {variant.language}")
    unbacked = unbacked_figures(answer.text, answer.citations, computed_figures(answer.table))
    if unbacked:
        out.append(f"figures without a quote or computation: {unbacked}")
    numbers = {c.n for c in answer.citations}
    dangling = {int(n) for n in _MARKER.findall(answer.text)} - numbers
    if dangling:
        out.append(f"markers without a citation: {sorted(dangling)}")
    for c in answer.citations:
        if c.source not in texts:
            path = knowledge_dir / c.source
            texts[c.source] = path.read_text(encoding="utf-8") if path.is_file() else ""
        if not c.quote or c.quote not in texts[c.source]:
            out.append(f"citation [{c.n}] quote not in {c.source}")
    return out


def language_decidable(assistant: Assistant, question: str) -> bool:
    """Whether the engine's language detection needs no default for this text: it reads the same language whether
    the conversation so far was Dutch or English."""
    understander = assistant.understander
    text, names = normalise(question), understander.entities(question, True)
    return understander.language_of(text, names, "nl") == understander.language_of(text, names, "en")


def check_all(assistant: Assistant, variants: list[Variant], knowledge_dir: Path) -> dict[str, list[str]]:
    """Problems per variant question (only those with any); an exception is a problem too."""
    texts: dict[str, str] = {}
    found: dict[str, list[str]] = {}
    for variant in variants:
        try:
            answer = assistant.ask(variant.question)
        except Exception as exc:  # the invariant is exactly that nothing escapes
            found[variant.question] = [f"{type(exc).__name__}: {exc}"]
            continue
        issues = problems(answer, variant, knowledge_dir, texts, language_decidable(assistant, variant.question))
        if issues:
            found[variant.question] = issues
    return found
