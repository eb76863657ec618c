"""The sources panel over answers that need the real model's retrieval."""

from __future__ import annotations

from ui.sources import sources_html


def test_sources_html_shows_like_row_html_tag_as_text(assistant):
    answer = assistant.ask("Welke focuspunten heeft het LIKE project?")
    assert any(c.source.startswith("documents/raadsbrief") for c in answer.citations)
    out = sources_html(answer, assistant.index)
    assert '&lt;ul style=&quot;list-style-type: none&quot;&gt;' in out
    assert "<ul style" not in out and "<mark>" in out
