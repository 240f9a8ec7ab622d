"""Calendar arithmetic and the context a date rule resolves against (publication date, tense, anchors).

Every function returns a `Value`: (start, end, granularity), both days inclusive; start and end are None
for a relative expression in an article with no publication date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from pipelines.knowledge.calendars import ENGLISH, FiscalCalendar, date_cues, date_word_values, date_words

Value = tuple[date | None, date | None, str]
# A day without a year this far from publication in the tense's direction, with the same day this near the
# other way, is the near one (with no word of tense; `_NEAR_DAYS` keeps a schedule's seasons and halves).
_FAR_DAYS, _NEAR_DAYS, _NEAR_UNSTATED_DAYS = 200, 45, 120
# ... and even with a word of tense, for a day (not a month: "due in May" in June is next May), when that word
# points ahead: news names a day most of a year away with its year, and the word may be another clause's.
_FAR_STATED_DAYS, _NEAR_STATED_DAYS = 300, 30
# A day that ends a span after a past word ("adjourned the case till May 24", "extended until Sept. 30"), most of
# a year back, with the same day within two months ahead, is the one ahead: news writes a past day that far back
# with its year.
_NEAR_AHEAD_OF_A_PAST_DAY = 62


@dataclass(slots=True)
class Context:
    """What one match resolves against: the article around it and what came before it."""

    text: str
    start: int
    end: int
    pub: date | None
    future: bool
    tense_stated: bool  # a word of the sentence set `future` (else it is the default, the past)
    # The state whose fiscal calendar applies here (sentence, then article, then the corpus fallback);
    # called with split=True for a fiscal year written as two years (`2023-24`).
    fiscal_calendar: Callable[..., FiscalCalendar | None]
    # Start and granularity of the last date resolved before this one in the article ("a year earlier").
    anchor: date | None = None
    anchor_granularity: str | None = None
    # First calendar year of a fiscal year named earlier in the same sentence, and where its mention ends.
    sentence_fiscal_year: int | None = None
    sentence_fiscal_end: int | None = None
    # Set by a rule that names a fiscal year: its first calendar year (for "last year" after it).
    named_fiscal_year: int | None = None
    # Whether the page writes numeric dates month first (`12/05/2019` is December 5); asked only when needed.
    month_first: Callable[[], bool] = bool
    # The last span of months said (a quarter, a half, a month, a season) when it is the last date said or
    # stands in this sentence: "from $4 million a year earlier" after a quarter is that quarter a year before.
    period: Value | None = None
    period_in_sentence: bool = False
    # The first month of the fiscal year the article states for its company ("the fiscal year ended June 30") and
    # where it states it: its quarters count from it; asked only when needed.
    stated_fiscal_start: Callable[[], tuple[int, int] | None] = lambda: None
    # No word of the sentence sets the tense, in a language whose past verbs all show by their form: the sentence
    # speaks of the present or a schedule ("O presidente viaja no domingo"), so a weekday is the nearest one.
    no_past_verb: bool = False
    # The whole value of the last date resolved (`anchor` is its start): "the following year" after "between
    # 2015 and 2017" counts from its end.
    anchor_value: Value | None = None
    # The latest day said so far in the week before publication ("said on Saturday"): the day the words of a
    # quotation after it were spoken.
    speech_day: date | None = None
    # The past the sentence speaks in is another clause's than the date's ("has sold corn for shipment in March"):
    # a day or month just ahead beats one most of a year back.
    past_of_another_clause: bool = False
    # The last date resolved stands in this sentence: "in 2022, when ... during the autumn" is 2022's autumn.
    anchor_in_sentence: bool = False


def null(granularity: str) -> Value:
    return None, None, granularity


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def months_span(year: int, first_month: int, n_months: int) -> tuple[date, date]:
    """`n_months` months from `first_month` of `year`, crossing into later years as needed."""
    index = year * 12 + first_month - 1 + n_months - 1
    return date(year, first_month, 1), month_span(index // 12, index % 12 + 1)[1]


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def shift_years(period: Value, years: int) -> Value:
    """A span of whole months moved by `years` years, its granularity kept (the third quarter a year earlier)."""
    start, end, granularity = period
    last = month_span(end.year + years, end.month)[1]
    return date(start.year + years, start.month, 1), last, granularity


def years_from(period: Value, years: int) -> Value:
    """Twelve months `years` years after the end of a span of whole years (before its start when negative), in
    its months: the year after 2015-2017 is 2018, the year before fiscal 2023/24 is fiscal 2022/23."""
    start, end, _ = period
    if years > 0:
        first = shift_month(end.year, end.month, 1 + 12 * (years - 1))
    else:
        first = shift_month(start.year, start.month, 12 * years)
    return (*months_span(*first, 12), "year")


def year_value(first: int, last: int | None = None) -> Value:
    return date(first, 1, 1), date(last or first, 12, 31), "year"


def month_value(year: int, month: int) -> Value:
    return (*month_span(year, month), "month")


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year(
    pub: date,
    month: int,
    day: int | None,
    future: bool,
    firm: bool = True,
    span_end: bool = False,
    past_elsewhere: bool = False,
) -> int:
    """The year that puts (month, day) nearest the publication date in the sentence's direction.

    When no word of the sentence sets the tense (`firm` false), a day or month a few months the other way beats
    one most of a year away: news reports on the days around its own ("on April 4" in a report of March 30,
    "for February delivery" in late January, "set the hearing for June 3" in March). A future word yields only to
    a day a few weeks the other way when its own is nearly a year away; a past word before the end of a span
    (`span_end`: "extended until Sept. 30", "adjourned the case till May 24") or of another clause than the date's
    (`past_elsewhere`: "has sold corn for shipment in March" in February), to a day or month up to two months ahead.
    """
    key, pub_key = (month, day or 1), (pub.month, pub.day if day else 1)
    ahead = key >= pub_key if future else key > pub_key  # the day lies after publication in this year
    year = pub.year + (1 if future and not ahead else -1 if not future and ahead else 0)
    if not firm:
        far, near = _FAR_DAYS, _NEAR_UNSTATED_DAYS
    elif day is not None and (future or span_end):
        far, near = _FAR_STATED_DAYS, _NEAR_STATED_DAYS if future else _NEAR_AHEAD_OF_A_PAST_DAY
    elif past_elsewhere and not future:
        far, near = _FAR_DAYS, _NEAR_AHEAD_OF_A_PAST_DAY
    else:
        return year
    other = _closer_the_other_way(pub, month, day, year, far, near)
    return year if other is None else other


def offset_month_year(pub: date, month: int, offset: int) -> int:
    """The year of `last` (offset -1), `this` (0) or `next` (1) `month`: last October is the latest wholly
    before the publication month, next March the first after it."""
    if offset < 0:
        return pub.year if month < pub.month else pub.year - 1
    if offset > 0:  # next April in March is the coming one: the first wholly after the publication month
        return pub.year if month > pub.month else pub.year + 1
    return pub.year


def season_year(pub: date, first_month: int, offset: int | None, future: bool = False, nearest: bool = False) -> int:
    """The year a season starts in: this (0), next (1), last (-1) one, or with no offset the first not over by
    publication (`future`: one under way counts), the one nearest publication (`nearest`: a sentence with no
    tense), or the latest begun."""
    if offset == 0:  # this winter: the one under way (December's, in February), else this year's
        return pub.year - 1 if first_month + 2 > 12 and pub.month <= first_month + 2 - 12 else pub.year
    if offset is None and (future or nearest):
        begun = pub.year if first_month <= pub.month else pub.year - 1
        ended = months_span(begun, first_month, 3)[1]
        if ended >= pub or (nearest and (pub - ended).days < (date(begun + 1, first_month, 1) - pub).days):
            return begun
        return begun + 1
    if offset == 1:
        return pub.year if first_month > pub.month else pub.year + 1
    if offset == -1:  # the latest wholly before the publication month: last winter in February is a year back
        last_month = first_month + 2
        if last_month > 12 and pub.month <= last_month - 12:
            return pub.year - 2
        return pub.year - 1 if last_month >= pub.month else pub.year
    return pub.year if first_month <= pub.month else pub.year - 1


def nearest_period_year(pub: date, first_month: int, n_months: int, future: bool) -> int:
    """The year of the nearest span of months (a quarter, a half) in the sentence's direction: in the past, the
    latest that has begun by publication; in the future, the first that has not ended by then."""
    if future:
        last_month = first_month + n_months - 1
        return pub.year if last_month >= pub.month else pub.year + 1
    return pub.year if first_month <= pub.month else pub.year - 1


def period_year(ctx: Context, first_month: int, n_months: int) -> int:
    """The year of a span of months without one, in the sentence's tense; a sentence of a language that marks
    every past by its verbs and has none (`el acuerdo prevé metas a partir del segundo trimestre`) takes the one
    nearest publication, ahead or behind."""
    if ctx.tense_stated or not ctx.no_past_verb:
        return nearest_period_year(ctx.pub, first_month, n_months, ctx.future)
    behind = nearest_period_year(ctx.pub, first_month, n_months, future=False)
    ahead = nearest_period_year(ctx.pub, first_month, n_months, future=True)
    if ahead == behind:
        return behind  # under way
    behind_end = months_span(behind, first_month, n_months)[1]
    ahead_start = months_span(ahead, first_month, n_months)[0]
    return ahead if (ahead_start - ctx.pub).days < (ctx.pub - behind_end).days else behind


def reported_period_year(pub: date, first_month: int, n_months: int, future: bool) -> int:
    """The year of a span of months whose figures a report gives ("a fourth-quarter loss"): the latest begun by
    publication, even in a sentence about the future ("will cut jobs after a third-quarter loss"); only an
    expectation of one about to begin looks ahead ("analysts expect a fourth-quarter loss" in September)."""
    year = nearest_period_year(pub, first_month, n_months, future=False)
    ahead = nearest_period_year(pub, first_month, n_months, future=True)
    if future and ahead != year and (months_span(ahead, first_month, n_months)[0] - pub).days <= _NEAR_DAYS:
        return ahead
    return year


def _closer_the_other_way(pub: date, month: int, day: int | None, year: int, far: int, near: int) -> int | None:
    later = (month, day) > (pub.month, pub.day) if day is not None else month > pub.month
    other = pub.year if year != pub.year else (pub.year - 1 if later else pub.year + 1)
    if day is None:  # a month: its days nearest publication
        chosen, alternative = _nearest_day_of_month(pub, year, month), _nearest_day_of_month(pub, other, month)
    else:
        chosen, alternative = safe_day(year, month, day), safe_day(other, month, day)
    if chosen is None or alternative is None:
        return None
    if abs((chosen - pub).days) > far and abs((alternative - pub).days) <= near:
        return other
    return None


# The end of a span right before a day: `until`, `till` (of date_cues.csv), perhaps with `at least`, or a case or
# meeting put off to it ("adjourned the matter to April 21", "postponed the vote to").
_SPAN_END_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:" + "|".join(map(re.escape, date_cues("until"))) + r")\s+(?:at\s+least\s+)?"
    r"|\b(?:adjourned|postponed|deferred|put\s+off)\b[^.;:]{0,40}?\bto\s+)(?:on\s+)?$",
    re.I,
)


def _ends_a_span(ctx: Context) -> bool:
    """`until Sept. 30`, `adjourned the matter to April 21`: the day a span runs to."""
    return _SPAN_END_BEFORE.search(ctx.text, max(0, ctx.start - 60), ctx.start) is not None


def _nearest_day_of_month(pub: date, year: int, month: int) -> date:
    first, last = month_span(year, month)
    return min(max(pub, first), last)


def numeric_day(year: int, first: int, second: int, month_first: bool) -> date | None:
    """The day of `12/05/2019`: a part above 12 is the day; else the page's order (`month_first`: US style)."""
    if first > 12 or (second <= 12 and not month_first):
        return safe_day(year, second, first)
    return safe_day(year, first, second)


def second_year(first: int, second: str) -> int:
    """The full year of the second half of `2018-20` or `2018-2020`."""
    if len(second) == 4:
        return int(second)
    candidate = first // 100 * 100 + int(second)
    return candidate if candidate >= first else candidate + 100


def leading_int(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def word(kind: str, text: str) -> int | None:
    """The value of a vocabulary word (`March` -> 3), accepting a trailing abbreviation dot."""
    return date_word_values(kind).get(text.rstrip(".").replace("’", "'").casefold())


def number(text: str) -> int | None:
    """A count written in digits or words (`three`, `a`, `twenty-one`)."""
    if text.isdigit():
        return int(text)
    total = 0
    for part in re.split(r"[-\s]+", text.casefold()):
        value = word("number", part)
        if value is None:
            return None
        total += value
    return total


def english_capitalised(kind: str) -> frozenset[str]:
    """English month and weekday names, which are dates only when capitalised (`may` is a verb)."""
    return frozenset(w.word.casefold() for w in date_words(kind) if w.language == ENGLISH)


# The words that tie a day to the fiscal year of its sentence: it ends, begins or runs from or to that day, in
# any language read (`fiscal_edge` of date_cues.csv: `which ended June 30`, `qui s'achève le 30 septembre`).
def _cue_alternation(kind: str) -> str:
    """The cue phrases of `kind` (date_cues.csv) as one alternation, any white space between words, either
    apostrophe."""
    return "|".join(r"\s+".join(map(re.escape, p.split())).replace("'", "['’]") for p in date_cues(kind))


_FISCAL_EDGE = re.compile(
    rf"(?<![\w'’-])(?:{_cue_alternation('fiscal_edge')})\s+(?:(?:on|el|le|o|a)\s+)?$",
    re.I,
)


# ... of which those that name its first day (`fiscal_begin_edge`: `which began`, `desde`).
_FISCAL_BEGIN_EDGE = re.compile(
    rf"(?:{_cue_alternation('fiscal_begin_edge')})(?![\w'’-])",
    re.I,
)


def day_range(ctx: Context, month: int, first: int, last: int | None, year: int | None) -> Value | None:
    """Day `first` (to `last`) of `month`; without a year, the nearest in the sentence's tense."""
    if (
        year is None
        and ctx.sentence_fiscal_year is not None
        and (edge := _FISCAL_EDGE.search(ctx.text, max(0, ctx.start - 30), ctx.start)) is not None
    ):
        # "fiscal 1988, which ended June 30"; not "the last financial year, after they left by May 10"
        fiscal_start = ctx.anchor  # the fiscal year just said, as resolved (its own months may have won)
        if fiscal_start is None or ctx.anchor_granularity != "year" or fiscal_start.year != ctx.sentence_fiscal_year:
            fiscal_start = fiscal_value(ctx.fiscal_calendar(), ctx.sentence_fiscal_year)[0]
        year = fiscal_start.year + ((month, first) < (fiscal_start.month, fiscal_start.day))
        fiscal_end = fiscal_value(ctx.fiscal_calendar(), fiscal_start.year)[1]
        if (later := safe_day(year + 1, month, first)) is not None and later <= fiscal_end:
            # a year of a local calendar may end on the day of the month it started ("2078/79, which ended on
            # July 16": 2021-07-16 to 2022-07-16): an edge that is no beginning is the end
            year += not _FISCAL_BEGIN_EDGE.match(ctx.text, edge.start())
    if year is None:
        if ctx.pub is None:
            return null("day")
        year = nearest_year(
            ctx.pub, month, first, ctx.future, ctx.tense_stated, _ends_a_span(ctx), ctx.past_of_another_clause
        )
    start = safe_day(year, month, first)
    end = safe_day(year, month, last) if last else start
    if start is None or end is None or end < start:
        return None
    return start, end, "day"


# Between a fiscal year and a month that lies in it: a few words, no sentence break ("the end of fiscal 1997 in
# March", "FY2023-24 ends in March").
_FISCAL_TO_MONTH = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?:which|that)[ \t]+)?(?:(?:ends|ended|closes|closed|ending)[ \t]+)?"
    r"(?:in[ \t]+)?$"
)


def bare_month(ctx: Context, month: int) -> Value:
    fiscal_end = ctx.sentence_fiscal_end
    if ctx.pub is None:
        return null("month")  # a month without its year stays open with no publication date, as the guidelines say
    if (
        ctx.sentence_fiscal_year is not None
        and fiscal_end is not None
        and ctx.start - fiscal_end <= 24
        and _FISCAL_TO_MONTH.fullmatch(ctx.text, fiscal_end, ctx.start)
    ):
        # "the end of fiscal 1997 in March": the month of the fiscal year just said (as resolved, its own months
        # may have won)
        fiscal_start = ctx.anchor
        if fiscal_start is None or ctx.anchor_granularity != "year" or fiscal_start.year != ctx.sentence_fiscal_year:
            fiscal_start = fiscal_value(ctx.fiscal_calendar(), ctx.sentence_fiscal_year)[0]
        return month_value(fiscal_start.year + (month < fiscal_start.month), month)
    year = nearest_year(ctx.pub, month, None, ctx.future, ctx.tense_stated, past_elsewhere=ctx.past_of_another_clause)
    return month_value(year, month)


_GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade")
GRANULARITIES = _GRANULARITIES


def anchor_for(ctx: Context, unit: str) -> date | None:
    """The date a relative expression in `unit` counts from: the last date said, when it is at least as
    fine as the unit ("the next day" after a year counts from publication), else the publication date."""
    if ctx.anchor is not None and _GRANULARITIES.index(ctx.anchor_granularity) <= _GRANULARITIES.index(unit):
        return ctx.anchor
    return ctx.pub


def relative_unit(pub: date, unit: str, offset: int) -> Value:
    """The week, month, quarter or year `offset` units from the one holding `pub`."""
    if unit == "year":
        return year_value(pub.year + offset)
    if unit == "decade":
        first = pub.year // 10 * 10 + 10 * offset
        return date(first, 1, 1), date(first + 9, 12, 31), "decade"
    if unit == "month":
        return month_value(*shift_month(pub.year, pub.month, offset))
    if unit == "quarter":
        year, month = shift_month(pub.year, (pub.month - 1) // 3 * 3 + 1, 3 * offset)
        return (*months_span(year, month, 3), "quarter")
    if unit == "day":
        day = pub + timedelta(days=offset)
        return day, day, "day"
    return (*week_of(pub + timedelta(weeks=offset)), "week")


def fiscal_value(calendar_: FiscalCalendar | None, first_year: int) -> Value:
    """The fiscal year that starts in `first_year` (the calendar year for a calendar-year state); a year of a state's
    own era (Nepal's `fiscal year 2080/81`) is the common year it runs ahead of."""
    if calendar_ is None:
        return date(first_year, 1, 1), date(first_year, 12, 31), "year"
    if calendar_.in_own_era(first_year):
        first_year -= calendar_.era_offset
    return calendar_.start(first_year), calendar_.start(first_year + 1) - timedelta(days=1), "year"


def fiscal_year_holding(calendar_: FiscalCalendar | None, day: date) -> int:
    """First calendar year of the fiscal year that holds `day`."""
    if calendar_ is None:
        return day.year
    return day.year if day >= calendar_.start(day.year) else day.year - 1


def fiscal_named(calendar_: FiscalCalendar | None, year: int) -> int:
    """First calendar year of the fiscal year named by one year (`FY2024`, `fiscal 2024`)."""
    if calendar_ is None or calendar_.first_month == 1 or calendar_.single_year_is == "start":
        return year
    return year - 1


class Parts:
    """The local groups of one rule's match."""

    __slots__ = ("match", "prefix")

    def __init__(self, match: re.Match, rule_name: str):
        self.match, self.prefix = match, rule_name + "__"

    def get(self, name: str) -> str | None:
        """The text of a local group; None when it did not take part or the rule has no such group."""
        try:
            return self.match.group(self.prefix + name)
        except IndexError:
            return None

    def first(self, *names: str) -> str | None:
        return next((v for v in map(self.get, names) if v is not None), None)


Resolver = Callable[[Parts, Context], "Value | list[tuple[tuple[int, int], Value]] | None"]


@dataclass(frozen=True, slots=True)
class DateRule:
    name: str
    pattern: str
    resolve: Resolver


def registry(rules: list[DateRule]) -> Callable[[str, str], Callable[[Resolver], Resolver]]:
    """A decorator `@rule(name, pattern)` that appends the decorated resolver to `rules`, in order."""

    def rule(name: str, pattern: str) -> Callable[[Resolver], Resolver]:
        def register(resolve: Resolver) -> Resolver:
            rules.append(DateRule(name, pattern, resolve))
            return resolve

        return register

    return rule


def days_of(parts: Parts, ctx: Context) -> Value | None:
    """Day d1 (to d2) of month m (of year y), from a rule's parts."""
    month = word("month", parts.get("m"))
    last = parts.get("d2")
    year = int(parts.get("y")) if parts.get("y") else None
    if parts.get("yw"):  # May 31 this year
        if ctx.pub is None:
            return null("day")
        year = ctx.pub.year + word("offset", parts.get("yw"))
    first = leading_int(parts.get("d1"))
    if year is None and parts.get("wd") and ctx.pub is not None:
        year = _year_of_weekday(ctx.pub, month, first, word("weekday", parts.get("wd")))
    return day_range(ctx, month, first, leading_int(last) if last else None, year)


def _year_of_weekday(pub: date, month: int, day: int, weekday: int | None) -> int | None:
    """The year nearest publication in which `month` `day` falls on the weekday written with it ("Sunday,
    Aug. 29"), whatever the tense; None when no year around it does."""
    fitting = [
        (abs((found - pub).days), year)
        for year in (pub.year - 1, pub.year, pub.year + 1)
        if (found := safe_day(year, month, day)) is not None and found.weekday() == weekday
    ]
    return min(fitting)[1] if fitting else None
