"""Date-shaped words that are no date mention: part of a name (Good Friday, The Sunday Times, 6th of October City,
Pakistan Today), a count (2000 troops), an identifier (No. 2025) or a page's own stamp (`Last updated on ...`).

The words come from `date_cues.csv` (kinds `name_before`, `name_after`, `measure_noun`, `count_noun`,
`identifier_before`, `stamp_before`), or a set of days (`set_before`).
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.spans import line_around
from pipelines.knowledge.calendars import date_cues, date_words
from pipelines.knowledge.money_vocabulary import currency_rows


def _words(kind: str) -> str:
    return "|".join(re.escape(w) for w in sorted(date_cues(kind), key=len, reverse=True))


@cache
def _name_before(ignore_case: bool = False) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_words('name_before')})[ \t]$", re.IGNORECASE if ignore_case else 0)


@cache
def _name_after(ignore_case: bool = False) -> re.Pattern:
    return re.compile(rf"[ \t](?:{_words('name_after')})\b", re.IGNORECASE if ignore_case else 0)


def is_part_of_name(text: str, start: int, end: int, lower_case: bool = False) -> bool:
    """A capitalised word just before (`Black Friday`) or after (`Sunday Times`, `15 July Martyrs Bridge`)
    makes the date the name of something else; on a page written in lower case (`lower_case`), in any case."""
    before, after = _name_before(lower_case), _name_after(lower_case)
    return bool(before.search(text, max(0, start - 12), start) or after.match(text, end))


@cache
def _set_before() -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?:{_words('set_before')})\s+$", re.IGNORECASE)


def is_a_set(text: str, start: int) -> bool:
    """A weekday, month or season after a word of recurrence (`every Monday`, `each March`, `every other Tuesday`,
    `cada lunes`, `chaque lundi`, `todas as segundas`, `set_before` of date_cues.csv) is a set of days (TIMEX3
    SET), no date."""
    return _set_before().search(text, max(0, start - 16), start) is not None


def _after(words: set[str]) -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:more|additional|extra|new|fresh|other)\s+)?(?:{nouns})\b", re.IGNORECASE)


@cache
def _measure_after() -> re.Pattern:
    return _after(set(date_cues("measure_noun")))


@cache
def _count_after() -> re.Pattern:
    # Currency names in the plural (2024 rupees); a singular name is often an English word (won, real).
    currencies = {row["token"] for row in currency_rows() if row["kind"] == "name" and row["token"].endswith("s")}
    return _after({*date_cues("count_noun"), *currencies})


# A year after these words is a year whatever follows ("in 2020 people stayed home").
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|by|from|until|till|during|before|after|early|late|mid)\s+$", re.I)


# A lowercase plural noun after the figure ("1999 suspects"; not `was`, `its` ...), and a lowercase word before it
# that is no determiner, preposition or conjunction ("arrested 1999 suspects"; but "the 2022 floods", "in 2019
# talks", "Pakistan's 2024 elections").
_PLURAL_AFTER = re.compile(
    r"[ \t]+(?!(?:was|has|is|as|its|his|this|thus|plus|does|goes|yes|less|unless|across|always|perhaps|whereas"
    r"|towards|news|series|means)\b)[a-z]{2,}s\b(?!['’])"
)


@cache
def _verb_before() -> re.Pattern:
    fiscal = "|".join(re.escape(w.word) for w in date_words("fiscal_adjective"))  # "budget 2024 allocations"
    return re.compile(
        r"(?<![\w'’-])(?!(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those|in|since|by|from|until|till"
        r"|during|before|after|of|for|at|on|to|through|between|and|or|but|than|early|late|mid|last|next|every|each|per"
        rf"|with|within|circa|year|{fiscal})[ \t]+$)[a-z]+[ \t]+$"
    )


def measures_something(text: str, end: int) -> bool:
    """Whether a unit of measure follows the figure (`1800 MHz`, `two thousand crore`; `measure_noun` of
    date_cues.csv)."""
    return _measure_after().match(text, end) is not None


def counts_something(text: str, start: int, end: int) -> bool:
    """A figure of a measure (`1500 MW`, `at 1800 hours`) or that counts the noun after it (`deployed 2000
    troops`, but `in 2020 people stayed home`), not a year."""
    if measures_something(text, end):
        return True
    if _PLURAL_AFTER.match(text, end) and _verb_before().search(text, max(0, start - 20), start):
        return True
    return bool(_count_after().match(text, end)) and not _YEAR_PREPOSITION.search(text, max(0, start - 8), start)


@cache
def _exchange_suffix() -> re.Pattern:
    suffixes = "|".join(re.escape(w) for w in sorted(date_cues("exchange_suffix"), key=len, reverse=True))
    return re.compile(rf"\.(?:{suffixes or '(?!)'})(?![\w.])")


def is_a_ticker(text: str, end: int) -> bool:
    """A number right before a dot and the code of a stock exchange (`1800.HK`, `2222.SR`, `2317.TW`;
    `exchange_suffix` of date_cues.csv) is a company's share code, no year."""
    return _exchange_suffix().match(text, end) is not None


@cache
def _identifier_before() -> re.Pattern:
    return re.compile(rf"(?<![\w.])(?:{_words('identifier_before')})\s*:?\s?$")


def is_identifier(text: str, start: int) -> bool:
    """A number after `No.`, `Vol.` or `Flight` names a document or a thing."""
    return bool(_identifier_before().search(text, max(0, start - 12), start))


@cache
def _stamp_before() -> re.Pattern:
    # At the start of a line (after a bullet or a bar) or after a bar or dot inside it, or `last updated` anywhere.
    labels = _words("stamp_before")
    return re.compile(
        rf"(?:(?:(?:^|\n)[ \t•|·*-]*|[|·•][ \t]*)(?:{labels})|\blast\s+(?:updated|modified)(?:\s+on)?)"
        r"[ \t]*[:|-]?[ \t]*$",
        re.IGNORECASE,
    )


# A wire's filing code after the agency's name in capitals: day, hour and minute (`(end) ta.mh KUNA 071530 Mar 06`).
_FILING_CODE_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,}[ \t]+[0-3]\d[0-2]\d[0-5]\d(?:[ \t]+GMT)?[ \t]+$")


def is_page_stamp(text: str, start: int) -> bool:
    """A date the page gives as its own stamp (`Updated: 12 June 2025`, `... was last updated on July 10`, a wire's
    filing line `KUNA 071530 Mar 06`)."""
    return bool(
        _stamp_before().search(text, max(0, start - 40), start)
        or _FILING_CODE_BEFORE.search(text, max(0, start - 30), start)
    )


_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\n])[ \t](?:[A-Z][\w&'’-]*)[ \t]$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_named_today(text: str, start: int, word: str) -> bool:
    """`Today` capitalised inside a sentence after a capitalised word is a name (Pakistan Today, USA Today),
    unless its line is in title case (a headline: `PM Leaves for Beijing Today`)."""
    if word != "Today" or not _CAPITALISED_BEFORE.search(text, max(0, start - 40), start):
        return False
    words = _WORD.findall(text, *line_around(text, start))
    return sum(w[0].isupper() for w in words) * 2 <= len(words)


# What may open the line before a name: the header's own date, a label in capitals (`TRANSCRIPT:`) or a field's bar.
_NAME_LINE_OPENER = re.compile(r"(?:[ \t]*date[ \t]+\d{4}-\d\d-\d\d[ \t]+)?(?:[A-Z][A-Z]+:[ \t]*)?")
_FIELD_BREAK = re.compile(r"[|•·][ \t]*")
# After a name: its line's end, a field's bar, a label's colon or a dash before a subtitle, a host (`with NAME`), or
# another word of the name in capitals (`TODAY WEEKLY`).
_HOST = r"(?:with|WITH)[ \t]+[A-Z]"
_NAME_CLOSE = re.compile(rf"[ \t]*(?:$|[|•·:]|[-–—]{{1,2}}[ \t]|{_HOST}|[A-Z]{{2,}}\b(?![ \t]+[a-z]))", re.MULTILINE)
# A headline's verb or preposition before the date ("MINISTER ARRIVES TODAY", "Talks Resumed This Week", "Leaves for
# Beijing Today"): a word in -s or -ed, but not a noun's ending such as NEWS, PRESS, FOCUS, ANALYSIS.
_VERB_FORM = re.compile(r"(?i:[a-z]*(?<![sui])(?<!ew)s|[a-z]*ed|will|to|for|on|in|at|by)")


_HOST_AFTER = re.compile(rf"[ \t]+{_HOST}")


def is_in_a_programme_name(text: str, start: int, end: int) -> bool:
    """A relative date in capitals that ends the name of a programme, an outlet or a column heading its line
    (`World This Week | Episode 12`, `BUSINESS NEWS TONIGHT`, `TRADE TODAY WEEKLY`) or that a host's name follows
    (`This Week with NAME`): the name of a page, not a day. A headline's own date keeps its verb or preposition
    before it ("PM ARRIVES TODAY", "Leaves for Beijing This Week")."""
    words = text[start:end].split()
    if not all(w[0].isupper() for w in words) or not _NAME_CLOSE.match(text, end):
        return False
    line_start = line_around(text, start)[0]
    opener = _NAME_LINE_OPENER.match(text, line_start)
    head_start = opener.end()
    field = None
    for field in _FIELD_BREAK.finditer(text, head_start, start):
        head_start = field.end()
    before = text[head_start:start].split()
    if not before:  # the name opens with the date: only a host after it makes it a name
        return _HOST_AFTER.match(text, end) is not None
    # the name's first word has no subject before it to be a verb of ("Andes This Week", "Talks Today")
    return all(not w[0].islower() for w in before) and not any(_VERB_FORM.fullmatch(w) for w in before[1:])
