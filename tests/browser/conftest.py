"""A real `gdc chat` server on a free loopback port (in a thread, real Assistant) and headless Chromium.

Chromium is Debian's (`apt-get install -y chromium`), driven by Playwright for Python; no browser is downloaded.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.servers import free_port

# Screenshots go outside the repo (tests never write into it); GDC_TEST_ARTIFACTS keeps them somewhere chosen.
ARTIFACTS = Path(os.environ.get("GDC_TEST_ARTIFACTS") or Path(tempfile.gettempdir()) / "gdc-test-artifacts")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 30_000


def chromium_path() -> str:
    found = os.environ.get("GDC_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("headless Chromium not found: install Debian's `chromium` (apt-get install -y chromium) "
                    "or point GDC_CHROMIUM at a Chromium binary", pytrace=False)
    return found


def start_server(settings, assistant) -> SimpleNamespace:
    """build_app + launch exactly as `gdc chat` does, without blocking; close with `.demo.close()`."""
    from ui.app import build_app, launch

    port = free_port()
    demo = build_app(settings, assistant)
    launch(demo, "127.0.0.1", port, block=False, quiet=True)
    return SimpleNamespace(url=f"http://127.0.0.1:{port}/", settings=settings, demo=demo, runtime=demo.runtime)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def ui_settings(shared_settings, tmp_path_factory):
    """The shared index, with feedback going to a fresh file in a dir that does not exist yet."""
    return dataclasses.replace(shared_settings, feedback_file=tmp_path_factory.mktemp("ui") / "feedback" / "feedback.jsonl")


@pytest.fixture(scope="session")
def ui_server(ui_settings, assistant) -> Iterator[SimpleNamespace]:
    server = start_server(ui_settings, assistant)
    yield server
    server.demo.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


WIDTHS = {"desktop": 1280, "phone": 390}  # the default window and a phone, as the issue tried them


@pytest.fixture
def open_page(browser):
    """open_page(url, locale='nl-NL', width=1280) → a loaded page (labels in its language); records dialogs and
    requests that left the machine."""
    contexts = []

    def opener(url: str, locale: str = "nl-NL", width: int = 1280):
        context = browser.new_context(locale=locale, viewport={"width": width, "height": 900 if width > 500 else 844})
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.dialogs, page.outside = [], []
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: page.outside.append(r.url)
                if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")) else None)
        page.goto(url)
        page.wait_for_selector("#gdc-question textarea")
        page.wait_for_selector(f".gdc-sources[data-state='empty'][data-language='{'en' if locale.startswith('en') else 'nl'}']")
        return page

    yield opener
    for context in contexts:
        context.close()
