"""Pandera models of every published table: the single definition of the data contract."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import DataFrame, Series

from schemas.vocabularies import (
    ACTOR_TYPES,
    DATE_GRANULARITIES,
    MONEY_KINDS,
    MONEY_SUBJECTS,
    PUBLICATION_DATE_SOURCES,
    QUARANTINE_REASONS,
    SECTOR_CODES,
)

Date = pandas_engine.Date
# No amount of money reported in the news reaches 10^18 units of any currency: a larger figure (or an
# infinite one, from a run of hundreds of digits) is a misread number, quarantined by the schema.
MAX_AMOUNT = 1e18
Int = pd.Int64Dtype
ISO3 = r"^[A-Z]{3}$"


def _id_field() -> pa.Field:
    return pa.Field(str_length={"min_value": 1}, description="File name of the article without `.txt`.")


def _start() -> pa.Field:
    return pa.Field(ge=0, description="Offset of the first character of `text` in the article text.")


def _end() -> pa.Field:
    return pa.Field(ge=1, description="Offset just past `text`: `text == article_text[char_start:char_end]`.")


def _text(what: str) -> pa.Field:
    return pa.Field(str_length={"min_value": 1}, description=f"{what}, exactly as written in the article.")


class _SpanModel(pa.DataFrameModel):
    """Rows that point into an article text."""

    @pa.dataframe_check(error="char_end must be greater than char_start")
    def span_is_ordered(cls, df: DataFrame) -> Series[bool]:
        return df["char_end"] > df["char_start"]

    @pa.dataframe_check(error="char_end - char_start must equal the length of text")
    def span_matches_text(cls, df: DataFrame) -> Series[bool]:
        return (df["char_end"] - df["char_start"]) == df["text"].str.len()


class Articles(pa.DataFrameModel):
    """One row per article read from the input folder."""

    article_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        description="File name of the article without `.txt`; the key of every table.",
    )
    title: Series[str] = pa.Field(nullable=True, description="Headline line of the text, when it has one.")
    publication_date: Series[Date] = pa.Field(
        nullable=True,
        description="Day of publication, from the header, a dateline or a date stamp; null when none gives a year.",
    )
    publication_date_source: Series[str] = pa.Field(
        nullable=True,
        isin=list(PUBLICATION_DATE_SOURCES),
        description="Where publication_date was read: header, dateline or stamp.",
    )
    url: Series[str] = pa.Field(nullable=True, description="URL the text carries, when it has one.")
    language: Series[str] = pa.Field(
        str_matches=r"^[a-z]{2,3}$|^und$",
        description="ISO 639-1 code of the article's language (`und` when undetermined).",
    )
    facts_not_mined: Series[str] = pa.Field(
        nullable=True,
        description="Why no facts were mined from the article (its language is undetermined or not one the "
        "rules read), else null: the fact tables hold no rows for it.",
    )
    n_chars: Series[Int] = pa.Field(ge=1, description="Length of the article text in characters.")
    content_sha256: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the decoded article text (UTF-8)."
    )
    source_file: Series[str] = pa.Field(description="Name of the input file the article was read from.")
    encoding: Series[str] = pa.Field(description="Encoding the input file was decoded from.")
    duplicate_of: Series[str] = pa.Field(
        nullable=True,
        description="article_id of the first article (by id) of the same story, when this one repeats "
        "it exactly or nearly (a syndicated copy), else null.",
    )
    text: Series[str] = pa.Field(
        description="The article text that every offset points into: the file decoded and "
        "normalised (universal newlines, NFC), or an HTML page's article text."
    )

    class Config:
        strict = True
        coerce = True


class Dates(_SpanModel):
    """One row per date mention."""

    article_id: Series[str] = _id_field()
    text: Series[str] = _text("The date mention")
    char_start: Series[Int] = _start()
    char_end: Series[Int] = _end()
    date_start: Series[Date] = pa.Field(
        nullable=True, description="First day the mention denotes (inclusive); null when it cannot be resolved."
    )
    date_end: Series[Date] = pa.Field(nullable=True, description="Last day the mention denotes (inclusive).")
    granularity: Series[str] = pa.Field(
        isin=list(DATE_GRANULARITIES), description="day, week, month, quarter, season, year or decade."
    )

    @pa.dataframe_check(error="date_start must not be after date_end")
    def interval_is_ordered(cls, df: DataFrame) -> Series[bool]:
        both = df["date_start"].notna() & df["date_end"].notna()
        return ~both | (df["date_start"] <= df["date_end"])

    @pa.dataframe_check(error="date_start and date_end are both set or both null")
    def interval_is_whole(cls, df: DataFrame) -> Series[bool]:
        return df["date_start"].isna() == df["date_end"].isna()

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "char_start", "char_end"]


class Actors(_SpanModel):
    """One row per canonical actor per article."""

    article_id: Series[str] = _id_field()
    actor_id: Series[str] = pa.Field(
        description="Key of the actor in `entities`: one real-world actor has one id in every article "
        "(ISO3 for countries)."
    )
    name: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="Canonical name: the fullest form in the article."
    )
    actor_type: Series[str] = pa.Field(isin=list(ACTOR_TYPES), description="person, country or organization.")
    country: Series[str] = pa.Field(
        nullable=True, str_matches=ISO3, description="ISO 3166-1 alpha-3 of the country the actor is or represents."
    )
    role: Series[str] = pa.Field(
        nullable=True, description="Persons: the office as the article states it, without the country."
    )
    mentions: Series[Int] = pa.Field(ge=1, description="Number of mentions of the actor in the article.")
    char_start: Series[Int] = _start()
    char_end: Series[Int] = _end()
    text: Series[str] = _text("The first mention of the actor")

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "actor_id"]


class Entities(pa.DataFrameModel):
    """One row per actor across the corpus: every actor_id of `actors`, with the names it goes by."""

    actor_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        description="Key of the actor (`actors.actor_id`): ISO3 for countries, `ISO3/body` for a state's body "
        "named generically, `person:` and a slug for persons, a slug for other organisations.",
    )
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Canonical name of the actor.")
    actor_type: Series[str] = pa.Field(isin=list(ACTOR_TYPES), description="person, country or organization.")
    country: Series[str] = pa.Field(
        nullable=True, str_matches=ISO3, description="ISO 3166-1 alpha-3 of the country the actor is or represents."
    )
    aliases: Series[str] = pa.Field(
        description="Every name and first mention the articles use for the actor, sorted, separated by ` | `."
    )
    first_date: Series[Date] = pa.Field(
        nullable=True, description="Earliest publication date of an article naming the actor."
    )
    last_date: Series[Date] = pa.Field(nullable=True, description="Latest publication date of an article naming it.")
    articles: Series[Int] = pa.Field(ge=1, description="Number of articles naming the actor.")
    mentions: Series[Int] = pa.Field(ge=1, description="Number of mentions of the actor in all articles.")

    @pa.dataframe_check(error="first_date must not be after last_date")
    def dates_are_ordered(cls, df: DataFrame) -> Series[bool]:
        both = df["first_date"].notna() & df["last_date"].notna()
        return ~both | (df["first_date"] <= df["last_date"])

    class Config:
        strict = True
        coerce = True


class Sectors(_SpanModel):
    """One row per sector of cooperation per article."""

    article_id: Series[str] = _id_field()
    sector: Series[str] = pa.Field(
        isin=list(SECTOR_CODES), description="Code of the sector vocabulary (schemas/sectors.csv)."
    )
    mentions: Series[Int] = pa.Field(ge=1, description="Number of mentions that count as evidence.")
    char_start: Series[Int] = _start()
    char_end: Series[Int] = _end()
    text: Series[str] = _text("The first evidence of the sector")

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "sector"]


class MonetaryAmounts(_SpanModel):
    """One row per mention of an amount of money."""

    article_id: Series[str] = _id_field()
    text: Series[str] = _text("The amount")
    char_start: Series[Int] = _start()
    char_end: Series[Int] = _end()
    amount: Series[float] = pa.Field(
        ge=0,
        le=MAX_AMOUNT,
        description="Value in units of the currency (the lower bound of a range): finite, never negative (a sign "
        "before an amount is not part of it) and at most 10^18.",
    )
    amount_max: Series[float] = pa.Field(
        nullable=True, ge=0, le=MAX_AMOUNT, description="Upper bound of a range, else null; at most 10^18."
    )
    currency: Series[str] = pa.Field(
        nullable=True, str_matches=ISO3, description="ISO 4217 code; null when the text states none."
    )
    kind: Series[str] = pa.Field(isin=list(MONEY_KINDS), description="target, actual, commitment or other.")
    subject: Series[str] = pa.Field(
        isin=list(MONEY_SUBJECTS), description="trade, investment, aid, loan, project or other."
    )
    year: Series[Int] = pa.Field(
        nullable=True, ge=1900, le=2200, description="Year a target is to be reached, when stated."
    )

    @pa.dataframe_check(error="amount_max must not be below amount")
    def range_is_ordered(cls, df: DataFrame) -> Series[bool]:
        return df["amount_max"].isna() | (df["amount_max"] >= df["amount"])

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "char_start", "char_end"]


class Quarantine(pa.DataFrameModel):
    """What was set aside, from which dataset, and why."""

    quarantine_id: Series[str] = pa.Field(
        unique=True,
        str_matches=r"^[0-9a-f]{16}(-[0-9]+)?$",
        description="Key of the row: a digest of its other columns (so the same row keeps it from build to "
        "build), with `-2`, `-3` ... on repeats of an identical row.",
    )
    dataset: Series[str] = pa.Field(description="`input` for a file, else the table the row was meant for.")
    source: Series[str] = pa.Field(description="Input file name, or the article_id of the row.")
    reason_code: Series[str] = pa.Field(isin=list(QUARANTINE_REASONS), description="Machine-readable reason.")
    reason: Series[str] = pa.Field(description="The reason in a sentence.")
    record: Series[str] = pa.Field(nullable=True, description="The rejected row as JSON (rows only).")

    class Config:
        strict = True
        coerce = True


TABLES: dict[str, type[pa.DataFrameModel]] = {
    "articles": Articles,
    "dates": Dates,
    "actors": Actors,
    "entities": Entities,
    "sectors": Sectors,
    "monetary_amounts": MonetaryAmounts,
    "quarantine": Quarantine,
}

# Version of the published tables' layout; bump it when a column is added, removed or changes meaning.
SCHEMA_VERSION = "2.0.0"

# The key of each published table (Frictionless primaryKey); a fact's key is its article and where it sits
# in it, or what it is about when there is one row per article and thing.
PRIMARY_KEYS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "dates": ["article_id", "char_start", "char_end"],
    "actors": ["article_id", "actor_id"],
    "sectors": ["article_id", "sector"],
    "monetary_amounts": ["article_id", "char_start", "char_end"],
    "quarantine": ["quarantine_id"],
}

# Deterministic row order of each published table.
SORT_KEYS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "dates": ["article_id", "char_start", "char_end"],
    "actors": ["article_id", "actor_type", "actor_id"],
    "entities": ["actor_id"],
    "sectors": ["article_id", "sector"],
    "monetary_amounts": ["article_id", "char_start", "char_end"],
    "quarantine": ["dataset", "source", "reason_code", "record", "quarantine_id"],
}


def columns(table: str) -> list[str]:
    """The published columns of a table, in order."""
    return list(TABLES[table].to_schema().columns)
