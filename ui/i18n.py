"""Interface text in Dutch and English; the language follows the browser (Accept-Language), Dutch by default."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.records import Language

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

STRINGS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Groningen Digital City — assistent",
        "intro": "Stel een vraag over Groningen Digital City: de raadsbrief van 14 maart 2018, het actieplan en de "
                 "gesubsidieerde projecten van 2017. Elk antwoord noemt zijn bronnen; rechts zie je de passages en "
                 "berekeningen waarop het rust. Alles draait op deze computer.",
        "tab_chat": "Chat", "tab_projects": "Projecten", "tab_documents": "Documenten",
        "chat_label": "Gesprek", "chat_placeholder": "Stel een vraag in het Nederlands of Engels.",
        "question_label": "Je vraag", "question_placeholder": "Bijvoorbeeld: Welke blockchainprojecten zijn gesubsidieerd?",
        "send": "Vraag", "clear": "Nieuw gesprek", "examples": "Voorbeeldvragen",
        "sources_title": "Bronnen bij het laatste antwoord",
        "sources_empty": "Hier verschijnen de bronnen van het antwoord: elke passage met de geciteerde zin gemarkeerd, "
                         "en bij berekeningen de gebruikte rijen.",
        "question": "Vraag", "answered": "Beantwoord uit de bronnen", "not_answered": "Niet beantwoord",
        "not_answered_note": "De bronnen geven geen antwoord op deze vraag; hieronder staat wat ze wel zeggen.",
        "no_citations": "Geen bronnen bij dit antwoord.",
        "error": "Deze vraag kan niet gesteld worden", "citations": "Citaten",
        "quote_not_found": "(de passage is niet in de huidige index gevonden; alleen het citaat wordt getoond)",
        "date_unknown": "datum onbekend", "table_file": "tabel",
        "computation": "Berekening", "rule": "Selectie", "figure": "Uitkomst", "rows_selected": "Rijen",
        "rows_of": "{n} van {total}", "sql": "SQL", "comparisons": "Vermelde totalen vs. berekend",
        "section": "Onderdeel", "stated": "Vermeld", "computed": "Berekend", "difference": "Verschil",
        "missing_rows": "Zonder bedrag (niet meegeteld)", "groups": "Per groep",
        "rows_used": "Gebruikte rijen", "col_project": "Project", "col_applicant": "Aanvrager", "col_theme": "Thema",
        "col_contribution": "Bijdrage 2017", "col_total_size": "Totale omvang", "col_row_ref": "Rij",
        "col_section": "Onderdeel", "no_theme": "geen thema",
        "op_sum": "som", "op_count": "aantal", "op_avg": "gemiddelde", "op_max": "maximum", "op_min": "minimum",
        "op_list": "som", "op_lookup": "opzoeken",
        "m_contribution": "gemeentelijke bijdrage 2017", "m_total_size": "totale projectomvang",
        "not_answered_chat": "niet beantwoord",
        "feedback_thanks": "Dank je! Je {rating} bij antwoord {n} is opgeslagen. Wil je er iets bij zeggen? (optioneel)",
        "feedback_comment": "Toelichting", "feedback_placeholder": "Wat klopte er wel of niet aan dit antwoord?",
        "feedback_send": "Verstuur toelichting", "feedback_saved": "Toelichting opgeslagen. Dank je!",
        "feedback_failed": "Feedback kon niet worden opgeslagen: {error}",
        "theme_filter": "Thema", "applicant_filter": "Aanvrager", "search": "Zoeken",
        "search_placeholder": "Zoek in project, aanvrager, beschrijving, partners…",
        "all_themes": "Alle thema's", "all_applicants": "Alle aanvragers", "no_theme_option": "Geen thema (Anders)",
        "projects_intro": "De projecttabel uit Bijlage 1 van de raadsbrief: dezelfde rijen die de antwoorden gebruiken.",
        "totals": "Selectie", "n_projects": "{n} projecten", "one_project": "1 project",
        "sum_contribution": "Bijdrage 2017 samen", "sum_total_size": "Totale omvang samen",
        "without_amount": "{n} zonder bedrag", "no_rows": "Geen projecten voldoen aan deze selectie.",
        "details": "details", "description": "Beschrijving", "partners": "Partners", "total_row": "Totaal selectie",
        "documents_intro": "Wat de assistent kent: de geïndexeerde documenten en tabellen.",
        "doc_title": "Titel", "doc_file": "Bestand", "doc_kind": "Soort", "doc_date": "Datum", "doc_size": "Omvang",
        "chunks": "{n} passages", "rows": "{n} rijen", "kind_table": "tabel", "kind_document": "document",
        "skipped": "Overgeslagen bestanden", "index_status": "Index",
        "embedder": "Embedder", "built_at": "Gebouwd op", "build": "Build", "index_dir": "Indexmap",
        "chroma": "Vectoropslag", "newer_build": "Er staat een nieuwere index klaar dan deze app gebruikt; "
                                              "herindexeer of herstart de app om hem te laden.",
        "reindex": "Opnieuw indexeren", "reindex_running": "Bezig met indexeren…",
        "reindex_done": "Index bijgewerkt in {s:.1f} s: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd, "
                        "{removed} verwijderd; {chunks} passages, {rows} tabelrijen. De assistent gebruikt nu build {build}.",
        "reindex_up_to_date": "De index was al actueel ({chunks} passages, {rows} tabelrijen); de assistent is opnieuw geladen.",
        "reindex_failed": "Indexeren mislukt: {error}",
        "skipped_file": "Overgeslagen: {source}: {reason}",
    },
    "en": {
        "title": "Groningen Digital City — assistant",
        "intro": "Ask about Groningen Digital City: the council letter of 14 March 2018, the action plan and the "
                 "projects subsidised in 2017. Every answer cites its sources; the panel on the right shows the passages "
                 "and computations it rests on. Everything runs on this computer.",
        "tab_chat": "Chat", "tab_projects": "Projects", "tab_documents": "Documents",
        "chat_label": "Conversation", "chat_placeholder": "Ask a question in English or Dutch.",
        "question_label": "Your question", "question_placeholder": "For example: How much went to education projects in 2017?",
        "send": "Ask", "clear": "New conversation", "examples": "Example questions",
        "sources_title": "Sources of the last answer",
        "sources_empty": "The sources of the answer appear here: each passage with the cited sentence highlighted, "
                         "and for computations the rows used.",
        "question": "Question", "answered": "Answered from the sources", "not_answered": "Not answered",
        "not_answered_note": "The sources do not answer this question; below is what they do say.",
        "no_citations": "No sources for this answer.",
        "error": "This question cannot be asked", "citations": "Citations",
        "quote_not_found": "(the passage was not found in the current index; only the quote is shown)",
        "date_unknown": "date unknown", "table_file": "table",
        "computation": "Computation", "rule": "Selection", "figure": "Result", "rows_selected": "Rows",
        "rows_of": "{n} of {total}", "sql": "SQL", "comparisons": "Stated totals vs computed",
        "section": "Part", "stated": "Stated", "computed": "Computed", "difference": "Difference",
        "missing_rows": "Without an amount (not counted)", "groups": "By group",
        "rows_used": "Rows used", "col_project": "Project", "col_applicant": "Applicant", "col_theme": "Theme",
        "col_contribution": "Contribution 2017", "col_total_size": "Total size", "col_row_ref": "Row",
        "col_section": "Part", "no_theme": "no theme",
        "op_sum": "sum", "op_count": "count", "op_avg": "average", "op_max": "maximum", "op_min": "minimum",
        "op_list": "sum", "op_lookup": "lookup",
        "m_contribution": "municipal contribution 2017", "m_total_size": "total project size",
        "not_answered_chat": "not answered",
        "feedback_thanks": "Thank you! Your {rating} for answer {n} is saved. Anything to add? (optional)",
        "feedback_comment": "Comment", "feedback_placeholder": "What was right or wrong about this answer?",
        "feedback_send": "Send comment", "feedback_saved": "Comment saved. Thank you!",
        "feedback_failed": "Feedback could not be saved: {error}",
        "theme_filter": "Theme", "applicant_filter": "Applicant", "search": "Search",
        "search_placeholder": "Search project, applicant, description, partners…",
        "all_themes": "All themes", "all_applicants": "All applicants", "no_theme_option": "No theme (Anders)",
        "projects_intro": "The project table of Annex 1 of the council letter: the same rows the answers use (in Dutch).",
        "totals": "Selection", "n_projects": "{n} projects", "one_project": "1 project",
        "sum_contribution": "Contribution 2017 together", "sum_total_size": "Total size together",
        "without_amount": "{n} without an amount", "no_rows": "No project matches this selection.",
        "details": "details", "description": "Description", "partners": "Partners", "total_row": "Selection total",
        "documents_intro": "What the assistant knows: the indexed documents and tables.",
        "doc_title": "Title", "doc_file": "File", "doc_kind": "Kind", "doc_date": "Date", "doc_size": "Size",
        "chunks": "{n} passages", "rows": "{n} rows", "kind_table": "table", "kind_document": "document",
        "skipped": "Skipped files", "index_status": "Index",
        "embedder": "Embedder", "built_at": "Built at", "build": "Build", "index_dir": "Index dir",
        "chroma": "Vector store", "newer_build": "A newer index is ready than the one this app uses; "
                                              "re-index or restart the app to load it.",
        "reindex": "Re-index", "reindex_running": "Indexing…",
        "reindex_done": "Index updated in {s:.1f} s: {added} new, {changed} changed, {unchanged} unchanged, "
                        "{removed} removed; {chunks} passages, {rows} table rows. The assistant now uses build {build}.",
        "reindex_up_to_date": "The index was up to date ({chunks} passages, {rows} table rows); the assistant was reloaded.",
        "reindex_failed": "Indexing failed: {error}",
        "skipped_file": "Skipped: {source}: {reason}",
    },
}


def text(language: str, key: str, **values: object) -> str:
    """The interface string `key` in `language` (Dutch for anything else), formatted with `values`."""
    table = STRINGS["en" if language == "en" else "nl"]
    return table[key].format(**values) if values else table[key]


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
