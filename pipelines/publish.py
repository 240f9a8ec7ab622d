"""Write tables as Parquet and CSV with a Frictionless data package, and publish them all at once."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

import schemas
from schemas.datapackage import datapackage

MANIFEST = "datapackage.json"
# A text cell starting with one of these runs as a formula when a spreadsheet opens the CSV.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def published_files(tables: Mapping[str, pd.DataFrame] | list[str]) -> list[str]:
    return [f"{name}{suffix}" for name in tables for suffix in (".parquet", ".csv")] + [MANIFEST]


def guard_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that a spreadsheet would evaluate with an apostrophe (OWASP's CSV-injection advice)."""
    out = df.copy()
    for column in out.columns:
        values = out[column]
        if isinstance(values.dtype, pd.StringDtype):  # vectorised: the text columns of a large table
            risky = values.str.startswith(_FORMULA_STARTS).fillna(False).astype(bool)
            if risky.any():
                out[column] = values.where(~risky, "'" + values)
        elif values.dtype == object:
            out[column] = values.map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_STARTS) else v)
    return out


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_tables(tables: Mapping[str, pd.DataFrame], folder: Path) -> None:
    """Write each table as `<name>.parquet` and `<name>.csv`, then the data package describing them."""
    folder.mkdir(parents=True, exist_ok=True)
    stats = {}
    for name, df in tables.items():
        df = df[schemas.columns(name)]
        df.to_parquet(folder / f"{name}.parquet", index=False)
        guard_formulas(df).to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
        stats[name] = {
            "rows": len(df),
            "files": {fmt: {"bytes": (folder / f"{name}.{fmt}").stat().st_size,
                            "hash": "sha256:" + sha256_of(folder / f"{name}.{fmt}")} for fmt in ("csv", "parquet")},
        }
    (folder / MANIFEST).write_text(json.dumps(datapackage(stats), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def publish(tables: Mapping[str, pd.DataFrame], output_dir: Path) -> list[str]:
    """Replace the published datasets in `output_dir` all at once; on failure the old ones stay intact.

    New files are written to a staging folder beside the output first; only then are the old files
    moved aside and the new ones moved in (renames on one file system). A failure during the swap
    moves the old files back; a crash during it is repaired by `recover` at the next publish.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    recover(output_dir)
    token = uuid.uuid4().hex[:12]
    staging = output_dir / f".publish-new-{token}"
    backup = output_dir / f".publish-old-{token}"
    names = published_files(tables)
    try:
        write_tables(tables, staging)
        _swap(staging, backup, output_dir, names)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(backup, ignore_errors=True)
    return names


def _swap(staging: Path, backup: Path, output_dir: Path, names: list[str]) -> None:
    backup.mkdir()
    moved_out: list[str] = []
    moved_in: list[str] = []
    try:
        for name in names:
            if (output_dir / name).exists():
                os.replace(output_dir / name, backup / name)
                moved_out.append(name)
        for name in names:
            os.replace(staging / name, output_dir / name)
            moved_in.append(name)
    except BaseException:
        for name in moved_in:
            (output_dir / name).unlink(missing_ok=True)
        for name in moved_out:
            os.replace(backup / name, output_dir / name)
        backup.rmdir()  # empty again: every old file is back in place
        raise
    (backup / ".complete").touch()


def recover(output_dir: Path) -> None:
    """Undo a publish that a crash interrupted mid-swap, so the output is one consistent set again."""
    for backup in output_dir.glob(".publish-old-*"):
        if not (backup / ".complete").exists():
            for old in backup.iterdir():
                os.replace(old, output_dir / old.name)
        shutil.rmtree(backup, ignore_errors=True)
    for staging in output_dir.glob(".publish-new-*"):
        shutil.rmtree(staging, ignore_errors=True)
