"""One Settings object, read from GDC_* environment variables; paths are overridable for tests.

Both halves read it: the build side for where the corpus and index live, the answer side for retrieval sizes.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import urlparse

from index.embed import parse_embedder_spec

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INDEX_DIR = PROJECT_ROOT / "index" / "built"


class SettingsError(ValueError):
    """A GDC_* variable holds a value the assistant cannot use."""


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


_PATHS = {"knowledge_dir": "GDC_KNOWLEDGE_DIR", "index_dir": "GDC_INDEX_DIR", "feedback_file": "GDC_FEEDBACK_FILE",
          "cache_dir": "GDC_CACHE_DIR"}
_TEXTS = {"embedder": "GDC_EMBEDDER", "chroma_url": "GDC_CHROMA_URL", "understanding": "GDC_UNDERSTANDING",
          "sentence_vectors": "GDC_SENTENCE_VECTORS"}
_NUMBERS: dict[str, tuple[str, type[int] | type[float]]] = {
    "max_file_mb": ("GDC_MAX_FILE_MB", float), "max_units": ("GDC_MAX_UNITS", int)}
UNDERSTANDING_MODES = ("both", "rules", "examples")
SENTENCE_VECTOR_MODES = ("build", "lazy")
DEFAULT_SENTENCE_VECTORS = "lazy"  # prose sentences embedded by the first reader that needs them, then cached


def default_cache_dir() -> Path:
    """Where derived data that any index can share is cached (the router's example vectors): the user's cache."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gdc"


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Where the corpus and index live, which embedder and store to use, how the UI is exposed.

    >>> Settings.from_env({"GDC_INDEX_DIR": "/tmp/x"}).index_dir
    PosixPath('/tmp/x')
    """

    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    index_dir: Path = DEFAULT_INDEX_DIR
    embedder: str = "e5"
    chroma_url: str | None = None
    admin: bool = False
    auth: str | None = None
    feedback_file: Path | None = None
    retrieve_k: int = 8  # passages the answer side reads per question
    retrieve_candidates: int = 20  # per retriever, before fusion
    cache_dir: Path | None = None  # None: default_cache_dir()
    understanding: str = "both"  # who decides what a question asks: "rules", "examples" or "both"
    max_file_mb: float = 5.0  # a bigger file is skipped unread: the corpus is letters and annexes, not dumps
    # Embedding units (chunks + their sentences) one build may hold: bounds a cold build's time (~30 units/s with
    # e5 on two cores) and the exact dense search over the build's vectors. The shipped corpus holds ~200.
    max_units: int = 20_000
    # "build": every prose sentence is embedded by `gdc index` (answers need no model work beyond the question).
    # "lazy": only chunks are; a sentence is embedded the first time a question retrieves its chunk. Builds about
    # twice as fast, first questions slower (bench/results/build_plans.json).
    sentence_vectors: str = DEFAULT_SENTENCE_VECTORS

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Build settings from GDC_* variables; keyword overrides win (CLI flags use them)."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for key, var in _PATHS.items():
            if env.get(var):
                values[key] = Path(env[var]).expanduser()
        for key, var in _TEXTS.items():
            if env.get(var):
                values[key] = env[var].strip()
        for key, (var, kind) in _NUMBERS.items():
            if env.get(var):
                values[key] = _number(var, env[var], kind)
        values["admin"] = _flag(env.get("GDC_ADMIN"))
        values["auth"] = env.get("GDC_AUTH") or None
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        for key in _PATHS:
            if isinstance(values.get(key), str):
                values[key] = Path(str(values[key]))
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        parse_embedder_spec(self.embedder)
        if self.understanding not in UNDERSTANDING_MODES:
            raise SettingsError(f"GDC_UNDERSTANDING must be one of {', '.join(UNDERSTANDING_MODES)}, "
                                f"got {self.understanding!r}")
        if self.sentence_vectors not in SENTENCE_VECTOR_MODES:
            raise SettingsError(f"GDC_SENTENCE_VECTORS must be one of {', '.join(SENTENCE_VECTOR_MODES)}, "
                                f"got {self.sentence_vectors!r}")
        if self.chroma_url:
            check_chroma_url(self.chroma_url)
        if self.index_dir.exists() and not self.index_dir.is_dir():
            raise SettingsError(f"GDC_INDEX_DIR {str(self.index_dir)!r} is a file, not a directory")
        if self.knowledge_dir.exists() and not self.knowledge_dir.is_dir():
            raise SettingsError(f"GDC_KNOWLEDGE_DIR {str(self.knowledge_dir)!r} is a file, not a directory")
        if not (self.max_file_mb > 0 and math.isfinite(self.max_file_mb)):
            raise SettingsError(f"GDC_MAX_FILE_MB must be a number of megabytes above 0, got {self.max_file_mb}")
        if self.max_units < 1:
            raise SettingsError(f"GDC_MAX_UNITS must be 1 or more, got {self.max_units}")

    @property
    def cache_path(self) -> Path:
        return self.cache_dir or default_cache_dir()

    @property
    def feedback_path(self) -> Path:
        return self.feedback_file or self.index_dir / "feedback.jsonl"


def _number(var: str, value: str, kind: type[int] | type[float]) -> int | float:
    try:
        return kind(value.strip())
    except ValueError:
        raise SettingsError(f"{var} must be a {'whole ' if kind is int else ''}number, got {value!r}") from None


def check_chroma_url(url: str) -> None:
    """SettingsError unless `url` is http(s)://host[:port] that a client can connect to.

    >>> check_chroma_url("http://127.0.0.1:8000")
    >>> check_chroma_url("http://127.0.0.1:80000")
    Traceback (most recent call last):
    index.settings.SettingsError: GDC_CHROMA_URL 'http://127.0.0.1:80000' is not a valid URL: Port out of range 0-65535
    """
    if not url.startswith(("http://", "https://")):
        raise SettingsError(f"GDC_CHROMA_URL must start with http:// or https://, got {url!r}")
    try:
        parsed = urlparse(url)
        parsed.port  # noqa: B018 - parsing the port is the check
    except ValueError as exc:
        raise SettingsError(f"GDC_CHROMA_URL {url!r} is not a valid URL: {exc}") from None
    if not parsed.hostname:
        raise SettingsError(f"GDC_CHROMA_URL {url!r} names no host")
