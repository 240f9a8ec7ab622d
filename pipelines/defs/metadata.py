"""Dagster metadata for tables: row counts, a preview and the column schema."""
from __future__ import annotations

import math

import dagster as dg
import pandas as pd


from schemas.datapackage import table_schema

PREVIEW_ROWS = 10
PREVIEW_CHARS = 160
_TABLE_TYPES = {"string": "string", "integer": "int", "number": "float", "date": "date"}


def column_schema(table: str) -> dg.TableSchema:
    return dg.TableSchema(columns=[
        dg.TableColumn(name=f["name"], type=_TABLE_TYPES.get(f["type"], f["type"]), description=f["description"],
                       constraints=dg.TableColumnConstraints(nullable=not f["constraints"]["required"],
                                                             unique=f["constraints"].get("unique", False)))
        for f in table_schema(table)["fields"]
    ])


def _cell(value):
    """A value a TableRecord accepts: str, int, float, bool or None."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str) and len(value) > PREVIEW_CHARS:
        return value[:PREVIEW_CHARS] + "…"
    return value if isinstance(value, (bool, int, float, str)) else str(value)


def preview(table: str, df: pd.DataFrame, rows: int = PREVIEW_ROWS) -> dg.MetadataValue:
    head = df.head(rows)
    records = [dg.TableRecord({k: _cell(v) for k, v in rec.items()}) for rec in head.to_dict("records")]
    return dg.MetadataValue.table(records=records, schema=column_schema(table))


def table_metadata(table: str, df: pd.DataFrame) -> dict:
    return {
        "dagster/row_count": len(df),
        "dagster/column_schema": column_schema(table),
        "preview": preview(table, df),
    }

