"""Date mentions: find every calendar expression and normalise it to an inclusive interval.

Relative expressions (weekdays, `last month`, a month without a year) are resolved against the
publication date, past or future by the tense of their sentence; with no publication date they stay
null. The grammar is one compiled regex, so the extractor runs at regex speed.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from pipelines.extract.records import DateMention, Span
from pipelines.extract.spans import overlaps_any, sentence_around

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
# Meteorological seasons of the northern hemisphere: (first month, number of months).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 4,
    "final": 4,
}
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
}

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?!\w)"
)
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)(?!\w)"
)
FULL_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_REL_UNIT = r"(?:week|month|year)"
_MONTH_YEAR_WORD = r"(?:last|this|next)\s+year\b"  # "October last year": the year of a month

# Named groups say which form matched; alternatives run longest first.
_FORMS = [
    # FY2022-23, fiscal year 2022-23, financial year 2022/2023
    rf"(?P<fy>(?:FY\s?|(?:the\s+)?(?:fiscal|financial)\s+year\s+)(?P<fy1>{YEAR})(?:\s*[-–/]\s*(?P<fy2>\d{{2}}|{YEAR}))?"
    rf"|FY\s?'?(?P<fy_short>\d{{2}})(?![\d-]))",
    # the last / current / next fiscal year
    r"(?P<fyrel>(?:the\s+)?(?P<fyrel_w>last|previous|past|current|this|next|coming)\s+(?:fiscal|financial)\s+year)",
    # from November 25 to 27 / from 25 to 27 November (2019)
    rf"(?P<fromto>from\s+(?:(?P<ft_m1>{MONTH})\s+(?P<ft_d1>{DAY})\s+(?:to|till|until)\s+(?P<ft_d2>{DAY})"
    rf"|(?P<ft_d3>{DAY})\s+(?:to|till|until)\s+(?P<ft_d4>{DAY})\s+(?P<ft_m2>{MONTH}))(?:,?\s+(?P<ft_y>{YEAR}))?)",
    # January-March 2024, from January to March 2024
    rf"(?P<mrange>(?P<mr_m1>{MONTH})\s*[-–]\s*(?P<mr_m2>{MONTH}),?\s+(?P<mr_y>{YEAR})"
    rf"|from\s+(?P<mr_m3>{MONTH})\s+(?:to|till|until)\s+(?P<mr_m4>{MONTH}),?\s+(?P<mr_y2>{YEAR}))",
    # (Mon, ) Jan. 3(-4)(, 2019)
    rf"(?P<mdy>(?:(?P<mdy_wd>{WEEKDAY}),?\s+)?(?P<mdy_m>{MONTH})\s*(?P<mdy_d1>{DAY})(?:\s*[-–]\s*(?P<mdy_d2>{DAY}))?"
    rf"(?!\s*(?:%|per\s*cent|percent|[-–]?\d))(?:,?\s+(?P<mdy_y>{YEAR}))?(?![\d,.]\d))",
    # (Monday, ) 3(-4) (of) January (2019)
    rf"(?P<dmy>(?:(?P<dmy_wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<dmy_d1>{DAY})(?:\s*[-–]\s*(?P<dmy_d2>{DAY}))?\s+(?:of\s+)?(?P<dmy_m>{MONTH})"
    rf"(?:,?\s+(?P<dmy_y>{YEAR}))?(?!\d))",
    # the first ten months of 2017, the first half of 2022
    rf"(?P<part>the\s+(?P<part_pos>first|last|second)\s+(?:(?P<part_n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+months|(?P<part_half>half))\s+of\s+"
    rf"(?:(?P<part_y>{YEAR})|(?P<part_rel>this|last|next|the\s+current|the\s+previous)\s+year))",
    # the last week of January 2023
    rf"(?P<wkof>the\s+(?P<wkof_pos>first|last)\s+week\s+of\s+(?P<wkof_m>{MONTH})(?:,?\s+(?P<wkof_y>{YEAR}))?)",
    # the third quarter of 2022, Q3 2022
    rf"(?P<quarter>(?:the\s+)?(?P<q_ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\s+of\s+(?:(?P<q_y>{YEAR})|(?P<q_rel>last|this|next)\s+year)"
    rf"|Q(?P<q_n>[1-4])(?:\s+of)?\s*(?P<q_y2>{YEAR}))",
    # summer 2022, the summer of 2022, this/last/next summer, during the summer
    rf"(?P<season>(?:(?:the\s+)?(?P<s_name>spring|summer|autumn|winter)\s+(?:of\s+)?(?P<s_y>{YEAR}))"
    rf"|(?P<s_rel>last|this|next|coming)\s+(?P<s_name2>spring|summer|autumn|winter)"
    rf"|\b(?:in|during)\s+the\s+(?P<s_name3>spring|summer|autumn|winter)(?!\s+(?:of|session|season|\w+\s+(?:games|olympics)))\b)",
    # the early 2000s, the late 1990s
    r"(?P<decpart>(?:the\s+)?(?P<dcp_w>early|mid|late)[-\s](?P<dcp_y>1[89]\d0|20\d0)s\b)",
    # early/mid/late October (2025)
    rf"(?P<monthpart>(?P<mp_w>early|mid|late)[-\s](?P<mp_m>{MONTH})(?:,?\s+(?P<mp_y>{YEAR}))?(?!\s*\d))",
    # early/mid/late 2022
    rf"(?P<third>(?P<third_w>early|mid|late)[-\s](?P<third_y>{YEAR})(?![-–]\d))",
    # January 2023, Jan. 2023
    rf"(?P<my>(?P<my_m>{MONTH}),?\s+(?P<my_y>{YEAR})(?![-–]\d))",
    # last October, October last year, this May, next March
    rf"(?P<relmonth>(?P<rm_w>last|this|next|coming)\s+(?P<rm_m>{MONTH})"
    rf"|(?P<rm_m2>{MONTH})\s+(?P<rm_w2>last|this|next)\s+year)",
    # 2018-20, 2018-2020, between 2025 and 2027, from 2025 to 2027
    rf"(?P<yspan>(?P<ys1>{YEAR})\s*[-–]\s*(?P<ys2>\d{{2}}|{YEAR})(?![\d-])"
    rf"|between\s+(?P<ys3>{YEAR})\s+and\s+(?P<ys4>{YEAR})|from\s+(?P<ys5>{YEAR})\s+(?:to|till|until)\s+(?P<ys6>{YEAR}))",
    # the 1920s
    r"(?P<decade>(?:the\s+)?(?P<dec_y>1[89]\d0|20\d0)s\b)",
    # Wednesday (with a date in brackets), tomorrow (Friday)
    rf"(?P<wdparen>(?P<wp_wd>{FULL_WEEKDAY})\s*\((?P<wp_m>{MONTH})\s+(?P<wp_d>{DAY})\))",
    rf"(?P<dayparen>(?P<dp_w>yesterday|today|tomorrow)\s*\((?P<dp_wd>{FULL_WEEKDAY})\))",
    # last week, next month, this year, earlier this month, the previous year
    rf"(?P<rel>(?:(?:earlier|later)\s+)?(?P<rel_w>last|this|next|previous|coming)\s+(?P<rel_u>{_REL_UNIT})\b(?!\s*[-–]?\s*(?:'s|long|old)\b))",
    r"(?P<dayword>(?<![-\w])(?P<dw>yesterday|today|tomorrow)(?![-'’\w]))",
    # Tuesday, on Monday
    rf"(?P<weekday>(?:(?P<wd_rel>last|next|coming|this)\s+)?(?P<wd>{FULL_WEEKDAY})(?![-'’\w]))",
    # in July, since February (a bare month needs a preposition: "May" is also a verb); "in October last
    # year" is left to `relmonth`, so the month and its year are one mention
    rf"(?P<month>\b(?:in|since|until|till|during|by|from|before|after|through)\s+(?P<mo_m>{MONTH})(?!\s*\d)"
    rf"(?!\s+{_MONTH_YEAR_WORD})(?!\s*[-–]\s*{MONTH}))",
    # a bare year: 2022 (not in an amount, a figure or an identifier)
    rf"(?P<year>(?<![\w$€£¥#/.,-])(?P<yr>{YEAR})(?![\w%/-]|[.,]\d|\s*(?:per\s*cent|percent|tonnes|tons|MW|km|kg|million|billion)\b))",
]
# Anchored at word starts so the engine does not try every alternative inside words.
DATE_PATTERN = re.compile(r"(?<![\w])(?:" + "|".join(_FORMS) + ")", re.IGNORECASE)
# Case-sensitive guards applied after matching (the regex above is case-insensitive for prepositions).
_CAPITALISED = {
    "mr_m1",
    "mr_m2",
    "mr_m3",
    "mr_m4",
    "mp_m",
    "mdy_m",
    "dmy_m",
    "my_m",
    "rm_m",
    "rm_m2",
    "mo_m",
    "wkof_m",
    "wp_m",
    "ft_m1",
    "ft_m2",
}
_FUTURE = re.compile(
    r"\b(?:will|shall|would|won't|'ll|going to|expected|scheduled|slated|due to|set to|plan(?:s|ned)? to|"
    r"intends? to|upcoming|to be held|is to|are to|aims? to|hopes? to|starting|beginning)\b",
    re.IGNORECASE,
)
# An intent before the date points ahead ("agreed to run trains from March"); after it, it does not
# ("In March the sides agreed to meet" reports March).
_INTENT = re.compile(
    r"\b(?:agreed|decided|pledged|vowed|promised|resolved)\s+to\s+(?!(?:the|a|an|this|that|it|them)\b)", re.IGNORECASE
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|met|held|signed|visited|took place|launched|inaugurated|agreed|said|concluded|began|"
    r"started|ended|arrived|hosted|attended|discussed|reviewed|opened|rose|fell|grew|reached)\b",
    re.IGNORECASE,
)
_NOWADAYS = re.compile(r"(?:\b(?:of|until|till|than|even|since|to)\s+$)", re.IGNORECASE)
# "today" as "nowadays": "today's world", "today the relations", or a state of things in the simple present
# ("Today the two countries work closely"; but "Today the ministers are meeting" is a day).
_NOT_TODAY_AFTER = re.compile(
    r"^(?:'s|’s|\s+the\s+(?:bilateral\s+)?relations|\s*,?\s*(?:the\s+)?(?:world|relations|ties)"
    r"|,?\s+(?:[\w'’-]+\s+){1,5}?(?:are|have|enjoy|share|work|remain|stand|face)\s+(?![\w-]+(?:ing|ed)\b))",
    re.IGNORECASE,
)


def extract_dates(text: str, publication_date: date | None, skip: tuple[Span, ...] = ()) -> list[DateMention]:
    """Every date mention outside `skip`, in text order."""
    found = []
    for match in DATE_PATTERN.finditer(text):
        if overlaps_any(match.span(), skip) or not _well_formed(match, text):
            continue
        form = match.lastgroup
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        future = _is_future(text, match.span())
        value = _normalise(form, groups, publication_date, future, text, match.start())
        if value is None:
            continue
        start, end, granularity = value
        if start is not None and end is not None and start > end:
            continue
        found.append(DateMention(match.group(), match.start(), match.end(), start, end, granularity))
    return found


def _well_formed(match: re.Match, text: str) -> bool:
    for name in _CAPITALISED:
        value = match.group(name)
        if value is not None and not value[0].isupper():
            return False
    form = match.lastgroup
    if form == "wdparen" and not match.group()[0].isupper() or form == "weekday" and not match.group("wd")[0].isupper():
        return False
    if form == "month" and match.group("mo_m").rstrip(".").lower() in {"may", "mar", "jun", "jul", "jan"}:
        # "in May" is a month; "Mar" and friends alone are too ambiguous
        return match.group("mo_m") == "May"
    if form == "dayword" and match.group("dw").lower() == "today":
        before = text[max(0, match.start() - 12) : match.start()]
        if _NOWADAYS.search(before) or _NOT_TODAY_AFTER.match(text[match.end() : match.end() + 80]):
            return False
    if form == "year":
        after = text[match.end() : match.end() + 3]
        before = text[max(0, match.start() - 4) : match.start()]
        if re.match(r"\s*[-–]\s*\d", after) or re.search(r"\d[\s,]$", before):
            return False
    return True


def _is_future(text: str, span: Span) -> bool:
    sentence_start, sentence_end = sentence_around(text, span)
    # The verb nearest before the mention decides ("met on July 3-4 and will meet again"); with none
    # before it, a future verb shortly after does ("In February the minister will visit").
    before = text[max(sentence_start, span[0] - 90) : span[0]]
    future = max((m.end() for pattern in (_FUTURE, _INTENT) for m in pattern.finditer(before)), default=-1)
    past = max((m.end() for m in _PAST.finditer(before)), default=-1)
    if future >= 0 or past >= 0:
        return future >= past  # equal ends: the past form is part of a future phrase ("to be held")
    return bool(_FUTURE.search(text, span[1], min(sentence_end, span[1] + 60)))


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _months_span(year: int, first_month: int, n_months: int) -> tuple[date, date]:
    last = first_month + n_months - 1
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first_month, 1), _month_span(end_year, end_month)[1]


def _year_span(first: int, last: int | None = None) -> tuple[date, date]:
    return date(first, 1, 1), date(last or first, 12, 31)


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()[:3]]


def _weekday_number(name: str) -> int:
    return WEEKDAYS[name.rstrip(".").lower()[:3]]


def _second_year(first: int, second: str) -> int:
    if len(second) == 4:
        return int(second)
    candidate = first // 100 * 100 + int(second)
    return candidate if candidate >= first else candidate + 100


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(pub: date, month: int, day: int | None, future: bool) -> int:
    """The year that puts (month, day) nearest the publication date in the sentence's direction."""
    key, pub_key = (month, day or 1), (pub.month, pub.day if day else 1)
    if future:
        return pub.year if key >= pub_key else pub.year + 1
    return pub.year if key <= pub_key else pub.year - 1


def _day_range(pub: date | None, future: bool, d1: str, d2: str | None, month: str, year: str | None):
    m = _month_number(month)
    first, last = int(re.match(r"\d+", d1).group()), int(re.match(r"\d+", d2).group()) if d2 else None
    if year is None:
        if pub is None:
            return None, None, "day"
        y = _nearest_year(pub, m, first, future)
    else:
        y = int(year)
    start = _safe_day(y, m, first)
    end = _safe_day(y, m, last) if last else start
    if start is None or end is None:
        return "invalid"
    return start, end, "day"


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _fiscal_year_containing(day: date) -> int:
    """Pakistan's fiscal year runs 1 July to 30 June; returns its first calendar year."""
    return day.year if day.month >= 7 else day.year - 1


def _fiscal(first_year: int) -> tuple[date, date, str]:
    return date(first_year, 7, 1), date(first_year + 1, 6, 30), "year"


def _anchor_year(text: str, position: int) -> int | None:
    """The last explicit year before `position` in its sentence ("2016 as compared to previous year")."""
    start, _ = sentence_around(text, (position, position))
    years = re.findall(rf"(?<!\d){YEAR}(?!\d)", text[start:position])
    return int(years[-1]) if years else None


def _normalise(form: str, g: dict, pub: date | None, future: bool, text: str, position: int):
    """(start, end, granularity) for one match; None when the match is not a date after all."""
    result = _NORMALISERS[form](g, pub, future, text, position)
    return None if result == "invalid" else result


def _n_fy(g, pub, future, text, position):
    # A fiscal year named by one year is named by the year it ends in: FY24 and FY2024 are 2023-24.
    if "fy_short" in g:
        return _fiscal(2000 + int(g["fy_short"]) - 1)
    first = int(g["fy1"])
    if "fy2" not in g:
        return _fiscal(first - 1)
    if _second_year(first, g["fy2"]) != first + 1:
        return "invalid"
    return _fiscal(first)


def _n_fyrel(g, pub, future, text, position):
    if pub is None:
        return None, None, "year"
    current = _fiscal_year_containing(pub)
    offset = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(g["fyrel_w"].lower(), 0)
    return _fiscal(current + offset)


def _n_fromto(g, pub, future, text, position):
    if "ft_m1" in g:
        return _day_range(pub, future, g["ft_d1"], g["ft_d2"], g["ft_m1"], g.get("ft_y"))
    return _day_range(pub, future, g["ft_d3"], g["ft_d4"], g["ft_m2"], g.get("ft_y"))


def _n_mrange(g, pub, future, text, position):
    year = int(g.get("mr_y") or g["mr_y2"])
    first, last = _month_number(g.get("mr_m1") or g["mr_m3"]), _month_number(g.get("mr_m2") or g["mr_m4"])
    # "December-February 2024" is the winter that ends in 2024
    start, _ = _month_span(year - 1 if first > last else year, first)
    _, end = _month_span(year, last)
    return start, end, "month"


def _n_mdy(g, pub, future, text, position):
    return _day_range(pub, future, g["mdy_d1"], g.get("mdy_d2"), g["mdy_m"], g.get("mdy_y"))


def _n_dmy(g, pub, future, text, position):
    return _day_range(pub, future, g["dmy_d1"], g.get("dmy_d2"), g["dmy_m"], g.get("dmy_y"))


def _n_part(g, pub, future, text, position):
    if "part_rel" in g:
        if pub is None:
            return None, None, "month"
        relative = " ".join(g["part_rel"].lower().split())
        year = pub.year + {"last": -1, "the previous": -1, "next": 1}.get(relative, 0)
    else:
        year = int(g["part_y"])
    if "part_half" in g:
        n = 6
    else:
        n = int(g["part_n"]) if g["part_n"].isdigit() else NUMBER_WORDS[g["part_n"].lower()]
    if not 1 <= n <= 12:
        return "invalid"
    first_month = 1 if g["part_pos"].lower() == "first" else 13 - n
    start, end = _months_span(year, first_month, n)
    return start, end, "month"


def _n_wkof(g, pub, future, text, position):
    m = _month_number(g["wkof_m"])
    if "wkof_y" in g:
        year = int(g["wkof_y"])
    elif pub is not None:
        year = _nearest_year(pub, m, None, future)
    else:
        return None, None, "week"
    first, last = _month_span(year, m)
    if g["wkof_pos"].lower() == "first":
        return first, first + timedelta(days=6), "day"
    return last - timedelta(days=6), last, "day"


def _n_quarter(g, pub, future, text, position):
    if "q_n" in g:
        n, year = int(g["q_n"]), int(g["q_y2"])
    else:
        n = ORDINALS[g["q_ord"].lower()]
        if "q_y" in g:
            year = int(g["q_y"])
        elif pub is None:
            return None, None, "quarter"
        else:
            year = pub.year + {"last": -1, "this": 0, "next": 1}[g["q_rel"].lower()]
    start, end = _months_span(year, 3 * n - 2, 3)
    return start, end, "quarter"


def _season(name: str, year: int) -> tuple[date, date, str]:
    start, end = _months_span(year, SEASONS[name.lower()], 3)
    return start, end, "season"


def _n_season(g, pub, future, text, position):
    if "s_y" in g:
        return _season(g["s_name"], int(g["s_y"]))
    if pub is None:
        return None, None, "season"
    name = g.get("s_name2") or g["s_name3"]
    first_month = SEASONS[name.lower()]
    word = (g.get("s_rel") or ("next" if future else "recent")).lower()
    if word == "this":
        year = pub.year
    elif word in {"next", "coming"}:
        year = pub.year if first_month > pub.month else pub.year + 1
    elif word == "last":
        year = pub.year - 1 if first_month + 2 >= pub.month else pub.year
    else:  # the most recent one that has begun
        year = pub.year if first_month <= pub.month else pub.year - 1
    return _season(name, year)


def _n_third(g, pub, future, text, position):
    first_month = {"early": 1, "mid": 5, "late": 9}[g["third_w"].lower()]
    start, end = _months_span(int(g["third_y"]), first_month, 4)
    return start, end, "month"


def _n_my(g, pub, future, text, position):
    start, end = _month_span(int(g["my_y"]), _month_number(g["my_m"]))
    return start, end, "month"


def _n_relmonth(g, pub, future, text, position):
    if pub is None:
        return None, None, "month"
    m = _month_number(g.get("rm_m") or g["rm_m2"])
    word = (g.get("rm_w") or g["rm_w2"]).lower()
    if "rm_m2" in g:  # October last year / this year / next year
        year = pub.year + {"last": -1, "this": 0, "next": 1}[word]
    elif word == "last":
        year = pub.year if m < pub.month else pub.year - 1
    elif word in {"next", "coming"}:
        year = pub.year if m > pub.month else pub.year + 1
    else:
        year = pub.year
    start, end = _month_span(year, m)
    return start, end, "month"


def _n_yspan(g, pub, future, text, position):
    if "ys1" in g:
        first, last = int(g["ys1"]), _second_year(int(g["ys1"]), g["ys2"])
    elif "ys3" in g:
        first, last = int(g["ys3"]), int(g["ys4"])
    else:
        first, last = int(g["ys5"]), int(g["ys6"])
    if not first < last <= first + 30:
        return "invalid"
    start, end = _year_span(first, last)
    return start, end, "year"


def _n_decpart(g, pub, future, text, position):
    first = int(g["dcp_y"]) + {"early": 0, "mid": 4, "late": 7}[g["dcp_w"].lower()]
    return date(first, 1, 1), date(first + (3 if g["dcp_w"].lower() == "early" else 2), 12, 31), "decade"


def _n_monthpart(g, pub, future, text, position):
    """Early October is the 1st to the 10th, mid-October the 11th to the 20th, late October the rest."""
    m = _month_number(g["mp_m"])
    if "mp_y" in g:
        year = int(g["mp_y"])
    elif pub is None:
        return None, None, "day"
    else:
        year = _nearest_year(pub, m, None, future)
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}[g["mp_w"].lower()]
    month_end = _month_span(year, m)[1]
    return date(year, m, first_day), (date(year, m, last_day) if last_day else month_end), "day"


def _n_decade(g, pub, future, text, position):
    first = int(g["dec_y"])
    return date(first, 1, 1), date(first + 9, 12, 31), "decade"


def _weekday(pub: date | None, weekday: int, future: bool):
    if pub is None:
        return None, None, "day"
    if future:
        day = pub + timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
    else:
        day = pub - timedelta(days=(pub.weekday() - weekday) % 7)
    return day, day, "day"


def _n_wdparen(g, pub, future, text, position):
    return _day_range(pub, future, g["wp_d"], None, g["wp_m"], None)


def _dayword(word: str, pub: date | None):
    if pub is None:
        return None, None, "day"
    day = pub + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word.lower()])
    return day, day, "day"


def _n_dayparen(g, pub, future, text, position):
    return _dayword(g["dp_w"], pub)


def _n_rel(g, pub, future, text, position):
    unit, word = g["rel_u"].lower(), g["rel_w"].lower()
    offset = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[word]
    if unit == "year" and word == "previous":
        anchor = _anchor_year(text, position)
        if anchor is not None:
            start, end = _year_span(anchor - 1)
            return start, end, "year"
    if pub is None:
        return None, None, unit
    if unit == "year":
        start, end = _year_span(pub.year + offset)
        return start, end, "year"
    if unit == "month":
        month_index = pub.year * 12 + pub.month - 1 + offset
        start, end = _month_span(month_index // 12, month_index % 12 + 1)
        return start, end, "month"
    start, end = _week_of(pub + timedelta(weeks=offset))
    return start, end, "week"


def _n_dayword(g, pub, future, text, position):
    return _dayword(g["dw"], pub)


def _n_weekday(g, pub, future, text, position):
    weekday = _weekday_number(g["wd"][:3])
    relative = g.get("wd_rel", "").lower()
    if relative == "last" and pub is not None:  # "last Thursday" on a Thursday is a week ago
        day = pub - timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)
        return day, day, "day"
    return _weekday(pub, weekday, future or relative in {"next", "coming"})


def _n_month(g, pub, future, text, position):
    if pub is None:
        return None, None, "month"
    m = _month_number(g["mo_m"])
    start, end = _month_span(_nearest_year(pub, m, None, future), m)
    return start, end, "month"


def _n_year(g, pub, future, text, position):
    start, end = _year_span(int(g["yr"]))
    return start, end, "year"


_NORMALISERS = {
    "decpart": _n_decpart,
    "monthpart": _n_monthpart,
    "fy": _n_fy,
    "fyrel": _n_fyrel,
    "fromto": _n_fromto,
    "mdy": _n_mdy,
    "dmy": _n_dmy,
    "part": _n_part,
    "wkof": _n_wkof,
    "quarter": _n_quarter,
    "mrange": _n_mrange,
    "season": _n_season,
    "third": _n_third,
    "my": _n_my,
    "relmonth": _n_relmonth,
    "yspan": _n_yspan,
    "decade": _n_decade,
    "wdparen": _n_wdparen,
    "dayparen": _n_dayparen,
    "rel": _n_rel,
    "dayword": _n_dayword,
    "weekday": _n_weekday,
    "month": _n_month,
    "year": _n_year,
}
