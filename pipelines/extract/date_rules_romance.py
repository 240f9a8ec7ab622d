"""The date grammar, forms that Spanish, French and Portuguese write in their own order: `il y a trois ans`,
`hace dos años`, `juillet dernier`, `l'été prochain`, `fin de julio`. Their words are the `ago_word`,
`time_unit`, `offset_after` and `month_edge` rows of `date_words.csv`; an English article has none, so these
rules never match there. Registered before the other rules, so that `en julio pasado` is read whole.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipelines.extract import date_math as dm
from pipelines.extract.date_math import Context, DateRule, Parts, Value, registry
from pipelines.extract.date_rules import year_of_the_months
from pipelines.knowledge.calendars import date_cues

RULES: list[DateRule] = []
rule = registry(RULES)

# `time_unit` values, as the English unit each word counts.
_UNITS = {1: "day", 2: "week", 3: "month", 4: "year"}


_CONJUNCTION = re.compile(r"(?<![\w-])(?:y|e)(?![\w-])", re.I)


def _number_in_words(text: str) -> int | None:
    """`dieciséis`, `vinte e um`, `treinta y un`, `16`: the number, the words joined by `y` or `e` added up."""
    return dm.number(" ".join(_CONJUNCTION.sub(" ", text).split()))


@rule(
    "days_of_the_month",
    r"(?:a\s+los|aos)\s+(?P<d>{NUMBER}|\d{1,2})\s+d[ií]as\s+(?:del|do)\s+(?:(?:mes|mês)\s+de\s+)?(?P<m>{MONTH})"
    r"\s+(?:del?|do)\s+(?:(?:año|ano)\s+)?(?:(?P<y>{YEAR})(?!\d)|(?P<k>{YEAR_THOUSAND})(?P<rest>(?:\s+(?:y|e))?"
    r"(?:\s+(?:{NUMBER})){0,2}))(?![\w-])",
)
def days_of_the_month(parts: Parts, ctx: Context) -> Value | None:
    """A los dieciséis días del mes de diciembre de dos mil dieciséis, aos 5 dias do mês de maio de 2010: the
    formula of signed declarations and minutes, the day, month and year in digits or words."""
    day, month = _number_in_words(parts.get("d")), dm.word("month", parts.get("m"))
    if parts.get("y"):
        year = int(parts.get("y"))
    else:
        rest = _CONJUNCTION.sub(" ", parts.get("rest").casefold()).strip()
        rest_value = _number_in_words(rest) if rest else 0
        if rest_value is None or rest_value > 99:
            return None
        year = dm.word("year_thousand", " ".join(parts.get("k").split())) + rest_value
    found = dm.safe_day(year, month, day) if day and month else None
    return (found, found, "day") if found else None


@rule(
    "months_of_the_year",
    r"(?:(?P<s>{MONTHS_SIDE})\s+(?P<n>{NUMBER}|\d{1,2})|(?P<n2>{NUMBER}|\d{1,2})\s+(?P<s2>{MONTHS_SIDE}))\s+"
    r"(?:{MONTHS_PLURAL})(?:\s+(?:de\s+l['’]|del?|do|da)\s*(?:(?P<y>{YEAR})(?!\d)|(?P<the>{YEAR_NOUN})"
    r"(?:\s+(?P<y2>{YEAR})(?!\d))?)|(?!\s+(?:de|del|do|da|d['’])(?![\w-])))(?![\w-])",
)
def months_of_the_year(parts: Parts, ctx: Context) -> Value | None:
    """Los primeros ocho meses del año, les neuf premiers mois de 2016, os seis primeiros meses do ano, los últimos
    tres meses de 2023: the first or last months of the year named, or of the year reported on."""
    n, side = dm.number(parts.first("n", "n2")), dm.word("months_side", parts.first("s", "s2"))
    if not n or n > 12 or side is None or (side < 0 and not parts.first("y", "y2", "the")):
        return None  # "les trois derniers mois" alone are the months before the report, not the year's last
    first_month = 1 if side > 0 else 13 - n
    year = parts.first("y", "y2")
    if year:
        return (*dm.months_span(int(year), first_month, n), "month")
    if ctx.pub is None:
        return dm.null("month")
    return (*dm.months_span(year_of_the_months(ctx, first_month, n), first_month, n), "month")


@rule(
    "ago_before",
    r"(?P<a>{AGO_WORD})\s+(?P<n>{NUMBER}|\d{1,3})\s+(?P<u>{TIME_UNIT})(?![\w-])"
    r"|(?P<n2>{NUMBER}|\d{1,3})\s+(?P<u2>{TIME_UNIT})\s+(?P<a2>{AGO_AFTER})(?![\w-])",
)
def ago_before(parts: Parts, ctx: Context) -> Value | None:
    """Il y a trois ans, hace dos meses, há cinco anos, dos años atrás: that many units before publication; weeks
    ago are the day that many weeks back, as `two weeks ago` is."""
    n, unit = dm.number(parts.first("n", "n2")), _UNITS[dm.word("time_unit", parts.first("u", "u2"))]
    if n is None or n > 200:
        return None
    if parts.get("a") and _since_before().search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return None  # "no se celebraba desde hace dos años", "em vigor desde há três anos": a duration, no date
    if ctx.pub is None:
        return dm.null("day" if unit == "week" else unit)
    return _units_from(ctx.pub, unit, -n)


@cache
def _since_before() -> re.Pattern:
    """`desde`, `depuis` right before an ago word (`since` and `since_or_from` of date_cues.csv): the span from then
    to now, a duration ("for two years")."""
    leads = sorted({*date_cues("since"), *date_cues("since_or_from")}, key=len, reverse=True)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, leads)) or '(?!)'})\s+$", re.IGNORECASE)


def _units_from(base: date, unit: str, offset: int) -> Value:
    """`offset` units from a day: a count of days or weeks is a day, a longer unit its whole month or year."""
    if unit in {"day", "week"}:
        day = base + timedelta(days=offset * (7 if unit == "week" else 1))
        return day, day, "day"
    return dm.relative_unit(base, unit, offset)


@rule(
    "unit_later",
    r"(?P<n>{NUMBER}|\d{1,3})\s+(?P<u>{TIME_UNIT})\s+(?P<w>{LATER_WORD})(?![\w'’-])(?!\s+(?:de|del|do|da|du|des|que|d['’]))",
)
def unit_later(parts: Parts, ctx: Context) -> Value | None:
    """Un an plus tôt, dos años antes, três meses depois: that many units before or after the date said last (the
    English `a year earlier`); not before what it counts from (`un año antes de la cumbre`)."""
    n, unit = dm.number(parts.get("n")), _UNITS[dm.word("time_unit", parts.get("u"))]
    if n is None or n > 200:
        return None
    offset = n * dm.word("later_word", " ".join(parts.get("w").split()))
    if unit == "year" and ctx.period is not None:
        return dm.shift_years(ctx.period, offset)  # the first half a year earlier
    base = dm.anchor_for(ctx, unit)
    if base is None:
        return dm.null(unit)
    if unit == "year" and base is ctx.anchor and ctx.anchor_granularity == "year" and ctx.anchor_value:
        return dm.years_from(ctx.anchor_value, offset)
    if unit == "week" and not (base is ctx.pub or ctx.anchor_granularity == "day"):
        return dm.relative_unit(base, unit, offset)  # "deux semaines plus tard" after a week is a week
    return _units_from(base, unit, offset)


@rule(
    "offset_after",
    r"(?:(?:{MONTH_PREPOSITION})\s+)?(?:(?:l['’]|el\s+|la\s+|le\s+|o\s+|a\s+)?(?P<s>{SEASON})|(?P<m>{MONTH})"
    r"|(?P<wd>{FULL_WEEKDAY}))"
    r"\s+(?P<w>{OFFSET_AFTER})(?![\w-])",
)
def offset_after(parts: Parts, ctx: Context) -> Value | None:
    """Juillet dernier, en julio pasado, l'été prochain, jeudi dernier: the latest such month, season or
    weekday before publication, or the next one after it."""
    offset = dm.word("offset_after", parts.get("w"))
    if parts.get("wd"):
        if ctx.pub is None:
            return dm.null("day")
        target, today = dm.word("weekday", parts.get("wd")), ctx.pub.weekday()
        if offset < 0:  # on that very weekday, a week back
            day = ctx.pub - timedelta(days=(today - target - 1) % 7 + 1)
        else:
            day = ctx.pub + timedelta(days=(target - today - 1) % 7 + 1)
        return day, day, "day"
    if parts.get("s"):
        first_month = dm.word("season", parts.get("s"))
        if ctx.pub is None:
            return dm.null("season")
        return (*dm.months_span(dm.season_year(ctx.pub, first_month, offset), first_month, 3), "season")
    if ctx.pub is None:
        return dm.null("month")
    month = dm.word("month", parts.get("m"))
    return dm.month_value(dm.offset_month_year(ctx.pub, month, offset), month)


@rule(
    "month_edge",
    r"(?:(?:a|à|o|el|la|le|al|ao|em|en|no|na)\s+){0,2}(?P<e>{MONTH_EDGE})(?:\s+|-)(?:de\s+|d['’]\s*)?"
    r"(?:(?P<m>{MONTH})(?:\s+(?:de\s+)?(?P<y>{YEAR}))?{NO_DAY_AFTER}|(?P<ye>{YEAR})(?![-–/]\d|[\w%]|[.,]\d))",
)
def month_edge(parts: Parts, ctx: Context) -> Value | None:
    """Fin de julio, fim de julho, début mars 2021, principios de mayo: the month (an edge is a modifier); a finales
    de 2020, fin 2022, no final de 2019, à la mi-2021: the year."""
    if parts.get("ye"):
        return dm.year_value(int(parts.get("ye")))
    month = dm.word("month", parts.get("m"))
    if parts.get("y"):
        return dm.month_value(int(parts.get("y")), month)
    return dm.bare_month(ctx, month)


@rule(
    "month_half",
    r"(?:(?:a|à|o|el|la|en|na|dans|durante|pendant)\s+){0,2}(?P<h>{MONTH_HALF})\s+(?:de\s+|d['’]\s*)(?P<m>{MONTH})"
    r"(?:\s+(?:de\s+)?(?P<y>{YEAR}))?{NO_DAY_AFTER}",
)
def month_half(parts: Parts, ctx: Context) -> Value | None:
    """La primera quincena de noviembre, la seconde quinzaine de juin 2021, a primeira quinzena de março: a half of
    the month as a span of its days, as `the first half of May` (the 1st to the 15th; the second, the 16th to the
    last)."""
    value = month_edge(parts, ctx)
    if value is None or value[0] is None:
        return value
    first, last, _ = value
    if dm.word("month_half", parts.get("h")) == 1:
        return first, first.replace(day=15), "day"
    return first.replace(day=16), last, "day"


@rule(
    "month_noun",
    r"(?:(?:el|le|o)\s+)?(?:(?P<w>{OFFSET})\s+)?(?:{MONTH_NOUN})\s+(?:de\s+|d['’]\s*)(?P<m>{MONTH})"
    r"(?:\s+(?:de\s+)?(?P<y>{YEAR})|\s+(?P<w2>{OFFSET_AFTER})(?![\w-]))?{NO_DAY_AFTER}",
)
def month_noun(parts: Parts, ctx: Context) -> Value | None:
    """El mes de junio, le mois de mai 2021, el próximo mes de mayo, o mês de março passado: the month."""
    month = dm.word("month", parts.get("m"))
    if parts.get("y"):
        return dm.month_value(int(parts.get("y")), month)
    offset_word = parts.first("w", "w2")
    if offset_word is None:
        return dm.bare_month(ctx, month)
    if ctx.pub is None:
        return dm.null("month")
    offset = dm.word("offset", offset_word)
    offset = dm.word("offset_after", offset_word) if offset is None else offset
    return dm.month_value(dm.offset_month_year(ctx.pub, month, offset), month)


@rule(
    "unit_edge",
    r"(?P<e>{MONTH_EDGE})\s+(?:de\s+l['’]\s*|de\s+la\s+|del\s+|de\s+|do\s+|da\s+|du\s+|d['’]\s*)"
    r"(?:(?:deste|desta|(?P<w>{OFFSET}))\s+)?(?P<u>{TIME_UNIT})(?![\w'’-])"
    r"(?:\s+(?P<w2>{OFFSET_AFTER}))?(?!\s+(?:de\s+)?\d)(?!\s+(?:de\s+|d['’]\s*)(?:{MONTH}))",  # fin du mois de mai
)
def unit_edge(parts: Parts, ctx: Context) -> Value | None:
    """Fin de l'année, finales de año, fim do mês, en début d'année: this year, month or week (the edge is a
    modifier); the one an offset names before or after the unit (`finales del año pasado`, `début de l'année
    prochaine`, `no início do próximo ano`, `a fines del mes que viene`); not the weekend (`fin de semana`, a noun
    of its own: a date only as the `weekend` rule reads it)."""
    unit = _UNITS[dm.word("time_unit", parts.get("u"))]
    unit_end = parts.match.end(parts.prefix + "u")
    if unit == "day" or dm.word("weekend", " ".join(ctx.text[ctx.start : unit_end].split())) is not None:
        return None
    before, after = parts.get("w"), parts.get("w2")
    offset = dm.word("offset", before) if before else dm.word("offset_after", " ".join(after.split())) if after else 0
    return dm.relative_unit(ctx.pub, unit, offset or 0) if ctx.pub else dm.null(unit)
