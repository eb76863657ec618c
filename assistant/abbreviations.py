"""What an abbreviation stands for, read from the sources' own text.

Unlike the lexicon's `abbreviations` (a hand list used only to check what a sentence covers), this reads the long
form where a source writes it: "het Digital Office Groningen (DOG)", a project cell "GDBC, Groninger Digital Business
Center", or a run of capitalised words whose initials spell the letters ("Openbaar Onderwijs Groep Groningen" for
O2G2) in a text that also uses the abbreviation. Nothing is guessed: a long form is always a span of the text.
"""

from __future__ import annotations

import re

# a word of a long form: capitalised ("Digital", "Noord-Nederland"); lowercase joining words are not counted
_WORD = r"[A-Z][\w'’-]*"
# the fewest letters an abbreviation needs before a run of capitalised words is read as its long form by initials
# alone: two ("DC", "IT") would match any pair of names
_INITIALS_FROM = 3


def letters(abbreviation: str) -> str:
    """The letters an abbreviation stands for, a digit repeating the letter before it ("O2G2" → "OOGG").

    >>> letters("GDBC"), letters("O2G2"), letters("WEB11")
    ('GDBC', 'OOGG', 'WEB')
    """
    out = ""
    for i, c in enumerate(abbreviation.upper()):
        if c.isdigit():
            if out and i + 1 < len(abbreviation) and abbreviation[i + 1].isdigit():
                return re.sub(r"\d", "", abbreviation.upper())  # "WEB11" is a name with a number, not a count
            out += out[-1] * (int(c) - 1) if out and c != "0" else ""
        else:
            out += c
    return out


def long_form(abbreviation: str, text: str) -> str | None:
    """The long form `text` gives for `abbreviation`, or None: written before it in brackets, after it set off by a
    comma, a dash or brackets, or (three letters or more) as capitalised words whose initials are its letters.

    >>> long_form("DOG", "Het Digital Office Groningen (DOG) richt zich op alle Groningers")
    'Digital Office Groningen'
    >>> long_form("GDBC", "GDBC, Groninger Digital Business Center")
    'Groninger Digital Business Center'
    >>> long_form("O2G2", "De inzet van deze medewerker vanuit Openbaar Onderwijs Groep Groningen (O2G2 ism anderen)")
    'Openbaar Onderwijs Groep Groningen'
    >>> long_form("NOO", "Rijksuniversiteit Groningen ism NOO-bedrijven"), long_form("IT", "Information Technology")
    (None, None)
    """
    wanted = letters(abbreviation)
    typed = re.escape(abbreviation)
    before = re.search(rf"((?:{_WORD}\s+(?:\w+\s+)?){{0,6}}{_WORD})\s*\(\s*{typed}\s*\)", text)
    if before:
        return _ending_with_initials(before.group(1).split(), wanted)
    after = re.search(rf"\b{typed}\s*(?:,|\(|:|\s[-–]\s)\s*((?:{_WORD}\s+){{0,6}}{_WORD})", text)
    if after:
        found = _starting_with_initials(after.group(1).split(), wanted)
        if found:
            return found
    if len(wanted) < _INITIALS_FROM or not re.search(rf"\b{typed}\b", text):
        return None
    # overlapping runs: "Groningen Openbaar Onderwijs Groep Groningen" holds its run from the second word
    for run in re.finditer(rf"(?=\b((?:{_WORD}\s+){{{len(wanted) - 1}}}{_WORD}))", text):
        found = _starting_with_initials(run.group(1).split(), wanted)
        if found:
            return found
    return None


def _initials(words: list[str], every: bool = False) -> str:
    """The first letters of the capitalised words, or of every word ("Kamer van Koophandel" for KvK)."""
    return "".join(w[0].upper() for w in words if every or w[:1].isupper())


def _ending_with_initials(words: list[str], wanted: str) -> str | None:
    """The shortest tail of `words`, starting with a capitalised word, whose initials are `wanted`."""
    for every in (False, True):
        for start in range(len(words) - 1, -1, -1):
            if words[start][:1].isupper() and _initials(words[start:], every) == wanted:
                return " ".join(words[start:])
    return None


def _starting_with_initials(words: list[str], wanted: str) -> str | None:
    for end in range(1, len(words) + 1):
        if _initials(words[:end]) == wanted:
            return " ".join(words[:end])
    return None
