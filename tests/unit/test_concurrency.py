"""The answer path is safe to call from several threads (Gradio's queue runs questions concurrently): the same
answers as one at a time, on an assistant whose lazy parts (sentences, lexical postings, dense norms, table rows)
are first loaded by the racing threads themselves."""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.engine import build_assistant
from evals.cases import load_cases
from index.store import BuiltIndex

THREADS = 4


@pytest.fixture
def fast_switching():
    """Let threads switch every 0.1 ms (the default is 5 ms), so that races show up within a short test; at 10 µs
    the four threads spent minutes switching."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-4)
    yield
    sys.setswitchinterval(before)


def _asked(assistant, cases):
    return {c.id: assistant.ask(c.question, list(c.history)).to_dict() for c in cases}


@pytest.mark.slow
def test_concurrent_questions_get_the_answers_asked_alone(shared_settings):
    # At the default switch interval: in the full suite, the session's Gradio servers keep a dozen event-loop
    # threads alive, and a 0.1 ms interval made them and these four trade the GIL for minutes. The barrier still
    # sends all four into the lazy loads at once.
    # every eighth question, every kind among them: the races are in the lazy loads, and four threads asking many
    # table questions at once convoy on the shared SQLite connection (docs/notes.md)
    cases = load_cases()[::8]
    alone = _asked(build_assistant(shared_settings, index=BuiltIndex(shared_settings)), cases)
    fresh = build_assistant(shared_settings, index=BuiltIndex(shared_settings))  # nothing lazy loaded yet
    start = threading.Barrier(THREADS)

    def worker(n: int) -> dict[str, dict]:
        start.wait()
        order = cases[n::THREADS] + [c for i, c in enumerate(cases) if i % THREADS != n]  # each thread its own order
        return _asked(fresh, order)

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(worker, range(THREADS)))
    for result in results:
        assert result == alone


def test_table_store_is_shared_by_threads(store, fast_switching):
    expected = [store.execute("SELECT COUNT(*), SUM(contribution) FROM projects WHERE theme = ?", (t,))
                for t in store.distinct("theme")]

    def worker(_: int) -> list:
        return [store.execute("SELECT COUNT(*), SUM(contribution) FROM projects WHERE theme = ?", (t,))
                for t in store.distinct("theme") for _ in range(20)][::20]

    with ThreadPoolExecutor(THREADS) as pool:
        assert all(got == expected for got in pool.map(worker, range(THREADS * 4)))


@pytest.mark.slow
def test_runtime_answers_concurrently_while_the_assistant_is_swapped(shared_settings, fast_switching):
    from ui.runtime import Runtime

    cases = load_cases()[:12]
    alone = _asked(build_assistant(shared_settings, index=BuiltIndex(shared_settings)), cases)
    runtime = Runtime(shared_settings, build_assistant(shared_settings, index=BuiltIndex(shared_settings)))
    done = threading.Event()

    def swapper() -> int:
        swaps = 0
        while not done.wait(0.05):  # what an admin re-index does once the new build is published
            runtime.live.refresh()
            swaps += 1
        return swaps

    def worker(n: int) -> dict[str, dict]:
        return {c.id: runtime.ask(c.question, list(c.history))[0].to_dict() for c in cases[n::2] + cases[1 - n::2]}

    with ThreadPoolExecutor(3) as pool:
        swaps = pool.submit(swapper)
        results = list(pool.map(worker, range(2)))
        done.set()
        assert swaps.result() > 0
    for result in results:
        assert result == alone
