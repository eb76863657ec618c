"""Write the README's screenshots into docs/: the chat with an answer and its sources, the Wegwijs path, the Projecten
tab with its charts, and a document opened at a citation, in headless Chromium.

    python scripts/screenshot.py                       # index built in a temp dir from knowledge/
    GDC_INDEX_DIR=/tmp/gidx python scripts/screenshot.py --out-dir /tmp/shots

Needs Debian's chromium (apt-get install -y chromium) and the dev extra (playwright); downloads nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

from index.offline import configure_offline

configure_offline()

from index.settings import PROJECT_ROOT, Settings  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
QUESTION = "Welke blockchainprojecten zijn gesubsidieerd?"
READER_QUESTION = "Wat is het Digital Office Groningen?"
# The last exchange from its question on, as a reader would scroll to it.
SCROLL_TO_LAST = """() => { const q = [...document.querySelectorAll('#gdc-chat [data-testid="user"]')].pop();
    let box = q.parentElement;
    while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    if (box) box.scrollTop += q.getBoundingClientRect().top - box.getBoundingClientRect().top - 8; }"""


def ask(page, question: str) -> None:
    before = page.locator("#gdc-chat [data-testid='bot']").count()
    page.fill("#gdc-question textarea", question)
    page.click("#gdc-send")
    page.wait_for_function("n => document.querySelectorAll('#gdc-chat [data-testid=bot]').length > n", arg=before)
    page.wait_for_selector(".gdc-sources:not([data-state='empty'])")
    page.wait_for_timeout(500)


def shoot(page, out_dir: Path) -> list[Path]:
    """The four screenshots, in the order the README shows them."""
    written = []

    def save(name: str, full_page: bool = False) -> None:
        path = out_dir / name
        page.screenshot(path=str(path), full_page=full_page)
        written.append(path)

    ask(page, QUESTION)
    page.evaluate(SCROLL_TO_LAST)
    page.wait_for_timeout(300)
    save("screenshot.png")
    page.click("#gdc-tab-wegwijs-button")
    page.wait_for_selector("#gdc-step-money .gdc-step")
    page.wait_for_timeout(300)
    save("screenshot-wegwijs.png")
    page.click("#gdc-tab-projects-button")
    page.wait_for_selector("#gdc-chart-themes img")
    page.locator("#gdc-chart-themes").scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    save("screenshot-projects.png")
    page.click("#gdc-tab-chat-button")
    ask(page, READER_QUESTION)
    page.locator("#gdc-sources-panel .gdc-citation[data-source^='documents/'] .gdc-open").first.click()
    page.wait_for_selector("#gdc-reader .gdc-reader[data-state='found']")
    page.wait_for_timeout(800)  # the reader scrolls the quote into view
    save("screenshot-reader.png")
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=PROJECT_ROOT / "docs")
    parser.add_argument("--locale", default="nl-NL")
    args = parser.parse_args()
    chromium = os.environ.get("GDC_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        print("error: chromium not found; apt-get install -y chromium", file=sys.stderr)
        return 2

    from playwright.sync_api import sync_playwright

    from assistant.engine import build_assistant
    from index.build import build_index
    from index.store import current_build
    from ui.app import build_app, launch

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env()
        if current_build(settings.index_dir) is None:
            settings = settings.with_paths(index_dir=Path(tmp) / "index")
            build_index(settings, progress=False)
        settings = dataclasses.replace(settings, feedback_file=Path(tmp) / "feedback.jsonl")
        assistant = build_assistant(settings)
        assistant.warm()
        demo = build_app(settings, assistant)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        launch(demo, "127.0.0.1", port, block=False, quiet=True)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, args=ARGS)
                page = browser.new_page(locale=args.locale, viewport={"width": 1280, "height": 860}, device_scale_factor=1)
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector(".gdc-sources[data-state='empty']")
                args.out_dir.mkdir(parents=True, exist_ok=True)
                written = shoot(page, args.out_dir)
                browser.close()
        finally:
            demo.close()
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
