"""Domain vocabulary: theme aliases, keyword synonyms (nl/en) and entity matching against the table's values."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lexical import normalise

# Each theme and the words (nl/en) that name it in a question.
THEME_ALIASES = {
    "Kennis & Innovatie": ["kennis & innovatie", "kennis en innovatie", "kennis", "innovatie", "knowledge & innovation",
                           "knowledge and innovation", "knowledge", "innovation"],
    "Onderwijs & Arbeidsmarkt": ["onderwijs & arbeidsmarkt", "onderwijs en arbeidsmarkt", "onderwijs", "arbeidsmarkt",
                                 "education & labour market", "education and labour market", "education and labor market",
                                 "education", "educational", "labour market", "labor market", "onderwijsprojecten"],
    "Profilering & Vestigingsklimaat": ["profilering & vestigingsklimaat", "profilering en vestigingsklimaat", "profilering",
                                        "vestigingsklimaat", "profiling", "branding", "business climate",
                                        "profiling and business climate", "city marketing"],
    "Infrastructuur": ["infrastructuur", "infrastructure", "infra"],
}
THEME_EN = {"Kennis & Innovatie": "Knowledge & Innovation", "Onderwijs & Arbeidsmarkt": "Education & Labour Market",
            "Profilering & Vestigingsklimaat": "Profiling & Business Climate", "Infrastructuur": "Infrastructure"}

# Question word → stems searched in project names and descriptions (prefix match on words).
KEYWORD_SYNONYMS = {
    "blockchain": ["blockchain"], "hackathon": ["hackathon"], "hackathons": ["hackathon"],
    "kinderen": ["kinderen", "basisschol"], "children": ["kinderen", "basisschol"], "kids": ["kinderen", "basisschol"],
    "vrouwen": ["vrouwen", "meiden"], "women": ["vrouwen", "meiden"], "girls": ["meiden", "vrouwen"], "meiden": ["meiden", "vrouwen"],
    "programmeren": ["programme", "programmeer"], "programming": ["programme", "programmeer"], "coding": ["programme", "programmeer", "coding"],
    "python": ["python"], "conferentie": ["conferentie", "congres"], "conference": ["conferentie", "congres"],
    "conferences": ["conferentie", "congres"], "congres": ["congres", "conferentie"], "events": ["event"], "evenementen": ["event"],
    "data": ["data"], "zorg": ["health", "patient"], "health": ["health", "patient"], "healthcare": ["health", "patient"],
    "5g": ["5g"], "iot": ["iot"], "sensoren": ["sensor"], "sensors": ["sensor"], "marketing": ["marketing"],
    "youtube": ["youtube"], "video": ["youtube", "filmpjes"], "videos": ["youtube", "filmpjes"],
    "stage": ["stage"], "internship": ["stage"], "internships": ["stage"], "google": ["google"],
    "robotica": ["robotics"], "robotics": ["robotics"], "ondernemerschap": ["ondernemerschap"],
    "entrepreneurship": ["ondernemerschap"], "festival": ["festival"], "scholen": ["schol"], "schools": ["schol"],
    "studenten": ["student"], "students": ["student"], "lectoraat": ["lectoraat"], "wifi": ["draadloos", "eduroam"],
    "wireless": ["draadloos", "eduroam"], "draadloos": ["draadloos"],
}
# Annex sections; "anders" is also an everyday word, so it only counts when quoted or named as a section.
SECTION_PATTERNS = {
    "Programma Economie en Werkgelegenheid": r"(?:programma )?economie en werkgelegenheid|economy and employment",
    "Anders": r"['\"‘’“”]anders['\"‘’“”]|(?:onder|onderdeel|categorie|rubriek|kopje|section|category|under|deel)\s+anders\b",
}
# Abbreviations and English names for applicants.
APPLICANT_ALIASES = {"rug": "rijksuniversiteit groningen", "university of groningen": "rijksuniversiteit groningen",
                     "groningen university": "rijksuniversiteit groningen", "hanze": "hanzehogeschool",
                     "hanze university": "hanzehogeschool", "municipality": "gemeente groningen"}
# An applicant that is also the funder: only a filter when the question asks about applicants.
FUNDER_APPLICANTS = {"gemeente groningen"}

# English words for Dutch terms, so cross-lingual questions meet the Dutch text lexically too.
GLOSSARY = {
    "exchange": "uitgewisseld uitwisselen", "exchanges": "uitgewisseld", "knowledge": "kennis", "experience": "ervaring",
    "paid": "gedekt betaald", "covered": "gedekt", "financed": "gefinancierd gedekt", "other": "andere",
    "expect": "verwachten verwacht", "expected": "verwachten verwacht", "plans": "plannen focus", "planned": "verwachten focus",
    "set up": "ingesteld opgezet opzetten", "sme": "mkb", "smes": "mkb", "started": "op weg helpen opzetten",
    "sharpened": "aangescherpte", "committee": "raadscommissie", "agree": "ingestemd", "agreed": "ingestemd", "visitors": "bezoekers",
    "contribute": "bijgedragen bijdrage dragen", "contributes": "bijdrage dragen", "addressed": "leden raad",
    "ondertekend": "burgemeester secretaris", "getekend": "burgemeester secretaris", "ondertekende": "burgemeester secretaris",
    "signatories": "burgemeester secretaris", "geschreven": "steller", "schreef": "steller", "opgesteld": "steller",
    "signed by": "burgemeester secretaris", "employees": "medewerkers", "staff members": "medewerkers",
    "inhabitants": "inwoners", "residents": "inwoners", "topics": "gebied", "areas": "gebied",
    "mayor": "burgemeester", "secretary": "secretaris", "author": "steller", "wrote": "steller", "written": "steller",
    "signed": "burgemeester secretaris", "letter": "brief", "council": "raad raadscommissie", "slogan": "slogan",
    "action plan": "actieplan", "plan": "actieplan", "adopted": "vastgesteld", "approved": "ingestemd vastgesteld",
    "themes": "thema's thema", "theme": "thema", "goals": "doelen", "partners": "partners samenwerkingspartners",
    "companies": "bedrijven ondernemers", "businesses": "bedrijven ondernemers", "government": "overheden overheid",
    "education": "onderwijs", "knowledge institutions": "kennisinstellingen", "municipality": "gemeente",
    "contributed": "bijgedragen bijdrage", "contribution": "bijdrage", "funding": "financiering", "budget": "budget begroting",
    "investment": "investering", "multiplier": "multiplier", "employment": "werkgelegenheid", "jobs": "werkgelegenheid",
    "temporary": "tijdelijk", "years": "jaar", "period": "periode", "team": "team fte", "staff": "fte team",
    "focus": "focus", "2018": "2018", "next": "vervolg", "future": "toekomstbestendige digital future",
    "women": "vrouwen", "cybersecurity": "cybersecurity", "mobility": "mobiliteit", "autonomous": "autonome",
    "traineeship": "traineeship", "digital literacy": "digitale geletterdheid", "learning line": "leerlijn",
    "results": "resultaten", "report": "informeren", "inform": "informeren", "stakeholders": "stakeholders",
    "satisfaction": "tevredenheid", "masterclasses": "masterclasses", "managers": "leidinggevenden",
    "city pass": "stadspas", "urban data center": "urban data center", "chair": "leerstoel", "professorship": "leerstoel",
    "hotspot": "hotspot", "talent": "talent", "strengthen": "versterken",
    "it sector": "it-sector", "excellent": "excellent", "joining forces": "krachtenbundeling bundeling",
    "environmental plan": "omgevingsplan", "economic programme": "economisch programma", "programme": "programma",
    "initiator": "initiator aanjager regisseur", "lead": "leiding", "leads": "leiding", "led": "leiding",
    "leader": "leiding", "leadership": "leiding", "heads": "leiding", "role": "functie rol", "what does": "functie",
    "projects": "projecten", "how many": "aantal", "examples": "zoals", "phone": "telefoon", "reference": "kenmerk",
    "subject": "onderwerp", "date": "datum", "recipients": "leden raad",
}


def glossary_expand(question: str) -> str:
    """Append Dutch equivalents of English terms found in the question (whole words)."""
    text = normalise(question)
    extra = [nl for en, nl in GLOSSARY.items() if re.search(rf"\b{re.escape(en)}s?\b", text)]
    return question + (" " + " ".join(extra) if extra else "")


@dataclass(frozen=True)
class Match:
    kind: str  # "project" | "applicant" | "theme" | "keyword"
    value: str  # the table value (project, applicant, theme) or the keyword's stems joined by "|"
    start: int
    end: int
    exact: bool = True  # spelled as the alias, spaces included
    surface: str = ""  # the words as the question wrote them


def _split_aliases(name: str, separators: str) -> list[str]:
    """A name answers to itself and to each part around the separators (e.g. 'GDBC', 'Codeniacs')."""
    parts = [name] + [p for p in re.split(separators, name) if p.strip() and p.strip() != name]
    names = (" ".join(re.findall(r"[a-z0-9&]+", normalise(p))) for p in parts)
    return [n for n in names if len(n) >= 3 and n not in _TOO_GENERIC]


_TOO_GENERIC = {"gdc", "innovatie programma"}


def applicant_aliases(applicant: str) -> list[str]:
    head = re.split(r"\s+ism\s+", applicant)[0]
    return sorted(set(_split_aliases(applicant, r"/") + _split_aliases(head, r"/")))


def find_entities(question: str, projects: list[str], applicants: list[str], themes: list[str],
                  applicant_cue: bool = False) -> list[Match]:
    """Longest non-overlapping mentions of projects, applicants, themes and keywords in a question.

    >>> [m.value for m in find_entities("Hoeveel kreeg PyGrunn?", ["PyGrunn", "Web 11"], ["WEB11"], [])]
    ['PyGrunn']
    """
    text = normalise(question)
    candidates: list[Match] = []

    def scan(alias: str, kind: str, value: str) -> None:
        pattern = r"(?<![a-z0-9])" + r"[^a-z0-9&]*".join(re.escape(w) for w in alias.split()) + r"(?![a-z0-9])"
        for m in re.finditer(pattern, text):
            exact = " ".join(re.sub(r"[^a-z0-9& ]", "", m.group(0)).split()) == alias
            candidates.append(Match(kind, value, m.start(), m.end(), exact=exact, surface=m.group(0)))

    for project in projects:
        for alias in _split_aliases(project, r"[;,]"):
            scan(alias, "project", project)
    for applicant in applicants:
        for alias in applicant_aliases(applicant):
            if alias not in FUNDER_APPLICANTS or applicant_cue:
                scan(alias, "applicant", applicant)
        for alias, full in APPLICANT_ALIASES.items():
            if full in applicant_aliases(applicant) and (full not in FUNDER_APPLICANTS or applicant_cue):
                scan(alias, "applicant", applicant)
    for theme in themes:
        for alias in THEME_ALIASES.get(theme, [normalise(theme)]):
            scan(alias, "theme", theme)
    for word, stems in KEYWORD_SYNONYMS.items():
        scan(word, "keyword", "|".join(stems))
    for section, pattern in SECTION_PATTERNS.items():
        candidates.extend(Match("section", section, m.start(), m.end()) for m in re.finditer(pattern, text))
    # Compounds such as "blockchainprojecten" or "onderwijsprojecten" carry a keyword or theme as their head.
    for m in re.finditer(r"[a-z0-9]+(?=projecten\b|project\b|initiatieven\b)", text):
        if m.group(0) in KEYWORD_SYNONYMS:
            candidates.append(Match("keyword", "|".join(KEYWORD_SYNONYMS[m.group(0)]), m.start(), m.end()))
        for theme in themes:
            if m.group(0) in THEME_ALIASES.get(theme, []):
                candidates.append(Match("theme", theme, m.start(), m.end()))

    # Longest span wins, then exact spelling, then kind; equal spans of one kind (two applicants) both stay.
    order = {"project": 0, "applicant": 1, "section": 2, "theme": 3, "keyword": 4}
    candidates.sort(key=lambda m: (-(m.end - m.start), not m.exact, order[m.kind]))
    chosen: list[Match] = []
    for cand in candidates:
        overlaps = [c for c in chosen if cand.start < c.end and c.start < cand.end]
        same_mention = all((c.start, c.end, c.kind, c.exact) == (cand.start, cand.end, cand.kind, cand.exact) for c in overlaps)
        if same_mention and all(c.value != cand.value for c in overlaps):
            chosen.append(cand)
    return sorted(chosen, key=lambda m: m.start)
