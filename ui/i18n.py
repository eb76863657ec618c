"""The interface language (the browser's Accept-Language, Dutch by default) and the UI's labels.

The labels live in the one catalogue (`assistant/catalogue.yaml`, keys "ui.…"), beside the answers' sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.catalogue import Catalogue, load_catalogue
from index.records import Language

# Read once: the catalogue is data, never changed while the app runs.
CATALOGUE: Catalogue = load_catalogue()

DEFAULT: Language = "nl"

EXAMPLES = [
    "Welke blockchainprojecten zijn gesubsidieerd?",
    "How much went to education projects in 2017?",
    "Wat is het Digital Office Groningen?",
    "What are the themes of Groningen Digital City?",
    "Hoeveel heeft de gemeente in 2017 in totaal bijgedragen?",
    "Who signed the council letter?",
    "Hoeveel subsidie kreeg PyGrunn?",
]

def text(language: str, key: str, **values: object) -> str:
    """The interface label `key` in `language` (Dutch for anything else), formatted with `values`."""
    return CATALOGUE.text(language, "ui." + key, **values)


def has_text(key: str) -> bool:
    return CATALOGUE.has("ui." + key)


def pick_language(accept_language: str | None, override: str | None = None) -> Language:
    """nl or en from an explicit choice (?lang=) or the browser's Accept-Language; Dutch when neither is known.

    >>> pick_language("en-US,en;q=0.9,nl;q=0.8"), pick_language("fr-FR,nl;q=0.5,en;q=0.4"), pick_language(None)
    ('en', 'nl', 'nl')
    """
    if override and override.lower()[:2] in ("nl", "en"):
        return override.lower()[:2]  # type: ignore[return-value]
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        match = re.search(r"q=([0-9.]+)", params)
        if match:
            try:
                q = float(match.group(1))
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in ("nl", "en") and q > 0:
            ranked.append((-q, i, primary))
    return sorted(ranked)[0][2] if ranked else DEFAULT  # type: ignore[return-value]


def language_of(headers: Mapping[str, str] | None, query: Mapping[str, str] | None = None) -> Language:
    """The interface language for a request's headers and query parameters."""
    return pick_language((headers or {}).get("accept-language"), (query or {}).get("lang"))
