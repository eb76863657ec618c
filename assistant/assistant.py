"""Assistant.ask: route → query the table and/or retrieve → compose → cite, as LangChain Runnables."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.cite import Citations
from assistant.compose import compose_documents, compose_refusal, compose_table
from assistant.embed import parse_embedder_spec
from assistant.evidence import SIMILARITY_FLOORS, Evidence, find_entity, related_passage, select_evidence
from assistant.language import format_euro
from assistant.lexical import words
from assistant.query import QueryError, run_query
from assistant.records import Answer, Chunk, Hit, Route, TableResult
from assistant.retrieve import HybridRetriever
from assistant.route import Intent, Vocabulary, understand
from assistant.settings import Settings
from assistant.store import BuiltIndex
from assistant.vocab import glossary_expand

MAX_QUESTION = 2000


class InputError(ValueError):
    """The question (or its history) cannot be asked as given; the message says why."""


def check_question(question: object) -> str:
    """The question stripped, or InputError for empty, overlong or control-character input."""
    if not isinstance(question, str) or not question.strip():
        raise InputError("the question is empty")
    if len(question) > MAX_QUESTION:
        raise InputError(f"the question is {len(question)} characters long; the limit is {MAX_QUESTION}")
    bad = next((c for c in question if unicodedata.category(c) == "Cc" and c not in "\n\t\r"), None)
    if bad is not None:
        raise InputError(f"the question contains a control character (U+{ord(bad):04X})")
    return question.strip()


def check_history(history: object) -> list[dict]:
    if history is None:
        return []
    if not isinstance(history, (list, tuple)):
        raise InputError("history must be a list of {role, content} turns")
    out = []
    for i, turn in enumerate(history):
        if not isinstance(turn, dict) or turn.get("role") not in ("user", "assistant") or not isinstance(turn.get("content"), str):
            raise InputError(f"history turn {i + 1} must be {{'role': 'user'|'assistant', 'content': str}}")
        out.append({"role": turn["role"], "content": turn["content"][:MAX_QUESTION * 4]})
    return out


@dataclass
class _Work:
    """What flows through the chain for one question."""

    intent: Intent
    query_vector: np.ndarray | None = None
    hits: list[Hit] = field(default_factory=list)
    table: TableResult | None = None
    unknown: tuple[str, ...] = ()  # names in the question that no source mentions


class Assistant:
    """Answers questions over the built index.

    >>> Assistant.from_settings(Settings.from_env()).ask("Hoeveel kreeg PyGrunn?").answered  # doctest: +SKIP
    True
    """

    def __init__(self, index: BuiltIndex):
        self.index = index
        self.retriever = HybridRetriever(index=index, k=8)

    @classmethod
    def from_settings(cls, settings: Settings) -> Assistant:
        return cls(BuiltIndex(settings))

    @cached_property
    def vocab(self) -> Vocabulary:
        t = self.index.tables
        return Vocabulary(t.distinct("project"), t.distinct("applicant"), t.distinct("theme"))

    @cached_property
    def chain(self) -> Runnable:
        """question+history → Answer; each step is a Runnable others can reuse or swap."""
        return (RunnableLambda(self._understand, name="understand") | RunnableLambda(self._gather, name="gather")
                | RunnableLambda(self._compose, name="compose"))

    def ask(self, question: str, history: Sequence[dict] = ()) -> Answer:
        question = check_question(question)
        return self.chain.invoke({"question": question, "history": check_history(history)})

    def warm(self) -> None:
        """Load every lazy part now, so the first question is as fast as the rest."""
        self.ask("Hoeveel kreeg PyGrunn?")
        self.ask("What is the Digital Office?")

    def _understand(self, inputs: dict) -> _Work:
        return _Work(understand(inputs["question"], inputs["history"], self.vocab))

    @cached_property
    def floors(self) -> tuple[float, float]:
        """Similarity floors for evidence, on the scale of the index's embedder."""
        return SIMILARITY_FLOORS[parse_embedder_spec(self.index.embedder_spec)[0]]

    @cached_property
    def word_chunks(self) -> dict[str, int]:
        """In how many chunks each word (and each 5-letter stem) occurs."""
        counts: dict[str, int] = {}
        for chunk in self.index.chunks:
            tokens = set(words(chunk.text))
            for key in tokens | {t[:5] for t in tokens if len(t) >= 5}:
                counts[key] = counts.get(key, 0) + 1
        return counts

    @cached_property
    def rare_words(self) -> frozenset[str]:
        return frozenset(w for w, n in self.word_chunks.items() if n <= 2)

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Every word of every chunk and table value: a name outside it is one the sources never mention."""
        texts = [c.text for c in self.index.chunks] + [f"{r.project} {r.applicant} {r.partners} {r.description}"
                                                       for r in self.index.tables.rows]
        return frozenset(w for t in texts for w in words(t))

    def _gather(self, work: _Work) -> _Work:
        intent = work.intent
        work.unknown = tuple(n for n in intent.names if not set(words(n)) <= self.known_words
                             and not set(words(glossary_expand(n))[1:]) & self.known_words)
        if intent.table_query is not None and not work.unknown:
            # A value outside the table's own (cannot happen for matched entities) leaves the question to the documents.
            with suppress(QueryError):
                work.table = run_query(self.index.tables, intent.table_query, intent.language)
        work.query_vector = np.asarray(self.index.embedder.embed_query(intent.search_query), dtype=np.float32)
        work.hits = self.retriever.search(intent.search_query, query_vector=work.query_vector.tolist())
        return work

    def _compose(self, work: _Work) -> Answer:
        intent = work.intent
        cites = Citations(intent.language)
        metas = self.index.manifest["sources"]
        sentences = self.index.sentences
        if work.unknown:
            text = compose_refusal(intent, "unknown", None, metas, cites, names=work.unknown)
            return Answer(intent.question, intent.language, False, text, (), "none", None, tuple(work.hits))
        if work.table is not None:
            text, answered = compose_table(intent, work.table, self.index.tables, cites, self._stated_row)
            route: Route = "table"
            support = self._support(work) if answered else None
            if support is not None:
                text += "\n\n" + compose_documents(intent, [support], metas, cites, lead=False)
                route = "table+documents"
            return Answer(intent.question, intent.language, answered, text, tuple(cites.items),
                          route if answered else "table", work.table, tuple(work.hits))
        required = tuple(n for n in intent.names if all(1 <= self.word_chunks.get(w, 0) <= 3 for w in words(n)))
        evidence, reason = select_evidence(intent, work.hits, sentences, work.query_vector, rare=self.rare_words,
                                           required=required, floors=self.floors)
        if intent.foreign_year is not None and intent.answer_type == "amount":
            # A figure for another year than the table's must come from a passage that states one.
            evidence = [e for e in evidence if e.entity or find_entity("amount", e.sentence.text)]
            reason = reason or "year"
        if not evidence:
            related = related_passage(intent, work.hits, sentences, work.query_vector, self.floors[0])
            text = compose_refusal(intent, reason or "no_evidence", related, metas, cites)
            return Answer(intent.question, intent.language, False, text, tuple(cites.items), "none", None, tuple(work.hits))
        text = compose_documents(intent, evidence, metas, cites)
        return Answer(intent.question, intent.language, True, text, tuple(cites.items), "documents", None, tuple(work.hits))

    def _stated_row(self, section: str, amount: int) -> Chunk | None:
        """The document's own total line for a part of the annex (e.g. '| | | | € 469.427 | … |')."""
        printed = format_euro(amount, "nl")
        return next((c for c in self.index.chunks if c.kind == "row" and c.section and c.section[-1] == section
                     and printed in c.text and "Totaal" in c.context), None)

    def _support(self, work: _Work) -> Evidence | None:
        """A prose sentence that speaks about the same selection (e.g. the letter on the blockchain programme)."""
        intent, result = work.intent, work.table
        assert result is not None and intent.table_query is not None
        terms = {w for f in intent.table_query.filters if f.column in ("keyword", "theme", "project")
                 for v in f.values for part in v.split("|") for w in words(part) if len(w) > 3}
        unfiltered = not intent.table_query.filters and result.operation in ("sum", "count")
        if not terms and not unfiltered:
            return None
        best = None
        for hit in work.hits:
            if hit.chunk.kind != "text":
                continue
            for sentence, vector in self.index.sentences.get(hit.chunk.id, []):
                text = sentence.text.lower()
                if terms and not any(re.search(rf"\b{re.escape(t)}", text) for t in terms):
                    continue
                if unfiltered and not (re.search(r"\d", text) and re.search(r"projecten|bijgedragen|€", text)):
                    continue
                similarity = float(np.dot(work.query_vector, vector))
                if best is None or similarity > best.similarity:
                    best = Evidence(sentence, hit.chunk, similarity, similarity)
        return best
