"""The chat UI in headless Chromium against a real server and the real Assistant over the shipped corpus."""

from __future__ import annotations

import re

import pytest

from ui.feedback import read_feedback

from .helpers import ask, last_answer

pytestmark = pytest.mark.browser


def test_chat_answers_dutch_question_with_cited_rows_and_computation(ui_server, open_page, artifacts):
    page = open_page(ui_server.url, "nl-NL")
    assert page.inner_text("#gdc-send").strip() == "Vraag"
    assert ask(page, "Welke blockchainprojecten zijn gesubsidieerd?") == "answered"
    answer = last_answer(page)
    assert "Blockchain in Education" in answer and "€ 107.000" in answer and "[3]" in answer
    panel = page.locator("#gdc-sources-panel")
    assert panel.locator(".gdc-citation").count() >= 3
    first = panel.locator("#gdc-cite-1")
    assert first.locator(".gdc-cite-head").inner_text() == (
        "[1] subsidies_2017.csv, rij B1-01: Hackathon Innovatie programma · Dutch Blockchain Hackathon BV · € 5.000")
    assert "Hackathon Innovatie programma" in first.locator(".gdc-raw mark").text_content()
    computation = panel.locator(".gdc-computation")
    assert computation.locator(".gdc-selection").inner_text() == (
        "Selectie: projecten waarvan de naam of beschrijving 'blockchain' noemt (3 van 23)")
    assert "€ 107.000" in computation.locator(".gdc-figure").inner_text()
    assert computation.locator(".gdc-sql").text_content().startswith("SELECT")
    refs = computation.locator(".gdc-rows tbody tr").evaluate_all("rows => rows.map(r => r.dataset.rowRef)")
    assert refs == ["B1-01", "B1-02", "B1-10"]
    page.screenshot(path=str(artifacts / "chat-answer-nl.png"), full_page=True)
    assert page.outside == [], f"the page fetched from outside the machine: {page.outside}"


def test_chat_answers_english_question_in_english_interface(ui_server, open_page, artifacts):
    page = open_page(ui_server.url, "en-US")
    assert page.inner_text("#gdc-send").strip() == "Ask"
    assert page.inner_text("#gdc-tab-projects-button").strip() == "Projects"
    assert "Sources of the last answer" in page.inner_text("#gdc-sources-panel")
    assert ask(page, "Who signed the council letter?") == "answered"
    assert "Peter den Oudsten" in last_answer(page)
    citation = page.locator("#gdc-sources-panel #gdc-cite-1")
    head = citation.locator(".gdc-cite-head").inner_text()
    assert "Groningen Digital City (raadsbrief)" in head and "14 March 2018" in head
    assert "Tot slot" in citation.locator(".gdc-locator").inner_text()
    assert "Peter den Oudsten" in citation.locator("mark").inner_text()
    # the passage around the quote is shown too, not only the quote
    assert len(citation.locator(".gdc-passage").inner_text()) > len(citation.locator("mark").inner_text())
    page.screenshot(path=str(artifacts / "chat-answer-en.png"), full_page=True)


def test_chat_follow_up_question_uses_the_conversation(ui_server, open_page):
    page = open_page(ui_server.url)
    ask(page, "Hoeveel subsidie kreeg PyGrunn?")
    assert "€ 1.500" in last_answer(page)
    ask(page, "En wie was de aanvrager?")
    assert "WEB11" in last_answer(page)
    assert "B1-03" in page.inner_text("#gdc-sources-panel")


def test_chat_unanswered_question_is_marked(ui_server, open_page):
    page = open_page(ui_server.url)
    assert ask(page, "Wat kost een parkeervergunning?") == "unanswered"
    assert page.locator("#gdc-sources-panel .gdc-badge-no").inner_text().strip() == "Niet beantwoord"
    assert "(niet beantwoord)" in last_answer(page)


def test_chat_html_in_question_and_source_is_shown_as_text(ui_server, open_page):
    page = open_page(ui_server.url)
    hostile = "<img src=x onerror=alert(1)>"
    ask(page, hostile)
    page.wait_for_timeout(300)  # an injected onerror would fire on the failed image load by now
    assert page.dialogs == []
    assert page.locator("#gdc-chat [data-testid='user']").last.inner_text().strip() == hostile
    assert page.locator("#gdc-chat img[src='x'], #gdc-sources-panel img").count() == 0
    assert hostile in page.locator("#gdc-sources-panel .gdc-question").inner_text()
    # the Like-programma row of the letter holds a literal <ul style=...> tag: shown, never rendered
    ask(page, "Welke focuspunten heeft het LIKE project?")
    tag = '<ul style="list-style-type: none">'
    assert tag in page.locator("#gdc-sources-panel .gdc-passage").first.inner_text()
    assert tag in last_answer(page)
    assert page.locator("#gdc-chat ul[style], #gdc-sources-panel ul[style]").count() == 0
    assert page.dialogs == []


def test_feedback_rating_and_comment_are_appended_to_the_jsonl(ui_server, open_page):
    path = ui_server.settings.feedback_path
    before = len(read_feedback(path))
    page = open_page(ui_server.url)
    ask(page, "Hoeveel subsidie kreeg PyGrunn?")
    page.locator("#gdc-chat button[aria-label='Vind ik niet leuk']").last.click()
    page.wait_for_selector("#gdc-feedback-comment textarea")
    lines = read_feedback(path)
    assert len(lines) == before + 1
    rated = lines[-1]
    assert rated["rating"] == "down" and rated["comment"] == "" and rated["question"] == "Hoeveel subsidie kreeg PyGrunn?"
    assert rated["answered"] is True and rated["language"] == "nl" and "€ 1.500" in rated["answer"]
    assert rated["citations"][0]["source"] == "tables/subsidies_2017.csv"
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", rated["time"])
    page.fill("#gdc-feedback-comment textarea", "Bedrag klopt, maar noem ook de totale omvang.")
    page.click("#gdc-feedback-send")
    page.wait_for_function("() => document.querySelector('#gdc-feedback-status').innerText.includes('opgeslagen')")
    lines = read_feedback(path)
    assert len(lines) == before + 2
    assert lines[-1]["id"] == rated["id"] and lines[-1]["rating"] == "down"
    assert lines[-1]["comment"] == "Bedrag klopt, maar noem ook de totale omvang."
    assert lines[-2] == rated  # the first line is kept as it was


def test_projects_tab_filters_by_theme_and_search_with_totals(ui_server, open_page):
    page = open_page(ui_server.url)
    page.click("#gdc-tab-projects-button")
    totals = page.locator("#gdc-projects .gdc-totals")
    assert totals.get_attribute("data-rows") == "23"
    page.click("#gdc-theme-filter input")
    page.locator("[data-testid='dropdown-option'][aria-label='Infrastructuur']").click()
    page.wait_for_selector("#gdc-projects .gdc-totals[data-rows='1']")
    assert "€ 15.000" in totals.locator(".gdc-total-contribution").inner_text()
    assert page.locator("#gdc-projects tbody tr").evaluate_all("rows => rows.map(r => r.dataset.rowRef)") == ["B1-20"]
    assert "Draadloos Groningen" in page.inner_text("#gdc-projects tbody")
    page.click("#gdc-theme-filter input")
    page.locator("[data-testid='dropdown-option'][aria-label=\"Alle thema's\"]").click()
    page.wait_for_selector("#gdc-projects .gdc-totals[data-rows='23']")
    page.fill("#gdc-project-search textarea", "python")
    page.wait_for_selector("#gdc-projects .gdc-totals[data-rows='1']")
    assert "PyGrunn" in page.inner_text("#gdc-projects tbody")
    assert "€ 1.500" in totals.inner_text()


def test_documents_tab_lists_the_knowledge_base_and_hides_reindex(ui_server, open_page):
    page = open_page(ui_server.url)
    page.click("#gdc-tab-documents-button")
    letter = page.locator("#gdc-documents tr[data-source='documents/raadsbrief-2018-03-14-groningen-digital-city.md']")
    assert "Groningen Digital City (raadsbrief)" in letter.inner_text() and "14 maart 2018" in letter.inner_text()
    assert re.search(r"\d+ passages", letter.inner_text())
    table = page.locator("#gdc-documents tr[data-source='tables/subsidies_2017.csv']")
    assert "23 rijen" in table.inner_text()
    assert page.locator("#gdc-admin").count() == 0 or not page.locator("#gdc-admin").is_visible()
    assert page.locator("#gdc-reindex").count() == 0 or not page.locator("#gdc-reindex").is_visible()


def test_api_ask_returns_answer_with_citations(ui_server):
    from gradio_client import Client

    client = Client(ui_server.url, verbose=False)
    first = client.predict(question="Hoeveel subsidie kreeg PyGrunn?", history=[], api_name="/ask")
    assert first["answered"] is True and first["language"] == "nl" and "€ 1.500" in first["answer"]
    assert first["citations"][0] == {"n": 1, "source": "tables/subsidies_2017.csv", "title": "subsidies_2017.csv",
                                     "locator": "B1-03, regel 4",
                                     "quote": "2017,Programma Economie en Werkgelegenheid,Kennis & Innovatie,PyGrunn,WEB11,1500,17500"}
    history = [{"role": "user", "content": "Hoeveel subsidie kreeg PyGrunn?"}, {"role": "assistant", "content": first["answer"]}]
    follow = client.predict(question="En wie was de aanvrager?", history=history, api_name="/ask")
    assert "WEB11" in follow["answer"]
    with pytest.raises(Exception, match="empty"):
        client.predict(question="   ", history=[], api_name="/ask")
