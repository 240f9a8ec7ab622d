"""Records to tables, and tables through their schemas: valid rows kept, the rest quarantined with a reason."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd
import pandera.pandas as pa

import schemas
from pipelines.extract.records import FIRST_DATE, LAST_DATE
from pipelines.read.reader import RejectedFile, SourceArticle

if TYPE_CHECKING:  # the extractors load their knowledge base when imported: only where they run
    from pipelines.extract.article import ArticleFacts

FACT_TABLES = ("dates", "actors", "sectors", "monetary_amounts")
EXTRACTED_TABLES = ("articles", *FACT_TABLES)
_FACT_FIELDS = {"dates": "dates", "actors": "actors", "sectors": "sectors", "monetary_amounts": "money"}


# The articles columns that extraction gives; the rest come from the file.
ARTICLE_FACT_COLUMNS = ("title", "publication_date", "publication_date_source", "url", "language", "facts_not_mined")


class ArticleRows(NamedTuple):
    """One article's extraction as plain tuples, in its tables' column order, without the article_id.

    This is what workers send back and the cache keeps: unpickling tuples is ten times faster than
    unpickling the extractors' records, which was the largest cost of a one-article refresh.
    """

    article: tuple  # values of ARTICLE_FACT_COLUMNS
    facts: dict[str, list[tuple]]  # fact table -> rows


@cache
def _fact_columns(table: str) -> tuple[str, ...]:
    columns = schemas.columns(table)
    assert columns[0] == "article_id", f"{table}: article_id must be the first column"
    return tuple(columns[1:])


def article_rows(facts: ArticleFacts) -> ArticleRows:
    meta = facts.metadata
    return ArticleRows(
        article=(
            meta.title,
            meta.publication_date,
            meta.publication_date_source,
            meta.url,
            facts.language,
            facts.facts_not_mined,
        ),
        facts={
            table: [
                tuple(getattr(record, column) for column in _fact_columns(table)) for record in getattr(facts, attr)
            ]
            for table, attr in _FACT_FIELDS.items()
        },
    )


def rows_version() -> str:
    """Fingerprint of the layout of `ArticleRows`: cached rows are only reused while it holds."""
    layout = {"articles": ARTICLE_FACT_COLUMNS, **{table: _fact_columns(table) for table in FACT_TABLES}}
    return hashlib.sha256(json.dumps(layout).encode()).hexdigest()[:8]


def article_row(source: SourceArticle, rows: ArticleRows) -> dict:
    return {
        "article_id": source.article_id,
        **dict(zip(ARTICLE_FACT_COLUMNS, rows.article, strict=False)),
        "n_chars": len(source.text),
        "content_sha256": source.sha256,
        "source_file": source.source_file,
        "encoding": source.encoding,
        "duplicate_of": None,
        "text": source.text,
    }


def fact_rows(article_id: str, rows: ArticleRows) -> dict[str, list[tuple]]:
    """Rows of every fact table for one article, as tuples in column order."""
    return {table: [(article_id, *row) for row in table_rows] for table, table_rows in rows.facts.items()}


def to_frame(table: str, rows: Iterable[dict] | Iterable[tuple]) -> pd.DataFrame:
    """A frame with exactly the table's published columns, in order (tuples: values in that order)."""
    return pd.DataFrame(list(rows), columns=schemas.columns(table))


def quarantine_row(dataset: str, source: str, reason_code: str, reason: str, record: Mapping | None = None) -> dict:
    row = {
        "dataset": dataset,
        "source": source,
        "reason_code": reason_code,
        "reason": reason,
        "record": None if record is None else json.dumps(dict(record), default=str, sort_keys=True, ensure_ascii=False),
    }
    digest = hashlib.sha256(json.dumps(list(row.values()), ensure_ascii=False).encode()).hexdigest()[:16]
    return {"quarantine_id": digest, **row}


def number_repeats(quarantine: pd.DataFrame) -> pd.DataFrame:
    """Quarantine rows whose ids repeat (identical rows) made unique: the second gets `-2`, the third `-3` ..."""
    ids = quarantine["quarantine_id"].str.replace(r"-[0-9]+$", "", regex=True)
    nth = ids.groupby(ids).cumcount()
    return quarantine.assign(quarantine_id=ids.where(nth == 0, ids + "-" + (nth + 1).astype(str)))


def rejected_file_row(rejected: RejectedFile) -> dict:
    return quarantine_row("input", rejected.source_file, rejected.reason_code, rejected.reason)


DATE_COLUMNS = {"articles": ("publication_date",), "dates": ("date_start", "date_end")}


def null_dates_out_of_range(table: str, df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows with every date outside FIRST_DATE..LAST_DATE made null (for a date mention, its whole
    interval), and a `value_out_of_range` quarantine row for each, saying what was dropped."""
    columns = DATE_COLUMNS.get(table, ())
    if df.empty or not columns:
        return df, to_frame("quarantine", [])
    outside = pd.Series(False, index=df.index)
    for column in columns:
        outside |= df[column].map(lambda day: isinstance(day, date) and not FIRST_DATE <= day <= LAST_DATE)
    if not outside.any():
        return df, to_frame("quarantine", [])
    notes = [
        quarantine_row(
            table,
            str(row["article_id"]),
            "value_out_of_range",
            f"{' and '.join(f'{c} {row[c]}' for c in columns if row[c] is not None)} lies outside the dates a "
            f"table holds ({FIRST_DATE} to {LAST_DATE}); published as null.",
            row.drop(labels=["text"] if table == "articles" else []).to_dict(),
        )
        for _, row in df[outside].iterrows()
    ]
    df = df.copy()
    for column in columns:
        df[column] = df[column].where(~outside, None)
    return df, to_frame("quarantine", notes)


def validate_each_article(table: str, df: pd.DataFrame, texts: Mapping[str, str] | None = None) -> Validated:
    """`validate`, and when the rows fail as a whole (a value no column type can take), again article by
    article: the rows of an article that still fails as a whole are quarantined, the others published."""
    try:
        return validate(table, df, texts)
    except pa.errors.SchemaErrors:
        pass
    parts, failed = [], []
    for article_id, rows in df.groupby("article_id", sort=False):
        try:
            parts.append(validate(table, rows, texts))
        except pa.errors.SchemaErrors as exc:
            why = str(exc.failure_cases["check"].iloc[0]) if len(exc.failure_cases) else type(exc).__name__
            failed += [
                quarantine_row(table, str(article_id), "schema_violation", f"Failed {why}.", row.to_dict())
                for _, row in rows.iterrows()
            ]
    valid = pd.concat([p.valid for p in parts], ignore_index=True) if parts else validate(table, df.iloc[:0]).valid
    quarantined = pd.concat([*(p.quarantined for p in parts), to_frame("quarantine", failed)], ignore_index=True)
    valid = valid.sort_values(schemas.SORT_KEYS[table], kind="stable").reset_index(drop=True)
    return Validated(valid=valid, quarantined=quarantined, rows_in=len(df))


@dataclass(frozen=True, slots=True)
class Validated:
    valid: pd.DataFrame  # rows that passed, coerced to the schema's types, in published order
    quarantined: pd.DataFrame  # rows of the quarantine table
    rows_in: int  # rows given to `validate`: each is either valid or quarantined


def offsets_exact(df: pd.DataFrame, texts: Mapping[str, str]) -> pd.Series:
    """True for each row whose `text` sits exactly at its offsets in its article."""

    def ok(article_id, start, end, text) -> bool:
        body = texts.get(article_id)
        try:
            return body is not None and body[int(start) : int(end)] == text
        except (TypeError, ValueError):
            return False

    columns = (df[c].tolist() for c in ("article_id", "char_start", "char_end", "text"))
    return pd.Series([ok(*row) for row in zip(*columns, strict=False)], index=df.index, dtype=bool)


def _set_aside_repeated_keys(table: str, df: pd.DataFrame, rejected: list[dict]) -> pd.DataFrame:
    """Rows that repeat the key of an earlier row go to quarantine; the first stays (a unique check would reject
    every copy)."""
    key = schemas.PRIMARY_KEYS[table]
    repeated = df.duplicated(subset=key, keep="first")
    for _, row in df[repeated].iterrows():
        why = f"Repeats the key ({', '.join(key)}) of an earlier row."
        rejected.append(quarantine_row(table, str(row["article_id"]), "schema_violation", why, row.to_dict()))
    return df[~repeated]


def validate(table: str, df: pd.DataFrame, texts: Mapping[str, str] | None = None) -> Validated:
    """Validate a table with its schema; failing rows go to quarantine with the reasons."""
    model = schemas.TABLES[table]
    df = df.reset_index(drop=True)
    rows_in = len(df)
    rejected: list[dict] = []
    if texts is not None and table in FACT_TABLES and len(df):
        exact = offsets_exact(df, texts)
        for _, row in df[~exact].iterrows():
            rejected.append(
                quarantine_row(
                    table,
                    str(row["article_id"]),
                    "offset_mismatch",
                    f"`{row['text']}` is not at offsets {row['char_start']}:{row['char_end']} of its article.",
                    row.to_dict(),
                )
            )
        df = df[exact]
    if table in FACT_TABLES and len(df):
        df = _set_aside_repeated_keys(table, df, rejected)
    try:
        valid = model.validate(df, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        if cases["index"].isna().any():
            # A failure of the table as a whole (a missing column, a wrong type) is a bug, not bad data.
            raise
        reasons: dict[int, list[str]] = {}
        for case in cases.itertuples(index=False):
            column = case.column if isinstance(case.column, str) else case.schema_context
            reasons.setdefault(int(case.index), []).append(f"{column}: {case.check} (got {case.failure_case!r})")
        for index, why in sorted(reasons.items()):
            row = df.loc[index]
            rejected.append(
                quarantine_row(
                    table, str(row["article_id"]), "schema_violation", "Failed " + "; ".join(why) + ".", row.to_dict()
                )
            )
        valid = model.validate(df.drop(index=list(reasons)), lazy=True)
    valid = valid.sort_values(schemas.SORT_KEYS[table], kind="stable").reset_index(drop=True)
    return Validated(valid=valid, quarantined=to_frame("quarantine", rejected), rows_in=rows_in)
