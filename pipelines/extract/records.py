"""Plain records that the extractors return: text in, records out, no orchestrator.

Every record that points into an article carries `char_start`/`char_end` such that
`article_text[char_start:char_end] == text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

Span = tuple[int, int]
# The days a published table can hold (pandas' timestamps end in 1677 and 2262). A publication date outside
# them is published as null (with a note in quarantine) and anchors no relative date.
FIRST_DATE, LAST_DATE = date(1678, 1, 1), date(2261, 12, 31)


@dataclass(frozen=True, slots=True)
class ArticleMetadata:
    title: str | None
    publication_date: date | None
    # 'header' (` date YYYY-MM-DD`), 'dateline' or 'stamp'; None when no source gives a year.
    publication_date_source: str | None
    url: str | None
    # Header, dateline and date-stamp spans: they carry the publication date, not facts.
    skip_spans: tuple[Span, ...] = field(default=())
    # The first day of the publication month when the header gives only the month (` date 2019-10`).
    publication_month: date | None = None
    # The day a yearless dateline names a day or few before the header's date (`DAMASCUS, April 25 --` in the
    # paper of April 26): the day the story was filed, the day its `today` and weekdays count from.
    filing_day: date | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    char_start: int
    char_end: int
    date_start: date | None  # null when the mention is relative and there is no publication date
    date_end: date | None
    granularity: str  # day, week, month, quarter, season, year, decade


@dataclass(frozen=True, slots=True)
class Actor:
    actor_id: str  # stable canonical key: ISO3 for countries, a slug (or QID) otherwise
    name: str  # canonical (fullest) name in the article
    actor_type: str  # person, country, organization
    country: str | None  # ISO 3166-1 alpha-3
    role: str | None  # persons only: the office as stated, without the country
    mentions: int
    char_start: int  # first mention
    char_end: int
    text: str


@dataclass(frozen=True, slots=True)
class SectorHit:
    sector: str  # a code of schemas' sector vocabulary
    mentions: int
    char_start: int  # evidence span: the first mention that counts
    char_end: int
    text: str


@dataclass(frozen=True, slots=True)
class MonetaryAmount:
    text: str
    char_start: int
    char_end: int
    amount: float  # in units of the currency
    amount_max: float | None  # upper bound of a range, else None
    currency: str | None  # ISO 4217; None when the text states none
    kind: str  # target, actual, commitment, other
    subject: str  # trade, investment, aid, loan, project, other
    year: int | None  # the year a target is to be reached
