"""The answerer: decide which kind of answer an intent gets, check that the evidence covers what was asked, and have
`compose` write it. Every figure it lets through comes from a table row, a computation or a quoted sentence.

Between gathering (table result, hits) and composing: a table row that has no column for the property asked is not
an answer to it; a yes/no question is answered only when a sentence states it; an overview question (goal, themes,
results, …) is answered by the sentences that say it, enumerations whole; the rest refuses and says why.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np
from rapidfuzz.distance import OSA

from assistant.abbreviations import long_form
from assistant.catalogue import Catalogue
from assistant.cite import Citations
from assistant.compose import (
    Refusal,
    compose_documents,
    compose_refusal,
    compose_table,
    kind_named,
    name_source,
    quote_line,
    refusal_text,
    render_entity,
    rows_against_stated,
    section_label,
)
from assistant.entities import Vocabulary, own_aliases, says_in_full, word_runs
from assistant.evidence import (
    DAY,
    ENTITY_PATTERNS,
    MONTH_NAMES,
    ROLE_WORD,
    SALUTATION,
    asked_years,
    asks_makeup,
    chunk_heading,
    covered_terms,
    covers_all,
    dated_enough,
    days_in,
    defines,
    entity_about,
    event_terms,
    find_entities,
    find_entity,
    is_row_chunk,
    named_terms,
    near_a_name,
    opposite_terms,
    own_terms,
    people_over_roles,
    points_back,
    related_passage,
    row_names,
    says_word,
    select_evidence,
    sentence_holding,
    speaks_of_money,
    stating_sentence,
    stating_sentences,
    time_in_units,
    topic_evidence,
    with_antecedents,
    with_fellow_names,
    with_naming_sentence,
    with_sequels,
    with_short_forms,
    years_spoken,
)
from assistant.gloss import LEAD_LIMIT, Gloss
from assistant.guard import numbers_in
from assistant.language import format_euro, is_number_word, numbers_in_figures, parse_numbers, spelled_numbers
from assistant.lexicon import Lexicon, compound_of
from assistant.operations import (
    CLAIM_ROUNDING,
    NEAR_FIGURE,
    Registry,
    TableContext,
    asks_a_total,
    claim_met,
    join_years,
    near_claim,
)
from assistant.phrasing import (
    abbreviations_asked,
    asks_a_limit,
    asks_meaning,
    asks_own_opinion,
    asks_what_a_thing_is,
    asks_why,
    claim_direction,
    claimed_count_of,
    claimed_duration_of,
    claims_that,
    coordinated_items,
    defined_term,
    denies,
    excludes_the_rows,
    is_denial,
    refers_back,
    set_against_a_source,
    stated_durations,
    without_claim_intro,
    without_or_else,
    years_written,
)
from assistant.query import QueryError, TableEngine
from assistant.records import (
    Answer,
    AnswerType,
    ClaimSide,
    Comparison,
    Evidence,
    Filter,
    FilterColumn,
    Hit,
    Intent,
    Measure,
    RefusalReason,
    Route,
    TableQuery,
    TableResult,
)
from assistant.scope import source_words
from assistant.understand import (
    asking_sentence,
    asks_every_year,
    asks_whether_any,
    meant_to_yield,
    numbered_groups_in,
    ranks_by_quality,
    sizes_a_named_thing,
)
from assistant.years import years_in
from index.lexical import normalise, same_stem, words
from index.records import Chunk, ProjectRow, Sentence, SourceInfo, StatedTotal
from index.store import BuiltIndex
from index.store import SentenceVectors as StoredSentences

# Properties a project row has a column for; anything else asked about a project is looked for in its description.
ROW_KINDS = ("open", "amount")
CONTACT_KINDS: tuple[AnswerType, ...] = ("reference", "website", "email", "address")  # details that belong to someone


THEME_PASSAGES = 4  # passages listing the themes looked at beside the hits: enough for a letter and an article
OPENING_CHUNKS = 2  # where a document introduces its subject: the first paragraph, after a letter's head
ALSO_STATED = 2  # other passages quoted beside a "yes" to "is there any …": each thing the sources state exists


def whole_years(query: TableQuery | None) -> bool:
    """A query that selects whole years only: no project, theme, keyword … and no threshold ("more than € 50.000")."""
    return query is not None and all(f.column == "year" for f in query.filters) and query.threshold is None and (
        not query.excluded)


def totalled_whole(result: TableResult) -> bool:
    """Every row selected is in a part whose total the sources state (and the selection holds that part whole)."""
    stated = {(c.section, c.year, c.table) for c in result.comparisons}
    return all((r.section, r.year, r.table_name) in stated for r in result.rows)


def asks_row_property(intent: Intent, query: TableQuery) -> bool:
    """A date, place, person, count … of named rows (a project, or an applicant's projects): a property the table
    has no column for, so never their amounts."""
    # (a keyword may narrow the rows named: "web11 conference date" asks the date of WEB11's conference)
    named_only = all(f.column in ("project", "applicant", "year", "keyword") for f in query.filters) and any(
        f.column in ("project", "applicant") for f in query.filters)
    if intent.role and query.operation in ("lookup", "profile", "list"):
        # "wie is daar de projectleider?": a role the table has no column for, of whichever rows were selected
        return set(query.fields) <= {"description", "applicant"}
    return (query.operation in ("lookup", "profile") or (query.operation == "list" and named_only)) and (
        intent.answer_type not in ROW_KINDS and set(query.fields) <= {"description"})  # "wat is de datum" reads as "wat is"


def mentions_giver(giver: str, text: str, lexicon: Lexicon) -> bool:
    """The sentence names the giver, in its words or the glossary's Dutch ones ("province" → "provincie")."""
    said = {w[:5] for w in words(text)}
    return any(w[:5] in said for part in words(giver) for w in (part, *words(lexicon.glossary.get(part, "")))
               if len(w) > 2)


def mentions_role(role: str, text: str) -> bool:
    """The text names the role asked about (its first five letters, per word: 'projectleider' in 'projectleiding')."""
    folded = normalise(text)
    return all(w[:5] in folded for w in words(role))


@dataclass(frozen=True, kw_only=True)
class Gathered:
    """What the table and retrieval returned for one intent."""

    table: TableResult | None
    hits: tuple[Hit, ...]
    query_vector: np.ndarray
    unknown: tuple[str, ...] = ()  # names in the question that no source mentions
    scoped: bool = False  # the hits come from the knowledge base's home only (assistant/scope.py)


@dataclass(frozen=True, kw_only=True)
class Reply:
    """An answer's text before it becomes an Answer."""

    text: str
    answered: bool
    route: Route
    table: TableResult | None = None  # a table result beyond the one gathered, whose figures the answer states


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """A claim judged against a sentence: whether it holds, and the reply saying so."""

    holds: bool
    reply: Reply


@dataclass(frozen=True, kw_only=True)
class CorpusWords:
    """How often each word occurs across the passages, and every word the sources use at all."""

    chunk_counts: Mapping[str, int]  # word (and 5-letter stem) → in how many chunks
    known: frozenset[str]  # every word of every chunk (its title and sections too) and table value
    # the same counts over the home's chunks only: a word is no less rare in the subject's own documents because
    # documents about other programmes repeat their wording (None: no home narrows)
    home_counts: Mapping[str, int] | None = None

    @classmethod
    def of(cls, index: BuiltIndex, home: frozenset[str] | None = None) -> CorpusWords:
        every, own = _counts(index.chunks), _counts(c for c in index.chunks if home is not None and c.source in home)
        return cls(chunk_counts=every, known=source_words(index), home_counts=own if home is not None else None)

    def counts(self, scoped: bool) -> Mapping[str, int]:
        """Chunk counts over what was searched: the home when the search was scoped to it, else everything."""
        return self.home_counts if scoped and self.home_counts is not None else self.chunk_counts

    def rare(self, scoped: bool) -> frozenset[str]:
        return self._rare_home if scoped and self.home_counts is not None else self._rare_all

    def ends_a_compound(self, word: str) -> bool:
        """A word of six letters or more that is the head of a longer word the sources use ("festival" of
        "inspiratiefestival"): said by them, inside a Dutch compound."""
        return len(word) >= 6 and word in self._compound_heads

    @cached_property
    def _compound_heads(self) -> frozenset[str]:
        return frozenset(k[i:] for k in self.known for i in range(3, len(k) - 5) if k[i:].isalpha())

    @cached_property
    def _rare_all(self) -> frozenset[str]:
        return frozenset(w for w, n in self.chunk_counts.items() if n <= 2)

    @cached_property
    def _rare_home(self) -> frozenset[str]:
        return frozenset(w for w, n in (self.home_counts or {}).items() if n <= 2)


def _counts(chunks: Iterable[Chunk]) -> dict[str, int]:
    """In how many chunks each word (and its 5-letter stem) occurs."""
    counts: dict[str, int] = {}
    for chunk in chunks:
        tokens = set(words(chunk.text))
        for key in tokens | {t[:5] for t in tokens if len(t) >= 5}:
            counts[key] = counts.get(key, 0) + 1
    return counts


class ExtractiveAnswerer:
    """Writes table answers, quoted document answers and refusals; never generates free text."""

    def __init__(self, *, index: BuiltIndex, tables: TableEngine, registry: Registry, catalogue: Catalogue,
                 lexicon: Lexicon, corpus: CorpusWords, floors: tuple[float, float], vocab: Vocabulary, gloss: Gloss,
                 home: frozenset[str] | None = None, subject: str | None = None,
                 knows_word: Callable[[str], bool] = lambda word: True):
        """`knows_word`: whether a word is in a word list of either language (a word it does not know may be a
        name); the default knows every word."""
        self.index, self.tables, self.registry, self.home, self.subject = index, tables, registry, home, subject
        self.catalogue, self.lexicon, self.corpus, self.floors = catalogue, lexicon, corpus, floors
        self.vocab, self.gloss, self.knows_word = vocab, gloss, knows_word

    @property
    def sources(self) -> Mapping[str, SourceInfo]:
        return self.index.sources

    @property
    def sentences(self) -> StoredSentences:
        return self.index.sentences

    def t(self, intent: Intent, key: str, **values: object) -> str:
        return self.catalogue.text(intent.language, key, **values)

    def answer(self, intent: Intent, gathered: Gathered) -> Answer:
        cites = Citations(intent.language, self.catalogue)
        reply = self.reply(intent, gathered, cites)
        return Answer(question=intent.question, language=intent.language, answered=reply.answered, text=reply.text,
                      citations=tuple(cites.items), route=reply.route, table=reply.table or gathered.table,
                      hits=gathered.hits,
                      intent=intent)

    def reply(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply:
        """The kind of answer this intent gets, in the order the rules apply."""
        if intent.topic == "onboarding":  # about the asker's own start ("on Monday"): no name of theirs is looked up
            return self.refuse(intent, gathered, cites, Refusal(
                reason="onboarding", detail={"tab": self.catalogue.text(intent.language, "ui.tab_wegwijs")}))
        if asks_own_opinion(intent.question):  # "in your opinion, is X a waste of money?": never the assistant's
            return self.refuse(intent, gathered, cites, Refusal(reason="own_opinion"))
        if asks_own_prospects(intent.question, self.lexicon):  # "maakt mijn project kans?": no source knows it
            return self.refuse(intent, gathered, cites, Refusal(reason="own_prospects"))
        if intent.topic == "sources":  # "welke stukken zijn er en van wanneer?": the knowledge base itself
            return self.list_sources(intent, cites)
        undated = self.document_of_a_year(intent)
        if undated is not None:  # "what did the 2019 council letter say": no source is a document of 2019
            return self.refuse(intent, gathered, cites, undated)
        signer = self.claimed_signer(intent, gathered, cites) or self.signers(intent, gathered, cites)
        if signer is not None:  # "did Peter den Oudsten sign the letter?": the signatures, set against the name
            return signer
        if gathered.unknown and not intent.giver:  # another giver's money is refused as such, named or not
            beside = self.named_beside(intent, gathered)
            result = self.run_table(intent) if beside is not None else None
            if beside is not None and result is not None:
                # "Coders Academy en Code Club Groningen": the one the table has is answered, the other said missing
                known = self.table_reply(intent, replace(gathered, table=result), result, cites)
                missing = self.t(intent, "r_unknown", names=f"'{beside}'")
                return Reply(text=f"{missing}\n\n{known.text}", answered=False, route=known.route)
            applicants = [m.value for m in intent.entities if m.kind == "applicant"]
            if applicants:
                return self.no_such_project(intent, applicants[0], gathered.unknown, cites)
            return self.unknown(intent, gathered, cites)
        edition = self.other_edition(intent)
        if edition is not None:  # "Trendship '18": the table has Trendship '17 only, which is not what was asked
            typed, row = edition
            return self.no_such_project(intent, row.applicant, (typed,), cites)
        beyond = self.names_beyond_rows(intent, gathered) or self.names_no_row_has(intent, gathered)
        if beyond:
            applicant = next((m.value for m in intent.entities if m.kind == "applicant"), None)
            return self.no_such_project(intent, applicant, beyond, cites, gathered)
        # ("welke projecten zijn de focus voor 2018": what the plans for that year name, not a table's rows or money)
        if intent.foreign_year is not None and self.asks_rows(intent) and intent.topic not in _PLANS_OF_A_YEAR:
            return self.uncovered_year(intent, gathered, cites)
        years = self.years_beyond_tables(intent, gathered, cites)
        if years is not None:
            return years
        # (asked of which one: "welk project was het meest geslaagd", not "how successful was it")
        quality = ranks_by_quality(normalise(intent.question), self.lexicon) if not intent.yes_no and _WHICH_ONE.search(
            normalise(intent.question)) else None
        if quality is not None:
            # "welk project was het meest geslaagd": a sentence calling one a success ranks none; what is said of
            # the quality is what the sources do say
            asked = Degree(quality=self.lexicon.degrees.get(quality, (quality,)), figure=False)
            return self.refuse(intent, gathered, cites, Refusal(reason="no_comparison", detail={"what": asked_core(intent)}),
                               offer=self.closest_where(gathered, lambda text: states_degree(text, asked, self.lexicon)))
        degree = degree_asked(intent, self.lexicon)
        # "hoe succesvol was trendship?": not its amount, not a passage naming success only; a percentage of the
        # rows' money is the table's
        if degree is not None and (degree.quality or gathered.table is None):
            return self.stated_degree(intent, gathered, cites, degree)
        if self.asks_an_outcome(intent):  # "what did pygrunn achieve?": no row's amount, an outcome reported
            return self.stated_outcome(intent, gathered, cites)
        if self.compares_with_a_name(intent):
            compared = self.comparison(intent, gathered, cites)
            if compared is not None:  # "hoe verhoudt groningen zich tot amsterdam?": no sentence compares them
                return compared
        dated = self.document_dated(intent, gathered, cites)
        if dated is not None:  # "when was the letter signed": the date the letter itself carries
            return dated
        meaning = self.stands_for(intent, gathered, cites)
        if meaning is not None:
            return meaning
        ranked = self.extreme_of_its_group(intent, gathered, cites)
        if ranked is not None:
            return ranked
        if gathered.table is not None and asks_why(intent.question) is not None:
            # "why did django girls only get 383 euros", "waarom is het totaal in de bijlage lager dan de optelsom":
            # the table's figures are no reason; a passage giving one is
            return self.beside_the_figures(intent, gathered, gathered.table, cites, "no_reason_given")
        if gathered.table is not None and asks_a_limit(intent.question):
            # "whats the max subsidy per project": the largest amount given is no cap; a passage stating one is
            return self.beside_the_figures(intent, gathered, gathered.table, cites, "no_limit")
        if gathered.table is not None and intent.yes_no and self.claims_a_count_of_people(intent):
            # "trendship had 1000 visitors, right?": a count its row's description may state, not its money
            return self.yes_no(intent, gathered, cites)
        applicant_asked = intent.table_query is not None and intent.table_query.fields == ("applicant",) and bool(
            _WHO_ASKED.match(normalise(intent.question)))
        # (of one named project's row only when a post is asked: "who was appointed to the new chair at the GDBC")
        post = bool(_POST_ASKED.search(normalise(intent.question)))
        if gathered.table is not None and applicant_asked and self.asks_beyond_the_rows(intent, gathered.table,
                                                                                     one_row=post):
            # "who holds the new chair … at the university of groningen": the university's rows say nothing of a
            # chair's holder; a passage may, by naming a person
            return self.documents(replace(intent, answer_type="person", table_query=None), gathered, cites)
        if gathered.table is not None and intent.yes_no and self.choice(intent, own_terms(intent.question, self.lexicon)):
            # "zijn de bedragen incl. of excl. btw": a choice no row's figure makes; a sentence stating one does
            return self.yes_no(intent, gathered, cites)
        if gathered.table is not None and intent.yes_no and self.asks_beyond_the_rows(intent, gathered.table):
            # "krijgt de rug een leerstoel kunstmatige intelligentie": the RuG's rows say nothing of a chair, so they
            # are no "yes"; a passage stating one is
            return self.yes_no(intent, gathered, cites)
        unchecked = self.conditions_left_unchecked(intent) if gathered.table is not None else ()
        if unchecked:
            # "welke projecten zijn mislukt?", "which projects are still running?": every row is no answer; a passage
            # saying the condition is, else what the sources do say
            kept = len(cites.items)
            untabled = replace(gathered, table=None)
            given = self.documents(replace(intent, table_query=None), untabled, cites)
            if given.answered and covers_all(unchecked, given.text, self.lexicon):
                return given
            del cites.items[kept:]  # (not shown, so not cited)
            return self.refuse(intent, untabled, cites, Refusal(reason="no_condition", detail={"what": " ".join(unchecked)}))
        if (stated := self.none_funded_but_stated(intent, gathered, cites)) is not None:
            # "is there something to help foreign IT graduates find a job in the plans?": no row says so, a passage
            # does ("een traineeship voor (buitenlandse) IT'ers"); the tables' "no" is no answer to it
            return stated
        if gathered.table is not None and not procedure_asked(intent):  # "hoe kan ik meedoen aan X" is no row's figure
            table = gathered.table
            one = self.one_named_by_keyword(intent, table)
            if one is not None:  # "the blockchain programme of X": its one row, not all of X's blockchain rows summed
                intent = replace(intent, table_query=one)
                table = self.run_table(intent) or table
            relaxed = self.relaxed_topic(intent, table, gathered, cites)
            if relaxed is not None:
                return relaxed
            return self.table_reply(intent, replace(gathered, table=table), table, cites)
        if intent.yes_no:
            return self.yes_no(intent, gathered, cites)
        # (another giver's money is no overview of where the money comes from: "wat was de rijksbijdrage")
        if intent.topic is not None and intent.topic != "out_of_scope" and not intent.giver and (
                not self.rare_names(intent, gathered) or self.named_documents(intent)):
            # an overview topic of the programme; "de focuspunten van het LIKE project" asks about one thing
            reply = self.overview(intent, gathered, cites)
            if reply is not None:
                return reply
        return self.documents(intent, gathered, cites)

    def document_of_a_year(self, intent: Intent) -> Refusal | None:
        """A document the question names by a year ("the 2019 council letter", "de brief van 2019") later than every
        source document of that kind (none undated), as a refusal naming the documents there are; None otherwise."""
        asked = normalise(intent.question)
        found = next((m for p in self._dated_document_patterns if (m := p.search(asked))), None)
        if found is None:
            return None
        year, family = found.group("year"), self.lexicon.dated_documents[found.group("kind")]
        documents = [info for info in self.sources.values() if not info.is_table]
        of_the_kind = [info for info in documents if of_kind(info, family)]
        # "de raadsbrief van 2017" may be the 2018 letter about 2017: only a year after the latest one is no document
        if any(info.date is None or info.date[:4] >= year for info in of_the_kind):
            return None
        listed = ", ".join(f"'{info.title}'" + (f" ({info.date})" if info.date else "") for info in documents)
        return Refusal(reason="no_document", detail={"what": found.group("what"), "year": year, "documents": listed})

    def documents_of_kinds_named(self, intent: Intent) -> frozenset[str]:
        """The documents of a kind the question names ("the action plan", "de brief", "the article"), by their front
        matter's kind or title (lexicon: dated_documents)."""
        asked = set(words(self.lexicon.expand(intent.question)))
        families = {f for k, f in self.lexicon.dated_documents.items() if f and k in asked}
        return frozenset(s for s, info in self.sources.items() if not info.is_table
                         and any(of_kind(info, f) for f in families))

    @cached_property
    def _dated_document_patterns(self) -> tuple[re.Pattern[str], ...]:
        """"the 2019 council letter", "de brief van 2019": a year before or after a kind of document."""
        kinds = "|".join(sorted(map(re.escape, self.lexicon.dated_documents), key=len, reverse=True))
        return (re.compile(rf"\b(?P<year>(?:19|20)\d{{2}})\s+(?P<what>(?:\w+\s+)?(?P<kind>{kinds}))\b"),
                re.compile(rf"\b(?P<what>(?P<kind>{kinds}))\s+(?:(?:van|uit|from|of|dated)\s+)?"
                           rf"(?P<year>(?:19|20)\d{{2}})\b"))

    def list_sources(self, intent: Intent, cites: Citations) -> Reply:
        """Each document as its front matter names it (kind, title, date, reference), quoted by its opening
        sentence; each project table by its first row, with its row count and years."""
        lines = [self.t(intent, "topic_sources")]
        for source, info in sorted(self.sources.items(), key=lambda s: (s[1].is_table, s[1].date or "", s[0])):
            if info.is_table:
                rows = [r for r in self.tables.store.rows if r.table == source]
                if rows:
                    years = join_years(sorted({r.year for r in rows}), self.catalogue, intent.language)
                    lines.append(self.t(intent, "sources_table", file=info.title, n=len(rows), years=years,
                                        m=f"[{cites.row(self.tables.store, rows[0])}]"))
                continue
            opening = next((c for c in self._openings.get(source, [])), None)
            sentences = self.sentences.get(opening.id, []) if opening else []
            if opening is None or not sentences:
                continue
            first = sentences[0][0]
            name = name_source(info, opening.title, self.catalogue, intent.language)
            marker = f"[{cites.chunk(opening, first.text)}]"
            reference = ""
            # the reference is stated as the letter prints it, and cited there
            printed = next((t for t, _ in sentences if info.reference and info.reference in t.text), None)
            if info.reference and printed is not None:
                reference = self.t(intent, "sources_reference", ref=info.reference,
                                   m=f"[{cites.chunk(opening, printed.text)}]")
            title = "" if info.title in name else f"'{info.title}'"
            undated = "" if info.date else self.t(intent, "sources_undated")
            about = ", ".join(x for x in (title, undated) if x) + reference
            lines.append(self.t(intent, "sources_document", doc=name, about=f" ({about.lstrip(', ')})" if about else "",
                                quote=quote_line(first.text), m=marker))
        extreme = _RECENCY.search(normalise(intent.question))
        of_kind = self.documents_of_kinds_named(intent) or frozenset(
            s for s, i in self.sources.items() if not i.is_table)
        dated = sorted((i.date, s) for s, i in self.sources.items() if s in of_kind and i.date)
        if extreme and dated:
            # "which council letter is the most recent?": the one with the latest date of its front matter
            _, source = dated[0] if extreme.group("old") else dated[-1]
            info = self.sources[source]
            lines[0] = self.t(intent, "sources_oldest" if extreme.group("old") else "sources_latest",
                              doc=name_source(info, info.title, self.catalogue, intent.language),
                              title=info.title) + "\n\n" + lines[0]
        return Reply(text="\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:]), answered=len(lines) > 1,
                     route="documents")

    # --- refusals

    def unknown(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply:
        """A name no source mentions, as the question wrote it ("Founded in Groningen", not 'founded'); asked of the
        table, also that none of its projects is called that."""
        named = tuple(dict.fromkeys(_named_phrase(intent.question, (n,)) or n for n in gathered.unknown))
        # "why did mayor Koen Schuiling …": who the sources do name in that role is what they say about it
        # what the question asks besides the unknown name ("… say about the 2017 results") may be in the sources
        unknown_words = {w for n in gathered.unknown for w in words(n)}
        besides = [t for t in own_terms(intent.question, self.lexicon) if t not in unknown_words
                   and t not in self.lexicon.document_words and t not in self.lexicon.generic_names and not t.isdigit()]
        # "het stadspas fonds": the sources do speak of the Stadspas, and what they say of it is worth offering
        shared = [w for w in unknown_words if w in self.corpus.known and len(w) >= 5
                  and w not in self.lexicon.generic_names and w not in self.lexicon.document_words]
        reply = self.refuse(intent, gathered, cites, Refusal(reason="unknown", names=named),
                            related=len(besides) >= 2 or bool(shared), offer=self.role_holder(intent, gathered))
        asks_money = intent.answer_type == "amount" or bool(set(words(intent.question)) & self.lexicon.funding_words)
        if intent.table_query is None and not asks_money:
            return reply
        years = join_years(self.vocab.years, self.catalogue, intent.language)
        head, _, offered = reply.text.partition("\n\n")  # the table's word belongs to the refusal, before any offer
        head += " " + self.t(intent, "r_unknown_table", rows=len(self.tables.store.rows), years=years)
        return replace(reply, text="\n\n".join(p for p in (head, offered) if p))

    def extreme_of_its_group(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """"Was that the biggest one in its theme?" after a project's figure: the largest (smallest) of the rows
        sharing the project's theme, section or applicant, and "Yes" only when that is the project itself. None for
        any other question."""
        query = intent.table_query
        group = _ITS_GROUP.search(normalise(intent.question))
        named = [v for f in query.filters if f.column == "project" for v in f.values] if query else []
        if query is None or group is None or query.operation not in ("max", "min") or len(named) != 1:
            return None
        row = next((r for r in self.tables.store.rows if r.project == named[0]), None)
        if row is None:
            return None
        column = _GROUP_COLUMNS_NAMED[group.group(1)]
        others = tuple(f for f in query.filters if f.column not in ("project", column))
        ranked = replace(query, filters=(*others, Filter(column=column, values=(getattr(row, column),))))
        asked = replace(intent, table_query=ranked, yes_no=False)
        result = self.run_table(asked)
        if result is None:
            return None
        composed = self.table_reply(asked, replace(gathered, table=result), result, cites)
        verdict = any(r.project == row.project for r in result.rows[:1])
        return replace(composed, text=self.t(intent, "yes_table" if verdict else "no_table", answer=composed.text))

    @classmethod
    def asks_of_a_row(cls, intent: Intent) -> bool:
        """The table query is of one named project's (or applicant's) row: its figure, not a total."""
        query = intent.table_query
        return query is not None and query.operation in ("lookup", "profile") and cls.names_a_row(intent)

    def destination_unsaid(self, intent: Intent, stated: Sequence[Evidence]) -> str | None:
        """What the money is asked to have gone to ("naar om- en bijscholing", "for women in IT"), as typed, when the
        sentence stating the figure does not say it; None when it does, or when the question names no such thing
        (the projects, the programme) or no figure is stated."""
        found = _SPENT_ON.search(intent.question)
        if found is None or not stated:
            return None
        lex = self.lexicon
        # (the language-neutral words are no function words here: "naar blockchain" names a thing)
        function = lex.function_words - lex.language_votes.get("neutral", frozenset())
        generic = (lex.table_nouns | lex.subject_words | lex.programme_words | function | lex.funding_words
                   | lex.generic_question_words | frozenset(words(self.subject or "")))
        asked = [w for w in words(found.group("what")) if w not in generic and not w.isdigit() and len(w) > 2]
        said = " ".join(e.sentence.text for e in stated)
        return found.group("what").strip() if asked and not any(says_word(w, said, lex) for w in asked) else None

    @staticmethod
    def names_a_row(intent: Intent) -> bool:
        """The table query selects by a project or an applicant named ("waarom kreeg umcg 31.403 euro": its sum too)."""
        query = intent.table_query
        return query is not None and any(f.column in ("project", "applicant") for f in query.filters)

    def relaxed_topic(self, intent: Intent, table: TableResult, gathered: Gathered, cites: Citations) -> Reply | None:
        """"Projects for women in tech": no row says every word, but rows do say the ones the keyword lexicon knows
        ('vrouwen|meiden'); those rows are offered, saying which word none mentions, as no answer to all of it (a word
        left out may be what was asked). None when the selection found rows or no known keyword selects any."""
        query = intent.table_query
        if query is None or table.rows or query.operation not in ("list", "count", "sum", "exists"):
            return None
        stems = {stem for values in self.lexicon.keywords.values() for stem in values}
        known = [f for f in query.filters if f.column != "keyword" or set(f.values[0].split("|")) & stems]
        dropped = [v for f in query.filters if f not in known for v in f.values]
        if not dropped or not any(f.column == "keyword" for f in known):
            return None
        relaxed = replace(intent, table_query=replace(query, operation="list", filters=tuple(known)), yes_no=False)
        result = self.run_table(relaxed)
        if result is None or not result.rows:
            return None
        kept = ", ".join(f"'{v.split('|')[0]}'" for f in known if f.column == "keyword" for v in f.values)
        # (each word as typed, not with the Dutch words the glossary searched beside it)
        lead = self.t(intent, "relaxed_topic", dropped=", ".join(f"'{d.split('|')[0]}'" for d in dropped), kept=kept)
        listed = self.table_reply(relaxed, replace(gathered, table=result), result, cites)
        return Reply(text=f"{lead}\n\n{listed.text}", answered=False, route="table", table=result)

    def run_table(self, intent: Intent) -> TableResult | None:
        """The table's answer to the intent's query, or None (no query, or one outside the table's values)."""
        if intent.table_query is None:
            return None
        try:
            return self.tables.run(intent.table_query, intent.language)
        except QueryError:
            return None

    def named_beside(self, intent: Intent, gathered: Gathered) -> str | None:
        """A name the sources never mention, joined by "en/and/&" to one the table has ("Coders Academy en Code Club
        Groningen"), as typed; None when the unknown name stands alone or inside the known one's phrase."""
        for match in intent.entities:
            if match.kind not in ("project", "applicant") or not match.surface:
                continue
            known = r"\s+".join(map(re.escape, match.surface.split()))
            other = r"((?:[A-Z][\w'-]*\s+(?:(?:van|de|of|the)\s+)?)*[A-Z][\w'-]*)"
            # the known name as typed in any case; the other as a run of capitalised words
            found = re.search(rf"(?i:\b{known})\s+(?i:en|and|&)\s+{other}", intent.question) or re.search(
                rf"{other}\s+(?i:en|and|&)\s+(?i:{known}\b)", intent.question)
            named = found.group(1) if found else ""
            if named and says_a_name(named, gathered.unknown):
                return named
        return None

    def role_holder(self, intent: Intent, gathered: Gathered) -> Evidence | None:
        """A sentence naming someone in the role the question names ("de burgemeester, Peter den Oudsten" for "mayor
        Koen Schuiling"), or None when the question names no role or no retrieved sentence names its holder."""
        role = re.search(ROLE_WORD, intent.question, flags=re.I)
        if role is None:
            return None
        forms = set(words(self.lexicon.expand(role.group(0))))
        return self.closest_where(gathered, lambda text: bool(set(words(text)) & forms) and find_entity(
            "name", text, self.lexicon.not_person_names) is not None)

    def no_such_project(self, intent: Intent, applicant: str | None, unknown: tuple[str, ...], cites: Citations,
                        gathered: Gathered | None = None) -> Reply:
        """A project the table does not have, named beside an applicant it does: say so, and list the applicant's
        own projects — never answer with another project's amount. When the documents do mention the name
        ("de oprichting van de Digital Society Hub aan de Hanzehogeschool"), that passage follows."""
        # a follow-up ("… and how much?") names it only in the question before it, which its search text holds
        name = _named_phrase(intent.question, unknown) or _named_phrase(intent.search_query, unknown) or unknown[0]
        of = self.t(intent, "r_no_project_applicant", applicant=applicant) if applicant else ""
        text = refusal_text(intent, Refusal(reason="no_project", detail={"name": name, "applicant": of}), self.catalogue)
        if applicant:
            rows = [r for r in self.tables.store.rows if r.applicant == applicant]
            listed = ", ".join(f"**{r.project}** ({_euro(r.contribution, intent)}) [{cites.row(self.tables.store, r)}]"
                               for r in rows)
            text += "\n\n" + self.t(intent, "projects_of", applicant=applicant, projects=listed)
        called = self.by_what_it_is_called(intent, gathered, unknown, name, cites) if (
            gathered is not None and not applicant) else None
        if called is not None:
            return called
        passage = self.passage_naming(intent, gathered, unknown) if gathered is not None else None
        # ("en het Stadspas project?" after an amount: a lookup of a row's money, which a passage does not hold)
        money = intent.answer_type == "amount" or (intent.followup and intent.table_query is not None
                                                   and intent.table_query.operation == "lookup"
                                                   and set(intent.table_query.fields) <= {"contribution", "total_size"})
        if passage is not None and gathered is not None and not applicant and not money:
            # "met wie doet de gemeente dat (urban data center) samen": no row, but the passage naming it may say
            # what is asked ("… een Urban Data Center in samenwerking met CBS")
            kept = len(cites.items)
            # (of the thing named, also when a follow-up only points at it: "wat is de bedoeling ervan?")
            told = self.documents(replace(intent, route="documents", table_query=None, entities=(), names=(name.lower(),),
                                          subject_terms=tuple(dict.fromkeys((*intent.subject_terms, *words(name))))),
                                  gathered, cites)
            if told.answered:
                return told
            del cites.items[kept:]  # (not shown, so not cited)
        if passage is not None:
            lead = self.gloss_lead(intent, [passage]) if intent.language == "en" else False
            text += ("\n\n" + self.t(intent, "related") + "\n\n"
                     + compose_documents(intent, [passage], self.sources, cites, self.catalogue, lead=lead))
        return Reply(text=text, answered=False, route="none")

    def by_what_it_is_called(self, intent: Intent, gathered: Gathered, names: tuple[str, ...], name: str,
                             cites: Citations) -> Reply | None:
        """"Hoeveel geld ging naar Digideal": the letter calls a row's project so ("het ontwikkelen van een doorlopende
        digitale leerlijn ('Digideal')"); that row's figure answers, said to be the one the letter calls so, with the
        sentence naming it. None when the question asks no figure of the table or no one row is called so."""
        called = self.row_called(names) if intent.answer_type == "amount" or intent.table_query else None
        if called is None:
            return None
        row, naming = called
        # "what is the size of digideal": the row's size; a figure asked otherwise is its contribution
        sized = sizes_a_named_thing(normalise(intent.question), self.lexicon)
        base = intent.table_query or (TableQuery(operation="lookup", measure="total_size", fields=("total_size",))
                                      if sized else TableQuery(operation="lookup"))
        query = replace(base, operation="lookup", filters=(Filter(column="project", values=(row.project,)),),
                        group_by=None, aggregate=None, limit=None, threshold=None)
        result = self.run_table(replace(intent, table_query=query))
        if result is None or not result.rows:
            return None
        known = self.table_reply(replace(intent, table_query=query), replace(gathered, table=result), result, cites)
        lead = self.gloss_lead(intent, [naming]) if intent.language == "en" else False
        said = compose_documents(intent, [naming], self.sources, cites, self.catalogue, lead=lead)
        return Reply(text="\n\n".join((self.t(intent, "called_so", name=name), known.text, said)),
                     answered=known.answered, route="table+documents", table=result)

    def row_called(self, names: tuple[str, ...]) -> tuple[ProjectRow, Evidence] | None:
        """The one row a name no row has stands for in the documents, with the sentence naming it so: the row whose
        project name the naming sentence (with the one before it, which "dit project" points back to) says three
        words of or more, most of them ("een doorlopende digitale leerlijn ('Digideal')" is "Digitale geletterheid;
        ontwikkelen doorlopende leerlijn"). The name must be given as one, in quotes or brackets: "office" in any
        sentence names nothing. None when no sentence or several rows fit."""
        # a name given as a name: in quotes or brackets after what it names ("… leerlijn ('Digideal')")
        given = [re.compile(rf"[(\"'‘“]\s*{re.escape(n)}\s*[)\"'’”]", flags=re.I) for n in names]
        found: dict[str, tuple[ProjectRow, Evidence]] = {}
        for chunk in self.prose_chunks:
            said = self.sentences.get(chunk.id, [])
            for i, (sentence, _) in enumerate(said):
                if not given or not all(g.search(sentence.text) for g in given) or sentence.text.lstrip().startswith("|"):
                    continue  # (an annex row printed in the letter names its own project, no other name)
                text = " ".join(s.text for s, _ in said[max(i - 1, 0):i + 1])
                for row in self.tables.store.rows:
                    own = [w for w in words(row.project) if len(w) >= 4]
                    hits = sum(1 for w in own if self.says_all((w,), text) or any(same_stem(w, t) for t in words(text)))
                    if hits >= 3 and 2 * hits > len(own):
                        found.setdefault(row.project, (row, Evidence(sentence=sentence, chunk=chunk, score=1.0,
                                                                     similarity=1.0)))
        return next(iter(found.values())) if len(found) == 1 else None

    def other_edition(self, intent: Intent) -> tuple[str, ProjectRow] | None:
        """A project asked with a year after its name that its row's name does not carry ("Trendship '18" where the
        table has "Trendship '17"), as typed, with that row; None when the years agree or none is typed."""
        for match in intent.entities:
            own = re.search(r"'?((?:19|20)?\d{2})$", match.value) if match.kind == "project" else None
            typed = re.search(rf"{re.escape(match.surface or match.value)}\s*[’']?((?:19|20)?\d{{2}})\b(?P<after>\s+\w+)?",
                              intent.question, flags=re.I) if own else None
            # ("had trendship 2000 visitors?": a count of people claimed, no edition)
            counts = typed is not None and bool(typed.group("after")) and bool(
                self.lexicon.kin(typed.group("after").strip().lower()) & self.lexicon.counted_nouns)
            if own and typed and not counts and int(own.group(1)) % 100 != int(typed.group(1)) % 100:
                row = next((r for r in self.tables.store.rows if r.project == match.value), None)
                if row is not None:
                    return typed.group(0)[: typed.start("after") - typed.start()] if typed.group("after") else (
                        typed.group(0)), row
        return None

    def names_beyond_rows(self, intent: Intent, gathered: Gathered) -> tuple[str, ...]:
        """Names an applicant's question adds that none of the applicant's rows carry ("de Digital Society Hub van de
        Hanzehogeschool"): it asks about something the table does not hold, not about the applicant's projects."""
        query = intent.table_query
        applicants = {m.value for m in intent.entities if m.kind == "applicant"}
        if gathered.table is None or query is None or not applicants or any(
                f.column != "applicant" and f.column != "year" for f in query.filters):
            return ()
        own = {w for a in applicants for w in words(a)} | {w for m in intent.entities for w in words(m.surface)}
        said = set(words(" ".join(f"{r.project} {r.description} {r.partners}" for r in self.tables.store.rows
                                  if r.applicant in applicants)))
        return tuple(n for n in dict.fromkeys([*intent.names, *self.typed_prose_names(intent.question)])
                     if not set(words(n)) & own and not set(words(n)) & said)

    def typed_prose_names(self, question: str) -> tuple[str, ...]:
        """Names the documents write capitalised ("Urban Data Center") that the question types, in any case: a
        passage answering it must name them too, and an applicant's rows must carry them."""
        typed = word_runs(question)
        present = set(typed.split())
        return tuple(n for n in self._prose_names  # a name's first word is typed before its whole is looked for
                     if n.split()[0] in present and re.search(rf"\b{re.escape(n)}\b", typed))

    def where_to_ask(self, gathered: Gathered) -> Evidence | None:
        """The closest sentence of the subject's prose that gives a website or an e-mail address, else a phone number
        (a letter head's phone is its writer's, less the programme's than its website)."""
        chunks = self._with_contact_details
        self.index.sentences.prefetch(c.id for c in chunks)
        found = self.sentences_where(chunks, lambda text: bool(_CONTACT_DETAIL.search(text)), gathered.query_vector)
        return max(found, key=lambda e: (bool(_WEB_DETAIL.search(e.sentence.text)), e.similarity), default=None)

    @cached_property
    def _with_contact_details(self) -> tuple[Chunk, ...]:
        return tuple(c for c in self.prose_chunks if _CONTACT_DETAIL.search(c.text))

    def sentences_where(self, chunks: Iterable[Chunk], keep: Callable[[str], bool], query_vector: np.ndarray
                        ) -> list[Evidence]:
        """The sentences of `chunks` that `keep` accepts, as evidence scored by their closeness to the question."""
        out = []
        for chunk in chunks:
            for sentence, vector in self.sentences.get(chunk.id, []):
                if keep(sentence.text):
                    near = float(np.dot(query_vector, vector))
                    out.append(Evidence(sentence=sentence, chunk=chunk, score=near, similarity=near))
        return out

    def closest_where(self, gathered: Gathered, keep: Callable[[str], bool]) -> Evidence | None:
        """The sentence of the hits that `keep` accepts and that is closest to the question."""
        return max(self.sentences_where((h.chunk for h in gathered.hits), keep, gathered.query_vector),
                   key=lambda e: e.similarity, default=None)

    def closest_match(self, pattern: re.Pattern[str], gathered: Gathered) -> tuple[Evidence, re.Match[str]] | None:
        """The closest sentence of the hits that `pattern` matches, with the match."""
        best = self.closest_where(gathered, lambda text: bool(pattern.search(text)))
        found = pattern.search(best.sentence.text) if best is not None else None
        return (best, found) if best is not None and found is not None else None

    def names_no_row_has(self, intent: Intent, gathered: Gathered) -> tuple[str, ...]:
        """Names a table question asks about that no row carries and no project, applicant, theme or section matched:
        "het Urban Data Center" (only its "Data" matched, as a keyword), "het Stadspas project". The rows found are
        another thing's; a name that is only a keyword ("Blockchain") does select rows by it."""
        if gathered.table is None or intent.giver:
            return ()
        matched = {w for m in intent.entities if m.kind != "keyword" for w in words(m.surface or m.value)}
        keywords = {w for m in intent.entities if m.kind == "keyword" for w in words(m.surface or m.value)}
        # (a place the sources name, "de Suikerfabriek", is where something was, no project; "the Municipality of
        # Groningen" is who gives)
        # "… in het Groninger Forum gehouden?": a venue claimed, no project asked about
        claimed = {w for p in self.places_claimed(intent) for w in p.split()} if intent.yes_no else set()
        # ("… naar de lessen van Codeniacs in het Forum, hij vindt het geweldig. Heeft de gemeente daar geld aan
        # gegeven?": a name only the story before the question tells, beside a row it names, is context)
        asked = normalise(asking_sentence(intent.question))
        told = {n for n in intent.names if normalise(n) not in asked} if (
            asked != normalise(intent.question) or intent.followup) and any(
            m.kind in ("project", "applicant") and normalise(m.surface or m.value) not in asked
            for m in intent.entities) else set()
        beyond = tuple(n for n in intent.names if not set(words(n)) & matched and not set(words(n)) <= self._row_words
                       and not set(words(n)) <= self._place_words and not set(words(n)) & self.lexicon.giver_words
                       and not set(words(n)) <= claimed and n not in told)
        if beyond and not all(set(words(n)) <= keywords for n in beyond):
            return beyond
        return self.keyword_inside_a_name(intent) or self.topic_no_row_has(intent) or self.thing_beside_a_keyword(intent)

    def thing_beside_a_keyword(self, intent: Intent) -> tuple[str, ...]:
        """A keyword that qualifies a noun no source uses ("een code kids zomerkamp"): the thing asked is that noun,
        of which no row is one, so the rows the keyword selects ("kinderen") are no answer; only for a selection by
        keywords (and years) alone."""
        query = intent.table_query
        if query is None or not all(f.column in ("keyword", "year") for f in query.filters):
            return ()
        folded = normalise(intent.question)
        for m in intent.entities:
            after = re.search(rf"\b{re.escape(normalise(m.surface or ''))}\s+([a-z]+)\b", folded) if m.kind == "keyword" else None
            word = after.group(1) if after else ""
            if self.thing_word(word) and word not in self.corpus.known and word not in self.lexicon.common_words:
                return (f"{m.surface} {word}",)
        return ()

    def none_funded_but_stated(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """An existence yes/no no row answers ("is there something to help foreign IT graduates find a job?") that a
        passage states: the passage's yes; None otherwise (the tables' no stands)."""
        table = gathered.table
        if table is None or not intent.yes_no or table.operation != "exists" or table.rows:
            return None
        kept = len(cites.items)
        said = self.yes_no(intent, replace(gathered, table=None), cites)
        if said.answered and said.text.startswith(self.t(intent, "say_yes").rstrip(".")):
            return said
        del cites.items[kept:]  # (not shown, so not cited)
        return None

    def conditions_left_unchecked(self, intent: Intent) -> tuple[str, ...]:
        """A list of every row (of a year at most) asked with a condition no column or selection holds ("welke
        projecten zijn inmiddels afgerond", "which projects failed"): the words of the question that are no words of
        listing, money, the table or its rows, nor a name or year it selects by; () when there are none."""
        query = intent.table_query
        if query is None or query.operation != "list" or intent.yes_no or any(
                f.column != "year" for f in (*query.filters, *query.excluded)) or query.threshold is not None or (
                query.ceiling is not None):
            return ()
        lex = self.lexicon
        if lex.comparing is not None and lex.comparing.search(normalise(intent.question)):
            return ()  # ("… the biggest total size compared with what the city put in": amounts set against each other)
        plain = (lex.listing_words | lex.table_nouns | lex.funding_words | lex.transfer_verbs | lex.generic_question_words
                 | lex.document_words | lex.row_words | lex.giver_words | lex.existence_words | lex.receiver_nouns
                 | lex.agreement_words | lex.size_words | lex.claim_words)
        named = {w for m in intent.entities for w in words(m.surface)}
        return tuple(t for t in own_terms(intent.question, lex)
                     if not (t in plain or t in named or self.function_word(t) or any(c.isdigit() for c in t)))

    def function_word(self, word: str) -> bool:
        """A word of either language's function words, not one both spell alike ("office", "digital" name things)."""
        return word in self.lexicon.function_words and word not in self.lexicon.language_votes.get("neutral", frozenset())

    def moves_money(self, word: str) -> bool:
        """A word of money or of its moving ("subsidie", "gingen", "uitgegeven", "spent"), a participle too."""
        lex = self.lexicon
        return (word in lex.funding_words or word in lex.transfer_verbs or self.function_word(word)
                or word in lex.size_words or word in lex.table_nouns
                or bool(_PARTICIPLE.match(word)))

    def thing_word(self, word: str, as_noun: bool = False) -> bool:
        """A word that may name the kind of thing asked about ("cybersecurity", "zomerkamp"): five letters or more,
        no adjective (unless it stands `as_noun`, a phrase's head: "omscholing"), no word of the question's own kind,
        of funding or of the tables."""
        lex = self.lexicon
        return (len(word) >= 5 and (as_noun or not word.endswith(_ADJECTIVE_ENDINGS))
                and word not in lex.generic_question_words
                and word not in lex.funding_words and word not in lex.table_nouns)

    def claimed_signer(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """"Did Peter den Oudsten sign the letter?", "the letter was written by mayor Koen Schuiling, correct?": the
        signatures the letter carries, set against the person claimed: yes when the question names one of them (by
        name or post), no (naming them) when it names only someone else; None for any other question, when no
        signature is found, or when the question names no one, or a signer and someone else."""
        folded = normalise(intent.question)
        if not intent.yes_no or not _SIGNING.search(folded) or not _A_LETTER.search(folded):
            return None
        found = self.signatures(gathered)
        if found is None:
            return None
        signed, signatures = found
        holds = self.names_a_signer(intent.question, signatures)
        if holds is None:
            return None
        asked = replace(intent, yes_no=False, answer_type="person", names=(), role=None)
        # a "yes" names the signer claimed first
        signed = sorted((e for e in signed if e.entity in signatures), key=lambda e: not (holds and self.names_a_signer(
            intent.question, {e.entity or "": signatures[e.entity or ""]})))
        text = compose_documents(asked, signed, self.sources, cites, self.catalogue)
        return Reply(text=f"{self.say(intent, holds)} {text}", answered=True, route="documents")

    def signers(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """"Wie ondertekende de brief namens het college?", "who are the signatories of the letter": every signature
        line the letter carries, whatever else the question says of them (on whose behalf they sign is what the
        signature block says). None for a yes/no (`claimed_signer`), for another property of the signing (its date),
        or when no signature is found."""
        folded = normalise(intent.question)
        if intent.yes_no or not _SIGNED.search(folded) or not _A_LETTER.search(folded) or not (
                intent.answer_type in ("person", "name") or _WHO.search(folded) or _SIGNERS.search(folded)):
            return None
        found = self.signatures(gathered)
        if found is None:
            return None
        signed, signatures = found
        # "welke burgemeester tekende de brief": the signer of the post named, when one is (on whose behalf all sign,
        # "namens burgemeester en wethouders", names no one post)
        named = _ON_BEHALF.sub(" ", folded)
        posted = [e for e in signed if self.names_a_signer(named, {e.entity or "": signatures[e.entity or ""]})]
        asked = replace(intent, answer_type="person", names=(), role=None)
        chosen = posted or signed
        if _POST_SIGNED_IN.search(folded):  # "… ondertekend, en in welke functie?": each signer with the post signed in
            chosen = [replace(e, entity=f"{e.entity} ({self.in_language(signatures[e.entity or ''], intent)})")
                      for e in chosen]
        told = compose_documents(asked, chosen, self.sources, cites, self.catalogue)
        other_post = next((r for r in roles_named(named) if r not in self.lexicon.author_words), None)
        if not posted and other_post is not None and self.names_a_signer(named, signatures) is False:
            # "welke wethouder heeft de raadsbrief ondertekend": no alderman signs it; who does is what they say
            refusal = refusal_text(intent, Refusal(reason="not_signed_by", detail={"role": other_post}), self.catalogue)
            return Reply(text=f"{refusal}\n\n{self.t(intent, 'related')}\n\n{told}", answered=False, route="documents")
        return Reply(text=told, answered=True, route="documents")

    def signatures(self, gathered: Gathered) -> tuple[list[Evidence], dict[str, str]] | None:
        """The signature lines of the letter a question is about (the signed one the search ranks first, else the
        only one that is signed), read from it whatever the search found (a claimed post or name pulls other passages up), with each
        signer's post; None when there are none."""
        signing = self._signature_chunks
        # (the signed letter ranked first: "de brief van <another city>" is that city's, not every letter found)
        first = next((h.chunk.source for h in gathered.hits if h.chunk.source in signing), None)
        letters = {first} if first is not None else (set(signing) if len(signing) == 1 else set())
        line = self._signature_line
        if line is None or not letters:
            return None
        signed = [replace(e, entity=find_entity("name", e.sentence.text, self.lexicon.not_person_names))
                  for e in self.sentences_where((c for s in sorted(letters) for c in signing[s]),
                                                lambda text: bool(line.match(normalise(text))), gathered.query_vector)]
        signatures = {e.entity: m.group("post") for e in signed
                      if e.entity and (m := line.match(normalise(e.sentence.text)))}
        if not signatures:
            return None
        return [e for e in signed if e.entity in signatures], signatures

    @cached_property
    def _signature_line(self) -> re.Pattern[str] | None:
        """A signature line names the post before the name ("de burgemeester, Peter den Oudsten"): the posts the
        glossary gives for signing."""
        posts = words(self.lexicon.glossary.get("ondertekend", ""))
        return re.compile(rf"^\s*(?:de |het |the )?(?P<post>{'|'.join(map(re.escape, posts))})\b") if posts else None

    @cached_property
    def _signature_chunks(self) -> dict[str, tuple[Chunk, ...]]:
        """Each signed document's chunks that hold a signature line (built once: read per signing question), in
        every document: "de brief van <another city>" is signed too, though no document of the subject's own."""
        line, out = self._signature_line, dict[str, list[Chunk]]()
        if line is None:
            return {}
        for c in (c for c in self.index.chunks if c.kind == "text"):
            # (the sentences' texts only: a lazy build embeds no chunk for this)
            if any(line.match(normalise(s.text)) and find_entity("name", s.text, self.lexicon.not_person_names)
                   for s in self.sentences.records(c.id)):
                out.setdefault(c.source, []).append(c)
        return {s: tuple(cs) for s, cs in out.items()}

    @cached_property
    def _row_chunk_runs(self) -> tuple[tuple[Chunk, str], ...]:
        """Every row chunk (a table row, an annex line) with its text as word runs, folded once."""
        return tuple((c, f" {word_runs(c.text)} ") for c in self.index.chunks if is_row_chunk(c))

    def row_chunks_naming(self, project: str) -> tuple[Chunk, ...]:
        """The row chunks that say a project's name in full (its table row, an annex line printing it)."""
        name = f" {word_runs(project)} "
        return tuple(c for c, runs in self._row_chunk_runs if name in runs)

    @cached_property
    def _letter_heads(self) -> tuple[Chunk, ...]:
        """The first chunk of each signed document: a letter's head ("Ons kenmerk …", "Datum …")."""
        heads: dict[str, Chunk] = {}
        for c in self.prose_chunks:
            if c.source in self._signature_chunks:
                heads.setdefault(c.source, c)
        return tuple(heads.values())

    def names_a_signer(self, question: str, signatures: Mapping[str, str]) -> bool | None:
        """Whether the person a question claims signed is one of the signatures (name → post): True when it names a
        signer by surname (one slip allowed), or else by post in either language ("the mayor"); False when it names
        someone else: a capitalised name, a word no word list knows ("koen schuiling"), or else another post ("the
        alderman"); None when it names no one, or a signer and someone else. A name decides over a post: "mayor Koen
        Schuiling" names Koen Schuiling, whose title it gives."""
        tokens = re.findall(r"[a-z']+", normalise(question))
        surnames = {words(name)[-1] for name in signatures if words(name)}
        # a question's capitalised first word ("Did", "Heeft") would join the name after it
        lowered = question[:1].lower() + question[1:]
        other_names = [n for n in find_entities("name", lowered, self.lexicon.not_person_names)
                       if not set(words(n)) & surnames]
        unknown = [t for t in tokens if len(t) >= 4 and not self.knows_word(t) and t not in self.corpus.known
                   and t not in self.lexicon.common_words and not _SIGNING.fullmatch(t)]
        signer = any(one_slip(t, s) for t in tokens for s in surnames)
        if signer or other_names or unknown:
            return None if signer and (other_names or unknown) else signer
        posts = {p for post in signatures.values() for p in (post, *words(self.gloss.render(post)))}
        signer_post = bool(set(tokens) & posts)
        other_post = any(r not in posts and r not in self.lexicon.author_words for r in roles_named(question))
        return None if signer_post == other_post else signer_post

    def asks_beyond_the_rows(self, intent: Intent, result: TableResult, one_row: bool = False) -> bool:
        """A yes/no question over rows that asks about a thing none of the selected rows speaks of: a noun of the
        question (not a name matched, not a word of funding, tables or existence, not an adjective) that no row's
        cells say, in full or by its 5-letter stem. `one_row`: a named project's row too ("who was appointed to the
        new chair at the GDBC": its applicant is no appointee)."""
        if result.operation not in ("list", "exists", *(("lookup",) if one_row else ())) or not result.rows:
            return False
        texts = [self._text_of_row[r] for r in result.rows]
        lex = self.lexicon
        asked = [w for w in self.asked_of_row(intent) if len(w) >= 5 and w not in lex.table_nouns
                 and not w.endswith(_ADJECTIVE_ENDINGS) and w not in lex.generic_names and not _APPLYING.match(w)]
        return any(not any(w[:5] in t for t in texts) for w in asked)

    def topic_no_row_has(self, intent: Intent) -> tuple[str, ...]:
        """"cybersecurity project 2017 hoeveel subsidie": a topic put before the table noun that the documents speak
        of (a 2018 plan) and no row does selects nothing, so the rows' total is no answer; never an adjective
        ("grote", "gesubsidieerde", "funded") or a word of the question's own kind."""
        query = intent.table_query
        if query is None or any(f.column != "year" for f in query.filters) or query.threshold is not None:
            return ()
        folded = normalise(intent.question)
        for word in _QUALIFIED.findall(folded):
            if not self.thing_word(word) or not self.spelt_as_in_sources(word) or word not in self.corpus.known:
                continue
            if not any(word in r for r in self._row_texts):
                return (word,)
        # "hoeveel geld ging in 2017 naar ruimtevaart", "how much was spent on space travel": where the money went,
        # which no row is about, known to the sources or not (before: every row's total)
        for phrase, said in self.destinations(intent):
            if not any(re.search(rf"\b{re.escape(w)}", r) for w in said for r in self._row_texts):
                return (phrase,)
        return ()

    def destinations(self, intent: Intent) -> list[tuple[str, list[str]]]:
        """Where the question says money went ("naar ruimtevaart", "spent on space travel projects", "aan
        omscholing"): each phrase with the words a source would say its head with (an English word the glossary
        gives in Dutch as the Dutch words); not money itself, the rows as a whole, a giver or the programme."""
        lex = self.lexicon
        folded = normalise(intent.question)
        out = []
        for found in _DESTINED.finditer(folded):
            # (up to a word of money or its moving: "aan subsidie uitgegeven" names no destination)
            kept = list(itertools.takewhile(lambda w: not self.moves_money(w), found.group("phrase").split()))
            if not kept:
                continue
            # the phrase's head, its last word ("space travel"); "ruimtevaartprojecten": the thing before the table
            # noun it is compounded with
            head = kept[-1]
            word = next((head[: -len(n)] for n in lex.table_nouns if head.endswith(n) and len(head) > len(n) + 3), head)
            # (an adjective is told only before the table noun it qualifies: "existing projects"; a phrase's head
            # otherwise is a noun, "omscholing" and "marketing" too)
            qualifies = bool(re.match(r"\s+(?:projects?|projecten)\b", folded[found.end():]))
            if (self.thing_word(word, as_noun=not qualifies) and not self.function_word(word)
                    and word not in lex.giver_words and word not in lex.subject_words and not is_number_word(word)):
                out.append((" ".join(kept), words(lex.glossary[word]) if word in lex.glossary else [word]))
        return out

    def keyword_inside_a_name(self, intent: Intent) -> tuple[str, ...]:
        """A keyword the question types as part of a name the documents give something no row is: "5g city
        subsidy" names the letter's "Groningen 5G City", which Draadloos Groningen's row ("experimenten met … 5G")
        is not, however the keyword matched it. A follow-up's keyword is typed in the question before it (its
        search text)."""
        folded = word_runs(intent.search_query if intent.followup else intent.question)
        rows = self._row_texts
        for m in intent.entities:
            if m.kind != "keyword":
                continue
            for name in self._prose_names:
                tokens = name.split()
                for size in range(len(tokens), 1, -1):
                    for start in range(len(tokens) - size + 1):
                        part = tokens[start : start + size]
                        phrase = " ".join(part)
                        if (normalise(m.surface or m.value) in part and re.search(rf"\b{re.escape(phrase)}\b", folded)
                                and not any(phrase in r for r in rows)):
                            return (phrase,)
            # "the blockchain stadspas": a keyword before a one-word name the prose gives ("de Stadspas op basis van
            # blockchain") and no row says
            beside = re.search(rf"\b{re.escape(normalise(m.surface or m.value))}\s+([a-z][\w-]+)", folded)
            if beside and beside.group(1) in self._prose_single_names and not any(
                    re.search(rf"\b{re.escape(beside.group(1))}\b", r) for r in rows):
                return (beside.group(0),)
        return ()

    @cached_property
    def _prose_single_names(self) -> frozenset[str]:
        """One-word names inside the documents' sentences (capitalised, not opening one: "de Stadspas"), lowercased;
        not a function word or one every source says ("Groningen")."""
        found = {normalise(w) for c in self.prose_chunks
                 for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z]{4,}\b", c.text)}
        # (a word also written small is an ordinary word: "Onderwijs & Arbeidsmarkt" beside "het onderwijs")
        small = {w for c in self.index.chunks for w in re.findall(r"\b[a-z][a-z]{4,}\b", c.text)}
        return frozenset(w for w in found if w not in small and w not in self.lexicon.function_words
                         and w not in self.lexicon.generic_names and w not in self.lexicon.table_nouns)

    @cached_property
    def _prose_names(self) -> tuple[str, ...]:
        """Names the documents' prose gives, capitalised words in a row ("Groningen 5G City", "Urban Data Center"),
        lowercased; not the subject's own names."""
        # a capitalised word opening a sentence ("Het Digital Office Groningen …") is no part of the name
        found = {_LEADING_WORDS.sub("", word_runs(n)) for c in self.prose_chunks for n in _PROSE_NAME.findall(c.text)}
        own = set(self.lexicon.abbreviations.values()) | set(self.lexicon.subject_words)
        return tuple(sorted(n for n in found if len(n.split()) >= 2 and n not in own))

    @cached_property
    def _text_of_row(self) -> dict[ProjectRow, str]:
        """Each row's cells as word runs, folded once."""
        return {r: word_runs(_cells(r)) for r in self.tables.store.rows}

    @cached_property
    def _row_texts(self) -> tuple[str, ...]:
        return tuple(self._text_of_row.values())

    @cached_property
    def _row_words(self) -> frozenset[str]:
        return frozenset(w for r in self.tables.store.rows for w in words(f"{r.project} {r.applicant} {r.theme} {r.section}"))

    def passage_naming(self, intent: Intent, gathered: Gathered, names: tuple[str, ...]) -> Evidence | None:
        """The closest sentence of the hits that names all of the given names."""
        wanted = {w for n in names for w in words(n)}
        found = self.closest_where(gathered, lambda text: wanted <= set(words(text)))
        if found is not None or not wanted:
            return found
        # a name only a passage retrieval did not rank mentions ("Groningen 5G City" in the focus for 2018): the
        # passages that have all its words
        naming = [c for c in self.prose_chunks if wanted <= set(words(c.text))][:THEME_PASSAGES]
        if not naming:
            return None
        return self.closest_where(replace(gathered, hits=self.with_chunks(naming, (), first=True)),
                                  lambda text: wanted <= set(words(text)))

    def refuse(self, intent: Intent, gathered: Gathered, cites: Citations, refusal: Refusal,
               related: bool = True, offer: Evidence | None = None) -> Reply:
        """'The sources don't say', why, and what they do say about the subject (`offer`, or the closest passage)."""
        passage = offer or (related_passage(intent, gathered.hits, self.sentences, gathered.query_vector,
                                            self.floors[0]) if related else None)
        # what the sources do say, rendered for an English asker before the Dutch it quotes
        lead = self.gloss_lead(intent, [passage]) if passage is not None and intent.language == "en" else None
        text = compose_refusal(intent, refusal, passage, self.sources, cites, self.catalogue, lead=lead)
        return Reply(text=text, answered=False, route="none")

    def asks_rows(self, intent: Intent) -> bool:
        from assistant.understand import asks_table_rows

        query = intent.table_query
        return query is not None and asks_table_rows(normalise(intent.question), query, self.lexicon)

    def with_year_paragraphs(self, intent: Intent, gathered: Gathered) -> Gathered:
        """The hits, with the few paragraphs that speak of the years asked whether retrieval found them or not: "hoeveel
        gaat de gemeente in 2018 bijdragen" is nearer in meaning to 2017's figures than to the sentence expecting "4
        tot 6 ton"."""
        asked = asked_years(intent)
        if not asked:
            return gathered
        return replace(gathered, hits=self.with_chunks(
            [c for y in asked for c in self._prose_by_year.get(y, ())], gathered.hits, first=False))

    def years_beyond_tables(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """"Is er in 2018 meer bijgedragen dan in 2017?" where no table covers 2018: each year's figure as the
        documents state it (a later letter may state 2018's), and the yes or no their figures give. None unless the
        question sets years against each other, a table lacks one of them and every year has a stated figure."""
        query = intent.table_query
        years = sorted(set(intent.years))
        if query is None or query.operation not in ("sum", "count", "compare") or len(years) < 2 or all(
                y in self.vocab.years for y in years):
            return None
        kind: AnswerType = "count" if query.operation == "count" else "amount"

        def states(sentence: Sentence, chunk: Chunk, year: int) -> str | None:
            # a count is of the noun counted ("27 projecten"), not any number before a word ("14 maart")
            counted = re.search(rf"(?<![\w.,€])(?!(?:19|20)\d\d\b)\d+\s+(?:\w+\s+)?"
                                rf"{re.escape((intent.counted or 'project')[:6])}\w*",
                                sentence.text, flags=re.I) if kind == "count" else None
            figure = counted.group(0) if counted else find_entity(kind, sentence.text) if kind == "amount" else None
            if not figure or (kind == "amount" and self.says_size(sentence.text)):
                return None
            return figure if str(year) in sentence.text or self.dated_before(sentence, chunk, year) else None

        # "gaat de gemeente in 2018 meer bijdragen": a question about what is to come is answered by what is expected
        stated = self.stated_in_years(gathered, years, states, planned=bool(_TO_COME.search(normalise(intent.question))))
        if len(stated) < len(years):
            return None  # the covered year from the tables, the other said missing (`table_reply`)
        text = compose_documents(replace(intent, answer_type=kind), list(stated), self.sources, cites, self.catalogue,
                                 lead=" · ".join(f"{y}: **{render_entity(e.entity or '', intent.language)}** "
                                                 f"[{cites.chunk(e.chunk, e.sentence.text)}]"
                                                 for y, e in zip(years, stated, strict=True)))
        values = [max(figures_named(e.entity or ""), default=0.0) for e in stated]
        spans = [sorted(f for f in figures_named(e.entity or "") if f >= 100) for e in stated]
        spanning = [(y, e) for y, e, f in zip(years, stated, spans, strict=True) if len(f) > 1 and any(
            f[0] <= v <= f[-1] for v in values if v not in f)]
        if intent.yes_no and len(years) == 2 and spanning:
            # "4 tot 6 ton" in 2018 against "ruim € 470.000" in 2017: a range holding the other figure decides nothing
            year, range_said = spanning[0]
            return Reply(text=self.t(intent, "range_spans", year=year, v=render_entity(range_said.entity or "",
                                                                                      intent.language)) + "\n\n" + text,
                         answered=False, route="documents")
        if intent.yes_no and len(years) == 2 and all(values):
            later_more = values[1] > values[0]
            asks_more = not re.search(r"\b(?:minder|less|lager|lower|fewer|kleiner|smaller)\b", intent.question, re.I)
            # the question's own order: "in 2018 meer … dan in 2017" asks whether the year named first is larger
            named = years_in(intent.question)
            first_named = int(named[0]) if named else years[1]
            first_more = later_more if first_named == years[1] else not later_more
            text = self.t(intent, "yes_table" if first_more == asks_more else "no_table", answer=text)
        return Reply(text=text, answered=True, route="documents")

    def uncovered_year(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply:
        """A table question about a year no table covers: only a passage that states such a figure for that year
        answers it; otherwise say which years the tables do cover."""
        kind: AnswerType = "count" if intent.table_query and intent.table_query.operation == "count" else "amount"
        typed = replace(intent, answer_type=kind)
        # a figure for this project, applicant or theme, not for all ("4 tot 6 ton" is no theme's budget)
        # (and a thing the question names that no row is: "welk bedrag heeft de gemeente in 2018 voor Digideal
        # beschikbaar gesteld" is not asked by the year's money for all projects)
        named = tuple(dict.fromkeys((*(m.surface for m in intent.entities
                                       if m.kind in ("project", "applicant", "theme") and m.surface), *intent.names)))
        year_hits = self.with_year_paragraphs(intent, gathered)
        evidence, _ = self.select(typed, year_hits, required=named)
        # a split of that year's money (per theme, per applicant) is no one figure a sentence states for the year, and
        # the rows themselves ("welke projecten kregen in 2018 subsidie") are no figure at all
        split = intent.table_query is not None and intent.table_query.operation in ("group", "list")
        stated = self.stated_for_years(intent, evidence) if not split else []

        def for_the_year(said: Callable[[str], bool] = lambda text: True) -> list[Evidence]:
            # the prose of the year's paragraphs that states a figure of the kind asked for that year
            return self.stated_for_years(intent, self.sentences_where(
                (h.chunk for h in year_hits.hits), lambda text: find_entity(kind, text) is not None and said(text),
                year_hits.query_vector))

        if not stated and not named and kind == "amount" and not asks_of_a_part(intent.question) and not split:
            # "hoeveel draagt het college in 2018 bij": asked of no row, the money a sentence states for that year
            # answers it, however the question names the one who gives ("het college" is the letter's "wij")
            money = max(for_the_year(lambda text: speaks_of_money(text, self.lexicon) > 0),
                        key=lambda e: e.similarity, default=None)
            stated = [replace(money, entity=find_entity(kind, money.sentence.text))] if money is not None else []
        destination = self.destination_unsaid(intent, stated)
        if destination is not None:
            # "hoeveel subsidie ging er in 2018 naar om- en bijscholing": "4 tot 6 ton aan (gezamenlijke) projecten"
            # is the year's money for all, not for what the question names
            year = next((y for y in intent.years if y not in self.vocab.years), intent.years[0] if intent.years else "")
            return self.refuse(intent, gathered, cites, Refusal(reason="no_property", detail={
                "kind": self.t(intent, "amount_in_year_kind", year=year), "project": destination}), offer=stated[0])
        planned = self.only_planned(intent, stated)
        if planned is not None:  # "hoeveel is er in 2018 daadwerkelijk uitgegeven?": "wij verwachten … 4 tot 6 ton"
            return self.refuse(intent, gathered, cites, Refusal(reason="only_planned"), offer=planned)
        if stated:
            text = compose_documents(typed, stated, self.sources, cites, self.catalogue)
            # (a year the comparison names, "meer dan in 2017", is no amount claimed; "2000 euro" is)
            claimed = claimed_amounts(intent.question, (*intent.years, *years_written(intent.question))) \
                if intent.yes_no else frozenset()
            span = stated_span(stated[0].entity or "") if claimed else None
            if span is not None:
                # "klopt het dat de gemeente in 2018 precies een half miljoen bijdraagt?": the letter's "4 tot 6 ton"
                # holds half a million, not exactly; a million it does not hold
                low, high = span
                exact = bool(_EXACTLY.search(normalise(intent.question))) and low < high
                holds = not exact and any(low * (1 - NEAR_FIGURE) <= c <= high * (1 + NEAR_FIGURE) for c in claimed)
                text = f"{self.say(intent, holds)} {text}"
            return Reply(text=text, answered=True, route="documents")
        # what the sources state for that year over everything ("4 tot 6 ton" in 2018) is what they do say
        overall = for_the_year() if named or split else []
        return self.refuse(intent, gathered, cites, Refusal(reason="year", covered=self.vocab.years),
                           offer=max(overall, key=lambda e: e.similarity, default=None))

    @staticmethod
    def stated_for_years(intent: Intent, evidence: Sequence[Evidence]) -> list[Evidence]:
        """Prose that states a figure for the years asked; an annex row is the covered year's table, whatever it
        mentions."""
        return [e for e in evidence if e.chunk.kind == "text" and all(str(y) in e.sentence.text for y in intent.years)]

    # --- table answers

    def table_reply(self, intent: Intent, gathered: Gathered, result: TableResult, cites: Citations) -> Reply:
        query = intent.table_query
        assert query is not None
        other = self.claimed_applicant(intent, cites)
        if other is not None:  # "django girls was toch van coffee and coding?": its applicant is another
            return other
        if (intent.yes_no and query.group_by == "year" and len(self.vocab.years) < 2
                and asks_every_year(normalise(intent.question))):
            # "krijgt die elk jaar geld van de gemeente?": the tables of one year say nothing of every year
            given = self.table_reply(replace(intent, yes_no=False), gathered, result, cites)
            covered = join_years(self.vocab.years, self.catalogue, intent.language)
            return Reply(text=f"{self.t(intent, 'every_year_unknown', covered=covered)}\n\n{given.text}",
                         answered=False, route=given.route)
        if query.operation in ("lookup", "profile") and not result.rows:
            # "is trendship a hackathon": its row does not say so; yes only where a sentence states it
            return self.yes_no(intent, gathered, cites) if intent.yes_no else self.documents(intent, gathered, cites)
        if intent.years and not set(intent.years) & set(self.vocab.years):
            # "en hoeveel is er in 2018 voor dat thema begroot?": no table covers 2018, so 2017's rows are no answer
            return self.uncovered_year(intent, gathered, cites)
        if self.asks_outcomes_of_rows(intent, result):  # "waren er projecten voor kinderen? en wat kwam daar uit?"
            return self.outcomes_of_rows(intent, gathered, result, cites)
        if asks_row_property(intent, query) or (property_asked(intent, self.lexicon) and result.rows and (
                query.operation in ("lookup", "profile", "list", "sum") or self.asks_unheld_share(intent, query))):
            return self.row_property(intent, gathered, result, cites)
        numbered = self.numbered_verdict(intent, result, cites) if intent.yes_no else self.numbered_groups_asked(
            intent, result, cites)
        if numbered is not None:  # "kan groep 1 al meedoen?" against "voor groep 2 tot en met 8"; "welke groepen"
            return numbered
        claimed = claimed_amounts(intent.question, intent.years)
        if intent.yes_no and query.operation in ("lookup", "profile") and not (
                claimed and not self.holds(query, result, claimed)):  # a wrong figure makes the whole claim "No"
            asked = self.asked_of_row(intent)
            if asked and (days_in(intent.question) or claimed_count_of(intent.question)):
                # a day or a count claimed ("50 programmeerlessen") is set against the one a sentence states
                return self.yes_no(intent, gathered, cites)
            if asked:  # "Is PyGrunn a conference?": yes only if its row or a passage says so
                return self.yes_no_of_rows(intent, gathered, result, asked, cites)
        overall = self.is_overall_total(intent, result)
        trimmed = result.operation == "group" and not overall
        if trimmed:
            # a split asked without its total ("per thema", "the 2 themes with the most", a count per theme) sets no
            # total beside the stated ones, and a row without an amount counts in no group's sum; the sources panel
            # shows the result as trimmed, so it says what the chat says
            result = replace(result, comparisons=(), missing=())
        stated = self.stated_sentences(gathered, result) if overall else ()
        if self.is_overall_count(intent, result):  # "hoeveel projecten in 2017": the letter's own count first
            stated, overall = self.stated_counts(gathered, result), True
        support = None if overall else self.support(intent, gathered, result)
        # a part's total the annex states ("het totaal van Programma E&W") comes first too, then what its rows add up to
        # ("alles behalve de RuG" holds the whole of 'Anders' but not only it: that part's total leads nothing)
        stated_total = overall or (result.operation == "sum" and bool(result.comparisons) and totalled_whole(result))
        ctx = TableContext(intent=intent, result=result, store=self.tables.store, cites=cites, catalogue=self.catalogue,
                           lexicon=self.lexicon, operation=self.registry[result.operation], stated_line=self.stated_line,
                           stated_sentences=stated, stated_first=stated_total, sources=self.sources,
                           english=self.gloss.render)
        # a figure the letter states ("een multiplier van bijna 14") is quoted (and cited) before the computed one
        before = self.registry[result.operation].stated_in_prose and not overall
        quoted_first = compose_documents(intent, [support], self.sources, cites, self.catalogue, lead=False) \
            if before and support is not None else ""
        composed = compose_table(ctx)
        text, route = "\n\n".join(composed.lines), "table"
        checked = checked_total(intent.question, result.comparisons) if intent.yes_no and result.comparisons else None
        if checked is not None and not names_stated_figure(intent, checked) and (
                not self.asks_agreement(intent, result) or claims_that(intent.question)):
            # "is € 469.427 the sum of the rows?" checks a total by naming it; other yes/no's do not, nor does a claim
            # of what the city did ("is it true that the city put a bit over 470k in?"), which the totals judge
            checked = None
        checked_both: TableResult | None = None  # the rows checked against each stated column, when both are
        # "is er in 2018 meer bijgedragen dan in 2017": a year no table (nor any stated figure) covers is set against
        # one the rows give; no yes or no follows from the rows of one of them
        years_set_against = intent.yes_no and len(set(intent.years)) > 1 and any(
            y not in self.vocab.years for y in intent.years)
        if years_set_against:
            composed = replace(composed, answered=False)
        if intent.yes_no and composed.answered and checked is not None:
            # "klopt het totaal van € 469.427?": the verdict on that total, said first, then how the answer got it
            comparison, exact = checked
            lead = rows_against_stated(ctx, comparison, "checked") if exact else ctx.t(
                "checked_near", s=section_label(ctx, comparison), computed=ctx.euro(comparison.computed),
                stated=ctx.euro(comparison.stated))
            text = f"{lead}\n\n{text}"
        elif intent.yes_no and composed.answered and claims_a_total(intent, result, claimed):
            # "klopt het dat de gemeente 6,5 miljoen heeft gestoken?", "… dat er 30 projecten zijn?": the claimed
            # figure against every total the sources state or the rows give, not whether they agree among themselves
            verdict = self.near_a_total(claimed, result, claim_direction(intent.question)) if (
                result.operation == "sum") else self.is_the_count(intent.question, result, stated)
            verdict = verdict != denies(intent.question)  # "… dat er geen 23 projecten waren": no, there were
            mixed_up = None if verdict else self.claimed_other_measure(intent, query, result, claimed, cites)
            letter = self.letter_figure_missed(intent, result, claimed, stated) if verdict else None
            head, _, rest = (self.t(intent, "not_the_letters", stated=letter, answer=text) if letter else self.t(
                intent, "yes_table" if verdict else "no_table", answer=text)).partition("\n\n")
            text = "\n\n".join(p for p in (head, mixed_up, rest) if p)
        elif intent.yes_no and composed.answered and not self.registry[result.operation].says_yes_no:
            column = self.other_column_checked(intent, result)
            checked_both = replace(result, comparisons=(*result.comparisons, *column.comparisons)) if column else None
            other_lines = ([self.t(intent, "other_column", what=self.t(intent, column.measure)),
                            *(rows_against_stated(ctx, c, "cmp_rows") for c in column.comparisons)] if column else [])
            side = set_against_a_source(intent.question)
            verdict = self.agrees(result) and (column is None or self.agrees(column)) if self.asks_agreement(
                intent, result) else self.holds(query, result, claimed)
            counted = counts_stated(stated) if result.operation == "count" and self.asks_whether_they_agree(intent) \
                else ()
            if counted:  # "stemmen die aantallen overeen?": the letter's 27 against the 23 rows counted
                verdict = all(n == result.value for n in counted)
            # "de totaaltelling klopt niet …, waar of niet", "de totaalregels kloppen volgens mij niet met de optelling.
            # klopt dat?": yes when they do not agree; "is it true that PyGrunn did not get 1500 euros?": no, it did
            if denies(intent.question) or (self.asks_agreement(intent, result)
                                           and _CLAIMS_DISAGREEMENT.search(normalise(intent.question))):
                verdict = not verdict
            # "klopt het totaal in bijlage 1": each stated column of the annex's total lines
            text = "\n\n".join([text, *other_lines])
            # "is the 2017 total higher than the letter says": the rows against each stated total, on the side asked;
            # no verdict when they fall on both sides
            signs = {(c.difference > 0) - (c.difference < 0) for c in result.comparisons
                     if c.difference is not None} if side else set()
            if len(signs) == 1:
                verdict = signs == {1 if side == "more" else -1}
            if side is None or len(signs) == 1:
                text = self.t(intent, "yes_table" if verdict else "no_table", answer=text)
            elif not result.comparisons:  # "lager dan in de bijlage staat" of a theme: no source states its total
                text, composed = f"{self.t(intent, 'no_stated_to_set_against')}\n\n{text}", replace(composed,
                                                                                                   answered=False)
            mixed_up = None if verdict else self.claimed_other_measure(intent, query, result, claimed, cites)
            text += f"\n\n{mixed_up}" if mixed_up else ""
        if quoted_first:
            # a yes/no's verdict leads, then the statement it checks, then the computation
            head, _, rest = text.partition("\n\n") if intent.yes_no and ctx.operation.says_yes_no else ("", "", text)
            text, route = "\n\n".join(p for p in (head, quoted_first, rest) if p), "table+documents"
        elif support is not None and composed.answered and not overall:
            text += "\n\n" + compose_documents(intent, [support], self.sources, cites, self.catalogue, lead=False)
            route = "table+documents"
        elif overall and stated:
            route = "table+documents"
        other_count = self.other_count_asked(intent, result)
        if other_count is not None and composed.answered:
            # "noem alle 27 projecten op": the letter counts 27, the annex lists 23; both are said, and where 27 is from
            said = [e for e in self.stated_counts(gathered, result) if str(other_count) in e.sentence.text]
            note = self.t(intent, "listed_other_count", asked=other_count, rows=len(result.rows))
            quoted = compose_documents(intent, said[:1], self.sources, cites, self.catalogue, lead=False) if said else ""
            text = "\n\n".join(p for p in (note, quoted, text) if p)
        unnamed = self.only_counted(intent, result)
        if unnamed is not None and composed.answered:
            # "welke twee kennisinstellingen doen mee?": "… en 2 kennisinstellingen" says how many, not which
            return Reply(text=self.t(intent, "r_not_named", what=unnamed) + "\n\n" + text, answered=False,
                         route=route)  # type: ignore[arg-type]
        other_kind = self.kind_no_partner_is(intent, result)
        if other_kind is not None and composed.answered:
            # "which primary schools take part in Programmeren in de klas?": its partners are no schools
            return Reply(text=self.t(intent, "r_no_such_partner", what=other_kind) + "\n\n" + text, answered=False,
                         route=route)  # type: ignore[arg-type]
        uncovered = tuple(y for y in intent.years if y not in self.vocab.years)
        if uncovered and (composed.answered or years_set_against):  # "in 2017 en 2019": 2019 said to be missing
            missing = self.t(intent, "years_uncovered", year=join_years(uncovered, self.catalogue, intent.language),
                             covered=join_years(self.vocab.years, self.catalogue, intent.language))
            # (years set against each other: that the comparison can't be made is said first)
            text = f"{self.t(intent, 'refuse')} {missing}\n\n{text}" if years_set_against else f"{text}\n\n{missing}"
            for year in uncovered if self.registry["compare"].cue and self.registry["compare"].cue.search(
                    normalise(intent.question)) else ():
                # "compare 2017 vs 2018": what a passage states for 2018 ("4 tot 6 ton" expected) is the other side
                other = self.uncovered_year(replace(intent, years=(year,)), gathered, cites)
                if other.answered:
                    text += "\n\n" + other.text
        return Reply(text=text, answered=composed.answered, route=route,  # type: ignore[arg-type]
                     table=checked_both or (result if trimmed else None))

    def other_count_asked(self, intent: Intent, result: TableResult) -> int | None:
        """The number of rows a listing question names ("noem alle 27 projecten op") when the rows listed are not
        that many; None otherwise."""
        claim = claimed_count_of(intent.question)
        if result.operation != "list" or claim is None or claim[1] not in self.lexicon.table_nouns:
            return None
        return claim[0] if claim[0] != len(result.rows) else None

    def kind_no_partner_is(self, intent: Intent, result: TableResult) -> str | None:
        """The kind of partner a "which X take part" question asks (as typed: "primary schools") when no partner of
        the rows is one, nor their partners' cell says any; None for a partner word itself ("organisations", "partijen")
        or a kind the cell says or counts."""
        query = intent.table_query
        asked = _WHICH_KIND.search(normalise(intent.question))
        if query is None or "partners" not in query.fields or asked is None or not result.rows:
            return None
        kind = asked.group("kind")
        lex = self.lexicon
        # (nor the school groups or the people a project is for: "welke groepen der lagere school deelnemen")
        if set(words(kind)) & (lex.row_words | lex.receiver_nouns | lex.table_nouns | lex.generic_question_words
                               | lex.numbered_groups) or any("mensen" in lex.kin(w) for w in words(kind)):
            return None
        said = [w for t in words(kind) for w in lex.kin(t)]
        cells = [r.partners or "" for r in result.rows]
        return None if any(says_word(w, c, lex) for w in said for c in cells) else kind

    def only_counted(self, intent: Intent, result: TableResult) -> str | None:
        """The kind of partner a "which X take part" question asks (as typed) when the rows only count them ("10
        partijen … en 2 kennisinstellingen", also for "knowledge institutions"), naming none; None otherwise."""
        query = intent.table_query
        asked = _WHICH_KIND.search(normalise(intent.question))
        if query is None or "partners" not in query.fields or asked is None or not result.rows:
            return None
        typed = asked.group("kind").split()
        if all(_ONLY_COUNTS.search(r.partners or "") and not _NAME_INSIDE.search(r.partners or "") for r in result.rows):
            return typed[0]  # "10 partijen … 2 kennisinstellingen": a count, and no name at all
        for n in range(len(typed), 0, -1):  # "knowledge institutions" before "knowledge"; "partijen", not "zitten"
            kind = " ".join(typed[:n])
            said = {typed[n - 1], *words(self.lexicon.expand(kind))[n:]}
            stems = "|".join(re.escape(w[:6]) for w in said if len(w) > 3)
            # "20 IT-bedrijven", "2 kennisinstellingen", "10 partijen"
            counted = re.compile(rf"\b\d+\s+(?:\w+\s+|\w+-)?(?:{stems})", flags=re.I) if stems else None
            if counted is not None and all(counted.search(r.partners or "") for r in result.rows):
                return kind
        return None

    def asked_of_row(self, intent: Intent) -> tuple[str, ...]:
        """What a yes/no question about a named project asks besides its money: its own content words, without the
        project's name and without funding words ("Kreeg PyGrunn subsidie?" asks nothing more than the row's amount)."""
        # (a keyword is a claim about the row: "is pygrunn een conferentie" asks what its description says)
        named = {w for m in intent.entities if m.kind != "keyword" for w in words(m.surface or m.value)}
        # "klopt het dat er 2 miljoen naar X ging?" asks the row's amount: the claim's figure, its scale word and
        # the asking verb are no property of the row
        own = tuple(t for t in own_terms(without_claim_intro(intent.question), self.lexicon)
                    if t not in named and t not in self.lexicon.funding_words and not any(c.isdigit() for c in t)
                    and t not in self.lexicon.agreement_words and t not in self.lexicon.transfer_verbs
                    and t not in _SCALE_WORDS and t not in self.lexicon.claim_words and not is_number_word(t)
                    and not is_denial(t))
        # "vond trendship plaats in martiniplaza": the place is the claim; that it took place is what a row is
        claim = tuple(t for t in own if t not in self.lexicon.event_verbs)
        return (*(claim or own), *(w for w in self.now_asked(intent) if w not in own))

    def now_asked(self, intent: Intent) -> tuple[str, ...]:
        """"bestaat trendship nog", "is pygrunn still running": the words asking whether it is so now, which no row
        of its year states and only a sentence saying them answers (stop words elsewhere, so named here)."""
        said = re.findall(r"[a-z]+", normalise(intent.question))
        return tuple(w for i, w in enumerate(said) if w in self.lexicon.present_words
                     or (w in self.lexicon.present_ends and i == len(said) - 1))

    def claimed_applicant(self, intent: Intent, cites: Citations) -> Reply | None:
        """"Django Girls was toch van Coffee and coding?", "is the blockchain hackathon run by Hanze, yeah?": a yes/no
        naming one project and an applicant of the table is a claim about who it is of: "Ja" when that is its
        applicant, else "Nee" with the row's applicant (and the claimed one among its partners, when it is one); the
        row's contribution follows. None for any other question (a comparison: "kreeg PyGrunn meer dan Coders
        Academy?")."""
        projects = {m.value for m in intent.entities if m.kind == "project"}
        claimed = [m.value for m in intent.entities if m.kind == "applicant" and m.value not in projects]
        compare = self.registry["compare"].cue
        if not intent.yes_no or len(projects) != 1 or not claimed or (compare and compare.search(normalise(intent.question))):
            return None
        rows = [r for r in self.tables.store.rows if r.project in projects and (not intent.years or r.year in intent.years)]
        if len(rows) != 1:
            return None
        # a claim of anything else ("… van de RuG op 5 september in de Suikerfabriek gehouden") is judged on that
        others = [t for t in self.asked_of_row(intent) if len(t) > 3 and not _APPLYING.match(t)
                  and t not in self.lexicon.organiser_words]
        if others or days_in(intent.question):
            return None
        row = rows[0]
        # "klopt het dat de IT Academy van ITANNN € 150.000 kreeg?": a figure claimed beside the applicant must hold too
        figures = claimed_amounts(intent.question, intent.years)
        holds = row.applicant in claimed and (not figures or any(
            row.contribution is not None and abs(row.contribution - f) <= NEAR_FIGURE * f for f in figures))
        partner = None if holds else next((c for c in claimed if normalise(c) in normalise(row.partners or "")), None)
        marker = f"[{cites.row(self.tables.store, row, whole=partner is not None)}]"
        parts = [self.t(intent, "other_applicant", project=f"**{row.project}**", applicant=f"**{row.applicant}**", m=marker)]
        if partner:
            parts.append(self.t(intent, "claimed_is_partner", claimed=partner, m=marker))
        if row.contribution is not None:
            amount = self.t(intent, "its_contribution", amount=format_euro(row.contribution, intent.language), m=marker)
            # the part of the claim that fails comes first: the figure, when the applicant is right
            if row.applicant in claimed and not holds:
                parts.insert(0, amount[0].lower() + amount[1:])
            else:
                parts.append(amount)
        text = " ".join(parts)
        return Reply(text=self.t(intent, "yes_table" if holds != denies(intent.question) else "no_table", answer=text),
                     answered=True, route="table")

    def numbered_verdict(self, intent: Intent, result: TableResult, cites: Citations) -> Reply | None:
        """A numbered group claimed of one row ("is het ook voor groep 1?"): yes or no by the number its description
        states or spans ("groep 2 tot en met 8"), quoting it; None when nothing numbered is claimed and stated."""
        if len(result.rows) != 1:
            return None
        row = result.rows[0]
        holds = numbered_claim(intent.question, row.description, self.lexicon)
        return None if holds is None else self.groups_stated(intent, row, cites, self.say(intent, holds))

    def numbered_groups_asked(self, intent: Intent, result: TableResult, cites: Citations) -> Reply | None:
        """"Welke groepen doen mee aan Programmeren in de klas?": the numbered groups one row's description states
        ("groep 2 tot en met 8"), quoting it; None when no such group is asked, or the row states none."""
        asked = _WHICH_KIND.search(normalise(intent.question))
        if intent.yes_no or len(result.rows) != 1 or asked is None or not set(words(asked.group("kind"))) & (
                self.lexicon.numbered_groups):
            return None
        row = result.rows[0]
        return self.groups_stated(intent, row, cites) if numbered_groups_in(row.description.lower(), self.lexicon) else None

    def groups_stated(self, intent: Intent, row: ProjectRow, cites: Citations, verdict: str = "") -> Reply:
        """The numbered groups a row's description states, as it says them ("groep 2 tot en met 8"), after the
        verdict on a claimed group when there is one, quoting the description."""
        marker = cites.row(self.tables.store, row, whole=True)
        rendered = " " + self.gloss.lead([row.description], self.catalogue) if intent.language == "en" else ""
        stated = next((said for _, _, _, said in numbered_groups_in(row.description.lower(), self.lexicon)), "")
        lead = " ".join(p for p in (verdict, f"**{self.in_language(stated, intent)}**" if stated else "") if p)
        return Reply(text=f"{lead} [{marker}]{rendered}\n\n" + self.t(
            intent, "from_description", project=f"**{row.project}**") + f"\n> «{row.description}» [{marker}]",
            answered=True, route="table")

    def yes_no_of_rows(self, intent: Intent, gathered: Gathered, result: TableResult, asked: tuple[str, ...],
                       cites: Citations) -> Reply:
        for row in result.rows:
            text = " ".join((row.project, row.description, row.partners, row.theme))
            if covers_all(asked, text, self.lexicon):
                marker = cites.row(self.tables.store, row, whole=True)
                return Reply(text=self.say(intent, True) + f" [{marker}]\n\n" + self.t(
                    intent, "from_description", project=f"**{row.project}**") + f"\n> «{row.description}» [{marker}]",
                    answered=True, route="table")
        # (what the sources do say, if not that, is first what they say of these rows: "mogen jongens daar ook aan
        # meedoen?" after Django Girls is offered its row, not another's)
        own = [c for r in result.rows for c in self.row_chunks_naming(r.project)]
        return self.yes_no(intent, replace(gathered, hits=self.with_chunks(own, gathered.hits, first=True)), cites)

    def claimed_other_measure(self, intent: Intent, query: TableQuery, result: TableResult,
                              claimed: frozenset[float], cites: Citations) -> str | None:
        """"Klopt het dat er 2 miljoen naar X ging?" (X got € 100.000 of € 2.200.000): the claimed figure is the
        row's other amount, said so, since a claim mixing up the two is the likeliest reason for it."""
        if not claimed:
            return None
        other: Measure = "total_size" if query.measure == "contribution" else "contribution"
        store = self.tables.store
        if query.operation == "sum":  # a total's other measure, as the annex states it (cited)
            stated = [(getattr(t, other), t.section, lambda t=t: cites.total(store, t)) for t in store.totals
                      if not intent.years or t.year in intent.years]
        elif query.operation in ("lookup", "profile"):
            stated = [(getattr(r, other), "", lambda r=r: cites.row(store, r)) for r in result.rows]
        else:
            return None
        for value, part, cite in stated:
            if value and any(abs(value - c) <= CLAIM_ROUNDING * value for c in claimed):
                return self.t(intent, "claim_other_total" if part else "claim_other_measure", s=part,
                              measure=self.t(intent, other), amount=format_euro(value, intent.language), m=cite())
        return None

    @staticmethod
    def is_the_count(question: str, result: TableResult, stated: Sequence[Evidence]) -> bool:
        """A claimed count is the rows' count or one a sentence states ("27 projecten")."""
        claim = claimed_count_of(question)
        counts = {float(result.value or 0)} | {n for e in stated for n in numbers_in(e.sentence.text)}
        return claim is not None and float(claim[0]) in counts

    def letter_figure_missed(self, intent: Intent, result: TableResult, claimed: frozenset[float],
                             stated: Sequence[Evidence]) -> str | None:
        """The figure the letter itself states for a sum ("ruim € 470.000"), as written, when a claimed total is
        near another total only ("did the city spend 600k in 2017?": the rows add up to € 634.427); None when the
        claim is the letter's figure or no sentence states one."""
        if result.operation == "count":
            # "in de brief staat dat er 23 projecten zijn uitgevoerd; klopt dat?": the rows count 23, the letter
            # says 27 (not "… 23 projecten in de bijlage staan?": the annex's own count is claimed)
            folded = normalise(intent.question)
            if _IN_THE_ANNEX.search(folded) and not _IN_THE_LETTER.search(folded):
                return None
            count = claimed_count_of(intent.question)
            said = [e.entity for e in stated if e.entity and count is not None and float(count[0]) not in
                    counts_stated([e])]
            return ", ".join(said) if said and count is not None and len(said) == len(stated) else None
        if result.operation != "sum":
            return None
        written = [(e, find_entity("amount", e.sentence.text)) for e in stated]
        figures = {v for _, amount in written if amount for v in figures_named(amount)}
        # ("meer dan 400.000" is met by the letter's "ruim € 470.000": the claim's side of its figure counts)
        direction = claim_direction(intent.question)
        if not figures or any(near_claim(f, c, direction) for f in figures for c in claimed):
            return None
        return ", ".join(render_entity(amount, intent.language) for _, amount in written if amount)

    @staticmethod
    def near_a_total(claimed: frozenset[float], result: TableResult, direction: ClaimSide | None = None) -> bool:
        """A claimed total is the computed one, or one the sources state, give or take a rounding ("ruim 470.000");
        a claim of "ruim 500.000" (more than) is not met by € 474.427, nor "bijna 6 ton" (less than) by € 634.427."""
        totals = [float(result.value or 0)] + [float(v) for c in result.comparisons for v in (c.stated, c.computed)
                                                if v is not None]

        return any(t and near_claim(t, c, direction) for t in totals for c in claimed)

    def asks_whether_they_agree(self, intent: Intent) -> bool:
        """'Klopt het totaal met de rijen?', 'stemmen die aantallen overeen?': whether what a source states and what
        the rows give agree."""
        return bool(set(words(intent.question)) & self.lexicon.agreement_words)

    def asks_agreement(self, intent: Intent, result: TableResult) -> bool:
        """Whether the stated totals and the rows agree, asked where the annex states totals."""
        return bool(result.comparisons) and self.asks_whether_they_agree(intent)

    def other_column_checked(self, intent: Intent, result: TableResult) -> TableResult | None:
        """For "does the annex's total match the rows" naming no column: the same rows summed in the other column
        the total lines state (the project sizes beside the contributions), when they state it; None otherwise."""
        query = intent.table_query
        if query is None or not self.asks_agreement(intent, result) or _NAMES_A_COLUMN.search(normalise(intent.question)):
            return None
        other: Measure = "total_size" if query.measure == "contribution" else "contribution"
        checked = self.run_table(replace(intent, table_query=replace(query, measure=other)))
        return checked if checked is not None and checked.comparisons else None

    @staticmethod
    def agrees(result: TableResult) -> bool:
        """Every stated total equals the sum of the rows it totals."""
        return all(c.difference == 0 for c in result.comparisons)

    def holds(self, query: TableQuery, result: TableResult, claimed: frozenset[float] = frozenset()) -> bool:
        """Whether a yes/no question about the table is answered yes: rows were found (and a named project's amount
        passes the figure the question compares it with, or is the figure it claims: "did PyGrunn get 5000 euro?" is
        no, whatever PyGrunn got)."""
        if not result.rows:
            return False
        if claimed and query.threshold is None and query.operation in ("lookup", "profile"):
            amounts = [r.amount(query.measure) for r in result.rows]
            return any(a is not None and claim_met(a, c) for a in amounts for c in claimed)
        if claimed and query.threshold is None and query.operation == "sum" and isinstance(result.value, (int, float)):
            # "klopt het dat Proeftuin e-health € 31.430 kreeg?": the rows' sum is € 31.403, so no
            return any(claim_met(result.value, c) for c in claimed)
        if query.threshold is None or self.registry[query.operation].thresholds_rows:
            return result.value is None or bool(result.value)
        comparator, figure = query.threshold
        amounts = [r.amount(query.measure) for r in result.rows]
        return all(a is not None and _compare(a, comparator, figure) for a in amounts)

    def is_overall_total(self, intent: Intent, result: TableResult) -> bool:
        """A total over everything (no selection but the year), also beside a split of it ("per thema, met
        totaal"): the sources' own total comes first. A ranking of the groups ("which theme received the largest
        total") asks a group's total, which no source states."""
        query = intent.table_query
        total = result.operation == "sum" or (result.operation == "group" and query is not None and query.limit is None
                                              and query.aggregate == "sum" and asks_a_total(intent.question))
        return whole_years(query) and total and bool(result.comparisons)

    @staticmethod
    def is_overall_count(intent: Intent, result: TableResult) -> bool:
        """A count over everything (no selection but the year)."""
        return whole_years(intent.table_query) and result.operation == "count"

    def stated_counts(self, gathered: Gathered, result: TableResult) -> tuple[Evidence, ...]:
        """For a count over whole years: per year, the prose sentence that states a number of projects for it ("zijn
        27 projecten uitgevoerd"), said of that year by name or, in a document of the next year, as "afgelopen jaar"."""
        def count_of(sentence: Sentence, chunk: Chunk, year: int) -> str | None:
            count = self.counted_projects(sentence.text)
            return count if count and self.speaks_of_year(sentence.text, chunk, year) else None

        return self.stated_per_year(gathered, result, count_of)

    @cached_property
    def prose_chunks(self) -> tuple[Chunk, ...]:
        """The documents' prose (not their annex rows), in the subject's own documents when a subject is given."""
        return tuple(c for c in self.index.chunks
                     if c.kind == "text" and (self.home is None or c.source in self.home))

    @cached_property
    def _next_chunk(self) -> dict[str, Chunk]:
        by_source: dict[str, list[Chunk]] = {}
        for c in self.index.chunks:
            if c.kind == "text":
                by_source.setdefault(c.source, []).append(c)
        ordered = [sorted(cs, key=lambda c: c.start) for cs in by_source.values()]
        return {a.id: b for cs in ordered for a, b in zip(cs, cs[1:], strict=False) if a.section == b.section}

    def following(self, chunk: Chunk) -> Chunk | None:
        """The passage right after a chunk in its document, under the same heading (a paragraph split in two)."""
        return self._next_chunk.get(chunk.id)

    def counted_projects(self, text: str) -> str | None:
        """A number of projects a sentence states ("27 projecten"), as written."""
        for match in re.finditer(ENTITY_PATTERNS["count"][0], text, flags=re.I):
            if normalise(match.group(0).split()[-1]) in self.lexicon.table_nouns and re.search(r"\d", match.group(0)):
                return match.group(0).strip()
        return None

    def speaks_of_year(self, text: str, chunk: Chunk, year: int) -> bool:
        """The sentence (or its heading) names the year, or its passage says "afgelopen jaar" in a document of the
        next year ("Er is afgelopen jaar veel gebeurd … zijn 27 projecten uitgevoerd")."""
        named = years_spoken(f"{text} {chunk.section[-1] if chunk.section else ''}")
        if named:
            return year in named
        info = self.sources.get(chunk.source)
        written = info.date[:4] if info and info.date else ""
        return written == str(year + 1) and bool(self.lexicon.year_cues.latest.search(normalise(chunk.text)))

    def row_property(self, intent: Intent, gathered: Gathered, result: TableResult, cites: Citations) -> Reply:
        """A question about a named project's date, place, people, count… which the table has no column for: the
        answer is in the project's description, in a document, or nowhere — never in its amounts."""
        judged = self.claimed_duration(intent, result, cites)
        if judged is not None:
            return judged
        kind = intent.answer_type
        asked = property_asked(intent, self.lexicon)  # "what is the contact person of X": no column, maybe its description
        lines = []
        for row in result.rows:
            if intent.role and not mentions_role(intent.role, row.description):
                continue  # "wie is de contactpersoon": a name in the description is not the contact unless it says so
            said = row.description
            if asked == SINCE:  # the start the description gives, not any date in it
                since = _SINCE_PHRASE.search(row.description)
                found = since.group(0) if since else None
            elif asked:
                found = row.project if covers_all(asked.split(), row.description, self.lexicon) else None
            else:
                # ("how many years": the years the description says, before the period it gives)
                found = time_in_units(intent, row.description) or (
                    entity_about(kind, row.description, intent.counted, self.lexicon) if kind in ENTITY_PATTERNS else None)
                if not found and kind == "count" and row.partners:
                    # "hoeveel bedrijven doen mee": the partners cell may count them ("RuG, NOO, > 20 IT-bedrijven")
                    found = entity_about(kind, row.partners, intent.counted, self.lexicon)
                    said = row.partners if found else said
            if found and kind == "place" and normalise(found) in normalise(f"{row.project} {intent.question}"):
                found = None  # "in Education" of "Blockchain in Education" is the project's name, not where it was
            found = found and dated_enough(intent, found)
            if found and kind == "date" and not self.dates_what_is_asked(intent, row, found):
                found = None  # "wanneer is de finale van de lego league": "sinds september 2017" dates the lessons
            if found and self.counts_attendance(intent) and not self.says_who_came(row.description, found):
                found = None  # "hoeveel bezoekers per bijeenkomst": "een netwerk van zo'n 3.500 mensen" is no turnout
            if found:
                marker = cites.row(self.tables.store, row, whole=True)
                lines.append(f"**{render_entity(found, intent.language, self.gloss.render)}** [{marker}]")
                lines.append(self.t(intent, "from_description", project=f"**{row.project}**") +
                             f"\n> «{row.description}» [{marker}]" if said == row.description else
                             self.t(intent, "partners", v=f"«{row.partners}»", m=f"[{marker}]"))
        if lines and kind == "date" and _EXACT_DAY.search(normalise(intent.question)) and not any(
                DAY.search(line) for line in lines[::2]):
            # "web11 conf exact date pls": "november 2017" is the month; the day asked is not given
            return Reply(text=self.t(intent, "only_the_month") + "\n\n" + "\n\n".join(lines), answered=False,
                         route="table")
        if lines:
            return Reply(text="\n\n".join(lines), answered=True, route="table")
        names = tuple(r.project for r in result.rows)
        applicants = [m.value for m in intent.entities if m.kind == "applicant"]
        evidence, _ = self.select(intent, gathered, required=tuple(" ".join(words(n)[:2]) for n in names[:1]))
        if asked:  # an open passage answers only if it speaks of the property asked
            evidence = [e for e in evidence if covers_all(asked.split(), e.sentence.text, self.lexicon)]
        event = event_terms(intent.question, self.lexicon) if kind == "date" else ()
        if event:  # "wanneer is de finale van de lego league": a date of the final, not of the league's lessons
            evidence = [e for e in evidence if covered_terms(event, e.sentence.text, self.lexicon)]
        if self.counts_attendance(intent):  # people who came, not the network's size
            evidence = [e for e in evidence if e.entity and self.says_who_came(e.sentence.text, e.entity)]
        if evidence:
            return Reply(text=compose_documents(intent, evidence, self.sources, cites, self.catalogue), answered=True,
                         route="documents")
        named = self.t(intent, "k_since") if asked == SINCE else self.in_language(asked, intent) if asked else None
        refusal = refusal_text(intent, Refusal(reason="no_property", detail={
            "kind": named or self.role_named(intent)
            or kind_named(intent, self.catalogue),
            "project": ", ".join(applicants or names)}), self.catalogue)  # as the question named it
        what = self.row_summary(intent, result.rows, cites)
        return Reply(text=refusal + "\n\n" + self.t(intent, "related_project") + "\n\n" + what, answered=False,
                     route="none")

    def one_named_by_keyword(self, intent: Intent, result: TableResult) -> TableQuery | None:
        """"How much did the blockchain programme of X get": a keyword and a noun after it, with "the" before it, name
        one thing; of the rows the keyword selected, the one whose name has both words ("Blockchain Hackathon
        Innovatie programma"), as a lookup. None for a plural ("the blockchain projects"), a name no row or several
        rows have, or a selection of one row already."""
        query = intent.table_query
        keyword = next((m for m in intent.entities if m.kind == "keyword"), None)
        if query is None or keyword is None or len(result.rows) < 2 or query.operation not in ("sum", "list"):
            return None
        said = _ONE_BY_KEYWORD.search(normalise(intent.question))
        if said is None or said.group("keyword") != normalise(keyword.surface):
            return None
        head = said.group("head")
        heads = {head, *words(self.lexicon.glossary.get(head, ""))}
        named = {r.project for r in result.rows
                 if re.search(keyword.value, normalise(r.project)) and heads & set(words(r.project))}
        if len(named) != 1:
            return None
        years = tuple(f for f in query.filters if f.column == "year")
        return TableQuery(operation="lookup", measure=query.measure, fields=query.fields,
                          filters=(Filter(column="project", values=(named.pop(),)), *years))

    def beside_the_figures(self, intent: Intent, gathered: Gathered, table: TableResult, cites: Citations,
                           reason: RefusalReason) -> Reply:
        """What only a passage states, asked of the table's figures (a why, a cap): that passage, or the refusal with
        the figures the question is about as what the sources do say (a named row's own figure is a why's premise,
        so its refusal offers a passage about it instead)."""
        stated = reason != "no_limit" or self.closest_where(
            gathered, lambda text: bool(_STATES_A_CAP.search(normalise(text)))) is not None
        kept = len(cites.items)
        reply = self.documents(intent, gathered, cites) if stated else None
        if reply is not None and (reply.answered or self.names_a_row(intent) or not table.rows):
            return reply
        del cites.items[kept:]  # the refused passage is not shown, so it is not cited
        refusal = self.refuse(intent, gathered, cites, Refusal(reason=reason, detail={}), related=False)
        figures = self.table_reply(replace(intent, yes_no=False), gathered, table, cites)
        return Reply(text=refusal.text + "\n\n" + self.t(intent, "related") + "\n\n" + figures.text, answered=False,
                     route="none")

    def dates_what_is_asked(self, intent: Intent, row: ProjectRow, found: str) -> bool:
        """The description's sentence with the date speaks of what the question dates, besides the project: its own
        words that are no part of the row's name or applicant ("finale" of "de finale van de lego league")."""
        named = set(words(f"{row.project} {row.applicant}")) | {w for m in intent.entities for w in words(m.surface)}
        asked = [t for t in own_terms(intent.question, self.lexicon) if t not in named and not t.isdigit()
                 and t not in self.lexicon.date_words and t.lower() not in MONTH_NAMES]
        if not asked:
            return True
        said = sentence_holding(row.description, found) or row.description
        return covered_terms(asked, said, self.lexicon) > 0

    def claimed_duration(self, intent: Intent, result: TableResult, cites: Citations) -> Reply | None:
        """"Klopt het dat het GDBC project 3 jaar loopt?": the claim set against the duration a row's description
        states ("een looptijd van het project van 5 jaar"): "Nee" (or "Ja"), with the words that state it. None when
        the question claims no duration or no description states one."""
        claimed = claimed_duration_of(intent.question) if intent.yes_no else None
        if claimed is None:
            return None
        for row in result.rows:
            stated = stated_durations(row.description)
            if stated:
                marker = cites.row(self.tables.store, row, whole=True)
                holds = any(years == claimed for years, _ in stated)
                said = "; ".join(f"'{words}'" for _, words in stated)
                return Reply(text=f"{self.say(intent, holds)} {self.t(intent, 'duration_stated', said=said)} [{marker}]"
                             + "\n\n" + self.t(intent, "from_description", project=f"**{row.project}**")
                             + f"\n> «{row.description}» [{marker}]", answered=True, route="table")
        return None

    def row_summary(self, intent: Intent, rows: tuple[ProjectRow, ...], cites: Citations) -> str:
        lines = []
        for row in rows:
            marker = cites.row(self.tables.store, row, whole=True)
            lines.append(self.t(intent, "lookup_contribution" if row.contribution is not None else "missing_contribution",
                                p=f"**{row.project}** ({row.applicant})", v=_euro(row.contribution, intent), m=f"[{marker}]",
                                year=row.year))
        return "\n".join(lines)

    def support(self, intent: Intent, gathered: Gathered, result: TableResult) -> Evidence | None:
        """A prose sentence that speaks about the same selection (e.g. the letter on the blockchain programme), or for
        an unfiltered total one that states such a figure itself."""
        query = intent.table_query
        assert query is not None
        operation = self.registry[result.operation]
        if operation.stated_in_prose and operation.cue is not None:
            return self.stating_sentence(gathered, operation.cue)
        generic = self.lexicon.generic_names | self.lexicon.generic_question_words
        # a theme is the table's own category: prose that happens to use its word ("data-infrastructuur", the
        # sentence listing every theme) is not about the theme's projects, so a theme selection gets no support
        # a keyword may begin a Dutch compound ("blockchain-technologie"); a project's name is said in whole words
        # ("Groninger" in its name is not "Groningers")
        # a keyword's word is enough; a project is named by most distinctive words of its name or of a part it is
        # called by ("GDBC"): a sentence about a CBS data center shares only "data" with "Proeftuin e-health/big data"
        patterns = [g for f in query.filters if f.column in ("keyword", "project") for v in f.values
                    for g in (self.name_patterns(v, generic) if f.column == "project" else
                              [(rf"\b{re.escape(w)}",) for part in v.split("|") for w in words(part)
                               if len(w) > 3 and w not in generic])]
        selects = bool(query.filters) or query.threshold is not None  # "more than € 50.000" is a selection too
        stated_kind = {"sum": "amount", "count": "count"}.get(result.operation) if not selects else None
        if not patterns and stated_kind is None:
            return None
        best = None
        for hit in gathered.hits:
            if hit.chunk.kind != "text":
                continue
            for sentence, vector in self.sentences.get(hit.chunk.id, []):
                text = sentence.text.lower()
                if patterns and not any(3 * sum(bool(re.search(p, text)) for p in group) >= 2 * len(group)
                                        for group in patterns):
                    continue
                if stated_kind and not find_entity(stated_kind, sentence.text, self.lexicon.not_person_names):
                    continue
                similarity = float(np.dot(gathered.query_vector, vector))
                if best is None or similarity > best.similarity:
                    best = Evidence(sentence=sentence, chunk=hit.chunk, score=similarity, similarity=similarity,
                                    entity=find_entity(stated_kind, sentence.text) if stated_kind else None)
        return best

    def name_patterns(self, project: str, generic: frozenset[str]) -> list[tuple[str, ...]]:
        """Per name a project goes by, the patterns of its distinctive words (two thirds of them name it)."""
        groups = [tuple(rf"\b{re.escape(w)}\b" for w in words(alias) if len(w) > 3 and w not in generic)
                  for alias in own_aliases(project, self.lexicon.too_generic)]
        return [g for g in groups if g]

    def stating_sentence(self, gathered: Gathered, cue: re.Pattern[str]) -> Evidence | None:
        """The prose sentence closest to the question that says what an operation computes in the operation's own
        words ("een multiplier van bijna 14")."""
        said = self.sentences_where((h.chunk for h in gathered.hits if h.chunk.kind == "text"),
                                    lambda text: bool(cue.search(normalise(text))), gathered.query_vector)
        return max(said, key=lambda e: e.score, default=None)

    def stated_sentences(self, gathered: Gathered, result: TableResult) -> tuple[Evidence, ...]:
        """For a total over whole years: per year, the prose sentence that states such a figure itself — an amount
        and the year, said of what was done rather than planned ("verwachten … 4 tot 6 ton" is a plan) — searched
        in every document passage (it need not be among the retrieved ones); the closest one to the question."""
        def amount_of(sentence: Sentence, chunk: Chunk, year: int) -> str | None:
            amount = find_entity("amount", sentence.text)
            if not amount or self.says_size(sentence.text) != (result.measure == "total_size"):
                return None  # "ruim € 470.000 bijgedragen" states the contribution; "een investering van …" the sizes
            return amount if str(year) in sentence.text or self.dated_before(sentence, chunk, year) else None

        return self.stated_per_year(gathered, result, amount_of)

    def says_size(self, text: str) -> bool:
        folded = normalise(text)
        return any(re.search(rf"\b{re.escape(w)}\b", folded) for w in self.lexicon.size_words)

    def dated_before(self, sentence: Sentence, chunk: Chunk, year: int) -> bool:
        """"Dit bedrag heeft bijgedragen aan een investering van ruim 6,5 miljoen": a sentence pointing back is of
        the year the sentence before it names."""
        if not points_back(sentence.text):
            return False
        before = [s for s in self.sentences.records(chunk.id) if s.end <= sentence.start]
        return bool(before) and str(year) in before[-1].text

    def stated_per_year(self, gathered: Gathered, result: TableResult,
                        states: Callable[[Sentence, Chunk, int], str | None]) -> tuple[Evidence, ...]:
        """Per year of the result's rows, the closest prose sentence (of the subject's own documents: the tables'
        figures are stated there, not in another city's) for which `states` gives the figure it states for that
        year; a plan is no statement of what was done. Each sentence once."""
        return self.stated_in_years(gathered, sorted({r.year for r in result.rows}), states)

    def stated_in_years(self, gathered: Gathered, years: Sequence[int],
                        states: Callable[[Sentence, Chunk, int], str | None], planned: bool = False
                        ) -> tuple[Evidence, ...]:
        """`stated_per_year` for the years given, whether a table covers them or not; an expected figure counts only
        when `planned` (the question asks what is to come)."""
        found: list[Evidence] = []
        for year in years:
            best = None
            for chunk in self.prose_chunks:
                for sentence in self.sentences.records(chunk.id):
                    figure = states(sentence, chunk, year)
                    if not figure or (self.plans(sentence.text) and not planned):
                        continue
                    similarity = float(np.dot(gathered.query_vector, self.sentences.vector(sentence)))
                    if best is None or similarity > best.similarity:
                        best = Evidence(sentence=sentence, chunk=chunk, score=similarity, similarity=similarity,
                                        entity=figure)
            if best is not None and best not in found:
                found.append(best)
        return tuple(found)

    def only_planned(self, intent: Intent, stating: Sequence[Evidence]) -> Evidence | None:
        """For a question about what was actually done or spent (in words that plan nothing themselves), the first
        of the sentences stating its figure when every one of them states a plan, not a deed; None otherwise."""
        done = asks_what_was_done(intent.question) and not self.plans(intent.question)
        if not done or not stating or not all(self.plans(e.sentence.text) for e in stating):
            return None
        return stating[0]

    def plans(self, text: str) -> bool:
        """A sentence about what is planned or expected, not what was done."""
        return bool(set(words(text)) & self.lexicon.plan_words)

    def stated_line(self, total: StatedTotal) -> Chunk | None:
        """The document's own line that prints a stated total: a table row in the total's section whose filled
        cells are exactly the total's amounts (a project row with the same amounts also names a project)."""

        amounts = {format_euro(a, "nl") for a in (total.contribution, total.total_size) if a is not None}
        return next((c for c in self.index.chunks if c.kind == "row" and c.section and c.section[-1] == total.section
                     and amounts and {cell.strip() for cell in c.text.split("|") if cell.strip()} == amounts), None)

    # --- document answers

    def rare_names(self, intent: Intent, gathered: Gathered) -> tuple[str, ...]:
        """Names in the question that few of the searched passages mention: what a passage must name to be about it."""
        counts = self.corpus.counts(gathered.scoped)
        return tuple(n for n in intent.names if all(1 <= counts.get(w, 0) <= 3 for w in words(n)))

    @staticmethod
    def giver_named(intent: Intent) -> str:
        """The giver as the asker wrote it ("ING", "Province"), not folded to lowercase."""
        giver = intent.giver or ""
        found = re.search(re.escape(giver), intent.question, flags=re.I) if giver else None
        return found.group(0) if found else giver

    def role_named(self, intent: Intent) -> str:
        """The role asked, in the asker's language: a role a verb named is held in the sources' Dutch word
        ("who chairs it" → voorzitter), which an English answer calls by its English name."""
        role = intent.role or ""
        return self.in_language(role, intent) if role else role

    def owners(self, intent: Intent) -> tuple[str, ...]:
        """Whose contact detail a phone, reference or website question asks ("the phone number of the Digital
        Office"): the passage giving it must name them; the letter head's phone is the letter's, not the office's."""
        if intent.answer_type not in CONTACT_KINDS:
            return ()
        return tuple(n for n in intent.names if not set(words(n)) <= self.lexicon.document_words)

    def owned_by_them(self, intent: Intent, evidence: list[Evidence]) -> list[Evidence]:
        """A contact detail asked in lowercase ("phone number digital office"), with no name to require: the passage
        must still speak of one of the question's other words (the office), not only of the detail itself."""
        lexicon = self.lexicon
        whose = tuple(t for t in intent.subject_terms if t not in lexicon.contact_words
                      and t not in lexicon.document_words and t not in lexicon.generic_names)
        if intent.answer_type not in CONTACT_KINDS or intent.names or not whose:
            return evidence
        return [e for e in evidence if covered_terms(whose, " ".join((e.chunk.text, *e.chunk.section)), lexicon)]

    def select(self, intent: Intent, gathered: Gathered, required: tuple[str, ...] = ()
               ) -> tuple[list[Evidence], str | None]:
        not_a_row = self.row_is_not_asked(intent)
        kind = self.lexicon.kind_words.get(intent.answer_type, frozenset())  # "de looptijd van GDC" asks of GDC
        if self.subject and not set(intent.subject_terms) - self.lexicon.subject_words - kind and not_a_row:
            # "hoe lang loopt GDC?" asks nothing but of the subject: a passage must speak of the subject by name
            intent = replace(intent, subject_terms=tuple(words(self.subject)))
        evidence, reason = select_evidence(
            intent, gathered.hits, self.sentences, gathered.query_vector, self.lexicon,
            rare=self.corpus.rare(gathered.scoped),
            required=self.rare_names(intent, gathered) + self.owners(intent) + self.pointed_at(intent, gathered)
            + roles_costed(intent)
            + self.focus_word(intent, gathered) + self.typed_prose_names(
                f"{intent.question} {intent.search_query}" if intent.followup else intent.question) + required,
            floors=self.floors, dates={s: info.date for s, info in self.sources.items() if info.date},
            references={s: info.reference for s, info in self.sources.items() if info.reference})
        owned = self.owned_by_them(intent, evidence)
        if evidence and not owned:
            return [], "type"  # the detail is there, but it is someone else's
        evidence = owned
        if evidence and not_a_row:
            # a row's figure is its own project's: "hoeveel kreeg smart farming noord" names no row, whatever it shares,
            # and "hoe lang loopt Groningen Digital City" asks the programme's, not its blockchain project's
            evidence = [e for e in evidence if not is_row_chunk(e.chunk)]
            reason = reason if evidence else "type"
        office = self.office_named(intent)
        if evidence and office and self.dates_a_body(intent):
            # "when was the digital office set up?": the sentence giving a date (or its heading) names the body —
            # "Groningen Digital City is ingesteld voor 2 jaar (2017-2019)" dates the programme, not its office
            evidence = [e for e in evidence if office in with_short_forms(
                f"{e.sentence.text} {chunk_heading(e.chunk)}", self.lexicon).lower()]
            reason = reason if evidence else "type"
        elif evidence and office:
            # "welke partners zitten er in het digital office": another project's row ("het samenwerkingsverband
            # bestaat uit 10 partijen") speaks of its own partners, unless it names the office
            kept = [e for e in evidence if not is_row_chunk(e.chunk) or office in with_short_forms(e.chunk.text,
                                                                                                   self.lexicon).lower()]
            evidence = kept or evidence
        if intent.giver:
            # "how much did the province contribute": a sentence about the municipality's money does not say it
            # and a project's row, naming the giver as a partner, states the municipality's amount, not the giver's
            evidence = [e for e in evidence if mentions_giver(intent.giver, e.sentence.text, self.lexicon)
                        and not is_row_chunk(e.chunk)]
            reason = reason if evidence else "giver"
        return evidence, reason

    def pointed_at(self, intent: Intent, gathered: Gathered) -> tuple[str, ...]:
        """What "it" in a money follow-up about no row stands for: the rarest word the question before it asked about
        ("how much money does it get?" after "is there a traineeship for foreign IT grads?" is the traineeship's
        money, not the programme's 6,5 miljoen)."""
        pointing = intent.followup and bool(_POINTER.search(normalise(intent.question)))
        # an amount: the one figure a passage about something else readily offers; a person or an organisation: "who
        # runs it?" after the traineeship is not who runs another row's internships
        if intent.answer_type not in ("amount", "person", "name") or not pointing or intent.table_query is not None \
                or intent.entities:
            return ()
        asked, counts = set(words(self.lexicon.expand(intent.question))), self.corpus.counts(gathered.scoped)
        earlier = [t for t in intent.subject_terms if t not in asked and 1 <= counts.get(t, 0) <= 3]
        return (min(earlier, key=lambda t: counts[t]),) if earlier else ()

    def spelt_as_in_sources(self, word: str) -> bool:
        """A word the Dutch sources would write as the question does: no English word the glossary translates
        ("smart" is "slimme"), but a loanword it keeps ("traineeship", "cybersecurity")."""
        glossary = self.lexicon.glossary
        return word not in glossary or word in words(glossary[word])

    def focus_word(self, intent: Intent, gathered: Gathered) -> tuple[str, ...]:
        """For a person or organisation asked of a thing no row is: the rarest thing the question names (a word after
        its article), which the answering passage must say ("who runs the traineeship …" is not answered by Coders
        Academy's row about "afgestudeerd" IT'ers, which never says traineeship)."""
        if intent.answer_type not in ("person", "name") or intent.role or intent.table_query is not None or intent.entities:
            return ()
        counts = self.corpus.counts(gathered.scoped)
        # the thing named, after its article ("the traineeship"), not a verb ("ondertekend") or a source ("de brief")
        # (as the sources spell it: an English word the glossary translates may be said in Dutch)
        things = [t for t in _AFTER_ARTICLE.findall(normalise(intent.question)) if t not in self.lexicon.document_words
                  and self.spelt_as_in_sources(t) and 1 <= counts.get(t, 0) <= 3]
        return (min(things, key=lambda t: counts[t]),) if things else ()

    def row_is_not_asked(self, intent: Intent) -> bool:
        """A typed question that a project's row cannot answer: an amount asked of no project or applicant, or any
        figure, date or duration asked of the knowledge base's subject itself."""
        if intent.answer_type == "open" or {"project", "applicant"} & {m.kind for m in intent.entities}:
            return False
        return intent.answer_type == "amount" or (not intent.entities and self.names_the_subject(intent.question))

    def dates_a_body(self, intent: Intent) -> bool:
        """A date asked of a body the question names, not of the programme itself or of a letter ("when was the
        digital office set up?"; not "van welke datum is de raadsbrief over het DOG?")."""
        return intent.answer_type == "date" and not self.names_the_subject(intent.question) and not _A_LETTER.search(
            normalise(intent.question))

    def office_named(self, intent: Intent) -> str | None:
        """The abbreviation of a body the question names that is no row of the tables ("het digital office" → dog),
        for an open question or a date asked, naming no project, applicant or keyword; None otherwise."""
        if intent.answer_type not in ("open", "date") or {"project", "applicant", "keyword"} & {
                m.kind for m in intent.entities}:
            return None
        asked = f" {word_runs(intent.question)} "
        # "het digital office": the first two words of a long form name it too
        spelled = [short for short, full in self.lexicon.long_forms
                   if len(full.split()) >= 2 and f" {' '.join(full.split()[:2])} " in asked]
        typed = [w for w in words(intent.question) if w in self.lexicon.abbreviations]
        return next(iter([*spelled, *typed]), None)

    def names_the_subject(self, question: str) -> bool:
        """'Groningen Digital City', 'GDC' (an abbreviation spelled out), or 'het programma' (lexicon: subject_words)."""
        asked = set(words(question))
        named = set(words(self.subject or "")) - self.lexicon.language_votes.get("nl", frozenset())
        spelled = {w for short, name in self.lexicon.abbreviations.items() if short in asked for w in words(name)}
        return bool(named) and named <= asked | spelled or bool(asked & self.lexicon.subject_words)

    def documents(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply:
        if intent.answer_type in ("amount", "count"):  # "how much money … in 2018?", "how many people … in 2017"
            gathered = self.with_year_paragraphs(intent, gathered)
        if intent.answer_type in ("reference", "date") and _A_LETTER.search(normalise(intent.question)):
            # "het kenmerk van de raadsbrief waarin het college verslag doet van …": what describes the letter pulls
            # its paragraphs up, but the letter head states its reference and date
            gathered = replace(gathered, hits=self.with_chunks(list(self._letter_heads), gathered.hits, first=False))
        excluded = excludes_the_rows(intent.question)

        def kept(found: list[Evidence]) -> list[Evidence]:
            # "… het DOG zelf, dus niet de projecten": a sentence about money for projects is what is excluded
            return [e for e in found if not (excluded and _ABOUT_PROJECTS.search(normalise(e.sentence.text)))]

        evidence, reason = self.select(intent, gathered)
        evidence = kept(evidence)
        called = self.by_what_it_is_called(intent, gathered, intent.names, intent.names[0], cites) if (
            not evidence and intent.names) else None
        if called is not None:  # "how much did digideal get": the row the letter calls so
            return called
        if not evidence and intent.answer_type == "person":
            # "wie heeft het actieplan opgesteld": "hebben wij samen met bedrijven … opgesteld" names no person, but
            # says who did it: the letter's "wij" (as it signs off) and those it names beside itself
            evidence = self.done_by_us(intent, gathered)
        if not evidence:
            # asked of a year the answering passage is not about: that passage, for its own year, is the offer
            other_year = kept(self.select(replace(intent, years=()), gathered)[0]) if asked_years(intent) else []
            reason = "year" if other_year else reason
            # "how can I …" that nothing speaks of: where to read or ask more is the offer
            offer = other_year[0] if other_year else self.where_to_ask(gathered) if procedure_asked(intent) else None
            return self.refuse(intent, gathered, cites, Refusal(reason=reason or "no_evidence",  # type: ignore[arg-type]
                                                                detail={"role": self.role_named(intent),
                                                                        "giver": self.giver_named(intent)}),
                               offer=offer)
        if intent.answer_type in ("person", "name") and intent.role is None and not asks_who_someone_is(intent):
            # a role has one holder asked for, and "who is peter den oudsten" one person
            evidence = with_fellow_names(evidence, self.sentences, self.lexicon)
        if intent.answer_type in ("person", "name"):
            evidence = people_over_roles(evidence)
        evidence = with_antecedents(evidence, self.sentences)
        if intent.language == "en" and asks_makeup(intent.question):
            # "who is part of it": the make-up the sentence states ("een Chief Digital Officer en een team van 2-3
            # fte"), said in English
            evidence = [replace(e, entity=self.in_language(e.entity, intent)) if e.entity else e for e in evidence]
        missed = next((phrase for phrase, said in self.destinations(intent) if not any(
            says_word(w, f"{e.sentence.text} {chunk_heading(e.chunk)}", self.lexicon) for w in said for e in evidence)),
                      None) if intent.answer_type == "amount" else None
        if missed is not None:
            # "welk deel van de ruim 470.000 euro ging naar cybersecurity?": "ruim 6,5 miljoen" is no money for it
            return self.refuse(intent, gathered, cites, Refusal(reason="no_amount_for", detail={"what": missed}),
                               offer=evidence[0])
        if echoes_the_question(intent, evidence):
            # "welk deel van de ruim € 470.000 … ging naar cybersecurity?": the whole the asker names is no answer to
            # what part of it went somewhere
            return self.refuse(intent, gathered, cites, Refusal(reason="part_of_whole", detail={
                "whole": next(e.entity for e in evidence if e.entity)}), offer=evidence[0])
        asked = property_asked(intent, self.lexicon)
        if asked and not any(covers_all(asked.split(), f"{e.sentence.text} {' '.join(e.chunk.section)}", self.lexicon)
                             for e in evidence):
            # "wat zijn de openingstijden van het DOG?": passages about the office that name no opening hours
            # (the property in the asker's language: "who won" asks the "winnaar", said "winner" in English)
            return self.refuse(intent, gathered, cites, Refusal(reason="no_property", detail={
                "kind": self.in_language(asked, intent), "project": self.subject_named(intent)}))
        if self.counts_attendance(intent) and not any(
                set(words(normalise(e.sentence.text))) & self.lexicon.attending_said for e in evidence):
            # "how many people show up at the social media club meetings": "een netwerk van zo'n 3.500 mensen" counts
            # the network, not who came
            return self.refuse(intent, gathered, cites, Refusal(reason="no_property", detail={
                "kind": self.t(intent, "attendance_kind"), "project": self.subject_named(intent)}), offer=evidence[0])
        holder = opinion_holder(intent.question)
        if holder and set(words(holder)) - self.lexicon.generic_question_words and not any(
                all(says_word(w, e.sentence.text, self.lexicon) for w in words(holder)) for e in evidence):
            # "wat vindt de wethouder van het DOG?": passages about the office, none saying what the alderman thinks;
            # the letter's own writers ("de gemeente") speak in every sentence of it
            return self.refuse(intent, gathered, cites, Refusal(reason="no_opinion", detail={"who": holder}))
        term = defined_term(intent.question) if intent.topic is None else None
        typed_term = re.search(r"\s+".join(re.escape(w) for w in term.split()), intent.question, flags=re.I) if term else None
        if term and not self.names_the_subject(intent.question) and not any(
                defines(term, e.sentence.text, e.chunk.section, self.lexicon) for e in evidence):
            # "wat is het DOG?": the chosen sentences only use the name; another sentence of the hits may say what it
            # is ("Het Digital Office Groningen is een bijzondere vorm van samenwerking …"), for a name or an
            # abbreviation only: a concept ("wat is een hackathon") is explained where it is the topic
            named_term = bool(typed_term and any(c.isupper() for c in typed_term.group(0)))
            defining = [e for e in self.sentences_where((h.chunk for h in gathered.hits), lambda text: True,
                                                        gathered.query_vector)
                        if defines(term, e.sentence.text, e.chunk.section, self.lexicon)] if named_term else []
            if not defining and named_term:
                # "What's the Urban Data Center?": a sentence founding it, and the next one going on about it ("Dit
                # samenwerkingsverband combineert … met als doel …"), say what it is in two
                mentioned = [e for e in self.sentences_where((h.chunk for h in gathered.hits if not is_row_chunk(h.chunk)),
                                                             lambda text: term in normalise(text), gathered.query_vector)]
                told = [pair for e in sorted(mentioned, key=lambda e: -e.similarity)
                        if len(pair := with_sequels([e], self.sentences, words(term), self.following)) > 1]
                if told:
                    evidence = told[0]
                    defining = evidence
            if not defining:
                # "wat is eduroam precies?": a row mentions it ("Campus (Eduroam) en …"), none says what it is
                return self.refuse(intent, gathered, cites, Refusal(reason="no_definition", detail={
                    "what": typed_term.group(0) if typed_term else term}), offer=evidence[0])
            evidence = [max(defining, key=lambda e: e.similarity)] if defining is not evidence else evidence
        if term or asks_what_a_thing_is(intent.question) or (intent.answer_type == "open" and intent.topic is None):
            # "what is the urban data center", "wat is de doelstelling van het Urban Data Center": the sentence after
            # the one naming it may say what it does
            # (a follow-up's thing is carried in its terms: "… en op welke kennisgebieden richt het zich?")
            named = [t for t in dict.fromkeys((*own_terms(intent.question, self.lexicon), *intent.subject_terms))
                     if t not in self.lexicon.document_words]
            evidence = with_sequels(evidence, self.sentences, named, self.following)
        why = reason_asked(intent, self.not_a_premise(intent))
        # "why only", "waarom maar": the limit is the premise, and only a reason answers it
        limited = why is not None and bool(set(re.findall(r"[a-z]+", normalise(intent.question)))
                                           & self.lexicon.limit_words)
        if why is not None and not any(self.gives_reason(why[1], e, limited) for e in evidence):
            # "waarom is GDC mislukt?": no passage says it failed, so none says why; a bare "why?" after an answer
            # is answered only by a sentence that gives a reason
            # (a limit the sources do state, "voor twee jaar", is said; only its reason is not)
            # (said anywhere in the hits, not only in the sentences chosen: "Op 4 thema's …" states the premise)
            # (and a premise a sentence states without a reason: "voor groep 2 tot en met 8" is said, not why)
            saying = next((e for e in [*evidence, *self.sentences_where(
                (h.chunk for h in gathered.hits), lambda text: True, gathered.query_vector)]
                if self.states_premise(why[1], e)), None)
            why_not: RefusalReason = "no_reason" if why[1] and saying is None else "no_reason_given"
            # "waarom heeft wethouder Hendriks de brief ondertekend?": what the sources say of Hendriks ("Steller
            # F.V. Hendriks") shows the premise for what it is
            offer = self.passage_naming(intent, gathered, intent.names) if intent.names else saying
            return self.refuse(intent, gathered, cites, Refusal(reason=why_not, detail={"what": " ".join(why[1])}),
                               offer=offer)
        how = procedure_asked(intent)
        if how and not any(covers_all(how[1], f"{e.sentence.text} {' '.join(e.chunk.section)}", self.lexicon)
                           for e in evidence):
            # "hoe kan ik subsidie aanvragen?": passages about subsidies that say nothing of applying; where to ask or
            # read more (a website, a phone number the sources give) is the offer
            return self.refuse(intent, gathered, cites, Refusal(reason="no_procedure", detail={"what": how[0]}),
                               offer=self.where_to_ask(gathered))
        planned = self.only_planned(intent, [e for e in evidence if find_entity("amount", e.sentence.text)])
        if planned is not None:  # "what did the city actually spend in 2018?": "we verwachten … 4 tot 6 ton"
            return self.refuse(intent, gathered, cites, Refusal(reason="only_planned"), offer=planned)
        we = self.the_letters_we(intent, evidence)
        evidence = [we, *evidence] if we is not None else evidence  # "wij" of "besluiten wij" named
        evidence = self.with_each_named(intent, gathered, evidence)
        evidence = valued(intent, evidence)  # "welke multiplier wordt vermeld?": "een multiplier van bijna 14" leads
        lead: bool | str = True
        if intent.language == "en" and not any(e.entity for e in evidence):
            lead = self.gloss_lead(intent, evidence)
        text = compose_documents(intent, evidence, self.sources, cites, self.catalogue, lead=lead,
                                 english=self.gloss.render)
        return Reply(text=text, answered=True, route="documents")

    def with_each_named(self, intent: Intent, gathered: Gathered, evidence: list[Evidence]) -> list[Evidence]:
        """The evidence, with the closest sentence of the hits for each thing the question names together ("how does
        gdc relate to g-kwadraat and next city") that no chosen sentence speaks of: an answer about one of them
        answers half. The knowledge base's own subject ("gdc") is what the others are related to, not one of them."""
        out = list(evidence)
        for item in coordinated_items(intent.question):
            said = [w for w in words(item) if w not in self.lexicon.generic_question_words]
            if not said or any(self.says_all(said, e.sentence.text) for e in out):
                continue
            best = self.closest_where(gathered, functools.partial(self.says_all, said))
            if best is not None:
                out.append(best)
        return out

    def says_all(self, terms: Sequence[str], text: str) -> bool:
        """The text says every term (itself, inflected, or in the glossary's Dutch)."""
        return all(says_word(w, text, self.lexicon) for w in terms)

    def subject_named(self, intent: Intent) -> str:
        """What a refusal says the property is missing for: the names as the question typed them, or "this subject"."""
        return _named_phrase(intent.question, intent.names) or " ".join(intent.names) or self.t(intent, "this_subject")

    def says_who_came(self, text: str, count: str) -> bool:
        """The sentence of `text` holding the count speaks of people who came ("ruim 1.600 deelnemers", "bezocht door")."""
        said = sentence_holding(text, count)
        return said is not None and bool(set(words(normalise(said))) & self.lexicon.attending_said)

    def counts_attendance(self, intent: Intent) -> bool:
        """A count of people who came to something ("how many people show up", "hoeveel mensen komen er")."""
        return intent.answer_type == "count" and bool(set(words(normalise(intent.question))) & self.lexicon.attending_asked)

    def not_a_premise(self, intent: Intent) -> frozenset[str]:
        """Words of a why-question that name what it is about, not what it says of it: the knowledge base's subject
        ("Groningen Digital City", "het programma") and the names the question gives."""
        spelled = {w for name in self.lexicon.abbreviations.values() for w in words(name)}  # "digital office groningen"
        # ("waarom noemt de raadsbrief …": the letter is where it is said, not what is said)
        return (frozenset(words(self.subject or "")) | self.lexicon.subject_words | self.lexicon.naming_words
                | frozenset(w for n in intent.names for w in words(n)) | spelled | self.lexicon.document_words)

    def states_premise(self, premise: tuple[str, ...], evidence: Evidence) -> bool:
        """The passage says what a why-question claims (half its premise words or more), with or without a reason."""
        said = covered_terms(premise, f"{evidence.sentence.text} {' '.join(evidence.chunk.section)}", self.lexicon)
        return bool(premise) and 2 * said >= len(premise)

    def gives_reason(self, premise: tuple[str, ...], evidence: Evidence, limited: bool = False) -> bool:
        """Does the passage speak to the why-question: it says what the question claims (half its premise words or
        more: a claim is paraphrased, but "mislukt" alone must be said), or, for a bare "why?", it gives a reason
        ("omdat", "because")."""
        reason = bool(set(words(evidence.sentence.text)) & self.lexicon.reason_words) or bool(
            _PURPOSE.search(normalise(evidence.sentence.text)))
        if premise:
            # "waarom maar voor twee jaar?": a sentence saying "voor twee jaar" states the limit, not why; "waarom
            # is er gekozen voor groep 2 tot en met 8": a row saying "voor groep 2 tot en met 8" states the choice only
            return self.states_premise(premise, evidence) and reason
        return reason

    def say(self, intent: Intent, holds: bool) -> str:
        """"Ja." or "Yes." when what the question claims holds, the other way round when it denies something ("was
        Trendship not in Martiniplaza?" is "No": it was): the verdict is on the claim, not on the fact."""
        return self.t(intent, "say_yes" if holds != denies(intent.question) else "say_no")

    def yes_no(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply:
        """Yes only when a sentence states it; otherwise 'the sources don't say whether …' and what they do say.
        A choice ("permanent or temporary?") is answered with the alternative the sentence states."""
        also = self.only_or_also(intent, gathered, cites)
        if also is not None:
            return also
        day = self.claimed_day(intent, gathered, cites)
        if day is not None and not day.holds:  # a wrong day makes the whole claim "no"
            return day.reply
        place = self.claimed_place(intent, gathered, cites)
        if place is not None and not place.holds:  # so does a wrong place ("held at the Suikerfabriek")
            return place.reply
        counted = self.claimed_count(intent, gathered, cites) or self.claimed_figure(intent, gathered, cites)
        if counted is not None:
            return counted
        if day is not None and place is None and self.places_claimed(intent):
            # "… op 5 september 2017 in de Suikerfabriek gehouden?": the day holds, but no sentence places it there;
            # half a claim stated is no "Ja"
            return self.refuse(intent, gathered, cites, Refusal(reason="not_stated", detail={"what": asked_core(intent)}),
                               offer=self.saying_most(intent, gathered, self.asked_of_row(intent)))
        if day is not None:
            return day.reply
        floor = self.floors[0] - 0.04
        # ("… for women in IT, or is it just for the boys?": the alternative is no claim a sentence must state)
        # ("zit autonome mobiliteit daar ook bij?": the pointer is no word a sentence must say; what it points at is
        # the part before's)
        terms = tuple(t for t in own_terms(without_or_else(intent.question), self.lexicon) if not points(t))
        if claims_that(intent.question):  # "klopt het dat …": the opener's "klopt" is no word the claim says
            terms = tuple(t for t in terms if t not in self.lexicon.agreement_words)
        if asks_whether_any(normalise(intent.question)):
            # "is er in 2017 iets in het bijzonder voor meisjes georganiseerd?": what exists is asked; that it was
            # organised, and how much so, no row says of itself
            # (nor the year of the tables, whose rows are all of it)
            covered = {str(y) for y in self.vocab.years}
            terms = tuple(t for t in terms if t not in self.lexicon.organiser_words
                          and t not in self.lexicon.degree_stated and t not in covered) or terms
        # "… voor drie jaar ingesteld?": the figure claimed is weighed against the one stated, not looked for
        weighed = span_claim_words(intent.question, self.lexicon)
        terms = tuple(t for t in terms if t not in weighed)
        if not row_names(intent) and _DOES_ANYTHING.search(normalise(intent.question)):
            # "doet het programma iets met cybersecurity": the field is the claim, the programme every source's subject
            terms = tuple(t for t in terms if t not in self.lexicon.programme_words) or terms
        # "… and was it successful?" after a project: a sentence about that project states it
        terms = (*terms, *(w for n in row_names(intent) for w in words(n) if w not in terms))
        terms = (*terms, *(w for w in self.now_asked(intent) if w not in terms))
        pair = self.choice(intent, terms)
        asked = tuple(t for t in terms if not pair or t != pair[1])
        stated = stating_sentence(intent, gathered.hits, self.sentences, gathered.query_vector, self.lexicon, floor,
                                  asked)
        either = () if pair or stated is not None else alternatives(intent.question, asked)
        for other, kept in zip(either, reversed(either), strict=True):
            # "are there developer conferences or meetups": either one stated is a yes, said as a word of its own
            # ("formuleren" shares a start with "formulier", and says nothing of one)
            stated = stating_sentence(intent, gathered.hits, self.sentences, gathered.query_vector, self.lexicon,
                                      floor, tuple(t for t in asked if t != other))
            if stated is not None and says_word(kept, stated.sentence.text, self.lexicon):
                break
            stated = None
        if stated is not None and is_row_chunk(stated.chunk) and self.names_the_subject(intent.question) and not (
                row_names(intent) or set(words(normalise(intent.question))) & self.lexicon.existence_words):
            # (whether it holds anything, "zitten er in het programma dingen voor meiden", a row does say)
            stated = None  # "was GDC a success?": a project's row ("Trendship … een groot succes") says it of that project
        keyed = [t for t in asked if self.lexicon.opposite_of(t)]
        if stated is not None and not all(says_word(t, stated.sentence.text, self.lexicon) for t in keyed):
            stated = None  # a word with an opposite must be said, not only share a stem ("blijven" for "blijvend")
        verdict = "say_yes"
        if stated is None:  # "is het DOG permanent?" — "het DOG is tijdelijk" states the opposite: no
            # (the opposite said as a word of its own: "informele" ends in "formele", and says the other)
            opposite = (stated_other for other in opposite_terms(asked, self.lexicon) if (
                stated_other := stating_sentence(intent, gathered.hits, self.sentences, gathered.query_vector,
                                                 self.lexicon, floor, other)) is not None
                and all(says_word(t, stated_other.sentence.text, self.lexicon) for t in other if t not in asked))
            stated = next(opposite, None)
            verdict = "say_no"
        holds = None if stated is None else span_claim_holds(intent.question, stated.sentence.text, self.lexicon)
        if weighed and holds is None:
            stated = None  # the figure weighed must be one the sentence states in that unit ("afgelopen jaar" is none)
        if stated is not None and holds is None:
            # "kan groep 1 meedoen aan programmeren in de klas?" against "voor groep 2 tot en met 8": a numbered group
            # claimed is weighed by the stating sentence as by the row (before: "Ja")
            holds = numbered_claim(intent.question, stated.sentence.text, self.lexicon)
        if stated is not None and verdict == "say_yes" and holds is False:
            verdict = "say_no"  # "klopt het dat GDC voor 5 jaar is ingesteld?" against "ingesteld voor 2 jaar"
        if stated is not None:
            lead = self.say(intent, verdict == "say_yes") + " {m}"
            if pair:  # the alternative stated, in the asker's word
                word = pair[0] if verdict == "say_yes" else pair[1]
                lead = word[:1].upper() + word[1:] + ". {m}"
            if intent.language == "en":
                lead += " " + self.gloss.lead([stated.sentence.text], self.catalogue)
            # (with the sentence before that names what is asked about, when the stating one does not)
            shown = with_naming_sentence(stated, self.sentences, named_terms(intent, asked, self.lexicon), self.lexicon)
            if verdict == "say_yes" and not pair and asks_whether_any(normalise(intent.question)):
                # "is there any program where fresh graduates get work experience": each one the sources state
                shown += [e for e in stating_sentences(intent, gathered.hits, self.sentences, gathered.query_vector,
                                                       self.lexicon, floor, asked)
                          if e.chunk.id != stated.chunk.id][:ALSO_STATED]
            text = compose_documents(intent, shown, self.sources, cites, self.catalogue, lead=lead, stating=stated)
            return Reply(text=text, answered=True, route="documents")
        if intent.giver:  # "klopt het dat de provincie 1 miljoen bijdroeg?": no amount of theirs is given
            return self.refuse(intent, gathered, cites, Refusal(reason="giver", detail={"giver": self.giver_named(intent)}))
        return self.refuse(intent, gathered, cites, Refusal(reason="not_stated", detail={"what": asked_core(intent)}),
                           offer=self.saying_most(intent, gathered, self.asked_of_row(intent)))

    def only_or_also(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """"Is het alleen voor de IT-sector of ook voor het mkb?": "Ook voor het mkb" when a sentence names both and
        says the one is not all ("niet alleen op de IT-sector, maar juist MKB-breed"); None otherwise."""
        found = _ONLY_OR_ALSO.search(normalise(intent.question))
        if found is None:
            return None
        only, also = (own_terms(found.group(g), self.lexicon) for g in ("only", "also"))
        if not only or not also:
            return None

        def says_both(text: str) -> bool:
            return covers_all((*only, *also), text, self.lexicon) and bool(_NOT_ONLY.search(normalise(text)))

        best = self.closest_where(gathered, says_both)
        if best is None:
            return None
        lead = self.t(intent, "say_also", what=found.group("what").strip()) + " {m}"
        if intent.language == "en":
            lead += " " + self.gloss.lead([best.sentence.text], self.catalogue)
        return Reply(text=compose_documents(intent, [best], self.sources, cites, self.catalogue, lead=lead),
                     answered=True, route="documents")

    def saying_most(self, intent: Intent, gathered: Gathered, terms: Sequence[str]) -> Evidence | None:
        """The sentence of the hits that says the most of `terms` (the closest among those), as what the sources do
        say: "een nieuwe leerstoel digitale economie" for "krijgt de RuG een leerstoel kunstmatige intelligentie"."""
        def said(text: str) -> int:
            return sum(says_word(t, text, self.lexicon) for t in terms)

        # a question about the programme, naming no row, is offered prose, not one project's row
        rows_too = any(m.kind in ("project", "applicant", "keyword") for m in intent.entities)
        # ("mogen jongens daar ook aan meedoen?" after Django Girls: what is said of that project, not of another,
        # though it says none of the words asked)
        query = intent.table_query
        projects = [v for f in (query.filters if query else ()) if f.column == "project" for v in f.values]
        # (a project's row is what is asked of it; an applicant's rows need not be: "krijgt de RuG een leerstoel")
        named = (*(m.surface for m in intent.entities if m.kind == "project"), *projects)

        def of_the_row(text: str) -> bool:
            return any(says_in_full(text, n) for n in named)

        found = list(self.sentences_where((h.chunk for h in gathered.hits if rows_too or not is_row_chunk(h.chunk)),
                                          lambda text: said(text) > 0 or of_the_row(text), gathered.query_vector))
        return max(found, key=lambda e: (of_the_row(e.sentence.text), said(e.sentence.text), e.similarity), default=None)

    def asks_unheld_share(self, intent: Intent, query: TableQuery) -> bool:
        """A portion asked of what no column holds ("how much of the grant has been disbursed", "welk deel is nog
        openstaand"): the part paid out is no share of the rows' money."""
        return query.operation == "portion" and property_asked(intent, self.lexicon) in set(
            self.lexicon.unheld_properties.values())

    def asks_outcomes_of_rows(self, intent: Intent, result: TableResult) -> bool:
        """What came of the rows a follow-up points at ("… en wat kwam daar dan uit?", "and what did they achieve?"):
        its own words are only words of an outcome, and rows are selected."""
        outcome = self.lexicon.outcome_words | self.lexicon.outcome_asked
        # ("wat kwam daar uit": the pointer "daar" of a split "daaruit" is no word of its own)
        own = {t for t in own_terms(intent.question, self.lexicon) if not points(t)}
        # (not a count, "how many came", nor what it is meant to yield, "wat moet het opleveren": its aim)
        return (intent.followup and not intent.yes_no and intent.answer_type == "open" and bool(result.rows)
                and bool(set(words(normalise(intent.question))) & outcome) and own <= outcome
                and result.operation in ("list", "lookup", "profile", "exists") and not meant_to_yield(intent.question))

    def outcomes_of_rows(self, intent: Intent, gathered: Gathered, result: TableResult, cites: Citations) -> Reply:
        """Each row's description sentences that report an outcome ("Er hebben sinds september 2017 23
        programmeerlessen … plaats gevonden"), which rows report none, or, when none does, that the sources report no
        outcome of them; never their amounts."""
        said = self.lexicon.outcome_said
        lines: list[str] = []
        silent: list[str] = []
        for row in result.rows:
            reported = [s for s in re.split(r"(?<=[.!?])\s+", row.description or "")
                        if any(w.startswith(said) for w in words(normalise(s)))]
            if not reported:
                silent.append(row.project)
                continue
            marker = cites.row(self.tables.store, row, whole=True)
            lines.append(f"- **{row.project}**: " + " ".join(f"«{s}»" for s in reported) + f" [{marker}]")
        if not lines:
            return self.refuse(intent, gathered, cites, Refusal(reason="no_outcome", detail={"what": asked_core(intent)}))
        text = self.t(intent, "outcomes_reported") + "\n\n" + "\n".join(lines)
        if silent:
            text += "\n\n" + self.t(intent, "no_outcome_for", names=", ".join(silent))
        return Reply(text=text, answered=True, route="table")

    def asks_an_outcome(self, intent: Intent) -> bool:
        """What a named project achieved ("what did pygrunn achieve", "wat was het resultaat van de hackathon")."""
        # (a count or an amount asked is typed: "hoeveel kinderen zijn er bereikt" asks a number, not any outcome)
        return (not intent.yes_no and intent.answer_type == "open"
                and any(m.kind in ("project", "applicant") for m in intent.entities)
                and bool(set(words(normalise(intent.question))) & self.lexicon.outcome_asked)
                and not meant_to_yield(intent.question))  # "what is it supposed to achieve": its aim, in its row

    def compares_with_a_name(self, intent: Intent) -> bool:
        """"How does groningen compare to amsterdam?": the subject set against a name, asked of the documents (a
        table comparison of rows is the table's)."""
        cue = self.lexicon.comparing
        return (cue is not None and intent.table_query is None and bool(intent.names)
                and bool(cue.search(normalise(intent.question))))

    def comparison(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """None when a sentence names what is compared with and compares ("groter dan", "more than", "toppositie");
        else "the sources make no such comparison" and what they do say of it."""

        def compares(text: str) -> bool:
            folded = normalise(text)
            return all(normalise(n) in folded for n in intent.names) and (
                bool(set(re.findall(r"[a-z]+", folded)) & self.lexicon.comparison_said)
                or any(" " in w and w in folded for w in self.lexicon.comparison_said))

        if self.closest_where(gathered, compares) is not None:
            return None
        evidence, _ = self.select(intent, gathered)
        return self.refuse(intent, gathered, cites, Refusal(reason="no_comparison", detail={"what": asked_core(intent)}),
                           offer=evidence[0] if evidence else None)

    def stated_degree(self, intent: Intent, gathered: Gathered, cites: Citations, asked: Degree) -> Reply:
        """"How satisfied were the stakeholders?", "tevredenheid stakeholders score 2017": the sentence about the thing
        asked that states the degree (a figure, or "een groot succes"); else "the sources give no measure of it" and
        the sentence that only names the quality ("de tevredenheid … is een maatstaf") as what they do say."""
        def names_quality(text: str) -> bool:  # "Belangrijke maatstaf daarbij is de tevredenheid van … stakeholders"
            return bool(asked.quality) and any(w.startswith(asked.quality) for w in words(normalise(text)))

        return self.stating_one(intent, gathered, cites, lambda text: states_degree(text, asked, self.lexicon),
                                "no_degree", names_it=names_quality)

    def stated_outcome(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply:
        """"What did PyGrunn achieve?": the sentence about the project that reports an outcome ("een groot succes met
        ruim 1.600 deelnemers", "23 programmeerlessen … plaats gevonden"); else "the sources report no outcome of it",
        with its row, and never its amount as the answer."""
        # "what did the evaluation conclude": only a sentence citing an evaluation ("blijkt uit de evaluatie")
        said = ("evaluat",) if re.search(r"evaluat", normalise(intent.question)) else self.lexicon.outcome_said

        def reports(text: str) -> bool:  # an outcome said near the name (a long sentence lists other events' too)
            near = near_a_name(intent, text)
            return any(near(m.start()) for m in re.finditer(r"[a-z]+", normalise(text)) if m.group(0).startswith(said))

        return self.stating_one(intent, gathered, cites, reports, "no_outcome")

    def stating_one(self, intent: Intent, gathered: Gathered, cites: Citations, states: Callable[[str], bool],
                    reason: RefusalReason, names_it: Callable[[str], bool] | None = None) -> Reply:
        """The closest sentence about what the question names that `states` accepts, as the answer; else a refusal
        for `reason` with, as what the sources do say, the closest sentence `names_it` accepts (one naming the quality
        asked without a degree), or the closest about what the question names."""
        named = row_names(intent)

        def answers(text: str) -> bool:
            lowered = normalise(text)
            return states(text) and all(normalise(n) in lowered for n in named)

        evidence, _ = self.select(replace(intent, answer_type="open"), gathered)
        stating = [e for e in evidence if answers(e.sentence.text)]
        closest = self.closest_where(gathered, answers) if not stating else None
        stating = stating or ([closest] if closest is not None else [])
        if not stating:
            about = [e for e in evidence if all(normalise(n) in normalise(e.sentence.text) for n in named)]
            naming = self.closest_where(gathered, lambda text: names_it(text) and all(
                normalise(n) in normalise(text) for n in named)) if names_it is not None else None
            return self.refuse(intent, gathered, cites, Refusal(reason=reason, detail={"what": asked_core(intent)}),
                               offer=naming or next(iter(about or evidence), None))
        lead: bool | str = self.gloss_lead(intent, stating[:1]) if intent.language == "en" else True
        text = compose_documents(intent, stating[:1], self.sources, cites, self.catalogue, lead=lead,
                                 english=self.gloss.render)
        return Reply(text=text, answered=True, route="documents")

    def document_dated(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """"When was the letter signed / sent / written", "wanneer is de brief ondertekend": the date line of the
        document itself ("Datum 14-03-2018"), not a date its text mentions. None for any other question."""
        folded = normalise(intent.question)
        # ("… and when was it sent?" after a question naming the letter: its words are in the search)
        if intent.answer_type != "date" or not _MADE.search(folded) or not (
                _A_LETTER.search(folded) or (intent.followup and _A_LETTER.search(normalise(intent.search_query)))):
            return None
        line = self.closest_where(gathered, lambda text: bool(_DATE_LINE.match(text)) and find_entity("date", text) is not None)
        if line is None:
            return None
        day = find_entity("date", line.sentence.text) or ""
        lead = f"**{render_entity(self.in_language(day, intent), intent.language)}** {{m}}"
        text = compose_documents(intent, [line], self.sources, cites, self.catalogue, lead=lead)
        return Reply(text=text, answered=True, route="documents")

    def stands_for(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """"Waar staat DOG voor?", "what does GDBC stand for": the long form a source writes for the abbreviation
        (`long_form`), quoted where it is written; "the sources don't explain it" for one they only use in capitals
        ("waar staat NOO voor?"). None when the question asks no meaning or names no word the sources use so."""
        if not asks_meaning(intent.question):
            return None
        used: tuple[str, Evidence | None] | None = None
        for abbreviation in abbreviations_asked(intent.question):
            spelled = self.spelled_out(intent, abbreviation, gathered, cites)
            if spelled is not None:
                return spelled
            typed = re.compile(rf"\b{re.escape(abbreviation)}\b")
            found = self.closest_match(typed, gathered)
            mention = found[0] if found else None
            if used is None and (mention is not None or any(typed.search(_cells(r)) for r in self.tables.store.rows)):
                used = abbreviation, mention
        if used is not None:
            return self.refuse(intent, gathered, cites, Refusal(reason="no_definition", detail={"what": used[0]}),
                               offer=used[1])
        return None

    def spelled_out(self, intent: Intent, abbreviation: str, gathered: Gathered, cites: Citations) -> Reply | None:
        """The abbreviation written out in a sentence of the hits (closest first), else in a project row."""
        sentence = self.closest_where(gathered, lambda text: long_form(abbreviation, text) is not None)
        if sentence is not None:
            lead = self.t(intent, "stands_for", abbr=abbreviation, name=long_form(abbreviation, sentence.sentence.text),
                          m="{m}")
            return Reply(text=compose_documents(intent, [sentence], self.sources, cites, self.catalogue, lead=lead),
                         answered=True, route="documents")
        for row in self.tables.store.rows:
            named = f"{row.project}, {row.applicant}"
            name = long_form(abbreviation, named) or long_form(abbreviation, _cells(row))
            if name is not None:  # the quote must hold the long form: the whole row when it is in the description
                marker = cites.row(self.tables.store, row, whole=name not in named)
                return Reply(text=self.t(intent, "stands_for", abbr=abbreviation, name=name, m=f"[{marker}]")
                             + " " + self.t(intent, "stands_for_row", ref=row.row_ref, project=row.project),
                             answered=True, route="table")
        return None

    def claimed_figure(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """"Is it true that this leveraged about 6.5 million?": "Yes" when a sentence of the hits states the claimed
        amount (give or take a rounding) and speaks of what the question does (a word of it, or the glossary's);
        None otherwise (a figure of something else proves nothing, so there is no "No" from here)."""
        count = claimed_count_of(intent.question)  # "1500 bezoekers" claims a count, not an amount
        claimed = frozenset(c for c in claimed_amounts(intent.question, intent.years) if not count or c != count[0])
        about = [t for t in own_terms(intent.question, self.lexicon) if not any(c.isdigit() for c in t)
                 and t not in _SCALE_WORDS and t not in self.lexicon.agreement_words]
        if not claimed or not about:
            return None
        named = [normalise(n) for n in row_names(intent)]

        def states_it(text: str) -> bool:  # of the project the question names, if it names one
            near = any(rounds_to(n, c) for n in numbers_in(text) if n >= 100 for c in claimed)
            return near and covered_terms(about, text, self.lexicon) > 0 and all(n in normalise(text) for n in named)

        # an annex row's amounts are the table's to judge, by its own rules
        best = max((e for e in self.sentences_where((h.chunk for h in gathered.hits if not is_row_chunk(h.chunk)),
                                                    states_it, gathered.query_vector)),
                   key=lambda e: e.similarity, default=None)
        if best is None or best.similarity < self.floors[0] - 0.04:
            return None
        lead = self.say(intent, True) + " {m}"
        if intent.language == "en":
            lead += " " + self.gloss.lead([best.sentence.text], self.catalogue)
        text = compose_documents(intent, [best], self.sources, cites, self.catalogue, lead=lead)
        return Reply(text=text, answered=True, route="documents")

    def claimed_day(self, intent: Intent, gathered: Gathered, cites: Citations) -> Verdict | None:
        """"Klopt het dat trendship op 19 november 2017 in Martiniplaza was?": the day the question claims, set
        against the day stated by the sentence that says most of the rest of the claim (half of its words at least,
        the project named in it), or all of who did what on that day: "Nee" with the day stated when they differ,
        "Ja" when it is that day. None when the question claims no one day or no sentence dates what it claims."""
        claimed = days_in(intent.question)
        if len(claimed) != 1:
            return None
        lex = self.lexicon
        about = [t for t in own_terms(intent.question, lex) if not any(c.isdigit() for c in t)
                 and t not in lex.agreement_words and t not in lex.claim_words and t.lower() not in MONTH_NAMES]
        if not about:
            return None
        named = [word_runs(n) for n in row_names(intent)]
        # what the claim says happened ("vastgesteld") before the name of what it happened to: "het actieplan
        # 'Actieplan Digitale Economie, 8 december 2016' opgesteld" names the plan, but dates another event
        named_words = {w for n in self.typed_prose_names(intent.question) for w in words(n)[1:]}
        event = [t for t in about if t not in named_words]
        # the words said right around the day ("dat de raadscommissie op 8 februari 2018 heeft ingestemd met …") are
        # who did what on it; what they did it to may stand in the sentence before ("… de aangescherpte focus.")
        folded = normalise(intent.question)
        day_at = DAY.search(folded)
        around = " ".join(folded[max(day_at.start() - 40, 0):day_at.end() + 30].split()[1:-1]) if day_at else ""
        near = [t for t in event if t in around.split()]

        def dates_it(text: str) -> bool:  # (names compared as word runs: "trendship 17" is "Trendship '17")
            said = 2 * covered_terms(about, text, lex) >= len(about) or (
                len(near) >= 2 and covered_terms(near, text, lex) == len(near))
            return bool(days_in(text)) and said and all(n in word_runs(text) for n in named)

        found = list(self.sentences_where((h.chunk for h in gathered.hits), dates_it, gathered.query_vector))
        if not found:
            return None
        best = max(found, key=lambda e: (covered_terms(near, e.sentence.text, lex), covered_terms(event, e.sentence.text, lex),
                                         covered_terms(about, e.sentence.text, lex), e.similarity))
        stated = DAY.search(best.sentence.text)
        holds = claimed[0] in days_in(best.sentence.text)
        lead = self.say(intent, holds)
        if stated is not None:
            lead += f" **{render_entity(self.in_language(stated.group(0), intent), intent.language)}**"
        lead += " {m}"
        if intent.language == "en":
            lead += " " + self.gloss.lead([best.sentence.text], self.catalogue)
        text = compose_documents(intent, [best], self.sources, cites, self.catalogue, lead=lead)
        return Verdict(holds=holds, reply=Reply(text=text, answered=True, route="documents"))

    def claimed_place(self, intent: Intent, gathered: Gathered, cites: Citations) -> Verdict | None:
        """"Was Trendship held at the Suikerfabriek?": a place the sources name (as a place, for any event) that the
        question claims of a project, set against the place the sentence about that project states ("in
        Martiniplaza in Groningen"): "Nee" with that place when it is not among the ones stated, "Ja" when it is. None
        when no such place is claimed or no sentence about the project states a place."""
        claimed = self.places_claimed(intent)
        named = [word_runs(n) for n in row_names(intent)]
        if len(claimed) != 1 or not named:
            return None

        def places_it(text: str) -> bool:
            found = find_entities("place", text)
            return bool(found) and all(n in word_runs(text) for n in named) and near_a_name(intent, text)(
                text.find(found[0]))

        best = self.closest_where(gathered, places_it)
        if best is None:
            return None
        stated = find_entities("place", best.sentence.text)
        holds = any(f" {claimed[0]} " in f" {word_runs(p)} " for p in stated)
        lead = self.say(intent, holds)
        lead += f" **{render_entity(self.in_language(stated[0], intent), intent.language)}** {{m}}"
        if intent.language == "en":
            lead += " " + self.gloss.lead([best.sentence.text], self.catalogue)
        text = compose_documents(intent, [best], self.sources, cites, self.catalogue, lead=lead)
        return Verdict(holds=holds, reply=Reply(text=text, answered=True, route="documents"))

    def places_claimed(self, intent: Intent) -> list[str]:
        """The places a question claims, as the sources write places of one word ("in de Suikerfabriek"), or a
        venue's name they never write ("in de Euroborg": a word neither the sources nor the lexicon know, or a town
        of the lexicon's places)."""
        folded = normalise(intent.question)
        # a name of several words typed after "in", "at" ("in het Groninger Forum"): a venue claimed, not a project
        named = [word_runs(n) for n in _VENUE_NAMED.findall(intent.question)]
        return named or [w for w in re.findall(r"\b(?:in|at|op|bij)\s+(?:de |het |the )?([a-z][\w'-]+)", folded)
                         if w in self._place_words or w in self.lexicon.places or (
            len(w) > 3 and w.isalpha() and w not in self.corpus.known and w not in self.lexicon.common_words
            and not self.lexicon.said_in(w, self.corpus.known))]

    @cached_property
    def _place_words(self) -> frozenset[str]:
        """The words the sources write as a place of one word ("in de Suikerfabriek", "in Martiniplaza"): a name
        typed of one is a place claimed, no project the table lacks (longer runs, "in Groningen Digital City", are
        names of other things)."""
        texts = [r.description for r in self.tables.store.rows] + [c.text for c in self.prose_chunks]
        return frozenset(w for t in texts for p in find_entities("place", t) if len(words(p)) == 1 for w in words(p))

    def claimed_count(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """"Klopt het dat het DOG een team van 10 fte heeft?": a count the question claims, set against the count a
        sentence states for the same noun ("een team van 2-3 fte"): "Nee" when it differs, "Ja" when it is that (or
        within a stated range). None when the question claims no count or no sentence counts that noun."""
        claim = claimed_count_of(intent.question)
        if claim is None:
            return None
        number, noun = claim
        if noun in self.lexicon.people_at_work and set(words(intent.question)) & self.lexicon.work_verbs:
            # "10 people working there full time": staff, counted as the sources count a team ("2-3 fte")
            noun = self.lexicon.people_at_work[noun]
        # the noun as the sources say it: "1000 visitors" against "ruim 1.600 deelnemers"
        nouns = "|".join(sorted({re.escape(n) for n in (noun, *self.lexicon.kin(noun)) if len(n) >= 3}, key=len,
                                reverse=True))
        figure = r"\d{1,3}(?:\.\d{3})+|\d+"
        # ("… >1.500 MKB-bezoekers": a compound with a hyphen; "bezocht door > 1.500 ondernemers": whoever visited
        # are the visitors, when visitors are claimed)
        visitors = bool(set(self.lexicon.kin(noun)) & self.lexicon.attending_said)
        stating = re.compile(rf"(?:(?:ruim|bijna|zo'n|meer dan|circa|ongeveer|>)\s*)?(?<![\w.,])"
                             rf"((?:{figure})(?:\s*[-–]\s*(?:{figure}))?)\s+(?:[a-z]+\s+)?[a-z-]*(?:{nouns})\b"
                             + (rf"|\b(?:bezocht door|visited by|attended by)\s+(?:>|ruim|bijna|zo'n|circa)?\s*"
                                rf"((?:{figure}))\s+[\w'-]+(?:\s+(?:en|and)\s+[\w'-]+)?" if visitors else ""), flags=re.I)
        named = [normalise(n) for n in row_names(intent)]

        def counts_for_it(text: str) -> bool:  # "klopt het dat pygrunn 1500 bezoekers had": PyGrunn's count, not the club's
            found = stating.search(text)
            near = near_a_name(intent, text)
            return found is not None and near(found.start()) and all(n in normalise(text) for n in named)

        best = self.closest_where(gathered, counts_for_it)
        stated = stating.search(best.sentence.text) if best is not None else None
        if best is None or stated is None:
            return None
        said = next(g for g in stated.groups() if g)
        low, _, high = said.replace("–", "-").replace(" ", "").replace(".", "").partition("-")
        side = claim_direction(intent.question)
        # "meer dan 1500 bezoekers" against "> 1.500" or "ruim 1.600": a claimed bound holds on its side
        above = bool(re.search(r"(?:>|ruim|meer dan)\s*\d", stated.group(0)))  # "> 1.500" is more than 1500
        holds = int(low) > number or (int(low) == number and above) if side == "more" else (
            int(high or low) < number if side == "less" else int(low) <= number <= int(high or low))
        spoken = years_spoken(best.sentence.text)
        stated_value = re.sub(r"^\s*(?:bezocht door|visited by|attended by)\s+", "", stated.group(0), flags=re.I)
        if intent.years and spoken and not set(intent.years) & spoken:
            # "trendship in 2018 … 1600 deelnemers": the sentence counts them on another date, which is the answer
            holds, stated_value = False, find_entity("date", best.sentence.text) or str(min(spoken))
        # the count as the sentence states it: "Nee. **ruim 1.600 deelnemers**", "No. **more than 1,600 participants**"
        lead = self.say(intent, holds) + \
            f" **{render_entity(self.in_language(stated_value, intent), intent.language)}** {{m}}"
        if intent.language == "en":
            lead += " " + self.gloss.lead([best.sentence.text], self.catalogue)
        text = compose_documents(intent, [best], self.sources, cites, self.catalogue, lead=lead)
        return Reply(text=text, answered=True, route="documents")

    def in_language(self, text: str, intent: Intent) -> str:
        """A stated value as the asker reads it: Dutch words rendered in English for an English question."""
        return self.gloss.render(text) if intent.language == "en" else text

    def claims_a_count_of_people(self, intent: Intent) -> bool:
        """A claimed count of something no table counts: visitors, people, members ("barely 1000 visitors")."""
        claim = claimed_count_of(intent.question)
        # a noun the glossary knows in both languages ("visitors": bezoekers, deelnemers), not "bijlage 1 eigenlijk"
        return claim is not None and claim[1] not in self.lexicon.table_nouns and len(self.lexicon.kin(claim[1])) > 1

    def choice(self, intent: Intent, terms: tuple[str, ...]) -> tuple[str, str] | None:
        """'Is the office permanent or temporary?': the two alternatives (a word and its opposite), or None."""
        found = _CHOICE.search(normalise(intent.question))
        if not found:
            return None
        other = found.group(1)
        first = next((t for t in terms if t != other and (other in self.lexicon.opposite_of(t)
                                                           or t in self.lexicon.opposite_of(other))), None)
        return (first, other) if first else None

    def overview(self, intent: Intent, gathered: Gathered, cites: Citations) -> Reply | None:
        """Goal, results, plan, themes, focus, criterion, who is involved: the sentences that say it."""
        assert intent.topic is not None
        cues = self.lexicon.topics[intent.topic]
        themes = self.vocab.themes if intent.topic == "themes" else ()
        enumerates = [*themes, *(a for t in themes for a in self.lexicon.theme_aliases.get(t, ())[:1])]
        # a bare question ("tell me about the programme") is too vague to be near its answer: the cue decides, among
        # the openings of the documents about the programme (where a document says what its subject is) and the hits
        floor, hits = self.floors[0], gathered.hits
        if intent.topic == "themes":  # the passages that list the tables' themes, found or not ("Op 4 thema's …")
            hits = self.with_chunks(list(self._listing_themes), hits, first=False)
        if cues.bare:
            about = self.about(intent) or frozenset(s for s, i in self.sources.items() if not i.is_table)
            floor, hits = -1.0, self.with_openings(about, gathered.hits)
        elif set(intent.subject_terms) <= self.lexicon.subject_words:
            # "what is the programme for": about the programme itself, which its documents' openings say; the hits
            # may be rows that only share the word ("Programmeren in de klas")
            hits = self.with_openings(frozenset(s for s, i in self.sources.items() if not i.is_table), gathered.hits)
        evidence = topic_evidence(intent, hits, self.sentences, gathered.query_vector, self.lexicon,
                                  floor, cues.answer, enumerates, about=self.about(intent),
                                  section_of=self.section_of)
        if not evidence and intent.topic in self._stating_topic:
            # "what is the criterion for continuing the programme": the passage saying it ("Afhankelijk van de
            # resultaten … maatstaf") may be no nearer in meaning than passages that merely share "programma"
            hits = self.with_chunks(list(self._stating_topic[intent.topic]), hits, first=False)
            evidence = topic_evidence(intent, hits, self.sentences, gathered.query_vector, self.lexicon,
                                      floor, cues.answer, enumerates, about=self.about(intent),
                                      section_of=self.section_of)
        if not evidence:
            return None
        group = _FOR_A_GROUP.search(normalise(intent.question))
        lex = self.lexicon
        # (not a word of the topic's own question: "waar is GDC voor bedoeld")
        beneficiary = [w for w in (group.group(1).split() if group else ()) if w not in lex.subject_words
                       and w not in lex.generic_names and w not in lex.generic_question_words
                       and not cues.question.search(w)]
        if beneficiary and not any(all(says_word(w, e.sentence.text, lex) for w in beneficiary) for e in evidence):
            return None  # "wat heeft GDC gedaan voor de basisscholen": results that say nothing of primary schools
        if self.unspoken_years(intent, evidence):  # "what will it look like in 2030": no document speaks of 2030
            return self.refuse(intent, gathered, cites, Refusal(reason="year"))
        kind_named = self.documents_of_kinds_named(intent) if intent.topic == "themes" else frozenset()
        elsewhere: list[Evidence] = []
        if any(e.chunk.source in kind_named for e in evidence):
            # "the themes of the action plan": the plan's list of three, not with the letter's fourth merged into it;
            # the other document's list follows, for the themes it adds
            elsewhere = [e for e in evidence if e.chunk.source not in kind_named]
            evidence = [e for e in evidence if e.chunk.source in kind_named]
        if intent.topic == "result" and intent.years:
            # "wat waren de resultaten over 2018?": only a document written after the year can report it; a letter
            # of March 2018 announces them ("Begin 2019 informeren wij u over de bereikte resultaten over 2018")
            reported = [e for e in evidence if self.written_after(e.chunk.source, max(intent.years))]
            if not reported:
                # what the sources say of that year's results: when they will be reported, where a sentence says so
                year = str(max(intent.years))
                announced = self.closest_where(replace(gathered, hits=hits), lambda text: year in text and bool(
                    cues.answer and cues.answer.search(normalise(text))))
                return self.refuse(intent, gathered, cites, Refusal(reason="not_yet", detail={
                    "years": join_years(intent.years, self.catalogue, intent.language)}), offer=announced or evidence[0])
            evidence = reported
        heading = self.t(intent, f"topic_{intent.topic}")
        if intent.topic == "themes":
            named = [t for t in self.vocab.themes if any(_mentions(e.sentence.text, t, self.lexicon) for e in evidence)]
            if named:
                labels = [self.lexicon.theme_label(t, intent.language == "en") for t in named]
                heading = self.t(intent, "themes_lead", themes="; ".join(labels))
        elif intent.language == "en":
            heading += " " + self.gloss.lead([e.sentence.text for e in evidence], self.catalogue,
                                             limit=None if intent.translated else LEAD_LIMIT)
        we = self.the_letters_we(intent, evidence)
        if we is not None:  # "who decides whether it continues": who "wij" is, before what it depends on
            evidence = [we, *evidence]
            heading = f"**{we.entity}** {{m}} · {heading}"
        text = compose_documents(intent, evidence, self.sources, cites, self.catalogue,
                                 lead=heading + ("" if we is not None else " {m}"))
        added = self.themes_added(intent, evidence, elsewhere, cites)
        return Reply(text=f"{text}\n\n{added}" if added else text, answered=True, route="documents")

    def themes_added(self, intent: Intent, evidence: list[Evidence], elsewhere: list[Evidence], cites: Citations) -> str:
        """The themes another document lists beside the one asked about ("the action plan" names three; the letter
        a fourth, Infrastructuur), with the sentence listing them; "" when it adds none."""
        listed = {t for t in self.vocab.themes if any(_mentions(e.sentence.text, t, self.lexicon) for e in evidence)}
        for other in elsewhere:
            added = [t for t in self.vocab.themes if t not in listed and _mentions(other.sentence.text, t, self.lexicon)]
            if added:
                labels = "; ".join(self.lexicon.theme_label(t, intent.language == "en") for t in added)
                return compose_documents(intent, [other], self.sources, cites, self.catalogue,
                                         lead=self.t(intent, "themes_added", themes=labels) + " {m}")
        return ""

    def written_after(self, source: str, year: int) -> bool:
        """The source is dated after the year ended, or undated (nothing says it could not report the year)."""
        info = self.sources.get(source)
        return info is None or not info.date or int(info.date[:4]) > year

    def with_openings(self, sources: frozenset[str], hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
        """The first prose chunks of each of `sources` (a letter's head comes before its first paragraph), ahead of
        the hits."""
        return self.with_chunks([c for s in sorted(sources) for c in self._openings.get(s, [])], hits, first=True)

    def with_chunks(self, chunks: list[Chunk], hits: tuple[Hit, ...], *, first: bool) -> tuple[Hit, ...]:
        """The hits with `chunks` added, ahead of them or after them, each chunk once."""
        self.index.sentences.prefetch(c.id for c in chunks)
        if first:
            seen = {c.id for c in chunks}
            return (*(Hit(chunk=c, score=0.0) for c in chunks), *(h for h in hits if h.chunk.id not in seen))
        seen = {h.chunk.id for h in hits}
        return (*hits, *(Hit(chunk=c, score=0.0) for c in dict.fromkeys(chunks) if c.id not in seen))

    def done_by_us(self, intent: Intent, gathered: Gathered) -> list[Evidence]:
        """For "who did X" that no person answers: the sentence of the hits in which "wij" did it (its verb said), as
        open evidence; the letter's "wij" is named after it (`the_letters_we`). Empty when no such sentence is there."""
        verb = asked_verb(intent.question)
        terms = [t for t in own_terms(intent.question, self.lexicon) if t != verb]
        if verb is None or intent.role is not None:
            return []
        doing = self.closest_where(gathered, lambda text: self.we_do(verb, text) and covered_terms(
            terms, text, self.lexicon) * 2 >= len(terms))
        return [doing] if doing is not None else []

    def we_do(self, verb: str, text: str) -> bool:
        """The sentence's "wij" does what the question asks ("besluit" → "besluiten wij"), not just any "we"."""
        return bool(_WE.search(normalise(text))) and bool(covered_terms((verb,), text, self.lexicon))

    def the_letters_we(self, intent: Intent, evidence: Sequence[Evidence]) -> Evidence | None:
        """"Wie besluit over de voortgang?" answered by "… besluiten wij over de voortgang": who "wij" is, as the
        letter signs off ("Met vriendelijke groet, burgemeester en wethouders van Groningen,"), as an answer of its
        own. None unless the question asks who does something, no role, and the first sentence's actor is "wij"."""
        verb = asked_verb(intent.question)
        if not evidence or intent.role is not None or verb is None or any(e.entity for e in evidence):
            return None
        # the sentence whose "wij" does what the question asks ("besluit" → "besluiten wij"), not just any "we"
        first = next((e for e in evidence if self.we_do(verb, e.sentence.text)), None)
        if first is None:
            return None
        closing = [c for c in self.prose_chunks if c.source == first.chunk.source]
        self.index.sentences.prefetch(c.id for c in closing)
        for chunk in closing:
            for sentence, _ in self.sentences.get(chunk.id, []):
                signed = SALUTATION.match(sentence.text)
                writers = sentence.text[signed.end():].strip(" ,\n") if signed else ""
                if writers and not find_entity("name", writers, self.lexicon.not_person_names):
                    return Evidence(sentence=sentence, chunk=chunk, score=first.score, similarity=first.similarity,
                                    entity=self.in_language(writers, intent))
        return None

    @cached_property
    def _stating_topic(self) -> dict[str, tuple[Chunk, ...]]:
        """Per overview topic, the few prose passages whose sentences say the most of its answer cues, the most
        first (a topic with no answer cues has none)."""
        out: dict[str, tuple[Chunk, ...]] = {}
        for topic, cues in self.lexicon.topics.items():
            if cues.answer is None or cues.bare:
                continue
            said = [(len(set(cues.answer.findall(normalise(c.text)))), c.start, c) for c in self.prose_chunks]
            ranked = sorted((x for x in said if x[0]), key=lambda x: (-x[0], x[1]))
            out[topic] = tuple(c for _, _, c in ranked[:THEME_PASSAGES])
        return out

    @cached_property
    def _listing_themes(self) -> tuple[Chunk, ...]:
        """The prose passages naming the most of the tables' themes (two at least), the most first; a few."""
        themes = [normalise(t) for t in self.vocab.themes if t]
        named = [(sum(t in normalise(c.text) for t in themes), c) for c in self.prose_chunks]
        ranked = sorted((n, c.start, c) for n, c in named if n >= 2)
        return tuple(c for _, _, c in sorted(ranked, key=lambda x: -x[0])[:THEME_PASSAGES])

    @cached_property
    def _prose_by_year(self) -> dict[int, tuple[Chunk, ...]]:
        out: dict[int, list[Chunk]] = {}
        for c in self.prose_chunks:
            for y in years_spoken(" ".join((*c.section, c.text))):  # a heading ("Terugblik 2017") dates its paragraphs
                out.setdefault(y, []).append(c)
        return {y: tuple(cs) for y, cs in out.items()}

    @cached_property
    def _openings(self) -> dict[str, list[Chunk]]:
        out: dict[str, list[Chunk]] = {}
        for c in sorted(self.index.chunks, key=lambda c: c.start):
            if c.kind != "row" and len(out.setdefault(c.source, [])) < OPENING_CHUNKS:
                out[c.source].append(c)
        return out

    def unspoken_years(self, intent: Intent, evidence: list[Evidence]) -> list[int]:
        """Asked years that none of the evidence's documents speaks of: a passage on the topic is about other years."""
        spoken = set().union(*(self._years_of_source.get(e.chunk.source, frozenset()) for e in evidence))
        return [y for y in asked_years(intent) if y not in spoken]

    @cached_property
    def _years_of_source(self) -> dict[str, frozenset[int]]:
        texts: dict[str, list[str]] = {}
        for c in self.index.chunks:
            texts.setdefault(c.source, []).extend((c.text, *c.section))
        return {s: years_spoken(" ".join(t) + " " + ((self.sources[s].date or "") if s in self.sources else ""))
                for s, t in texts.items()}

    def section_of(self, chunk: Chunk) -> list[Chunk]:
        """Every chunk of the chunk's own section, in reading order (a long section is cut into several)."""
        return self._sections[(chunk.source, chunk.section, chunk.kind)]

    @cached_property
    def _sections(self) -> dict[tuple[str, tuple[str, ...], str], list[Chunk]]:
        # grouped once: a scan of every chunk per overview question grows with the corpus
        out: dict[tuple[str, tuple[str, ...], str], list[Chunk]] = {}
        for c in sorted(self.index.chunks, key=lambda c: c.start):
            out.setdefault((c.source, c.section, c.kind), []).append(c)
        return out

    def about(self, intent: Intent) -> frozenset[str]:
        """The documents an overview question is about: the one whose title it names, else those about the programme."""
        return self.named_documents(intent) or self.about_the_programme

    def named_documents(self, intent: Intent) -> frozenset[str]:
        """Documents whose title the question names by a word no programme document's title has ("het doel van Slimme
        Lantaarnpalen", "the goal of the smart street lights project" through the glossary)."""
        if not self.about_the_programme:  # no documents about something else to tell apart
            return frozenset()
        programme = set().union(*(set(words(self.sources[s].title)) for s in self.about_the_programme))
        asked = {w for n in intent.names for w in words(n)} | set(intent.subject_terms)
        return frozenset(s for s, i in self.sources.items() if not i.is_table and s not in self.about_the_programme
                         and (asked & set(words(i.title))) - programme)

    @cached_property
    def about_the_programme(self) -> frozenset[str]:
        """The documents about the knowledge base's own subject: those whose title shares the words that most titles
        share ("Groningen Digital City"); a project plan of one project is not. Empty when titles share nothing.
        With a subject given (knowledge/corpus.yaml), the documents whose title names it."""
        if self.home is not None:
            return frozenset(s for s in self.home if not self.sources[s].is_table)
        function_words = set().union(*(self.lexicon.language_votes.get(lang, frozenset()) for lang in ("nl", "en")))
        titles = {s: set(words(i.title)) - function_words for s, i in self.sources.items() if not i.is_table}
        counts: dict[str, int] = {}
        for found in titles.values():
            for w in found:
                counts[w] = counts.get(w, 0) + 1
        common = {w for w, n in counts.items() if n > len(titles) / 2 and len(w) > 2}
        about = frozenset(s for s, found in titles.items() if found & common)
        return about if common and len(about) < len(titles) else frozenset()

    def gloss_lead(self, intent: Intent, evidence: list[Evidence]) -> str:
        """An English lead for a quoted Dutch answer: the quote rendered word by word, labelled as such; a sentence
        that points back is rendered with the one it points to."""
        if intent.translated:  # "in English please": every quote rendered, however long
            return self.gloss.lead([e.sentence.text for e in evidence], self.catalogue, limit=None) + " {m}"
        after = self.following(evidence[0].chunk)  # a paragraph split in two goes on in the next chunk
        pair = len(evidence) > 1 and points_back(evidence[1].sentence.text) and evidence[1].chunk.id in (
            evidence[0].chunk.id, after.id if after is not None else None)
        first = evidence[:2] if pair else evidence[:1]
        if coordinated_items(intent.question):  # "relate to g-kwadraat and next city": a sentence for each, rendered
            first = evidence[:3]
        return self.gloss.lead([e.sentence.text for e in first], self.catalogue) + " {m}"


# "alleen voor A of ook voor B", "only for A or also for B"
_ONLY_OR_ALSO = re.compile(r"\b(?:alleen|enkel|uitsluitend|only|just)\s+(?P<only>.+?)\s+(?:of|or)\s+(?:ook|also)\s+"
                           r"(?P<what>(?:(?:voor|for|aan|to|in|op)\s+)?(?P<also>.+?))\s*[?!.]*$")
# a sentence saying the one is not all: "niet alleen … maar juist", "not only … but also", "zowel … als"
_NOT_ONLY = re.compile(r"\b(?:niet alleen|not only|not just|maar ook|but also|maar juist|zowel|as well as|breed)\b")
# (the thing the choice is about may follow it: "incl. of excl. btw", "including or excluding VAT")
_CHOICE = re.compile(r"\b(?:or|of)\s+(?:is it\s+|is het\s+|een\s+|an?\s+)?([a-z-]+)\.?(?:\s+[a-z-]+)?\s*\??\s*$")
_PROPERTY_OF = re.compile(r"^(?:wat|welke|what|which)\s+(?:is|zijn|was|waren|are|were)\s+(?:de|het|the|hun|its|their)\s+"
                          r"([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:van|of|bij|for|voor|at)\b")


# someone put in a post ("who was appointed to …", "wie is benoemd tot …", "who holds the chair")
_POST_ASKED = re.compile(r"\b(?:appointed|benoemd|aangesteld|hired|aangenomen|holds|held|occupies|bekleedt|bekleedde"
                         r"|vervult|vervulde)\b")
_WHO_ASKED = re.compile(r"^\s*(?:(?:and|en)\s+)?(?:who|wie)\b")
# who does something, not who someone is: "wie besluit over de voortgang", not "wie is de CDO"
_WHO_DOES = re.compile(r"^\s*(?:(?:and|en)\s+)?(?:who|wie)\s+(?!(?:is|zijn|was|waren|are|were|s)\b)(?P<verb>[a-z]+)")
_WE = re.compile(r"\b(?:wij|we)\b")
# a question about what is to come: "gaat de gemeente in 2018 meer bijdragen", "will the city spend more"
_TO_COME = re.compile(r"\b(?:gaat|gaan|zal|zullen|will|going to|verwacht\w*|expect\w*|plan\w*|begroot)\b")
_AUXILIARIES = frozenset(["heeft", "hebben", "had", "hadden", "has", "have", "did", "does", "do", "werd", "werden", "wordt",
                          "worden", "zal", "zullen", "will", "would"])


def asked_verb(question: str) -> str | None:
    """The verb of a "who does / did something" question: after "wie / who", or the participle at its end when that
    word is an auxiliary ("wie heeft het actieplan opgesteld" → opgesteld); None for "who is …".

    >>> asked_verb("wie besluit over de voortgang"), asked_verb("wie heeft het actieplan opgesteld?")
    ('besluit', 'opgesteld')
    >>> asked_verb("who drew up the action plan"), asked_verb("wie is de cdo")
    ('drew up', None)
    """
    asked = _WHO_DOES.match(normalise(question))
    if asked is None:
        return None
    phrasal = re.match(r"\s*(?:(?:and|en)\s+)?who\s+(\w+\s+(?:up|out|off))\b", normalise(question))
    if phrasal:  # "who drew up …": the verb with its particle, as the glossary gives it ("opgesteld")
        return phrasal.group(1)
    if asked.group("verb") not in _AUXILIARIES:
        return asked.group("verb")
    last = re.findall(r"[a-z]+", normalise(question))
    return last[-1] if len(last) > 2 else None
# a purpose given: "om de IT-sector … te brengen", "in order to", "met als doel", "bedoeld om"
_PURPOSE = re.compile(r"\bom\b.{1,80}\bte\b|\bin order to\b|\bso that\b|\bmet als doel\b|\btot doel\b|\bbedoeld om\b")
_EXACT_DAY = re.compile(r"\b(?:exact|exacte|exactly|precise|precies|precieze|which day|what day|welke dag|op welke dag)\b")
# "the blockchain programme", "het blockchain programma", "the four-year blockchain programme": one thing, named by a
# keyword and the singular noun after it
_ONE_BY_KEYWORD = re.compile(r"\b(?:the|het|de|this|dit|that|dat)\s+(?:[\w-]+\s+)?(?P<keyword>[\w-]+)\s+"
                             r"(?P<head>(?!(?:projects|projecten|programmes|programmas|events|initiatives)\b)[a-z]{4,})\b")
# a venue of several capitalised words after "in", "at" ("in het Groninger Forum", "at the Groninger Forum")
_VENUE_NAMED = re.compile(r"\b(?:in|at|op|bij)\s+(?:de |het |the )?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+)")
_PERCENT_ASKED = re.compile(r"\b(?:percentage|percent|procent)\b")
_A_SHARE = re.compile(r"\d\s?%|\b(?:procent|percent)\b")
# a sentence stating a cap ("maximaal € 10.000 per project"); the question's own cue is phrasing.asks_a_limit
_STATES_A_CAP = re.compile(r"\b(?:maximaal|maximum|maximale|ten hoogste|hoogstens|plafond|at most|cap)\b")
# words of applying for money, which every row's applicant did ("wie heeft pygrunn aangevraagd")
_APPLYING = re.compile(r"(?:aangevraagd|aanvra\w*|applied|appl(?:y|ies|icant)\w*|request\w*|ingediend|submitted"
                       r"|vroeg|vroegen|vraagt)$")  # "wie vroeg (het) aan": the verb apart from its "aan"
# what makes a document, whose date is its own date line ("when was the letter signed / sent / written")
_MADE = re.compile(r"\b(?:signed|sent|written|dated|issued|published|ondertekend|ondertekent|getekend|verstuurd|verzonden"
                   r"|geschreven|gedateerd|uitgegeven|gepubliceerd|dateert|dateren)\b"
                   # the document's own date asked of it: "van wanneer is die (brief)", "when is the letter from",
                   # "what is the date of the letter", "de datum van de brief"
                   r"|\bvan wanneer (?:is|was)\b|\bwhen (?:is|was) (?:the|that|this|it)\b.*\bfrom\b"
                   r"|\b(?:what|which) date\b|\bdate of (?:the|that|this)\b|\bdatum van (?:de|die|deze|het)\b")
# a letter's signing or writing, claimed of a person ("did X sign the letter", "the letter was writen by X")
_SIGNING = re.compile(r"\b(?:sign|signs|signed|wrote|written|writen|write|ondertekend|ondertekent|ondertekende"
                      r"|getekend|tekende|geschreven|schreef)\b")
# signing itself, not writing ("who wrote the letter" asks its writer, the "Steller")
_SIGNED = re.compile(r"\b(?:sign|signs|signed|signing|signers?|signature|signatures|signator(?:y|ies)|ondertekend|ondertekent"
                     r"|ondertekende|ondertekenden|ondertekening|ondertekenaars?|getekend|tekende|tekenden"
                     r"|handtekening|handtekeningen)\b")
_ON_BEHALF = re.compile(r"\b(?:namens|uit naam van|on behalf of|in the name of)\b[^,;?]*")
_WHO = re.compile(r"\b(?:wie|who|whom|whose|welke personen|which people|namen|names)\b")
# the signers named as such ("ondertekenaars raadsbrief 14 maart 2018"): who they are is asked without a "who"
# the post someone holds, asked beside who they are ("en in welke functie?", "and in what capacity?")
_POST_SIGNED_IN = re.compile(r"\b(?:in|als|as|met|with)\s+(?:welke|wat voor|what|which)\s+(?:functie|rol|hoedanigheid|role"
                         r"|capacity|position|title|function)\b|\b(?:functies|posts|roles|titles)\b")
_SIGNERS = re.compile(r"\b(?:ondertekenaars?|signator(?:y|ies)|signers?|undersigned)\b")
_DATE_LINE = re.compile(r"^\s*(?:datum|date|dated)\b", flags=re.I)
_A_LETTER = re.compile(r"\b(?:brief|letter|raadsbrief|council letter|memo)\b")  # what carries a date line
# what taking part costs someone ("for a pupil to join", "om mee te doen"): no row's contribution or size
_COST_TO_JOIN = re.compile(r"\b(?:cost|costs|kost|kosten|pay|betalen|betaal|charge|charged)\b.*?\b(?P<who>to join|to take part"
                           r"|to participate|to attend|to sign up|om (?:(?:er|daar|hier)(?:aan|in)?\s+|aan\s+)*mee te (?:mogen )?doen"
                           r"|om (?:(?:er|daar|hier)(?:aan|in)?\s+|aan\s+)*deel te nemen|om te mogen meedoen"
                           # enrolling someone: "om mijn kind in te schrijven", "to sign my son up", "to enrol"
                           r"|om (?:\w+\s+){0,3}(?:in te schrijven|aan te melden)|to (?:enrol|enroll|register)"
                           r"|to sign (?:\w+\s+){0,2}up"
                           r"|voor (?:een|het|ons|mijn|onze) (?:bedrijf|organisatie|lid|leden|deelnemer)"
                           r"|for (?:a|my|our|the) (?:company|business|firm|member|organi[sz]ation)"
                           r"|per (?:pupil|leerling|deelnemer|participant|kind|child|student)"
                           r"|for an? (?:pupil|child|kid|student|participant)|voor een (?:leerling|kind|deelnemer|student)"
                           # the asker's own cost: "wat kost het mijn bedrijf als ik …", "what does it cost me"
                           r"|mijn (?:bedrijf|organisatie|onderneming|school|zaak)|my (?:company|business|firm"
                           r"|organi[sz]ation|school|shop)|me|mij|als ik|if i)\b")
# "wat heeft GDC gedaan voor de basisscholen", "what did it achieve for smes": the group an overview is asked for
# (after the verb of what was done: "kort overzicht voor de wethouder" is for whom the asker wants it)
_FOR_A_GROUP = re.compile(r"\b(?:gedaan|bereikt|betekend|opgeleverd|gebracht|done|achieved|delivered|meant|brought"
                          r"|do|achieve|deliver|mean)\s+(?:\w+\s+)?(?:voor|for|aan|to|bij|onder|among)\s+"
                          r"(?:de|het|the|alle|all|our|onze)?\s*([a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{3,})?)\s*[?!.]*\s*$")
# "what is his or her background", "wat is haar opleiding": a property of someone named before
# words that ask a property only after "hoe / how" ("hoe oud", "how late"): "old" and "laat" say other things too
# "sinds wanneer", "since what year", "how long has it existed": when something began, which a passage must say with
# "sinds" (the description's own dates are its year's events)
_SINCE_WHEN = re.compile(r"\b(?:sinds|since|vanaf)\s+(?:wanneer|when|welk jaar|what year|which year|hoe lang|how long)\b"
                         r"|\bhow long (?:has|have) .+ (?:existed|been (?:around|going|running|organi[sz]ed|held))\b"
                         r"|\bhoe lang (?:bestaat|bestaan|wordt|worden) .+ (?:al|georganiseerd|gehouden)\b")
SINCE = "sinds"  # the property a "since when" question asks: a passage must say it with this word
# "sinds september 2017": the start a passage gives
_SINCE_PHRASE = re.compile(r"\b(?:sinds|vanaf)\s+(?:[a-z]+\s+){0,2}?(?:19|20)\d\d\b", flags=re.I)
_AFTER_HOW = frozenset({"oud", "old", "laat"})
_PROPERTY_OF_THEM = re.compile(r"^(?:(?:and|en)\s+)?(?:wat|welke|what|which)\s+(?:is|zijn|was|waren|are|were)\s+"
                               r"(?:his or her|his/her|his|her|its|their|zijn of haar|zijn|haar|hun)\s+([a-z][a-z-]+)\s*\??$")
# "welke software gebruikt pygrunn", "which cloud provider does the proeftuin use", "welke sensoren heeft X": a kind
# of thing a named one uses or has, which a passage or its description must name (no row's amount says it)
_THING_THEY_HAVE = re.compile(r"^(?:(?:and|en)\s+)?(?:wat voor(?: een)?|what kind of|what sort of|welke|welk|which|what)\s+"
                              r"([a-z][a-z-]+(?:\s+(?!does|do|did|is|are|was|were)[a-z][a-z-]+)?)"
                              r"(?:\s+(?:of|or)\s+(?:welke?\s+|which\s+)?[a-z][a-z-]+)?"
                              # (Dutch puts the verb second; English after "does" and its subject: "which other city
                              # does Groningen exchange knowledge with" asks no thing used)
                              r"\s+(?:gebruikt|gebruiken|gebruikte|gebruikten|biedt|bieden|levert|leveren|uses|used"
                              r"|offers|(?:does|do|did)\s+(?:[\w'-]+\s+){1,6}?(?:use|have|offer|need)\b)\b")
# "what selection criteria did the city use …", "welke voorwaarden gelden er": a kind of information a passage must name
_KIND_OF_INFORMATION = re.compile(r"^(?:wat voor|welke|what|which|wat)\s+(?:(?:is|are|was|were|zijn|waren|waar)\s+"
                                  r"(?:the|de|het|hun|their)\s+)?((?:[a-z]+\s+)?(?:criteria|criterium|criterion"
                                  r"|voorwaarden|voorwaarde|eisen|requirements|conditions|regels|rules|procedure"
                                  r"|procedures|methode|methodes|method|methods|kpi|kpis|indicatoren|indicators"
                                  r"|targets|streefcijfers))\b")


# "doet het programma ook iets op het gebied van X", "does the programme do anything on X": whether it works on X
_DOES_ANYTHING = re.compile(r"\b(?:doet|doen|deed|deden|does|do|did)\b.*\b(?:iets|anything|something)\b")


# a claim that the totals and the rows do not agree, whose truth is asked ("klopt niet met de regels, waar of niet")
_CLAIMS_DISAGREEMENT = re.compile(r"\b(?:klopt|kloppen|klopte|sluit|sluiten|stemt|stemmen) niet\b|\bniet (?:overeen|op)\b"
                                  r"|\b(?:does|do|did)(?:n'?t| not) (?:match|add up|agree|tally|square)\b")


def alternatives(question: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """The two words a yes/no question joins by "or" ("conferences or meetups"), each a term of it, the second first:
    leaving out either one is the claim with the other.

    >>> alternatives("are there developer conferences or meetups in the city?", ("developer", "conferences", "meetups"))
    ('meetups', 'conferences')
    >>> alternatives("is het dog permanent", ("dog", "permanent"))
    ()
    """
    found = re.search(r"\b([a-z][\w'-]*)\s+(?:or|of)\s+([a-z][\w'-]*)\b", normalise(question))
    if found is None or found.group(1) not in terms or found.group(2) not in terms:
        return ()
    return found.group(2), found.group(1)


_EXACTLY = re.compile(r"\b(?:precies|exact|exacte|exactly|precisely)\b")
_SCALES = {"ton": 100_000.0, "miljoen": 1_000_000.0, "million": 1_000_000.0, "duizend": 1_000.0, "thousand": 1_000.0}


def stated_span(entity: str) -> tuple[float, float] | None:
    """The amounts a stated figure spans: "4 tot 6 ton" from 400.000 to 600.000, "ruim 6,5 miljoen euro" the one
    figure; None for no amount.

    >>> stated_span("4 tot 6 ton"), stated_span("€ 1.500")
    ((400000.0, 600000.0), (1500.0, 1500.0))
    """
    ranged = re.search(r"(\d+(?:,\d+)?)\s*(?:tot|-|to|à)\s*(\d+(?:,\d+)?)\s*(ton|miljoen|million|duizend|thousand)",
                       entity, flags=re.I)
    if ranged:
        scale = _SCALES[ranged.group(3).lower()]
        return (float(ranged.group(1).replace(",", ".")) * scale, float(ranged.group(2).replace(",", ".")) * scale)
    named = sorted(n for n in figures_named(entity) if n >= 100)
    return (named[0], named[-1]) if named else None


def roles_costed(intent: Intent) -> tuple[str, ...]:
    """The roles an amount question names ("wat kost die chief digital officer de gemeente per jaar"): the sentence
    giving the amount must name them; the city's budget for projects is no cost of its officer."""
    return roles_named(intent.question) if intent.answer_type == "amount" else ()


def roles_named(question: str) -> tuple[str, ...]:
    """The posts a question names, lowercased, once each.

    >>> roles_named("Was the letter signed by the Alderman or the mayor?")
    ('alderman', 'mayor')
    """
    return tuple(dict.fromkeys(m.group(0).lower() for m in re.finditer(ROLE_WORD, question, flags=re.I)))


def one_slip(word: str, name: str) -> bool:
    """A word that is the name, or (for a name of five letters or more) the name with one letter swapped, added,
    dropped or changed.

    >>> one_slip("teesnik", "teesink"), one_slip("oudsen", "oudsten"), one_slip("den", "dan")
    (True, True, False)
    """
    return word == name or (len(name) >= 5 and OSA.distance(word, name, score_cutoff=1) <= 1)


def property_asked(intent: Intent, lexicon: Lexicon) -> str | None:
    """The property an open "what is the X of Y" question names ("de openingstijden van het DOG"), which a passage
    or a row's description must speak of to answer it; none for an overview topic, a yes/no, a typed question
    (they are checked apart) or a property a project row has (its amount, partners, description …).

    >>> from assistant.lexicon import load_lexicon
    >>> from assistant.records import Intent
    >>> def asked(q): return property_asked(Intent(question=q, language="nl", route="documents", table_query=None,
    ...     search_query="", answer_type="open", years=(), subject_terms=()), load_lexicon())
    >>> asked("Wat zijn de openingstijden van het DOG?"), asked("What is the contact person of PyGrunn?")
    ('openingstijden', 'contact person')
    >>> asked("Wat is de bijdrage van PyGrunn?"), asked("What are the partners of the GDBC?")
    (None, None)
    >>> asked("what selection criteria did the city use to decide which projects got a subsidy")
    'selection criteria'
    >>> asked("what were the selection criteria"), asked("wat zijn de voorwaarden")
    ('selection criteria', 'voorwaarden')
    >>> asked("what is his or her background"), asked("en wat is haar opleiding?")
    ('background', 'opleiding')
    """
    from assistant.phrasing import unwrap

    question = normalise(unwrap(intent.question))
    if intent.route == "table" and intent.topic is None:
        # "do the trainees get paid", "hoeveel krijgt X per maand": a pay or a rate, asked yes or no too, which no row
        # holds (a row's contribution is neither)
        unit = lexicon.rate_asked(question)
        if unit is not None and not _COST_TO_JOIN.search(question):  # (a cost to join is said as such, below)
            return f"{'bedrag per' if intent.language == 'nl' else 'amount per'} {unit}"
        if lexicon.pay_asked(question):
            return "salaris" if intent.language == "nl" else "pay"
        if _SINCE_WHEN.search(question):  # "sinds welk jaar bestaat PyGrunn": a start, which a row's year is not
            return SINCE
    if intent.topic is not None or intent.yes_no:
        return None
    # (a compound too: "ticketprijs", "kaartverkoop-omzet")
    other = next((w for w in words(question) if compound_of(w, lexicon.not_contribution)), None)
    joining = _COST_TO_JOIN.search(question)
    if joining:  # "how much does it cost for a pupil to join django girls": a participant's cost, no subsidy
        who = joining.group("who")
        # ("om daar aan mee te doen" said back as "om mee te doen")
        who = re.sub(r"^om (?:\w+ )*?(mee te|deel te) (?:mogen )?(doen|nemen)$", r"om \1 \2", who)
        if re.match(r"(?:mijn|my|me|mij|als ik|if i)\b", who):  # the asker's own cost, said to them
            who = "voor u" if intent.language == "nl" else "to you"
        # ("om mijn kind in te schrijven" said back as "om uw kind in te schrijven")
        who = re.sub(r"\bmijn\b", "uw", re.sub(r"\bmy\b", "your", who))
        other = f"{'kosten' if intent.language == 'nl' else 'cost'} {who}"
    # "vanaf welke leeftijd mag je meedoen", "how old do you have to be": what no column holds ("oud" only with "hoe");
    # whom it is for ("voor welke leeftijd is het") its description says
    audience = lexicon.topics.get("audience")
    unheld = next((lexicon.unheld_properties[w] for w in words(question) if w in lexicon.unheld_properties and (
        w not in _AFTER_HOW or re.search(rf"\b(?:hoe|how) {w}\b", question))), None)
    other = other or (unheld if audience is None or not audience.question.search(question) else None)
    if other and intent.route == "table":  # "what is the salary of the director of X": never X's contribution
        return other
    if intent.answer_type != "open":
        return None
    if other:  # "hoe oud is de burgemeester": the passage naming the mayor says no age
        return other
    found = _PROPERTY_OF.match(question) or _PROPERTY_OF_THEM.match(question) or _KIND_OF_INFORMATION.match(question) or (
        _THING_THEY_HAVE.match(question))
    # "the total size of X" is the row's; "the founding year of X" is not, though "year" is a column; "which companies
    # take part" asks its partners, a column
    if not found or set(words(found.group(1))) <= (lexicon.row_words | lexicon.table_nouns | lexicon.generic_question_words
                                                   | lexicon.receiver_nouns):
        return None
    return found.group(1)


@dataclass(frozen=True, kw_only=True)
class Degree:
    """A degree asked of a quality: the word starts that say the quality (none for a bare score), and whether only
    a figure answers it (a score, a rating, a percentage)."""

    quality: tuple[str, ...]
    figure: bool
    percent: bool = False  # "what percentage of the projects is finished": only a share answers, not any figure


_HOW = re.compile(r"\b(?:how|hoe)\s+(\w+)(?:\s+(\w+))?")
_FIGURE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*\s*%?|%")


def degree_asked(intent: Intent, lexicon: Lexicon) -> Degree | None:
    """The degree an open question asks: "how satisfied", "hoe succesvol" (a quality after "how"), or a score of
    something ("tevredenheid stakeholders score 2017"); None for a yes/no ("was it a success?") or a typed question.

    >>> from assistant.lexicon import load_lexicon
    >>> def asked(q): return degree_asked(Intent(question=q, language="en", route="documents", table_query=None,
    ...     search_query="", answer_type="open", years=(), subject_terms=()), load_lexicon())
    >>> asked("hoe succesvol was trendship").quality, asked("tevredenheid stakeholders score 2017").figure
    (('succes', 'success', 'geslaagd'), True)
    >>> asked("how big is the office"), asked("what is the satisfaction of the stakeholders")
    (None, None)
    >>> asked("wat was de tevredenheidsscore van de stakeholders over 2018").quality
    ('tevreden', 'satisf')
    """
    if intent.yes_no or intent.answer_type not in ("open", "amount"):
        return None
    question = normalise(intent.question)

    def quality_of(word: str) -> tuple[str, ...]:
        return next((starts for starts in lexicon.degrees.values() if word.startswith(starts)), ())

    how = _HOW.search(question)  # "how satisfied", "hoe erg tevreden"
    quality = next((q for q in map(quality_of, [w for w in how.groups() if w]) if q), ()) if how else ()
    # "score", and a compound ending in one ("tevredenheidsscore": the quality before it; "operating" is no "rating")
    scored = [w for w in words(question) if compound_of(w, lexicon.score_words)]
    figure = bool(set(words(question)) & lexicon.score_words or scored)
    if figure and not quality:
        quality = next((q for q in map(quality_of, words(question)) if q), ())
    return Degree(quality=quality, figure=figure, percent=bool(_PERCENT_ASKED.search(question))) if (
        quality or figure) else None


def states_degree(text: str, asked: Degree, lexicon: Lexicon) -> bool:
    """Does the sentence say the quality asked with a degree: a figure (not a year) for a score, else a figure or a
    degree word beside the quality ("een groot succes met ruim 1.600 deelnemers", "zeer tevreden")."""
    said = words(normalise(text))
    if asked.quality and not any(w.startswith(asked.quality) for w in said):
        return False
    if asked.percent:
        return bool(_A_SHARE.search(text))
    figure = bool(_FIGURE.search(text))
    return figure if asked.figure else figure or bool(set(said) & lexicon.degree_stated)


# "welke twee kennisinstellingen", "which knowledge institutions": the kind asked, after a number it may say
_WHICH_KIND = re.compile(r"\b(?:welke|which|what|(?:who|wie) (?:are|were|zijn|waren) (?:the|de|its|their|hun|zijn|haar)"
                         r"|(?:name|noem|list) (?:the|de|its|their|hun|zijn|haar))\s+(?:(?:\d+|twee|drie|vier|vijf|two|three|four|five)\s+)?"
                         # (a second word that is the verb after the kind is no part of it: "which companies take part")
                         r"(?P<kind>[a-z]{4,}(?:\s+(?!take|took|join|zijn|doen|deden|nemen|namen|were|have)[a-z]{4,})?)\b")
_RECENCY = re.compile(r"\b(?:meest recent\w*|nieuwste|laatste|recentste|jongste|most recent|latest|newest|last"
                      r"|(?P<old>oudste|eerste|oldest|earliest|first))\b")
_ABOUT_PROJECTS = re.compile(r"\b(?:projecten|projects|initiatieven|initiatives)\b")
_ONLY_COUNTS = re.compile(r"\b\d+\s+[a-z]")
_NAME_INSIDE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]+")  # a capital that no sentence start explains
_WEB_DETAIL = re.compile(r"\bwww\.\w|https?://|\b[\w.-]+@[\w-]+\.\w+")
_CONTACT_DETAIL = re.compile(r"\bwww\.\w|https?://|\b[\w.-]+@[\w-]+\.\w+|\(0\d{2,3}\)\s?\d")
_OPINION = re.compile(r"\b(?:wat|hoe) (?:vindt|vond|vinden|vonden|denkt|dacht|denken|dachten|oordeelt|oordeelde) "
                      r"(?:(?:de|het|een)\s+)?(?P<nl>[\w' -]+?)(?: eigenlijk| nou| zelf)? (?:van|over)\b"
                      r"|\bwhat (?:does|did|do) (?:the\s+)?(?P<en>[\w' -]+?) (?:think|feel) (?:of|about)\b"
                      r"|\b(?:the\s+)?(?P<own>[\w' -]+?)'s (?:opinion|view|reaction|response)\b"
                      # how someone took it: "hoe reageerde de gemeenteraad op de brief", "how did the council react"
                      r"|\bhoe (?:reageerde|reageerden|reageert|reageren) (?:(?:de|het|een)\s+)?(?P<reacted>[\w' -]+?) op\b"
                      r"|\bhow (?:did|does|do) (?:the\s+)?(?P<reacting>[\w' -]+?) (?:react|respond)\b"
                      # a stance taken: "welk standpunt heeft de gemeenteraad ingenomen", "what position did the council
                      # take", "het oordeel van de raad over …"
                      r"|\bwelke? (?:standpunt|mening|oordeel|reactie|positie) (?:heeft|hebben|had|hadden|nam|namen|gaf"
                      r"|gaven) (?:(?:de|het|een)\s+)?(?P<took_nl>[\w' -]+?) (?:ingenomen|gegeven|over|op|bij|naar)\b"
                      r"|\bwhat (?:position|stance|view|opinion|verdict) (?:did|does|has|have) (?:the\s+)?(?P<took_en>[\w' -]+?)"
                      r" (?:take|taken|have|had|express|expressed|give|given)\b"
                      r"|\b(?:het|de) (?:standpunt|mening|oordeel|reactie) van (?:(?:de|het)\s+)?(?P<of_nl>[\w' -]+?)"
                      r"(?= over| op| bij| naar| ten aanzien|\s*[?.!]?$)"
                      r"|\bthe (?:position|stance|opinion|view|reaction|response|verdict) of (?:the\s+)?(?P<of_en>[\w' -]+?)"
                      r"(?= on| about| to| regarding|\s*[?.!]?$)", flags=re.I)


def opinion_holder(question: str) -> str | None:
    """Whose opinion a question asks ("wat vindt de wethouder van het DOG?" → wethouder), which a passage must name
    to give it; None when it asks no one's opinion.

    >>> opinion_holder("wat vindt de wethouder eigenlijk van het digital office?"), opinion_holder("What does the mayor think of it?")
    ('wethouder', 'mayor')
    >>> opinion_holder("Wat is het doel van het programma?")
    >>> opinion_holder("hoe reageerde de gemeenteraad op deze voortgangsbrief?")
    'gemeenteraad'
    >>> opinion_holder("Welk standpunt heeft de gemeenteraad ingenomen naar aanleiding van deze raadsbrief?")
    'gemeenteraad'
    >>> opinion_holder("what position did the council take on the letter?"), opinion_holder("het oordeel van de raad?")
    ('council', 'raad')
    """
    found = _OPINION.search(question)
    if not found:
        return None
    return next((held.strip() for held in found.groups() if held and held.strip()), None)


_HOW_TO = re.compile(r"\b(?:hoe (?:kan|kun|moet|zou|mag) (?:ik|je|jij|men|we|wij|een \w+)|how (?:do|can|should|could|would|"
                     r"may) (?:i|we|you|one)|how to"
                     # "hoe meld ik me aan", "hoe schrijven wij ons in": the asker's own step, said with its verb
                     r"|hoe (?=(?:meld|melden|schrijf|schrijven|geef|geven) (?:ik|je|jij|we|wij|u)\b)"
                     # "waar kan ik me aanmelden voor X", "where can we sign up": where the asker's own step is taken
                     r"|waar (?=(?:kan|kun|moet|mag) (?:ik|je|jij|we|wij|u|men)\s+(?:(?:me|mij|ons|je|zich)\s+)?"
                     r"(?:\w+\s+){0,4}?(?:aanmelden|inschrijven|opgeven|aanvragen|melden)\b)"
                     r"|where (?=(?:can|do|should|could|may) (?:i|we|you|one)\s+(?:sign up|register|apply|enrol|enroll"
                     r"|subscribe)\b)"
                     # "how were projects selected", "hoe werden de projecten gekozen": a method, which a passage must say
                     r"|how (?:were|was|are|is|do|does|did)(?=(?:\s+[\w'-]+){1,4}\s+(?:selected|chosen|picked|assessed"
                     r"|evaluated|judged|decided|determined|select|choose|pick|assess|evaluate|decide|determine))"
                     r"|hoe (?:werden|worden|zijn|is|wordt|werd)(?=(?:\s+[\w'-]+){0,4}\s+(?:geselecteerd|gekozen"
                     r"|uitgekozen|beoordeeld|getoetst|bepaald|besloten))"
                     # "hoe werkt de aanvraag", "how does the application process work": a procedure by its noun
                     r"|hoe (?:werkt|verloopt|gaat) (?=(?:de |het )?(?:subsidie)?(?:aanvraag|aanvragen|procedure|aanmelding"
                     r"|aanmelden|inschrijving|selectie|toekenning|beoordeling)\b)"
                     r"|how (?:does|do|did) (?=(?:the |an? )?(?:grant |subsidy |funding )?(?:application|applying|procedure"
                     r"|process|selection|registration|sign-up|signing up)\b)"
                     # "hoe bepaalt het DOG welke projecten …": the deciding verb right after "hoe"
                     r"|hoe (?=(?:bepaalt|bepalen|bepaalde|beslist|beslissen|besliste|kiest|kiezen|koos|selecteert"
                     r"|selecteren|beoordeelt|beoordelen)\b))\s*(.+?)\s*[?.!]*$", flags=re.I)


def procedure_asked(intent: Intent) -> tuple[str, tuple[str, ...]] | None:
    """What a "how can I …" question asks to do, as typed, and its content words, which a passage must speak of to
    say how ("hoe kan ik subsidie aanvragen" is not answered by a sentence about a subsidy); None for other questions.

    >>> from assistant.records import Intent
    >>> procedure_asked(Intent(question="Hoe kan ik als ondernemer subsidie aanvragen?", language="nl",
    ...     route="documents", table_query=None, search_query="", answer_type="open", years=(),
    ...     subject_terms=("ondernemer", "aanvragen")))
    ('als ondernemer subsidie aanvragen', ('ondernemer', 'aanvragen'))
    >>> procedure_asked(Intent(question="waar kan ik me aanmelden voor de lego league met mijn zoon", language="nl",
    ...     route="table", table_query=None, search_query="", answer_type="open", years=(),
    ...     subject_terms=("aanmelden", "lego", "league", "zoon")))
    ('kan ik me aanmelden voor de lego league met mijn zoon', ('aanmelden', 'lego', 'league', 'zoon'))
    """
    if intent.topic is not None or intent.yes_no:
        return None
    found = _HOW_TO.search(intent.question.strip())
    if not found:
        return None
    what = re.sub(r"\s+(?:work|works|werkt|verloopt)$", "", found.group(1), flags=re.I)  # "the application … work"
    rest = set(words(normalise(what)))
    terms = tuple(t for t in intent.subject_terms if t in rest)
    return (what, terms) if terms else None


def reason_asked(intent: Intent, not_premise: frozenset[str]) -> tuple[str, tuple[str, ...]] | None:
    """A why-question: what follows its why-word, and the premise words in it (the content words that are not the
    subject's name), which a passage must say for the sources to give a reason; None for other questions.

    >>> from assistant.records import Intent
    >>> def why(q, terms): return reason_asked(Intent(question=q, language="nl", route="documents", table_query=None,
    ...     search_query="", answer_type="open", years=(), subject_terms=terms), frozenset({"groningen", "digital", "city"}))
    >>> why("Waarom is Groningen Digital City mislukt?", ("groningen", "digital", "city", "mislukt"))
    ('is groningen digital city mislukt', ('mislukt',))
    >>> why("why?", ()), why("Wat is het doel?", ("doel",))
    (('', ()), None)
    >>> why("waarom wordt groningen digital city zo genoemd", ("groningen", "digital", "city"))
    """
    if intent.topic is not None or intent.yes_no:
        return None
    rest = asks_why(intent.question)
    if rest is None:
        return None
    asked = set(words(rest))
    # a year or a figure dates or sizes the claim; the claim itself is in words ("shut down … in 2018": "shut down")
    premise = tuple(t for t in intent.subject_terms if t in asked and t not in not_premise and not t.isdigit())
    # "waarom heet het zo?" claims nothing beyond its names: no premise to check (a bare "why?" has no words at all)
    return (rest, premise) if premise or not rest else None


# "wat is de multiplier", "welke multiplier wordt vermeld", "what is the multiplier": the one noun asked
_NOUN_ASKED = re.compile(r"^(?:(?:en|and)\s+)?(?:(?:wat|what)(?:\s+is|\s+was|'s)\s+(?:de|het|die|dat|the|that)\s+|(?:welke|welk|which|what)\s+)"
                         r"(?P<noun>[a-z]{4,})\b")
_A_VALUE = (r"(?P<value>(?:(?:bijna|ruim|circa|ongeveer|zo'n|meer dan|minder dan|almost|about|over|more than)\s+)?"
            r"\d[\d.,]*(?:\s*(?:%|procent|percent|keer|times))?)")


def points(term: str) -> bool:
    """A word that only points at what was said before ("dat", "it", "daar" of a split "daaruit"): no word of its own a
    sentence must say.

    >>> points("daar"), points("dat"), points("mobiliteit")
    (True, True, False)
    """
    return bool(_POINTER.fullmatch(term)) or term == "daar"


# where a claimed count is said to be: in the annex or its tables, or in the letter
_IN_THE_ANNEX = re.compile(r"\b(?:bijlage|annex|tabel|tabellen|table|tables|rijen|rows|regels|lines)\b")
_IN_THE_LETTER = re.compile(r"\b(?:brief|raadsbrief|letter)\b")


def counts_stated(stated: Sequence[Evidence]) -> tuple[float, ...]:
    """The counts the stating sentences give as their answer ("27 projecten" → 27; "ruim 1.600" → 1600)."""
    return tuple(n for e in stated for n in parse_numbers(e.entity or "")[:1])


def value_stated(noun: str, text: str) -> str | None:
    """The value a sentence states for a noun ("een multiplier van bijna 14" → "bijna 14"), or None.

    >>> value_stated("multiplier", "een investering van ruim 6,5 miljoen euro (een multiplier van bijna 14).")
    'bijna 14'
    >>> value_stated("multiplier", "De multiplier is hoog.") is None
    True
    """
    found = re.search(rf"\b{re.escape(noun)}\w*\s+(?:van|of|is|was|:)\s+{_A_VALUE}", text, flags=re.I)
    return found.group("value") if found else None


def echoes_the_question(intent: Intent, evidence: Sequence[Evidence]) -> bool:
    """An amount asked (not yes or no) whose only figures found are ones the question names itself: "welk deel van de
    ruim € 470.000 ging naar X" answered by "ruim € 470.000" tells the asker what they typed."""
    found = [set(parse_numbers(e.entity)) for e in evidence if e.entity]
    named = figures_named(intent.question)
    return intent.answer_type == "amount" and not intent.yes_no and bool(found) and all(
        figures and figures <= named for figures in found)


def valued(intent: Intent, evidence: list[Evidence]) -> list[Evidence]:
    """The evidence with the value a sentence states for the one noun an open question asks ("wat is de multiplier":
    "een multiplier van bijna 14") as its typed answer, which leads; as it was when none states one."""
    asked = _NOUN_ASKED.match(normalise(intent.question).strip())
    if intent.answer_type != "open" or asked is None or any(e.entity for e in evidence):
        return evidence
    for n, e in enumerate(evidence):
        value = value_stated(asked.group("noun"), e.sentence.text)
        if value is not None:
            return [*evidence[:n], replace(e, entity=value), *evidence[n + 1:]]
    return evidence


def of_kind(info: SourceInfo, family: str) -> bool:
    """A source of a family of documents ("letter", "plan"; "" for any) by its front matter's kind or its title."""
    return family in f"{info.kind} {info.title}".lower()


def asked_core(intent: Intent) -> str:
    """The question as asked, without its wrapper ("Kun je me vertellen …") and question mark: what a refusal quotes."""
    from assistant.phrasing import read

    return read(intent.question).core.rstrip("?").strip()


def _compare(amount: int, comparator: str, figure: int) -> bool:
    return {">": amount > figure, ">=": amount >= figure, "<": amount < figure, "<=": amount <= figure,
            "=": amount == figure}[comparator]


# one part of the rows, named by its kind ("voor dat thema", "for this project"), not all the money
_A_PART = frozenset({"thema", "theme", "aanvrager", "applicant", "onderdeel", "section", "project", "initiatief",
                     "initiative", "evenement", "event"})


_WHICH_ONE = re.compile(r"\b(?:welke?|which|what|wat)\b")
_PLANS_OF_A_YEAR = ("focus", "plan")  # overview topics that a year's paragraphs answer, whether or not a table covers it
# where a year's money went, as the question names it: "ging er naar om- en bijscholing", "spent on women in IT"
_SPENT_ON = re.compile(r"\b(?:naar|aan|voor|to|on|into|towards)\s+(?P<what>(?:(?:de|het|the)\s+)?[a-z][\w/-]*"
                       r"(?:\s+(?:en|and|in|van|of)\s+[a-z][\w/-]*)?)(?=\s*(?:[?.!,]|$|\bper\b|\bin\b))", flags=re.I)


def asks_of_a_part(question: str) -> bool:
    """A question about one part of the rows, named by its kind or pointed at ("voor dat thema", "hoeveel kreeg het"),
    not about all the money.

    >>> asks_of_a_part("en hoeveel is er in 2018 voor dat thema begroot?"), asks_of_a_part("hoeveel trekt het college in 2018 uit voor projecten")
    (True, False)
    """
    return bool(set(words(question)) & _A_PART) or refers_back(question)


def says_a_name(phrase: str, names: Sequence[str]) -> bool:
    """A word of one of the names is a word of the phrase, or a name of several words is said in it ("smart harbour"
    in "the Smart Harbour").

    >>> says_a_name("Code Club Groningen", ["code club groningen"]), says_a_name("Data Lab", ["lab"])
    (True, True)
    """
    said = normalise(phrase).split()
    run = f" {' '.join(words(phrase))} "
    return any(n in said or (" " in n and f" {' '.join(words(n))} " in run) for n in names)


def _named_phrase(question: str, unknown: tuple[str, ...]) -> str | None:
    """The capitalised run of words in the question around a name the sources never mention ("Data Lab")."""
    # a particle may stand inside a name ("Founded in Groningen", "Festival of Code")
    for match in re.finditer(r"(?:[A-Z][\w'-]*\s+(?:(?:in|van|de|of|for|the|en|and|op|aan)\s+)?)*[A-Z][\w'-]*", question):
        if says_a_name(match.group(0), unknown):
            return match.group(0).rstrip("'’-")  # (a closing quote is no part of it: "… 'Noorderzon Digital Stage'")
    return None


def _mentions(text: str, theme: str, lexicon: Lexicon) -> bool:
    folded = normalise(text)
    aliases = (theme, *lexicon.theme_aliases.get(theme, ())[:1])
    return any(normalise(a) in folded for a in aliases)


def _euro(value: int | None, intent: Intent) -> str:
    from assistant.language import format_euro

    return format_euro(value, intent.language)


_AFTER_ARTICLE = re.compile(r"\b(?:the|de|het|een|a|an)\s+([a-z0-9][a-z0-9-]*)")
_POINTER = re.compile(r"\b(?:it|its|they|them|het|hij|zij|ze|die|dat|deze|dit|ervan|daarvan|eraan|daaraan)\b")
_LEADING_WORDS = re.compile(r"^(?:(?:het|de|een|the|a|an|dit|deze|die|dat|this|these|that|in|op|bij|met|voor|van|en|"
                            r"of|ook|ons|onze|wij|we|our|zo|daarnaast|tevens)\s+)+")
# capitalised words in a row, with the small words a name may hold between them ("Battle of the Schools")
_PROSE_NAME = re.compile(r"\b[A-Z0-9][\w&-]*(?:\s+(?:(?:of|the|van|de|der|for|voor|in)\s+)*[A-Z0-9][\w&-]*)+")


# the asker's own thing: "mijn theaterproject", "my startup", "onze aanvraag"
_OWN_THING = re.compile(r"\b(?:mijn|m'n|mn|my|onze|ons|our)\s+(\w+)(?:\s+(\w+))?")


def asks_own_prospects(question: str, lexicon: Lexicon) -> bool:
    """How the asker's own project or plan would fare is asked ("maakt mijn theaterproject echt kans?", "is it worth my
    time to apply?"): no source knows it, and no funded project's row or passage answers it.

    >>> from assistant.lexicon import load_lexicon
    >>> asks_own_prospects("eerlijk: maakt mijn theaterproject kans of is het zonde van mijn tijd?", load_lexicon())
    True
    >>> asks_own_prospects("welke kansen ziet het DOG?", load_lexicon()), asks_own_prospects("my project?", load_lexicon())
    (False, False)
    >>> asks_own_prospects("heeft mijn dochter in groep 5 kans om mee te doen?", load_lexicon())
    False
    """
    folded = normalise(question)
    own = [w for m in _OWN_THING.finditer(folded) for w in m.groups() if w]  # ("my own theatre project")
    plans = [w for w in own if any(w.endswith(p) for p in lexicon.own_plan_words)]
    return bool(plans) and bool(set(words(folded)) & lexicon.prospect_words)


def names_stated_figure(intent: Intent, checked: tuple[Comparison, bool]) -> bool:
    """The question names the stated total it checks, exactly ("is € 469.427 the sum of the rows?")."""
    comparison, exact = checked
    return exact and comparison.stated is not None and float(comparison.stated) in numbers_in(intent.question)


_QUALIFIED = re.compile(r"\b([a-z][a-z0-9]+)(?:[ -](?:project|projecten|projects|initiatief|initiatieven|initiatives)\b"
                        r"|projecten\b|project\b)")
# where money went: "ging naar X", "uitgegeven aan X", "spent on X", "subsidie voor X" ("to" and "voor" only after a
# word of money moving: "want to spend" is no destination)
_DESTINED = re.compile(r"\b(?:(?:went|gone|given|gave|money|funding|subsidie|subsidies|geld|budget|bedrag|amount|total|totaal)\s+"
                       r"(?:to|voor|for)"
                       r"|naar|aan|towards|on|into|over|about)\s+(?:(?:de|het|the|een|a|an)\s+)?"
                       r"(?P<phrase>[a-z][a-z0-9-]+(?:\s+(?!(?:in|of|van|voor|for|en|and|projects?|projecten)\b)"
                       r"[a-z][a-z0-9-]+){0,2})")
# a Dutch participle ("uitgegeven", "besteed", "gegaan"), or an English one of spending ("spent", "invested")
_PARTICIPLE = re.compile(r"^(?:(?:uit|bij|aan|op|in|mee|toe|over)?ge[a-z]{2,}(?:d|t|en)|be[a-z]+d|spent|invested|paid)$")
_ADJECTIVE_ENDINGS = ("e", "en", "ed", "ing", "ige", "ste", "er")
# "its theme", "zijn thema", "that section": the group a project named before belongs to
_ITS_GROUP = re.compile(r"\b(?:its|zijn|haar|their|hun|that|dat|dit|this|the same|hetzelfde|dezelfde|het eigen|own)\s+"
                        r"(theme|thema|section|onderdeel|applicant|aanvrager)\b")
_GROUP_COLUMNS_NAMED: dict[str, FilterColumn] = {
    "theme": "theme", "thema": "theme", "section": "section", "onderdeel": "section", "applicant": "applicant",
    "aanvrager": "applicant"}


_DONE = re.compile(r"\b(?:actually|actual|really|real|in fact|werkelijk|werkelijke|daadwerkelijk|daadwerkelijke|echt|echte"
                   # (Flemish "effectief" is "actually"; money paid out is money spent)
                   r"|effectief|effectieve|uitgekeerd|uitbetaald|paid out|disbursed"
                   # ("volgens het overzicht van gesubsidieerde projecten over 2018": what was subsidised)
                   r"|gesubsidieerd|gesubsidieerde|subsidised|subsidized"
                   r"|realised|realized|gerealiseerd|gerealiseerde|spent|did \w+ (?:spend|pay|give|get|receive"
                   r"|contribute)|uitgegeven|besteed|betaald|gestoken|geinvesteerd|geïnvesteerd|kostte|kostten"
                   r"|(?:has|have) (?:\w+ )?(?:spent|paid|put|invested))\b", flags=re.I)


def asks_what_was_done(question: str) -> bool:
    """The question asks what was done or spent, not what was planned ("what did the city actually spend in 2018").

    >>> asks_what_was_done("what did the city actually spend on gdc projects in 2018"), asks_what_was_done("budget 2018?")
    (True, False)
    """
    return bool(_DONE.search(question))


def _cells(row: ProjectRow) -> str:
    """A row's text cells, as one text: what it is called, by whom, what it is and with whom."""
    return f"{row.project}, {row.applicant}. {row.description}. {row.partners}"




def rounds_to(stated: float, claimed: float) -> bool:
    """The claimed figure is the stated one rounded to the claim's own precision ("6.5 million" for 6.500.000 and
    for 6.540.000, "600k" for 634.427; not "470k" for 500.000).

    >>> rounds_to(6_540_000, 6_500_000), rounds_to(634_427, 600_000), rounds_to(500_000, 470_000)
    (True, True, False)
    """
    if claimed <= 0:
        return False
    digits = len(str(int(claimed)).rstrip("0")) or 1
    places = digits - len(str(int(claimed)))
    return round(stated, places) == claimed


_SCALE_WORDS = frozenset({"miljoen", "million", "mln", "ton", "euro", "euros", "eur", "duizend", "thousand",
                          # the figure claimed named as one ("kunt u dat bedrag bevestigen?", "confirm this figure")
                          "bedrag", "figure", "amount", "cijfer", "getal", "number", "sum", "som"})


def claims_a_total(intent: Intent, result: TableResult, claimed: frozenset[float]) -> bool:
    """A yes/no question claiming the figure of a sum ("did the city put 6.5 million in?": `claimed`, its amounts)
    or a count ("klopt het dat er 30 projecten zijn?")."""
    if result.operation == "count":
        return claimed_count_of(intent.question) is not None
    return result.operation == "sum" and bool(claimed)


def numbered_claim(question: str, text: str, lexicon: Lexicon) -> bool | None:
    """Whether the numbered group a question claims ("groep 1", "group 5") is one the text states, by number or
    within a range ("groep 2 tot en met 8"); None when the question claims none or the text numbers no such group.

    >>> from assistant.lexicon import load_lexicon
    >>> text = "Binnenschools programma leren programmeren voor groep 2 tot en met 8 van basisscholen in de stad"
    >>> [numbered_claim(q, text, load_lexicon()) for q in ("is het ook voor groep 1?", "kan group 5 meedoen?",
    ...  "is het voor kinderen?", "was het op 20 oktober?")]
    [False, True, None, None]
    """
    def same(said: str, noun: str) -> bool:
        return said == noun or said in lexicon.kin(noun) or noun in lexicon.kin(said)

    return within_stated([(noun, n) for noun, n, _, _ in numbered_groups_in(normalise(question), lexicon)],
                         [(noun, a, b) for noun, a, b, _ in numbered_groups_in(normalise(text), lexicon)], same)


def within_stated(claimed: Sequence[tuple[str, float]], stated: Sequence[tuple[str, float, float]],
                  same: Callable[[str, str], bool]) -> bool | None:
    """Whether the first claimed figure the text states anything of the same kind for lies within what it states
    (a number, or a range "2-3", "2 tot en met 8"); None when the text states nothing of a kind claimed."""
    for kind, figure in claimed:
        spans = [(low, high) for said, low, high in stated if same(said, kind)]
        if spans:
            return any(low <= figure <= high for low, high in spans)
    return None


_SPAN = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)(?:\s*(?:-|–|tot|to)\s*(\d+(?:[.,]\d+)?))?\s*([a-z]+)")


def span_claim_holds(question: str, text: str, lexicon: Lexicon) -> bool | None:
    """Whether a figure the question claims in a unit ("voor 5 jaar", "a team of 10 fte") is one the text states in
    that unit (within a stated range "2-3 fte"); None when the question claims none or the text states none.

    >>> from assistant.lexicon import load_lexicon
    >>> s = "Het project Groningen Digital City is ingesteld voor 2 jaar (2017-2019)."
    >>> [span_claim_holds(q, s, load_lexicon()) for q in ("is het voor 5 jaar ingesteld?", "set up for 2 years?",
    ...  "is het ingesteld?")]
    [False, True, None]
    """
    return within_stated([(unit, low) for unit, low, _ in figures_in_units(question, lexicon)],
                         figures_in_units(text, lexicon), operator.eq)


def figures_in_units(text: str, lexicon: Lexicon) -> list[tuple[str, float, float]]:
    """Each figure a text says in a unit, as (unit, low, high): "voor 5 jaar", "een periode van twee jaar" (a number
    in words read as one), "2-3 fte".

    >>> from assistant.lexicon import load_lexicon
    >>> figures_in_units("vooralsnog voor een periode van twee jaar, met 2-3 fte", load_lexicon())
    [('year', 2.0, 2.0), ('fte', 2.0, 3.0)]
    """
    return [(lexicon.span_units[unit], float(a.replace(",", ".")), float((b or a).replace(",", ".")))
            for a, b, unit in _SPAN.findall(numbers_in_figures(normalise(text))) if unit in lexicon.span_units]


def span_claim_words(question: str, lexicon: Lexicon) -> frozenset[str]:
    """The words of the figure a question claims in a unit ("drie" of "voor drie jaar", "5" and the years of "for
    5 years (2017-2022)"): the part of the claim a stating sentence may contradict, so no word it must say itself.

    >>> from assistant.lexicon import load_lexicon
    >>> sorted(span_claim_words("was GDC established for 5 years (2017-2022)?", load_lexicon()))
    ['2017', '2022', '5']
    >>> sorted(span_claim_words("klopt het dat het voor drie jaar is?", load_lexicon())), span_claim_words("in 2017?", load_lexicon())
    (['drie'], frozenset())
    """
    if not figures_in_units(question, lexicon):
        return frozenset()
    said = normalise(question)
    figures = {w for w in words(said) if w.isdigit() and len(w) < 4 or is_number_word(w)}
    # the period the span restates ("5 years (2017-2022)")
    return frozenset(figures | {y for pair in re.findall(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", said)
                                for y in pair})


def claimed_amounts(question: str, years: Sequence[int]) -> frozenset[float]:
    """The amounts of money a yes/no question claims ("2 miljoen", "5000 euro", "€ 1.500"): its numbers of 100 or
    more that are no year it names.

    >>> sorted(claimed_amounts("klopt het dat er 2 miljoen naar X ging in 2017?", (2017,)))
    [2000000.0]
    >>> claimed_amounts("kreeg PyGrunn subsidie in 2017?", (2017,))
    frozenset()
    """
    return frozenset(n for n in figures_named(question) if n >= 100 and int(n) not in years)


def figures_named(question: str) -> set[float]:
    """The numbers a question names, "150k" and "~470k" read as thousands.

    >>> sorted(figures_named("did GDBC get 150k or 2 miljoen?"))
    [2.0, 150000.0, 2000000.0]
    """
    thousands = re.compile(r"(?<![\d,.])(\d+(?:\.\d+)?)\s?k\b", flags=re.I)
    # "twee ton", "een half miljoen", "vijftigduizend" (money unsaid: what a claim of a row's money names)
    return (numbers_in(thousands.sub(" ", question)) | {float(k) * 1000 for k in thousands.findall(question)}
            | {float(n) for n in spelled_numbers(question)})


def checked_total(question: str, comparisons: Sequence[Comparison]) -> tuple[Comparison, bool] | None:
    """Which stated total a "does it add up?" question checks, and whether it names that total exactly: the one
    whose stated figure it names, else the one it names roughly ("~470k"), else (naming no figure) the only one.

    >>> from assistant.records import Comparison
    >>> a = Comparison(section="Programma", year=2017, measure="contribution", computed=474427, stated=469427)
    >>> b = Comparison(section="Anders", year=2017, measure="contribution", computed=160000, stated=80000)
    >>> [(c.section, exact) for c, exact in [checked_total(q, [a, b]) for q in
    ...  ("klopt het totaal van € 469.427?", "do the rows add up to ~470k?", "does the 80,000 match?")]]
    [('Programma', True), ('Programma', False), ('Anders', True)]
    >>> checked_total("klopt het totaal?", [a, b]) is None
    True
    """
    asked = figures_named(question)
    exact = [c for c in comparisons if c.stated is not None and float(c.stated) in asked]
    if len(exact) == 1:
        return exact[0], True
    near = [c for c in comparisons if c.stated is not None and any(
        abs(f - c.stated) <= NEAR_FIGURE * f or abs(f - c.computed) <= NEAR_FIGURE * f for f in asked if f >= 1000)]
    if len(near) == 1:
        return near[0], False
    return (comparisons[0], True) if len(comparisons) == 1 and not asked else None


# a column named: "klopt de totale projectomvang", "does the contribution total match"
_NAMES_A_COLUMN = re.compile(r"omvang|size|bijdrage|contribution|subsidie|subsid|budget|kosten|cost|investering|investment")
_WHO_IS = re.compile(r"^\s*(?:who|wie)\s+(?:is|was|are|were|zijn|waren)\b", flags=re.I)


def asks_who_someone_is(intent: Intent) -> bool:
    """"Who is peter den oudsten": a person named and asked about, whose line is the answer, not their fellows'."""
    return bool(intent.names) and bool(_WHO_IS.match(intent.question))
