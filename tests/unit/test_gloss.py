"""The word-by-word English of Dutch source text keeps what is not a Dutch word as written: codes with digits,
ranges, web addresses, amounts."""

from __future__ import annotations

import pytest

from assistant.gloss import Gloss

GLOSS = Gloss.load()


@pytest.mark.parametrize("kept", ["5G", "O2G2", "IoT", "2017-2019", "www.groningendigitalcity.com", "€ 1.500", "B1-03"])
def test_gloss_keeps_codes_ranges_and_addresses_as_written(kept):
    assert kept in GLOSS.render(f"Het project met {kept} is uitgevoerd."), GLOSS.render(f"Het project met {kept} is uitgevoerd.")


def test_gloss_renders_the_dutch_words_around_them():
    assert GLOSS.render("experimenten met IoT en 5G") == "experiments with IoT and 5G"


@pytest.mark.parametrize(("dutch", "english"), [
    ("Groningen als IT-stad en City of Talent", "City of Talent"),
    ("de Battle of the Schools tijdens Let's Gro", "Battle of the Schools"),
])
def test_gloss_english_name_keeps_its_joining_words(dutch, english):
    from assistant.gloss import Gloss
    assert english in Gloss.load().render(dutch)
