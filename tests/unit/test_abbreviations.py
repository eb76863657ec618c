"""The long form of an abbreviation is a span of the source's own text, never a guess."""

import pytest

from assistant.abbreviations import letters, long_form
from assistant.phrasing import abbreviations_asked, asks_meaning


@pytest.mark.parametrize(("abbreviation", "text", "expected"), [
    ("DOG", "in het Digital Office Groningen (DOG) samen", "Digital Office Groningen"),
    ("CDO", "Onder leiding van een Chief Digital Officer (CDO) zal dit", "Chief Digital Officer"),
    ("KvK", "de Kamer van Koophandel (KvK) meldt", "Kamer van Koophandel"),
    ("GDBC", "GDBC, Groninger Digital Business Center", "Groninger Digital Business Center"),
    ("ABC", "ABC - Alpha Beta Centre, in de stad", "Alpha Beta Centre"),
    ("O2G2", "O2G2 ism scholen. Een medewerker vanuit Openbaar Onderwijs Groep Groningen.", "Openbaar Onderwijs Groep Groningen"),
    ("OOGG", "Groningen Openbaar Onderwijs Groep Groningen, kortweg OOGG", "Openbaar Onderwijs Groep Groningen"),
])
def test_long_form_reads_what_the_text_writes(abbreviation, text, expected):
    assert long_form(abbreviation, text) == expected


@pytest.mark.parametrize(("abbreviation", "text"), [
    ("NOO", "Rijksuniversiteit Groningen ism NOO-bedrijven"),  # used, never spelled out
    ("DC", "Groningen DC. en Digital City"),  # two letters: any pair of names would do
    ("NL", "Groningen (NL)"),  # brackets whose words do not spell the letters
    ("GDBC", "Groninger Digital Business Center"),  # the initials alone, in a text that never uses the abbreviation
])
def test_long_form_guesses_nothing(abbreviation, text):
    assert long_form(abbreviation, text) is None


def test_letters_repeat_for_a_digit():
    assert (letters("O2G2"), letters("W3C"), letters("WEB11")) == ("OOGG", "WWWC", "WEB")


@pytest.mark.parametrize("question", [
    "waar staat DOG voor?", "wat betekent GDBC", "what does CDO stand for", "what is GDC short for?",
    "wat is de betekenis van O2G2", "which abbreviation is NOO", "what does ITANNN mean",
])
def test_phrasing_asks_meaning(question):
    assert asks_meaning(question)


@pytest.mark.parametrize("question", ["wat is het DOG?", "what does the DOG do?", "waar staat het DOG?",
                                      "wat doet GDBC"])
def test_phrasing_asks_no_meaning(question):
    assert not asks_meaning(question)


def test_phrasing_abbreviations_asked_prefers_capitals():
    assert abbreviations_asked("what does GDBC stand for") == ["GDBC"]
    assert abbreviations_asked("WAT BETEKENT GDBC") == ["GDBC"]  # all in capitals: no word stands out
    assert "O2G2" in abbreviations_asked("wat betekent o2g2")
