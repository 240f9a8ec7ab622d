"""The build's working folder: intermediate tables handed from one asset to the next."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd


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
