"""Article metadata: publication date (header, dateline, stamp), headline and URL."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pycountry

from pipelines.extract.boilerplate import related_spans
from pipelines.extract.head_block import head_block_day
from pipelines.extract.headline import DATELINE_ZONE_CHARS, URL, WEB_ADDRESS, headline
from pipelines.extract.page_dates import (
    COPYRIGHT,
    STAMP_LINE,
    archive_day,
    ascii_digits,
    date_of,
    dateline,
    document_day,
    header_zone_end,
    iso_date,
    page_header,
    phrases,
    stamps,
    with_weekday,
)
from pipelines.extract.records import ArticleMetadata, Span
from pipelines.extract.stamp_labels import stamp_kind
from pipelines.knowledge.calendars import page_cues
from pipelines.knowledge.money_vocabulary import money_data


def extract_metadata(text: str) -> ArticleMetadata:
    """Publication date with its source, title, URL, and the spans that hold page dates (the header, the
    dateline, date stamps, copyright years, web addresses): they are not date mentions of the story."""
    header = page_header(text)
    url = _url(text)
    month_first = page_month_first(url)
    body_start = header.end() if header else 0
    zone_end = header_zone_end(text, text.rfind("\n", 0, body_start) + 1)  # from the header's line
    found: list[tuple[str, date | None]] = []
    if header and header.group("day"):
        found.append(("header", iso_date(header.group("date"))))
    skip: list[Span] = [header.span()] if header else []
    header_month = iso_date(header.group("date") + "-01") if header and not header.group("day") else None
    # Searched in a slice so that `^` also anchors right after the header.
    # A summary sentence may come before the headline and dateline: they are looked for a little past it.
    dated = ascii_digits(text)  # `۱۰ نومبر ۲۰۱۵`, `٢٦ أبريل ٢٠٢٤`: the same offsets, ASCII digits
    dated = _blanked(dated, related_spans(text))  # other stories' lines and days under `Related`
    head = dated[body_start : max(zone_end, body_start + DATELINE_ZONE_CHARS)]
    line = dateline(head)
    filing_day = None
    if line and STAMP_LINE.fullmatch(head, head.rfind("\n", 0, line.start("date")) + 1, _line_end(head, line.end())):
        line = None  # a date alone on its line with its weekday (`Thursday, 3 December 2026`) is a stamp: see below
    if line:
        skip.append((body_start + line.start("date"), body_start + line.end("date")))
        found.append(("dateline", date_of(line, month_first, header_month)))
        if found[0][0] == "header":
            filing_day = _filing_day(line, found[0][1], month_first)
    document = document_day(dated)
    if document is not None:  # a document number's digits give year, month and day in one order: the first stamp
        skip.append(document[0])
        found.append(("stamp", document[1]))
    labelled: list[tuple[str, date | None]] = []
    plain: list[tuple[str, date | None]] = []
    updates: list[tuple[str, date | None]] = []
    for stamp in stamps(dated, zone_end):
        # a stamp labelled as the day of publication (`Published:`) is tried before a bare date (a site's masthead
        # prints today's), and the day a page was last changed (`Last updated: ...`) after both; a form's field of
        # another day (`Date of signing: ...`) is no stamp but a date of the story
        kind = stamp_kind(dated[dated.rfind("\n", 0, stamp.start("date")) + 1 : stamp.start("date")])
        if kind == "event":
            continue
        skip.append(with_weekday(dated, stamp.span("date")))
        if stamp.groupdict().get("age"):  # `( 6 days ago )`: the page's age when it was saved, not the story's
            skip.append(stamp.span("age"))
        (labelled if kind == "published" else updates if kind == "update" else plain).append(
            ("stamp", _span_start(dated, stamp.start("date"), date_of(stamp, month_first)))
        )
    found.extend(labelled + plain + updates)
    archived = None if document else archive_day(dated)
    if archived is not None:  # an archive's document number or short stamp: the last source tried
        skip.append(archived[0])
        found.append(("stamp", archived[1]))
    if not any(d for _, d in found):  # nothing else dates the page: a document's head block may
        block_day = head_block_day(dated, body_start, zone_end)
        if block_day is not None:
            skip.append(block_day.span())
            found.append(("stamp", date_of(block_day, month_first)))
    skip.extend(m.span() for m in COPYRIGHT.finditer(text))
    skip.extend(m.span() for m in URL.finditer(text))  # `/2010-04-22/` in a link is no date of the story
    skip.extend(m.span() for m in WEB_ADDRESS.finditer(text))
    source, publication_date = next(((s, d) for s, d in found if d is not None), (None, None))
    return ArticleMetadata(
        title=headline(text, body_start, zone_end),
        publication_date=publication_date,
        publication_date_source=source,
        url=url,
        skip_spans=tuple(sorted(set(skip))),
        publication_month=header_month,
        filing_day=filing_day,
    )


# A story filed this many days before the paper's date still counts its days from its dateline's; further apart,
# the dateline is no filing day of this copy.
_FILING_DAYS = 3


def _filing_day(line: re.Match, published: date | None, month_first: bool) -> date | None:
    """The day the dateline `line` names when it lies one to `_FILING_DAYS` days before `published`, the header's
    day; a dateline without a year takes the year that puts it there (`April 30` in a paper of May 2)."""
    if published is None:
        return None
    for month_start in {published.replace(day=1), (published - timedelta(days=_FILING_DAYS)).replace(day=1)}:
        day = date_of(line, month_first, month_start)
        if day is not None and 0 < (published - day).days <= _FILING_DAYS:
            return day
    return None


# A span's first day before a stamp's date (`Issue No. 1585 | 11 - 17 March 2021`, `du 4 au 10 mai 2015`): a weekly
# issue's days; the issue is dated by its first.
_SPAN_FIRST_DAY = re.compile(r"(?<!\d)(?P<day>\d{1,2})[ \t]*(?:[-–—]|au|al|a)[ \t]*\Z")


def _span_start(text: str, date_start: int, day: date | None) -> date | None:
    """The first day of the span of days a stamp's date closes (`11 - 17 March 2021` -> 11 March), else its day."""
    found = _SPAN_FIRST_DAY.search(text, max(0, date_start - 8), date_start)
    if day is None or found is None or not 0 < int(found.group("day")) < day.day:
        return day
    return day.replace(day=int(found.group("day")))


def _blanked(text: str, spans: tuple[Span, ...]) -> str:
    """The text with each span's characters as spaces: the same offsets, nothing to read there."""
    pieces, last = [], 0
    for start, end in sorted(spans):
        if end > last:
            start = max(start, last)
            pieces += [text[last:start], " " * (end - start)]
            last = end
    return "".join(pieces) + text[last:]


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def url_host(url: str | None) -> str:
    """The host a page's URL names, lower case, without scheme, port or trailing dot ("" for no URL)."""
    if not url:
        return ""
    return re.sub(r"^[a-z]+://", "", url.strip().casefold()).split("/")[0].split(":")[0].rstrip(".")


def page_month_first(url: str | None) -> bool:
    """Whether the page writes numeric dates month first (`12/05/2019` is 5 December elsewhere): told by the
    domain of its URL (`month_first_domain` in page_cues.csv)."""
    host = url_host(url)
    return bool(host) and host.endswith(page_cues("month_first_domain"))


def url_state(url: str | None) -> str | None:
    """The ISO3 of the state whose country-code domain a page's URL ends in (`dailymirror.lk` -> LKA); None for
    a generic domain (`.com`, or a country code sold for other uses, `money.toml`)."""
    host = url_host(url)
    domain = host.rsplit(".", 1)[-1] if "." in host else ""
    data = money_data()
    if len(domain) != 2 or domain in data["generic_country_domains"]:
        return None
    if domain in data["country_domain_aliases"]:
        return data["country_domain_aliases"][domain]
    country = pycountry.countries.get(alpha_2=domain.upper())
    return country.alpha_3 if country else None


def _url(text: str) -> str | None:
    # Prefer a URL alone on its line (an outlet's permalink) over one inside a sentence; a web address without its
    # scheme (`www.example.org/news`) only where the text has no URL, without the stop of a sentence it ends.
    standalone = re.search(r"^[ \t]*(https?://\S+)[ \t]*$", text, re.M)
    if standalone:
        return archived_url(standalone.group(1))
    any_url = URL.search(text) or WEB_ADDRESS.search(text)
    return archived_url(any_url.group().rstrip(".,;:!?")) if any_url else None


# A web archive's capture of a page (`https://web.archive.org/web/20190412063145/http://www.example.com/news/1`,
# `archive.ph/2019.04.12-063145/https://...`): the archive's host (`web_archive_host` in page_cues.csv), the capture's
# stamp of digits, dots and dashes (perhaps with a mode, `id_`, `if_`), then the page's own URL, which the text carries.
_ARCHIVED = re.compile(
    rf"\A(?:https?://)?(?:www\.)?(?i:{phrases('web_archive_host')})/(?:web/)?[\d.-]{{4,20}}(?:[a-z]{{2}}_)?/"
    r"(?P<url>(?:https?://|www\.)\S+)\Z"
)


def archived_url(url: str) -> str:
    """The URL of the page a web archive's capture holds, else `url` itself."""
    found = _ARCHIVED.match(url)
    return found.group("url") if found else url
