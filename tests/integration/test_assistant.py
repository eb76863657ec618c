"""Assistant.ask end to end on the real index: routes, table operations, refusals, follow-ups, languages, citations."""

from __future__ import annotations

import re

import pytest

from assistant.engine import InputError
from assistant.language import parse_numbers


def ask(assistant, question, history=()):
    return assistant.ask(question, list(history))


@pytest.mark.parametrize(("question", "route", "figures", "names"), [
    ("Welke blockchainprojecten zijn gesubsidieerd?", "table+documents", [5000, 100000, 2000, 107000],
     ["Hackathon Innovatie programma", "Blockchain Hackathon Innovatie programma", "Blockchain in Education"]),
    # a theme selection has no supporting passage (the letter's sentence listing all four themes was padding)
    ("How much went to education projects in 2017?", "table", [242070], ["GDBC"]),
    ("Hoeveel kreeg PyGrunn?", "table", [1500], ["WEB11"]),
    ("What was the total project size of the Google Digitale Werkplaats?", "table", [500000], []),
    ("Welk project kreeg de kleinste bijdrage?", "table", [383], ["Django Girls"]),
    ("Which project had the largest total project size?", "table", [2200000], ["Blockchain Hackathon Innovatie programma"]),
    ("Hoeveel projecten vallen onder Kennis & Innovatie?", "table", [10], []),
    ("What is the average contribution per project in Profilering & Vestigingsklimaat?", "table", [12500], []),
    ("Hoeveel kreeg WEB11 in totaal?", "table", [4000], ["PyGrunn", "Web 11"]),
    ("Wat is de slogan van het Digital Office Groningen?", "documents", [], ["Everyone has a right to a digital future"]),
    ("When was the action plan adopted?", "documents", [], ["13 December 2016"]),
    ("Wie heeft de brief geschreven?", "documents", [], ["F.V. Hendriks"]),
    ("How much does the municipality expect to contribute in 2018?", "documents", [400000, 600000], ["4 tot 6 ton"]),
])
def test_assistant_answers_with_exact_figures_and_route(assistant, question, route, figures, names):
    answer = ask(assistant, question)
    # "table" accepts a supporting prose passage too; "table+documents" demands one.
    assert answer.answered and (answer.route == route or route == "table" and answer.route == "table+documents"), answer.text
    numbers = set(parse_numbers(answer.text.replace("[", " [")))
    assert all(f in numbers for f in figures), (figures, answer.text)
    assert all(n in answer.text for n in names), answer.text


def test_assistant_overall_total_leads_with_the_stated_figure_then_the_computed_one(assistant):
    answer = ask(assistant, "Hoeveel heeft de gemeente in 2017 in totaal bijgedragen?")
    text = answer.text
    # the letter's own figure and the annex's totals come first, then the sum of the rows and the differences
    assert text.index("ruim € 470.000") < text.index("€ 469.427") < text.index("€ 634.427")
    assert "€ 474.427, € 5.000 meer dan de vermelde € 469.427" in text
    assert answer.route == "table+documents"


@pytest.mark.parametrize(("question", "language", "says"), [
    ("Who is the Chief Digital Officer?", "en", "mention no name"),
    ("Hoeveel subsidie kreeg Philips?", "nl", "'philips' nergens"),
    ("What is the capital of France?", "en", "the sources don't say"),
    ("Wat was het budget van het Digital Office in 2020?", "nl", "de bronnen zeggen het niet"),
    ("How many employees does Coders Academy have?", "en", "the sources don't say"),
    ("How much did ING contribute to Trendship '17?", "en", "the sources don't say"),
])
def test_assistant_refuses_what_the_sources_do_not_say(assistant, question, language, says):
    answer = ask(assistant, question)
    assert not answer.answered and answer.language == language
    assert says in answer.text.lower() or says in answer.text


def test_assistant_missing_amount_in_table_is_not_answered(assistant):
    answer = ask(assistant, "What was the total project size of the Like-programma?")
    assert not answer.answered and "no total project size" in answer.text
    assert answer.citations[0].locator.startswith("B1-23")


@pytest.mark.parametrize(("history", "question", "expected"), [
    ([("user", "Hoeveel subsidie kreeg PyGrunn?"), ("assistant", "PyGrunn kreeg € 1.500.")], "En wie was de aanvrager?", "WEB11"),
    ([("user", "How much did Trendship '17 get?"), ("assistant", "€10,000")], "And the total project size?", "€334,500"),
    ([("user", "Which blockchain projects were funded?"), ("assistant", "Three projects.")], "Which of them got the most?",
     "€100,000"),
    ([("user", "Welk project kreeg de grootste bijdrage?"),
      ("assistant", "Het GDBC, Groninger Digital Business Center, met € 150.000.")], "Wie waren de partners van dat project?",
     "RuG, NOO, > 20 IT-bedrijven"),
    ([("user", "How much went to education projects in 2017?"), ("assistant", "€242,070")], "And to infrastructure?", "€15,000"),
    ([("user", "What is the Digital Office Groningen?"), ("assistant", "A cooperation …")], "Who leads it?",
     "Chief Digital Officer"),
])
def test_assistant_follow_up_uses_the_conversation(assistant, history, question, expected):
    answer = ask(assistant, question, [{"role": r, "content": c} for r, c in history])
    assert answer.answered and expected in answer.text, answer.text


def test_assistant_english_answer_over_dutch_text_quotes_the_dutch(assistant):
    answer = ask(assistant, "Who signed the council letter?")
    assert answer.language == "en" and answer.answered
    assert "(in Dutch)" in answer.text and "Peter den Oudsten" in answer.text


@pytest.mark.parametrize("question", ["Welke blockchainprojecten zijn gesubsidieerd?", "What is the Digital Office Groningen?",
                                      "Hoeveel heeft de gemeente in 2017 in totaal bijgedragen?", "Who signed the council letter?"])
def test_assistant_every_citation_quote_is_in_its_file_and_every_marker_resolves(assistant, shared_settings, question):
    answer = ask(assistant, question)
    for c in answer.citations:
        text = (shared_settings.knowledge_dir / c.source).read_text(encoding="utf-8")
        assert c.quote and c.quote in text, (c.source, c.quote)
        assert f"[{c.n}]" in answer.text
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.n for c in answer.citations}


@pytest.mark.parametrize(("question", "message"), [("", "empty"), (" \n ", "empty"), ("a" * 2001, "limit is 2000"),
                                                   ("hoi\x00", "control character")])
def test_assistant_bad_question_raises_input_error(assistant, question, message):
    with pytest.raises(InputError, match=message):
        assistant.ask(question)


def test_assistant_bad_history_raises_input_error(assistant):
    with pytest.raises(InputError, match="history turn 1"):
        assistant.ask("En de aanvrager?", [{"role": "system", "content": "x"}])


def test_assistant_pipeline_is_a_langchain_runnable_and_retriever(assistant):
    from langchain_core.retrievers import BaseRetriever
    from langchain_core.runnables import Runnable

    runnable = assistant.as_runnable()
    assert isinstance(runnable, Runnable) and isinstance(assistant.searcher, BaseRetriever)
    assert runnable.invoke({"question": "Hoeveel kreeg PyGrunn?"}).answered
    docs = assistant.searcher.invoke("Wat is de slogan van het Digital Office?")
    assert "Everyone has a right to a digital future" in docs[0].page_content
    assert docs[0].metadata["source"].endswith(".md") and docs[0].metadata["dense_rank"] is not None


@pytest.mark.parametrize(("question", "route", "operation"), [
    ("Welke blockchainprojecten zijn gesubsidieerd?", "table", "list"),
    ("Hoeveel projecten zijn er voor kinderen?", "table", "count"),
    ("What are the themes of the Digital Office?", "documents", None),
    ("Welk project kreeg de grootste bijdrage per thema?", "table", "group"),
    ("According to the letter, how many SME visitors did the Google Digitale Werkplaats attract?", "documents", None),
    # no table covers 2016: not answered from the tables, but the intent keeps what was asked for the refusal
    ("How much did the municipality contribute in 2016?", "documents", "sum"),
])
def test_route_decides_without_an_llm(assistant, question, route, operation):
    intent = assistant.understander.understand(question)
    assert intent.route == route
    assert (intent.table_query.operation if intent.table_query else None) == operation
    assert intent.foreign_year == (2016 if "2016" in question else None)
