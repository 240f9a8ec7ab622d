"""What changed in an input folder: its article files, a digest of them, and the diff against a manifest.

The sensor keeps only the digest in its cursor; the file manifest (name -> size and modification time) of
the last published build is kept in the work area by the build itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
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
            with contextlib.suppress(OSError):  # removed since the listing: absent from this look
                out[path.name] = file_stamp(path)
    return dict(sorted(out.items()))


def digest(input_dir: Path, state: dict[str, str]) -> str:
    """A short fingerprint of the folder and its files: equal digests, nothing to rebuild."""
    body = json.dumps([str(Path(input_dir).resolve()), state], separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()[:16]


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


def save_manifest(path: Path, input_dir: Path, state: dict[str, str]) -> None:
    """The folder's files as a build saw them, written whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    doc = {"input_dir": str(Path(input_dir).resolve()), "files": state}
    partial.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
    os.replace(partial, path)


def load_manifest(path: Path, input_dir: Path) -> dict[str, str]:
    """The files a build saw in `input_dir` (none when it has no manifest, or one of another folder)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(doc, dict) or doc.get("input_dir") != str(Path(input_dir).resolve()):
        return {}
    return doc.get("files") or {}


@dataclass(frozen=True, slots=True)
class SensorCursor:
    """The digest of the folder at the last look and how many runs were requested: a few bytes at any size."""

    digest: str = ""
    requests: int = 0

    def encode(self) -> str:
        return f"{self.digest}:{self.requests}"

    @classmethod
    def decode(cls, cursor: str | None) -> SensorCursor:
        folder_digest, _, requests = (cursor or "").partition(":")
        return cls(folder_digest, int(requests)) if requests.isdigit() else cls()
