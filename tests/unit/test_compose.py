"""Composing answers: table answers per operation, quoted document answers, refusals; in the asker's language."""

from __future__ import annotations

import re

import pytest

from assistant.catalogue import load_catalogue
from assistant.cite import Citations
from assistant.compose import (
    Refusal,
    compose_documents,
    compose_refusal,
    describe_source,
    render_entity,
    support_key,
)
from assistant.records import Evidence, Intent
from index.records import Chunk, Sentence, SourceInfo

CATALOGUE = load_catalogue()
LETTER = SourceInfo(source="documents/brief.md", title="Raadsbrief", kind="council letter", date="2018-03-14")
ARTICLE = SourceInfo(source="documents/artikel.md", title="Actieplan", kind="web article")


def evidence(text: str, source: str = "documents/brief.md", section=("Financiering",), entity=None) -> Evidence:
    chunk = Chunk(id=source + text[:5], source=source, title="Brief", section=section, page=None, start=0, end=len(text),
                  text=text)
    return Evidence(sentence=Sentence(chunk_id=chunk.id, start=0, end=len(text), text=text), chunk=chunk, score=1.0,
                    similarity=0.9, entity=entity)


def intent(language: str, answer_type: str = "open", years=()) -> Intent:
    return Intent(question="q", language=language, route="documents", table_query=None,  # type: ignore[arg-type]
                  search_query="q", answer_type=answer_type, years=tuple(years), subject_terms=())  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "lead", "support"), [
    ("nl", "**13 december 2016** [1]", "Uit de raadsbrief van 14 maart 2018, 'Financiering':"),
    ("en", "**13 December 2016** [1]", "From the council letter of 14 March 2018, section 'Financiering' (in Dutch):"),
])
def test_compose_documents_leads_with_the_typed_answer_and_quotes_by_source(language, lead, support):
    cites = Citations(language, CATALOGUE)  # type: ignore[arg-type]
    found = evidence("Dit actieplan hebben wij op 13 december 2016 vastgesteld.", entity="13 december 2016")
    text = compose_documents(intent(language, "date"), [found], {LETTER.source: LETTER}, cites, CATALOGUE)
    assert text.startswith(lead) and support in text
    assert "> Dit actieplan hebben wij op 13 december 2016 vastgesteld. [1]" in text
    assert [c.quote for c in cites.items] == ["Dit actieplan hebben wij op 13 december 2016 vastgesteld."]


def test_compose_documents_groups_quotes_of_one_source_and_names_each_source():
    cites = Citations("nl", CATALOGUE)
    items = [evidence("Zin een.", section=("A",)), evidence("Zin twee.", source="documents/artikel.md", section=())]
    text = compose_documents(intent("nl"), items, {LETTER.source: LETTER, ARTICLE.source: ARTICLE}, cites, CATALOGUE)
    assert "Uit het webartikel 'Actieplan':" in text and "Uit de raadsbrief van 14 maart 2018, 'A':" in text
    assert re.findall(r"\[(\d)\]", text) == ["1", "2"]


def test_compose_source_without_front_matter_is_named_by_its_title():
    found = evidence("Iets.", source="documents/nieuw.md", section=())
    other = SourceInfo(source="documents/nieuw.md", title="Jaarverslag 2019")
    assert describe_source(other, found, CATALOGUE, "en") == "'Jaarverslag 2019'"


@pytest.mark.parametrize(("reason", "language", "says"), [
    ("type", "nl", "noemen geen datum"), ("type", "en", "mention no date"),
    ("year", "en", "for 2020; the project tables cover the contributions of 2017"), ("no_evidence", "nl", "Ik vond geen passage"),
    ("unknown", "en", "never mention 'philips'"),
])
def test_compose_refusal_says_why_in_the_askers_language(reason, language, says):
    refusal = Refusal(reason=reason, names=("philips",), covered=(2017,))
    text = compose_refusal(intent(language, "date", years=(2020,)), refusal, None, {}, Citations(language, CATALOGUE),
                           CATALOGUE)
    assert text.startswith(CATALOGUE.text(language, "refuse")) and says in text


def test_compose_refusal_shows_what_the_sources_do_say():
    cites = Citations("en", CATALOGUE)
    text = compose_refusal(intent("en"), Refusal(reason="no_evidence"), evidence("Het DOG is tijdelijk."),
                           {LETTER.source: LETTER}, cites, CATALOGUE)
    assert "What the sources do say:" in text and "> Het DOG is tijdelijk. [1]" in text and len(cites.items) == 1


@pytest.mark.parametrize(("entity", "english"), [
    ("13 december 2016", "13 December 2016"), ("ruim € 470.000,-", "more than €470,000"),
    ("4 tot 6 ton", "4 to 6 ton (€400,000–€600,000; 1 'ton' is €100,000)"), ("2 jaar", "2 years"),
])
def test_compose_render_entity_in_english(entity, english):
    assert render_entity(entity, "en") == english and render_entity(entity, "nl") == entity


@pytest.mark.parametrize(("question", "language", "says"), [
    ("Hoeveel kreeg PyGrunn?", "nl", "**PyGrunn** (WEB11) kreeg in 2017 een gemeentelijke bijdrage van **€ 1.500** [1]."),
    ("How much did PyGrunn get?", "en", "**PyGrunn** (WEB11) received a municipal contribution of **€1,500** in 2017 [1]."),
    ("Welk project kreeg de kleinste bijdrage?", "nl", "is **Django Girls** (OTP): **€ 383**"),
    ("How many projects are in Kennis & Innovatie?", "en", "**10 projects**"),
    ("Hoeveel heeft de gemeente in 2017 in totaal bijgedragen?", "nl", "€ 5.000 meer dan de vermelde € 469.427"),
    ("What was the total project size of the Like-programma?", "en", "no total project size"),
])
def test_compose_table_answers_per_operation(assistant, question, language, says):
    answer = assistant.ask(question)
    assert answer.language == language and says in answer.text, answer.text


def test_compose_every_marker_resolves_to_a_citation(assistant):
    answer = assistant.ask("Welke blockchainprojecten zijn gesubsidieerd?")
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.n for c in answer.citations} and len(markers) >= 3


@pytest.mark.parametrize(("written_in", "asked_in", "key"), [
    ("nl", "en", "support"), ("en", "en", "support_same_language"), ("nl", "nl", "support_same_language"),
    ("", "en", "support"),
])
def test_compose_support_says_dutch_only_of_a_dutch_source(written_in, asked_in, key):
    assert support_key(SourceInfo(source="d.md", title="D", language=written_in), asked_in) == key
