"""The assistant a long-lived front end holds: it answers from whatever build is live, and switches to a new one
between questions when `gdc index` publishes it.

`LiveAssistant` wraps the `Assistant` that `build_assistant` wires, holds a lease on the builds it reads (so a
later build never deletes them under it, see `index.store.Lease`) and, in server mode, watches the Chroma server:
the answer path never needs it (dense search runs over the build's own vectors), but an answer says so while the
server is down, and a server that comes back without its data gets the build's vectors again.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from assistant.engine import Assistant, build_assistant
from assistant.records import Answer
from index.settings import Settings
from index.store import (
    BuiltIndex,
    IndexDamaged,
    IndexMissing,
    Lease,
    ServerState,
    builds_dir,
    live_build_id,
    server_alive,
    sync_server,
)

SERVER_CHECK_SECONDS = 15.0  # how long a server check holds: a down server costs each question nothing in between


class LiveAssistant:
    """An Assistant over the live build, rebuilt (thread-safely, between questions) when CURRENT changes.

    >>> live = LiveAssistant(Settings.from_env())  # doctest: +SKIP
    >>> live.ask("Hoeveel kreeg PyGrunn?").answered  # doctest: +SKIP
    True
    """

    def __init__(self, settings: Settings, *, assistant: Assistant | None = None,
                 server_check_seconds: float = SERVER_CHECK_SECONDS):
        self.settings = settings
        self._lock = threading.RLock()
        self._lease = Lease(settings.index_dir)
        weakref.finalize(self, self._lease.release)  # also at exit; a killed process's lease is stale by its pid
        self._in_flight: Counter[str] = Counter()
        self._held: frozenset[str] = frozenset()
        self._previous: str | None = None
        self._failed: str | None = None  # a live build that could not be opened: not retried until CURRENT moves
        self.error = ""  # why the live build is not the one answering, when it is not
        self._assistant = assistant or self._open(self._live_id())
        self._hold()
        self._server_check_seconds, self._server_checked = server_check_seconds, 0.0
        self.server: ServerState | None = self._sync_server() if settings.chroma_url else None

    @property
    def assistant(self) -> Assistant:
        return self.current()

    def current(self) -> Assistant:
        """The assistant over the live build, switched first when CURRENT names a build it has not tried."""
        with self._lock:
            try:
                live = live_build_id(self.settings.index_dir)
            except IndexDamaged as exc:  # keep answering from the build we have
                self.error, live = str(exc), None
            if live and live not in (self._assistant.index.build_id, self._failed):
                self._switch(live)
            return self._assistant

    def refresh(self) -> Assistant:
        """Re-open the live build now (even the same one): an admin re-index wants a fresh assistant."""
        with self._lock:
            self._switch(self._live_id())
            return self._assistant

    def ask(self, question: str, history: Sequence[Mapping[str, str]] = ()) -> Answer:
        return self.ask_with_index(question, history)[0]

    def ask_with_index(self, question: str, history: Sequence[Mapping[str, str]] = ()) -> tuple[Answer, BuiltIndex]:
        """The answer and the index it came from (a sources panel must quote the same build)."""
        assistant = self.current()
        build = assistant.index.build_id
        with self._lock:
            self._in_flight[build] += 1
        try:
            answer = assistant.ask(question, history)
        finally:
            with self._lock:
                self._in_flight[build] -= 1
                self._in_flight += Counter()  # drops the builds no question reads any more
                self._hold()
        return self._with_server_notice(answer), assistant.index

    def _live_id(self) -> str:
        live = live_build_id(self.settings.index_dir)
        if live is None:
            raise IndexMissing(f"no index in {self.settings.index_dir}; run `gdc index` first")
        return live

    def _open(self, build_id: str) -> Assistant:
        # Lease first, then open: a build published meanwhile cannot delete what this reader is about to read.
        self._lease.hold(self._held | {build_id})
        try:
            return build_assistant(self.settings, index=BuiltIndex(self.settings, builds_dir(self.settings.index_dir) / build_id))
        except IndexMissing:
            self._lease.hold(self._held)
            raise

    def _switch(self, build_id: str) -> None:
        try:
            fresh = self._open(build_id)
        except IndexMissing as exc:
            self._failed, self.error = build_id, str(exc)
            return
        old = self._assistant.index.build_id
        self._previous = old if old != build_id else self._previous
        self._assistant, self._failed, self.error = fresh, None, ""
        self._hold()
        if self.settings.chroma_url:
            self.server = self._sync_server()

    def _hold(self) -> None:
        """Lease exactly the builds this reader may still read: the live one, the one before it (a panel may still
        quote it after the switch) and any a question is reading right now."""
        wanted = frozenset({self._assistant.index.build_id, *self._in_flight} | ({self._previous} if self._previous else set()))
        if wanted != self._held:
            self._lease.hold(wanted)
            self._held = wanted

    def _sync_server(self) -> ServerState:
        self._server_checked = time.monotonic()
        index = self._assistant.index
        return sync_server(self.settings, index.path, index.manifest)

    def _with_server_notice(self, answer: Answer) -> Answer:
        if not self.settings.chroma_url:
            return answer
        with self._lock:
            if time.monotonic() - self._server_checked >= self._server_check_seconds:
                was = self.server
                alive = server_alive(self.settings.chroma_url)
                # Back after being down: it may have come back empty, so check (and re-upload) its collection.
                self.server = self._sync_server() if alive and was == "unreachable" else (was if alive else "unreachable")
                self._server_checked = time.monotonic()
            down = self.server == "unreachable"
        if not down:
            return answer
        notice = self._assistant.catalogue.text(answer.language, "notice.server_unreachable")
        return replace(answer, text=f"{answer.text}\n\n*{notice}*")
