"""Language detection (nl/en) and writing numbers, money and dates the way each language does (Babel's locale data).

Chat, sources panel and Projecten tab all format through here, so one figure reads the same everywhere.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping

from babel.dates import format_date as babel_date
from babel.dates import get_month_names
from babel.numbers import format_currency, format_decimal
from rapidfuzz.distance import Levenshtein

from index.records import Language

LOCALES: dict[Language, str] = {"nl": "nl_NL", "en": "en_GB"}


CONTENT_VOTE = 0.75
LEADING_VOTE = 2.0
QUESTION_WORDS: dict[Language, frozenset[str]] = {
    "nl": frozenset({"wie", "wat", "welke", "welk", "waar", "wanneer", "waarom", "hoe", "hoeveel", "waarvoor"}),
    "en": frozenset({"who", "what", "which", "where", "when", "why", "how", "whose", "whom"})}


def detect_language(text: str, votes: Mapping[str, frozenset[str]], default: Language = "nl") -> Language:
    """'nl' or 'en' by function-word votes (lexicon `language_votes`); ties fall back to `default`.

    A misspelt question word still votes ("hoveeel" for "hoeveel": two letters swapped).

    >>> v = {"nl": frozenset({"hoeveel", "welke", "wanneer", "waarom"}), "en": frozenset({"how", "much"})}
    >>> detect_language("How much went to education?", v), detect_language("Welke projecten?", v)
    ('en', 'nl')
    >>> detect_language("Hoveeel?", v)
    'nl'
    >>> detect_language("who is koen schuiling", {"en": frozenset({"who"})})
    'en'
    """
    neutral = votes.get("neutral", frozenset())
    # (a plural with an apostrophe is its word: "thema's" votes as "thema")
    tokens = [t for t in (re.sub(r"'s$", "", t) for t in re.findall(r"[a-zà-ÿ']+", text.lower())) if t not in neutral]
    nl_words, en_words = votes.get("nl", frozenset()), votes.get("en", frozenset())
    nl = sum(_votes_for(t, "nl", nl_words, en_words) for t in tokens)
    nl += sum(1.5 for t in tokens if re.search(r"ij|oe[^s]|aa|uu|sch", t) and t not in en_words)
    # No "-ing" hint: Dutch has as many (vergunning, financiering, vergadering) as English.
    en = sum(_votes_for(t, "en", en_words, nl_words) for t in tokens)
    # "th" at a word's edge (the, with, month), not inside a Dutch one ("wethouder", "methode")
    en += sum(1.5 for t in tokens if re.search(r"^th|th$|wh|tion$", t) and t not in nl_words)
    # content words of the bilingual lexicons vote less than function words: "kleinste totale projectomvang"
    nl += CONTENT_VOTE * sum(t in votes.get("nl_content", frozenset()) for t in tokens)
    en += CONTENT_VOTE * sum(t in votes.get("en_content", frozenset()) for t in tokens)
    # the question word it opens with is the asker's, whatever the names after it look like ("who is koen schuiling")
    opening = tokens[0] if tokens else ""
    nl += LEADING_VOTE * (opening in QUESTION_WORDS["nl"])
    en += LEADING_VOTE * (opening in QUESTION_WORDS["en"])
    if nl == en:  # keyword-only ("capital France"): weak spelling hints decide
        nl += sum(0.5 for t in tokens if re.search(r"(?:heid|lijk|isch|tie|ten|gen)$|^(?:ge|be|ver|ont)\w{4,}", t))
        en += sum(0.5 for t in tokens if re.search(r"(?:ed|ness|ly|ght|ce|ss|y)$|^c[aiouly]|w[aeiou]|sh", t))
    if nl == en:
        return default
    return "nl" if nl > en else "en"


def clear_language(text: str, votes: Mapping[str, frozenset[str]]) -> Language | None:
    """The language the text's own words vote for, or None on a tie ("budget 2018?", "2019?"), where the
    conversation decides.

    >>> v = {"nl": frozenset({"en", "hoeveel"}), "en": frozenset({"and", "how"})}
    >>> clear_language("and in 2019?", v), clear_language("en in 2019?", v), clear_language("2019?", v)
    ('en', 'nl', None)
    """
    found = detect_language(text, votes, "nl")
    return found if detect_language(text, votes, "en") == found else None


# Question words long enough that a one-letter slip still identifies them ("hoveeel", "wheer").
INTERROGATIVES = {"nl": frozenset({"hoeveel", "wanneer", "waarom", "welke"}), "en": frozenset({"which", "where", "whose"})}


def _votes_for(token: str, language: Language, words: frozenset[str], other: frozenset[str]) -> float:
    """1 for a function word of the language; 1 for a misspelt question word of it (two letters swapped, or one
    letter added, dropped or changed)."""
    if token in words:
        return 1.0
    if len(token) >= 5 and token not in other and any(
            Levenshtein.distance(token, w, score_cutoff=2) <= 2 and token[0] == w[0]
            for w in INTERROGATIVES[language] if abs(len(w) - len(token)) <= 1):
        return 1.0
    return 0.0


def format_number(value: float, language: Language, decimals: int = 0) -> str:
    """A number with the language's grouping and decimal marks.

    >>> format_number(60517.5, "nl", 2), format_number(60517.5, "en", 2)
    ('60.517,50', '60,517.50')
    """
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALES[language])


def format_euro(value: float | int | None, language: Language) -> str:
    """Money as each language writes it: nl '€ 1.500' / '€ 28.837,59', en '€1,500' / '€28,837.59'.

    >>> format_euro(2200000, "nl"), format_euro(2200000, "en"), format_euro(None, "nl")
    ('€ 2.200.000', '€2,200,000', '—')
    """
    if value is None:
        return "—"
    whole = float(value).is_integer()
    pattern = ("¤ " if language == "nl" else "¤") + "#,##0" + ("" if whole else ".00")
    return format_currency(value, "EUR", format=pattern, locale=LOCALES[language], currency_digits=False)


def _months(language: Language) -> list[str]:
    names = get_month_names("wide", locale=LOCALES[language])
    return [str(names[m]) for m in range(1, 13)]


def month_names() -> frozenset[str]:
    """The months' names in both languages, lowercase ("oktober", "october")."""
    return frozenset(m.lower() for language in LOCALES for m in _months(language))


def month_to_english(text: str) -> str:
    """'13 december 2016' → '13 December 2016'; other text unchanged.

    >>> month_to_english("op 13 december 2016 vastgesteld")
    'op 13 December 2016 vastgesteld'
    """
    dutch, english = _months("nl"), _months("en")
    return re.sub(r"\b(" + "|".join(dutch) + r")\b", lambda m: english[dutch.index(m.group(0).lower())], text, flags=re.I)


def format_date(iso: str | None, language: Language) -> str | None:
    """'2018-03-14' → nl '14 maart 2018', en '14 March 2018'; None when the source gives no date.

    >>> format_date("2018-03-14", "nl"), format_date("2018-03-14", "en"), format_date(None, "en")
    ('14 maart 2018', '14 March 2018', None)
    """
    if not iso:
        return None
    try:
        day = datetime.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return babel_date(day, format="d MMMM y", locale=LOCALES[language])


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


_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
          "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
          "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
          "zeventig": 70, "tachtig": 80, "negentig": 90, "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5,
          "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
          "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"honderd": 100, "hundred": 100, "duizend": 1000, "thousand": 1000, "ton": 100_000, "miljoen": 1_000_000,
           "million": 1_000_000}
_FRACTIONS = {"anderhalve": 1.5, "anderhalf": 1.5, "halve": 0.5, "half": 0.5}  # "een half miljoen", "anderhalf miljoen", "half a million"
_NUMBER_PART = "(?:" + "|".join(sorted(list(_UNITS) + list(_SCALES) + list(_FRACTIONS), key=len, reverse=True)) + ")"
# a number in words, compounds included ("vijftigduizend", "fifty thousand", "twee-en-twintig")
_AMOUNT_WORDS = re.compile(rf"(?:\b{_NUMBER_PART}(?:{_NUMBER_PART}|en)*\b[\s-]*)+", flags=re.I)
# a word that is a number itself, not only a scale ("twee", "half"; "ton" alone is a unit of a figure elsewhere)
_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(sorted([*_UNITS, *_FRACTIONS], key=len, reverse=True))})", flags=re.I)
_SCALED_FIGURE = re.compile(r"\b(\d+(?:[.,]\d+)?)\s*(duizend|thousand|miljoen|million)\b", flags=re.I)


def is_number_word(word: str) -> bool:
    """A whole word that names a number or a scale ("twee", "anderhalve", "ton"); not a word that only starts like one.

    >>> is_number_word("anderhalve"), is_number_word("ton"), is_number_word("tentoonstelling")
    (True, True, False)
    >>> is_number_word("vijftienhonderd"), is_number_word("vijftigduizend"), is_number_word("en")
    (True, True, False)
    """
    return bool(_number_tokens(word.lower()))


_YEAR_UNITS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
               "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"]
_YEAR_UNITS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
# "tweeduizend zeventien", "two thousand and eighteen", "twenty nineteen": a year said in words (dictated); not
# "tweeduizend vijfhonderd euro", an amount
_YEAR_IN_WORDS = re.compile(
    r"\b(?:twee[\s-]?duizend[\s-]*(?:en[\s-]+)?(?P<nl>" + "|".join(sorted(_YEAR_UNITS, key=len, reverse=True)) + ")"
    r"|(?:two[\s-]thousand(?:[\s-]and)?|twenty)[\s-]+(?P<en>"
    + "|".join(sorted(_YEAR_UNITS_EN, key=len, reverse=True)) + "))"
    r"\b(?![\s-]*(?:honderd|hundred|duizend|thousand|euro|eur\b|€|miljoen|million|" + "|".join(_YEAR_UNITS_EN[:9]) + "))",
    flags=re.I)


def years_in_figures(text: str) -> str:
    """Years said in words written as figures, as a question typed would have them.

    >>> years_in_figures("wanneer was trendship tweeduizend zeventien"), years_in_figures("in twenty eighteen?")
    ('wanneer was trendship 2017', 'in 2018?')
    >>> years_in_figures("two thousand and nineteen"), years_in_figures("tweeduizend vijfhonderd euro")
    ('2019', 'tweeduizend vijfhonderd euro')
    >>> years_in_figures("twenty five projects")
    'twenty five projects'
    """
    def figure(found: re.Match[str]) -> str:
        unit = found.group("nl") or found.group("en")
        units = _YEAR_UNITS if found.group("nl") else _YEAR_UNITS_EN
        return str(2001 + units.index(unit.lower()))

    return _YEAR_IN_WORDS.sub(lambda m: figure(m) if not _counts_twenty(m) else m.group(0), text)


def _counts_twenty(found: re.Match[str]) -> bool:
    # "twenty five projects" counts; "twenty seventeen" (a teen after twenty) is a year
    return found.group(0).lower().startswith("twenty") and (found.group("en") or "").lower() in _YEAR_UNITS_EN[:9]


_COMPOUND_PART = re.compile("|".join(sorted([*_UNITS, *_SCALES, *_FRACTIONS, "en"], key=len, reverse=True)))


def _number_tokens(word: str) -> list[str]:
    """The number words a word is made of, longest first ("vijfentwintigduizend": vijf, twintig, duizend; the joining
    "en" dropped); [] for a word that is not all number."""
    tokens, at = [], 0
    while at < len(word):
        part = _COMPOUND_PART.match(word, at)
        if part is None:
            return []
        tokens.append(part.group(0))
        at = part.end()
    return [t for t in tokens if t != "en"]


def words_to_number(text: str) -> int | None:
    """A number written in words, Dutch or English, compounds included.

    >>> words_to_number("fifty thousand"), words_to_number("vijftigduizend"), words_to_number("tienduizend")
    (50000, 50000, 10000)
    >>> words_to_number("een half miljoen"), words_to_number("anderhalf miljoen"), words_to_number("half a million")
    (500000, 1500000, 500000)
    >>> words_to_number("vijftienhonderd"), words_to_number("vijfentwintigduizend"), words_to_number("fifteen hundred")
    (1500, 25000, 1500)
    """
    tokens = [t for word in re.findall(r"\w+", text.lower()) for t in _number_tokens(word)]
    if not tokens:
        return None
    total, current = 0.0, 0.0
    for before, token in zip([None, *tokens[:-1]], tokens, strict=True):
        if token in _FRACTIONS:  # "een half": the article is no one
            current = _FRACTIONS[token]
        elif token in ("a", "een") and before in _FRACTIONS:  # "half a million"
            continue
        elif token in _UNITS:
            current += _UNITS[token]
        elif _SCALES[token] >= 1000:
            total += (current or 1) * _SCALES[token]
            current = 0
        else:
            current = (current or 1) * _SCALES[token]
    return int(total + current)


def amount_in(text: str) -> int | None:
    """The first amount of money a question names, in figures ("€ 50.000", "1000 euro") or words ("fifty thousand").

    >>> amount_in("meer dan € 10.000?"), amount_in("more than fifty thousand euros"), amount_in("over 1,000 euros")
    (10000, 50000, 1000)
    >>> amount_in("minstens vijftigduizend euro"), amount_in("boven 50 duizend euro"), amount_in("in 2017")
    (50000, 50000, None)
    >>> amount_in("meer dan 50k?"), amount_in("over €1.5k")
    (50000, 1500)
    """
    thousands = re.search(r"(?<![\w.,])€?\s?(\d+(?:[.,]\d+)?)\s?k\b", text, flags=re.I)  # "50k": money typed fast
    if thousands:
        return int(round(float(thousands.group(1).replace(",", ".")) * 1000))
    scaled = _SCALED_FIGURE.search(text)  # "50 duizend euro"
    if scaled and re.search(r"euro|€|eur\b", text, flags=re.I):
        scale = 1000 if scaled.group(2).lower() in ("duizend", "thousand") else 1_000_000
        return int(round(float(scaled.group(1).replace(",", ".")) * scale))
    figure = re.search(r"€\s?(\d{1,3}(?:[.,]\d{3})+|\d+)|\b(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:euro|eur|€)", text, flags=re.I)
    if figure:
        return int(re.sub(r"\D", "", figure.group(1) or figure.group(2)))
    # a number in words, not a scale word alone ("2 miljoen" has its number in figures; "4 tot 6 ton" is a range)
    text = with_implied_one(text)
    spelled = next((m for m in _AMOUNT_WORDS.finditer(text) if _NUMBER_WORD.search(m.group(0))), None)
    money = re.search(r"euro|€|eur\b", text, flags=re.I) or (spelled and re.search(
        r"miljoen|million|\bton\b", spelled.group(0), flags=re.I))  # "een half miljoen" is money said in words
    return words_to_number(spelled.group(0)) if spelled and money else None


def spelled_numbers(text: str) -> list[int]:
    """Every number a text says in words ("vijftigduizend", "fifteen hundred"), money or not.

    >>> spelled_numbers("klopt het dat X vijftigduizend kreeg, of twee ton?"), spelled_numbers("een ton")
    ([50000, 200000], [100000])
    >>> spelled_numbers("i need a name for one letter"), spelled_numbers("zo'n miljoen euro in blockchain")
    ([], [1000000])
    """
    spans = (m.group(0) for m in _AMOUNT_WORDS.finditer(with_implied_one(text)) if _says_a_number(m.group(0)))
    return [n for n in map(words_to_number, spans) if n is not None]


# "zo'n miljoen", "about a million" said as "ongeveer miljoen": a scale after a word of roughness is one of it
_ROUGH_SCALE = re.compile(r"\b(zo'n|zo’n|ongeveer|circa|ruim|bijna|about|around|roughly|nearly|almost)\s+(miljoen|million|ton)\b",
                          flags=re.I)


def with_implied_one(text: str) -> str:
    """The text with the one a rough scale implies said ("zo'n miljoen" → "zo'n een miljoen")."""
    return _ROUGH_SCALE.sub(r"\1 een \2", text)


def _says_a_number(said: str) -> bool:
    # a number word itself, not a scale alone ("4 ton" has its number in figures); and an article alone is no number
    # ("i need a name", "een brief"), though "a million" and "een ton" are
    return bool(_NUMBER_WORD.search(said)) and said.strip(" -").lower() not in ("a", "een", "één", "one")


def numbers_in_figures(text: str) -> str:
    """Numbers said in words written as figures ("voor een periode van twee jaar" → "… van 2 jaar"), so a figure is
    read the same however it is written; an article alone stays a word ("een periode", "a team").

    >>> numbers_in_figures("vooralsnog voor een periode van twee jaar"), numbers_in_figures("for three years")
    ('vooralsnog voor een periode van 2 jaar', 'for 3 years')
    >>> numbers_in_figures("vijfentwintig projecten en een ton"), numbers_in_figures("4 ton")
    ('25 projecten en 100000', '4 ton')
    """
    def figure(found: re.Match[str]) -> str:
        said = found.group(0)
        number = words_to_number(said) if _says_a_number(said) else None
        return said if number is None else str(number) + (" " if said[-1:].isspace() else "")

    return _AMOUNT_WORDS.sub(figure, text)


def english_numbers(text: str) -> str:
    """Dutch number notation written the English way in an English sentence: thousands dots become commas, a decimal
    comma before "million" a point ("1.600" would read as 1.6, "6,5 million" as 65).

    >>> english_numbers("more than 1.600 participants, 6,5 million euros, € 2.200.000, 2017-2019")
    'more than 1,600 participants, 6.5 million euros, €2,200,000, 2017-2019'
    >>> english_numbers("more than € 470.000,- contributed")
    'more than €470,000 contributed'
    """
    text = re.sub(r"\b\d{1,3}(?:\.\d{3})+\b(?!,\d)", lambda m: m.group(0).replace(".", ","), text)
    text = re.sub(r"€\s+(?=\d)", "€", text)  # the English way: "€470,000", and no Dutch ",-" after whole euros
    text = re.sub(r"(€\d[\d,]*),-", r"\1", text)
    return re.sub(r"\b(\d+),(\d)\s+(million|miljoen)\b", r"\1.\2 \3", text)
