"""The Wegwijs reading path: steps are data in both languages, answered by the engine once per language and build."""

from __future__ import annotations

import pytest

from ui.wegwijs import ReadingPath, documents_step_html, load_steps, reading_order, step_html


def test_load_steps_have_title_and_question_in_both_languages():
    steps = load_steps()
    assert [s.id for s in steps] == ["goal", "themes", "office", "money", "largest", "focus"]
    assert all(set(s.title) == set(s.question) == {"nl", "en"} for s in steps)


@pytest.mark.parametrize("broken", ["- id: x\n  title: {nl: a}\n  question: {nl: b, en: c}\n",
                                    "- title: {nl: a, en: a}\n  question: {nl: b, en: c}\n"])
def test_load_steps_refuses_a_step_without_both_languages_or_id(tmp_path, broken):
    path = tmp_path / "steps.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ValueError):
        load_steps(path)


def test_reading_path_asks_each_step_once_per_language_and_build(assistant):
    asked = []

    def ask(question):
        asked.append(question)
        return assistant.ask(question), assistant.index

    path = ReadingPath(load_steps(), ask, lambda: assistant.index)
    nl, _ = path.answers("nl")
    path.answers("nl")
    en, _ = path.answers("en")
    assert path.computed == 2 and len(asked) == 2 * len(path.steps)
    assert [a.question for a in nl] == [s.question["nl"] for s in path.steps]
    assert [a.question for a in en] == [s.question["en"] for s in path.steps]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_step_html_renders_the_engines_answer_with_clickable_citations(assistant, language):
    step = next(s for s in load_steps() if s.id == "money")
    answer = assistant.ask(step.question[language])
    out = step_html(step, answer, assistant.index, language, 4)
    assert f"4. {step.title[language]}" in out and f'data-answered="{str(answer.answered).lower()}"' in out
    assert out.count('class="gdc-step-cite"') == len(answer.citations) > 0
    assert 'data-open-source="tables/subsidies_2017.csv"' in out
    assert ("€ 634.427" if language == "nl" else "€634,427") in out


def test_step_html_shows_the_engines_not_answered_text(assistant):
    step = next(s for s in load_steps() if s.id == "goal")
    answer = assistant.ask("Wat kost een parkeervergunning in Groningen?")
    assert not answer.answered
    out = step_html(step, answer, assistant.index, "nl", 1)
    assert "Niet beantwoord" in out and 'data-answered="false"' in out


def test_documents_step_lists_sources_in_reading_order(assistant):
    order = [s.source for s in reading_order(assistant.index.sources)]
    assert order == ["documents/actieplan-groningen-digital-city.md",
                     "documents/raadsbrief-2018-03-14-groningen-digital-city.md",
                     "tables/subsidies_2017.csv", "tables/subsidies_2017_totals.csv"]
    out = documents_step_html(assistant.index, "en", 7)
    assert "14 March 2018" in out and "council letter" in out and out.count('data-open-source=') == 4
