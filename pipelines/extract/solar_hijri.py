"""The Iranian (solar hijri) calendar: the Gregorian days of its years and their months, for the years Iranian
news counts in (`the Iranian year 1402`, `the first quarter of the current Iranian year`)."""

from __future__ import annotations

from datetime import date, timedelta

# The years that open a cycle of leap years (the jalaali arithmetic of Borkowski, as in jalaali-js).
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178)
# A Gregorian year's solar hijri year: the one that begins in its March.
OFFSET = 621


def new_year(year: int) -> date:
    """The first day (1 Farvardin) of solar hijri `year`: 20 or 21 March of `year + 621`."""
    gregorian = year + OFFSET
    leap_j, previous, jump = -14, _BREAKS[0], 0
    for current in _BREAKS[1:]:
        jump = current - previous
        if year < current:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        previous = current
    n = year - previous
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return date(gregorian, 3, 20 + leap_j - leap_g)


def month_start(year: int, month: int) -> date:
    """The first day of month `month` (1-12) of `year`: the first six months have 31 days, the next five 30."""
    days = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return new_year(year) + timedelta(days=days)


def months(year: int, first: int, count: int) -> tuple[date, date]:
    """The first and last day of `count` months from month `first` of `year` (past the year's end, the next's)."""
    last = first + count
    end = new_year(year + 1) if last > 12 else month_start(year, last)
    return month_start(year, first), end - timedelta(days=1)


def year_of(day: date) -> int:
    """The solar hijri year `day` falls in."""
    year = day.year - OFFSET
    return year if day >= new_year(year) else year - 1
