"""The lexicon is data: loaded from YAML into one object, with clear errors for a malformed file."""

from __future__ import annotations

import shutil

import pytest

from assistant.lexicon import LEXICON_DIR, LexiconError, load_lexicon


def test_lexicon_loads_every_part():
    lex = load_lexicon()
    assert "Onderwijs & Arbeidsmarkt" in lex.theme_aliases and "education" in lex.theme_aliases["Onderwijs & Arbeidsmarkt"]
    assert lex.keywords["blockchain"] == ("blockchain",) and lex.glossary["mayor"] == "burgemeester"
    assert "hoeveel" in lex.language_votes["nl"] and "how" in lex.language_votes["en"]


@pytest.mark.parametrize(("question", "added"), [("Who is the mayor?", "burgemeester"), ("the council letter", "brief raad raadscommissie"),
                                                 ("Hoeveel kreeg PyGrunn?", "")])
def test_lexicon_expand_adds_dutch_for_english_terms(question, added):
    assert load_lexicon().expand(question) == (f"{question} {added}" if added else question)


def test_lexicon_malformed_file_names_the_file(tmp_path):
    shutil.copytree(LEXICON_DIR, tmp_path / "lex")
    (tmp_path / "lex" / "glossary.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="glossary.yaml: expected a mapping"):
        load_lexicon(tmp_path / "lex")


@pytest.mark.parametrize(("typed", "meant"), [
    ("how many ppl came?", "how many people came?"),
    ("opening hrs??", "opening hours??"),
    ("PPL at PyGrunn", "people at PyGrunn"),
    ("hoeveel projecten ivm blockchain", "hoeveel projecten in verband met blockchain"),
    ("Dutch Blockchain Hackathon BV", "Dutch Blockchain Hackathon BV"),  # a company's BV is no short form
    ("apply", "apply"),  # inside a word nothing is written out
])
def test_lexicon_written_out_expands_shorthand(typed, meant):
    assert load_lexicon().written_out(typed) == meant
