"""The date grammar, bare months and years: in July (and the months listed after it), the June elections,
January's rate, a year alone. Tried last (see `date_rules`): a longer form that holds them comes first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import cache

from pipelines.extract import date_math as dm
from pipelines.extract import date_names
from pipelines.extract.date_math import Context, DateRule, Parts, Value, registry
from pipelines.extract.date_tense import cue, phrase
from pipelines.knowledge.calendars import ENGLISH, date_cues, date_words

RULES: list[DateRule] = []
rule = registry(RULES)


_MONTH_SEPARATOR = r"\s*(?:,|&|\b(?:and|or|y|e|et)\b)\s*"


@rule(
    "month",
    r"\b(?:{MONTH_PREPOSITION})\s+(?P<m>{MONTH}){NO_DAY_AFTER}(?!\s+(?:of\s+)?(?:last|this|next)\s+year\b|\s+(?:de|del|do)\s+{YEAR_PHRASE}|\s+(?:de|of)\s+{YEAR}|,?\s+(?:of\s+)?['’]\d\d(?![\w'’]))(?!\s*[-–]\s*{MONTH})"
    r"(?P<poss>['’]s\b)?"
    rf"(?P<more>(?:{_MONTH_SEPARATOR}{{MONTH}}{{NO_DAY_AFTER}}(?!,?\s+(?:de\s+|of\s+)?{{YEAR}})){{0,11}})"
    rf"(?:(?=(?:{_MONTH_SEPARATOR}{{MONTH}}){{1,11}},?\s+(?:de\s+|of\s+)?(?P<ly>{{YEAR}})))?",
)
def month(parts: Parts, ctx: Context) -> Value | list | None:
    """In July, since February: a bare month needs a preposition ("May" is also a verb); the months listed
    after it ("in January and February") are mentions too, in the list's year when it ends with one."""
    name = parts.get("m")
    if not (_alone_a_month(name) or _shouted(parts, ctx, name)) or (parts.get("poss") and name.casefold() == "may"):
        return None  # "for May's deal": the name
    if _in_a_name(parts, ctx, name):
        return None
    first = _month_in_list(parts, ctx, name)
    more = parts.get("more")
    if not more:
        return first
    found, position = [(parts.match.span(parts.prefix + "m"), first)], parts.match.start(parts.prefix + "more")
    found[0] = ((parts.match.start(), found[0][0][1]), first)
    for piece in re.split(_MONTH_SEPARATOR, more):
        offset = ctx.text.index(piece, position) if piece else position
        position = offset + len(piece)
        if piece and _alone_a_month(piece) and (piece[0].isupper() or piece.casefold() not in _ENGLISH_MONTHS):
            found.append(((offset, position), _month_after(parts, ctx, piece, found[-1][1])))
    if _a_figure_of_two_months(parts, ctx, found):
        (start, _), (first_start, _, _) = found[0]
        (_, end), (_, last_end, _) = found[1]
        return [((start, end), (first_start, last_end, "month"))]
    return found


# Two months in a row joined by `and` ("in April and May", "en enero y febrero") with a figure said of them in their
# clause, a number right before them or right after ("slipped 9% in April and May", "arrivals in January and
# February running 12% below"), or led by a word of a stretch of time ("over July and August", "through October and
# November", "durante julio y agosto", "pendant juin et juillet": `across_months` of date_cues.csv): one span the
# figure counts or the act runs across, not two months.
_PAIR_SEPARATOR = re.compile(r"\s+(?:and|y|e|et)\s+", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(r"\d[^.,;:!?\d]{0,28}$")
_NUMBER_AFTER = re.compile(r"[^.,;:!?\d]{0,28}\d")


def _a_figure_of_two_months(parts: Parts, ctx: Context, found: list) -> bool:
    """Whether the months found are two in a row joined by `and`, with a number in their clause right before or
    after; two months apart ("in January and March") are two mentions."""
    if len(found) != 2 or parts.get("ly") or found[0][1][0] is None:
        return False
    if found[1][1][0] != found[0][1][1] + timedelta(days=1):
        return False
    (_, first_end), _ = found[0]
    (second_start, second_end), _ = found[1]
    if not _PAIR_SEPARATOR.fullmatch(ctx.text, first_end, second_start):
        return False
    return bool(
        _across_months().fullmatch(ctx.text, ctx.start, parts.match.start(parts.prefix + "m"))
        or _NUMBER_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
        or _NUMBER_AFTER.match(ctx.text, second_end, second_end + 30)
    )


@cache
def _across_months() -> re.Pattern:
    """The words that lead in a stretch of time the act runs across (`across_months` of date_cues.csv), and the space
    after them."""
    words = sorted(date_cues("across_months"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(phrase, words)) or '(?!)'})\s+", re.IGNORECASE)


_NAME_OF = frozenset(w.casefold() for w in date_cues("name_of"))
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*[ \t]+$")


def _in_a_name(parts: Parts, ctx: Context, name: str) -> bool:
    """A Romance month in a place's name: after `de`, `do` ... that follows a capitalised word ("Plaza de Mayo",
    "RIO DE JANEIRO"). Capitalised after another preposition it is the month, as Portuguese long wrote it ("em
    Novembro"); capitalised after a lowercase `de` ("avenida de Mayo"), a name."""
    if name.casefold() in _ENGLISH_MONTHS:
        return False
    preposition = ctx.text[ctx.start : parts.match.start(parts.prefix + "m")].strip().casefold()
    if preposition not in _NAME_OF:
        return False
    if name[0].isupper() and parts.match.group()[0].islower():
        return True
    return bool(_CAPITALISED_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start))


def _month_after(parts: Parts, ctx: Context, name: str, before: Value) -> Value:
    """A month listed after another: in the list's year, else the first such month after the one before."""
    month_ = dm.word("month", name)
    if parts.get("ly") or before[0] is None:
        return _month_in_list(parts, ctx, name)
    return dm.month_value(before[0].year + (month_ <= before[0].month), month_)


_ENGLISH_MONTHS = dm.english_capitalised("month")


def _shouted(parts: Parts, ctx: Context, name: str) -> bool:
    """`MAY` after its preposition in capitals too (`NEXT REVIEW IN MAY`): a line in capitals, where the verb and
    the month are written alike; a preposition of time (`shouted_month_lead` of date_cues.csv: in, by, until; not
    `for` or `after`, which a headline puts before a name: "BLOW FOR MAY") says it is the month."""
    lead = ctx.text[ctx.start : parts.match.start(parts.prefix + "m")].strip()
    return name.casefold() == "may" and name.isupper() and lead.isupper() and lead.casefold() in _shouted_leads()


@cache
def _shouted_leads() -> frozenset[str]:
    return frozenset(p.casefold() for p in date_cues("shouted_month_lead"))


def _alone_a_month(name: str) -> bool:
    """`Jan` or `may` alone is no month (`May` is)."""
    if dm.word("ambiguous_alone", name) is not None and name.rstrip(".").casefold() != "may":
        return False
    return not (name.casefold() == "may" and name != "May")


def _month_in_list(parts: Parts, ctx: Context, name: str) -> Value:
    if parts.get("ly"):  # "in June and July 2023": the list's year
        return dm.month_value(int(parts.get("ly")), dm.word("month", name))
    return dm.bare_month(_ahead_for_a_contract(ctx, parts.match.end(parts.prefix + "m")), dm.word("month", name))


_FORWARD_NOUN = cue("forward_noun", prefix=r"\s+")


def _ahead_for_a_contract(ctx: Context, month_end: int) -> Context:
    """A month that names a contract ("for March delivery", "the January futures") is the next such month,
    whatever the verb of the sentence."""
    return replace(ctx, future=True, tense_stated=True) if _FORWARD_NOUN.match(ctx.text, month_end) else ctx


# The figures of a month that a report counts, its month before them with no article ("GM said October sales fell",
# "September industrial production rose", "will publish August trade data"): `figure_noun` of date_cues.csv, perhaps
# after one word that qualifies them; not a verb of a name's sentence ("April said sales ...", "June raised prices").
_FIGURE_NOUNS = "|".join(map(phrase, sorted(date_cues("figure_noun"), key=len, reverse=True))) or "(?!)"
_FIGURE_QUALIFIER = r"(?:(?!(?:said|says|told|sold|saw|set|put|cut)\b)(?-i:[a-z][a-z-]+)(?<!ed)\s+)"


@rule(
    "month_modifier",
    r"(?:(?<=\b(?:its|the|his|her|our)\s)|(?<=\b(?:their|whose)\s)|(?<=\ba\s)|(?<=\ban\s)|(?<=\w['’]s\s))(?P<m>{MONTH})(?=\s+(?-i:[a-z]))(?!\s+(?:of|to|and|or|in|on|at|for|is|was|were|will|has|had)\b)"
    r"|(?P<m2>{MONTH})['’]s(?![\w'’])"
    rf"|(?P<m4>{{MONTH}})(?=\s+{_FIGURE_QUALIFIER}?(?:{_FIGURE_NOUNS})(?![\w'’-]))"
    r"|(?P<m3>{MONTH})(?![\w'’-])(?!\s*\d)",
)
def month_modifier(parts: Parts, ctx: Context) -> Value | None:
    """A month before a noun or as a possessive: the June elections, its August lows, January's rate, October sales
    (before a report's figures, no article needed); after an
    article and an adjective: a slow October (not `May`, a name as often as a month). A month of a language that
    writes months in lower case is one wherever it stands in lower case ('las reservas cerraron junio en', 'que
    septiembre traiga', 'ont clôturé juin à', 'fecharam junho em'); capitalised, it may be a name ('Mayo Clinic')."""
    name = parts.first("m", "m2", "m3", "m4")
    if name.rstrip(".").casefold() == "may" or not _alone_a_month(name):
        return None
    if parts.get("m4"):
        # Figures are counted after their month: the latest one, though a future verb (a release to come, "will
        # publish October figures") lets a month just ahead win a forecast ("December sales are expected to").
        return dm.bare_month(replace(ctx, future=False, tense_stated=not ctx.future), dm.word("month", name))
    if (
        parts.get("m3")
        and name not in _lowercase_month_names()
        and not _ARTICLE_AND_ADJECTIVE.search(ctx.text, max(0, ctx.start - 24), ctx.start)
    ):
        return None
    return dm.bare_month(_ahead_for_a_contract(ctx, ctx.end), dm.word("month", name))


@cache
def _lowercase_month_names() -> frozenset[str]:
    """The full month names of the languages that write them in lower case (`junio`, `juin`, `junho`); not a
    shortening (`mar`, `set`), which is a word of its own as often."""
    words = [w for w in date_words("month") if w.language != ENGLISH and w.word.islower()]
    return frozenset(
        w.word
        for w in words
        if not any(
            o.value == w.value and o.language == w.language and len(o.word) > len(w.word) and o.word.startswith(w.word)
            for o in words
        )
    )


# "after a slow October", "an unusually warm January": an article and a lowercase adjective before the month.
_ARTICLE_AND_ADJECTIVE = re.compile(r"(?<![\w'’-])(?:a|an)\s+(?:[a-z]+ly\s+)?[a-z]+\s+$")


_PROGRAMMES = "|".join(date_cues("programme"))
_PROGRAMME_BEFORE = re.compile(rf"\b(?:{_PROGRAMMES})\s+$")
_PROGRAMME_AFTER = re.compile(rf"\s+(?:{_PROGRAMMES})\b")


# A year followed by two more groups of digits is a telephone number ("1800 900 090"), unless a preposition leads it
# in ("en 2019 500 000 personnes").
_TELEPHONE_GROUP = re.compile(r" \d{3} \d{3,}\b")
# A four-digit clock time: after `at` written in capitals, as a schedule line writes it, or before an hour's word.
_LED_IN = re.compile(r"\b(?:in|en|em|by|since|from|de|desde|depuis)\s+$", re.IGNORECASE)
_CLOCK_TIME = re.compile(r"(?-i:\bAT) \d{4}\b|\b\d{4} ?(?:hrs|hours|GMT|UTC|local time)\b", re.IGNORECASE)


@rule(
    "year",
    r"(?<![\w$€£¥#/.,-])(?P<y>{YEAR})"
    r"(?![\w%/-]|[.,]\d)",
)
def year(parts: Parts, ctx: Context) -> Value | None:
    """A bare year, not in an amount, a figure, an identifier, a telephone number or a clock time."""
    after, before = ctx.text[ctx.end : ctx.end + 3], ctx.text[max(0, ctx.start - 4) : ctx.start]
    if re.match(r"\s*[-–]\s*\d", after) or re.search(r"\d[\s,]$", before):
        return None
    telephone = _TELEPHONE_GROUP.match(ctx.text, ctx.end) and not _LED_IN.search(
        ctx.text, max(0, ctx.start - 8), ctx.start
    )
    if telephone or _CLOCK_TIME.search(ctx.text, max(0, ctx.start - 4), ctx.end + 8):
        return None  # "call 1800 900 090", "SPORT AT 1830", "at 1800 GMT": no year
    if date_names.counts_something(ctx.text, ctx.start, ctx.end) or date_names.is_identifier(ctx.text, ctx.start):
        return None  # 2000 troops, No. 2025
    if date_names.is_a_ticker(ctx.text, ctx.end):
        return None  # 1800.HK, a share code
    if _PROGRAMME_BEFORE.search(ctx.text, max(0, ctx.start - 12), ctx.start) or _PROGRAMME_AFTER.match(
        ctx.text, ctx.end
    ):
        return None  # the name of a programme (Vision 2030, the 2030 Agenda), not a date
    return dm.year_value(int(parts.get("y")))
