"""The one i18n catalogue: both languages for every message, the same placeholders, and every key the code uses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.catalogue import Catalogue, CatalogueError, check_messages, load_catalogue
from assistant.operations import default_registry, extend_catalogue
from index.settings import PROJECT_ROOT

CATALOGUE = load_catalogue()
EXTENDED = extend_catalogue(CATALOGUE, default_registry())
# A literal key handed to the catalogue in code: t("key"…), text(lang, "key"…), ctx.t("key"…), catalogue.text(x, "key"…)
_USES = re.compile(r"""(?:\bt|\.t|\btext|\.text|_text)\((?:(?:[\w.]+|["'](?:nl|en)["']),\s*)?["']([a-z_][\w.]*[a-z])["'][,)]""")


def test_catalogue_loads_with_both_languages_and_matching_placeholders():
    assert len(CATALOGUE.messages) > 150
    check_messages(CATALOGUE.messages)


def test_catalogue_every_literal_key_in_the_code_exists():
    missing = []
    for folder in ("assistant", "ui"):
        for path in sorted((PROJECT_ROOT / folder).glob("*.py")):
            for key in _USES.findall(path.read_text(encoding="utf-8")):
                # an operation's composer may use its own messages, registered as "op.<name>.<key>"
                own = [f"op.{op.name}.{key}" for op in default_registry()]
                if not any(EXTENDED.has(k) for k in (key, f"ui.{key}", *own)):
                    missing.append(f"{Path(path).name}: {key}")
    assert not missing, missing


def test_catalogue_falls_back_to_dutch_for_another_language():
    assert CATALOGUE.text("fr", "ui.send") == CATALOGUE.text("nl", "ui.send")


def test_catalogue_refuses_a_message_with_different_placeholders():
    with pytest.raises(CatalogueError, match="different placeholders"):
        Catalogue({}).with_messages("x.", {"m": {"nl": "{a}", "en": "{b}"}})


def test_catalogue_bad_file_is_a_clear_error(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("m:\n  nl: alleen Nederlands\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="exactly nl and en"):
        load_catalogue(path)


def test_catalogue_rejects_a_key_given_twice(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text('send:\n  nl: "Stuur"\n  en: "Send"\nsend:\n  nl: "Verstuur"\n  en: "Send"\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="twice"):
        load_catalogue(path)


# Keys the code builds from a record's Literal value (f"sel_{column}"); a new value must bring its message.
@pytest.mark.parametrize(("prefix", "literal"), [
    ("ui.sel_", "FilterColumn"), ("ui.m_", "Measure"), ("r_", "RefusalReason"), ("topic_", "Topic"),
])
def test_catalogue_has_a_message_for_every_literal_value(prefix, literal):
    from typing import get_args

    from assistant import records

    # onboarding and out_of_scope are answered by a refusal with its own reason, never by a topic heading
    values = [v for v in get_args(getattr(records, literal)) if v not in ("onboarding", "out_of_scope")]
    missing = [v for v in values if not EXTENDED.has(prefix + v) and not EXTENDED.has("ui." + prefix + v)]
    assert not missing, f"{literal}: no message {prefix}<value> for {missing}"
