"""👍/👎 feedback on answers, appended as JSON lines to the feedback file.

Each rating is written the moment it is given; a comment sent afterwards is appended as another line with the
same `id` (and `comment` filled), so a reader that keeps the last line per `id` has the full feedback.
"""

from __future__ import annotations

import fcntl
import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path


def feedback_record(answer: dict[str, object], liked: bool, comment: str = "", feedback_id: str | None = None) -> dict[str, object]:
    """One feedback line: question, answer, citations, language, answered, rating, comment, time (ISO, UTC)."""
    return {
        "id": feedback_id or uuid.uuid4().hex,
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "rating": "up" if liked else "down",
        "comment": comment.strip(),
        "question": answer.get("question", ""),
        "answer": answer.get("answer", ""),
        "citations": answer.get("citations", []),
        "language": answer.get("language", ""),
        "answered": bool(answer.get("answered")),
        "route": answer.get("route", ""),
    }


def append_feedback(path: Path, record: dict[str, object]) -> None:
    """Append one JSON line under an exclusive lock; the parent dir is created, earlier lines are never touched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    with open(path, "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            size = fh.seek(0, os.SEEK_END)
            if size:
                fh.seek(size - 1)
                if fh.read(1) != b"\n":  # an earlier line cut short keeps its own line
                    line = b"\n" + line
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def read_feedback(path: Path) -> list[dict[str, object]]:
    """Every line of the feedback file (for tests and reports)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
