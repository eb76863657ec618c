"""Language detection (nl/en) and writing numbers, money and dates the way each language does."""

from __future__ import annotations

import re

from assistant.records import Language

_NL = set(["de", "het", "een", "en", "van", "is", "zijn", "wat", "wie", "welke", "welk", "hoeveel", "hoe", "waar", "wanneer", "waarom", "kreeg", "kregen", "heeft", "hebben", "werd", "wordt", "zijn", "voor", "naar", "met", "bij", "ook", "nog", "niet", "geen", "er", "die", "dat", "dit", "deze", "aan", "op", "over", "uit", "om", "te", "wij", "jullie", "hun", "projecten", "gesubsidieerd", "subsidie", "bijdrage", "gemeente", "totaal", "thema", "welke", "noem", "geef", "zijn", "waren", "ging", "gingen", "was"])
_EN = set(["the", "a", "an", "and", "of", "is", "are", "was", "were", "what", "who", "which", "how", "much", "many", "when", "where", "why", "did", "does", "do", "has", "have", "had", "to", "for", "with", "from", "by", "on", "in", "at", "this", "that", "these", "those", "it", "its", "projects", "project", "funded", "subsidy", "contribution", "total", "theme", "themes", "city", "office", "list", "show", "give", "went", "got", "received", "get", "about", "were", "which"])
_MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]


def detect_language(text: str, default: Language = "nl") -> Language:
    """'nl' or 'en' by function-word votes; ties fall back to `default` (the conversation's language).

    >>> detect_language("How much went to education projects in 2017?"), detect_language("Welke projecten?")
    ('en', 'nl')
    """
    tokens = re.findall(r"[a-zà-ÿ']+", text.lower())
    nl = sum(t in _NL for t in tokens) + sum(1.5 for t in tokens if re.search(r"ij|oe[^s]|aa|uu|sch", t) and t not in _EN)
    # No "-ing" hint: Dutch has as many (vergunning, financiering, vergadering) as English.
    en = sum(t in _EN for t in tokens) + sum(1.5 for t in tokens if re.search(r"th|wh|tion$", t) and t not in _NL)
    if nl == en:
        return default
    return "nl" if nl > en else "en"


def format_number(value: float, language: Language, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".") if language == "nl" else text


def format_euro(value: float | int | None, language: Language) -> str:
    """Money as each language writes it: nl '€ 1.500' / '€ 28.837,59', en '€1,500' / '€28,837.59'.

    >>> format_euro(2200000, "nl"), format_euro(2200000, "en"), format_euro(None, "nl")
    ('€ 2.200.000', '€2,200,000', '—')
    """
    if value is None:
        return "—"
    decimals = 0 if float(value).is_integer() else 2
    number = format_number(value, language, decimals)
    return f"€ {number}" if language == "nl" else f"€{number}"


def month_to_english(text: str) -> str:
    """'13 december 2016' → '13 December 2016'; other text unchanged."""
    return re.sub("|".join(_MONTHS_NL), lambda m: _MONTHS_EN[_MONTHS_NL.index(m.group(0).lower())], text, flags=re.I)


def format_date(iso: str | None, language: Language) -> str:
    """'2018-03-14' → nl '14 maart 2018', en '14 March 2018'; None → unknown."""
    if not iso:
        return "datum onbekend" if language == "nl" else "date unknown"
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", str(iso))
    if not match:
        return str(iso)
    year, month, day = (int(g) for g in match.groups())
    names = _MONTHS_NL if language == "nl" else _MONTHS_EN
    return f"{day} {names[month - 1]} {year}"


_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d+)(?:([.,])(\d{1,2}))?(?![\d])")


def parse_numbers(text: str) -> list[float]:
    """Every number in text, read in Dutch or English notation by its grouping.

    >>> parse_numbers("€ 1.500 en €2,200,000; 28.837,59 of 28,837.59; 13 december 2016")
    [1500.0, 2200000.0, 28837.59, 28837.59, 13.0, 2016.0]
    """
    out = []
    for match in _NUMBER.finditer(text):
        whole, sep, frac = match.groups()
        if re.fullmatch(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*", whole):
            group_sep = whole[len(whole.split(",")[0].split(".")[0])]
            if sep == group_sep:  # "1.500.5" style is not a number we write; take the grouped part
                frac = None
            whole = whole.replace(group_sep, "")
        value = float(whole)
        if frac is not None:
            value += float("0." + frac)
        out.append(value)
    return out
