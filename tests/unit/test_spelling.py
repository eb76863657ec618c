"""Typos mended before a question is read: the cue words and keywords a slip hides, never a real word or a name."""

import pytest

from assistant.lexicon import LEXICON_DIR
from assistant.spelling import Speller, dutch_words, english_words, lexicon_words


@pytest.fixture(scope="module")
def speller():
    # the sources' own words stand in for an index: a few the questions below lean on
    sources = ["blockchain", "gemeente", "digital", "ondernemers", "projecten", "bezoekers", "onderwijs", "hoeven",
               "office"]
    return Speller.of(lexicon_words(LEXICON_DIR), sources, english_words(), dutch=dutch_words())


@pytest.mark.parametrize(("typed", "language", "meant"), [
    ("hoevel kreeg pygrunn", "nl", "hoeveel kreeg pygrunn"),  # a dropped letter
    ("did the city fund anything about blockchian", "en", "did the city fund anything about blockchain"),  # swapped
    ("wat is groningen digitl city", "nl", "wat is groningen digital city"),
    ("hoeveel projceten over onderwijs", "nl", "hoeveel projecten over onderwijs"),
    ("Hoevel ging naar onderwijs?", "nl", "Hoeveel ging naar onderwijs?"),  # capitalised as typed at the start
    ("welke projecten hebben gen bedrag", "nl", "welke projecten hebben geen bedrag"),  # a short word, a vowel dropped
    ("hoeveel per thma", "nl", "hoeveel per thema"),
    ("hoeveel in het jar 2017", "nl", "hoeveel in het jaar 2017"),
    ("which projects have no amout", "en", "which projects have no amount"),  # a dropped letter before "about"
    ("how many fte does the digital ofice have", "en", "how many fte does the digital office have"),
])
def test_spelling_mends_a_slip(speller, typed, language, meant):
    assert speller.mend(typed, language) == meant


@pytest.mark.parametrize(("typed", "language"), [
    ("What is the founding year of PyGrunn?", "en"),  # a real English word one slip from "funding"
    ("wie is de contactpersoon van de brief", "nl"),  # "persoon" is Dutch, not "person" misspelt
    ("Hoe kan ik als ondernemer subsidie aanvragen?", "nl"),  # a form of "ondernemers", not "ondernemen"
    ("Hoeveel kreeg Groningen Games Week?", "nl"),  # a name as typed, for the refusal to quote
    ("Wat is de relatie met G-kwadraat?", "nl"),
    ("is there a jar of money for it", "en"),  # a short English word in an English question
    ("burgemeester koen schuiling", "nl"),  # a short unknown name: only a dropped vowel is mended
    # real Dutch words one slip from a word questions use (the Dutch word list), and a short one from English
    ("leg het uit in gewone woorden", "nl"),
    ("heeft groningen de verkiezing slimste straat gewonnen", "nl"),
    ("wanneer begon it academy", "nl"),
    ("hoeveel denkt het college bij te dragen", "nl"),
    ("wat betekent het woord hackathon", "nl"),
    ("hoeveel man werkten eraan", "nl"),
])
def test_spelling_leaves_real_words_and_names(speller, typed, language):
    assert speller.mend(typed, language) == typed


def test_spelling_typo_in_the_lexicon_is_no_target():
    # the labelled examples hold typos on purpose; a word the lexicon uses once is not mended into
    s = Speller.of(["contnuing"], [])
    assert s.correction("continuing") is None


def test_spelling_typo_the_examples_repeat_is_no_target():
    # "ofice" twice in the examples is still a slip of the sources' "office", not a word of its own
    s = Speller.of(["ofice"] * 2 + ["office"] * 20 + ["staat"] * 2 + ["staan"] * 3, ["office", "staan"])
    assert s.correction("ofice") == "office" and s.correction("staat") is None


def test_spelling_dutch_word_list_is_read_from_its_package():
    words = dutch_words()
    assert all(w in words for w in ("woorden", "straat", "begon", "gesubsidieerd")) and "hoevel" not in words
