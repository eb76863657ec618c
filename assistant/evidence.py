"""Pick the sentences that answer a documents question, and check they hold an answer of the kind asked.

Works on the hits retrieval returned and the sentence vectors the build stored; composing the answer comes next.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from assistant.lexicon import Lexicon
from assistant.records import Evidence, Hit, Intent, RefusalReason
from assistant.understand import ROLES
from index.lexical import normalise, words
from index.records import Sentence

SentenceVectors = Mapping[str, Sequence[tuple[Sentence, np.ndarray]]]  # chunk id → its sentences with vectors

# A sentence is evidence when it shares a subject word with the question and either it, or its chunk, is at
# least this close to the question; short lines ("Steller F.V. Hendriks") score low on their own, so their chunk
# may vouch for them. Calibrated on evals/questions with e5 (sentence/chunk floor → accuracy, refusal precision):
# .70-.78 → .990, 1.00 · .80 → .971, .93 · .82 → .962, .88 · .86 → .846, .48. Refusal recall stayed 1.00 at every
# floor: the answer-kind, subject and name checks refuse, not the score. .78 is the strictest floor that costs
# nothing.
# Cosine similarities live on a different scale per model: e5 puts related Dutch/English text at 0.78-0.93,
# MiniLM at 0.3-0.7. (sentence floor, chunk floor) per embedder kind.
SIMILARITY_FLOORS = {"e5": (0.78, 0.82), "sentence-transformers": (0.30, 0.35)}
MIN_SIMILARITY, MIN_CHUNK_SIMILARITY = SIMILARITY_FLOORS["e5"]
OVERLAP_WEIGHT = 0.04
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" \
          "january|february|march|april|may|june|july|august|september|october|november|december"
_NUMBER_WORDS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|one|two|three|four|five|six|seven|eight|nine|ten"
ENTITY_PATTERNS = {
    "date": [rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}\b", r"\b\d{1,2}-\d{1,2}-\d{4}\b", rf"\b(?:{_MONTHS})\s+\d{{4}}\b",
             r"\b(?:begin|eind|medio|start|end of)\s+\d{4}\b", r"\b(?:19|20)\d{2}\b"],
    "amount": [r"(?:ruim|bijna|circa|ongeveer|meer dan|more than|about)?\s*€\s?\d+(?:[.,]\d+)*(?:,-)?(?:\s*miljoen)?",
               r"\b\d+(?:\s*tot\s*\d+)?\s+ton\b", r"\b(?:ruim|bijna|circa)?\s*\d+(?:[.,]\d+)?\s+miljoen(?:\s+euro)?",
               r"\b\d[\d.]*\s*euro\b"],
    "count": [rf"(?:>|ruim|bijna|zo'n|circa)?\s*\b(?:\d[\d.]*|{_NUMBER_WORDS})(?:-\d+)?\s+[a-zA-Z'’-]+"],
    "duration": [r"\b\d{4}\s*-\s*\d{4}\b", rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:jaar|jaren|years?)\b"],
    "name": [r"\b(?:[A-Z]\.){1,4}\s?[A-Z][a-z]+\b",
             r"\b[A-Z][a-z]+\s+(?:(?:van|de|den|der|ter|ten|te|van der|van den)\s+)?[A-Z][a-z]+\b"],
}
ENTITY_PATTERNS["person"] = ENTITY_PATTERNS["name"] + [ROLES]
_SINGLE_LETTER_NAME = re.compile(r"\b(?:[A-Z]\.){1,4}\s?[A-Z][a-z]+\b")



def find_entity(kind: str, text: str, not_names: frozenset[str] = frozenset()) -> str | None:
    """The first answer of the given kind in text (a date, an amount, a name…), or None.

    `not_names` holds (normalised) words of organisations and places, which are no person's name.

    >>> find_entity("date", "Dit actieplan hebben wij op 13 december 2016 vastgesteld.")
    '13 december 2016'
    """
    for pattern in ENTITY_PATTERNS.get(kind, []):
        flags = re.I if kind not in ("name", "person") or pattern == ROLES else 0
        for match in re.finditer(pattern, text, flags):
            found = match.group(0).strip()
            if (kind in ("name", "person") and pattern != ROLES and not _SINGLE_LETTER_NAME.fullmatch(found)
                    and any(w in not_names for w in normalise(found).split())):
                continue
            if kind == "count" and re.fullmatch(r"(?:19|20)\d{2}\s+\w+", found):
                continue  # a year is not a count
            return found
    return None


def _overlap(terms: tuple[str, ...], text: str, rare: frozenset[str] = frozenset()) -> int:
    """Subject terms found in text (a word, or a shared 5-letter stem); a term rare in the corpus counts double."""
    tokens = set(words(text))
    stems = {t[:5] for t in tokens if len(t) >= 5}
    found = [t for t in terms if t in tokens or (len(t) >= 5 and t[:5] in stems)]
    return len(found) + sum(1 for t in found if t in rare or t[:5] in rare)


def _typed_entity(intent: Intent, text: str, lexicon: Lexicon) -> str | None:
    """The answer of the asked kind in a sentence, checked against what the question counts or measures."""
    kind = intent.answer_type
    if kind == "count" and intent.counted:
        noun = words(lexicon.expand(intent.counted))
        for match in re.finditer(ENTITY_PATTERNS["count"][0], text, flags=re.I):
            counted = words(match.group(0).split()[-1])
            if any(c[:5] == n[:5] or n[:5] in c for c in counted for n in noun if len(n) >= 3):
                return match.group(0).strip()
        return None
    if kind == "amount":
        heads = {h for w in words(intent.question) for h in lexicon.amount_heads.get(w, ())}
        if heads and not any(h in normalise(text) for h in heads):
            return None
    return find_entity(kind, text, lexicon.not_person_names) if kind in ENTITY_PATTERNS else None


def _field_line(text: str) -> float:
    """A short 'label value' line of a letter head ("Ons kenmerk 6806242") states one fact exactly."""
    return 0.02 if len(text.split()) <= 5 and re.search(r"\d|[A-Z]\.", text) else 0.0


def _specificity(kind: str, entity: str | None) -> float:
    """A full date answers 'when' better than a bare year."""
    if kind == "date" and entity:
        return 0.03 if re.search(r"\d{1,2}[\s-]", entity) else 0.0
    return 0.0


def select_evidence(intent: Intent, hits: Sequence[Hit], sentences: SentenceVectors, query_vector: np.ndarray,
                    lexicon: Lexicon, limit: int = 3, rare: frozenset[str] = frozenset(),
                    required: tuple[str, ...] = (), floors: tuple[float, float] = (MIN_SIMILARITY, MIN_CHUNK_SIMILARITY),
                    ) -> tuple[list[Evidence], RefusalReason | None]:
    """Best answering sentences from the hits, or ([], reason) when none passes the checks.

    `rare` holds words (and 5-letter stems) found in few chunks; `required` names that a passage must mention.
    """
    typed = intent.answer_type in ENTITY_PATTERNS
    candidates: list[Evidence] = []
    reason: RefusalReason = "no_evidence"
    for rank, hit in enumerate(hits):
        chunk = hit.chunk
        context = " ".join((*chunk.section, chunk.title))
        chunk_similarity = hit.dense_similarity or 0.0
        chunk_words = set(words(chunk.text + " " + context))
        if not all(set(words(name)) <= chunk_words for name in required):
            continue  # the question names someone or something (rare in the sources) this passage does not mention
        for sentence, vector in sentences.get(chunk.id, []):
            similarity = float(np.dot(query_vector, vector))
            overlap = _overlap(intent.subject_terms, sentence.text, rare)
            if not overlap or (similarity < floors[0] and chunk_similarity < floors[1]):
                continue
            if intent.years and not all(str(y) in chunk.text + " " + context for y in intent.years):
                reason = "year" if reason == "no_evidence" else reason
                continue
            entity = _typed_entity(intent, sentence.text, lexicon) if typed else None
            if typed and entity is None:
                reason = "type" if reason in ("no_evidence", "year") else reason
                continue
            score = (similarity + OVERLAP_WEIGHT * min(overlap, 4) + _specificity(intent.answer_type, entity)
                     + _field_line(sentence.text) - 0.005 * rank)
            candidates.append(Evidence(sentence=sentence, chunk=chunk, score=score, similarity=similarity, entity=entity))
    if not candidates:
        return [], reason
    candidates.sort(key=lambda e: -e.score)
    best = candidates[0].score
    margin = 0.025 if typed else 0.04
    chosen = [e for e in candidates if e.score >= best - margin][: limit if not typed else 2]
    return sorted(chosen, key=lambda e: (-e.score)), None


def related_passage(intent: Intent, hits: Sequence[Hit], sentences: SentenceVectors, query_vector: np.ndarray,
                    floor: float = MIN_SIMILARITY) -> Evidence | None:
    """For a refusal: the closest sentence that is about the question's subject, to show what the sources do say."""
    best = None
    for hit in hits[:3]:
        for sentence, vector in sentences.get(hit.chunk.id, []):
            similarity = float(np.dot(query_vector, vector))
            overlap = _overlap(intent.subject_terms, sentence.text)
            score = similarity + 0.05 * min(overlap, 3)
            if similarity >= floor and overlap and (best is None or score > best.score):
                best = Evidence(sentence=sentence, chunk=hit.chunk, score=score, similarity=similarity)
    return best
