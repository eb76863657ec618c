"""The question path, as plain calls over frozen records, and `build_assistant`, the one place that wires it.

    Assistant.ask:  understand → Intent
                    → TableEngine.run → TableResult          (table questions)
                    → Searcher.search → Hits                 (every question: support, evidence, refusals)
                    → Answerer.answer → Answer
                    → number guard                          (a figure no quote or computation backs is never shown)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Protocol

import numpy as np
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.catalogue import Catalogue, load_catalogue
from assistant.cite import Citations
from assistant.compose import compose_documents, compose_refusal, compose_table, quote_line
from assistant.entities import Vocabulary
from assistant.evidence import (
    SIMILARITY_FLOORS,
    SentenceVectors,
    find_entity,
    related_passage,
    select_evidence,
)
from assistant.guard import computed_figures, unbacked_figures
from assistant.language import format_euro
from assistant.lexicon import Lexicon, load_lexicon
from assistant.operations import Registry, TableContext, default_registry, extend_catalogue
from assistant.query import QueryError, SqlTableEngine, TableEngine
from assistant.records import Answer, Evidence, Hit, Intent, Route, TableResult
from assistant.retrieve import HybridRetriever, Searcher
from assistant.understand import Turn, Understander
from index.embed import parse_embedder_spec
from index.lexical import words
from index.records import Chunk, SourceInfo, StatedTotal
from index.settings import Settings
from index.store import BuiltIndex

MAX_QUESTION = 2000


class InputError(ValueError):
    """The question (or its history) cannot be asked as given; the message says why."""


def check_question(question: object) -> str:
    """The question stripped, or InputError for empty, overlong, control-character or invalid-character input.

    Lone surrogates (Cs: what undecodable bytes become in a command-line argument) and private-use characters (Co)
    are refused: they are no text a source could match, and a surrogate cannot even be printed back.

    >>> check_question("  Hoeveel kreeg PyGrunn?  ")
    'Hoeveel kreeg PyGrunn?'
    >>> check_question("Hoeveel\\udcedkreeg?")
    Traceback (most recent call last):
    assistant.engine.InputError: the question contains an invalid character (U+DCED): not valid UTF-8 text
    """
    if not isinstance(question, str) or not question.strip():
        raise InputError("the question is empty")
    if len(question) > MAX_QUESTION:
        raise InputError(f"the question is {len(question)} characters long; the limit is {MAX_QUESTION}")
    for c in question:
        category = unicodedata.category(c)
        if category == "Cc" and c not in "\n\t\r":
            raise InputError(f"the question contains a control character (U+{ord(c):04X})")
        if category in ("Cs", "Co"):
            kind = "not valid UTF-8 text" if category == "Cs" else "a private-use character"
            raise InputError(f"the question contains an invalid character (U+{ord(c):04X}): {kind}")
    return question.strip()


def check_history(history: object) -> list[Turn]:
    """Earlier turns as [{role, content}], or InputError naming the first bad one."""
    if history is None:
        return []
    if not isinstance(history, list | tuple):
        raise InputError("history must be a list of {role, content} turns")
    out = []
    for i, turn in enumerate(history):
        if not isinstance(turn, dict) or turn.get("role") not in ("user", "assistant") or not isinstance(turn.get("content"), str):
            raise InputError(f"history turn {i + 1} must be {{'role': 'user'|'assistant', 'content': str}}")
        out.append({"role": turn["role"], "content": turn["content"][:MAX_QUESTION * 4]})
    return out


class QueryEmbedder(Protocol):
    def embed_query(self, text: str) -> list[float]: ...


@dataclass(frozen=True, kw_only=True)
class Gathered:
    """What the table and retrieval returned for one intent."""

    table: TableResult | None
    hits: tuple[Hit, ...]
    query_vector: np.ndarray
    unknown: tuple[str, ...] = ()  # names in the question that no source mentions


class Answerer(Protocol):
    """Writes the answer for an intent from what was gathered."""

    def answer(self, intent: Intent, gathered: Gathered) -> Answer: ...


@dataclass(frozen=True, kw_only=True)
class CorpusWords:
    """How often each word occurs across the passages, and every word the sources use at all."""

    chunk_counts: Mapping[str, int]  # word (and 5-letter stem) → in how many chunks
    known: frozenset[str]  # every word of every chunk and table value

    @classmethod
    def of(cls, index: BuiltIndex) -> CorpusWords:
        counts: dict[str, int] = {}
        for chunk in index.chunks:
            tokens = set(words(chunk.text))
            for key in tokens | {t[:5] for t in tokens if len(t) >= 5}:
                counts[key] = counts.get(key, 0) + 1
        texts = [c.text for c in index.chunks] + [f"{r.project} {r.applicant} {r.partners} {r.description}"
                                                  for r in index.tables.rows]
        return cls(chunk_counts=counts, known=frozenset(w for t in texts for w in words(t)))

    @cached_property
    def rare(self) -> frozenset[str]:
        return frozenset(w for w, n in self.chunk_counts.items() if n <= 2)


class ExtractiveAnswerer:
    """Composes table answers, quoted document answers and refusals; never generates free text."""

    def __init__(self, *, index: BuiltIndex, tables: TableEngine, registry: Registry, catalogue: Catalogue,
                 lexicon: Lexicon, corpus: CorpusWords, floors: tuple[float, float]):
        self.index, self.tables, self.registry = index, tables, registry
        self.catalogue, self.lexicon, self.corpus, self.floors = catalogue, lexicon, corpus, floors

    @property
    def sources(self) -> Mapping[str, SourceInfo]:
        return self.index.sources

    @property
    def sentences(self) -> SentenceVectors:
        return self.index.sentences

    def answer(self, intent: Intent, gathered: Gathered) -> Answer:
        cites = Citations(intent.language, self.catalogue)
        if gathered.unknown:
            text = compose_refusal(intent, "unknown", None, self.sources, cites, self.catalogue, names=gathered.unknown)
            return self._answer(intent, gathered, False, text, (), "none")
        if gathered.table is not None:
            return self._table_answer(intent, gathered, cites)
        return self._document_answer(intent, gathered, cites)

    def _answer(self, intent: Intent, gathered: Gathered, answered: bool, text: str, cites: Citations | tuple[()],
                route: Route, table: TableResult | None = None) -> Answer:
        citations = tuple(cites.items) if isinstance(cites, Citations) else ()
        return Answer(question=intent.question, language=intent.language, answered=answered, text=text,
                      citations=citations, route=route, table=table, hits=gathered.hits)

    def _table_answer(self, intent: Intent, gathered: Gathered, cites: Citations) -> Answer:
        result = gathered.table
        assert result is not None
        ctx = TableContext(intent=intent, result=result, store=self.tables.store, cites=cites, catalogue=self.catalogue,
                           lexicon=self.lexicon, operation=self.registry[result.operation], stated_line=self.stated_line)
        composed = compose_table(ctx)
        text, route = "\n\n".join(composed.lines), "table"
        support = self._support(intent, gathered) if composed.answered else None
        if support is not None:
            text += "\n\n" + compose_documents(intent, [support], self.sources, cites, self.catalogue, lead=False)
            route = "table+documents"
        return self._answer(intent, gathered, composed.answered, text, cites, route, result)  # type: ignore[arg-type]

    def _document_answer(self, intent: Intent, gathered: Gathered, cites: Citations) -> Answer:
        counts = self.corpus.chunk_counts
        required = tuple(n for n in intent.names if all(1 <= counts.get(w, 0) <= 3 for w in words(n)))
        evidence, reason = select_evidence(intent, gathered.hits, self.sentences, gathered.query_vector, self.lexicon,
                                           rare=self.corpus.rare, required=required, floors=self.floors)
        if intent.foreign_year is not None and intent.answer_type == "amount":
            # A figure for a year no table covers must come from a passage that states one.
            evidence = [e for e in evidence if e.entity or find_entity("amount", e.sentence.text)]
            reason = reason or "year"
        if not evidence:
            related = related_passage(intent, gathered.hits, self.sentences, gathered.query_vector, self.floors[0])
            text = compose_refusal(intent, reason or "no_evidence", related, self.sources, cites, self.catalogue)
            return self._answer(intent, gathered, False, text, cites, "none")
        text = compose_documents(intent, evidence, self.sources, cites, self.catalogue)
        return self._answer(intent, gathered, True, text, cites, "documents")

    def stated_line(self, total: StatedTotal) -> Chunk | None:
        """The document's own line that prints a stated total: a table row in the total's section whose filled
        cells are exactly the total's amounts (a project row with the same amounts also names a project)."""
        amounts = {format_euro(a, "nl") for a in (total.contribution, total.total_size) if a is not None}
        return next((c for c in self.index.chunks if c.kind == "row" and c.section and c.section[-1] == total.section
                     and amounts and {cell.strip() for cell in c.text.split("|") if cell.strip()} == amounts), None)

    def _support(self, intent: Intent, gathered: Gathered) -> Evidence | None:
        """A prose sentence that speaks about the same selection (e.g. the letter on the blockchain programme), or for
        an unfiltered total one that states such a figure itself."""
        query, result = intent.table_query, gathered.table
        assert result is not None and query is not None
        terms = {w for f in query.filters if f.column in ("keyword", "theme", "project")
                 for v in f.values for part in v.split("|") for w in words(part) if len(w) > 3}
        stated_kind = {"sum": "amount", "count": "count"}.get(result.operation) if not query.filters else None
        if not terms and stated_kind is None:
            return None
        best = None
        for hit in gathered.hits:
            if hit.chunk.kind != "text":
                continue
            for sentence, vector in self.sentences.get(hit.chunk.id, []):
                text = sentence.text.lower()
                if terms and not any(re.search(rf"\b{re.escape(t)}", text) for t in terms):
                    continue
                if stated_kind and not find_entity(stated_kind, sentence.text, self.lexicon.not_person_names):
                    continue
                similarity = float(np.dot(gathered.query_vector, vector))
                if best is None or similarity > best.similarity:
                    best = Evidence(sentence=sentence, chunk=hit.chunk, score=similarity, similarity=similarity)
        return best


class Assistant:
    """Answers questions over the built index; the parts are injected (see `build_assistant`).

    >>> build_assistant(Settings.from_env()).ask("Hoeveel kreeg PyGrunn?").answered  # doctest: +SKIP
    True
    """

    def __init__(self, *, index: BuiltIndex, understander: Understander, tables: TableEngine, searcher: Searcher,
                 embedder: QueryEmbedder, answerer: Answerer, corpus: CorpusWords, lexicon: Lexicon,
                 catalogue: Catalogue, k: int = 8):
        self.index, self.understander, self.tables, self.searcher = index, understander, tables, searcher
        self.embedder, self.answerer, self.corpus, self.lexicon, self.catalogue = embedder, answerer, corpus, lexicon, catalogue
        self.k = k

    def ask(self, question: str, history: Sequence[Mapping[str, str]] = ()) -> Answer:
        """Answer a question (with the conversation so far); InputError for a question that can't be asked."""
        question = check_question(question)
        intent = self.understander.understand(question, check_history(list(history)))
        return self.guard(self.answerer.answer(intent, self.gather(intent)))

    def gather(self, intent: Intent) -> Gathered:
        unknown = self.unknown_names(intent)
        table = None
        if intent.table_query is not None and not unknown:
            # A value outside the table's own (cannot happen for matched entities) leaves the question to the documents.
            try:
                table = self.tables.run(intent.table_query, intent.language)
            except QueryError:
                table = None
        vector = np.asarray(self.embedder.embed_query(intent.search_query), dtype=np.float32)
        hits = self.searcher.search(intent.search_query, k=self.k, query_vector=vector.tolist())
        return Gathered(table=table, hits=tuple(hits), query_vector=vector, unknown=unknown)

    def unknown_names(self, intent: Intent) -> tuple[str, ...]:
        """Names in the question that no source mentions, not even through the glossary."""
        known = self.corpus.known
        return tuple(n for n in intent.names if not set(words(n)) <= known
                     and not set(words(self.lexicon.expand(n))[1:]) & known)

    def guard(self, answer: Answer) -> Answer:
        """The answer as composed, or, when it states a figure no quote or computation backs, its quotes alone."""
        if not unbacked_figures(answer.text, answer.citations, computed_figures(answer.table)):
            return answer
        quotes = "\n".join(f"> {quote_line(c.quote)} [{c.n}]" for c in answer.citations)
        text = self.catalogue.text(answer.language, "sources_say") + ("\n\n" + quotes if quotes else "")
        return replace(answer, text=text)

    def warm(self) -> None:
        """Load every lazy part now, so the first question is as fast as the rest."""
        self.ask("Hoeveel kreeg PyGrunn?")
        self.ask("What is the Digital Office?")

    def as_runnable(self) -> Runnable[Mapping[str, object], Answer]:
        """The whole question path as a LangChain Runnable: {"question", "history"?} → Answer."""

        def run(inputs: Mapping[str, object]) -> Answer:
            history = inputs.get("history") or ()
            return self.ask(str(inputs.get("question", "")), history)  # type: ignore[arg-type]

        return RunnableLambda(run, name="gdc_assistant")


def similarity_floors(embedder_spec: str) -> tuple[float, float]:
    """Evidence floors on the scale of the index's embedder."""
    kind = parse_embedder_spec(embedder_spec)[0]
    return SIMILARITY_FLOORS.get(kind, SIMILARITY_FLOORS["sentence-transformers"])


def build_assistant(settings: Settings, *, index: BuiltIndex | None = None, lexicon: Lexicon | None = None,
                    registry: Registry | None = None, searcher: Searcher | None = None,
                    tables: TableEngine | None = None, answerer: Answerer | None = None) -> Assistant:
    """Wire the parts over the live index; any part can be given instead (tests inject fakes)."""
    index = index or BuiltIndex(settings)
    lexicon = lexicon or load_lexicon()
    registry = registry or default_registry()
    catalogue = extend_catalogue(load_catalogue(), registry)
    store = index.tables
    vocab = Vocabulary(projects=store.distinct("project"), applicants=store.distinct("applicant"),
                       themes=store.distinct("theme"), years=store.years)
    tables = tables or SqlTableEngine(store, registry, catalogue)
    searcher = searcher or HybridRetriever(index=index, k=settings.retrieve_k, candidates=settings.retrieve_candidates,
                                           prepare=lexicon.expand)
    corpus = CorpusWords.of(index)
    answerer = answerer or ExtractiveAnswerer(index=index, tables=tables, registry=registry, catalogue=catalogue,
                                              lexicon=lexicon, corpus=corpus, floors=similarity_floors(index.embedder_spec))
    return Assistant(index=index, understander=Understander(vocab=vocab, lexicon=lexicon, registry=registry),
                     tables=tables, searcher=searcher, embedder=index.embedder, answerer=answerer, corpus=corpus,
                     lexicon=lexicon, catalogue=catalogue, k=settings.retrieve_k)
