"""What changed in an input folder since the last look: the sensor's cursor and diff."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pipelines.read.reader import ARTICLE_SUFFIXES, file_stamp


def snapshot(input_dir: Path) -> dict[str, str]:
    """Article files by name, each with a stamp (size and modification time) that changes when it does."""
    if not input_dir.is_dir():
        return {}
    out = {}
    for path in input_dir.iterdir():
        if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES:
            out[path.name] = file_stamp(path)
    return dict(sorted(out.items()))


@dataclass(frozen=True, slots=True)
class FolderChanges:
    added: list[str]
    changed: list[str]
    removed: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def describe(self) -> str:
        return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"


def compare(before: dict[str, str], after: dict[str, str]) -> FolderChanges:
    return FolderChanges(
        added=sorted(after.keys() - before.keys()),
        changed=sorted(k for k in after.keys() & before.keys() if after[k] != before[k]),
        removed=sorted(before.keys() - after.keys()),
    )


def encode(state: dict[str, str]) -> str:
    return json.dumps(state, sort_keys=True, separators=(",", ":"))


def decode(cursor: str | None) -> dict[str, str]:
    return json.loads(cursor) if cursor else {}


def fingerprint(state: dict[str, str]) -> str:
    return hashlib.sha256(encode(state).encode()).hexdigest()[:16]
