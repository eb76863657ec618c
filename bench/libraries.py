"""The well-kept libraries issue 9 names, measured against the hand-written code they could replace.

- sentence boundaries: `index.chunk.sentence_spans` against pysbd (Dutch rules) on tricky Dutch/English texts of the
  letter's kind: exact splits and time per text;
- lemmas: 5-letter stems (what `assistant.evidence` counts as a shared word) against simplemma lemmas (nl+en), as the
  accuracy of the tuned, held-out and blind sets with each;
- fuzzy names: rapidfuzz's plain ratio against `entities.typo_ratio` (one slip counted once): how many one-typo
  spellings of the table's project names still name their project;
- semantic-router: whether it is installed, and what our own kNN router (`assistant.router`) does instead.

Run: python -m bench.libraries   (needs a built e5 index: GDC_INDEX_DIR or index/built)
"""

from __future__ import annotations

import importlib.util
import random
import time
from collections.abc import Callable
from functools import lru_cache

from bench.common import save
from index.chunk import sentence_spans
from index.lexical import words

# Written to catch what trips segmenters in Dutch council prose: abbreviations (o.a., bijv., ca., t.a.v., dhr.),
# initials, amounts, times, brackets and bullet lists. (The hand-written splitter was fixed on some of these kinds
# in the same change, so read its score as "handles these kinds", not as a blind comparison.)
SEGMENT_CASES: list[tuple[str, list[str]]] = [
    ("Partners (o.a. RuG en Hanze, zie blz. 4) doen mee. Klaar.",
     ["Partners (o.a. RuG en Hanze, zie blz. 4) doen mee.", "Klaar."]),
    ("Het project werkt samen met o.a. de RuG, de Hanzehogeschool en het Noorderpoort. Ook Enexis levert kennis.",
     ["Het project werkt samen met o.a. de RuG, de Hanzehogeschool en het Noorderpoort.", "Ook Enexis levert kennis."]),
    ("Steller F.V. Hendriks", ["Steller F.V. Hendriks"]),
    ("Gemeente Groningen heeft in 2017 ruim € 470.000,- bijgedragen. Dit bedrag leidde tot ruim 6,5 miljoen euro.",
     ["Gemeente Groningen heeft in 2017 ruim € 470.000,- bijgedragen.", "Dit bedrag leidde tot ruim 6,5 miljoen euro."]),
    ("De bijeenkomst begint om 10.00 uur. Daarna volgt een lunch.",
     ["De bijeenkomst begint om 10.00 uur.", "Daarna volgt een lunch."]),
    ("Dhr. Jansen en mevr. De Vries waren er. Zij spraken.", ["Dhr. Jansen en mevr. De Vries waren er.", "Zij spraken."]),
    ("Zie bijv. het actieplan (nr. 12). Dat is duidelijk.", ["Zie bijv. het actieplan (nr. 12).", "Dat is duidelijk."]),
    ("De focus ligt op een leerlijn (\"Digideal\"). Een project wat breed wordt gedragen.",
     ["De focus ligt op een leerlijn (\"Digideal\").", "Een project wat breed wordt gedragen."]),
    ("The programme runs 2017-2019. It has four themes, e.g. education and innovation.",
     ["The programme runs 2017-2019.", "It has four themes, e.g. education and innovation."]),
    ("Prof. dr. ir. A.B. de Boer (RUG) leidt het. Hij is blij.", ["Prof. dr. ir. A.B. de Boer (RUG) leidt het.", "Hij is blij."]),
    ("De kosten zijn ca. € 5.000 per jaar t.a.v. de huur. Dat valt mee.",
     ["De kosten zijn ca. € 5.000 per jaar t.a.v. de huur.", "Dat valt mee."]),
    ("Wat is het doel? Dat staat in het plan! Lees het.", ["Wat is het doel?", "Dat staat in het plan!", "Lees het."]),
    ("Projecten zijn o.a.:\n• PyGrunn\n• Web 11", ["Projecten zijn o.a.:", "• PyGrunn", "• Web 11"]),
    ("Zij noemen m.b.t. de planning geen datum. Wel z.s.m. een besluit.",
     ["Zij noemen m.b.t. de planning geen datum.", "Wel z.s.m. een besluit."]),
]


def _segmenters() -> dict[str, Callable[[str], list[str]]]:
    out: dict[str, Callable[[str], list[str]]] = {"hand-written": lambda t: [t[a:b] for a, b in sentence_spans(t)]}
    if importlib.util.find_spec("pysbd"):
        import pysbd

        seg = pysbd.Segmenter(language="nl", clean=False, char_span=True)
        out["pysbd (nl)"] = lambda t: [s.sent.strip() for s in seg.segment(t) if s.sent.strip()]
    return out


def segmentation() -> dict[str, dict[str, float]]:
    results = {}
    for name, split in _segmenters().items():
        exact = sum(split(text) == expected for text, expected in SEGMENT_CASES)
        started = time.perf_counter()
        for _ in range(20):
            for text, _expected in SEGMENT_CASES:
                split(text)
        per_text = (time.perf_counter() - started) / (20 * len(SEGMENT_CASES))
        results[name] = {"exact": exact, "cases": len(SEGMENT_CASES), "us_per_text": round(per_text * 1e6)}
    return results


def lemmas() -> dict[str, dict[str, float]]:
    """Accuracy of each eval set with shared words counted by 5-letter stem (today) and by simplemma lemma."""
    from assistant import evidence
    from assistant.engine import build_assistant
    from evals.cases import load_cases
    from evals.run import SETS, assistant_responder, run, set_files
    from evals.score import summarize
    from index.settings import Settings

    assistant = build_assistant(Settings.from_env())
    sets = {name: load_cases(set_files(name)) for name in SETS}

    def accuracy() -> dict[str, float]:
        return {name: round(float(summarize(run(cases, assistant_responder(assistant)))["accuracy"] or 0), 3)
                for name, cases in sets.items()}

    results = {"5-letter stems": accuracy()}
    if importlib.util.find_spec("simplemma"):
        import simplemma

        lemma = lru_cache(maxsize=None)(lambda t: simplemma.lemmatize(t, lang=("nl", "en")))

        def lemma_overlap(terms: tuple[str, ...], text: str, rare: frozenset[str] = frozenset()) -> int:
            tokens = {lemma(t) for t in words(text)}
            found = {lemma(t) for t in terms if lemma(t) in tokens}
            return len(found) + sum(1 for t in found if t in rare or t[:5] in rare)

        kept = evidence._overlap
        evidence._overlap = lemma_overlap  # type: ignore[assignment]
        try:
            results["simplemma lemmas"] = accuracy()
        finally:
            evidence._overlap = kept  # type: ignore[assignment]
    return results


def one_typo(name: str, rng: random.Random) -> str:
    """The name with one slip: two neighbouring letters swapped, one dropped, doubled or changed."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    i = rng.choice(letters[:-1])
    kind = rng.choice(["swap", "drop", "double", "change"])
    if kind == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if kind == "drop":
        return name[:i] + name[i + 1:]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    return name[:i] + rng.choice("aeiouklmnrst") + name[i + 1:]


def fuzzy_names() -> dict[str, float]:
    """Share of one-typo project names (lowercased, in a question) that still name their project."""
    from assistant import entities
    from assistant.engine import build_assistant
    from index.settings import Settings

    assistant = build_assistant(Settings.from_env())
    matcher = assistant.understander.matcher
    assert matcher is not None
    rng = random.Random(5)
    projects = [p for p in assistant.index.tables.distinct("project") if len(p) >= 6]
    questions = [(p, f"hoeveel kreeg {one_typo(p, rng).lower()}?") for p in projects for _ in range(5)]

    def share() -> float:
        hits = sum(any(m.kind == "project" and m.value == p for m in matcher.find(q)) for p, q in questions)
        return round(hits / len(questions), 3)

    results = {"typo_ratio (one slip counted once)": share()}
    kept = entities.typo_ratio
    entities.typo_ratio = entities.fuzz.ratio  # type: ignore[assignment]
    try:
        results["rapidfuzz ratio"] = share()
    finally:
        entities.typo_ratio = kept
    results["questions"] = len(questions)
    return results


def main() -> None:
    save("libraries", {
        "segmentation": segmentation(),
        "lemmas_accuracy": lemmas(),
        "fuzzy_names_matched": fuzzy_names(),
        "semantic_router_installed": importlib.util.find_spec("semantic_router") is not None,
    })


if __name__ == "__main__":
    main()
