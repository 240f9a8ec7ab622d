"""Which state's fiscal calendar a fiscal year of an article follows (`fiscal_calendars.csv`): the state its
sentence names, the one of the fiscal year said last, the state the article is about (its dateline's), the one the
article names most (its provinces and federal states name it too: `Stamford, Conn.`), the one whose currency its
figures are in, the United States for bare `$` figures; the corpus's fallback only when the article says nothing of
any.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from functools import cache

from pipelines.extract.records import Span
from pipelines.extract.spans import sentence_around
from pipelines.knowledge import city_countries, country_names, demonyms
from pipelines.knowledge.actor_words import country_word_rows as _romance_rows
from pipelines.knowledge.calendars import FiscalCalendar, date_cues, fiscal_calendars, state_regions, state_seats
from pipelines.knowledge.money_vocabulary import CurrencyToken, currency_tokens


@cache
def _state_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """Names (English and Romance) and demonyms of every state, to their ISO3: a state with no fiscal calendar
    listed counts in calendar years."""
    romance = {row["word"]: row["alpha3"] for row in _romance_rows() if row["kind"] == "name"}
    # `the Pentagon` and `Stamford, Conn.` name the USA
    names = {**romance, **country_names(), **demonyms(), **state_seats(), **state_regions()}
    alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    # Not after a prefix that makes the name a region's (`Inter-American`, `Pan-African`: `region_prefix`).
    prefixes = "".join(rf"(?<!\b{re.escape(p)}-)" for p in date_cues("region_prefix"))
    return re.compile(rf"(?<![\w.]){prefixes}(?:{alternation})(?![\w$])"), names  # not `US$`: a currency


def _single_issuers(tokens: Iterable[CurrencyToken]) -> dict[str, str]:
    """Token to the one state that issues it, for tokens that one state alone issues; not the United States dollar,
    in which every state's trade and aid are counted (`US$ 150 million`)."""
    states: dict[str, set[str]] = {}
    for token in tokens:
        if token.currency != "USD":
            states.setdefault(token.token, set()).add(token.country)
    return {token: next(iter(found)) for token, found in states.items() if len(found) == 1 and "" not in found}


@cache
def _national_currency_pattern() -> tuple[re.Pattern, dict[str, str], dict[str, str]]:
    """A currency that one state alone issues, written right before a figure (`Ksh 2.4 billion`, `£3 billion`) or
    named after it, a scale word or two between (`12 billion yen`, `40 million pounds sterling`)."""
    tokens = currency_tokens()
    # A lone letter before a figure (`K`, `R`) is too often something else; a lone sign (`£`, `₹`) is not.
    before = _single_issuers(
        t for t in tokens if t.kind in {"abbr", "code", "symbol"} and (len(t.token) >= 2 or not t.token.isalpha())
    )
    after = _single_issuers(t for t in tokens if t.kind == "name")

    def alternation(words: dict[str, str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"

    return (
        re.compile(
            rf"(?<![\w.])(?P<token>{alternation(before)})[ \t]?(?=\d)"
            rf"|(?<=\d)[ \t]*(?:[^\W\d]+[ \t]+){{0,2}}?(?P<name>{alternation(after)})(?!\w)"
        ),
        before,
        after,
    )


@cache
def _place_pattern() -> tuple[re.Pattern, dict[str, str]]:
    places = city_countries()
    alternation = "|".join(map(re.escape, sorted(places, key=len, reverse=True)))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), places


def _calendar(iso3: str) -> FiscalCalendar:
    return fiscal_calendars().get(iso3) or FiscalCalendar(iso3, 1, "end", False)


@cache
def _default_symbol_states() -> dict[str, str]:
    """A symbol that several states write (`$`), to the state of its default reading."""
    return {t.token: t.country for t in currency_tokens() if t.kind == "symbol" and t.default and t.country}


# A currency symbol written alone right before a figure: no letters before it (`US$`, `A$`, `HK$` are other readings).
_BARE_SYMBOL_BEFORE_FIGURE = re.compile(r"(?<![\w$])(?P<symbol>\$)[ \t]?(?=\d)")


# A state named this much less often than the state the article names most is not whose budget it counts.
_OUTNUMBERED = 2


# Between a state's name and its fiscal year: the possessive ending, perhaps `own`, `current` or `next`; or nothing,
# the name or demonym an attribute of the year ("the Bangladesh fiscal year 2010-11", "the Indian fiscal year").
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:own|current|next|last|new|coming)\s+)?$", re.IGNORECASE)

_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"\b(?:in|to|into|for|from|with)\s+(?:the\s+)?\Z", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# What joins two states of a list: a comma, `and` or `or` (`y`, `e`, `et`, `ou`, `o`), perhaps `the`.
_JOINED = re.compile(r"(?:,?[ \t]+(?:and|or|y|e|et|ou|o)[ \t]+|,[ \t]*)(?:the[ \t]+)?", re.IGNORECASE)


# A dateline's city at a line's start, in capitals or in title case, before a comma, the wire's bracket, a colon or
# a dash (`TOKYO (AP) _`, `New Delhi, May 2 (IANS)`, `New Delhi:`, `London —`), or the double hyphen of American
# papers and wires (`WASHINGTON -- When`).
_DATELINE_CITY = re.compile(
    r"^[ \t]*(?P<city>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})(?=[ \t]*(?:[,(:]|(?:[-–—_]|--)[ \t]))", re.M
)
_DATELINE_CITY_CHARS = 600
# A line of the page's head, and the first line of its body that ends it: a sentence of ten words or more.
_HEAD_LINE = re.compile(r"[^\n]+")
_BODY_LINE = re.compile(r"(?:[^\s]+\s+){9,}[^\n]*[.!?:;]['’\"”)]?\s*$")


class FiscalStates:
    """Which state's fiscal calendar a fiscal year in this article follows."""

    def __init__(self, text: str, fallback: str | None):
        self.text, self.fallback = text, fiscal_calendars().get(fallback or "")
        self._found: tuple[list[int], list[str]] | None = None  # offsets and ISO3 of every state named
        self._counts: Counter | None = None
        self._last: FiscalCalendar | None = None  # the calendar of the fiscal year said last
        self._home_state: str | None = None  # ISO3 of the dateline's state ("": none), read on first need
        self._head: str | None = None  # ISO3 of the first state the page's head names ("": none), read on first need
        self._figures_counts: Counter | None = None  # states whose own currency the figures are in, read on first need

    def _named(self, start: int, end: int) -> list[str]:
        if self._found is None:  # one pass over the article, on the first fiscal year only
            pattern, names = _state_pattern()
            matches = list(pattern.finditer(self.text))
            self._found = [m.start() for m in matches], [names[m.group()] for m in matches]
        offsets, states = self._found
        first, last = bisect_left(offsets, start), bisect_left(offsets, end)
        return list(zip(offsets[first:last], states[first:last], strict=True))

    def calendar_at(
        self, span: Span, split: bool = False, said: bool = True, year: int | None = None
    ) -> FiscalCalendar | None:
        """The first state named in the sentence (for `2023-24`, the first that writes split years); else the
        calendar of the fiscal year said last ("FY2024-25 ... the current fiscal year"); else the dateline's state
        (`TOKYO (AP) _`, `New Delhi:`); else the state the article names most whose fiscal year is not the calendar
        year (and, for `2023-24`, that writes split years); else the sentence's first state (`2023-24` is then a
        plain span); else any state the article names most, the state of its figures' currency, of its cities; else
        the fallback. `said`: the text calls it a fiscal year (`FY2022-23`, `the 2022/23 financial year`), not a
        bare `2022-23`. `year`: the first year the fiscal year is named by; one only a state's own era can name
        (`fiscal year 2075/76` in 2019) is that state's, the one with such an era the article names most."""
        era = self._own_era(year) if year is not None else None
        if era is not None:
            self._last = era
            return era
        named = self._named(*sentence_around(self.text, span))
        owner = self._possessive_before(named, span[0])
        if owner is not None and (not split or owner.writes_split_years):
            self._last = owner
            return owner  # "Japan's fiscal year 2025": the state that owns it says so
        held = self._possessive_holder(named, span[0], split) or self._currency_in_sentence(span, split)
        if held is not None:
            # "Bangladesh's exports to India at $1.3 billion in FY2020-21", "set aside Ksh 2.4 billion in the
            # 2019/20 financial year": whose figure it is
            self._last = held
            return held
        in_sentence = [_calendar(iso3) for _, iso3 in named]
        # A state after a preposition is where the money goes ("to spend in Vietnam in fiscal 2014"), not
        # whose budget counts it: it yields to a state with a fiscal year of its own named in the article.
        # A state in the possessive owns what follows, after a preposition too ("with Bangladesh's exports").
        # A state joined to one after a preposition is a place too ("sales in China and the United States").
        located = self._located(named)
        owners = [_calendar(iso3) for offset, iso3 in named if offset not in located or self._possessive_at(offset)]
        chosen = next((c for c in owners if not split or c.writes_split_years), None)
        if said and chosen is not None and chosen.first_month == 1:
            # A year the text calls fiscal is rarely a calendar-year state's: a state of the sentence with a fiscal
            # year of its own owns it, after a preposition too ("Chinese investments in Egypt in the last
            # financial year", "$18 million in Fiscal Year 2017 for Vietnam's coast guard, the U.S. said"); with
            # none, the states of the article decide as when the sentence names none.
            chosen = next((c for c in in_sentence if c.first_month != 1 and (not split or c.writes_split_years)), None)
        if chosen is None and said:
            # A city of the sentence names whose budget it is before the fiscal year said last does ("Dhaka had
            # set aside Tk 500 crore in its budget for FY2022-23", after India's FY2021-22).
            chosen = self._city_in_sentence(span, split)
        if chosen is None and self._last is not None and (not split or self._last.writes_split_years):
            chosen = self._last
        # With no state named to own it, a city of the sentence says whose year it is ("will be held in Nairobi in
        # the 2020/21 financial year"); a year written split (`2022/23`) is of a state that writes them, however
        # seldom the article names it beside one that does not.
        # A bare `1990-91` whose sentence names only states that count in calendar years is a plain span of theirs
        # ("announced a US pledge for 2010-2011"); a state after a preposition owns none ("flew on to Kuwait ...
        # since the 1990-91 Gulf War").
        bare = split and not said
        chosen = (
            chosen
            or (self._city_in_sentence(span, split) if said else None)
            or (owners[0] if bare and owners else None)
            or self._home(split)
            or self._named_most(split)
            or (self._named_most(split, outnumbered=True) if split and said else None)
            or (in_sentence[0] if in_sentence and not bare else None)
        )
        # An article that names only calendar-year states counts in calendar years, not in the corpus's; one that
        # names no state, in the calendar of the state whose currency its figures are in, else of the state its
        # cities name most.
        chosen = (
            chosen
            or self._named_most(split, any_calendar=True)
            or self._figures_state(split)
            or self._seated()
            or self._default_dollar_state()
            or self.fallback
        )
        self._last = chosen or self._last
        return chosen

    def _possessive_holder(self, named: list[tuple[int, str]], start: int, split: bool) -> FiscalCalendar | None:
        """The state of the sentence in the possessive that holds the figure a fiscal year counts, when it has a
        fiscal year of its own: the nearest one before the fiscal year ("Bangladesh's exports ... in FY2021"), else
        the first after it ("trade touched $18 billion in FY2021-22, making Bangladesh India's largest partner")."""
        held = [
            calendar_
            for offset, iso3 in named
            if self._possessive_at(offset)
            and (calendar_ := _calendar(iso3)).first_month != 1
            and (not split or calendar_.writes_split_years)
            and offset < start
        ]
        if held:
            return held[-1]
        return next(
            (
                calendar_
                for offset, iso3 in named
                if offset > start
                and self._possessive_at(offset)
                and (calendar_ := _calendar(iso3)).first_month != 1
                and (not split or calendar_.writes_split_years)
            ),
            None,
        )

    def _currency_in_sentence(self, span: Span, split: bool) -> FiscalCalendar | None:
        """The state whose own currency a figure of the sentence is in, when one state issues it and has a fiscal
        year of its own (`Ksh 2.4 billion`, `Tk 500 crore`, `LE 3 billion`; not `$` nor `Rs`, which several
        states write): the budget the fiscal year counts is that state's."""
        for iso3 in self._currency_states(*sentence_around(self.text, span)):
            calendar_ = _calendar(iso3)
            if calendar_.first_month != 1 and (not split or calendar_.writes_split_years):
                return calendar_
        return None

    def _currency_states(self, start: int, end: int) -> list[str]:
        """The states whose own currency each figure between the offsets is in, in text order."""
        pattern, before, after = _national_currency_pattern()
        return [
            before[token] if (token := match.group("token")) else after[match.group("name")]
            for match in pattern.finditer(self.text, start, end)
        ]

    def _figures_state(self, split: bool) -> FiscalCalendar | None:
        """The state whose own currency the article's figures are in most (`12 billion yen`): their budget's or
        company's, when no state is named."""
        if self._figures_counts is None:  # one pass over the article, whatever the number of fiscal years
            self._figures_counts = Counter(self._currency_states(0, len(self.text)))
        counts = self._figures_counts
        if not counts:
            return None
        calendar_ = _calendar(max(counts, key=counts.__getitem__))
        return calendar_ if not split or calendar_.writes_split_years else None

    def _default_dollar_state(self) -> FiscalCalendar | None:
        """The state of a symbol's default reading (`$`: the United States) when the article's figures are written
        with it alone (`$4.2 million`, not `US$`, `A$` nor `HK$`) and it names no state, city or region: an American
        business wire's company counts its fiscal years in the United States' calendar, not the corpus's."""
        match = _BARE_SYMBOL_BEFORE_FIGURE.search(self.text)
        state = _default_symbol_states().get(match.group("symbol")) if match else None
        return _calendar(state) if state else None

    def _dateline_state(self) -> str:
        """The state of the dateline's city, the first line near the top that opens with a city ("": none)."""
        if self._home_state is None:  # read once per article
            _, places = _place_pattern()
            cities = (match.group("city") for match in _DATELINE_CITY.finditer(self.text, 0, _DATELINE_CITY_CHARS))
            self._home_state = next(
                (state for city in cities if (state := places.get(city) or places.get(city.title()))), ""
            )
        return self._home_state

    def _head_state(self) -> str:
        """The first state the page's head names, in the short lines above its body (an issuer, `Government of
        India`, `Bangladesh Bank`; an outlet's section, `Live TV | India`; a headline) ("": none)."""
        if self._head is None:  # read once per article
            pattern, names = _state_pattern()
            self._head = ""
            for line in _HEAD_LINE.finditer(self.text, 0, _DATELINE_CITY_CHARS):
                if _BODY_LINE.match(line.group()):
                    break
                found = pattern.search(line.group())
                if found is not None:
                    self._head = names[found.group()]
                    break
        return self._head

    def _home(self, split: bool) -> FiscalCalendar | None:
        """The calendar of the state the article is about, its dateline's, else the one its page's head names first
        (for `2023-24`, when it writes split years)."""
        state = self._dateline_state()
        if not state:
            head = _calendar(self._head_state()) if self._head_state() else None
            # a head's state decides only a fiscal year of its own (a headline names the other side as often)
            owns_one = head is not None and head.first_month != 1 and (not split or head.writes_split_years)
            return head if owns_one else None
        calendar_ = _calendar(state)
        return calendar_ if not split or calendar_.writes_split_years else None

    def _located(self, named: list[tuple[int, str]]) -> set[int]:
        """The offsets of the states named after a preposition, and of those listed after one of them."""
        pattern = _state_pattern()[0]
        located: set[int] = set()
        list_end = -1  # where the last state after a preposition (or listed after one) ends
        for offset, _ in named:
            if _AFTER_PREPOSITION.search(self.text, max(0, offset - 12), offset) or (
                list_end >= 0 and _JOINED.fullmatch(self.text, list_end, offset)
            ):
                located.add(offset)
                list_end = pattern.match(self.text, offset).end()
            else:
                list_end = -1
        return located

    def _possessive_at(self, offset: int) -> bool:
        match = _state_pattern()[0].match(self.text, offset)
        return match is not None and bool(_POSSESSIVE_AFTER.match(self.text, match.end()))

    def _possessive_before(self, named: list[tuple[int, str]], start: int) -> FiscalCalendar | None:
        """The state named in the possessive right before the fiscal year (`India's FY2024`, `Japan's fiscal'), or
        as its attribute after `the` (`the Bangladesh fiscal year 2010-11`; not `aid to Indonesia this year`)."""
        gap = _POSSESSIVE_GAP.search(self.text, max(0, start - 40), start)
        if gap is None:
            return None
        names = _state_pattern()[1]
        attribute = not gap.group().startswith(("'", "’"))
        return next(
            (
                _calendar(iso3)
                for offset, iso3 in named
                if names.get(self.text[offset : gap.start()]) == iso3
                and (not attribute or _THE_BEFORE.search(self.text, max(0, offset - 4), offset))
            ),
            None,
        )

    def _city_in_sentence(self, span: Span, split: bool) -> FiscalCalendar | None:
        """The first city of the sentence in a state the article names, whose fiscal year is its own (and, for
        `2023-24`, written split)."""
        pattern, places = _place_pattern()
        start, end = sentence_around(self.text, span)
        self._named_most(split)  # counts the states named
        for match in pattern.finditer(self.text, start, end):
            calendar_ = _calendar(places[match.group()])
            if (
                calendar_.state in self._counts
                and calendar_.first_month != 1
                and (not split or calendar_.writes_split_years)
            ):
                return calendar_
        return None

    def _seated(self) -> FiscalCalendar | None:
        """The state whose cities (`Washington`, `Islamabad`) the article names most, a wire's dateline city in
        capitals (`TOKYO (AP) _`, `NEW YORK, Jan. 8 --`) among them."""
        pattern, places = _place_pattern()
        counts = Counter(places[m.group()] for m in pattern.finditer(self.text))
        if dateline := self._dateline_state():
            counts[dateline] += 1
        return _calendar(max(counts, key=counts.__getitem__)) if counts else None

    def _state_counts(self) -> Counter:
        """How often the article names each state (ISO3)."""
        if self._counts is None:
            self._counts = Counter(iso3 for _, iso3 in self._named(0, len(self.text)))
        return self._counts

    def _own_era(self, year: int) -> FiscalCalendar | None:
        """The state the article names most whose own era can name `year`."""
        eras = [(count, iso3) for iso3, count in self._state_counts().items() if _calendar(iso3).in_own_era(year)]
        return _calendar(max(eras)[1]) if eras else None

    def _named_most(self, split: bool, any_calendar: bool = False, outnumbered: bool = False) -> FiscalCalendar | None:
        """The state the article names most whose fiscal year is not the calendar year, among those that write
        split years for `2023-24` (with `any_calendar`, any state: one that writes no split years makes `2023-24` a
        plain span); not one the article names far less than its main state, unless `outnumbered`."""
        counts = self._state_counts()
        most = max(counts.values(), default=0)
        candidates = [
            (count, iso3)
            for iso3, count in counts.items()
            if (any_calendar or _calendar(iso3).first_month != 1)
            and (any_calendar or not split or _calendar(iso3).writes_split_years)
            # a single year follows the main state, a split year (`2023-24`) one of the states that write them
            and (outnumbered or count * (_OUTNUMBERED if split or any_calendar else 1) >= most)
        ]
        return _calendar(max(candidates)[1]) if candidates else None
