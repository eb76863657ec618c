"""A property the table has no column for (a contact person, a project leader, a start or end date) is never
answered with another column; the applicant answers only "who applied". Generated over projects and roles."""

from __future__ import annotations

import re

import pytest

PROJECTS = ["IT Academy", "PyGrunn", "Django Girls", "Web 11", "Draadloos Groningen"]
ROLES = [("Wie is de {role} van {p}?", "contactpersoon"), ("Wie is de {role} van {p}?", "projectleider"),
         ("wie is de {role} bij {p}", "woordvoerder"), ("Who is the {role} of {p}?", "contact person"),
         ("Who is the {role} for {p}?", "project leader"), ("who is the {role} of {p}", "spokesperson"),
         ("who's the {role} of {p}", "contact person"), ("Who’s the {role} for {p}?", "project leader")]


@pytest.mark.parametrize(("template", "role"), ROLES)
@pytest.mark.parametrize("project", PROJECTS)
def test_row_property_role_is_not_the_applicant(assistant, template, role, project):
    reply = assistant.ask(template.format(role=role, p=project))
    assert not reply.text.startswith(("Aanvrager", "Applicant")), reply.text
    assert not reply.answered, reply.text
    assert role in reply.text  # the refusal names what is missing, in the asker's words


@pytest.mark.parametrize(("question", "says"), [("Wie is de aanvrager van PyGrunn?", "WEB11"),
                                                ("Who applied for PyGrunn?", "WEB11"),
                                                ("Who is the applicant of IT Academy?", "ITANNN"),
                                                # "what is the X of …" with X a column
                                                ("What is the total project size of PyGrunn?", "17,500"),
                                                ("Wat is de bijdrage van PyGrunn?", "1.500"),
                                                ("What are the partners of Draadloos Groningen?", "Hanzehogeschool")])
def test_row_property_a_column_still_answers(assistant, question, says):
    reply = assistant.ask(question)
    assert reply.answered and says in reply.text, reply.text


@pytest.mark.parametrize("question", ["whats the end date of the gdbc project", "Wat is de einddatum van GDBC?",
                                      "What is the end date of the Groninger Digital Business Center?"])
def test_row_property_date_range_in_the_description_is_given_whole(assistant, question):
    reply = assistant.ask(question)
    assert reply.answered and "2017-2020" in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize("question", ["Wat is de startdatum van Coders Academy?", "What is the start date of the Social Media Club?",
                                      "wanneer begon Draadloos Groningen"])
def test_row_property_date_missing_is_refused_with_the_row(assistant, question):
    reply = assistant.ask(question)
    first = reply.text.split("\n")[0]
    assert not reply.answered and "€" not in first, reply.text
    assert "€" in reply.text  # then what the table does say about the project


LISTS = [("which projects fall under infrastructure?", "who are the partners?"),
         ("Welke blockchainprojecten zijn er?", "Wie zijn de partners?"),
         ("Which projects were about blockchain?", "and their partners?"),
         ("Welke projecten vallen onder infrastructuur?", "wat zijn de partners")]


@pytest.mark.parametrize(("first", "follow"), LISTS)
def test_row_property_follow_up_field_is_shown_for_every_listed_row(assistant, first, follow):
    """'Who are the partners?' after a list: the same rows, each with its partners (not the list again)."""
    before = assistant.ask(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": before.text}]
    reply = assistant.ask(follow, history=history)
    assert before.table is not None and reply.table is not None
    for row in before.table.rows:
        assert row.partners and row.partners in reply.text, (row.project, reply.text)


@pytest.mark.parametrize("question", ["Wat zijn de partners van de blockchainprojecten?",
                                      "who are the partners of the infrastructure projects?",
                                      "Welke partners hebben de onderwijsprojecten?"])
def test_row_property_list_with_a_field_shows_it_per_row(assistant, question):
    reply = assistant.ask(question)
    assert reply.table is not None and reply.table.rows
    for row in reply.table.rows:
        assert (row.partners or "") in reply.text, (row.project, reply.text)


DUTCH_MONTHS = ("januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober")


@pytest.mark.parametrize("project", ["Trendship '17", "PyGrunn", "Web 11"])
@pytest.mark.parametrize(("template", "language"), [("When did {p} take place?", "en"), ("Wanneer was {p}?", "nl")])
def test_row_property_date_from_a_description_is_said_in_the_askers_language(assistant, project, template, language):
    """The date found in a Dutch description leads the English answer with English month names."""
    reply = assistant.ask(template.format(p=project))
    first = reply.text.split("\n")[0]
    assert reply.answered and re.search(r"\b20\d\d\b", first), reply.text
    if language == "en":
        assert not any(m in first.lower() for m in DUTCH_MONTHS), first


@pytest.mark.parametrize("question", ["tell me about wireless groningen", "Tell me about PyGrunn",
                                      "What are the partners and the description of PyGrunn?"])
def test_row_property_english_answer_gives_the_description_in_english_first(assistant, store, question):
    """The description is stated in English (word by word through the gloss), then as the table writes it."""
    reply = assistant.ask(question)
    row = next(r for r in store.rows if r.description and r.description in reply.text)
    before = reply.text.split(row.description)[0]
    assert "in English" in before and "“" in before, reply.text


def test_row_property_dutch_answer_keeps_the_description_as_written(assistant):
    reply = assistant.ask("Vertel eens over Draadloos Groningen")
    assert "Beschrijving: «" in reply.text and "in English" not in reply.text


# "What is the X of <project>?" for an X no column holds and no description states: refused naming X, with the row
# offered, never the row's card or amount as if it answered (generated: properties × projects × languages)
NOT_STATED = [("What is the {x} of {p}?", x) for x in ("contact person", "email address", "opening hours",
                                                      "founding year", "salary of the director", "ticket price")]
NOT_STATED += [("Wat is de {x} van {p}?", x) for x in ("contactpersoon", "openingstijden", "directeur")]
NOT_STATED += [("Wat is het {x} van {p}?", x) for x in ("e-mailadres", "oprichtingsjaar", "salaris van de directeur")]


@pytest.mark.parametrize(("template", "asked"), NOT_STATED)
@pytest.mark.parametrize("project", PROJECTS)
def test_row_property_not_stated_is_refused_naming_it(assistant, template, asked, project):
    reply = assistant.ask(template.format(x=asked, p=project))
    first = reply.text.split("\n")[0]
    assert not reply.answered and "€" not in first, reply.text
    assert asked.split()[0] in first.lower() or asked.split()[-1] in first.lower(), reply.text


# an amount asked per unit of time, what the people a project pays are paid, or what it costs to enrol someone: no
# row holds any of them, so each is refused naming it, the row's contribution offered beside it, never as the answer
PER_UNIT = [("hoeveel kreeg {p} per maand?", "maand"), ("How much did {p} get per month?", "month"),
            ("how much does {p} get per hour", "hour"), ("wat krijgt {p} per les", "les"),
            ("hoeveel kreeg {p} per deelnemer", "deelnemer"), ("how much did {p} get per visitor", "visitor"),
            ("Do the trainees at {p} get paid?", "pay"), ("hoeveel worden de vrijwilligers van {p} betaald", "salaris"),
            ("how much are the volunteers of {p} paid", "pay"),
            ("wat kost het om mijn kind in te schrijven voor {p}?", "in te schrijven"),
            ("how much does it cost to sign my son up for {p}", "sign your son up"),
            ("what does it cost to enrol in {p}", "enrol")]


@pytest.mark.parametrize(("template", "asked"), PER_UNIT)
@pytest.mark.parametrize("project", PROJECTS)
def test_row_property_rate_pay_or_enrolment_is_refused_naming_it(assistant, template, asked, project):
    reply = assistant.ask(template.format(p=project))
    first = next(line for line in reply.text.split("\n") if line.strip() and not line.startswith("**"))
    assert not reply.answered and "€" not in first, reply.text
    assert asked in first, reply.text


@pytest.mark.parametrize("question", ["when is PyGrunn usually?", "when does PyGrunn usually take place",
                                      "wanneer is PyGrunn meestal?", "wanneer is PyGrunn doorgaans?"])
def test_row_property_a_usual_date_is_answered_by_the_edition_dated(assistant, question):
    """How it usually goes is no word the description must say: its dated edition ("mei 2017") answers."""
    reply = assistant.ask(question)
    assert reply.answered and ("mei 2017" in reply.text or "May 2017" in reply.text), reply.text
