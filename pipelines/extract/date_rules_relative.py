"""The date grammar, relative forms: they resolve against the publication date, the sentence's tense or
the date mentioned before them. Registered after `date_rules_years` (order matters).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipelines.extract import date_math as dm
from pipelines.extract import date_names
from pipelines.extract.date_math import Context, DateRule, Parts, Value, registry
from pipelines.extract.date_tense import cue, phrase, tense
from pipelines.extract.spans import sentence_around
from pipelines.knowledge.calendars import ENGLISH, date_cues, date_words

RULES: list[DateRule] = []
rule = registry(RULES)


@rule(
    "relative_month",
    r"(?P<w>{OFFSET})\s+(?P<m>{MONTH}){NO_DAY_AFTER}|(?P<m2>{MONTH})\s+(?:of\s+)?(?P<w2>last|this|next)\s+year"
    r"|(?P<m3>{MONTH})\s+(?:de|del|do)\s+(?P<yp>{YEAR_PHRASE})",
)
def relative_month(parts: Parts, ctx: Context) -> Value | None:
    """Last October (the latest October wholly before this month), October last year, next March, marzo de
    este año."""
    if ctx.pub is None:
        return dm.null("month")
    pub = ctx.pub
    month = dm.word("month", parts.first("m", "m2", "m3"))
    if parts.get("m2"):
        return dm.month_value(pub.year + dm.word("offset", parts.get("w2")), month)
    if parts.get("m3"):  # marzo de este año, mars de l'année dernière
        return dm.month_value(pub.year + dm.word("year_phrase", " ".join(parts.get("yp").split())), month)
    return dm.month_value(dm.offset_month_year(pub, month, dm.word("offset", parts.get("w"))), month)


@rule("day_word_with_weekday", r"(?P<dw>{DAYWORD})\s*\((?P<wd>{FULL_WEEKDAY})\)")
def day_word_with_weekday(parts: Parts, ctx: Context) -> Value | None:
    """Tomorrow (Friday): the day word decides."""
    return _day_word(parts.get("dw"), ctx)


@rule(
    "ago",
    r"(?P<n>{NUMBER}|\d{1,3})\s+(?P<u>day|week|month|year|decade)s?\s+"
    r"(?P<dir>ago|earlier|later|before(?![\w-])(?!\s+\w)|after(?![\w-])(?!\s+\w))(?![\w-])(?!\s+than\b)"
    r"(?:(?<=ago)\s+(?:(?P<today>today|tonight)|(?P<yesterday>yesterday)|(?P<wd>{FULL_WEEKDAY})"
    r"|this\s+(?P<tu>week|month|quarter))(?![\w'’-]))?",
)
def ago(parts: Parts, ctx: Context) -> Value | None:
    """Two years ago (from publication, a figure's year said before too); a year earlier, three days later (from the
    date said before); a week ago, two weeks after a day: the day that many weeks away; not a delay against a plan
    ("two years later than planned")."""
    n, unit = dm.number(parts.get("n")), parts.get("u").lower()
    if _OPEN_ENDED.search(ctx.text, max(0, ctx.start - 16), ctx.start):
        return None  # "more than twenty years ago": no calendar year, a bound
    if parts.first("today", "yesterday", "wd") is not None:
        return _ago_from_a_day(parts, ctx, n, unit)
    if parts.get("tu") is not None:  # "a year ago this month": this month, a year back
        day = _ago_from_a_day(parts, ctx, n, unit)[0]
        return dm.relative_unit(day, parts.get("tu").lower(), 0) if day else dm.null(parts.get("tu").lower())
    sign = -1 if parts.get("dir").lower() in {"ago", "earlier", "before"} else 1
    if n is None or n > 200:
        return None
    if unit == "year" and ctx.period is not None and (sign < 0 and parts.get("dir").lower() != "ago" or _compared(ctx)):
        return dm.shift_years(ctx.period, sign * n)  # "up from $4 million a year earlier" after a quarter
    if unit == "year" and n == 1 and parts.get("dir").lower() == "ago" and _compared_with_year(ctx):
        # "reached $4 billion in 2023, up 11% from a year ago": 2022, the year-on-year figure; "two years ago"
        # counts from publication, as it says ("$5.2 billion in 2015, down from $7 billion two years ago")
        return dm.years_from(ctx.anchor_value, -n)
    if unit == "decade":
        unit, n = "year", 10 * n
    base = ctx.pub if parts.get("dir").lower() == "ago" else dm.anchor_for(ctx, unit)
    if base is None:
        return dm.null(unit)
    if unit == "year" and base is ctx.anchor and ctx.anchor_granularity == "year" and ctx.anchor_value:
        return dm.years_from(ctx.anchor_value, sign * n)  # a year after a span of years, or a fiscal year
    if unit == "week" and (base is ctx.pub or ctx.anchor_granularity == "day"):
        unit, n = "day", 7 * n  # "returned a week ago", "two weeks after the vote on May 3": that day
    if unit == "day":
        day = base + timedelta(days=sign * n)
        return day, day, "day"
    return dm.relative_unit(base, unit, sign * n)


def _ago_from_a_day(parts: Parts, ctx: Context, n: int | None, unit: str) -> Value | None:
    """A week ago today, a year ago yesterday, a week ago Thursday: the day that many units before today, yesterday
    or the latest such weekday (TIMEX3 reads the pair as one day); a year ago this month: the day a year before
    today, whose month the rule takes."""
    if ctx.pub is None or n is None or n > 200:
        return dm.null("day")
    day = ctx.pub
    if parts.get("yesterday"):
        day -= timedelta(days=1)
    elif parts.get("wd"):
        day -= timedelta(days=(ctx.pub.weekday() - dm.word("weekday", parts.get("wd"))) % 7)
    if unit in {"day", "week"}:
        day -= timedelta(days=n * (7 if unit == "week" else 1))
    else:
        months = n * {"month": 1, "year": 12, "decade": 120}[unit]
        year, month = dm.shift_month(day.year, day.month, -months)
        day = dm.safe_day(year, month, day.day) or dm.month_span(year, month)[1]
    return day, day, "day"


_OPEN_ENDED = re.compile(r"\b(?:(?:more|less|fewer)\s+than|at\s+least|upwards\s+of)\s+$", re.I)
_COMPARED = re.compile(r"\b(?:from|than|with|over|versus|vs\.?|against)\b[^.;:!?]{0,40}$", re.I)


_COMPARED_TO = re.compile(r"\b(?:compared|as\s+against)\s+to\s+$|\bcompared\s+$", re.I)


def _compared_with_year(ctx: Context) -> bool:
    """A figure of a year said just before in the sentence compared with `a year ago`: that year is the base."""
    if ctx.anchor_granularity != "year" or ctx.anchor_value is None or ctx.anchor is None:
        return False
    sentence_start = sentence_around(ctx.text, (ctx.start, ctx.end))[0]
    window = max(sentence_start, ctx.start - 120)
    compared = _COMPARED.search(ctx.text, max(0, ctx.start - 50), ctx.start) or _COMPARED_TO.search(
        ctx.text, max(0, ctx.start - 20), ctx.start
    )
    return compared is not None and str(ctx.anchor.year) in ctx.text[window : ctx.start]


def _compared(ctx: Context) -> bool:
    """A figure compared with `a year ago` in the sentence of a quarter or a month: that period a year before."""
    return ctx.period_in_sentence and bool(_COMPARED.search(ctx.text, max(0, ctx.start - 50), ctx.start))


@rule(
    "from_day",
    r"(?P<n>{NUMBER}|\d{1,2})\s+(?P<u>day|week)s?\s+from\s+(?:(?P<dw>today|tomorrow)|(?P<wd>{FULL_WEEKDAY}))"
    r"(?![\w'’-])",
)
def from_day(parts: Parts, ctx: Context) -> Value | None:
    """A week from tomorrow, two weeks from Monday (the coming one), ten days from today."""
    n = dm.number(parts.get("n"))
    if n is None:
        return None
    if ctx.pub is None:
        return dm.null("day")
    if parts.get("dw"):
        base = ctx.pub + timedelta(days=dm.word("dayword", parts.get("dw").lower()))
    else:
        base = ctx.pub + timedelta(days=(dm.word("weekday", parts.get("wd")) - ctx.pub.weekday()) % 7)
    day = base + timedelta(days=n * (7 if parts.get("u").lower() == "week" else 1))
    return day, day, "day"


@rule(
    "comparable_period",
    r"(?:year[-\s](?:earlier|ago|before)|prior[-\s]year|previous[-\s]year)\s+(?P<u>period|quarter|month|half)\b"
    r"|(?<![\w-])year-(?:earlier|ago)(?=\s+[a-z])"
    r"|(?<=\bthe\s)(?:same|comparable|corresponding|like)\s+(?P<u2>period|quarter|month|half|time)\s+"
    r"(?:(?:of|in)\s+)?(?:(?P<last>last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+year)"
    r"|(?P<y>{YEAR}))\b"
    r"|(?<=\bthe\s)(?P<y2>{YEAR})\s+(?:period|quarter|half)\b",
)
def comparable_period(parts: Parts, ctx: Context) -> Value | None:
    """The year-earlier period, the same quarter last year, the same period of 1996, the 1996 period: the
    period just said (a quarter, a month) in that year; with none, that year."""
    if parts.first("y", "y2"):
        year = int(parts.first("y", "y2"))
        if ctx.period is not None:
            return dm.shift_years(ctx.period, year - ctx.period[0].year)
        return dm.year_value(year)
    if ctx.period is not None:
        return dm.shift_years(ctx.period, -1)
    if ctx.pub is None or not parts.get("last"):
        return dm.null("quarter" if (parts.get("u") or "").lower() == "quarter" else "year")
    return dm.year_value(ctx.pub.year - 1)


# The event whose eve it is, as TIMEX3 spans it ("the eve of his visit", "the eve of the G20 summit", "the eve of
# Independence Day"): a determiner or a possessive name, then up to four words, to the first event noun (`event` of
# date_cues.csv) or before a word that starts what follows (`eve_object_end`: a preposition, a conjunction).
_EVE_OBJECT = re.compile(
    r"\s+(?:(?:the|his|her|its|their|our|this|that|[A-Z][\w.’'-]*['’]s)\s+)?[\w’'-]+(?:[ \t]+[\w’'-]+){0,3}"
)


@cache
def _eve_object_words() -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(w.casefold() for w in date_cues("event", ENGLISH)),
        frozenset(w.casefold() for w in date_cues("eve_object_end", ENGLISH)),
    )


def _eve_object_end(text: str, position: int) -> int:
    found = _EVE_OBJECT.match(text, position)
    if found is None:
        return position
    events, ends = _eve_object_words()
    end, first = position, True
    for word in re.finditer(r"[\w’'.-]+", found.group()):
        if word.group().casefold() in ends and not first:
            break
        end = position + word.end()
        first = False
        if word.group().casefold() in events:
            break
    return end


@rule("eve", r"(?<=\bthe\s)eve\s+of\b")
def eve(parts: Parts, ctx: Context) -> list | None:
    """On the eve of the visit: a day, but which one the text rarely says here; a mention without a value, from
    `the` to the event it is the eve of ("the eve of his visit")."""
    return [((ctx.start - 4, _eve_object_end(ctx.text, ctx.end)), dm.null("day"))]


@rule(
    "anaphoric",
    r"(?<=\bthe\s)(?:(?P<w>following|preceding|same|previous|prior|next)\s+(?P<u>day|week|month|quarter|year)\b"
    r"(?<!same\sday)"
    r"|(?P<u2>day|week|month|year)\s+(?P<w2>before|after)(?=\s*[,.;:)]|\s*$|\s+(?:with|in|at|to|and|when|as|for|by|on)\b))",
)
def anaphoric(parts: Parts, ctx: Context) -> Value | None:
    """The following year, the previous day, the next day, the day before: from the date said before (else
    publication). The same day is no new date but the one said, as `later that day` is (`within_unit`)."""
    offset = {
        "following": 1,
        "next": 1,
        "after": 1,
        "preceding": -1,
        "previous": -1,
        "prior": -1,
        "before": -1,
        "same": 0,
    }[parts.first("w", "w2").lower()]
    return _from_the_date_before(ctx, parts.first("u", "u2").lower(), offset)


@rule(
    "anaphoric_romance",
    r"(?P<y>{ANAPHOR_YEAR})|(?P<mo>{ANAPHOR_MONTH})|(?P<d>{ANAPHOR_DAY})(?!\s+(?:de|del|da|do)\b|\s+d['’])",
)
def anaphoric_romance(parts: Parts, ctx: Context) -> Value | None:
    """L'année précédente, el mes siguiente, no dia seguinte, la veille, le lendemain: from the date said before
    (else publication). A day said of an event (`la veille de l'entretien`, `le lendemain de la fête`) counts from
    the event, which is no date said: no mention."""
    kind, unit = next((k, u) for k, u in (("y", "year"), ("mo", "month"), ("d", "day")) if parts.get(k))
    words = " ".join(parts.get(kind).split()).replace("’", "'")
    return _from_the_date_before(ctx, unit, dm.word(f"anaphor_{unit}", words))


def _from_the_date_before(ctx: Context, unit: str, offset: int) -> Value | None:
    if unit == "year" and offset < 0 and ctx.sentence_fiscal_year is not None:
        return dm.fiscal_value(ctx.fiscal_calendar(), ctx.sentence_fiscal_year - 1)
    base = dm.anchor_for(ctx, unit)
    if base is None:
        return dm.null(unit)
    if unit == "year" and offset and base is ctx.anchor and ctx.anchor_granularity == "year" and ctx.anchor_value:
        return dm.years_from(ctx.anchor_value, offset)  # the year after a span of years, or a fiscal year
    return dm.relative_unit(base, unit, offset)


@rule("year_end", r"year[-\s]end\b(?!\s*(?:19|20)\d\d)")
def year_end(parts: Parts, ctx: Context) -> Value | None:
    """By year-end: this year (the edge is a modifier, as in TIMEX3)."""
    return dm.relative_unit(ctx.pub, "year", 0) if ctx.pub else dm.null("year")


@rule(
    "edge_of_unit",
    r"(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the|this)\s+(?P<u>week|month|quarter|year|decade)\b",
)
def edge_of_unit(parts: Parts, ctx: Context) -> Value | None:
    """The end of the year, of the decade: this one (the edge is a modifier, as in TIMEX3)."""
    unit = parts.get("u").lower()
    return dm.relative_unit(ctx.pub, unit, 0) if ctx.pub else dm.null(unit)


@rule(
    "within_unit",
    r"(?:earlier|later|early|late)\s+in\s+the\s+(?P<u>week|month|year)\b"
    r"|(?:earlier|later)\s+that\s+(?P<u2>week|month|year)\b",
)
def within_unit(parts: Parts, ctx: Context) -> Value | None:
    """Earlier in the year, late in the month, later that week: the unit of the date said before (else of
    publication). Earlier in the day, later that day: a time of a day already said, as a clock time is, not a date
    (nor is the same day, see `anaphoric`)."""
    unit = parts.first("u", "u2").lower()
    base = dm.anchor_for(ctx, unit)
    return dm.relative_unit(base, unit, 0) if base else dm.null(unit)


# "in the quarter", "for the year", "during the period": the period a business report has just named.
_PERIOD_ANAPHOR_LEAD = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(map(phrase, date_cues("period_anaphor_lead"))) + r")\s+the\s+$", re.I
)


@rule(
    "period_anaphor",
    r"(?<=\bthe\s)(?:(?:full|whole|entire)\s+)?(?P<u>{ANAPHOR_PERIOD})"
    r"(?![-'’]?\w|\s*[-–]|\s+(?:\d|of|ended|ending|before|after|earlier|ago|ahead|between|in|under|from|that|when|since)\b"
    r"|\s+to\s+(?:\d|(?-i:[A-Z])))"
    # a business report's months to date after its period ("third-quarter profit rose; for the nine months, ...")
    r"|(?<=\bthe\s)(?P<n>{NUMBER}|\d{1,2})\s+months(?![-'’]?\w|\s*[-–]"
    r"|\s+(?:\d|of|ended|ending|to|through|before|after|earlier|ago|ahead|between|in|under|from|that|since)\b)",
)
def period_anaphor(parts: Parts, ctx: Context) -> Value | None:
    """In the quarter, for the year, during the period, for the full year: the period said just before (a
    quarter, a half, a month), or the year or week that holds it; with none said, no date at all. For the nine
    months (after a quarter): that many months up to the end of the period said just before."""
    if not _PERIOD_ANAPHOR_LEAD.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return None
    if parts.get("n") is not None:
        return _months_to_the_period(dm.number(parts.get("n")), ctx.period)
    noun = parts.get("u")
    if not noun.islower():
        return None
    months, period = dm.word("anaphor_period", noun), ctx.period
    if months == 12:
        if period is not None:
            return dm.year_value(period[0].year)
        if ctx.anchor_granularity == "year" and ctx.anchor_value is not None:
            return ctx.anchor_value
        if ctx.anchor is not None and ctx.anchor_granularity in {"day", "week", "month"}:
            return dm.year_value(ctx.anchor.year)
        return None
    if months == -7:
        if ctx.anchor_granularity == "week" and ctx.anchor_value is not None:
            return ctx.anchor_value
        if ctx.anchor is not None and ctx.anchor_granularity == "day":
            return (*dm.week_of(ctx.anchor), "week")
        return None
    if period is None:
        return None
    span = (period[1].year - period[0].year) * 12 + period[1].month - period[0].month + 1
    return period if months in (0, span) else None


def _months_to_the_period(n: int | None, period: Value | None) -> Value | None:
    """The `n` months that end with the last month of `period` (the nine months to a third quarter's end)."""
    if n is None or not 2 <= n <= 12 or period is None:
        return None
    last = period[1]
    year, month = dm.shift_month(last.year, last.month, 1 - n)
    return (*dm.months_span(year, month, n), "month")


# The weekend said with a determiner or an offset before it (`weekend_lead`, `weekend_offset` of date_words.csv),
# and in Romance languages perhaps an offset after it: `over the weekend`, `el próximo fin de semana`, `le
# week-end dernier`, `no fim de semana`. A bare noun is no date (`weekend flights`, `vuelos de fin de semana`).
@rule(
    "weekend",
    r"(?:(?:{WEEKEND_LEAD})\s+(?:(?P<w>{WEEKEND_OFFSET})\s+)?|(?P<w2>{WEEKEND_OFFSET})\s+)(?:{WEEKEND})"
    r"(?:\s+(?P<after>{WEEKEND_OFFSET}))?",
)
def weekend(parts: Parts, ctx: Context) -> Value | None:
    """This weekend, last weekend, over the weekend, el fin de semana pasado: a Saturday and Sunday."""
    if ctx.pub is None:
        return dm.null("day")
    word = parts.first("w", "w2", "after")
    offset = dm.word("weekend_offset", word) if word else None
    monday = ctx.pub - timedelta(days=ctx.pub.weekday())
    if offset == 1 or (offset in {0, None} and ctx.future):
        saturday = monday + timedelta(days=5) if ctx.pub.weekday() < 5 or offset == 0 else monday + timedelta(days=12)
    elif offset == -1 or ctx.pub.weekday() < 5:
        saturday = monday - timedelta(days=2)
    else:
        saturday = monday + timedelta(days=5)
    return saturday, saturday + timedelta(days=1), "day"


# A clause of its own: after a colon or semicolon, or `, and` (`but`, `while`) and a new subject, a pronoun, a noun
# after its determiner or a name ("..., and Cairo wants the chapter reopened early next year").
_CLAUSE_BREAK = re.compile(
    r"[:;]|,\s+(?:and|but|while|whereas)\s+"
    r"(?:(?:they|he|she|it|we|the|its|their|officials|authorities)\b|(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}\s+(?-i:[a-z]))",
    re.I,
)


def _new_clause_since_fiscal_year(ctx: Context) -> bool:
    end = ctx.sentence_fiscal_end
    return end is not None and _CLAUSE_BREAK.search(ctx.text, end, ctx.start) is not None


@rule(
    "relative_unit",
    r"(?:(?:earlier|later)\s+)?(?!past\b)(?P<w>{OFFSET})\s+(?P<u>week|month|quarter|year)\b"
    r"(?!\s*[-–]?\s*(?:long|old)\b)",
)
def relative_unit(parts: Parts, ctx: Context) -> Value | None:
    """Last week, this month, next year; a year in the clause of a fiscal year is a fiscal year ("FY2023-24, up
    from last year"), not one in a clause of its own after it ("the budget for FY2008/09 protects the poor: ...,
    and they intend to raise it further next year")."""
    if date_names.is_in_a_programme_name(ctx.text, ctx.start, ctx.end):
        return None  # a programme or a column (`World This Week | Episode 12`)
    unit, offset = parts.get("u").lower(), dm.word("offset", parts.get("w"))
    if unit == "year" and ctx.sentence_fiscal_year is not None and not _new_clause_since_fiscal_year(ctx):
        return dm.fiscal_value(ctx.fiscal_calendar(), ctx.sentence_fiscal_year + offset)
    if unit == "year" and parts.get("w").lower() == "previous":
        anchor = _sentence_year(ctx)
        if anchor is not None:
            return dm.year_value(anchor - 1)
    if ctx.pub is None:
        return dm.null(unit)
    return dm.relative_unit(ctx.pub, unit, offset)


def _sentence_year(ctx: Context) -> int | None:
    """The last explicit year before the mention in its sentence ("2016 as compared to previous year")."""
    start, _ = sentence_around(ctx.text, (ctx.start, ctx.start))
    years = re.findall(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)", ctx.text[start : ctx.start])
    return int(years[-1]) if years else None


@rule("unit_phrase", r"(?P<y>{YEAR_PHRASE})|(?P<mo>{MONTH_PHRASE})|(?P<wk>{WEEK_PHRASE})(?![\w-])")
def unit_phrase(parts: Parts, ctx: Context) -> Value | None:
    """El año pasado, la semaine dernière, o mês passado: phrases of other languages."""
    kind, unit = next((k, u) for k, u in (("y", "year"), ("mo", "month"), ("wk", "week")) if parts.get(k))
    if ctx.pub is None:
        return dm.null(unit)
    offset = dm.word(f"{unit}_phrase", " ".join(parts.get(kind).split()).replace("’", "'"))
    return dm.relative_unit(ctx.pub, unit, offset)


_NAVIGATION_BEFORE = re.compile(r"[|»›][ \t]*$")
_NOWADAYS_BEFORE = re.compile(r"(?:\b(?:of|until|till|than|even|since|to)\s+$)", re.I)
# "twice as many as it does today", "larger than they are today": a comparison with the present.
_AS_NOW = re.compile(r"\b(?:as|than)\s+(?:[\w'’-]+\s+){1,2}(?:is|are|does|do|has|have|stands|remains)\s+$", re.I)
# "today" as "nowadays": "today's world" (but "today's visit" is the day: an event noun, `event` in
# date_cues.csv), "today the relations", or a state of things in the simple present ("Today the two countries
# work closely"; but "Today the ministers are meeting" is a day).
_EVENTS = "|".join(date_cues("event"))
# ... but not a perfect: `have` before a participle, regular or not ("Today we have begun", `past_participle` and the
# one-word `past` forms of date_cues.csv: "have met", "have taken").
_PARTICIPLES = "|".join(
    sorted({p for p in (*date_cues("past_participle", ENGLISH), *date_cues("past", ENGLISH)) if " " not in p})
)
# A verb of a state of things in the simple present (`nowadays_verb` of date_cues.csv: is, are, remains, ranks,
# accounts, depends), after the subject ("Today China is Zambia's largest lender") or with "today" after the subject
# ("Chile today is the largest supplier"); not a progressive, a participle or a plan ("is meeting", "is to").
_STATE_VERBS = "|".join(map(phrase, sorted(date_cues("nowadays_verb", ENGLISH), key=len, reverse=True)))
_NOT_A_STATE = (
    r"(?:to|due|set|slated|scheduled|expected|likely|about|going|being)\b"
    r"|(?:(?<=\bis )|(?<=\bare ))(?:in|at|on|here|there|back|home|away|with)\b"  # a presence: "is in Baku today"
)
# "Chile today is ...": the subject before, the state verb right after (not "Today is the last day").
_SUBJECT_BEFORE = re.compile(r"[\w'’)-][ \t]+$")
_STATE_AFTER_TODAY = re.compile(rf"\s+(?:{_STATE_VERBS})\s+(?![\w-]+(?:ing|ed)\b|{_NOT_A_STATE})", re.I)
_NOWADAYS_AFTER = re.compile(
    rf"^(?:['’]s(?!\s+(?:{_EVENTS})\b)|\s+the\s+(?:bilateral\s+)?relations|\s*,?\s*(?:the\s+)?(?:world|relations|ties)"
    rf"|,?\s+(?:[\w'’-]+\s+){{1,5}}?(?:{_STATE_VERBS})\s+(?![\w-]+(?:ing|ed)\b|{_NOT_A_STATE})"
    rf"|,?\s+(?:[\w'’-]+\s+){{1,5}}?have\s+(?![\w-]+(?:ing|ed)\b|(?:{_PARTICIPLES})\b))",
    re.I,
)


def _romance_cues(kind: str) -> str:
    cues = {c for language in ("es", "fr", "pt") for c in date_cues(kind, language) if c}
    return "|".join(map(phrase, sorted(cues, key=len, reverse=True)))


# `hoy`, `aujourd'hui`, `hoje` as nowadays: after `de` or `until` (`la China de hoy`, `le monde d'aujourd'hui`,
# `até hoje`; not after an event noun: `la reunión de hoy` is the day), before `en día` / `em dia`, or before a
# subject and a verb of a state of things (`Hoy las relaciones son excelentes`); `nowadays_*` of date_cues.csv.
# `a partir de hoy`, `les journaux d'aujourd'hui`, `os jornais de hoje` (`day_of_today_before`): the day, as after
# an event noun.
_ROMANCE_NOWADAYS_BEFORE = re.compile(
    rf"(?<![\w'’])(?:(?P<event>{_EVENTS}|{_romance_cues('day_of_today_before')})\s+)?"
    rf"(?:{_romance_cues('nowadays_before')})\s*$",
    re.I,
)
_ROMANCE_NOWADAYS_AFTER = re.compile(
    rf"^(?:\s+(?:{_romance_cues('nowadays_after')})\b|,?\s+(?:[\w'’-]+\s+){{1,7}}?(?:{_romance_cues('nowadays_verb')})\s(?!\w+(?:ad|id)[oa]s?\b))",
    re.I,
)


# ... or right after a verb of a state of things, with the clause going on after it (`A China é hoje o maior
# comprador`, `vivem hoje em Angola`, `son hoy los mayores socios`): the present of the state, not the day.
_ROMANCE_STATE_BEFORE = re.compile(rf"(?<![\w'’])(?:{_romance_cues('nowadays_verb')})\s+$", re.I)
_CLAUSE_GOES_ON = re.compile(r"[^\S\n]+[^\W\d_]")


def _romance_nowadays(ctx: Context) -> bool:
    before = _ROMANCE_NOWADAYS_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
    if _ROMANCE_STATE_BEFORE.search(ctx.text, max(0, ctx.start - 20), ctx.start) and _CLAUSE_GOES_ON.match(
        ctx.text, ctx.end
    ):
        return True
    return (before is not None and before.group("event") is None) or bool(
        _ROMANCE_NOWADAYS_AFTER.match(ctx.text[ctx.end : ctx.end + 80])
    )


def _day_word(text: str, ctx: Context) -> Value:
    if ctx.pub is None:
        return dm.null("day")
    day = _speech_day(ctx) + timedelta(days=dm.word("dayword", text.replace("’", "'")))
    return day, day, "day"


def _speech_day(ctx: Context) -> date:
    """The day words are said: inside a quotation, the weekday of the attribution that follows it ('"Today we
    open a new chapter," the minister said Tuesday'), else the latest day named before it in the week up to
    publication ("he said Sunday: 'yesterday we met'"; "the deal, signed on Friday, ..., she said on Saturday.
    'Since 1963 ..., and today we add a chapter'"), else the publication date."""
    if not _in_quotation(ctx.text, ctx.start):
        return ctx.pub
    attributed = _attribution_weekday(ctx.text, ctx.end)
    if attributed is not None:
        return ctx.pub - timedelta(days=(ctx.pub.weekday() - attributed) % 7)
    return ctx.speech_day if ctx.speech_day is not None else ctx.pub


@cache
def _attribution() -> re.Pattern:
    """The attribution right after a quotation closes: its speaker and a verb of saying (`speech_verb` of
    date_cues.csv), then the weekday the words were said ('," Bush said Tuesday', '," said the minister on
    Monday', '», a déclaré lundi le ministre')."""
    verbs = "|".join(map(phrase, sorted(date_cues("speech_verb"), key=len, reverse=True))) or "(?!)"
    weekdays = "|".join(sorted({w.word for w in date_words("weekday") if len(w.word) > 4}, key=len, reverse=True))
    return re.compile(
        r"[,.!?]?\s*[”\"»]\s*[,.]?\s*(?:[\w.'’-]+\s+){0,5}?"
        rf"(?:{verbs})(?:\s+[\w.'’-]+){{0,4}}?\s+(?P<wd>(?-i:{weekdays}))\b",
        re.IGNORECASE,
    )


def _attribution_weekday(text: str, position: int) -> int | None:
    """The weekday of the attribution after the quotation that holds `position`, in its paragraph."""
    paragraph_end = text.find("\n", position)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    close = min((i for i in (text.find(q, position, paragraph_end) for q in '"”»') if i >= 0), default=-1)
    if close < 0:
        return None
    found = _attribution().match(text, close, min(paragraph_end, close + 120))
    return dm.word("weekday", found.group("wd")) if found else None


def _in_quotation(text: str, position: int) -> bool:
    """Whether `position` lies inside a quotation of its paragraph (“…”, "…", «…»)."""
    before = text[text.rfind("\n", 0, position) + 1 : position]
    return before.rfind("“") > before.rfind("”") or before.rfind("«") > before.rfind("»") or before.count('"') % 2 == 1


# A possessive is still the day ("Friday's talks", "yesterday's vote"); another apostrophe or a hyphen is not.
_WORD_END = r"(?!-|\w|['’](?!s\b))"


# After an article or a determiner a day word is a noun (`dayword_as_noun_after`): Spanish `la mañana` is the
# morning, `el mañana` the future; English "a tomorrow issue".
_NOUN_DETERMINER = cue("dayword_as_noun_after", r"\s+$", prefix=r"(?<![\w'’-])")


@rule("day_word", rf"(?<![-\w])(?P<dw>{{DAYWORD}}){_WORD_END}")
def day_word(parts: Parts, ctx: Context) -> Value | None:
    """Yesterday, today, tomorrow; not the "today" that means nowadays."""
    if _NAVIGATION_BEFORE.search(ctx.text, max(0, ctx.start - 4), ctx.start):
        return None  # a menu item (`Travel Deals | Today`)
    if date_names.is_named_today(ctx.text, ctx.start, parts.get("dw")) or date_names.is_in_a_programme_name(
        ctx.text, ctx.start, ctx.end
    ):
        return None  # an outlet or a programme (`Pakistan Today`, `BUSINESS NEWS TONIGHT`)
    if _NOUN_DETERMINER.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return None  # `la mañana del lunes`, `cada mañana`, `a tomorrow issue`: a noun, no day
    if parts.get("dw").lower() == "today":
        before = ctx.text[max(0, ctx.start - 12) : ctx.start]
        if (
            _NOWADAYS_BEFORE.search(before)
            or _NOWADAYS_AFTER.match(ctx.text[ctx.end : ctx.end + 80])
            or (_SUBJECT_BEFORE.search(before) and _STATE_AFTER_TODAY.match(ctx.text, ctx.end))
            or _AS_NOW.search(ctx.text, max(0, ctx.start - 40), ctx.start)
        ):
            return None
    elif dm.word("dayword", parts.get("dw").replace("’", "'")) == 0 and _romance_nowadays(ctx):
        return None
    return _day_word(parts.get("dw"), ctx)


# A span said to start or end on a weekday ("the visit starting Thursday", "the fiscal year ending Saturday") is
# under way: the weekday is the nearest one to publication, whatever the sentence's past or present tense; a span
# a sentence says will start so ("will float in a wider band starting Monday") starts on the next one. Only the
# participle: a verb in the present ("the trial begins Monday", "the visit ends Sunday") is a schedule, ahead.
_SPAN_EDGE = re.compile(
    r"\b(?:" + "|".join(w for w in date_cues("edge") if w.endswith("ing")) + r")(?:\s+on)?\s+$", re.I
)


# A weekday in apposition to the day said right before it ("fell 190 points on Oct. 13, a Friday").
_APPOSITIVE_WEEKDAY = re.compile(r"\d(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d\d)?,\s+(?:an?|which\s+was\s+an?)\s+$", re.I)


# A weekday listed after another ("Monday and Tuesday"): the first such day from the one before.
_WEEKDAY_LIST = re.compile(r"(?-i:[A-Z])[a-z]+day\s*(?:,|and|or|&|through|to)\s*$", re.I)


# A capitalised word right before a weekday of a language that writes weekdays in lower case: a place's name.
_IN_A_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][^\W\d_]+[ \t]$")


def _named_in_another_language(name: str) -> bool:
    return name[0].isupper() and name.casefold() not in dm.english_capitalised("weekday")


@rule(
    "weekday",
    rf"(?:(?P<w>{{OFFSET}})\s+)?(?P<wd>{{FULL_WEEKDAY}}){_WORD_END}"
    rf"(?:\s+and\s+(?P<wd2>{{FULL_WEEKDAY}}){_WORD_END}|\s+(?:y|e|et)\s+(?P<wd3>{{FULL_WEEKDAY}}){_WORD_END}"
    # "Monday next week", "el lunes de la próxima semana", "lundi de la semaine prochaine": that week's day
    r"|\s+(?:of\s+|de\s+|da\s+|del\s+)?(?P<wk>(?:next|last|this)\s+week|{WEEK_PHRASE})(?![\w-]))?",
)
def weekday(parts: Parts, ctx: Context) -> Value | list | None:
    """A weekday: the latest on or before publication, or the next one when the sentence looks ahead; the next day
    joined by `and`, `y`, `e` or `et` makes one span with it ("on Monday and Tuesday", "el martes y miércoles", as
    the guidelines' span of days `Jan. 3-4`); a later one joined so is a mention of its own, the first such day
    from the first ("on Monday and Thursday")."""
    if _IN_A_NAME.search(ctx.text, max(0, ctx.start - 24), ctx.start) and _named_in_another_language(parts.get("wd")):
        return None  # "Santo Domingo": a Spanish or Portuguese weekday is written in lower case
    if ctx.pub is None:
        return dm.null("day")
    if parts.get("wk"):
        words = " ".join(parts.get("wk").split()).casefold()
        offset = {"next week": 1, "last week": -1, "this week": 0}.get(words)
        offset = dm.word("week_phrase", words) if offset is None else offset
        day = ctx.pub + timedelta(days=7 * offset + dm.word("weekday", parts.get("wd")) - ctx.pub.weekday())
        return day, day, "day"
    first = _one_weekday(parts, ctx)
    group = "wd3" if parts.get("wd3") else "wd2" if parts.get("wd2") else None
    if group is None:
        return first
    # "on Monday and Tuesday", "el martes y miércoles", "les lundi et mardi": one span when the days follow
    second = first[0] + timedelta(days=(dm.word("weekday", parts.get(group)) - first[0].weekday()) % 7)
    if (second - first[0]).days == 1:
        return first[0], second, "day"
    first_end = parts.match.end(parts.prefix + "wd")
    return [((ctx.start, first_end), first), (parts.match.span(parts.prefix + group), (second, second, "day"))]


# Before a shortened weekday that is a word too (`Sun.`, `Sat.`, `Mon.`: `weekday_ambiguous_alone` of
# date_words.csv), the preposition that leads a day in.
_DAY_PREPOSITION = re.compile(r"\b(?:on|by|until|till|since|from|before|after|through|to|and)\s+$", re.I)


@rule("weekday_abbreviation", r"(?:(?P<w>{OFFSET})\s+)?(?P<wd>{WEEKDAY_ABBREVIATION})")
def weekday_abbreviation(parts: Parts, ctx: Context) -> Value | None:
    """Wed., Thurs., Tues.: a weekday shortened as wires and headlines write it, with its period, read as the full
    one; `Sun.`, `Sat.` and `Mon.` only after a preposition or an offset (a newspaper, a verb, a name otherwise)."""
    name = parts.get("wd").rstrip(".")
    if (
        dm.word("weekday_ambiguous_alone", name) is not None
        and not parts.get("w")
        and not _DAY_PREPOSITION.search(ctx.text, max(0, ctx.start - 9), ctx.start)
    ):
        return None
    if ctx.pub is None:
        return dm.null("day")
    return _one_weekday(parts, ctx, dm.word("weekday", name))


@rule(
    "short_weekday",
    r"(?:{WEEKDAY_SHORT_LEAD})\s+(?:(?P<w>{OFFSET})\s+)?(?P<wd>{WEEKDAY_SHORT})"
    r"(?:\s+(?P<after>{WEEKDAY_SHORT_FOLLOW})|(?=\s*(?:[,.;:!?)\n]|$)))",
)
def short_weekday(parts: Parts, ctx: Context) -> Value | None:
    """Na quarta, na terça passada, nesta sexta: a Portuguese weekday in its short form, read as the full one. The
    short forms are ordinals too (`na quarta posição`): a weekday only where a time word or the clause's end
    follows (`weekday_short_follow` of date_words.csv)."""
    if ctx.pub is None:
        return dm.null("day")
    said_after = dm.word("weekday_short_follow", parts.get("after") or "")
    return _one_weekday(parts, ctx, dm.word("weekday_short", parts.get("wd")), said_after or None)


def _one_weekday(parts: Parts, ctx: Context, target: int | None = None, offset_after: int | None = None) -> Value:
    """The day a weekday names (`target`, else the rule's `wd` group), with the offset said before it (`w`: `last
    Friday`, `esta quarta`) or after it (`offset_after`: `na terça passada`)."""
    pub = ctx.pub
    target = dm.word("weekday", parts.get("wd")) if target is None else target
    before = (parts.get("w") or "").lower()
    offset = dm.word("offset", before) if before else offset_after
    relative = bool(before) or offset_after is not None
    if not relative and ctx.anchor_granularity == "day" and _WEEKDAY_LIST.search(ctx.text, ctx.start - 16, ctx.start):
        day = ctx.anchor + timedelta(days=(target - ctx.anchor.weekday()) % 7)  # "next Thursday and Friday"
        return day, day, "day"
    if (
        not relative
        and ctx.anchor_granularity == "day"
        and ctx.anchor.weekday() == target
        and _APPOSITIVE_WEEKDAY.search(ctx.text, max(0, ctx.start - 24), ctx.start)
    ):
        return ctx.anchor, ctx.anchor, "day"  # "on Oct. 13, a Friday": the day just said, named again
    if not relative and (edge := _SPAN_EDGE.search(ctx.text, max(0, ctx.start - 16), ctx.start)):
        # The edge word itself points ahead: the rest of the sentence says whether the span is still to start
        if tense(ctx.text, (edge.start(), ctx.end)):  # "would let the real trade in a wider band starting Monday"
            day = pub + timedelta(days=(target - pub.weekday()) % 7)
            return day, day, "day"
        day = pub - timedelta(days=(pub.weekday() - target) % 7)  # the nearest one either way
        return (day, day, "day") if (pub - day).days <= 3 else (day + timedelta(days=7), day + timedelta(days=7), "day")
    back, ahead = (pub.weekday() - target) % 7, (target - pub.weekday()) % 7
    if offset == -1:  # "last Thursday" on a Thursday is a week ago
        day = pub - timedelta(days=(pub.weekday() - target - 1) % 7 + 1)
    elif offset == 1:
        day = pub + timedelta(days=(target - pub.weekday() - 1) % 7 + 1)
    elif not ctx.tense_stated and not ctx.future and (offset == 0 or ctx.no_past_verb):
        # "this Thursday", "este jueves" with no tense word, or a weekday in a present-tense sentence: the nearest
        day = pub + timedelta(days=ahead) if ahead < back else pub - timedelta(days=back)
    elif ctx.future:  # a wire story names its own day too ("will meet Thursday" in Thursday's report)
        day = pub + timedelta(days=(target - pub.weekday()) % 7)
    else:
        day = pub - timedelta(days=(pub.weekday() - target) % 7)
    return day, day, "day"
