"""The one i18n catalogue: every sentence and label the assistant writes itself, in Dutch and English.

Read from `catalogue.yaml`; a table operation may add its own messages (registry entries do). Number and date
formats come from `language`, not from here.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from index.records import Language

CATALOGUE_FILE = Path(__file__).resolve().parent / "catalogue.yaml"
LANGUAGES: tuple[Language, ...] = ("nl", "en")
Messages = Mapping[str, Mapping[Language, str]]


class CatalogueError(ValueError):
    """A message is missing a language, or its languages use different placeholders."""


def placeholders(template: str) -> set[str]:
    """The named fields of a format string.

    >>> sorted(placeholders("{p} kreeg **{v}** {m}."))
    ['m', 'p', 'v']
    """
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Catalogue:
    messages: Mapping[str, Mapping[Language, str]]

    def text(self, language: str, key: str, **values: object) -> str:
        """Message `key` in `language` (Dutch for anything else), with `values` filled in."""
        entry = self.messages[key]
        template = entry["en" if language == "en" else "nl"]
        return template.format(**values) if values else template

    def has(self, key: str) -> bool:
        return key in self.messages

    def with_messages(self, prefix: str, extra: Messages) -> Catalogue:
        """This catalogue plus `extra` under `prefix` (a registry entry's own messages)."""
        check_messages(extra)
        return Catalogue({**self.messages, **{prefix + k: v for k, v in extra.items()}})


def check_messages(messages: Messages) -> None:
    for key, entry in messages.items():
        if set(entry) != set(LANGUAGES):
            raise CatalogueError(f"message {key!r} must have exactly {', '.join(LANGUAGES)}")
        if placeholders(entry["nl"]) != placeholders(entry["en"]):
            raise CatalogueError(f"message {key!r}: nl and en use different placeholders")


class UniqueKeyLoader(yaml.SafeLoader):
    """YAML keeps the last of two equal keys silently; in a catalogue or a lexicon that hides an entry, so it is an
    error (CatalogueError, a ValueError, naming the key and its line)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise CatalogueError(f"key {key!r} appears twice (line {key_node.start_mark.line + 1})")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_catalogue(path: Path = CATALOGUE_FILE) -> Catalogue:
    """Read the catalogue; CatalogueError for a duplicated key, a missing language or mismatched placeholders."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)  # noqa: S506 (a SafeLoader)
    except CatalogueError as exc:
        raise CatalogueError(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise CatalogueError(f"{path}: expected a mapping of keys to {{nl, en}}")
    messages: dict[str, dict[Language, str]] = {}
    for key, entry in data.items():
        if not isinstance(key, str):  # YAML reads a bare yes/no/on/off key as a boolean
            raise CatalogueError(f"{path}: key {key!r} is not text; quote it or rename it")
        if not isinstance(entry, dict) or not all(isinstance(v, str) for v in entry.values()):
            raise CatalogueError(f"{path}: {key!r} must map nl and en to text")
        messages[str(key)] = {"nl": entry.get("nl", ""), "en": entry.get("en", "")}
        if set(entry) != set(LANGUAGES):
            raise CatalogueError(f"{path}: {key!r} must have exactly nl and en")
    check_messages(messages)
    return Catalogue(messages)
