"""The build's working folder: intermediate tables handed from one asset to the next, and its upkeep.

Everything in it can be rebuilt from the input folder. A file found damaged (a truncated cache, a partial
table) is reported in one line, discarded with the rest of what the step reuses, and the step runs again
from the input; the scratch files of a build that was killed are removed by the next build.
"""

from __future__ import annotations

import json
import logging
import pickle
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pyarrow as pa

from pipelines.runtime.lock import LOCK_FILE

T = TypeVar("T")
log = logging.getLogger("pipelines")
# What reading a damaged work file raises (SQLite, Parquet, JSON, pickled cache entries).
DAMAGE = (sqlite3.DatabaseError, pa.ArrowException, json.JSONDecodeError, pickle.UnpicklingError, EOFError)
# Files a build writes beside their final names and moves into place, and folders it swaps: `name.<token>`,
# `tables.partial-<token>`, `tables.old-<token>`, `.frames-<random>`, `.publish-new-<token>`.
_SCRATCH = re.compile(r"^(?:.+\.[0-9a-f]{8}|.+\.(?:partial|old)-[0-9a-f]{8}|\.frames-.+|\.publish-new-[0-9a-f]{12})$")


class WorkArea:
    """Parquet tables and JSON documents under one folder, by name."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, name: str, suffix: str) -> Path:
        return self.root / f"{name}{suffix}"

    def write(self, name: str, df: pd.DataFrame) -> Path:
        path = self._path(name, ".parquet")
        path.parent.mkdir(parents=True, exist_ok=True)
        df.to_parquet(path, index=False)
        return path

    def read(self, name: str) -> pd.DataFrame:
        return pd.read_parquet(self._path(name, ".parquet"))

    def write_json(self, name: str, doc) -> Path:
        path = self._path(name, ".json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, indent=2, default=str), encoding="utf-8")
        return path

    def read_json(self, name: str):
        return json.loads(self._path(name, ".json").read_text(encoding="utf-8"))

    def remove_leftovers(self, output_dir: Path) -> list[str]:
        """Remove the scratch files of builds that were killed (call while holding the build lock)."""
        removed = []
        for folder in (self.root, output_dir):
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if _SCRATCH.match(path.name) and path.name != LOCK_FILE:
                    shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
                    removed.append(path.name)
        return removed

    def discard(self, names: Iterable[str]) -> None:
        for name in names:
            path = self.root / name
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def rebuilt_if_damaged(
    work: WorkArea, reused: Iterable[str], step: Callable[[], T], notice: Callable[[str], None] = log.warning
) -> T:
    """Run `step`; when a work file it reuses is damaged, say so in one line, discard `reused` and run it again."""
    try:
        return step()
    except DAMAGE as exc:
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        notice(
            f"warning: the work area {work.root} is damaged ({type(exc).__name__}: {detail}); "
            f"discarded {', '.join(reused)} and rebuilt them from the input"
        )
        work.discard(reused)
        return step()
