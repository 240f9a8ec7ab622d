"""Dagster metadata for tables: row counts, a preview, the column schema and a small chart."""

from __future__ import annotations

import math
from pathlib import Path

import dagster as dg
import pandas as pd

import schemas
from pipelines.tables import charts
from schemas.datapackage import table_schema

PREVIEW_ROWS = 10
PREVIEW_CHARS = 160
PREVIEW_COUNTS = {"dates": "dates", "actors": "actors", "sectors": "sectors", "monetary_amounts": "money"}
_TABLE_TYPES = {"string": "string", "integer": "int", "number": "float", "date": "date"}


def column_schema(table: str) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=f["name"],
                type=_TABLE_TYPES.get(f["type"], f["type"]),
                description=f["description"],
                constraints=dg.TableColumnConstraints(
                    nullable=not f["constraints"]["required"], unique=f["constraints"].get("unique", False)
                ),
            )
            for f in table_schema(table)["fields"]
        ]
    )


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


def preview(table: str, df: pd.DataFrame | None, rows: int = PREVIEW_ROWS) -> dg.MetadataValue:
    head = pd.DataFrame(columns=schemas.columns(table)) if df is None else df.head(rows)
    records = [dg.TableRecord({k: _cell(v) for k, v in rec.items()}) for rec in head.to_dict("records")]
    return dg.MetadataValue.table(records=records, schema=column_schema(table))


# The columns each chart reads back from the written table: never the whole table, whatever its size.
CHART_COLUMNS = {
    "articles": ["article_id", "publication_date"],
    "dates": ["granularity"],
    "actors": ["actor_id", "name", "actor_type"],
    "entities": ["actor_id", "name", "actor_type", "articles"],
    "sectors": ["sector"],
    "monetary_amounts": ["article_id", "currency", "amount"],
    "quarantine": ["reason_code"],
}


def table_metadata(table: str, folder: Path, rows: int, head: pd.DataFrame | None) -> dict:
    """Row count, the table's chart (first: where the UI lists metadata, it is read at a glance), schema, preview."""
    return {
        "dagster/row_count": rows,
        **chart_metadata(table, folder),
        "dagster/column_schema": column_schema(table),
        "preview": articles_preview(folder, head) if table == "articles" else preview(table, head),
    }


# What a person scans an article list for; the full rows (URL, file, hash, text) are in the files.
_ARTICLE_PREVIEW = dg.TableSchema(
    columns=[
        dg.TableColumn("article_id", "string"),
        dg.TableColumn("title", "string"),
        dg.TableColumn("date", "date", description="publication_date"),
        dg.TableColumn("language", "string"),
        *(dg.TableColumn(name, "int", description=f"rows in {table}") for table, name in PREVIEW_COUNTS.items()),
    ]
)
TITLE_CHARS = 60


def articles_preview(folder: Path, head: pd.DataFrame | None) -> dg.MetadataValue:
    """The first articles, narrow enough to read: title, date, language and how many facts of each kind."""
    head = pd.DataFrame(columns=schemas.columns("articles")) if head is None else head.head(PREVIEW_ROWS)
    ids = head["article_id"].tolist()
    counts = {
        table: pd.read_parquet(folder / f"{table}.parquet", columns=["article_id"], filters=[("article_id", "in", ids)])
        .groupby("article_id")
        .size()
        if ids
        else pd.Series(dtype=int)
        for table in PREVIEW_COUNTS
    }
    records = []
    for article in head.itertuples(index=False):
        title = article.title if isinstance(article.title, str) else ""
        record = {
            "article_id": article.article_id,
            "title": title[:TITLE_CHARS] + ("…" if len(title) > TITLE_CHARS else ""),
            "date": _cell(article.publication_date),
            "language": article.language,
        }
        record.update({name: int(counts[table].get(article.article_id, 0)) for table, name in PREVIEW_COUNTS.items()})
        records.append(dg.TableRecord(record))
    return dg.MetadataValue.table(records=records, schema=_ARTICLE_PREVIEW)


def chart_metadata(table: str, folder: Path) -> dict:
    """The chart of a table written in `folder`, as Markdown, under a key that says what it shows."""
    df = pd.read_parquet(folder / f"{table}.parquet", columns=CHART_COLUMNS[table])
    if table == "sectors":
        return {"chart: articles per sector": dg.MetadataValue.md(charts.articles_per_sector(df))}
    if table == "monetary_amounts":
        articles = pd.read_parquet(folder / "articles.parquet", columns=CHART_COLUMNS["articles"])
        return {"chart: amounts per year": dg.MetadataValue.md(charts.amounts_per_year(df, articles))}
    if table == "articles":
        return {"chart: articles per year": dg.MetadataValue.md(charts.articles_per_year(df))}
    if table == "actors":
        return {"chart: top actors": dg.MetadataValue.md(charts.top_actors(df))}
    if table == "entities":
        return {"chart: most-mentioned actors": dg.MetadataValue.md(charts.top_entities(df))}
    if table == "dates":
        return {"chart: mentions per granularity": dg.MetadataValue.md(charts.dates_per_granularity(df))}
    return {"chart: rows per reason": dg.MetadataValue.md(charts.rows_per_reason(df))}
