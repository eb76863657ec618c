"""One Settings object, read from GDC_* environment variables; paths are overridable for tests."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A GDC_* variable holds a value the assistant cannot use."""


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """Where the corpus and index live, which embedder and store to use, how the UI is exposed.

    >>> Settings.from_env({"GDC_INDEX_DIR": "/tmp/x"}).index_dir
    PosixPath('/tmp/x')
    """

    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    index_dir: Path = PROJECT_ROOT / "index"
    embedder: str = "e5"
    chroma_url: str | None = None
    admin: bool = False
    auth: str | None = None
    feedback_file: Path | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Build settings from GDC_* variables; keyword overrides win (CLI flags use them)."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get("GDC_KNOWLEDGE_DIR"):
            values["knowledge_dir"] = Path(env["GDC_KNOWLEDGE_DIR"]).expanduser()
        if env.get("GDC_INDEX_DIR"):
            values["index_dir"] = Path(env["GDC_INDEX_DIR"]).expanduser()
        if env.get("GDC_EMBEDDER"):
            values["embedder"] = env["GDC_EMBEDDER"].strip()
        if env.get("GDC_CHROMA_URL"):
            values["chroma_url"] = env["GDC_CHROMA_URL"].strip()
        if env.get("GDC_FEEDBACK_FILE"):
            values["feedback_file"] = Path(env["GDC_FEEDBACK_FILE"]).expanduser()
        values["admin"] = _flag(env.get("GDC_ADMIN"))
        values["auth"] = env.get("GDC_AUTH") or None
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("knowledge_dir", "index_dir", "feedback_file"):
            if isinstance(values.get(key), str):
                values[key] = Path(values[key])  # type: ignore[arg-type]
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        from assistant.embed import parse_embedder_spec

        parse_embedder_spec(self.embedder)
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise SettingsError(f"GDC_CHROMA_URL must start with http:// or https://, got {self.chroma_url!r}")

    @property
    def feedback_path(self) -> Path:
        return self.feedback_file or self.index_dir / "feedback.jsonl"
