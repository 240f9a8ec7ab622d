"""Article metadata: publication date (header, dateline, stamp), headline and URL."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from pipelines.extract.boilerplate import boilerplate_spans
from pipelines.extract.date_math import numeric_day, word
from pipelines.extract.dates import DAY, YEAR, vocabulary
from pipelines.extract.page_head import bare_dateline, headline_before_body, is_page_furniture
from pipelines.extract.records import ArticleMetadata, Span
from pipelines.extract.spans import overlaps_any
from pipelines.extract.stamp_lines import segment_stamps
from pipelines.knowledge.calendars import page_cues

# Page dates are read in every language the vocabulary lists (`Publié le 3 mars 2021`, `22 de abril de 2023`).
MONTH, WEEKDAY = vocabulary("*")["MONTH"], vocabulary("*")["WEEKDAY"]


def _marks(kind: str) -> str:
    return "|".join(map(re.escape, sorted(page_cues(kind), key=len, reverse=True)))


# ` date 2024-05-02`; a header may give only the month (` date 2019-10`): no publication date then.
_HEADER = re.compile(r"\A[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}(?P<day>-\d{2})?)(?!-?\d)[ \t]*")
# `May 3(, 2023)`, `3 May 2023`, `17, Dec. 2019`, and the numeric forms pages print: `2017-11-11`,
# `17.05.2010`, `28-11-2021`, `16/07/2021` (day or month first: `numeric_day` decides).
# `2011年4月28日`, `2022년 5월 11일`: year, month and day marks of Chinese, Japanese and Korean pages.
_CJK_DATE = (
    rf"(?P<y_cjk>{YEAR})\s*(?:{_marks('cjk_year_mark')})\s*(?P<m_cjk>1[0-2]|0?[1-9])\s*(?:{_marks('cjk_month_mark')})"
    rf"\s*(?P<d_cjk>3[01]|[12]\d|0?[1-9])\s*(?:{_marks('cjk_day_mark')})"
)
# A month name of any listed language between day and year (`3. März 2021`, `22 مئی ، 2012`, `26 أبريل 2024م`).
_DATE = (
    rf"(?:(?:(?P<m1>{MONTH})\s*(?P<d1>{DAY})|(?P<d2>{DAY})\.?,?\s+(?:de\s+)?(?P<m2>{MONTH}))"
    rf"(?:(?:[ \t]*[,،][ \t]*|\s+de\s+|\s+)(?P<y>{YEAR})(?:[ \t]?(?:{_marks('era_mark')})(?!\w))?)?"
    rf"|(?P<y_iso>{YEAR})(?P<iso_sep>[-/.])(?P<m_iso>[01]?\d)(?P=iso_sep)(?P<d_iso>[0-3]?\d)|{_CJK_DATE}"
    rf"|(?P<n1>[0-3]?\d)(?P<sep>[./-])(?P<n2>[01]?\d)(?P=sep)(?P<y_num>{YEAR}))(?!\d)"
)
_PLACE = r"[A-Z][\w.'’‘-]+"
_AGENCY = r"[ \t]*[(\[][^)\]\n]{1,40}[)\]]"
# The agency after a dateline's date: `(Wire)`, `/WIRE/`, or `, WIRE --` before a dash.
_DATELINE_AGENCY = r"\([^)\n]{1,40}\)|/[^/\n]{1,30}/|,[ \t]*[A-Z][\w&.-]{1,15}(?=[ \t]*(?:--|[–—:]))"
# `ISLAMABAD, Oct 29 (APP):`, `Islamabad, 10 June 2023 (TDI):`, `BAKU, Azerbaijan, June 16`, `New Delhi [India], May 2`
_DATELINES = (
    re.compile(
        rf"^[ \t]*{_PLACE}(?:[ \t]+{_PLACE}){{0,3}}(?:{_AGENCY})?"
        rf"(?:,[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}})?,[ \t]*(?P<date>{_DATE})"
        rf"(?=\.?[ \t]*(?:{_DATELINE_AGENCY})?\.?[ \t]*(?:[:\-–—]|\.?[ \t]*$|\n|[A-Z]))",
        re.M,
    ),
    # `Nuku'alofa May 21, 2025 –`: without a comma, the year and a dash are needed
    re.compile(
        rf"^[ \t]*{_PLACE}(?:[ \t]+{_PLACE}){{0,2}}[ \t]+(?=[^\n]{{0,20}}\d{{4}}[ \t]*[-–—:])"
        rf"(?P<date>{_DATE})[ \t]*[-–—:]",
        re.M,
    ),
    # `MOSCOW (Agency / Wire - 21st March, 2023)`
    re.compile(rf"^[ \t]*[A-Z][A-Z.'’ -]+[ \t]*\([^)\n]{{1,40}}?[-–—,][ \t]*(?P<date>{_DATE})\)", re.M),
    # `... (photo agency) BISHKEK, August 15, 2007 (Wire) -- The ...`: a photo caption runs into the dateline,
    # so it starts inside a line; a city in capitals, a date with its year and a dash or colon tell it.
    re.compile(
        rf"(?<=[ \t])[A-Z]{{3,}}(?:[ \t][A-Z]{{3,}}){{0,2}},[ \t]*(?P<date>{_DATE})"
        rf"(?<=\d{{4}})(?=[ \t]*(?:\([^)\n]{{1,40}}\))?[ \t]*(?:--|[–—:]))"
    ),
)
# A line that opens the body: a dateline, or `CITY:` / `CITY -` leading a sentence.
_CITY_LEAD = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:[ \t]*[(\[][^)\]\n]{1,60}[)\]])?[ \t]*[:–—-][ \t]+\S")


def _phrases(kind: str) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(page_cues(kind), key=len, reverse=True))


# `• March 29, 2018 •`, `Sat Mar 06, 2021` alone on a line, `Published : 1 Oct 2019, 03:41 PM`, `Last updated:
# Friday, 29 April, 2005, 16:11 GMT`, `Date :Tuesday, December 29th, 2020 | Time : 16:02`, `17.05.2010 / 18:50`;
# a label may follow a section word (`Diplomatie Publié le ...`) and the body may follow it on its line.
_STAMP_LINE = re.compile(
    rf"^[ \t•|·\-–—]*(?:(?:[^\W\d_][\w'’-]*[ \t]+){{0,2}}?(?P<label>{_phrases('stamp_label')})[ \t]*:?[ \t]*)?"
    rf"(?:{WEEKDAY}[,،]?[ \t]+)?(?P<date>{_DATE})"
    r"(?(label)[^\n]*|(?:[ \tT,/|-]*\d{1,2}[:.]\d{2}[^\n]{0,30})?)[ \t•|·\-–—]*$",
    re.M | re.I,
)
# A short line near the top that holds a full CJK date (`来源:新华网(2011年4月28日)`): the page's stamp.
_CJK_STAMP = re.compile(rf"^[^\n]{{0,30}}?(?P<date>{_CJK_DATE})[^\n]{{0,20}}$", re.M)
_CJK_STAMP_CHARS = 400
_STAMP_CLOCK = re.compile(rf"\b\d{{1,2}}:\d{{2}}(?:[ \t]*[AaPp]\.?[Mm]\.?)?,?[ \t]+(?P<date>{_DATE})")
# A stamp at the end of a headline's line (`... talks Thursday, 20 August 2020 ( 6 days ago )`), and an agency's
# trailer alone on a line (`(Wire News Agency April 13, 2008)`).
_HEADLINE_STAMP = re.compile(
    rf"[ \t]+{WEEKDAY},?[ \t]+(?P<date>{_DATE})[ \t]*(?P<age>\([^)\n]{{0,30}}\))?[ \t]*$", re.M
)
_TRAILER_STAMP = re.compile(rf"^[ \t]*\((?:[A-Z][\w.&'’-]*[ \t]+){{1,5}}(?P<date>{_DATE})\)[ \t]*$", re.M)
# A release's closing line that is a date alone (`Issued by: the Ministry` / `24 May 2022`): its day of issue.
_CLOSING_STAMP = re.compile(rf"^[ \t]*(?:{WEEKDAY},?[ \t]+)?(?P<date>{_DATE})[ \t.]*\s*\Z", re.M)
# `© 2023`, `Copyright 2010-2024`: page furniture, never a date of the story.
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)[ \t]*(?:©[ \t]*)?(?:\d{4}[ \t]*[-–][ \t]*)?\d{4}", re.I)
_CAPTION_MARK = re.compile(_phrases("caption_mark"), re.I)
_NAVIGATION = re.compile(rf"(?:^|\s)(?:{_phrases('navigation')})(?:\s|$)")
_NOT_TITLE_START = re.compile(rf"(?:{_phrases('not_title_start')})\b", re.I)
# A site's slogan under its name (`The most trusted news source in the islands`) is no headline.
_TAGLINE = re.compile(rf"\b(?:{_phrases('tagline')})\b", re.I)
_QUOTES = {"‘": "’", "“": "”", '"': '"', "'": "'"}
# Labelled stamps (`Published: ...`) are found this far into the text, past the headline zone.
_STAMP_ZONE_CHARS = 3000
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
# A body line: a sentence of some length that ends like one (a bracket only after a stop: a headline may end
# in `(Summary)`).
_BODY_LINE = re.compile(r"^.{60,}(?:[.!?\"”’]|[.!?]\))\s*$")
# A headline may end in an initialism's stop (`... work on trade, U.N.`), never in a sentence's.
_ENDS_IN_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}\Z")
# A signature line: a name, then an office in capitals only (`Senator Jane Roe, Minister for Trade and the
# Pacific`): who issued the release, not its headline (`Roe, Minister for Trade, arrives in ...` has a verb).
_SIGNATURE = re.compile(
    rf"\A[^,]{{3,80}},[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){{0,2}}(?:{_phrases('office_word')})"
    r"(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|for|and|the|on|in|&))*\Z"
)
# A reporter's or official's line: an office, then a name and nothing else (`Special Representative Jane Roe`).
_OFFICE_AND_NAME = re.compile(
    rf"\A(?:[A-Z][\w'’-]*[ \t]+)?(?:{_phrases('office_word')})(?:[ \t]+[A-Z][\w.'’-]*){{2,3}}\Z"
)
_TITLE_MAX_WORDS = 30
_TITLE_MIN_WORDS = 4
_SHORT_HEADLINE_WORDS = 12
_TITLE_LABEL = re.compile(rf"^(?:{_phrases('title_label')})[ \t]*:[ \t]*(?=\S)", re.I)
# `...in the pipelineBy Jane Doe (Daily)`: a byline run into the headline (a lower-case letter before `By`).
_GLUED_BYLINE = re.compile(r"(?<=[a-z])By[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:[ \t]*\([^)\n]*\))?$")
_HEADLINE_ZONE_LINES = 40
# A site's menu: three or more items between separators (`World | Defence | Trade`).
_MENU = re.compile(r"(?:[^|\n]+\|){2,}[^|\n]*")
_WRAPPED_LINE_CHARS = 50
# A page's type label alone on its line (`press release`): the headline follows it.
_LABEL_LINE = re.compile(rf"^[ \t]*(?:{_phrases('title_label')})[ \t]*:?[ \t]*$", re.I | re.M)
_DATELINE_ZONE_CHARS = 1200


def extract_metadata(text: str) -> ArticleMetadata:
    """Publication date with its source, title, URL, and the spans that hold page dates (the header, the
    dateline, date stamps, copyright years): they are not date mentions of the story."""
    header = _HEADER.match(text)
    url = _url(text)
    month_first = page_month_first(url)
    body_start = header.end() if header else 0
    zone_end = _header_zone_end(text)
    found: list[tuple[str, date | None]] = []
    if header and header.group("day"):
        found.append(("header", _iso_date(header.group("date"))))
    skip: list[Span] = [header.span()] if header else []
    header_month = _iso_date(header.group("date") + "-01") if header and not header.group("day") else None
    # Searched in a slice so that `^` also anchors right after the header.
    # A summary sentence may come before the headline and dateline: they are looked for a little past it.
    dated = _ascii_digits(text)  # `۱۰ نومبر ۲۰۱۵`, `٢٦ أبريل ٢٠٢٤`: the same offsets, ASCII digits
    dateline = _dateline(dated[body_start : max(zone_end, body_start + _DATELINE_ZONE_CHARS)])
    if dateline:
        skip.append((body_start + dateline.start("date"), body_start + dateline.end("date")))
        found.append(("dateline", _date_of(dateline, month_first, header_month)))
    for stamp in _stamps(dated, zone_end):
        skip.append(stamp.span("date"))
        if stamp.groupdict().get("age"):  # `( 6 days ago )`: the page's age when it was saved, not the story's
            skip.append(stamp.span("age"))
        found.append(("stamp", _date_of(stamp, month_first)))
    skip.extend(m.span() for m in _COPYRIGHT.finditer(text))
    source, publication_date = next(((s, d) for s, d in found if d is not None), (None, None))
    return ArticleMetadata(
        title=_title(text, body_start, zone_end),
        publication_date=publication_date,
        publication_date_source=source,
        url=url,
        skip_spans=tuple(sorted(set(skip))),
        publication_month=header_month,
    )


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digits(text: str) -> str:
    """The text with every decimal digit of another script (Arabic-Indic, Persian, Devanagari, full-width) as
    its ASCII digit; one character for one, so offsets hold."""
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)


def _dateline(text: str) -> re.Match | None:
    """The first dateline of any form."""
    found = [m for m in (pattern.search(text) for pattern in _DATELINES) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _stamps(text: str, zone_end: int) -> list[re.Match]:
    """Date stamps with a year: unlabelled ones in the headline zone, labelled ones (`Published:`) a little
    further, and a clock before a date anywhere."""
    lines = [
        m
        for m in _STAMP_LINE.finditer(text, 0, max(zone_end, _STAMP_ZONE_CHARS))
        if m.end() <= zone_end or m.group("label")
    ]
    tails = (
        *_HEADLINE_STAMP.finditer(text, 0, zone_end),
        *_TRAILER_STAMP.finditer(text),
        *_CLOSING_STAMP.finditer(text, max(0, len(text) - 80)),
        *_CJK_STAMP.finditer(text, 0, min(zone_end, _CJK_STAMP_CHARS)),
    )
    segmented = segment_stamps(text, zone_end, _DATE, WEEKDAY)  # `By Staff Reporter | Published June 12, 2023`
    return [m for m in (*lines, *_STAMP_CLOCK.finditer(text), *tails, *segmented) if _has_year(m)]


def _has_year(match: re.Match) -> bool:
    return any(match.groupdict().get(g) for g in ("y", "y_iso", "y_num", "y_cjk"))


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _date_of(match: re.Match, month_first: bool = False, header_month: date | None = None) -> date | None:
    """The day a dateline or stamp match names; without a year, in the header's month (` date 2015-09` and
    `ULAN BATOR, Sept. 9`), else None."""
    found = match.groupdict()
    if found.get("y_iso"):
        return _iso_date("{}-{:0>2}-{:0>2}".format(*match.group("y_iso", "m_iso", "d_iso")))
    if found.get("y_cjk"):
        return _iso_date("{}-{:0>2}-{:0>2}".format(*match.group("y_cjk", "m_cjk", "d_cjk")))
    if found.get("y_num"):
        return numeric_day(int(match.group("y_num")), int(match.group("n1")), int(match.group("n2")), month_first)
    month = " ".join((found.get("m1") or found.get("m2")).split())  # `كانون الثاني`: one space
    day = found.get("d1") or found.get("d2")
    year = found.get("y") or (
        header_month.year if header_month and header_month.month == word("month", month) else None
    )
    try:
        return date(int(year), word("month", month), int(re.match(r"\d+", day).group()))
    except (TypeError, ValueError):  # no such day, or a month word of no listed value
        return None


def _header_zone_end(text: str, start: int = 0) -> int:
    """End of the first body line: headlines, datelines and stamps come before it or start it."""
    position = start
    for line in text[start:].splitlines(keepends=True):
        position += len(line)
        if _BODY_LINE.match(line.rstrip("\n")) and len(line.split()) >= 12:
            return position
    return len(text)


def _title(text: str, start: int, zone_end: int) -> str | None:
    """The headline: in the lines before the body begins, or after a page's type label alone on its line
    (`Press release`) when a summary sentence opens the page."""
    furniture = boilerplate_spans(text)
    title = _title_in(text, start, zone_end, furniture) or _title_after_summary(text, start)
    if title is None:
        label = _LABEL_LINE.search(text, start, min(len(text), zone_end + _DATELINE_ZONE_CHARS))
        if label:
            title = _title_in(text, label.end(), _header_zone_end(text, label.end()), furniture)
    return title or headline_before_body(text, start, zone_end, furniture, _is_headline, _leads_body)


def _leads_body(line: str) -> bool:
    """A line that comes right after a headline: a byline, a date stamp, a dateline or a `CITY:` lead."""
    return any(p.match(line) for p in (_BYLINE, _STAMP_LINE, _CITY_LEAD)) or _dateline(line) is not None


def _title_after_summary(text: str, start: int) -> str | None:
    """A page that opens with its summary sentence: the headline is the next line when a byline or a dateline
    follows it (`Summary sentence.` / `Headline` / `By Jane Roe` / `CITY, May 2 (Wire) -`)."""
    lines = [line.strip() for line in text[start:].split("\n", 4)[:4] if line.strip()]
    if len(lines) < 3 or not _opens_body(lines[0]) or not _is_headline(lines[1]):
        return None
    follows = lines[2]
    if _BYLINE.match(follows) or _dateline(follows) or _CITY_LEAD.match(follows):
        return _without_label_or_byline(_unquoted(lines[1]))
    return None


_BYLINE = re.compile(r"By[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*$")


def _title_in(text: str, start: int, zone_end: int, furniture: tuple[Span, ...]) -> str | None:
    """The first headline-like line before the body begins (a long sentence, a dateline or a `CITY:` lead);
    a line before a site's menu is the site's own banner when a headline follows the menu."""
    position, previous = start, ""
    found: str | None = None
    before_menu: str | None = None
    for n, line in enumerate(text[start:zone_end].splitlines(keepends=True)):
        span = (position, position + len(line))
        position += len(line)
        candidate, adjacent, previous = line.strip(), previous, line.strip()
        if n >= _HEADLINE_ZONE_LINES:
            break
        if _MENU.search(candidate):
            before_menu, found = before_menu or found, None
        if not candidate or overlaps_any(span, furniture) or _STAMP_LINE.match(candidate):
            continue  # a date alone on its line (`Monday, February 27, 2023`) is a stamp, not a dateline
        if _opens_body(candidate):
            if bare_dateline(candidate, _dateline(candidate)):
                continue  # a dateline alone on its line (`Brussels, 13 March 2015`) may come before the headline
            break
        if found or _is_wrapped_prose(adjacent) or text[position : position + 3].lstrip(" \t")[:1].islower():
            continue  # a sentence broken over lines (its rest, or its start), not a line of its own
        if _is_headline(candidate) or (n == 0 and _is_first_line_headline(candidate, text, position)):
            found = _without_label_or_byline(_unquoted(candidate))
    return found or before_menu


def _is_wrapped_prose(line: str) -> bool:
    """A line of running text cut at a fixed width: long, mostly lower-case words, no end at its end."""
    words = line.split()
    return (
        len(line) >= _WRAPPED_LINE_CHARS
        and (line[-1].isalnum() or line[-1] == ",")
        and sum(w[0].islower() for w in words) * 2 >= len(words)
        and not _is_caption(line, words)
    )


def _is_first_line_headline(line: str, text: str, line_end: int) -> bool:
    """A short first line that ends in one full stop, with a blank line after it (`Embassy opens in X.`)."""
    stripped = line.rstrip(".")
    return (
        len(line) - len(stripped) == 1
        and len(line.split()) <= _SHORT_HEADLINE_WORDS
        and _is_headline(stripped)
        and re.match(r"[ \t]*\n", text[line_end : line_end + 20]) is not None
    )


def _without_label_or_byline(title: str) -> str:
    """A headline without a page's type label (`News story: ...`), a date stamp or a byline at its end."""
    title = _HEADLINE_STAMP.sub("", _TITLE_LABEL.sub("", title, count=1))
    return _GLUED_BYLINE.sub("", title).strip() or title


def _opens_body(line: str) -> bool:
    words = len(line.split())
    return (
        (_BODY_LINE.match(line) is not None and words >= 12)
        or _dateline(line) is not None
        or (_CITY_LEAD.match(line) is not None and words >= 8)
    )


def _unquoted(line: str) -> str:
    """A headline without the quotes around the whole of it."""
    if len(line) > 2 and _QUOTES.get(line[0]) == line[-1] and line[0] not in line[1:-1]:
        return line[1:-1].strip()
    return line


def _is_headline(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    return (
        _TITLE_MIN_WORDS <= len(words) <= _TITLE_MAX_WORDS
        and (line[0].isupper() or line[0].isdigit() or line[0] in "$€£\"“‘'")
        and (line[-1] not in ".,;:!?" or _ENDS_IN_INITIALISM.search(line) is not None)
        and any(c.islower() for c in line)
        and not _URL.search(line)
        and not _STAMP_LINE.match(line)
        and not _NOT_TITLE_START.match(line)
        and not _SIGNATURE.match(line)
        and not _OFFICE_AND_NAME.match(line)
        and not _TAGLINE.search(line)
        and not _is_furniture(line, words)
    )


def _is_furniture(line: str, words: list[str]) -> bool:
    """A photo caption, a menu or breadcrumb, a list of section names, or a numbered paragraph."""
    return (
        _is_caption(line, words)
        or _NAVIGATION.search(line) is not None
        or is_page_furniture(line)
        or re.match(r"\d{1,2}\.\s", line) is not None
    )


def _is_caption(line: str, words: list[str]) -> bool:
    return words[-1].rstrip(".").casefold() in page_cues("caption_end") or _CAPTION_MARK.search(line) is not None


def page_month_first(url: str | None) -> bool:
    """Whether the page writes numeric dates month first (`12/05/2019` is 5 December elsewhere): told by the
    domain of its URL (`month_first_domain` in page_cues.csv)."""
    if not url:
        return False
    host = re.sub(r"^https?://", "", url).split("/")[0].split(":")[0].casefold()
    return host.endswith(page_cues("month_first_domain"))


def _url(text: str) -> str | None:
    # Prefer a URL alone on its line (an outlet's permalink) over one inside a sentence.
    standalone = re.search(r"^[ \t]*(https?://\S+)[ \t]*$", text, re.M)
    if standalone:
        return standalone.group(1)
    any_url = _URL.search(text)
    return any_url.group() if any_url else None
