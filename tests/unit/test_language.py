"""Language detection and the way each language writes money, numbers and dates."""

import pytest

from assistant.language import detect_language, format_date, format_euro, parse_numbers
from assistant.lexicon import load_lexicon

VOTES = load_lexicon().language_votes


@pytest.mark.parametrize(("text", "language"), [
    ("Welke blockchainprojecten zijn gesubsidieerd?", "nl"), ("How much went to education projects in 2017?", "en"),
    ("Wat is het Digital Office?", "nl"), ("What is the Digital Office?", "en"), ("En wie was de aanvrager?", "nl"),
    ("And who applied for it?", "en"), ("Wie zijn de partners?", "nl"), ("Who are the partners?", "en"),
])
def test_language_detects_question_language(text, language):
    assert detect_language(text, VOTES) == language


def test_language_ambiguous_text_follows_the_conversation():
    assert detect_language("PyGrunn?", VOTES, default="en") == "en"
    assert detect_language("PyGrunn?", VOTES, default="nl") == "nl"


@pytest.mark.parametrize(("value", "nl", "en"), [(1500, "€ 1.500", "€1,500"), (2_200_000, "€ 2.200.000", "€2,200,000"),
                                                 (28837.59, "€ 28.837,59", "€28,837.59"), (383, "€ 383", "€383")])
def test_language_formats_euros_per_language(value, nl, en):
    assert format_euro(value, "nl") == nl and format_euro(value, "en") == en


def test_language_formats_dates_per_language():
    assert format_date("2018-03-14", "nl") == "14 maart 2018" and format_date("2018-03-14", "en") == "14 March 2018"
    assert format_date(None, "en") is None


def test_language_parses_numbers_in_both_notations():
    assert parse_numbers("€ 1.500 / €1,500 / 60.517,50 / 60,517.50 / ruim € 470.000,-") == [1500, 1500, 60517.5, 60517.5, 470000]


# "in" is Dutch as much as English, and a Dutch month name is Dutch: neither makes a Dutch question English
@pytest.mark.parametrize("question", ["was de google digitale werkplaats in martiniplaza", "was pygrunn in mei 2017"])
def test_language_in_and_dutch_months(question):
    assert detect_language(question, load_lexicon().language_votes, "en") == "nl"


# "th" inside a Dutch word ("wethouder") and a Dutch plural with an apostrophe ("thema's") vote Dutch, not English
def test_language_th_inside_a_dutch_word():
    assert detect_language("wethouder zei in debat: 27 projecten op 4 thema's in 2017. klopt",
                           load_lexicon().language_votes, "en") == "nl"
