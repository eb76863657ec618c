"""The live Assistant behind the UI, swapped whole by an admin re-index, and the API's history argument."""

from __future__ import annotations

import json
import threading

from assistant.engine import Assistant, InputError, check_history
from assistant.live import LiveAssistant
from assistant.records import Answer
from index.build import IndexReport
from index.records import Language
from index.settings import Settings
from index.store import BuiltIndex
from ui.pages import documents_html


class Runtime:
    """The live Assistant: it follows every new build between questions (`LiveAssistant`), and an admin re-index
    swaps it at once.

    Questions run concurrently (the queue's CONCURRENCY): the answer path shares only read-only state, lazy loads
    included (tests/unit/test_concurrency.py, docs/deployment.md); a question asked while a re-index swaps the
    assistant finishes on the build it started on, which its lease keeps.
    """

    def __init__(self, settings: Settings, assistant: Assistant):
        self.settings = settings
        self.live = LiveAssistant(settings, assistant=assistant)
        self._reindex_lock = threading.Lock()

    @property
    def assistant(self) -> Assistant:
        return self.live.current()

    def ask(self, question: str, history: list[dict[str, str]]) -> tuple[Answer, BuiltIndex]:
        """The answer and the index it came from (the panel must quote the same build)."""
        return self.live.ask_with_index(question, history)

    def reindex(self) -> IndexReport:
        """Build the index (incrementally) and answer from the new build from now on; returns the IndexReport."""
        from index.build import build_index

        with self._reindex_lock:
            report = build_index(self.settings, progress=False)
            self.live.refresh().warm()
            return report

    def documents(self, language: Language) -> str:
        from index.store import IndexDamaged, live_build_id

        index = self.live.current().index
        try:
            live = live_build_id(self.settings.index_dir)
        except IndexDamaged:
            live = None
        return documents_html(index.manifest, str(self.settings.index_dir), language,
                              newer_build=live is not None and live != index.build_id)


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
