"""Write tables as Parquet and CSV with a Frictionless data package, and publish them all at once."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

import schemas
from pipelines.tables.files import row_count, source_commit, write_table
from schemas.datapackage import datapackage

MANIFEST = "datapackage.json"
FORMATS = ("csv", "parquet")


def published_files(tables: Iterable[str]) -> list[str]:
    return [f"{name}.{fmt}" for name in tables for fmt in ("parquet", "csv")] + [MANIFEST]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_tables(tables: Mapping[str, pd.DataFrame], folder: Path) -> None:
    """Write whole frames as `<name>.parquet` and `<name>.csv` (a build writes them batch by batch instead)."""
    for name, df in tables.items():
        write_table(folder, name, df)


def write_datapackage(folder: Path, tables: Iterable[str]) -> None:
    """Describe the tables written in `folder` (rows, sizes, checksums) in its data package."""
    stats = {
        name: {
            "rows": row_count(folder / f"{name}.parquet"),
            "files": {
                fmt: {
                    "bytes": (folder / f"{name}.{fmt}").stat().st_size,
                    "hash": "sha256:" + sha256_of(folder / f"{name}.{fmt}"),
                }
                for fmt in FORMATS
            },
        }
        for name in tables
    }
    package = {
        **datapackage(stats),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),  # the build time
        "schema_version": schemas.SCHEMA_VERSION,
        "source_commit": source_commit(),
    }
    (folder / MANIFEST).write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def publish(tables: Mapping[str, pd.DataFrame], output_dir: Path) -> list[str]:
    """Publish whole frames: see `publish_folder`."""
    output_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output_dir, prefix=".frames-") as folder:
        write_tables(tables, Path(folder))
        return publish_folder(Path(folder), list(tables), output_dir)


def publish_folder(folder: Path, tables: list[str], output_dir: Path) -> list[str]:
    """Replace the published datasets in `output_dir` with the tables written in `folder`, all at once.

    The files are copied into a staging folder beside the output and described in a data package; only
    then are the old files moved aside and the new ones moved in (renames on one file system). A failure
    during the swap moves the old files back; a crash during it is repaired by `recover` at the next
    publish. `folder` keeps its files: copies, not links, so that a published file rewritten in place by
    a user never changes the rows a refresh carries over from `folder`.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    recover(output_dir)
    token = uuid.uuid4().hex[:12]
    staging = output_dir / f".publish-new-{token}"
    backup = output_dir / f".publish-old-{token}"
    names = published_files(tables)
    try:
        staging.mkdir()
        for name in names[:-1]:
            shutil.copyfile(folder / name, staging / name)
        write_datapackage(staging, tables)
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
