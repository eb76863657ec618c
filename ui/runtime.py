"""The live Assistant behind the UI, swapped whole by an admin re-index, and the API's history argument."""

from __future__ import annotations

import json
import threading

from assistant.engine import Assistant, InputError, build_assistant, check_history
from assistant.records import Answer
from index.build import IndexReport
from index.records import Language
from index.settings import Settings
from index.store import BuiltIndex
from ui.pages import documents_html


class Runtime:
    """The live Assistant, swapped whole by a re-index; questions are answered one at a time."""

    def __init__(self, settings: Settings, assistant: Assistant):
        self.settings = settings
        self._assistant = assistant
        self._ask_lock = threading.Lock()
        self._reindex_lock = threading.Lock()

    @property
    def assistant(self) -> Assistant:
        return self._assistant

    def ask(self, question: str, history: list[dict[str, str]]) -> tuple[Answer, BuiltIndex]:
        """The answer and the index it came from (the panel must quote the same build)."""
        with self._ask_lock:
            assistant = self._assistant
            return assistant.ask(question, history), assistant.index

    def reindex(self) -> IndexReport:
        """Build the index (incrementally) and answer from the new build from now on; returns the IndexReport."""
        from index.build import build_index

        with self._reindex_lock:
            report = build_index(self.settings, progress=False)
            fresh = build_assistant(self.settings)
            fresh.warm()
            with self._ask_lock:
                self._assistant = fresh
            return report

    def documents(self, language: Language) -> str:
        from index.store import current_build

        index = self._assistant.index
        live = current_build(self.settings.index_dir)
        return documents_html(index.manifest, str(self.settings.index_dir), language,
                              newer_build=live is not None and live != index.path)


def parse_history(value: object) -> list[dict[str, str]]:
    """Chat history given as a list of turns or as its JSON text."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise InputError(f"history is not valid JSON: {exc.msg}") from None
    return check_history(value)
