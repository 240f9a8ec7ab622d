"""The date grammar, continued: lists of months, spans of years, decades and years in words.
Registered after `date_rules` and before `date_rules_relative` (order matters).
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.extract import date_math as dm
from pipelines.extract import date_names
from pipelines.extract.date_math import Context, DateRule, Parts, Value, registry
from pipelines.knowledge.calendars import date_cues

RULES: list[DateRule] = []
rule = registry(RULES)


_LIST_SEPARATOR = re.compile(r"\s*(?:,|\band\b|\bor\b|&|\by\b|\be\b|\bet\b)\s*", re.I)


@rule(
    "month_list",
    r"(?P<ms>{MONTH}(?:\s*,\s*{MONTH}){0,10},?\s+(?:and|or|&|y|e|et)\s+{MONTH}),?\s+(?:de\s+)?(?P<y>{YEAR})(?![-–]\d)",
)
def month_list(parts: Parts, ctx: Context) -> list | None:
    """June, July and August 2023: one mention per month, each in the list's year."""
    year, found, position = int(parts.get("y")), [], parts.match.start(parts.prefix + "ms")
    for piece in _LIST_SEPARATOR.split(parts.get("ms")):
        offset = ctx.text.index(piece, position)
        position = offset + len(piece)
        if piece:
            found.append(((offset, position), dm.month_value(year, dm.word("month", piece))))
    found[-1] = ((found[-1][0][0], parts.match.end()), found[-1][1])  # the last month carries the year
    return found


@rule(
    "year_span",
    r"(?:(?:from|between|de|desde|entre)\s+)?(?P<f1>{YEAR})[-–/](?P<f2>\d{2})\s+"
    r"(?:{RANGE_TO})\s+(?P<f3>{YEAR})[-–/](?P<f4>\d{2})(?![\d/-])"
    r"|(?P<y1>{YEAR})(?:\s*[-–]\s*|(?<![/.]\d{4})(?P<slash>/))(?P<y2>\d{2}|{YEAR})(?![\d/-])"
    r"|(?:between|entre)\s+(?P<y3>{YEAR})\s+(?:{RANGE_AND})\s+(?P<y4>{YEAR})"
    r"|(?:from|de|desde|depuis)\s+(?P<y5>{YEAR})\s+(?:to|till|until|through|a|à|al|hasta|até)\s+(?P<y6>{YEAR})"
    r"|(?P<y7>{YEAR})\s+(?:to|through|a|à|al)\s+(?P<y8>{YEAR})",
)
def year_span(parts: Parts, ctx: Context) -> Value | None:
    """2018-20, between 2025 and 2027 (entre 2014 y 2016), (from) 2010 to 2015 (de 2017 a 2021), from 2010 until
    2044 (without `from`, "extended in 2010 until 2044" says two years: when, and until when); `2022-23`
    (`2022/23`) is a fiscal year where the state writes them so; from 2011/12 to 2014/15 is one span of them."""
    longest = 100  # years a span may cover; a short second part (`2019-10`, a month?) spans few
    if parts.get("f1"):
        return _split_year_span(parts, ctx)
    if parts.get("y1"):
        first, last = int(parts.get("y1")), dm.second_year(int(parts.get("y1")), parts.get("y2"))
        if date_names.is_identifier(ctx.text, ctx.start) or (parts.get("slash") and last != first + 1):
            return None  # No. 2019-20; a slash joins only a split year (2023/24), not a number (2019/45)
        longest = 100 if len(parts.get("y2")) == 4 else 30
        if last == first + 1 and not _of_an_event(ctx.text, ctx.start, ctx.end):
            calendar_ = ctx.fiscal_calendar(split=True, said=False)
            if calendar_ is not None and calendar_.writes_split_years:
                ctx.named_fiscal_year = first
                return dm.fiscal_value(calendar_, first)
    else:
        first, last = int(parts.first("y3", "y5", "y7")), int(parts.first("y4", "y6", "y8"))
    if not first < last <= first + longest:
        return None
    return dm.year_value(first, last)


def _event_nouns() -> str:
    nouns = sorted(set(date_cues("split_year_event")), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in nouns)


# A split year right before or after a noun of an event or a season that no budget counts (`split_year_event` of
# date_cues.csv: "the 2010-11 series", "the 1990-91 Gulf crisis" has a name between, "the 2023-24 season", "the
# academic year 2017-18", "la campagne 2005-2006", "safra 2020/21") is a plain span of its two years, whatever state's
# fiscal year the article would give it.
_EVENT_AFTER = re.compile(rf"\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:{_event_nouns()})(?![\w'’-])", re.IGNORECASE)
_EVENT_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_event_nouns()})\s+(?:(?:de|del|da|do|of)\s+)?$", re.IGNORECASE)


def _of_an_event(text: str, start: int, end: int) -> bool:
    return bool(_EVENT_AFTER.match(text, end) or _EVENT_BEFORE.search(text, max(0, start - 30), start))


def _split_year_span(parts: Parts, ctx: Context) -> Value | None:
    """From 2011/12 to 2014/15, between 2018-19 and 2020-21: one span, from the first day of the first fiscal year
    to the last of the second, where the state writes split years (else from the first calendar year to the
    last)."""
    first, last = int(parts.get("f1")), int(parts.get("f3"))
    if (
        dm.second_year(first, parts.get("f2")) != first + 1
        or dm.second_year(last, parts.get("f4")) != last + 1
        or not first < last <= first + 30
    ):
        return None
    calendar_ = ctx.fiscal_calendar(split=True, said=False)
    if calendar_ is not None and calendar_.writes_split_years:
        ctx.named_fiscal_year = last
        return dm.fiscal_value(calendar_, first)[0], dm.fiscal_value(calendar_, last)[1], "year"
    return dm.year_value(first, last + 1)


@rule("decade", r"(?:the\s+)?(?P<y>1[89]\d0|20\d0)s\b|(?<=['’])(?P<short>\d0)s\b|(?<=\bthe\s)(?P<short2>[1-9]0)s\b")
def decade(parts: Parts, ctx: Context) -> Value | None:
    """The 1990s; the '90s: the latest such decade that has begun by publication (else by 2030)."""
    if parts.first("short", "short2"):
        first = 2000 + int(parts.first("short", "short2"))
        if first > (ctx.pub.year if ctx.pub else 2030):
            first -= 100
    else:
        first = int(parts.get("y"))
    return date(first, 1, 1), date(first + 9, 12, 31), "decade"


@rule("short_year", r"(?:in|of|since|until|by|from|before|after)\s+['’](?P<yy>\d\d)(?![\w'’%.,]\w|[\w'’%])")
def short_year(parts: Parts, ctx: Context) -> Value | None:
    """In '89, the revolution of '59: a year written in two digits after an apostrophe, in the century that puts it
    on or before publication (after it when the sentence looks ahead); without a publication date, 1950-2049."""
    short = int(parts.get("yy"))
    if ctx.pub is None:
        return dm.year_value(short + (1900 if short >= 50 else 2000))
    year = ctx.pub.year // 100 * 100 + short
    if year > ctx.pub.year and not ctx.future:
        year -= 100
    elif year < ctx.pub.year - 50 and ctx.future:
        year += 100
    return dm.year_value(year)


@rule(
    "decade_in_words",
    r"(?:{DECADE_LEAD})\s+(?:(?:early|mid|late)[-\s])?(?:nineteen[-\s]+)?(?P<w>{DECADE_WORD})(?![\w-])"
    r"|(?:{DECADE_LEAD_DIGITS})\s+(?P<y>1[89]\d0|20\d0|[2-9]0)(?![\d.,]?\d)(?!\s+(?:y|e|et|a|al|à)\s+\d)",
)
def decade_in_words(parts: Parts, ctx: Context) -> Value | None:
    """The nineties, the late eighties, the nineteen-eighties: a decade of the twentieth century; in Spanish,
    French and Portuguese also in digits after the decade's words (`los años 90`, `les années 2000`)."""
    digits = parts.get("y")
    if digits is None:
        first = 1900 + dm.word("decade_word", parts.get("w"))
    else:
        first = int(digits) if len(digits) == 4 else 1900 + int(digits)
    return date(first, 1, 1), date(first + 9, 12, 31), "decade"


@rule("weekday_with_date", r"(?P<wd>{FULL_WEEKDAY})\s*\((?P<m>{MONTH})\s+(?P<d1>{DAY})\)")
def weekday_with_date(parts: Parts, ctx: Context) -> Value | None:
    """Wednesday (March 4): the date in brackets decides."""
    return dm.days_of(parts, ctx)


@rule("weekday_with_day", r"(?P<wd>{WEEKDAY}|{WEEKDAY_SHORT})(?:-feira)?\s*\((?P<d>[0-3]?\d)\)")
def weekday_with_day(parts: Parts, ctx: Context) -> Value | None:
    """Na sexta-feira (21), na sexta (21): the day of the month given, in the month near publication where it
    falls on that weekday."""
    if ctx.pub is None:
        return dm.null("day")
    name = parts.get("wd").casefold()
    weekday = dm.word("weekday", name)
    weekday = dm.word("weekday_short", name) if weekday is None else weekday
    candidates = [
        day
        for offset in (-1, 0, 1)
        if (day := dm.safe_day(*dm.shift_month(ctx.pub.year, ctx.pub.month, offset), int(parts.get("d"))))
        and day.weekday() == weekday
    ]
    if not candidates:
        return None
    day = min(candidates, key=lambda d: abs((d - ctx.pub).days))
    return day, day, "day"


# A day of the month after a weekday ends a date where punctuation or a word of `weekday_day_follow`
# (date_words.csv) goes on ("el lunes 12, en Madrid", "Tuesday 14 to Friday 17"), not where a count of things does
# ("firmaron el sábado 15 acuerdos").
_DAY_AFTER_WEEKDAY_ENDS = r"(?![\d/.:-]\d|\s*(?:de\s+|of\s+)?{MONTH})(?=\s*(?:[,.;:)\n–—-]|$)|\s+{WEEKDAY_DAY_FOLLOW})"
_ORDINAL = r"(?:st|nd|rd|th|er|º|°)?"


@rule(
    "weekday_and_day_of_month",
    rf"(?P<wd>{{FULL_WEEKDAY}})(?:-feira)?,?\s+(?:the\s+)?(?P<d>[0-3]?\d){_ORDINAL}"
    rf"(?:\s+(?:{{RANGE_AND}})\s+(?P<wd2>{{FULL_WEEKDAY}})(?:-feira)?,?\s+(?:the\s+)?(?P<d2>[0-3]?\d){_ORDINAL})?"
    + _DAY_AFTER_WEEKDAY_ENDS,
)
def weekday_and_day_of_month(parts: Parts, ctx: Context) -> Value | None:
    """El lunes 12, le mardi 14, Monday the 26th, `Martes 14 y miércoles 15`: the day of the month given, in the
    month near publication where it falls on that weekday (the nearest one, the tense's way when two fit)."""
    if ctx.pub is None:
        return dm.null("day")
    weekday = dm.word("weekday", parts.get("wd").casefold())
    days = [
        day
        for offset in (-2, -1, 0, 1, 2)
        if (day := dm.safe_day(*dm.shift_month(ctx.pub.year, ctx.pub.month, offset), int(parts.get("d"))))
    ]
    candidates = [day for day in days if day.weekday() == weekday] or days  # a misprinted weekday: the day wins
    if not candidates:
        return None
    ahead = [d for d in candidates if d >= ctx.pub] if ctx.future else [d for d in candidates if d <= ctx.pub]
    day = min(ahead or candidates, key=lambda d: abs((d - ctx.pub).days))
    if not parts.get("d2"):
        return day, day, "day"
    last = dm.safe_day(day.year, day.month, int(parts.get("d2")))
    if last is None or last <= day or last.weekday() != dm.word("weekday", parts.get("wd2").casefold()):
        return None
    return day, last, "day"


@rule(
    "year_in_words",
    r"(?:(?:(?:(?:in|since|by|until|from|during)\s+)?(?P<m>{MONTH})\s+(?:of\s+)?|(?:the\s+)?(?P<s>{SEASON})\s+of\s+"
    r"|(?:{YEAR_WORD_LEAD})\s+)"
    r"(?P<w>(?:{YEAR_CENTURY})[-\s]+(?:{NUMBER})(?:[-\s]+(?:{NUMBER}))?"
    r"|(?P<k>{YEAR_THOUSAND})(?:(?:\s+(?:and|y|e|et))?[-\s]+(?:{NUMBER})){0,3})"
    # without a lead, a century's two numbers where no word comes right before (`Nineteen ninety-seven was`)
    r"|(?<![\w,-]\s)(?P<w2>(?:{YEAR_CENTURY})[-\s]+(?:{NUMBER})(?:[-\s]+(?:{NUMBER}))?))"
    # not a count of things (`nineteen ninety-eight troops`); `was`, `is` end in s too
    r"(?![-\s]+(?:hundred|thousand|people|(?!(?:was|is|has|as|its|this|his|plus|across|unless)\b)\w+s)\b)",
)
def year_in_words(parts: Parts, ctx: Context) -> Value | None:
    """In nineteen ninety-eight, before twenty twenty-five, since two thousand and eight, in February of nineteen
    seventy-one, the summer of nineteen seventy-six, Nineteen ninety-seven opening a sentence; desde dos mil
    nueve, depuis deux mille quatre, desde dois mil e dez (`year_thousand` and `number` words of each language)."""
    if parts.get("k"):
        thousands = dm.word("year_thousand", " ".join(parts.get("k").split()))
        rest_text = re.sub(r"\b(?:and|y|e|et)\b", " ", parts.get("w")[len(parts.get("k")) :].casefold())
        rest = dm.number(" ".join(rest_text.split())) if rest_text.strip(" -") else 0
        year = None if rest is None or rest > 99 else thousands + rest
    else:
        words = re.sub(r"\band\b", " ", parts.first("w", "w2").casefold()).split()
        words = [w for part in words for w in part.split("-") if w]
        rest = dm.number(" ".join(words[1:]))
        year = None if rest is None or not 10 <= rest <= 99 else dm.word("year_century", words[0]) + rest
    if date_names.measures_something(ctx.text, ctx.end):
        return None  # "a loan of two thousand crore rupees": a figure of a measure, no year
    if year and parts.get("m"):
        return dm.month_value(year, dm.word("month", parts.get("m")))
    if year and parts.get("s"):  # the summer of nineteen seventy-six
        return (*dm.months_span(year, dm.word("season", parts.get("s")), 3), "season")
    return dm.year_value(year) if year else None
