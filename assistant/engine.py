"""The question path, as plain calls over frozen records, and `build_assistant`, the one place that wires it.

    Assistant.ask:  understand → Intent
                    → TableEngine.run → TableResult          (table questions)
                    → Searcher.search → Hits                 (every question: support, evidence, refusals)
                    → Answerer.answer → Answer
                    → number guard                          (a figure no quote or computation backs is never shown)
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cached_property
from typing import Protocol

import numpy as np
from langchain_core.runnables import Runnable, RunnableLambda
from rapidfuzz.distance import OSA

from assistant import phrasing
from assistant.answer import CorpusWords, ExtractiveAnswerer, Gathered
from assistant.catalogue import Catalogue, load_catalogue
from assistant.compose import quote_line
from assistant.entities import EntityMatcher, Vocabulary
from assistant.evidence import SIMILARITY_FLOORS, covers_all, own_terms
from assistant.gloss import Gloss
from assistant.guard import computed_figures, numbers_in, unbacked_figures
from assistant.language import clear_language, detect_language
from assistant.lexicon import LEXICON_DIR, Lexicon, load_lexicon
from assistant.operations import Registry, default_registry, extend_catalogue
from assistant.query import QueryError, SqlTableEngine, TableEngine
from assistant.records import Answer, AnswerType, Citation, Intent, Route, TableQuery
from assistant.retrieve import HybridRetriever, Searcher
from assistant.router import build_router
from assistant.scope import Home
from assistant.spelling import Speller, dutch_words, english_words, lexicon_words
from assistant.understand import Turn, Understander, asking_sentence, trailing_context
from index.embed import parse_embedder_spec
from index.lexical import normalise, words
from index.load import read_subject
from index.records import Language
from index.settings import Settings
from index.store import BuiltIndex

MAX_QUESTION = 2000


def without_description(query: TableQuery) -> TableQuery | None:
    """The query with only its named rows and years, when it names a project and also selects by theme or keyword
    (which may be words describing the project); None when there is nothing to leave out."""
    kept = tuple(f for f in query.filters if f.column in ("project", "applicant", "year"))
    if len(kept) == len(query.filters) or not any(f.column == "project" for f in kept):
        return None
    return replace(query, filters=kept)


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


class Answerer(Protocol):
    """Writes the answer for an intent from what was gathered."""

    def answer(self, intent: Intent, gathered: Gathered) -> Answer: ...


class Assistant:
    """Answers questions over the built index; the parts are injected (see `build_assistant`).

    >>> build_assistant(Settings.from_env()).ask("Hoeveel kreeg PyGrunn?").answered  # doctest: +SKIP
    True
    """

    def __init__(self, *, index: BuiltIndex, understander: Understander, tables: TableEngine, searcher: Searcher,
                 embedder: QueryEmbedder, answerer: Answerer, corpus: CorpusWords, lexicon: Lexicon,
                 catalogue: Catalogue, home: Home | None = None, k: int = 8):
        self.index, self.understander, self.tables, self.searcher = index, understander, tables, searcher
        self.embedder, self.answerer, self.corpus, self.lexicon, self.catalogue = embedder, answerer, corpus, lexicon, catalogue
        self.home, self.k = home, k

    def ask(self, question: str, history: Sequence[Mapping[str, str]] = ()) -> Answer:
        """Answer a question (with the conversation so far); InputError for a question that can't be asked.

        Several questions asked in one ("… and what …") are answered one by one, each part with the parts before it
        as its context, and joined into one answer that says which parts the sources don't answer.
        """
        question = check_question(question)
        # (short forms written out first, as understanding reads them: "wnr was trendship en hvl mensen kwamen er" asks
        # two things; "we" of an asker introduced by their project)
        asked = self.understander.speaking_for(phrasing.plainly(self.lexicon.without_interjections(
            self.lexicon.written_out(question))))
        # "wat is GDC eigenlijk? simpel uitleggen pls": what follows the question is said to the one answering
        asked = trailing_context(asked, self.lexicon)
        turns = check_history(list(history))
        told = phrasing.told_before(asked)
        if told is not None:
            # "… ging het over een doorlopende leerlijn digitale geletterdheid. wie trekt dat?": what the asker told
            # first is what "dat" points at, as a turn before the question would be
            turns = [*turns, {"role": "user", "content": told[0]}, {"role": "assistant", "content": ""}]
            # ("I read the city wants to help X. Is there something like this?": something to help X)
            asked = phrasing.with_told_aim(told[0], phrasing.with_quoted_term(*told))
        elif (alone := phrasing.said_before(asked)) is not None and self.stands_alone(alone, asked[: asked.rfind(alone)]):
            # "Het college schermt met een 'multiplier'. Hoeveel heeft de gemeente in 2017 bijgedragen?": what others
            # say before a question the tables answer on its own is no word of it
            asked = alone
        elif (after := self.understander.introduced(asked)) is not None and not any(
                self.understander.topic(normalise(part)) == "onboarding" for part in phrasing.split(after)):
            # "Ik heb vroeger bij de provincie gewerkt. Wat is het DOG precies, en voor hoe lang?": each part asked
            # without the asker's introduction
            asked = after
        asked = self.plus_as_parts(asked)
        # "en het jaar daarvoor?": the last real question again, for that year, part by part, in its own context
        again = self.understander.again_for_year(asked, turns)
        parts, turns = (again[0], turns[: again[1]]) if again else (self.with_qualifiers(phrasing.split(asked)), turns)
        per_name = {part: self.per_name(part, turns) for part in parts}
        parts = [one for part in parts for one in per_name[part]]
        # a project's own part names all it asks of: nothing of the parts before it carries over
        own = {one for split in per_name.values() if len(split) > 1 for one in split}
        asked_before = turns
        # "and in 2019?" after a Dutch question is answered in English: the turn's own words choose, if they do
        language = clear_language(normalise(asked), self.lexicon.language_votes) if again else None
        if len(parts) == 1:  # one question, perhaps with a statement after it that only gave context
            return replace(self.answer_one(parts[0], turns, language), question=question)
        # the parts of one question are answered in one language, the whole question's ("welk project kreeg de
        # largest bijdrage en what % …": not the first part in Dutch and the second in English)
        language = language or detect_language(normalise(asked), self.lexicon.language_votes,
                                               self.understander.conversation_language(turns))
        answers: list[Answer] = []
        for part in parts:
            if answers and not answers[-1].answered and self.leans_on_previous(part):
                # "Is het DOG geëvalueerd? Wat kwam daaruit?": what came of something the sources don't give
                answers.append(replace(answers[-1], question=part, citations=(), table=None, hits=(), text=(
                    self.catalogue.text(answers[-1].language, "part_depends"))))
                continue
            if part in own:
                answers.append(self.answer_one(part, asked_before, language))
                continue
            answer = self.answer_one(part, turns, language, continues=bool(answers))
            same = next((a for a in answers if a.text == answer.text), None)
            if same is not None and self.says_its_own(part) and not self.given_in(part, same):
                # "… en welke datum draagt het actieplan zelf?" given the part before's answer again: the context
                # spoke, not the part's own words; asked on its own, it may say what it asks
                on_its_own = self.answer_one(part, asked_before, language)
                answer = on_its_own if on_its_own.answered else answer
            answers.append(answer)
            turns = [*turns, {"role": "user", "content": part}, {"role": "assistant", "content": answers[-1].text}]
        return join_parts(question, answers, self.catalogue)

    def says_its_own(self, part: str) -> bool:
        """A part with words of its own beyond who gives money and its moving ("… welke datum draagt het actieplan
        zelf"); not "… and how much the city put in", which asks what the part before's selection got."""
        lex = self.lexicon
        plain = lex.giver_words | lex.funding_words | lex.transfer_verbs | lex.generic_question_words

        def of_money(term: str) -> bool:  # (or a phrase the glossary gives as such: "put in" is "gestoken, bijgedragen")
            return term in plain or bool(lex.glossary.get(term)) and set(words(lex.glossary[term])) <= plain

        return not all(of_money(t) for t in own_terms(part, lex))

    def given_in(self, part: str, before: Answer) -> bool:
        """A part pointing at what was asked before whose own words the answer before already says ("… what date was
        that, and its reference?" after "letter of 14 December 2016, reference 6067129"): given above, not a part to
        ask again on its own ("… en op welke thema's was dat verdeeld" after a count says no themes)."""
        return phrasing.refers_back(part) and covers_all(own_terms(part, self.lexicon), before.text, self.lexicon)

    def stands_alone(self, question: str, said: str) -> bool:
        """A question the tables answer as it is, in one of its parts: it names its own selection, and what was said
        before it names no row ("Trendship was een succes. …" may be what the question is about)."""
        if any(m.kind in ("project", "applicant", "keyword", "theme") for m in self.understander.entities(said, False)):
            return False
        intents = [self.understander.understand(part) for part in phrasing.split(question)]
        return any(i.route == "table" and i.table_query is not None and not self.unknown_names(i) for i in intents)

    def plus_as_parts(self, asked: str) -> str:
        """Things listed with "+" ("2018 budget guidance for projects + funding source", "kenmerk raadsbrief + datum
        van de eerdere brief") are questions of their own; "+" between two names ("PyGrunn + Web 11") adds them up."""
        if " + " not in asked or len(normalise(asked)) != len(asked):
            return asked  # (the names' offsets are in the folded text: only where folding keeps them)
        named = [m for m in self.understander.entities(asked, False) if m.kind in ("project", "applicant", "theme", "section")]
        out = asked
        for plus in reversed(list(_PLUS.finditer(asked))):
            before = any(m.end <= plus.start() and not asked[m.end:plus.start()].strip() for m in named)
            after = any(m.start >= plus.end() and not asked[plus.end():m.start].strip() for m in named)
            if not (before and after):
                out = f"{out[:plus.start()].rstrip(' ?')}? {out[plus.end():]}"
        # (each listed thing a question: the last too, which a split would otherwise read as a remark after them)
        return out if out == asked else out.rstrip(" ?") + "?"

    def with_qualifiers(self, parts: list[str]) -> list[str]:
        """The parts, a bare word that only says what kind of answer the part before wants ("hoe tevreden zijn ze?
        cijfer?": a score), or the post of those it asks for ("… ondertekend, en in welke functie?"), joined to that
        part, not asked on its own."""
        out: list[str] = []
        for part in parts:
            said = words(part)
            if out and len(said) == 1 and said[0] in self.lexicon.score_words:
                out[-1] = f"{out[-1].rstrip(' ?')} {part}"
                continue
            if out and _POST_ONLY.match(part):  # ("wie ondertekende de brief, en in welke functie?")
                out[-1] = f"{out[-1].rstrip(' ?')}, {part}"
                continue
            named = phrasing.named_after(out[-1], part) if out else None
            if named is not None:  # "is zoiets al eens gesteund? youtube ofzo?": the term is what "zoiets" stands for
                out[-1] = named
                continue
            out.append(part)
        return out

    def per_name(self, part: str, turns: list[Turn]) -> list[str]:
        """A value the table has no column for, asked of several named projects ("where did trendship and pygrunn
        take place", "hoe lang lopen het GDBC en het blockchainprogramma"), as one question per project: one
        passage names one project's place, and the answer must say which project the sources leave out. Any other
        part as it is (amounts and descriptions of several rows are one table answer)."""
        core = phrasing.unwrap(part)
        named = sorted((m for m in self.understander.entities(core, False) if m.kind == "project"), key=lambda m: m.start)
        values = {m.value for m in named}
        # (each name its own words: "lego league" matching two projects' names is one mention, not two)
        if len(values) < 2 or len(named) != len(values) or not all(
                a.end <= b.start and _COORDINATED.match(core[a.end:b.start]) for a, b in itertools.pairwise(named)):
            return [part]
        intent = self.understander.understand(part, turns)
        if intent.answer_type not in _VALUE_OF_EACH or {m.value for m in intent.entities if m.kind == "project"} != values:
            return [part]
        head, tail = core[: named[0].start], core[named[-1].end:]
        return [f"{head}{m.surface}{tail}".rstrip(" ?") + "?" for m in named]

    def leans_on_previous(self, part: str) -> bool:
        """A part that asks nothing of its own but what came of the part before it ("How many?", "Wat kwam
        daaruit?"): its words are only question words, pointing words and words of an outcome."""
        if _BARE_QUANTITY.match(part) or _OF_THAT.search(part):  # "How many?", "en hoeveel?", "welk deel daarvan"
            return True
        own = set(own_terms(part, self.lexicon))
        return bool(own) and own <= self.lexicon.outcome_words  # "who is in it?" asks its own thing of the subject

    def answer_one(self, question: str, turns: list[Turn], language: Language | None = None,
                   continues: bool = False) -> Answer:
        intent = self.understander.understand(question, turns, continues=continues)
        intent = replace(intent, language=language) if language else intent
        if (intent.route == "documents" and intent.topic is None and intent.answer_type == "open"
                and self.only_the_subject(question)):  # ("van wanneer is het actieplan" asks its date)
            # "GDC", "Groningen Digital City?": the programme's name alone asks what it is, as "tell me about" would
            intent = replace(intent, topic="about", answer_type="open")
        # A question that names nothing outside the subject is answered from the subject's sources or refused: at
        # 1,000x, looking everywhere after a refusal answered "which programme pays?" from another city's annex.
        scope = self.home.scope(intent, self.corpus.known) if self.home is not None else None
        answer = replace(self.guard(self.answerer.answer(intent, self.gather(intent, scope)), question), question=question)
        if not answer.text.strip():  # never blank: a composer with nothing to say is a refusal
            text = self.catalogue.text(answer.language, "refuse") + " " + self.catalogue.text(answer.language,
                                                                                             "r_no_evidence")
            answer = replace(answer, text=text, answered=False, route="none")
        return answer

    def only_the_subject(self, question: str) -> bool:
        """A question of nothing but the knowledge base's subject: its name, its abbreviation or "het programma"."""
        subject = self.home.subject if self.home is not None else None
        said = set(words(question))
        if not subject or not said:
            return False
        name = set(words(subject))
        short = {s for s, full in self.lexicon.abbreviations.items() if set(words(full)) == name}
        return bool(said & (name | short | self.lexicon.subject_words)) and said <= (
            name | short | self.lexicon.subject_words | _ARTICLES)

    def gather(self, intent: Intent, scope: frozenset[str] | None = None) -> Gathered:
        """The table result and the passages the answer is drawn from (only `scope`'s sources when given)."""
        unknown = self.unknown_names(intent)
        table = None
        if intent.route == "table" and intent.table_query is not None and not unknown:
            # A value outside the table's own (cannot happen for matched entities) leaves the question to the documents.
            try:
                table = self.tables.run(intent.table_query, intent.language)
                described = without_description(intent.table_query)
                if table is not None and not table.rows and not intent.yes_no and described is not None:
                    # "a big innovation festival up north, trendship": words that select no row with the project
                    # named describe it (a yes/no keeps them: "was trendship an infrastructure project?" is no)
                    table = self.tables.run(described, intent.language)
            except QueryError:
                table = None
        # a figure or date of "het programma" is the subject's (an open question keeps its own words: its topic cues)
        query = self.with_subject(intent) if intent.answer_type != "open" else intent.search_query
        vector = np.asarray(self.embedder.embed_query(query), dtype=np.float32)
        hits = self.searcher.search(query, k=self.k, query_vector=vector.tolist(), sources=scope)
        self.index.sentences.prefetch(h.chunk.id for h in hits)  # a lazy build's sentences, in one batch
        return Gathered(table=table, hits=tuple(hits), query_vector=vector, unknown=unknown, scoped=scope is not None)

    def with_subject(self, intent: Intent) -> str:
        """The search query, with the knowledge base's subject named where the question itself (not the glossary's
        additions: "plan" adds "actieplan") names it only as "het programma": the annex rows of "Programma Economie en
        Werkgelegenheid" are no answer to "hoe lang loopt het programma?"."""
        subject = self.home.subject if self.home is not None else None
        asked = set(words(intent.question))
        if subject and asked & self.lexicon.subject_words and not set(words(subject)) <= asked:
            return f"{intent.search_query} {subject}"
        return intent.search_query

    def unknown_names(self, intent: Intent) -> tuple[str, ...]:
        """Names in the question that no source mentions, not even through the glossary."""
        known = self.corpus.known | {w for m in intent.entities for w in words(m.surface)}  # an alias ("Hanze")

        def said(word: str) -> bool:  # as typed, one slip away, or in the sources' Dutch ("innovation": innovatie)
            # (or as the head of a Dutch compound they use: "festival" in "inspiratiefestival")
            return self.lexicon.said_in(word, known) or self.misspelt(word) or self.corpus.ends_a_compound(word)

        # every word: "smart city hub eemshaven" is no name of theirs though they say "smart" and "city"; a place of
        # several words as a whole ("groningen noord": they say "Groningen" and "Noord-Nederland", never it)
        unknown = tuple(n for n in intent.names if not all(said(w) for w in words(n)) or (
            len(words(n)) > 1 and n in self.lexicon.places and n not in self.places_said))
        if intent.topic == "out_of_scope":
            # "what is the capital of france?" typed in lowercase: a word of what is asked that no source says is
            # as unknown as a capitalised name ("Human Capital" says nothing of France)
            unknown += tuple(t for t in intent.subject_terms if len(t) >= 4 and not said(t) and t not in unknown)
        asked = normalise(asking_sentence(intent.question))
        if unknown and any(n in asked for n in intent.names if n not in unknown):
            # "voor een publicatie over het Suikerfabriekterrein zoek ik … Welk evenement vond plaats in de
            # Suikerfabriek?": a name told only before the asking sentence, which names a thing the sources know
            unknown = tuple(n for n in unknown if n in asked)
        # each name once, as typed ("Groningen AI Lab", not "groningen ai lab"), and not inside a longer one ("ai",
        # "lab")
        typed: dict[str, str] = {}
        for name in unknown:
            if typed.get(name.lower(), name.lower()) == name.lower():
                typed[name.lower()] = name
        kept = {n for f, n in typed.items() if not any(f != g and f" {f} " in f" {g} " for g in typed)}
        return tuple(dict.fromkeys(n for n in unknown if n in kept))

    @cached_property
    def places_said(self) -> frozenset[str]:
        """The lexicon's places of several words that a passage says as a whole (built once, on first use)."""
        several = [p for p in self.lexicon.places if len(words(p)) > 1]
        texts = [f" {' '.join(words(c.text))} " for c in self.index.chunks]
        return frozenset(p for p in several if any(f" {' '.join(words(p))} " in t for t in texts))

    def misspelt(self, word: str) -> bool:
        """A long word one slip away from a word the sources use ("geemente"): a typo, not an unknown name."""
        if len(word) < 7:
            return False
        return any(abs(len(k) - len(word)) <= 1 and k[0] == word[0] and OSA.distance(word, k, score_cutoff=1) <= 1
                   for k in self.corpus.known)

    def guard(self, answer: Answer, question: str = "") -> Answer:
        """The answer as composed, or, when it states a figure no quote or computation backs, its quotes alone. The
        asker's own figures may be said back ("the sources don't say whether the province gave 1 miljoen")."""
        if not unbacked_figures(answer.text, answer.citations, computed_figures(answer.table) | numbers_in(question)):
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


_POST_ONLY = re.compile(r"^\s*(?:(?:en|and)\s+)?(?:in|als|as)\s+(?:welke|wat voor|what|which)\s+(?:functie|functies|rol"
                        r"|rollen|hoedanigheid|role|roles|capacity|position|positions|function)\s*[?.!]*\s*$", flags=re.I)
_PLUS = re.compile(r"\s\+\s")  # "X + Y": a list, or a sum of two names
# a share or part of what the part before asked ("welk deel daarvan droeg de gemeente?", "how much of that …")
_OF_THAT = re.compile(r"\b(?:daarvan|hiervan|van dat bedrag|van die kosten|of that|of this|of it|thereof|of which"
                      r"|of that amount|of those costs)\b", flags=re.I)
# names joined into one subject: "trendship and pygrunn", "het GDBC en het blockchainprogramma", "A, B en C"
_COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:(?:and|en|&|\+|or|of)\s+)?(?:the\s+|de\s+|het\s+)?$", flags=re.I)
# values a passage states of one project, which the table has no column for
_VALUE_OF_EACH: frozenset[AnswerType] = frozenset({"date", "place", "duration", "frequency", "count", "person", "name", "address",
                                                   "website", "email", "reference"})
_BARE_QUANTITY = re.compile(r"^\s*(?:and|en|so|dus)?\s*(?:how many|how much|hoeveel|hoe veel)\s*[?!.]*\s*$", flags=re.I)
# an article before a name says nothing of what is asked ("het programma", "the GDC")
_ARTICLES = frozenset({"the", "de", "het", "a", "een"})


def join_parts(question: str, answers: list[Answer], catalogue: Catalogue) -> Answer:
    """One answer for a question asked in parts: each part's answer under its part, citations renumbered once."""
    answers = list(answers)  # (a part found to repeat a refusal is marked unanswered here, not in the caller's list)
    language = answers[0].language
    citations: list[Citation] = []
    blocks: list[str] = []
    for i, answer in enumerate(answers):
        numbers: dict[int, int] = {}
        for c in answer.citations:
            same = next((x for x in citations if (x.source, x.locator, x.quote) == (c.source, c.locator, c.quote)), None)
            if same is None:
                same = replace(c, n=len(citations) + 1)
                citations.append(same)
            numbers[c.n] = same.n
        text = renumber(answer.text, numbers)
        above = next((answers[j] for j, b in enumerate(blocks) if b.endswith("\n\n" + text)), None)
        if above is None and any(sums_what_was_listed(answer, a) for a in answers[:i]):
            # "… en hoeveel kregen ze samen?" after the list of those rows: the sum, without the same rows again
            text = text.split("\n\n- ")[0] + "\n\n" + catalogue.text(language, "part_rows_above")
        if above is not None:  # "… and how much did each get?" was answered above
            # … by the quotes it would have cited again, which are named so the reader finds them
            markers = "".join(f"[{n}]" for n in sorted({int(n) for n in re.findall(r"\[(\d+)\]", text)}))
            # (a refusal repeated is no answer given above: the sources don't give this part either; nor is what a
            # refusal above offered instead: "… and where do i apply?" after "the sources don't give its pay")
            given = answer.answered and above.answered
            key = "part_above" if given else "part_refused_above"
            text = catalogue.text(language, key) + (f" {markers}" if markers else "")
            answer = answers[i] = replace(answer, answered=given)
        blocks.append(f"**{answer.question}**\n\n{text}")
    missing = [a.question for a in answers if not a.answered]
    if missing and len(missing) < len(answers):
        blocks.append(catalogue.text(language, "part_unanswered", parts="; ".join(f"'{q}'" for q in missing)))
    routes = {a.route for a in answers if a.route != "none"}
    route: Route = "none" if not routes else routes.pop() if len(routes) == 1 else "table+documents"
    table = next((a.table for a in answers if a.table is not None), None)
    hits = tuple(h for a in answers for h in a.hits)
    return Answer(question=question, language=language, answered=not missing, text="\n\n".join(blocks),
                  citations=tuple(citations), route=route, table=table, hits=hits)


def sums_what_was_listed(answer: Answer, before: Answer) -> bool:
    """"Welke projecten waren dat en hoeveel geld kregen ze?": the sum of the rows a list before it gave, whose total
    that list states already ("Samen € 105.024")."""
    listed, summed = before.table, answer.table
    return (listed is not None and summed is not None and listed.operation == "list" and summed.operation == "sum"
            and listed.measure == summed.measure and listed.rows == summed.rows
            and len([r for r in listed.rows if r.contribution is not None]) > 1)


def renumber(text: str, numbers: Mapping[int, int]) -> str:
    """Citation markers [n] rewritten through `numbers` (markers it does not know stay as they are).

    >>> renumber("A [1], B [2][1].", {1: 3, 2: 1})
    'A [3], B [1][3].'
    """
    return re.sub(r"\[(\d+)\]", lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", text)


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
                       themes=store.distinct("theme"), years=store.years,
                       owners=frozenset((r.project, r.applicant) for r in store.rows))
    tables = tables or SqlTableEngine(store, registry, catalogue)
    searcher = searcher or HybridRetriever(index=index, k=settings.retrieve_k, candidates=settings.retrieve_candidates,
                                           prepare=lexicon.expand)
    home = Home.of(index, read_subject(settings.knowledge_dir))
    corpus = CorpusWords.of(index, home.narrowed)
    gloss = Gloss.load()
    english, dutch = english_words(), dutch_words()
    answerer = answerer or ExtractiveAnswerer(index=index, tables=tables, registry=registry, catalogue=catalogue,
                                              lexicon=lexicon, corpus=corpus, floors=similarity_floors(index.embedder_spec),
                                              vocab=vocab, gloss=gloss,
                                              home=home.narrowed, subject=home.subject,
                                              knows_word=lambda word: word in english or word in dutch)
    embedder = index.embedder
    router = build_router(embedder, settings.cache_path) if settings.understanding != "rules" else None
    understander = Understander(vocab=vocab, lexicon=lexicon, registry=registry, router=router,
                                matcher=EntityMatcher(vocab, lexicon, english=gloss.render, real_words=english),
                                vectorize=lambda text: np.asarray(embedder.embed_query(text), dtype=np.float32),
                                mode=settings.understanding,  # type: ignore[arg-type]
                                speller=Speller.of(lexicon_words(LEXICON_DIR), corpus.known, english, gloss.words,
                                                  dutch),
                                known_words=corpus.known)
    return Assistant(index=index, understander=understander,
                     tables=tables, searcher=searcher, embedder=index.embedder, answerer=answerer, corpus=corpus,
                     lexicon=lexicon, catalogue=catalogue, home=home, k=settings.retrieve_k)
