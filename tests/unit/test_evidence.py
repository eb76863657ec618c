"""Evidence selection: a sentence answers only when it shares the subject, is close enough, holds the kind of answer
asked (a date, an amount, a person) and the year asked."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.evidence import find_entity, people_over_roles, related_passage, select_evidence
from assistant.lexicon import load_lexicon
from assistant.records import Evidence, Hit, Intent
from index.embed import HashEmbeddings
from index.records import Chunk, Sentence

LEXICON = load_lexicon()
EMBED = HashEmbeddings()
FLOORS = (0.2, 0.2)


def chunk_with(*sentences: str, section: tuple[str, ...] = ("Financiering",), cid: str = "c1"):
    text = " ".join(sentences)
    chunk = Chunk(id=cid, source="documents/brief.md", title="Brief", section=section, page=None, start=0,
                  end=len(text), text=text)
    out, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        out.append((Sentence(chunk_id=cid, start=start, end=start + len(s), text=s, section=section),
                    np.asarray(EMBED.embed_query(s), dtype=np.float32)))
        pos = start + len(s)
    return chunk, out


def intent(question: str, answer_type="open", years=(), terms=None, counted=None) -> Intent:
    from index.lexical import words

    return Intent(question=question, language="nl", route="documents", table_query=None, search_query=question,
                  answer_type=answer_type, years=tuple(years), counted=counted,
                  subject_terms=tuple(terms if terms is not None else words(question)))


def select(question_intent: Intent, *sentences: str, **kw):
    chunk, sents = chunk_with(*sentences, **kw)
    vector = np.asarray(EMBED.embed_query(question_intent.question), dtype=np.float32)
    hits = [Hit(chunk=chunk, score=1.0, dense_rank=1, lexical_rank=1, dense_similarity=0.9)]
    return select_evidence(question_intent, hits, {chunk.id: sents}, vector, LEXICON, floors=FLOORS)


def test_evidence_date_question_takes_the_sentence_with_a_date():
    chosen, reason = select(intent("Wanneer is het actieplan vastgesteld?", "date", terms=("actieplan", "vastgesteld")),
                            "Het actieplan is een programma met projecten.",
                            "Dit actieplan hebben wij op 13 december 2016 vastgesteld.")
    assert reason is None and chosen[0].entity == "13 december 2016"


def test_evidence_typed_question_without_that_kind_of_answer_is_refused_as_type():
    chosen, reason = select(intent("Wanneer start de traineeship?", "date", terms=("traineeship",)),
                            "We ondersteunen het ontwikkelen van een traineeship voor IT'ers.")
    assert chosen == [] and reason == "type"


def test_evidence_year_asked_must_be_in_the_passage():
    chosen, reason = select(intent("Wat was het budget in 2020?", "amount", years=(2020,), terms=("budget",)),
                            "Het budget was € 470.000 voor de projecten.")
    assert chosen == [] and reason == "year"


def test_evidence_without_shared_subject_words_is_no_evidence():
    chosen, reason = select(intent("Wat is de hoofdstad van Frankrijk?", terms=("hoofdstad", "frankrijk")),
                            "Het Digital Office is tijdelijk.")
    assert chosen == [] and reason == "no_evidence"


def test_evidence_amount_must_name_what_the_question_measures():
    question = intent("Wat was het budget van het Digital Office?", "amount", terms=("budget", "digital", "office"))
    chosen, reason = select(question, "Het Digital Office kreeg een bijdrage van € 10.000.")
    assert chosen == [] and reason == "type"  # a contribution is not a budget


@pytest.mark.parametrize(("kind", "text", "found"), [
    ("amount", "Wij verwachten in 2018 voor 4 tot 6 ton bij te dragen.", "4 tot 6 ton"),
    ("amount", "financieel ruim € 470.000,- bijgedragen", "ruim € 470.000,-"),
    ("duration", "voor de periode 2017-2019 is een programma", "2017-2019"),
    ("person", "de burgemeester, Peter den Oudsten", "Peter den Oudsten"),
    ("person", "Onder leiding van een Chief Digital Officer (CDO)", "Chief Digital Officer"),
    ("name", "Steller F.V. Hendriks", "F.V. Hendriks"),
    ("count", "zijn 27 projecten uitgevoerd", "27 projecten"),
])
def test_evidence_find_entity_by_kind(kind, text, found):
    assert find_entity(kind, text, LEXICON.not_person_names) == found


def test_evidence_find_entity_skips_organisations_for_names():
    assert find_entity("name", "Digital Office Groningen werkt samen met Peter Teesink", LEXICON.not_person_names) == \
        "Peter Teesink"


def test_evidence_related_passage_is_about_the_subject():
    chunk, sents = chunk_with("Het Digital Office is tijdelijk, voor twee jaar.", "De gemeente draagt bij.")
    question = intent("Hoeveel medewerkers heeft het Digital Office?", "count", terms=("medewerkers", "digital", "office"))
    vector = np.asarray(EMBED.embed_query(question.question), dtype=np.float32)
    hits = [Hit(chunk=chunk, score=1.0, dense_similarity=0.9)]
    related = related_passage(question, hits, {chunk.id: sents}, vector, floor=0.1)
    assert related is not None and "Digital Office" in related.sentence.text


@pytest.mark.parametrize(("lines", "kept"), [
    # names beside a role-only line: the names answer, the role line goes
    (["de burgemeester, Peter den Oudsten", "burgemeester en wethouders van Groningen,", "de secretaris, Peter Teesink"],
     ["Peter den Oudsten", "Peter Teesink"]),
    # no one named: the role stands in for the person ("who leads it?")
    (["Het bureau wordt geleid door de directeur."], ["directeur"]),
    (["de cto van het bureau", "Wie leidt het?"], ["cto"]),
])
def test_evidence_people_over_roles_keeps_a_role_only_when_no_one_is_named(lines, kept):
    chunk, said = chunk_with(*lines)
    evidence = [Evidence(sentence=s, chunk=chunk, score=1.0, similarity=0.9, entity=find_entity("person", s.text))
                for s, _ in said]
    assert [e.entity for e in people_over_roles(evidence) if e.entity] == kept


@pytest.mark.parametrize("text", [
    "Het commitment vanuit de IT-sector, bedrijven en overheden onderschrijft de koers.",
    "De directeuren van de ICT-sector en de mayoralty spraken af.", "Het ceonetwerk en de ministerie-afdeling.",
])
def test_evidence_role_words_are_whole_words(text):
    """'cto' inside 'IT-sector' is no role: a role answers 'who' only as a word of its own."""
    assert find_entity("person", text, LEXICON.not_person_names) is None


@pytest.mark.parametrize(("question", "kind"), [
    ("Who is involved in the Digital Office Groningen?", "open"), ("Wie zijn er betrokken bij het Digital Office?", "open"),
    ("Who takes part in the action plan?", "open"), ("Wie doen er mee aan Groningen Digital City?", "open"),
    ("Wie leidt het Digital Office?", "person"), ("Who signed the letter?", "person"),
])
def test_evidence_who_is_involved_asks_for_the_parties(question, kind):
    from assistant.understand import answer_type
    from index.lexical import normalise

    assert answer_type(normalise(question), LEXICON) == kind


@pytest.mark.parametrize(("text", "site"), [
    ("De website www.groningendigitalcity.com geeft een overzicht.", "www.groningendigitalcity.com"),
    ("Zie https://gemeente.groningen.nl/digital voor meer.", "https://gemeente.groningen.nl/digital"),
    ("Er is geen website genoemd.", None),
])
def test_evidence_website_is_found_as_written(text, site):
    assert find_entity("website", text) == site
