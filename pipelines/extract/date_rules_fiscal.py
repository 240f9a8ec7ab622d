"""The date grammar, fiscal years and spans of months named by an edge day: the fiscal year ending March 2016,
FY2022-23, the first half of fiscal 1998, the quarter ended Sept. 30, the September quarter. Tried first (see
`date_rules`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipelines.extract import date_math as dm
from pipelines.extract import solar_hijri
from pipelines.extract.date_math import Context, DateRule, Parts, Value, registry
from pipelines.extract.spans import sentence_around
from pipelines.knowledge.calendars import FiscalCalendar, date_words

RULES: list[DateRule] = []
rule = registry(RULES)


# The English words that make a year fiscal are `fiscal_adjective` of date_words.csv (fiscal, financial, budget,
# business): {FISCAL_ADJECTIVE} before `year` ("the budget year 2023-24", "the last business year", "the 2015
# financial year"); {FISCAL_ALONE} (value 1) the ones that name a fiscal year on their own ("fiscal 2014", "the current
# fiscal"). Spanish, French and Portuguese nouns are `fiscal_noun` (`el año fiscal 2016`, `l'exercice 2019-20`).
FISCAL_BEFORE_NUMBER = r"(?:(?:{FISCAL_ALONE})\s+(?:years?\s+)?|(?:{FISCAL_ADJECTIVE})\s+years?\s+)"
FISCAL_YEAR_NOUN = r"(?:(?:{FISCAL_ADJECTIVE})\s+year\b)"
_FISCAL_AFTER_OFFSET = r"(?:(?:{FISCAL_ADJECTIVE})\s+year\b|(?:{FISCAL_ALONE}))"
# `fiscal` as a noun of its own after a relative word (Indian, Bangladeshi, Nepali, Japanese business English: "grew 7%
# last fiscal", "in the current fiscal, the ministry said", "the first half of this fiscal"): only where no noun it
# would qualify follows ("the current fiscal deficit" is none): a mark, a line end, the possessive or a word of
# `fiscal_as_noun_follow` (a preposition, a conjunction, a verb: "this fiscal ending March").
FISCAL_AS_NOUN = r"(?:{FISCAL_AS_NOUN})(?=\s*(?:['’]s\b|[^\w\s'’-]|\Z)|[^\S\n]*\n|\s+(?:{FISCAL_AS_NOUN_FOLLOW}))"
_FISCAL_YEAR_OR_NOUN = r"(?:" + FISCAL_YEAR_NOUN + "|" + FISCAL_AS_NOUN + ")"
_FY = rf"(?:FY\s?|(?:the\s+)?{FISCAL_BEFORE_NUMBER}|(?:{{FISCAL_NOUN}})\s+(?:de\s+)?)"


@cache
def fiscal_adjectives() -> str:
    """The words of `fiscal_adjective` as one alternation, for patterns compiled outside the grammar."""
    words = sorted((w.word for w in date_words("fiscal_adjective")), key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def _fiscal(parts: Parts, ctx: Context) -> Value | None:
    """`FY2022-23` starts in 2022; `FY2024` is named by the year it ends in (Japan: starts in)."""
    short, second = parts.get("short"), parts.first("y2", "y4")
    first = int(parts.first("y1", "y3")) if short is None else 2000 + int(short)
    calendar_ = ctx.fiscal_calendar(split=second is not None, year=first)
    if short is None:  # "the 1998/99 budget year, which runs from April to March": the months stated win
        calendar_ = _stated_calendar(ctx, calendar_)
    if second is None:
        first = dm.fiscal_named(calendar_, first)
    elif dm.second_year(first, second) != first + 1:
        return None
    ctx.named_fiscal_year = first
    return dm.fiscal_value(calendar_, first)


# A span of months named by its last (or first) day: the quarter ended Sept. 30, the nine months to September,
# the fiscal year ending March 2016, the fiscal year beginning Oct. 1, the week ended Oct. 27. The rule starts at
# the span's noun (a count, an ordinal or `fiscal` before it would make most words of a text try it) and reads
# those words back from the text.
# A relative verb may name its day after `on` ("the fiscal year that ended on June 30"); a participle does not ("the
# financial year starting on 1 July" is an apposition: its day is the date).
_PERIOD_EDGE = (
    r"(?:(?:that|which)\s+(?P<e>ended|ends|began|begins|started|starts)\s+(?:(?P<on>on)\s+|in\s+)?"
    r"|(?P<e2>ended|ending|to|through|beginning|starting)\s+(?:in\s+)?)"
)
# The quarter of "the third quarter ended Sept. 30" is the one that ends then (a fiscal quarter may be any three).
# With a comma only the verbs: "the fourth quarter, ended June 30" (not "in the first half, to March").
PERIOD_EDGE_WORD = (
    r"(?:\s+(?:(?:that|which)\s+(?:ended|ends)|ended|ending|to|through)|,\s+(?:(?:that|which)\s+(?:ended|ends)"
    r"|ended|ending))\s+(?:{DAY}\s+)?{MONTH}"
)


# An indefinite article before the span's noun: a kind of period ("has a fiscal year ending June 30"), not one.
@cache
def _indefinite() -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?:a|an|each|every)\s+(?:{fiscal_adjectives()}\s+)?$", re.IGNORECASE)


# The words before the noun: the fiscal first (quarter), the nine (months), their (year).
@cache
def _period_words_pattern() -> re.Pattern:
    return re.compile(
        rf"(?P<the>\b(?:the|its|their)\s+)?(?P<fy>\b{fiscal_adjectives()}\s+)?"
        r"(?:(?P<o>\b[\w]+)[-\s](?:fiscal\s+)?)?$",
        re.IGNORECASE,
    )


_PERIOD_WORDS_CHARS = 40


@rule(
    "period_ended",
    # a week is named by its day ("the week ended Oct. 27"), not its month ("ten a week starting in May")
    r"(?P<u>year|quarter|half|week(?=[^\n]{0,30}?\b\d{1,2}(?:st|nd|rd|th)?\b)|months)(?:\s+|,\s+(?=(?:that|which|ended|ending)\b))"
    + _PERIOD_EDGE
    + r"(?:(?P<d1>{DAY})\s+)?(?P<m>{MONTH})"
    r"(?:\s+(?P<d2>{DAY}))?(?:,?\s+(?P<y>{YEAR}))?(?![\d/])",
)
def period_ended(parts: Parts, ctx: Context) -> list | None:
    """The quarter ended Sept. 30, the 12 months to September, the fiscal year ending March 2016: the months up
    to that day (from it, for `beginning`); without a year, the nearest such day (on or before it for `ended`)."""
    if _indefinite().search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return None  # "a fiscal year ending June 30": a company's calendar, no year of it
    unit, span_start, fiscal, span = _period_words(parts.get("u").lower(), ctx)
    month, edge = dm.word("month", parts.get("m")), parts.first("e", "e2").lower()
    day = dm.leading_int(parts.first("d1", "d2")) if parts.first("d1", "d2") else None
    if span is None or span > 24 or (span == 0 and day is None):
        return None
    granularity = {0: "week", 3: "quarter", 12: "year"}.get(span, "month")
    starts = edge.startswith(("beg", "start"))
    clause = span != 0 and _clause_edge(parts)
    # "the fiscal year that ended on June 30": a relative clause that names its day says the year and the day
    named_day = span != 0 and day is not None and not clause and _named_edge_day(parts)
    clause = clause or named_day
    if parts.get("y"):
        year = int(parts.get("y"))
    elif ctx.pub is None:
        if clause:
            return _period_and_edge(
                ctx, span_start, parts, dm.null(granularity), dm.null("day" if day else "month"), named_day
            )
        return [((span_start, ctx.end), dm.null(granularity))]
    else:
        year = _nearest_edge_year(
            ctx.pub, month, day, starts, on_or_before=edge in {"ended", "began", "started"}, ahead=bool(clause)
        )
    if span == 0:
        edge_day = dm.safe_day(year, month, day)
        return [((span_start, ctx.end), (*dm.week_of(edge_day), "week"))] if edge_day else None
    start, end = dm.months_span(*((year, month) if starts else dm.shift_month(year, month, 1 - span)), span)
    edge_day = dm.safe_day(year, month, day) if day and span == 12 and not starts else None
    if edge_day and edge_day != end:  # "the year ending 7 July 2016": from the day after that day a year before
        start, end = (dm.safe_day(year - 1, month, day) or start) + timedelta(days=1), edge_day
    if fiscal or unit == "year":
        ctx.named_fiscal_year = start.year
    if clause:
        edge_day = dm.safe_day(year, month, day) if day else None
        edge_value = (edge_day, edge_day, "day") if edge_day else dm.month_value(year, month)
        return _period_and_edge(ctx, span_start, parts, (start, end, granularity), edge_value, named_day)
    return [((span_start, ctx.end), (start, end, granularity))]


# The words of a period that say nothing of which one it is ("the fiscal year, which ends in June").
@cache
def _bare_period() -> re.Pattern:
    return re.compile(rf"(?:(?:the|its|their|{fiscal_adjectives()})\s+)*", re.IGNORECASE)


_EDGE_LEAD = re.compile(r"\bin\s$", re.IGNORECASE)


def _clause_edge(parts: Parts) -> bool:
    """A relative clause set off by a comma ("its third quarter, which ended March 31"): it names its day (or
    month) as a date of its own, as wire annotation has it."""
    noun_end, verb = parts.match.end(parts.prefix + "u"), parts.get("e")
    return verb is not None and "," in parts.match.string[noun_end : parts.match.start(parts.prefix + "e")]


def _named_edge_day(parts: Parts) -> bool:
    """`that ended on June 30`, `which ends on 7 July`: a relative verb and `on` before the day."""
    return parts.get("e") is not None and (parts.get("on") or "").lower() == "on"


def _period_and_edge(
    ctx: Context, span_start: int, parts: Parts, period: Value, edge: Value, whole: bool = False
) -> list:
    """Two mentions: the period (up to its noun when words before the noun say which one it is; up to its day, as
    a whole, when `whole`) and its edge."""
    edge_start = min(parts.match.start(parts.prefix + g) for g in ("d1", "m") if parts.get(g))
    lead = _EDGE_LEAD.search(ctx.text, max(0, edge_start - 3), edge_start)
    edge_start = lead.start() if lead else edge_start  # "in June", as a month is written on its own
    noun_end = parts.match.end(parts.prefix + "u")
    pieces = [((edge_start, ctx.end), edge)]
    if whole:
        return [((span_start, ctx.end), period), *pieces]
    if _bare_period().fullmatch(ctx.text[span_start : ctx.start]) is None:
        pieces.insert(0, ((span_start, noun_end), period))
    return pieces


def _period_words(unit: str, ctx: Context) -> tuple[str, int, bool, int | None]:
    """(the unit, where the mention starts, whether it says fiscal, its length in months: 0 for a week) from
    the words before the noun; a count of months is needed, an ordinal of a quarter or half is kept."""
    words = _period_words_pattern().search(ctx.text, max(0, ctx.start - _PERIOD_WORDS_CHARS), ctx.start)
    ordinal = words.group("o") if words else None
    if unit == "months":
        count = dm.number(ordinal) if ordinal else None
        return unit, words.start("o") if count else ctx.start, False, count
    kept = ordinal is not None and unit in {"quarter", "half"} and dm.word("quarter_ordinal", ordinal) is not None
    start = words.start("o") if kept else ctx.start
    fiscal = bool(words and words.group("fy")) and (kept or ordinal is None)
    if fiscal:
        start = words.start("fy")
    if words and words.group("the") and words.end("the") == start:
        start = words.start("the")
    return unit, start, fiscal, {"year": 12, "quarter": 3, "half": 6, "week": 0}[unit]


# The article states its company's fiscal year by an edge month ("the fiscal year ended June 30", "fiscal 2000,
# which ends June 30", "fiscal 1991, which began July 1", "whose fiscal year ends in September").
# A fiscal year whose months the article states: `fiscal 1988, which ended in June`, `fiscal year 2004-2005, which
# ends March 31`, `the Bank's FY2025 closes on 30 June`, `fiscal year 2026, which runs from July 2025 to June 2026`.
STATED_FISCAL_YEAR = (
    r"\b(?:(?:{FISCAL_ADJECTIVE})\s+(?:year|{YEAR})|FY\s?{YEAR})(?:\s*(?:{YEAR}|\d\d)?(?:[-/–](?:{YEAR}|\d\d))?)?"
    r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?P<end>ended|ends|ending|will\s+end|closes|closed|will\s+close)"
    r"|(?P<begin>began|begins|beginning|started|starts|starting|will\s+(?:begin|start)|runs?\s+from|ran\s+from))"
    r"\s+(?:on\s+|in\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<m>{MONTH})"
)


def stated_fiscal_start(text: str, pattern: re.Pattern) -> tuple[int, int] | None:
    """The first month of the fiscal year the article states (`pattern`: STATED_FISCAL_YEAR filled) and where it
    states it, if it does."""
    stated = pattern.search(text)
    if stated is None:
        return None
    month = dm.word("month", stated.group("m"))
    return (month if stated.group("begin") else month % 12 + 1), stated.start()


def _stated_calendar(ctx: Context, calendar_: FiscalCalendar | None) -> FiscalCalendar | None:
    """The fiscal calendar the article states for its company when it states it in the sentence of the mention or
    in the one before or after (a government's fiscal year said further away is another owner's); a state that
    names its fiscal years by their first year keeps its calendar when it starts in the same month."""
    month = stated_start_near(ctx)
    if month is None or (calendar_ is not None and month in _stated_starts(calendar_)):
        return calendar_
    return FiscalCalendar("", month, "end", False)


def _stated_starts(calendar_: FiscalCalendar) -> set[int]:
    """The first months an article may state for this calendar: its own, and for one that starts on a later day of
    its month (Ethiopia's, on 8 July) the month after, as a year said to end in that month is read."""
    return {calendar_.first_month, *([calendar_.first_month % 12 + 1] if calendar_.first_day > 1 else [])}


def stated_start_near(ctx: Context) -> int | None:
    """The first month of the fiscal year the article states, when it states it in the sentence of the mention or
    in the one before or after (a fiscal year stated further away is another owner's: "Sanwa's fiscal year ends in
    March ... Hanover separately reported third-quarter net income")."""
    stated = ctx.stated_fiscal_start()
    if stated is None:
        return None
    start, end = sentence_around(ctx.text, (ctx.start, ctx.end))
    before = sentence_around(ctx.text, (max(0, start - 2),) * 2)[0] if start > 1 else start
    after = sentence_around(ctx.text, (end + 1,) * 2)[1] if end + 1 < len(ctx.text) else end
    month, position = stated
    return month if before <= position < after else None


@rule("month_quarter", r"(?P<m>{MONTH})[-\s]quarter\b(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?")
def month_quarter(parts: Parts, ctx: Context) -> Value | None:
    """The September quarter (of 1989): the three months that end with that month."""
    month = dm.word("month", parts.get("m"))
    if parts.get("y"):
        first = dm.shift_month(int(parts.get("y")), month, -2)
    elif ctx.pub is None:
        return dm.null("quarter")
    else:
        first_month = (month - 3) % 12 + 1
        first = dm.nearest_period_year(ctx.pub, first_month, 3, ctx.future), first_month
    return (*dm.months_span(*first, 3), "quarter")


def _nearest_edge_year(
    pub: date, month: int, day: int | None, starts: bool, on_or_before: bool, ahead: bool = False
) -> int:
    """The year whose (month, day) lies nearest the publication date (on or before it when `on_or_before`; on or
    after it when `ahead`, for a present tense: "the fiscal year, which ends in June"); a month without a day is
    its first day for a span it starts, else its last."""

    def edge(year: int) -> date:
        first, last = dm.month_span(year, month)
        return (dm.safe_day(year, month, day) or last) if day else first if starts else last

    candidates = [(abs((edge(y) - pub).days), y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    return min(
        c
        for c in candidates
        if (not on_or_before or edge(c[1]) <= pub) and (on_or_before or not ahead or edge(c[1]) >= pub)
    )[1]


@rule(
    "fiscal_part",
    r"(?:the\s+)?(?:(?:(?P<pos>first|last)\s+(?P<n>{NUMBER}|\d{1,2})\s+months|(?P<o>{QUARTER_ORDINAL})[-\s]"
    r"(?P<p>half|quarter))\s+of\s+(?:the\s+)?|(?-i:(?P<qh>[QH])(?P<qk>[1-4]))(?:\s+of\s+(?:the\s+)?|\s*(?=FY)|\s+))"
    r"(?:(?:FY\s?|" + FISCAL_BEFORE_NUMBER + r"|(?(p)(?={YEAR}\s*[-–/]\s*(?:{YEAR}|\d{2})(?![\d-]))|(?!)))"
    r"(?P<y1>{YEAR})"
    r"(?:\s*[-–/]\s*(?P<y2>{YEAR}|\d{2}))?"
    r"|FY\s?'?(?P<short>\d{2})(?![\d-])|(?P<w>{OFFSET})\s+" + _FISCAL_YEAR_OR_NOUN + ")",
)
def fiscal_part(parts: Parts, ctx: Context) -> Value | None:
    """The first five months of FY2024-25, the first half of fiscal 1998, the third quarter of fiscal 2024, the
    first quarter of FY25, the first ten months of the current fiscal year; the first half of 2021-22 (a half or
    quarter of a split year is one of a fiscal year: none spans two calendar years); Q2 of FY 2015-16, Q4 FY2019-20,
    H1 FY24 (a quarter or half by its number, before a fiscal year the text calls one)."""
    if parts.get("w"):
        if ctx.pub is None:
            return dm.null("month")
        calendar_ = ctx.fiscal_calendar()
        ctx.named_fiscal_year = dm.fiscal_year_holding(calendar_, ctx.pub) + dm.word("offset", parts.get("w"))
        whole = dm.fiscal_value(calendar_, ctx.named_fiscal_year)
    else:
        whole = _fiscal(parts, ctx)
    if parts.get("qh"):  # Q2 of FY 2015-16, Q4 FY2019-20, H1 FY24: a quarter or half by its number
        months, k = (3 if parts.get("qh") == "Q" else 6), int(parts.get("qk"))
        if whole is None or k * months > 12:
            return None
        start = dm.shift_month(whole[0].year, whole[0].month, (k - 1) * months)
        return (*dm.months_span(*start, months), "quarter" if months == 3 else "month")
    if parts.get("p"):
        months = 6 if parts.get("p").lower() == "half" else 3
        ordinal = parts.get("o").lower()
        k = 12 // months if ordinal in {"last", "final"} else dm.word("quarter_ordinal", ordinal)
        if whole is None or k * months > 12:
            return None
        start = dm.shift_month(whole[0].year, whole[0].month, (k - 1) * months)
        return (*dm.months_span(*start, months), "quarter" if months == 3 else "month")
    n = dm.number(parts.get("n"))
    if whole is None or not n or n > 12:
        return None
    if parts.get("pos").lower() == "first":
        return (*dm.months_span(whole[0].year, whole[0].month, n), "month")
    year, month = dm.shift_month(whole[1].year, whole[1].month, 1 - n)
    return (*dm.months_span(year, month, n), "month")


@rule(
    "fiscal_months",
    r"(?:the\s+)?(?P<m1>{MONTH})\s*[-–]\s*(?P<m2>{MONTH})(?:\s+period)?,?\s+(?:of\s+|in\s+)?(?:the\s+)?"
    r"(?:FY\s?'?(?P<short>\d{2})(?![\d-])|(?P<w>{OFFSET})\s+" + _FISCAL_AFTER_OFFSET + r""
    r"|(?:FY\s?|" + FISCAL_BEFORE_NUMBER + r")(?P<y1>{YEAR})(?:\s*[-–/]\s*(?P<y2>\d{2}|{YEAR}))?(?![\d]))",
)
def fiscal_months(parts: Parts, ctx: Context) -> Value | None:
    """July-March of FY2023-24, the July-March period of the current fiscal year, July-February FY24, April-December
    this fiscal: those months of that fiscal year, one mention; of the current one, the months that have passed
    (the months a report counts), else those of the year before."""
    if parts.get("w"):
        if ctx.pub is None:
            return dm.null("month")
        calendar_ = ctx.fiscal_calendar()
        first_year = dm.fiscal_year_holding(calendar_, ctx.pub) + dm.word("offset", parts.get("w"))
        whole = dm.fiscal_value(calendar_, first_year)
        span = _months_of(whole, parts)
        if span is not None and dm.word("offset", parts.get("w")) == 0 and span[1] > ctx.pub:
            whole = dm.fiscal_value(calendar_, first_year - 1)  # "July-March of the current fiscal year", in July
            span = _months_of(whole, parts)
    else:
        whole = _fiscal(parts, ctx)
        span = _months_of(whole, parts) if whole else None
    if span is None:
        return None
    ctx.named_fiscal_year = whole[0].year
    return span[0], span[1], "month"


def _months_of(whole: Value, parts: Parts) -> tuple[date, date] | None:
    """The months m1 to m2 of the fiscal year `whole`, when they lie in it."""
    first, last = dm.word("month", parts.get("m1")), dm.word("month", parts.get("m2"))
    start_year = whole[0].year + (first < whole[0].month)
    end_year = start_year + (last < first)
    start, end = dm.month_span(start_year, first)[0], dm.month_span(end_year, last)[1]
    return (start, end) if whole[0] <= start and end <= whole[1] + timedelta(days=31) else None


_FY_ONLY = rf"(?:FY\s?|{FISCAL_BEFORE_NUMBER})"


@rule(
    "fiscal_span",
    # "from fiscal 2010 to 2012", "fiscal years 2010 to 2012"; "and" joins two years only after "between"
    rf"(?:(?P<opened>{{RANGE_FROM}})\s+)?{_FY}(?P<y1>{{YEAR}})(?:\s*[-–/]\s*(?P<y2>\d{{2}}|{{YEAR}}))?"
    rf"\s+(?(opened)|(?!{{RANGE_AND}}))(?:{{RANGE_TO}})\s+"
    rf"(?:{_FY_ONLY})?(?P<y3>{{YEAR}})(?:\s*[-–/]\s*(?P<y4>\d{{2}}|{{YEAR}}))?(?![\d])"
    rf"|FY\s?(?P<y5>{{YEAR}})\s*[-–]\s*FY\s?(?P<y6>{{YEAR}})(?![\d])",
)
def fiscal_span(parts: Parts, ctx: Context) -> Value | None:
    """Between FY2020 and FY2024, from fiscal 2019 to 2022, FY2021-FY2023: one span from the first fiscal year's
    first day to the last one's last."""
    first = _one_fiscal(ctx, parts.first("y1", "y5"), parts.get("y2"))
    last = _one_fiscal(ctx, parts.first("y3", "y6"), parts.get("y4"))
    if first is None or last is None or last[0] <= first[0]:
        return None
    ctx.named_fiscal_year = last[0].year
    return first[0], last[1], "year"


def _one_fiscal(ctx: Context, year: str, second: str | None) -> Value | None:
    first = int(year)
    calendar_ = ctx.fiscal_calendar(split=second is not None, year=first)
    if second is None:
        return dm.fiscal_value(calendar_, dm.fiscal_named(calendar_, first))
    return dm.fiscal_value(calendar_, first) if dm.second_year(first, second) == first + 1 else None


# A fiscal year that starts after publication is named by the year it starts in, whatever the state's custom.
_STARTS_AHEAD = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:begins|starts|will\s+(?:begin|start))|starting|beginning)\b", re.IGNORECASE
)


@rule(
    "fiscal_year",
    rf"{_FY}(?P<y1>{{YEAR}})(?:\s*[-–/]\s*(?P<y2>\d{{2}}|{{YEAR}}))?(?![\d])"
    r"(?:(?=,?\s+(?:(?:which|that)\s+(?:(?:ended|ends|will\s+end)\s+(?:on\s+)?(?P<em>{MONTH})"
    r"|(?:began|begins|started|starts|will\s+(?:begin|start))\s+(?:on\s+|in\s+)?(?P<bm>{MONTH}))"
    r"|ending\s+(?:on\s+|in\s+)?(?P<em2>{MONTH})|(?:starting|beginning)\s+(?:on\s+|in\s+)?(?P<bm2>{MONTH})))"
    r"|(?=\s*\(\s*(?P<pm>{MONTH})\s+(?:de\s+)?(?P<py>{YEAR})\s*(?:[-–]|\s(?:{RANGE_TO})\s)))?"
    r"|FY\s?'?(?P<short>\d{2})(?![\d-])"
    r"|(?:the\s+)?(?P<y3>{YEAR})(?:\s*[-–/]\s*(?P<y4>\d{2}|{YEAR}))?\s+" + FISCAL_YEAR_NOUN,
)
def fiscal_year(parts: Parts, ctx: Context) -> Value | None:
    """FY2022-23, fiscal 2014, the 2015 fiscal year, the 2024/25 fiscal year; `fiscal 1988, which ended June 30`
    ends in that month."""
    if parts.get("pm"):  # "fiscal 2016 (July 2015-June 2016)": the months the article states win
        start, end = dm.months_span(int(parts.get("py")), dm.word("month", parts.get("pm")), 12)
        ctx.named_fiscal_year = start.year
        return start, end, "year"
    if parts.first("bm", "bm2"):  # "fiscal 1990, which began Oct. 1", "fiscal 2023 starting in April": named by
        # the year it ends in unless split or the state names fiscal years by their first year
        first, month = int(parts.get("y1")), dm.word("month", parts.first("bm", "bm2"))
        calendar_ = ctx.fiscal_calendar(split=parts.get("y2") is not None)
        by_end = parts.get("y2") is None and not (calendar_ and calendar_.single_year_is == "start")
        start, end = dm.months_span(first - (by_end and month > 1), month, 12)
        if by_end and month > 1 and ctx.pub is not None and start < ctx.pub and _STARTS_AHEAD.match(ctx.text, ctx.end):
            start, end = dm.months_span(first, month, 12)  # "fiscal 2021, which starts in April" (said in 2020)
        ctx.named_fiscal_year = start.year
        return start, end, "year"
    if parts.first("em", "em2"):  # the article states the months: they win over the state's calendar
        calendar_ = ctx.fiscal_calendar(year=int(parts.get("y1")))
        if calendar_ and calendar_.in_own_era(int(parts.get("y1"))):
            return _fiscal(parts, ctx)  # Nepal's 2075/76, which ended on July 16: its own calendar's year
        last_year = dm.second_year(int(parts.get("y1")), parts.get("y2")) if parts.get("y2") else int(parts.get("y1"))
        month = dm.word("month", parts.first("em", "em2"))
        if not parts.get("y2") and month < 12 and calendar_ and calendar_.single_year_is == "start":
            last_year += calendar_.first_month == month + 1  # Japan's fiscal 1996, which ended March 31 (1997)
        start, end = dm.months_span(*dm.shift_month(last_year, month, -11), 12)
        ctx.named_fiscal_year = start.year
        return start, end, "year"
    return _fiscal(parts, ctx)


@rule(
    "fiscal_relative",
    r"(?P<fa>{FISCAL_ANAPHOR})|(?:the\s+)?(?P<w>{OFFSET})\s+" + _FISCAL_YEAR_OR_NOUN + r"|(?P<fp>{FISCAL_PHRASE})",
)
def fiscal_relative(parts: Parts, ctx: Context) -> Value | None:
    """The last fiscal year, el ejercicio en curso, l'exercice prochain: counted from the one publication falls in;
    el ejercicio anterior (l'exercice précédent) after a fiscal year of the sentence: the one before it."""
    if parts.get("fa") and ctx.sentence_fiscal_year is not None and _twelve_months(ctx.anchor_value):
        first, last, _ = ctx.anchor_value
        start = dm.shift_month(first.year, first.month, -12)
        ctx.named_fiscal_year = start[0]
        return (*dm.months_span(*start, 12), "year")
    if ctx.pub is None:
        return dm.null("year")
    calendar_ = ctx.fiscal_calendar()
    kind, said = next((k, parts.get(g)) for k, g in _RELATIVE_GROUPS if parts.get(g))
    step = dm.word(kind, " ".join(said.split()))
    ctx.named_fiscal_year = dm.fiscal_year_holding(calendar_, ctx.pub) + step
    return dm.fiscal_value(calendar_, ctx.named_fiscal_year)


_RELATIVE_GROUPS = (("offset", "w"), ("fiscal_phrase", "fp"), ("fiscal_anaphor", "fa"))


def _twelve_months(value: Value | None) -> bool:
    """A span of twelve whole months (a fiscal year the text just named, by its months or by its calendar)."""
    if value is None or value[0] is None or value[1] is None or value[0].day != 1:
        return False
    return dm.months_span(value[0].year, value[0].month, 12)[1] == value[1]


# The Iranian (solar hijri) year, from 21 March: the year 1402, the current one, a quarter or the first months of one.
_SOLAR_YEAR = r"(?:{SOLAR_HIJRI})\s+(?:calendar\s+|fiscal\s+)?year"


@rule(
    "solar_hijri_year",
    rf"(?:the\s+)?(?:(?P<o>{{QUARTER_ORDINAL}})\s+(?P<p>quarter|half)|first\s+(?P<n>{{NUMBER}}|\d{{1,2}})\s+months)"
    rf"\s+of\s+(?:the\s+)?(?:(?P<w>{{OFFSET}})\s+)?{_SOLAR_YEAR}(?:\s+(?:of\s+)?(?P<y>1[34]\d\d))?(?!\d)"
    rf"|(?:the\s+)?(?P<w2>{{OFFSET}})\s+{_SOLAR_YEAR}"
    rf"|(?:the\s+)?{_SOLAR_YEAR}\s+(?:of\s+)?(?P<y2>1[34]\d\d)(?!\d)",
)
def solar_hijri_year(parts: Parts, ctx: Context) -> Value | None:
    """The Iranian year 1402 (21 March 2023 to 19 March 2024), the current Iranian year, the first quarter or the
    first five months of the current Iranian calendar year: Iranian news counts in the solar hijri calendar."""
    granularity = "year" if parts.first("o", "n") is None else "quarter" if parts.get("p") == "quarter" else "month"
    if parts.first("y", "y2"):
        year = int(parts.first("y", "y2"))
    elif ctx.pub is None:
        return dm.null(granularity)
    else:
        offset = parts.first("w", "w2")
        year = solar_hijri.year_of(ctx.pub) + (dm.word("offset", offset) if offset else 0)
    if parts.get("o"):
        size = 3 if parts.get("p") == "quarter" else 6
        ordinal = dm.word("quarter_ordinal", parts.get("o"))
        if ordinal is None or ordinal * size > 12:
            return None
        first, count = (ordinal - 1) * size + 1, size
    elif parts.get("n"):
        first, count = 1, dm.number(parts.get("n"))
        if not count or count > 12:
            return None
    else:
        first, count = 1, 12
    return (*solar_hijri.months(year, first, count), granularity)
