"""Tables written batch by batch, as Parquet (a row group per batch) and CSV, so no table is held whole.

The CSV holds exactly the Parquet values; `write_spreadsheet_csv` makes the opt-in spreadsheet-safe copy.
"""

from __future__ import annotations

import json
import subprocess
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from pandera.engines import pandas_engine

import schemas

# A text cell starting with one of these runs as a formula when a spreadsheet opens the CSV.
_FORMULA_START = r"^[=+\-@\t\r]"
_CSV_OPTIONS = pacsv.WriteOptions(quoting_style="needed")  # text quoted, numbers and dates bare, nulls empty


def guard_formulas(table: pa.Table) -> pa.Table:
    """Prefix text cells that a spreadsheet would evaluate with an apostrophe (OWASP's CSV-injection advice)."""
    for i, field in enumerate(table.schema):
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            values = table.column(i)
            risky = pc.match_substring_regex(values, _FORMULA_START)
            if pc.any(risky).as_py():
                guarded = pc.binary_join_element_wise(pa.scalar("'", field.type), values, pa.scalar("", field.type))
                table = table.set_column(i, field, pc.if_else(risky, guarded, values))
    return table


@cache
def arrow_schema(table: str) -> pa.Schema:
    """The Parquet schema of a published table, from its pandera model (every batch is written with it).

    Taken from an empty validated frame, except dates: an empty object column has no type of its own.
    """
    model = schemas.TABLES[table]
    empty = model.validate(pd.DataFrame(columns=schemas.columns(table)))
    schema = pa.Schema.from_pandas(empty, preserve_index=False)
    dates = {name for name, column in model.to_schema().columns.items() if isinstance(column.dtype, pandas_engine.Date)}
    for name in dates:
        schema = schema.set(schema.get_field_index(name), pa.field(name, pa.date32()))
    pandas_meta = json.loads(schema.metadata[b"pandas"])
    for column in pandas_meta["columns"]:
        if column["name"] in dates:
            column["pandas_type"] = "date"  # what pandas records for a column of dates
    # Self-describing files: each column's description, and what the file is and which code wrote it. No build
    # time: the same inputs and code give the same bytes (datapackage.json says when the package was built).
    columns = model.to_schema().columns
    described = pa.schema(
        [f.with_metadata({b"description": (columns[f.name].description or "").encode()}) for f in schema]
    )
    return described.with_metadata(
        {
            **schema.metadata,
            b"pandas": json.dumps(pandas_meta).encode(),
            b"dataset": table.encode(),
            b"description": (model.__doc__ or "").strip().encode(),
            b"schema_version": schemas.SCHEMA_VERSION.encode(),
            b"source_commit": source_commit().encode(),
        }
    )


@cache
def source_commit() -> str:
    """The git commit of the code that writes the tables (`+dirty` when its pipelines/ or schemas/ have
    uncommitted changes), or `unknown` outside a git checkout."""
    root = Path(__file__).resolve().parents[2]

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10, check=True
        ).stdout.strip()

    try:
        head = git("rev-parse", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no", "--", "pipelines", "schemas")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


class TableWriter:
    """Appends batches of one table to `<folder>/<table>.parquet` and `<folder>/<table>.csv`."""

    def __init__(self, folder: Path, table: str):
        folder.mkdir(parents=True, exist_ok=True)
        self.table = table
        self.rows = 0
        self._schema = arrow_schema(table)
        self._parquet = pq.ParquetWriter(folder / f"{table}.parquet", self._schema)
        self._csv = pacsv.CSVWriter(folder / f"{table}.csv", self._schema, write_options=_CSV_OPTIONS)

    def write(self, rows: pa.Table) -> None:
        """Append rows (in the table's schema, see `to_arrow`) as one row group."""
        if not rows.num_rows:
            return
        self._parquet.write_table(rows)
        self._csv.write_table(rows)
        self.rows += rows.num_rows

    def close(self) -> None:
        if not self.rows:  # one empty row group, as pandas writes an empty frame; the CSV header
            self._parquet.write_table(self._schema.empty_table())
            self._csv.write_table(self._schema.empty_table())
        self._parquet.close()
        self._csv.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def to_arrow(table: str, df: pd.DataFrame) -> pa.Table:
    """A validated frame of `table` as Arrow, in exactly the table's Parquet schema."""
    schema = arrow_schema(table)
    return pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)


def conform(table: str, rows: pa.Table) -> pa.Table:
    """Rows read back from a written table, in exactly the table's schema again."""
    schema = arrow_schema(table)
    return rows.select(schema.names).cast(schema)


def read_id_span(path: Path, first_id: str, last_id: str) -> pa.Table:
    """The rows of a Parquet file written in article-id order whose id lies in [first_id, last_id]; only the
    row groups that can hold them are read (their statistics say which)."""
    return pq.read_table(path, filters=[("article_id", ">=", first_id), ("article_id", "<=", last_id)])


def write_table(folder: Path, table: str, df: pd.DataFrame) -> None:
    with TableWriter(folder, table) as writer:
        writer.write(to_arrow(table, df))


def write_spreadsheet_csv(parquet: Path, csv: Path) -> int:
    """A copy of a published table for spreadsheets: text cells that would run as formulas are prefixed with
    an apostrophe, so values (and offsets into them) differ from the dataset's. Returns the rows written."""
    source = pq.ParquetFile(parquet)
    with pacsv.CSVWriter(csv, source.schema_arrow, write_options=_CSV_OPTIONS) as writer:
        for batch in source.iter_batches():
            writer.write_table(guard_formulas(pa.Table.from_batches([batch], source.schema_arrow)))
    return source.metadata.num_rows


def row_count(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows
