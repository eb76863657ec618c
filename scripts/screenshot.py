"""Write docs/screenshot.png: the chat UI with an answer and its sources, in headless Chromium.

    python scripts/screenshot.py                       # index built in a temp dir from knowledge/
    GDC_INDEX_DIR=/tmp/gidx python scripts/screenshot.py --out /tmp/shot.png

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
QUESTIONS = ["Welke blockchainprojecten zijn gesubsidieerd?"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "docs" / "screenshot.png")
    parser.add_argument("--locale", default="nl-NL")
    parser.add_argument("--question", action="append", help="ask this (repeatable) instead of the default question")
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
                page = browser.new_page(locale=args.locale, viewport={"width": 1400, "height": 900}, device_scale_factor=1)
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector(".gdc-sources[data-state='empty']")
                for n, question in enumerate(args.question or QUESTIONS, start=1):
                    page.fill("#gdc-question textarea", question)
                    page.click("#gdc-send")
                    page.wait_for_function("n => document.querySelectorAll('#gdc-chat [data-testid=\"bot\"]').length >= n", arg=n)
                page.wait_for_selector(".gdc-sources:not([data-state='empty'])")
                page.wait_for_timeout(500)
                # show the last exchange from its question on, as a reader would scroll to it
                page.evaluate("""() => { const q = [...document.querySelectorAll('#gdc-chat [data-testid="user"]')].pop();
                    let box = q.parentElement;
                    while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
                    if (box) box.scrollTop += q.getBoundingClientRect().top - box.getBoundingClientRect().top - 8; }""")
                page.wait_for_timeout(300)
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out))
                browser.close()
        finally:
            demo.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
