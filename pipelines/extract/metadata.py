"""Article metadata: publication date (header, dateline, stamp), headline and URL."""

from __future__ import annotations

import re
from datetime import date

from pipelines.extract.boilerplate import boilerplate_spans
from pipelines.extract.date_math import word
from pipelines.extract.dates import DAY, YEAR, vocabulary
from pipelines.extract.records import ArticleMetadata, Span
from pipelines.extract.spans import overlaps_any

MONTH, WEEKDAY = vocabulary("en")["MONTH"], vocabulary("en")["WEEKDAY"]
_HEADER = re.compile(r"\A[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})[ \t]*")
_DATE = rf"(?:(?P<m1>{MONTH})\s*(?P<d1>{DAY})|(?P<d2>{DAY})\s+(?P<m2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?(?!\d)"
# `ISLAMABAD, Oct 29 (APP):`, `Islamabad, 10 June 2023 (TDI):`, `BAKU, Azerbaijan, June 16`
_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){{0,3}}(?:[ \t]*\([^)\n]{{1,40}}\))?"
    rf"(?:,[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}})?,[ \t]*(?P<date>{_DATE})"
    rf"(?=[ \t]*(?:\([^)\n]{{1,40}}\))?[ \t]*(?:[:\-–—]|$|\n|[A-Z]))",
    re.M,
)
# `• March 29, 2018 •`, `Sat Mar 06, 2021` alone on a line, `Xinhua) 08:29, May 11, 2022`
_STAMP_LINE = re.compile(
    rf"^[ \t•|·\-–—]*(?:(?:Published|Updated|Posted)(?:[ \t]+on)?:?[ \t]*)?(?:{WEEKDAY},?[ \t]+)?(?P<date>{_DATE})"
    rf"[ \t•|·\-–—]*$",
    re.M | re.I,
)
_STAMP_CLOCK = re.compile(rf"\b\d{{1,2}}:\d{{2}}(?:[ \t]*[AaPp]\.?[Mm]\.?)?,?[ \t]+(?P<date>{_DATE})")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
# A body line: a sentence of some length that ends like one.
_BODY_LINE = re.compile(r"^.{60,}[.!?\"”’)]\s*$")
_TITLE_MAX_WORDS = 30
_TITLE_MIN_WORDS = 4
_HEADLINE_ZONE_LINES = 40


def extract_metadata(text: str) -> ArticleMetadata:
    """Publication date with its source, title, URL, and the spans that carry the publication date."""
    header = _HEADER.match(text)
    header_date = _iso_date(header.group("date")) if header else None
    skip: list[Span] = [header.span()] if header else []
    zone_end = _header_zone_end(text)

    publication_date, source = (header_date, "header") if header_date else (None, None)
    body_start = header.end() if header else 0
    # Searched in a slice so that `^` also anchors right after the header.
    dateline = _DATELINE.search(text[body_start:zone_end])
    if dateline:
        skip.append((body_start + dateline.start("date"), body_start + dateline.end("date")))
        if publication_date is None:
            year = dateline.group("y") or None
            publication_date = _date_of(dateline, int(year)) if year else None
            source = "dateline" if publication_date else None

    for stamp in (*_STAMP_LINE.finditer(text, 0, zone_end), *_STAMP_CLOCK.finditer(text)):
        if stamp.group("y"):
            skip.append(stamp.span("date"))
            if publication_date is None:
                publication_date = _date_of(stamp, int(stamp.group("y")))
                source = "stamp" if publication_date else None

    return ArticleMetadata(
        title=_title(text, header.end() if header else 0, zone_end),
        publication_date=publication_date,
        publication_date_source=source,
        url=_url(text),
        skip_spans=tuple(sorted(set(skip))),
    )


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _date_of(match: re.Match, year: int) -> date | None:
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    try:
        return date(year, word("month", month), int(re.match(r"\d+", day).group()))
    except ValueError:
        return None


def _header_zone_end(text: str) -> int:
    """End of the first body line: headlines, datelines and stamps come before it or start it."""
    position = 0
    for line in text.splitlines(keepends=True):
        position += len(line)
        if _BODY_LINE.match(line.rstrip("\n")) and len(line.split()) >= 12:
            return position
    return len(text)


def _title(text: str, start: int, zone_end: int) -> str | None:
    furniture = boilerplate_spans(text)
    position = start
    for n, line in enumerate(text[start:zone_end].splitlines(keepends=True)):
        span = (position, position + len(line))
        position += len(line)
        candidate = line.strip()
        if n >= _HEADLINE_ZONE_LINES:
            break
        if not candidate or overlaps_any(span, furniture):
            continue
        if _BODY_LINE.match(candidate) and len(candidate.split()) >= 12:
            break
        if _is_headline(candidate):
            return candidate
    return None


def _is_headline(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    return (
        _TITLE_MIN_WORDS <= len(words) <= _TITLE_MAX_WORDS
        and (line[0].isupper() or line[0].isdigit() or line[0] in "$€£\"“‘'")
        and line[-1] not in ".,;:!?"
        and any(c.islower() for c in line)
        and not _URL.search(line)
        and not _DATELINE.match(line)
        and not _STAMP_LINE.match(line)
        and not line.lower().startswith(("by ", "writing by", "reporting by", "photo", "file photo"))
    )


def _url(text: str) -> str | None:
    # Prefer a URL alone on its line (an outlet's permalink) over one inside a sentence.
    standalone = re.search(r"^[ \t]*(https?://\S+)[ \t]*$", text, re.M)
    if standalone:
        return standalone.group(1)
    any_url = _URL.search(text)
    return any_url.group() if any_url else None
