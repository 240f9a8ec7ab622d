"""Records to tables, and tables through their schemas: valid rows kept, the rest quarantined with a reason."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import cache

import pandas as pd
import pandera.pandas as pa

import schemas
from pipelines.cache import FactCache
from pipelines.duplicates import find_duplicates, signature
from pipelines.extract.article import ArticleFacts
from pipelines.reader import RejectedFile, SourceArticle

FACT_TABLES = ("dates", "actors", "sectors", "monetary_amounts")
EXTRACTED_TABLES = ("articles", *FACT_TABLES)
_FACT_FIELDS = {"dates": "dates", "actors": "actors", "sectors": "sectors", "monetary_amounts": "money"}


def article_row(source: SourceArticle, facts: ArticleFacts) -> dict:
    meta = facts.metadata
    return {
        "article_id": source.article_id,
        "title": meta.title,
        "publication_date": meta.publication_date,
        "publication_date_source": meta.publication_date_source,
        "url": meta.url,
        "language": facts.language,
        "n_chars": len(source.text),
        "content_sha256": source.sha256,
        "source_file": source.source_file,
        "encoding": source.encoding,
        "duplicate_of": None,
        "text": source.text,
    }


def fact_rows(article_id: str, facts: ArticleFacts) -> dict[str, list[dict]]:
    """Rows of every fact table for one article."""
    return {table: [{"article_id": article_id, **_record_dict(r)} for r in getattr(facts, attr)]
            for table, attr in _FACT_FIELDS.items()}


@cache
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type))


def _record_dict(record) -> dict:
    # Records hold only scalars, so a shallow dict equals dataclasses.asdict, which deep-copies (slowly).
    return {name: getattr(record, name) for name in _field_names(type(record))}


def to_frame(table: str, rows: Iterable[dict]) -> pd.DataFrame:
    """A frame with exactly the table's published columns, in order."""
    return pd.DataFrame(list(rows), columns=schemas.columns(table))


def mark_duplicates(articles: pd.DataFrame, cache: FactCache | None = None) -> pd.DataFrame:
    """Point each exact or near-duplicate article at the first article (by id) of its story.

    With a cache (of kind `signatures`, version `SIGNATURE_VERSION`), only new texts are hashed.
    """
    by_sha = dict(zip(articles["content_sha256"], articles["text"]))
    known = cache.get_many(by_sha) if cache is not None else {}
    fresh = {sha: signature(text) for sha, text in by_sha.items() if sha not in known}
    if cache is not None:
        cache.put_many(fresh)
        cache.retain(by_sha)
    signatures = {**known, **fresh}
    duplicate_of = find_duplicates(zip(articles["article_id"], articles["text"]),
                                   signatures=dict(zip(articles["article_id"], articles["content_sha256"].map(signatures))))
    return articles.assign(duplicate_of=articles["article_id"].map(duplicate_of))


def quarantine_row(dataset: str, source: str, reason_code: str, reason: str, record: Mapping | None = None) -> dict:
    return {
        "dataset": dataset,
        "source": source,
        "reason_code": reason_code,
        "reason": reason,
        "record": None if record is None else json.dumps(dict(record), default=str, sort_keys=True, ensure_ascii=False),
    }


def rejected_file_row(rejected: RejectedFile) -> dict:
    return quarantine_row("input", rejected.source_file, rejected.reason_code, rejected.reason)


@dataclass(frozen=True, slots=True)
class Validated:
    valid: pd.DataFrame  # rows that passed, coerced to the schema's types, in published order
    quarantined: pd.DataFrame  # rows of the quarantine table


def offsets_exact(df: pd.DataFrame, texts: Mapping[str, str]) -> pd.Series:
    """True for each row whose `text` sits exactly at its offsets in its article."""
    def ok(article_id, start, end, text) -> bool:
        body = texts.get(article_id)
        try:
            return body is not None and body[int(start):int(end)] == text
        except (TypeError, ValueError):
            return False
    columns = (df[c].tolist() for c in ("article_id", "char_start", "char_end", "text"))
    return pd.Series([ok(*row) for row in zip(*columns)], index=df.index, dtype=bool)


def validate(table: str, df: pd.DataFrame, texts: Mapping[str, str] | None = None) -> Validated:
    """Validate a table with its schema; failing rows go to quarantine with the reasons."""
    model = schemas.TABLES[table]
    df = df.reset_index(drop=True)
    rejected: list[dict] = []
    if texts is not None and table in FACT_TABLES and len(df):
        exact = offsets_exact(df, texts)
        for _, row in df[~exact].iterrows():
            rejected.append(quarantine_row(table, str(row["article_id"]), "offset_mismatch",
                                           f"`{row['text']}` is not at offsets {row['char_start']}:{row['char_end']} of its article.",
                                           row.to_dict()))
        df = df[exact]
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
            rejected.append(quarantine_row(table, str(row["article_id"]), "schema_violation",
                                           "Failed " + "; ".join(why) + ".", row.to_dict()))
        valid = model.validate(df.drop(index=list(reasons)), lazy=True)
    valid = valid.sort_values(schemas.SORT_KEYS[table], kind="stable").reset_index(drop=True)
    return Validated(valid=valid, quarantined=to_frame("quarantine", rejected))
