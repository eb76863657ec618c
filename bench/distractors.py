"""Distractor documents for the scale benchmark: the shipped documents' own sentences, each copy about another
city's programme, with its own names and numbers.

A copy keeps the shipped text's structure, sections and wording (so it looks like a real council letter or action
plan and competes for the same questions), but every name and figure is its own: the city, programme, office,
people, organisations, projects, themes, topics, amounts, counts, dates and references. It therefore never states
a shipped fact; the shipped documents and tables sit beside the copies unchanged.
"""

from __future__ import annotations

import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from index.settings import PROJECT_ROOT

SHIPPED_DOCUMENTS = PROJECT_ROOT / "knowledge" / "documents"

# (city, adjective, "-er" form, people) — never Groningen; the adjective forms are the ones Dutch uses.
CITIES = (
    ("Zwolle", "Zwolse", "Zwolse", "Zwollenaren"), ("Leeuwarden", "Leeuwarder", "Leeuwarder", "Leeuwarders"),
    ("Assen", "Asser", "Asser", "Assenaren"), ("Deventer", "Deventer", "Deventer", "Deventenaren"),
    ("Enschede", "Enschedese", "Enschedese", "Enschedeërs"), ("Apeldoorn", "Apeldoornse", "Apeldoornse", "Apeldoorners"),
    ("Arnhem", "Arnhemse", "Arnhemse", "Arnhemmers"), ("Nijmegen", "Nijmeegse", "Nijmeegse", "Nijmegenaren"),
    ("Tilburg", "Tilburgse", "Tilburgse", "Tilburgers"), ("Breda", "Bredase", "Bredase", "Bredanaars"),
    ("Almere", "Almeerse", "Almeerse", "Almeerders"), ("Amersfoort", "Amersfoortse", "Amersfoortse", "Amersfoorters"),
    ("Haarlem", "Haarlemse", "Haarlemse", "Haarlemmers"), ("Delft", "Delftse", "Delftse", "Delftenaren"),
    ("Leiden", "Leidse", "Leidse", "Leidenaren"), ("Dordrecht", "Dordtse", "Dordtse", "Dordtenaren"),
    ("Maastricht", "Maastrichtse", "Maastrichtse", "Maastrichtenaren"), ("Venlo", "Venlose", "Venlose", "Venlonaren"),
    ("Emmen", "Emmer", "Emmer", "Emmenaren"), ("Hengelo", "Hengelose", "Hengelose", "Hengeloërs"),
    ("Alkmaar", "Alkmaarse", "Alkmaarse", "Alkmaarders"), ("Helmond", "Helmondse", "Helmondse", "Helmonders"),
)
REGIONS = ("Oost-Nederland", "Zuid-Nederland", "Midden-Nederland", "West-Nederland", "de Randstad")
PROGRAMMES = ("Digitale Stad", "Smart Region", "Data Delta", "Tech Stad", "Digitaal Perspectief", "Slimme Stad")
OFFICES = ("Digitaal Huis", "Innovatiebureau", "Tech Office", "Datawerkplaats", "Digitaal Kantoor", "Kennisloket")
ROLES = ("Chief Innovation Officer", "programmadirecteur", "kwartiermaker", "Chief Data Officer")
THEMES = ("Zorg & Welzijn", "Energie & Duurzaamheid", "Mobiliteit & Logistiek", "Veiligheid & Weerbaarheid",
          "Cultuur & Toerisme", "Landbouw & Voedsel", "Wonen & Leefomgeving", "Sport & Gezondheid")
TOPICS = ("quantumtechnologie", "robotica", "kunstmatige intelligentie", "digitale tweelingen", "open data",
          "sensortechnologie", "drones", "cloudcomputing", "augmented reality", "precisielandbouw")
FIRST = ("Anna", "Bram", "Carla", "Daan", "Eva", "Frank", "Greet", "Hans", "Ilse", "Joost", "Karin", "Luuk", "Marieke",
         "Niels", "Olga", "Pieter", "Roos", "Sander", "Tineke", "Wouter")
LAST = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Dekker",
        "Kramer", "Brouwer", "Hoekstra", "van Dijk", "Postma", "Kuipers", "Veenstra", "Willems", "Scholten")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
_SYLLABLES = ("ka", "lo", "ven", "dra", "mi", "ter", "bo", "sa", "rin", "del", "fa", "nor", "wi", "gel", "tus", "ma",
              "ber", "lin", "do", "var", "quo", "zen", "pi", "mon")

_SHIPPED_THEMES = ("Onderwijs & Arbeidsmarkt", "Kennis & Innovatie", "Kennis & innovatie", "Profilering & Vestigingsklimaat",
                   "Profilering & Vestigings klimaat", "Infrastructuur", "Infra structuur")
_SHIPPED_TOPICS = ("blockchain-technologie", "blockchain-based", "blockchain", "Blockchain", "cybersecurity",
                   "autonome mobiliteit", "e-health", "big data", "IoT", "5G")
# Capitalised words of the shipped text that are not names although they never occur in lower case there: headings,
# letter furniture and sentence openers. Every other such word is a name and gets the copy's own.
_KEEP = frozenset({
    "Aanvrager", "Afhankelijk", "Anders", "Begin", "Beschrijving", "Binnenschools", "Daarnaast", "Daaronder",
    "Daarvoor", "Datum", "Enmalig", "Financiering", "Geachte", "Gerichtop", "Hightech", "Internationaal",
    "Krachtenbundeling", "Ondanks", "Onderwerp", "Ontwikkelaarsconferentie", "Opdracht", "Organiseren",
    "Overheidsdata", "Steller", "Telefoon", "Terugblik", "Totale", "Uw", "Vervolg", "Voorbeeldfunctie", "Ze",
    "Nederland", "MKB", "ICT", "EFRO", "IT'ers", "Chief", "Officer", "Campus", "Marketing"
})
_PROJECT_KINDS = ("Lab", "Academy", "Week", "Festival", "Programma", "Campus", "Challenge", "Fieldlab", "Summit", "Meetup")
_APPLICANT_KINDS = ("Stichting {}", "{} BV", "Coöperatie {}", "{} Groep", "Vereniging {}", "{} Instituut")


@dataclass(frozen=True, kw_only=True)
class Copy:
    """One generated document: its path under documents/ and its text."""

    path: str
    text: str


class _Names:
    """A copy's own names and figures, the same throughout the copy (a name met twice is replaced the same way)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.city, self.adjective, self.er_form, self.people = rng.choice(CITIES)
        office = rng.choice(OFFICES)
        self.programme = f"{self.city} {rng.choice(PROGRAMMES)}"
        self.office = f"{office} {self.city}"
        self.office_short = "".join(w[0] for w in self.office.split()).upper()
        self.role = rng.choice(ROLES)
        self.year_shift = rng.choice([s for s in range(-9, 10) if s])
        self.words: dict[str, str] = {}

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def pseudo(self) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()

    def word(self, shipped: str) -> str:
        """A made-up name for `shipped` (letters for an acronym's letters), the same every time in this copy."""
        if shipped not in self.words:
            if sum(c.isupper() for c in shipped) > 1:
                made = "".join(self.rng.choice("BCDFGHJKLMNPRSTVWXZ") if c.isalpha() else c for c in shipped)
            else:
                made = self.pseudo()
            self.words[shipped] = made if made != shipped else made + "o"
        return self.words[shipped]

    def curated(self, text: str) -> list[tuple[str, str]]:
        """(shipped name, the copy's name) for the names that must change as a whole: the programme, office, people,
        places, themes, topics, and every project and applicant of the text's tables."""
        rng = self.rng
        pairs = [
            ("Groningen Digital City", self.programme), ("www.groningendigitalcity.com",
                                                          f"www.{self.programme.lower().replace(' ', '')}.nl"),
            ("Digital City", self.programme.split(" ", 1)[1]), ("Digital Office Groningen", self.office),
            ("Chef Digital Office", self.office), ("Digital Office", self.office), ("DOG", self.office_short),
            ("Chief Digital Officer (CDO)", self.role), ("Chief Digital Officer", self.role), ("CDO", self.role),
            ("Everyone has a right to a digital future", f"{self.pseudo()} for everyone"),
            ("F.V. Hendriks", self.person()), ("Peter den Oudsten", self.person()), ("Peter Teesink", self.person()),
            ("Amsterdam", rng.choice([c[0] for c in CITIES if c[0] != self.city])),
            ("Noord-Nederland", rng.choice(REGIONS)), ("GRONINGEN", self.city.upper()), ("Groningers", self.people),
            ("Groningse", self.adjective), ("Groninger", self.er_form), ("Groningen", self.city),
            ("noordelijke", "regionale"), ("Noordelijke", "Regionale"),
            *zip(_SHIPPED_THEMES, rng.sample(THEMES, len(_SHIPPED_THEMES)), strict=True),
            *zip(_SHIPPED_TOPICS, rng.sample(TOPICS, len(_SHIPPED_TOPICS)), strict=True),
        ]
        for cells in _table_rows(text):
            project, applicant = cells[1].strip(), cells[2].strip()
            if project:
                pairs.append((project, f"{self.pseudo()} {rng.choice(_PROJECT_KINDS)}"))
            if applicant and "gemeente" not in applicant.lower():
                pairs.append((applicant, rng.choice(_APPLICANT_KINDS).format(self.pseudo())))
        return pairs


def shipped_names() -> frozenset[str]:
    """What a copy never repeats: the programme, office, city, people and references, every project and
    (non-municipal) applicant of the shipped table, and each of its amounts as the letter prints them."""
    import csv

    names = {"Groningen", "Digital Office", "Digital City", "GDC", "Hendriks", "Oudsten", "Teesink", "6806242",
             "6067129", "Everyone has a right", "G-kwadraat", "Next City", "CBS", "Amsterdam", "City of Talent",
             "Digideal"}
    with open(PROJECT_ROOT / "knowledge" / "tables" / "subsidies_2017.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names.add(row["project"])
            if "gemeente" not in row["applicant"].lower():
                names.add(row["applicant"])
            for column in ("contribution_eur", "total_size_eur"):
                if row[column] and int(row[column]) >= 1000:
                    names.add(f"€ {int(row[column]):,}".replace(",", "."))
    return frozenset(names - {"Hackathon"})  # a common noun as well as a project name: a copy may say hackathon


def _table_rows(text: str) -> list[list[str]]:
    """The cells of each Markdown table row with a project name (not headers, separators or total lines)."""
    rows = []
    for line in text.splitlines():
        cells = line.split("|")[1:-1]
        if len(cells) >= 3 and not set(line) <= set("|-: ") and cells[1].strip() not in ("", "Project"):
            rows.append(cells)
    return rows


def _digits(rng: random.Random, number: str) -> str:
    """Another number written the same way (separators kept, no leading zero), never the same one."""
    while True:
        out = "".join(rng.choice("123456789" if i == 0 else "0123456789") if c.isdigit() else c
                      for i, c in enumerate(number))
        if out != number or not any(c.isdigit() for c in number):
            return out


def _numbers(text: str, names: _Names) -> str:
    """Years shifted by the copy's offset, dates and every other figure made up (formats kept)."""
    rng = names.rng

    def date(match: re.Match[str]) -> str:
        year = int(match.group(1)) + names.year_shift
        return f"\ue000{rng.randint(1, 28):02d}-\ue000{rng.randint(1, 12):02d}-\ue000{year}"

    def spelled(match: re.Match[str]) -> str:
        return f"\ue000{rng.randint(1, 28)} {rng.choice(MONTHS)} \ue000{int(match.group(1)) + names.year_shift}"

    # Figures already made up are marked with U+E000 so that the last pass leaves them alone.
    text = re.sub(r"\b\d{2}-\d{2}-(\d{4})\b", date, text)
    text = re.sub(rf"\b\d{{1,2}} (?:{'|'.join(MONTHS)}) (\d{{4}})\b", spelled, text)
    text = re.sub(r"(?<![\d\ue000])(?<![\d][.,])(?:19|20)\d\d(?![\d]|[.,]\d)",
                  lambda m: f"\ue000{int(m.group()) + names.year_shift}", text)
    text = re.sub(r"(?<![\w.,\ue000])\d(?:[\d.,]*\d)?(?!\w)", lambda m: _digits(rng, m.group()), text)
    return text.replace("\ue000", "")


def _names(text: str, names: _Names, lower: frozenset[str]) -> str:
    """The shipped names replaced by the copy's own: the curated ones as a whole, then every other proper name
    (a capitalised word the shipped text never writes in lower case) word by word."""
    pairs = sorted(names.curated(text), key=lambda p: -len(p[0]))
    lookup = dict(pairs)
    # The copy's own names are parked in private-use characters while the word-by-word pass runs over the rest.
    parked: list[str] = []

    def park(match: re.Match[str]) -> str:
        parked.append(lookup[match.group()])
        return f"\ue001{chr(0xE100 + len(parked) - 1)}"

    text = re.sub("|".join(rf"(?<!\w){re.escape(old)}(?!\w)" for old, _ in pairs), park, text)

    def proper(match: re.Match[str]) -> str:
        word = match.group()
        return word if word in _KEEP or word.lower() in lower else names.word(word)

    text = re.sub(r"(?<!\w)[A-Z]\w*(?:['’]\w+)*", proper, text)
    return re.sub("\ue001(.)", lambda m: parked[ord(m.group(1)) - 0xE100], text)


def _front_matter(names: _Names, kind: str) -> str:
    date = f"{2018 + names.year_shift}-{names.rng.randint(1, 12):02d}-{names.rng.randint(1, 28):02d}"
    title = f"{names.programme} (raadsbrief)" if kind == "letter" else f"Actieplan {names.programme}"
    head = [f"title: {title}", f"date: {date if kind == 'letter' else 'null'}",
            f"kind: {'council letter' if kind == 'letter' else 'web article'}", "language: nl"]
    if kind == "letter":
        head.append(f'reference: "{names.rng.randint(1_000_000, 9_999_999)}"')
    return "---\n" + "\n".join(head) + "\n---\n"


def _lower_words(documents: Path) -> frozenset[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(documents.glob("*.md")))
    return frozenset(re.findall(r"[a-zà-ÿ][\w'’]*", text))


def distractor(template: Path, seed: int, lower: frozenset[str] | None = None) -> str:
    """One copy of a shipped document (`template`), with its own names and figures; the same for the same seed."""
    names = _Names(random.Random(seed))
    kind = "letter" if "raadsbrief" in template.name else "article"
    text = template.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    lower = lower if lower is not None else _lower_words(template.parent)
    return _front_matter(names, kind) + _numbers(_names(body, names, lower), names)


def distractors(copies: int, documents: Path = SHIPPED_DOCUMENTS) -> list[Copy]:
    """`copies` sets of the shipped documents, each document of a set about another city (seeded: reproducible)."""
    templates = sorted(documents.glob("*.md"))
    lower = _lower_words(documents)
    out = []
    for n in range(copies):
        for t, template in enumerate(templates):
            stem = "raadsbrief" if "raadsbrief" in template.name else "actieplan"
            out.append(Copy(path=f"generated/{n // 100:03d}/{stem}-{n:05d}.md",
                            text=distractor(template, seed=n * len(templates) + t, lower=lower)))
    return out


def write_corpus(target: Path, copies: int) -> int:
    """A knowledge dir at `target`: the shipped corpus unchanged plus `copies` distractor sets; returns files written."""
    shutil.copytree(PROJECT_ROOT / "knowledge", target)
    written = distractors(copies)
    for copy in written:
        path = target / "documents" / copy.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(copy.text, encoding="utf-8")
    return len(written)
