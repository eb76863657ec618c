"""One Settings object, read from GDC_* environment variables; paths are overridable for tests.

Both halves read it: the build side for where the corpus and index live, the answer side for retrieval sizes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from index.embed import parse_embedder_spec

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INDEX_DIR = PROJECT_ROOT / "index" / "built"


class SettingsError(ValueError):
    """A GDC_* variable holds a value the assistant cannot use."""


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


_PATHS = {"knowledge_dir": "GDC_KNOWLEDGE_DIR", "index_dir": "GDC_INDEX_DIR", "feedback_file": "GDC_FEEDBACK_FILE",
          "cache_dir": "GDC_CACHE_DIR"}
_TEXTS = {"embedder": "GDC_EMBEDDER", "chroma_url": "GDC_CHROMA_URL", "understanding": "GDC_UNDERSTANDING"}
UNDERSTANDING_MODES = ("both", "rules", "examples")


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
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise SettingsError(f"GDC_CHROMA_URL must start with http:// or https://, got {self.chroma_url!r}")

    @property
    def cache_path(self) -> Path:
        return self.cache_dir or default_cache_dir()

    @property
    def feedback_path(self) -> Path:
        return self.feedback_file or self.index_dir / "feedback.jsonl"
