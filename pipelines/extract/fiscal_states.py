"""Which state's fiscal calendar a fiscal year of an article follows (`fiscal_calendars.csv`): the state its
sentence names, the one of the fiscal year said last, the one the article names most, or the corpus's fallback.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache

from pipelines.extract.records import Span
from pipelines.extract.spans import sentence_around
from pipelines.knowledge import city_countries, country_names, demonyms
from pipelines.knowledge.actor_words import country_word_rows as _romance_rows
from pipelines.knowledge.calendars import FiscalCalendar, fiscal_calendars, state_seats


@cache
def _state_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """Names (English and Romance) and demonyms of every state, to their ISO3: a state with no fiscal calendar
    listed counts in calendar years."""
    romance = {row["word"]: row["alpha3"] for row in _romance_rows() if row["kind"] == "name"}
    names = {**romance, **country_names(), **demonyms(), **state_seats()}  # `the Pentagon` names the USA
    alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w$])"), names  # not `US$`: a currency


@cache
def _place_pattern() -> tuple[re.Pattern, dict[str, str]]:
    places = city_countries()
    alternation = "|".join(map(re.escape, sorted(places, key=len, reverse=True)))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), places


def _calendar(iso3: str) -> FiscalCalendar:
    return fiscal_calendars().get(iso3) or FiscalCalendar(iso3, 1, "end", False)


# A state named this much less often than the state the article names most is not whose budget it counts.
_OUTNUMBERED = 2


# Between a state's name and its fiscal year: the possessive ending, perhaps `own`, `current` or `next`.
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:own|current|next|last|new|coming)\s+)?$", re.IGNORECASE)

_AFTER_PREPOSITION = re.compile(r"\b(?:in|to|into|for|from|with)\s+(?:the\s+)?\Z", re.IGNORECASE)


class FiscalStates:
    """Which state's fiscal calendar a fiscal year in this article follows."""

    def __init__(self, text: str, fallback: str | None):
        self.text, self.fallback = text, fiscal_calendars().get(fallback or "")
        self._found: tuple[list[int], list[str]] | None = None  # offsets and ISO3 of every state named
        self._counts: Counter | None = None
        self._last: FiscalCalendar | None = None  # the calendar of the fiscal year said last

    def _named(self, start: int, end: int) -> list[str]:
        if self._found is None:  # one pass over the article, on the first fiscal year only
            pattern, names = _state_pattern()
            matches = list(pattern.finditer(self.text))
            self._found = [m.start() for m in matches], [names[m.group()] for m in matches]
        offsets, states = self._found
        first, last = bisect_left(offsets, start), bisect_left(offsets, end)
        return list(zip(offsets[first:last], states[first:last], strict=True))

    def calendar_at(self, span: Span, split: bool = False) -> FiscalCalendar | None:
        """The first state named in the sentence (for `2023-24`, the first that writes split years); else the
        calendar of the fiscal year said last ("FY2024-25 ... the current fiscal year"); else the state the
        article names most whose fiscal year is not the calendar year (and, for `2023-24`, that writes split
        years); else the sentence's first state (`2023-24` is then a plain span); else the fallback."""
        named = self._named(*sentence_around(self.text, span))
        owner = self._possessive_before(named, span[0])
        if owner is not None and (not split or owner.writes_split_years):
            self._last = owner
            return owner  # "Japan's fiscal year 2025": the state that owns it says so
        in_sentence = [_calendar(iso3) for _, iso3 in named]
        # A state after a preposition is where the money goes ("to spend in Vietnam in fiscal 2014"), not
        # whose budget counts it: it yields to a state with a fiscal year of its own named in the article.
        owners = [
            _calendar(iso3)
            for offset, iso3 in named
            if not _AFTER_PREPOSITION.search(self.text, max(0, offset - 12), offset)
        ]
        chosen = next((c for c in owners if not split or c.writes_split_years), None)
        if chosen is None and self._last is not None and (not split or self._last.writes_split_years):
            chosen = self._last
        chosen = chosen or self._named_most(split) or (in_sentence[0] if in_sentence else None)
        # An article that names only calendar-year states counts in calendar years, not in the corpus's; one that
        # names no state, in the calendar of the state its cities name most.
        chosen = chosen or self._named_most(split, any_calendar=True) or self._seated() or self.fallback
        self._last = chosen or self._last
        return chosen

    def _possessive_before(self, named: list[tuple[int, str]], start: int) -> FiscalCalendar | None:
        """The state named in the possessive right before the fiscal year (`India's FY2024`, `Japan's fiscal')."""
        gap = _POSSESSIVE_GAP.search(self.text, max(0, start - 40), start)
        if gap is None:
            return None
        names = _state_pattern()[1]
        return next(
            (_calendar(iso3) for offset, iso3 in named if names.get(self.text[offset : gap.start()]) == iso3), None
        )

    def _seated(self) -> FiscalCalendar | None:
        """The state whose cities (`Washington`, `Islamabad`) the article names most."""
        pattern, places = _place_pattern()
        counts = Counter(places[m.group()] for m in pattern.finditer(self.text))
        return _calendar(max(counts, key=counts.__getitem__)) if counts else None

    def _named_most(self, split: bool, any_calendar: bool = False) -> FiscalCalendar | None:
        """The state the article names most whose fiscal year is not the calendar year, among those that write
        split years for `2023-24` (with `any_calendar`, any state: one that writes no split years makes `2023-24` a
        plain span); not one the article names far less than its main state."""
        if self._counts is None:
            self._counts = Counter(iso3 for _, iso3 in self._named(0, len(self.text)))
        most = max(self._counts.values(), default=0)
        candidates = [
            (count, iso3)
            for iso3, count in self._counts.items()
            if (any_calendar or _calendar(iso3).first_month != 1)
            and (any_calendar or not split or _calendar(iso3).writes_split_years)
            # a single year follows the main state, a split year (`2023-24`) one of the states that write them
            and count * (_OUTNUMBERED if split or any_calendar else 1) >= most
        ]
        return _calendar(max(candidates)[1]) if candidates else None
