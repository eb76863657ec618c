"""build_app wiring without a browser: the public API is only /ask, admin re-index swaps in the new build."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.engine import InputError, build_assistant
from ui.app import build_app
from ui.runtime import Runtime, parse_history


def test_build_app_exposes_only_the_ask_endpoint(shared_settings, assistant):
    demo = build_app(shared_settings, assistant)
    info = demo.get_api_info()
    assert list(info["named_endpoints"]) == ["/ask"]
    assert [p["parameter_name"] for p in info["named_endpoints"]["/ask"]["parameters"]] == ["question", "history"]
    assert not info.get("unnamed_endpoints")


def test_build_app_has_reindex_only_for_admin(shared_settings, assistant):
    def reindex_fns(settings):
        demo = build_app(settings, assistant)
        return [fn for fn in demo.fns.values() if getattr(fn, "name", "") == "on_reindex"]

    assert reindex_fns(shared_settings) == []
    assert len(reindex_fns(dataclasses.replace(shared_settings, admin=True))) == 1


def test_history_accepts_list_or_json_and_rejects_bad_json():
    turns = [{"role": "user", "content": "Hoeveel kreeg PyGrunn?"}]
    assert parse_history(turns) == turns
    assert parse_history('[{"role": "user", "content": "Hoeveel kreeg PyGrunn?"}]') == turns
    assert parse_history(None) == [] and parse_history("") == []
    with pytest.raises(InputError, match="JSON"):
        parse_history("[{")


def test_runtime_reindex_answers_from_the_new_build(private_settings):
    runtime = Runtime(private_settings, build_assistant(private_settings))
    old = runtime.assistant
    doc = private_settings.knowledge_dir / "documents" / "extra.md"
    doc.write_text("---\ntitle: Extra\ndate: 2019-01-02\nkind: note\nlanguage: nl\n---\n\n# Extra\n\n"
                   "Het Zwaagstrafonds voor digitale kunst kreeg in 2019 een bijdrage van de gemeente.\n", encoding="utf-8")
    report = runtime.reindex()
    assert report.added == ["documents/extra.md"] and not report.skipped
    assert runtime.assistant is not old and "documents/extra.md" in runtime.assistant.index.manifest["sources"]
    answer, index = runtime.ask("Wat is het Zwaagstrafonds?", [])
    assert index is runtime.assistant.index
    assert any(c.source == "documents/extra.md" for c in answer.citations)
