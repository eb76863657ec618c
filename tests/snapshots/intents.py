"""The parsed Intent of every question in evals/, as reviewed JSON: a change in understanding shows up as a diff.

    python -m tests.snapshots.intents            # check (what the test does)
    python -m tests.snapshots.intents --update   # rewrite intents.json after reviewing the diff it prints
"""

from __future__ import annotations

import difflib
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from assistant.records import Intent

SNAPSHOT = Path(__file__).with_name("intents.json")
# Not the blind set: its questions are never looked at one by one, not even as a diff of how they are understood.
QUESTION_FILES = ("evals/questions/*.jsonl", "evals/heldout/*.jsonl")


def view(intent: Intent) -> dict[str, object]:
    """The parts of an intent that decide the answer (not the expanded search text)."""
    query = asdict(intent.table_query) if intent.table_query else None
    return {"language": intent.language, "route": intent.route, "answer_type": intent.answer_type,
            "query": query, "years": list(intent.years), "foreign_year": intent.foreign_year,
            "followup": intent.followup, "names": list(intent.names)}


def current(understander: object, root: Path) -> dict[str, dict[str, object]]:
    out = {}
    for pattern in QUESTION_FILES:
        for path in sorted(root.glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    case = json.loads(line)
                    intent = understander.understand(case["question"], case.get("history") or [])  # type: ignore[attr-defined]
                    out[case["id"]] = {"question": case["question"], **view(intent)}
    return out


def dump(data: dict[str, dict[str, object]]) -> str:
    """One question per line, so a change in understanding is a one-line diff."""
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False, sort_keys=True)}" for k, v in sorted(data.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main() -> int:
    from assistant.engine import build_assistant
    from index.settings import PROJECT_ROOT, Settings
    from tests.conftest import build_corpus_index

    with tempfile.TemporaryDirectory() as tmp:
        knowledge, index = build_corpus_index(Path(tmp), "hash")
        assistant = build_assistant(Settings(knowledge_dir=knowledge, index_dir=index, embedder="hash"))
        fresh = dump(current(assistant.understander, PROJECT_ROOT))
    old = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
    sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), fresh.splitlines(True), "intents.json", "now"))
    if "--update" in sys.argv:
        SNAPSHOT.write_text(fresh, encoding="utf-8")
        print(f"wrote {SNAPSHOT}")
    return 0 if fresh == old or "--update" in sys.argv else 1


if __name__ == "__main__":
    sys.exit(main())
