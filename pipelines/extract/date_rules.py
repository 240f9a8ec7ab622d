"""The date grammar: each form is one named rule, a pattern and the resolver that gives its value.

Patterns name vocabulary by placeholders filled from `pipelines/knowledge/date_words.csv` ({MONTH},
{WEEKDAY}, {SEASON}, {OFFSET}, {NUMBER} ...) and their own parts by local group names (`m`, `d1`, `y`).
A group whose name is `m`, `m1` ... holds a month name and `wd` a weekday name; English ones must be
capitalised. Rules are tried in the order written (`date_rules_fiscal`, `date_rules_romance`, this module,
`date_rules_years`, `date_rules_relative`, `date_rules_months`), so longer forms come first. Adding a form is
adding one decorated function.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipelines.extract import date_math as dm
from pipelines.extract.date_math import Context, DateRule, Parts, Value, registry
from pipelines.extract.date_rules_fiscal import PERIOD_EDGE_WORD, fiscal_adjectives, stated_start_near
from pipelines.extract.date_tense import cue, past_verb_after
from pipelines.extract.spans import sentence_around
from pipelines.knowledge.calendars import date_words

RULES: list[DateRule] = []
rule = registry(RULES)


@rule(
    "numeric_date",
    r"(?P<iy>{YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])"
    r"|(?P<a>[0-3]?\d)[/.-](?P<b>[0-3]?\d)[/.-](?P<y>{YEAR})(?![\d/.-]\d)",
)
def numeric_date(parts: Parts, ctx: Context) -> Value | None:
    """2018-11-20, 12/05/2019 or 12.05.2019: day first unless the page writes month first or a part says."""
    if parts.get("iy"):
        day = dm.safe_day(int(parts.get("iy")), int(parts.get("im")), int(parts.get("id")))
    else:
        day = dm.numeric_day(int(parts.get("y")), int(parts.get("a")), int(parts.get("b")), ctx.month_first())
    return (day, day, "day") if day else None


_DAY_AND_MONTH = r"(?:(?P<m{a}>{{MONTH}})\s*(?P<d{a}>{{DAY}})|(?P<d{b}>{{DAY}})\s+(?:de\s+)?(?P<m{b}>{{MONTH}}))"


@rule(
    "days_across_months",
    rf"(?:(?P<between>between|entre)|{{RANGE_FROM}})\s+(?:(?:el|le)\s+)?{_DAY_AND_MONTH.format(a=1, b=3)}"
    rf"(?:,?\s+(?:de\s+)?(?P<y1>{{YEAR}}))?(?:\s+(?(between)|(?!{{RANGE_AND}}))(?:{{RANGE_TO}})\s+|\s*[-–]\s*)"
    rf"(?:(?:el|le)\s+)?{_DAY_AND_MONTH.format(a=2, b=4)}"
    r"(?:(?:,?\s+|\s+de\s+)(?P<y>{YEAR}))?(?![\d,.]\d)"
    # "1 February - 30 April 2011", "March 12-April 2, 2024": two days of two months joined by a dash, with the year
    rf"|(?<![\w-]){_DAY_AND_MONTH.format(a=5, b=7)}\s*[-–]\s*{_DAY_AND_MONTH.format(a=6, b=8)}"
    r"(?:,?\s+|\s+de\s+)(?P<y5>{YEAR})(?![\d,.]\d)",
)
def days_across_months(parts: Parts, ctx: Context) -> Value | None:
    """From September 30 to October 1, 2018; del 30 de septiembre al 1 de octubre; between June 23 and July 27: one
    span of days (not two days joined by `and` without `between`: "the statements of 10 November and 11
    January")."""
    first_month = dm.word("month", parts.first("m1", "m3", "m5", "m7"))
    last_month = dm.word("month", parts.first("m2", "m4", "m6", "m8"))
    first_day = dm.leading_int(parts.first("d1", "d3", "d5", "d7"))
    last_day = dm.leading_int(parts.first("d2", "d4", "d6", "d8"))
    if parts.first("y", "y5"):
        last_year = int(parts.first("y", "y5"))
        first_year = (
            int(parts.get("y1")) if parts.get("y1") else last_year - ((first_month, first_day) > (last_month, last_day))
        )
        first, last = dm.safe_day(first_year, first_month, first_day), dm.safe_day(last_year, last_month, last_day)
    else:
        start = dm.day_range(ctx, first_month, first_day, None, int(parts.get("y1")) if parts.get("y1") else None)
        if start is None or start[0] is None:
            return start if start is None else dm.null("day")
        first = start[0]
        last = dm.safe_day(first.year + ((last_month, last_day) < (first_month, first_day)), last_month, last_day)
    if first is None or last is None or last < first:
        return None
    return first, last, "day"


@rule(
    "from_to_days",
    r"(?:from|del|du|desde|de)\s+(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})\s+(?:to|till|until)\s+(?P<d2>{DAY})"
    r"|(?P<d3>{DAY})\s+(?:to|till|until|al|au|a|à|hasta|até)\s+(?P<d4>{DAY})\s+(?:de\s+)?(?P<m2>{MONTH}))"
    r"(?:(?:,?\s+|\s+de\s+)(?P<y>{YEAR}))?"
    # "entre le 1er et le 15 juillet", "between 1 and 15 July": the article before each day too
    r"|(?:between|entre)\s+(?:(?:le|el|o)\s+)?(?P<d5>{DAY})\s+(?:and|et|y|e)\s+(?:(?:le|el|o)\s+)?(?P<d6>{DAY})"
    r"\s+(?:de\s+)?(?P<m3>{MONTH})(?:(?:,?\s+|\s+de\s+)(?P<y2>{YEAR}))?"
    # "3 a 7 de julho", "12 al 15 de diciembre", "14 au 18 juin", "3 to 7 November": the range without its `from`, as
    # agendas and lists print it
    r"|(?<![\w,.])(?P<d7>{DAY})\s+(?:to|al|au|a|à|até)\s+(?P<d8>{DAY})\s+(?:de\s+)?(?P<m4>{MONTH})"
    r"(?:(?:,?\s+|\s+de\s+)(?P<y3>{YEAR}))?",
)
def from_to_days(parts: Parts, ctx: Context) -> Value | None:
    month = dm.word("month", parts.first("m1", "m2", "m3", "m4"))
    year = parts.first("y", "y2", "y3")
    first, last = parts.first("d1", "d3", "d5", "d7"), parts.first("d2", "d4", "d6", "d8")
    return dm.day_range(ctx, month, dm.leading_int(first), dm.leading_int(last), int(year) if year else None)


# A fiscal year said to run over months names its calendar, not a span of them.
@cache
def _calendar_runs() -> re.Pattern:
    return re.compile(rf"\b{fiscal_adjectives()}\s+year\b[^.;]{{0,40}}?\bruns?\s+$", re.IGNORECASE)


@rule(
    "month_range",
    r"(?:{RANGE_FROM})\s+(?P<m9>{MONTH})\s+(?:de\s+)?(?P<y9>{YEAR})\s+(?:{RANGE_TO})\s+(?P<m10>{MONTH})"
    r"\s+(?:de\s+)?(?P<y10>{YEAR})(?![\d-])"
    r"|(?P<m11>{MONTH})\s+(?:de\s+)?(?P<y11>{YEAR})(?:\s*[-–]\s*|\s+(?!{RANGE_AND})(?:{RANGE_TO})\s+)"
    r"(?P<m12>{MONTH})\s+(?:de\s+)?(?P<y12>{YEAR})(?![\d-])"
    r"|(?P<m1>{MONTH})(?:\s*[-–]\s*|\s+(?!{RANGE_AND})(?:{RANGE_TO})\s+)(?P<m2>{MONTH}),?\s+(?:de\s+)?(?P<y>{YEAR})"
    r"|(?:(?:{RANGE_FROM})\s+|\bd['’])(?P<m3>{MONTH})\s+(?:{RANGE_TO})\s+(?P<m4>{MONTH})"  # d'avril: French elision
    r"(?!\s+\d{1,2}\b)(?:,?\s+(?:de\s+)?(?P<y2>{YEAR})|\s+(?:of\s+)?(?P<yw>last|this|next)\s+year\b)?"
    r"|(?P<m5>{MONTH})\s*[-–/]\s*(?P<m6>{MONTH})(?=\s+(?:period|quarter|months|season|window)\b)"
    r"|(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\ben\s)|(?<=\bem\s)|(?<=\bdurante\s)"
    r"|(?<=\bperiodo\s)|(?<=\bperíodo\s)|(?<=\bpériode\s)|(?<=\btrimestre\s)|(?<=\bsemestre\s)"
    r"|(?<=\bde\s)|(?<=\bdu\s)|(?<=\bdo\s)|(?<=\bda\s)|(?<=\bof\s)|(?<=\bd['’]))"  # "la cosecha de septiembre-octubre"
    r"(?P<m7>{MONTH})\s*[-–]\s*(?P<m8>{MONTH})\b(?!\s*\d)"
    r"(?:\s+(?:of\s+)?(?P<yw2>last|this|next)\s+year\b)?",
)
def month_range(parts: Parts, ctx: Context) -> Value | None:
    """January-March 2024, from April to June 2023, between July 2005 and June 2010, April 2020-March 2021 (julio
    de 2015 a junio de 2016), between June and December (next year), the July-September period, in
    January-November (of this year)."""
    if parts.first("y9", "y11"):
        first_month, last_month = (
            dm.word("month", parts.first("m9", "m11")),
            dm.word("month", parts.first("m10", "m12")),
        )
        first_year, last_year = int(parts.first("y9", "y11")), int(parts.first("y10", "y12"))
        if (first_year, first_month) > (last_year, last_month):
            return None
        return dm.month_span(first_year, first_month)[0], dm.month_span(last_year, last_month)[1], "month"
    first = dm.word("month", parts.first("m1", "m3", "m5", "m7"))
    last = dm.word("month", parts.first("m2", "m4", "m6", "m8"))
    year_text = parts.first("y", "y2")
    if parts.get("m3") and not year_text and _calendar_runs().search(ctx.text, max(0, ctx.start - 60), ctx.start):
        return None  # "the financial year, which in Tonga runs from July to June": a calendar, no date
    if year_text:
        end_year = int(year_text)
        start_year = end_year - 1 if first > last else end_year  # December-February 2024 ends in 2024
    elif parts.first("yw", "yw2") and ctx.pub is not None:  # between June and December next year
        start_year = ctx.pub.year + dm.word("offset", parts.first("yw", "yw2"))
        end_year = start_year + 1 if first > last else start_year
    elif ctx.pub is None:
        return dm.null("month")
    elif first == 1 < last < ctx.pub.month and _FIGURE_BEFORE.search(ctx.text, max(0, ctx.start - 100), ctx.start):
        start_year = end_year = ctx.pub.year  # "shipped 9,400 tonnes in January-August": the year's figures so far
    else:
        start_year = dm.nearest_year(ctx.pub, first, None, ctx.future)
        if not ctx.tense_stated:
            # with no word of tense, a span that ended months before publication yields to the one starting a few
            # weeks ahead, as a bare month does ("Jordan gets the water from April to September" in February); one
            # under way or just over stays ("From January to July, remittances totaled ..." in September)
            ended = dm.month_span(start_year + (1 if first > last else 0), last)[1]
            if (ctx.pub - ended).days > _SPAN_OVER_DAYS and not past_verb_after(ctx.text, (ctx.start, ctx.end)):
                start_year = dm.nearest_year(ctx.pub, first, None, ctx.future, False)
        end_year = start_year + 1 if first > last else start_year
    return dm.month_span(start_year, first)[0], dm.month_span(end_year, last)[1], "month"


# Days since a span of months without a year ended beyond which, with no word of tense, it is no longer the one meant.
_SPAN_OVER_DAYS = 120


# A figure earlier in the sentence of a span of months ("shipped 9,400 tonnes ... in January-August").
_FIGURE_BEFORE = re.compile(r"\d[^.;!?]*$")


# The last day of a span of two days: Jan. 3-4, December 2 and 3 (not a count after `and`: "May 5 and 6 people").
_SECOND_DAY = (
    r"\s*(?:[-–]|(?:and|&|y|et|e)(?=\s*\d+(?:st|nd|rd|th)?\b(?!\s*%|\s+(?!(?:{MONTH_PREPOSITION}|at|on|of|to|for|with"
    r"|when|as|the|a|was|were|will|respectively|de|{MONTH})\b)(?-i:[a-z]+)\b)))\s*(?P<d2>{DAY})"
)


# Days listed with commas before the last pair: "24, 25 and 26 October", "October 24, 25 and 26", "los días 3, 4 y 5
# de mayo", "les 1er, 2 et 3 décembre"; with the pair, one span from the first day to the last.
_DAY_LIST = r"(?:\s*,\s*{DAY}(?![\d.]\d)){1,5}(?=\s*,?\s*(?:and|&|y|et|e)\s*\d)"


@rule(
    "month_day",
    rf"(?:(?P<wd>{{WEEKDAY}}),?\s+)?(?P<m>{{MONTH}})\s*(?P<d1>{{DAY}})(?:{_DAY_LIST})?(?:{_SECOND_DAY})?"
    r"(?!\s*(?:%|per\s*cent|percent|[-–]\d)|(?!\s+{YEAR}(?![\d,.]\d))\s*\d)"
    r"(?:(?:,?\s+|\s+of\s+)(?P<y>{YEAR})|\s+(?:of\s+)?(?P<yw>last|this|next)\s+year)?"
    r"(?![\d,.]\d)",
)
def month_day(parts: Parts, ctx: Context) -> Value | None:
    """(Mon, ) Jan. 3(-4)(, 2019), December 16 of 2015, January 1 2005 (a year without its comma, as papers
    print it; no other number after the day: "May 5 300 people"); October 24, 25 and 26."""
    return dm.days_of(parts, ctx) if _listed_days_follow(parts) else _listed_days(parts, ctx)


@rule(
    "week_of_day",
    r"(?:the\s+)?week\s+of\s+(?P<m>{MONTH})\s*(?P<d1>{DAY})(?!\s*[-–]?\d)(?:,?\s+(?P<y>{YEAR}))?(?![\d,.]\d)",
)
def week_of_day(parts: Parts, ctx: Context) -> Value | None:
    """The week of Jan. 14 (, 2002): Monday to Sunday of the week that holds that day."""
    day = dm.days_of(parts, ctx)
    if day is None or day[0] is None:
        return dm.null("week") if day is not None else None
    monday = day[0] - timedelta(days=day[0].weekday())
    return monday, monday + timedelta(days=6), "week"


# A day written as an ordinal word, as a broadcast transcript spells it: September second, the twenty-first of
# June; not an ordinal of something else ("May second-quarter", "April third largest").
_NOT_A_DAY_AFTER = r"(?![\w'’-])(?!\s+(?:quarter|half|round|place|time|term|largest|biggest|highest|lowest)\b)"
_YEAR_AFTER = r"(?:(?:,?\s+|\s+of\s+)(?P<y{n}>{{YEAR}})|\s+(?:of\s+)?(?P<yw{n}>last|this|next)\s+year)?"


@rule(
    "day_in_words",
    rf"(?P<m>{{MONTH}})\s+(?P<o>{{DAY_ORDINAL}}){_NOT_A_DAY_AFTER}{_YEAR_AFTER.format(n='')}"
    rf"|(?:the\s+)?(?P<o2>{{DAY_ORDINAL}})\s+of\s+(?P<m2>{{MONTH}})(?![\w'’-]){_YEAR_AFTER.format(n='2')}",
)
def day_in_words(parts: Parts, ctx: Context) -> Value | None:
    """September second (of last year), the twenty-first of June (1990)."""
    month = dm.word("month", parts.first("m", "m2"))
    year = int(parts.first("y", "y2")) if parts.first("y", "y2") else None
    if parts.first("yw", "yw2"):
        if ctx.pub is None:
            return dm.null("day")
        year = ctx.pub.year + dm.word("offset", parts.first("yw", "yw2"))
    return dm.day_range(ctx, month, dm.word("day_ordinal", parts.first("o", "o2")), None, year)


# A day of the month said by its ordinal alone, after `on the`, `by the` ... ("opens on the 13th", "On the 25th the
# people will decide"): not an ordinal before its noun ("on the 13th floor", "by the 20th century").
_DAY_ALONE_LEAD = re.compile(r"\b(?:on|by|until|till|from|since|before|after)\s+the\s$", re.IGNORECASE)
# What may follow it: a stop, a conjunction, a pronoun or determiner that opens a clause, or an auxiliary.
_DAY_ALONE_FOLLOWERS = (
    "and|or|but|at|when|while|as|the|we|he|she|they|it|I|you|there|was|were|is|are|will|would|had|has"
)
_DAY_ALONE_END = rf"(?=[ \t]*(?:[.,;:!?)\"'”’]|$)|\s+(?:{_DAY_ALONE_FOLLOWERS})\b)"


@rule("day_of_the_month", rf"(?<=\bthe\s)(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th){_DAY_ALONE_END}")
def day_of_the_month(parts: Parts, ctx: Context) -> Value | None:
    """On the 14th: that day of the month of the day or month said before ("the referendum on April 25 ... on the
    26th"; the next month's when the sentence looks ahead to a day before it), else the nearest such day to
    publication in the sentence's tense."""
    if not _DAY_ALONE_LEAD.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return None
    day = int(parts.get("d"))
    if ctx.anchor is not None and ctx.anchor_granularity in {"day", "month"}:
        base, ahead = ctx.anchor, ctx.future and day < ctx.anchor.day
    elif ctx.pub is not None:
        base, ahead = ctx.pub, ctx.future and day < ctx.pub.day
        if not ctx.future and day > ctx.pub.day:  # in the past: last month's
            base = base.replace(day=1) - timedelta(days=1)
    else:
        return dm.null("day")
    if ahead:
        base = dm.month_span(base.year, base.month)[1] + timedelta(days=1)
    found = dm.safe_day(base.year, base.month, day)
    return (found, found, "day") if found else None


@rule(
    "day_month",
    rf"(?:(?P<wd>{{WEEKDAY}}),?\s+)?(?:the\s+)?(?P<d1>{{DAY}})(?:{_DAY_LIST})?(?:{_SECOND_DAY})?"
    r"\s+(?:of\s+|de\s+)?(?P<m>{MONTH})"
    r"(?:(?:,?\s+|\s+de\s+)(?P<y>{YEAR})|\s+(?:of\s+)?(?P<yw>last|this|next)\s+year)?(?!\d)",
)
def day_month(parts: Parts, ctx: Context) -> Value | None:
    """(Monday, ) 3(-4) (of) January (2019), 4 de julio de 2023, le 3 mars 2021, les 24, 25 et 26 octobre."""
    return dm.days_of(parts, ctx) if _listed_days_follow(parts) else _listed_days(parts, ctx)


def _listed_day_numbers(parts: Parts) -> list[re.Match]:
    match, prefix = parts.match, parts.prefix
    return list(_DAY_NUMBER.finditer(match.string, match.start(prefix + "d1"), match.end(prefix + "d2")))


def _listed_days_follow(parts: Parts) -> bool:
    """Days listed with commas are one span only when each follows the one before ("les 24, 25 et 26 octobre")."""
    if not parts.get("d2"):
        return True
    days = [int(n.group()) for n in _listed_day_numbers(parts)]
    return len(days) < 3 or all(b == a + 1 for a, b in zip(days, days[1:], strict=False))


def _listed_days(parts: Parts, ctx: Context) -> list | None:
    """ "The rounds of 3, 10 and 17 October", "October 3, 10 and 17": a mention per day, each in the list's month
    and year; the first holds what opens the match, the last what closes it."""
    if parts.get("yw"):
        return None
    month, year = dm.word("month", parts.get("m")), int(parts.get("y")) if parts.get("y") else None
    numbers = _listed_day_numbers(parts)
    found = []
    for n, number in enumerate(numbers):
        value = dm.day_range(ctx, month, int(number.group()), None, year)
        if value is None:
            return None
        start = parts.match.start() if n == 0 else number.start()
        found.append(((start, parts.match.end() if n == len(numbers) - 1 else number.end()), value))
    return found


_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


@rule(
    "part_of_year",
    r"the\s+(?P<pos>first|last|final|second)\s+(?:(?P<n>{NUMBER}|\d{1,2})\s+months|(?P<half>half))\s+of\s+"
    r"(?:(?:calendar\s+)?(?P<y>{YEAR})(?![-–/]\d)|(?P<w>{OFFSET})\s+year|the\s+(?P<w2>current|previous)\s+year|the\s+(?P<the>year)\b)"
    r"|the\s+first\s+(?P<n2>{NUMBER}|\d{1,2})\s+months\b(?!\s+(?:of|after|since|following|from|in)\b)"
    rf"(?!{PERIOD_EDGE_WORD})",
)
def part_of_year(parts: Parts, ctx: Context) -> Value | None:
    """The first ten months of 2017, the final three months of 1997, the first half of last year; the first nine
    months (of the year)."""
    n = 6 if parts.get("half") else dm.number(parts.first("n", "n2"))
    if not n or n > 12:
        return None
    first_month = 1 if (parts.get("pos") or "first").lower() == "first" else 13 - n
    offset_word = parts.first("w", "w2")
    if parts.get("y"):
        year = int(parts.get("y"))
    elif ctx.pub is None:
        return dm.null("month")
    elif offset_word:
        year = ctx.pub.year + dm.word("offset", offset_word)
    else:
        year = year_of_the_months(ctx, first_month, n)
    return (*dm.months_span(year, first_month, n), "month")


def year_of_the_months(ctx: Context, first_month: int, n: int) -> int:
    """The year of `n` months from `first_month` "of the year": this year, or last year's when a past-tense report
    is on months not yet over (a publication date is known)."""
    return ctx.pub.year - (not ctx.future and dm.months_span(ctx.pub.year, first_month, n)[1] >= ctx.pub)


def _named_month(parts: Parts, ctx: Context) -> tuple[int, int] | None:
    """The year and number of the month named ("March", "March 1999"): a month without a year is the nearest one
    by tense; None without a publication date."""
    month = dm.word("month", parts.get("m"))
    if parts.get("y"):
        return int(parts.get("y")), month
    return None if ctx.pub is None else (dm.nearest_year(ctx.pub, month, None, ctx.future), month)


@rule(
    "week_of_month",
    r"the\s+(?P<pos>first|second|third|fourth|last)\s+week\s+of\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
)
def week_of_month(parts: Parts, ctx: Context) -> Value | None:
    """The first (second ...) week of March: a week runs Monday to Sunday (the guidelines), and a month's first week
    is the first that has most of its days in the month (as ISO 8601 counts a year's); the last, its last seven
    days (as writers read it)."""
    named = _named_month(parts, ctx)
    if named is None:
        return dm.null("week")
    first, last = dm.month_span(*named)
    position = parts.get("pos").lower()
    if position == "last":
        return last - timedelta(days=6), last, "day"
    monday = first - timedelta(days=first.weekday())
    monday = monday if first.weekday() <= 3 else monday + timedelta(days=7)
    start = monday + timedelta(days=7 * (dm.word("quarter_ordinal", position) - 1))
    return start, start + timedelta(days=6), "day"


@rule("day_of_month_edge", r"the\s+(?P<pos>first|last|final)\s+day\s+of\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?")
def day_of_month_edge(parts: Parts, ctx: Context) -> Value | None:
    """The last day of February, the first day of March (1999): that day."""
    named = _named_month(parts, ctx)
    if named is None:
        return dm.null("day")
    first, last = dm.month_span(*named)
    day = first if parts.get("pos").lower() == "first" else last
    return day, day, "day"


# A year or `last year's` before the ordinal: 1997's fourth quarter, the 1997 fourth quarter.
_YEAR_BEFORE = r"(?:(?P<y4>{YEAR})(?:['’]s)?\s+|(?P<w4>last|this|next)\s+year['’]s\s+)?"


@rule(
    "quarter",
    rf"(?:the\s+)?{_YEAR_BEFORE}(?:fiscal\s+)?(?P<o>{{QUARTER_ORDINAL}})[-\s](?:fiscal\s+)?quarter(?!ly\b)(?!{PERIOD_EDGE_WORD})"
    r"(?:\s+of\s+(?:(?P<y>{YEAR})|(?:the\s+)?(?P<w>{OFFSET})\s+year\b(?!\s*[-–]))|,?\s+(?P<y3>{YEAR}))?"
    r"|(?:the\s+)?(?:latest|most\s+recent)\s+quarter|Q(?P<n>[1-4])(?:\s+of)?\s*(?P<y2>{YEAR})"
    r"|(?P<n7>[1-4])Q(?P<y7>\d\d)(?![\w-])"
    # a quarter without its year needs the preposition that leads a date in ("from Q4", "during Q1-Q2"): a `Q4`
    # alone may be a model's name; not one of a fiscal year said after it ("Q2 of FY 2015-16")
    r"|(?:{MONTH_PREPOSITION})\s+Q(?P<n5>[1-4])(?:\s*[-–/]\s*Q(?P<n6>[1-4]))?(?![\w-])"
    r"(?!\s*(?:of\s+)?(?:the\s+)?(?:FY|{FISCAL_ADJECTIVE}|{YEAR}))",
)
def quarter(parts: Parts, ctx: Context) -> Value | None:
    """The third quarter of 2022 (of the current year), Q3 2022, 3Q17, 1997's fourth quarter, fourth-quarter
    (profit); without a year, the nearest such quarter in the tense (of the fiscal year the article states, if it
    does; the adjective of figures, the latest begun), and so `in Q4`, `during Q1-Q2`; the latest quarter is the
    last one ended."""
    if parts.get("n5"):
        return _bare_quarters(parts, ctx)
    ordinal = parts.get("o")
    n = (
        int(parts.first("n", "n7"))
        if parts.first("n", "n7")
        else dm.word("quarter_ordinal", ordinal)
        if ordinal
        else None
    )
    year_text = parts.first("y", "y2", "y3", "y4") or (parts.get("y7") and str(2000 + int(parts.get("y7"))))
    offset_word = parts.first("w", "w4")
    first_month = 3 * n - 2 if n else None
    if year_text:
        year = int(year_text)
    elif ctx.pub is None:
        return dm.null("quarter")
    elif offset_word:
        year = ctx.pub.year + dm.word("offset", offset_word)
    elif n is None or (ordinal.lower() in {"last", "final"} and not parts.match.group().lower().startswith("the")):
        return dm.relative_unit(ctx.pub, "quarter", -1)  # "last quarter", "the latest quarter": the one before
    else:
        if ordinal and (stated := stated_start_near(ctx)) is not None:
            first_month = (stated - 1 + 3 * (n - 1)) % 12 + 1  # the quarter of the company's fiscal year
        if ctx.text.startswith("-", parts.match.end(parts.prefix + "o")):  # "a fourth-quarter loss": figures
            year = dm.reported_period_year(ctx.pub, first_month, 3, ctx.future)
        else:
            year = dm.period_year(ctx, first_month, 3)
    return (*dm.months_span(year, first_month, 3), "quarter")


def _bare_quarters(parts: Parts, ctx: Context) -> Value | None:
    """`in Q4`, `during Q1-Q2`: the quarter or run of quarters nearest in the tense, as `the fourth quarter`."""
    first, last = int(parts.get("n5")), int(parts.get("n6") or parts.get("n5"))
    if last < first:
        return None
    if ctx.pub is None:
        return dm.null("quarter")
    year = dm.period_year(ctx, 3 * first - 2, 3)
    return (*dm.months_span(year, 3 * first - 2, 3 * (last - first + 1)), "quarter")


@rule(
    "period_of_year",
    r"(?:(?P<y4>{YEAR})(?:['’]s)?\s+)?(?P<o>{QUARTER_ORDINAL})[-\s](?P<p>{PERIOD_NOUN})(?!\s+(?:of|de|del|do|da)\s+(?:the|la|le|los|las|les|os|as)\b)"
    rf"(?!{PERIOD_EDGE_WORD})"
    r"(?:,?\s+(?:(?:of|de|del|do|da|in)\s+)?(?:(?P<y>{YEAR})|(?P<yp>{YEAR_PHRASE})))?",
)
def period_of_year(parts: Parts, ctx: Context) -> Value | None:
    """El tercer trimestre del presente año, le premier semestre 2021, the second half: a quarter or half year;
    without a year, the nearest one in the sentence's tense."""
    n, months = dm.word("quarter_ordinal", parts.get("o")), dm.word("period_noun", parts.get("p"))
    if n * months > 12:
        return None
    first_month, granularity = (n - 1) * months + 1, "quarter" if months == 3 else "month"
    if parts.first("y", "y4"):
        year = int(parts.first("y", "y4"))
    elif ctx.pub is None:
        return dm.null(granularity)
    elif parts.get("yp"):
        year = ctx.pub.year + dm.word("year_phrase", " ".join(parts.get("yp").split()).replace("’", "'"))
    else:
        year = dm.period_year(ctx, first_month, months)
    return (*dm.months_span(year, first_month, months), granularity)


@rule("half_code", r"H(?P<h>[12])\s*(?:of\s+)?(?P<y>{YEAR})(?![\d-])|(?P<h2>[12])H\s*(?P<y2>{YEAR})(?![\d-])")
def half_code(parts: Parts, ctx: Context) -> Value | None:
    """H1 2024, 2H 2023: a half year."""
    half, year = int(parts.first("h", "h2")), int(parts.first("y", "y2"))
    return (*dm.months_span(year, 6 * half - 5, 6), "month")


def _season(name: str, year: int) -> Value:
    return (*dm.months_span(year, dm.word("season", name), 3), "season")


@rule(
    "season_anaphor",
    r"(?<=\bthe\s)(?P<o>{SEASON_ANAPHOR_BEFORE})\s+(?P<s>{SEASON})\b(?!\s+(?:of|session|games|olympics)\b)"
    r"|(?<![\w'’-])(?P<t>{SEASON_ANAPHOR})\s+(?P<s2>{SEASON})\b(?![-'’]|\s+(?:session|games|olympics)\b)"
    r"|(?:(?:{SEASON_PREPOSITION})\s*(?<=['’\s]))?(?:l['’]|el\s+|la\s+|le\s+|o\s+|a\s+)?(?P<s3>{SEASON})\s+(?P<o3>{SEASON_ANAPHOR_AFTER})\b"
    r"|(?:the\s+)?(?P<s4>{SEASON})\s+of\s+(?:that|the\s+same)\s+year\b(?![-'’])"
    r"|(?:(?:{MONTH_PREPOSITION})\s+)?(?P<m>{MONTH})\s+(?:of\s+)?(?:that|the\s+same)\s+year\b(?![-'’])"
    r"|(?<![\w'’-])(?i:that)\s+(?:same\s+)?(?P<u>year|month)\b(?![-'’])",
)
def season_anaphor(parts: Parts, ctx: Context) -> Value | None:
    """That summer, the following spring, the previous winter, the autumn of that year, August that year, that same
    year, ese verano, l'été
    suivant, o verão seguinte: said of the date the story told last, not of publication (`season_anaphor`,
    `season_anaphor_before`, `season_anaphor_after` of date_words.csv); with no date told before, unknown."""
    unit = "month" if parts.get("m") or parts.get("u") == "month" else "season" if not parts.get("u") else "year"
    base = ctx.anchor_value if ctx.anchor is not None else None
    if base is None or dm.GRANULARITIES.index(base[2]) > dm.GRANULARITIES.index("year"):
        return dm.null(unit)
    first, last, _ = base
    if parts.get("u"):
        return dm.relative_unit(first, parts.get("u"), 0)
    if parts.get("m"):
        return dm.month_value(first.year, dm.word("month", parts.get("m")))
    name = parts.first("s", "s2", "s3", "s4")
    first_month = dm.word("season", name)
    said = parts.first("o", "o3")
    offset = 0 if said is None else dm.word("season_anaphor_before" if parts.get("o") else "season_anaphor_after", said)
    if offset == 0:
        # that winter, said of January: the winter under way then
        year = (
            first.year - 1
            if first_month + 2 > 12 and first.month <= first_month + 2 - 12 and base[2] != "year"
            else first.year
        )
        return _season(name, year)
    if offset > 0:
        year = next(y for y in (last.year - 1, last.year, last.year + 1) if date(y, first_month, 1) > last)
        return _season(name, year)
    year = next(
        y
        for y in (first.year + 1, first.year, first.year - 1, first.year - 2)
        if dm.months_span(y, first_month, 3)[1] < first
    )
    return _season(name, year)


@rule(
    "season",
    r"(?:the\s+)?(?P<s>{SEASON})\s+(?:of\s+|de\s+)?(?P<y>{YEAR})"
    r"|(?:the\s+)?(?P<s6>{SEASON})\s+of\s+(?:(?P<w6>last|this|next)\s+year\b|['’](?P<yy>\d\d)(?![\w'’]))"
    r"|(?P<w>{OFFSET})\s+(?P<s2>{SEASON})(?!\s+(?:of|games|olympics)\b)"
    r"|\b(?:in|during|over|through|until|by|since|for|into)\s+(?:at\s+least\s+)?"
    r"(?:the\s+(?:(?:early|late|mid)[-\s]?)?|(?:early|late|mid)[-\s]?)"
    r"(?P<s3>{SEASON})(?!\s+(?:of|session|\w+\s+(?:games|olympics)))\b"
    r"(?:\s+season\b)?"
    r"|(?<=\bbefore\s)the\s+(?P<s5>{SEASON})(?!\s+(?:of|session|\w+\s+(?:games|olympics)))\b"
    r"|(?<![\w'’])(?:{SEASON_PREPOSITION})\s*(?<=['’\s])(?P<s4>{SEASON})(?:\s+(?:(?:de|of)\s+)?(?P<y4>{YEAR}))?(?![\w'’-])",
)
def season(parts: Parts, ctx: Context) -> Value | None:
    """Summer 2019, last winter, in the spring, (before) the summer, the spring of last year, the summer of '96; au
    printemps, en el verano de 2020, d'ici l'été; a part of a season is the season, as in TIMEX3 (`in early summer`,
    `in the late spring`, `by midsummer`, `until at least the autumn`)."""
    if parts.first("y", "y4"):
        return _season(parts.first("s", "s4"), int(parts.first("y", "y4")))
    if parts.get("yy"):  # the summer of '96: the century that puts it on or before publication
        short, this_year = int(parts.get("yy")), (ctx.pub or date(2000 + int(parts.get("yy")), 1, 1)).year
        year = this_year // 100 * 100 + short
        return _season(parts.get("s6"), year - 100 if year > this_year else year)
    if ctx.pub is None:
        return dm.null("season")
    if parts.get("w6"):  # the spring of last year
        return _season(parts.get("s6"), ctx.pub.year + dm.word("offset", parts.get("w6")))
    name = parts.first("s2", "s3", "s4", "s5")
    found = parts.match
    if (
        parts.get("s2")
        and _A_FALL_IN.match(found.string, found.end())
        and _DETERMINER_BEFORE.search(found.string, max(0, found.start() - 8), found.start())
    ):
        return None  # "the last fall in interest rates", "its next fall in value": a drop, no season
    first_month = dm.word("season", name)
    offset = dm.word("offset", parts.get("w")) if parts.get("w") else None
    if offset is None and _noun_after_season().match(ctx.text, ctx.end):
        return None  # "kits for winter refugees", "flights in the winter schedule": a kind of thing, no date
    if offset is None and not ctx.future and _in_a_habitual_sentence(ctx):
        return None  # "the rains usually come in the summer": a time of any year, no date
    # a season something is to be done before lies ahead, as one it is to be done by ("asked them to ease visas before
    # the summer")
    ahead = ctx.future or _SEASON_AHEAD.match(parts.match.group()) is not None or parts.get("s5") is not None
    if offset is None and not ahead and (year := _earlier_year_of_the_sentence(ctx)) is not None:
        return _season(name, year)  # "fell in the first half of 2009, then recovered in the autumn"
    return _season(name, dm.season_year(ctx.pub, first_month, offset, ahead, ctx.no_past_verb))


@cache
def _noun_after_season() -> re.Pattern:
    """A noun right after a season it qualifies (`season_noun_follow` of date_words.csv: months, semester, schedule,
    kits, repairs): "in the winter months", "for winter repairs", "the summer recess" name a kind of time or thing,
    no date of one year."""
    nouns = sorted((w.word for w in date_words("season_noun_follow")), key=len, reverse=True)
    return re.compile(rf"[^\S\n]+(?:{'|'.join(map(re.escape, nouns)) or '(?!)'})(?![\w'’-])", re.IGNORECASE)


def _in_a_habitual_sentence(ctx: Context) -> bool:
    """A clause of what happens as a rule (`habitual` of date_cues.csv: usually, typically, every year, suele,
    généralement, costuma): a season it names is that time of any year (TIMEX3: no date); one said ahead is not."""
    start, end = sentence_around(ctx.text, (ctx.start, ctx.end))
    start = max(start, ctx.text.rfind(";", start, ctx.start) + 1)  # its own clause ("...cada año; la próxima ...")
    clause_end = ctx.text.find(";", ctx.end, end)
    return cue("habitual").search(ctx.text, start, end if clause_end < 0 else clause_end) is not None


# A season after last/this/next is one whatever place follows ("last summer in Bangkok"); but a determiner before
# the offset makes `fall in` a noun and its object ("the last fall in prices").
_A_FALL_IN = re.compile(r"(?<=[Ff]all)\s+in\b")
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:the|a|its|their|his|her|our|another)\s+$", re.IGNORECASE)


def _earlier_year_of_the_sentence(ctx: Context) -> int | None:
    """The year of a date of a past year said earlier in the season's sentence (a year or a span within it)."""
    if not ctx.anchor_in_sentence or ctx.anchor_value is None or ctx.pub is None:
        return None
    first, last, granularity = ctx.anchor_value
    if granularity not in _WITHIN_A_YEAR or first.year != last.year or first.year >= ctx.pub.year:
        return None
    return first.year


_WITHIN_A_YEAR = frozenset({"year", "quarter", "month"})


# A season a span runs into or until, or one to be reached by, before or in time for, is ahead or under way ("heading
# into autumn", "back in time for the summer", "ahead of the winter").
_SEASON_AHEAD = re.compile(r"(?:into|until|till|by|before|ahead\s+of|in\s+time\s+for)\b", re.IGNORECASE)


@rule("decade_part", r"(?:the\s+)?(?P<p>{PART})[-\s](?P<y>1[89]\d0|20\d0)s\b")
def decade_part(parts: Parts, ctx: Context) -> Value | None:
    """The early 2000s: the decade (its part is a modifier, as in TIMEX3)."""
    first = int(parts.get("y"))
    return date(first, 1, 1), date(first + 9, 12, 31), "decade"


@rule(
    "edge_of_month",
    r"(?:the\s+)?(?:end|beginning|start|middle|close|month|(?:first|last|final|closing|opening)\s+(?:days|weeks)"
    r"|(?P<half>first|second|latter)\s+half)"
    r"\s+of\s+(?:(?P<m>{MONTH})"
    r"(?:,?\s+(?P<y>{YEAR})|\s+(?:of\s+)?(?P<yw>last|this|next)\s+year)?{NO_DAY_AFTER}"
    # the edge of a year written out ("by the end of 2019", "the start of 2020"), not of a span of years
    r"|(?<!month\sof\s)(?<!half\sof\s)(?P<ye>{YEAR})(?![-–/]\d|[\w%]|[.,]\d))",
)
def edge_of_month(parts: Parts, ctx: Context) -> Value | None:
    """The end of July, the month of April, the last days of February: the month (an edge is a modifier). A half of
    a month is a span of its days: the first half of May the 1st to the 15th, the second (latter) half the 16th to
    the last. The end of 2019, the start of 2020: the year (TIMEX3 reads the edge as a modifier too)."""
    if parts.get("ye"):
        return dm.year_value(int(parts.get("ye")))
    value = _month_of(parts, ctx)
    half = parts.get("half")
    if not half or value is None or value[0] is None:
        return value
    first, last, _ = value
    if half.casefold() == "first":
        return first, first.replace(day=15), "day"
    return first.replace(day=16), last, "day"


@rule(
    "month_part",
    r"(?:(?P<p>{PART})[-\s]|end-)(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR})|\s+(?:of\s+)?(?P<yw>last|this|next)\s+year)?{NO_DAY_AFTER}",
)
def month_part(parts: Parts, ctx: Context) -> Value | None:
    """Early October (2025), end-July: the month."""
    return _month_of(parts, ctx)


def _month_of(parts: Parts, ctx: Context) -> Value | None:
    month = dm.word("month", parts.get("m"))
    if parts.get("y"):
        return dm.month_value(int(parts.get("y")), month)
    if parts.get("yw"):  # early January next year
        return dm.month_value(ctx.pub.year + dm.word("offset", parts.get("yw")), month) if ctx.pub else dm.null("month")
    return dm.bare_month(ctx, month)


@rule("year_part", r"(?:(?P<p>{PART})[-\s]|end-)(?P<y>{YEAR})(?![-–]\d)")
def year_part(parts: Parts, ctx: Context) -> Value | None:
    """Early 2022, end-2021: the year."""
    return dm.year_value(int(parts.get("y")))


@rule(
    "month_year",
    r"(?P<m>{MONTH}),?\s+(?:of\s+|de\s+)?(?:(?P<y>{YEAR})(?![-–]\d)|(?<=\s)['’](?P<yy>\d\d)(?![\w'’%]|[.,]\d))",
)
def month_year(parts: Parts, ctx: Context) -> Value | None:
    """July 2019, March of 2020; and a wire's or a transcript's year in two digits after an apostrophe (`May '95`,
    `April of '96`), in the century that puts it on or before publication."""
    month_ = dm.word("month", parts.get("m"))
    if parts.get("yy") is None:
        return dm.month_value(int(parts.get("y")), month_)
    short = int(parts.get("yy"))
    this_year = ctx.pub.year if ctx.pub is not None else 2000 + short
    year = this_year // 100 * 100 + short
    return dm.month_value(year - 100 if year > this_year else year, month_)
