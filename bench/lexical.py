"""The BM25 scorer in `index/lexical.py` against the libraries that could replace it (bm25s, rank-bm25).

Same tokens (words + character 4-grams, 4-grams weighted 0.6), same queries (the glossary-expanded question, as the
engine searches): lexical-only hit@1/hit@5 on the eval's document cases, then build time and query latency on the
corpus grown N-fold with distractor copies.

Run: python -m bench.lexical   (needs a built index: GDC_INDEX_DIR or index/built)
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

import numpy as np

from assistant.lexicon import load_lexicon
from bench.common import calibrate, percentile, save
from evals.cases import load_cases
from index.lexical import GRAM_WEIGHT, LexicalIndex, grams, words
from index.settings import Settings
from index.store import BuiltIndex

Ranker = Callable[[str, int], list[int]]


def ours(texts: list[str]) -> Ranker:
    index = LexicalIndex.build([str(i) for i in range(len(texts))], texts)
    return lambda query, k: [int(i) for i, _ in index.search(query, k)]


def _two_fields(score_words: Callable[[list[str]], np.ndarray], score_grams: Callable[[list[str]], np.ndarray]) -> Ranker:
    def rank(query: str, k: int) -> list[int]:
        q = words(query)
        scores = score_words(q) + GRAM_WEIGHT * score_grams(grams(q))
        top = np.argsort(-scores)[:k]
        return [int(i) for i in top if scores[i] > 0]

    return rank


def with_bm25s(texts: list[str]) -> Ranker:
    import bm25s

    tokens = [words(t) for t in texts]
    models = []
    for field in (tokens, [grams(t) for t in tokens]):
        model = bm25s.BM25(k1=1.2, b=0.75)
        model.index(field, show_progress=False)
        models.append(model)

    def scorer(model: object) -> Callable[[list[str]], np.ndarray]:
        size = len(texts)

        def score(q: list[str]) -> np.ndarray:
            # bm25s.get_scores wants a non-empty token list
            return np.asarray(model.get_scores(q), dtype=np.float64) if q else np.zeros(size)  # type: ignore[attr-defined]

        return score

    return _two_fields(scorer(models[0]), scorer(models[1]))


def with_rank_bm25(texts: list[str]) -> Ranker:
    from rank_bm25 import BM25Okapi

    tokens = [words(t) for t in texts]
    word_model, gram_model = BM25Okapi(tokens), BM25Okapi([grams(t) or ["_"] for t in tokens])
    return _two_fields(lambda q: np.asarray(word_model.get_scores(q)), lambda q: np.asarray(gram_model.get_scores(q)))


SYSTEMS = {"ours (index/lexical.py)": ours, "bm25s": with_bm25s, "rank-bm25 (BM25Okapi)": with_rank_bm25}


def grown(texts: list[str], factor: int, seed: int = 7) -> list[str]:
    """The corpus and factor-1 distractor copies of it, each with its words shuffled and a number changed."""
    rng = random.Random(seed)
    out = list(texts)
    for copy in range(1, factor):
        for text in texts:
            tokens = text.split()
            rng.shuffle(tokens)
            out.append(" ".join(tokens) + f" kopie {copy}")
    return out


def main(factors: tuple[int, ...] = (1, 100)) -> dict[str, object]:
    unit = calibrate()
    index = BuiltIndex(Settings.from_env())
    lexicon = load_lexicon()
    texts = [c.embed_text for c in index.chunks]
    ids = [c.id for c in index.chunks]
    cases = [c for c in load_cases() if any(e["source"].startswith("documents/") for e in c.evidence) and not c.refuse]
    quality: dict[str, dict[str, float]] = {}
    for name, make in SYSTEMS.items():
        rank = make(texts)
        ranks = []
        for case in cases:
            wanted = [e for e in case.evidence if e["source"].startswith("documents/")]
            found = rank(lexicon.expand(case.question), 10)
            hit = next((r for r, i in enumerate(found, 1) if any(
                index.by_id[ids[i]].source == e["source"] and e.get("text", "").lower() in index.by_id[ids[i]].text.lower()
                for e in wanted)), None)
            ranks.append(hit)
        quality[name] = {"hit@1": round(sum(r == 1 for r in ranks) / len(ranks), 3),
                         "hit@5": round(sum(r is not None and r <= 5 for r in ranks) / len(ranks), 3)}
    speed: dict[str, dict[str, float]] = {}
    queries = [lexicon.expand(c.question) for c in load_cases()]
    for factor in factors:
        corpus = grown(texts, factor)
        for name, make in SYSTEMS.items():
            started = time.perf_counter()
            rank = make(corpus)
            build = time.perf_counter() - started
            times = []
            for q in queries:
                t = time.perf_counter()
                rank(q, 20)
                times.append((time.perf_counter() - t) * 1000)
            speed[f"{name} ×{factor} ({len(corpus)} chunks)"] = {
                "build_s": round(build, 2), "query_p50_ms": round(statistics.median(times), 2),
                "query_p95_ms": round(percentile(times, 0.95), 2)}
    result = {"document_cases": len(cases), "quality": quality, "speed": speed, "calibration_s": round(unit, 3)}
    save("lexical", result)
    return result


if __name__ == "__main__":
    main()
