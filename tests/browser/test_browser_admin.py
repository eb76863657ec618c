"""GDC_ADMIN=1: the Documenten tab's re-index button rebuilds the index and the chat answers from the new build."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from .conftest import start_server
from .helpers import ask

pytestmark = pytest.mark.browser

NEW_DOC = """---
title: Nieuwsbericht Testbureau Digitale Zaken
date: 2019-04-03
kind: web article
language: nl
---

# Testbureau Digitale Zaken

Het Testbureau Digitale Zaken in Groningen is op 3 april 2019 geopend door wethouder Marieke Zwaagstra.
Het testbureau helpt inwoners <script>alert(1)</script> gratis met vragen over hun digitale zaken.
"""


@pytest.fixture(scope="module")
def admin_server(session_dirs, tmp_path_factory):
    from assistant.engine import build_assistant
    from index.settings import Settings

    knowledge, index = session_dirs
    root = tmp_path_factory.mktemp("admin")
    shutil.copytree(knowledge, root / "knowledge")
    shutil.copytree(index, root / "index")
    settings = dataclasses.replace(Settings(knowledge_dir=root / "knowledge", index_dir=root / "index"), admin=True)
    server = start_server(settings, build_assistant(settings))
    yield server
    server.demo.close()


def test_admin_reindex_loads_new_document_into_the_assistant(admin_server, open_page):
    page = open_page(admin_server.url)
    old_build = admin_server.runtime.assistant.index.path
    (admin_server.settings.knowledge_dir / "documents" / "testbureau.md").write_text(NEW_DOC, encoding="utf-8")
    page.click("#gdc-tab-documents-button")
    assert page.locator("#gdc-documents tr[data-source='documents/testbureau.md']").count() == 0
    page.click("#gdc-admin button")  # the admin section opens like any accordion
    assert "embedded" in page.inner_text("#gdc-admin-status") and str(admin_server.settings.index_dir) not in page.inner_text("body")
    page.click("#gdc-reindex")
    page.wait_for_selector("#gdc-reindex-report .gdc-reindex[data-ok='true']", timeout=120_000)
    assert "1 nieuw" in page.inner_text("#gdc-reindex-report")
    row = page.locator("#gdc-documents tr[data-source='documents/testbureau.md']")
    assert "Nieuwsbericht Testbureau Digitale Zaken" in row.inner_text() and "3 april 2019" in row.inner_text()
    assert admin_server.runtime.assistant.index.path != old_build
    page.click("#gdc-tab-chat-button")
    ask(page, "Wie opende het Testbureau Digitale Zaken?")
    panel = page.locator("#gdc-sources-panel")
    assert "documents/testbureau.md" in panel.inner_text()
    first = panel.locator("#gdc-cite-1")
    assert "Nieuwsbericht Testbureau Digitale Zaken" in first.locator(".gdc-cite-head").inner_text()
    assert "<script>alert(1)</script>" in first.locator(".gdc-passage").inner_text()
    assert "Zwaagstra" in page.locator("#gdc-chat [data-testid='bot']").last.inner_text()
    assert panel.locator("script").count() == 0
    assert page.dialogs == []
