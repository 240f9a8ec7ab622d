"""Date mentions: find every calendar expression and normalise it to an inclusive interval.

The grammar is the list of named rules in the `date_rules*` modules (fiscal years and edge-named spans, dates,
years, relative forms, bare months and years), filled with the vocabulary of
`pipelines/knowledge/date_words.csv` for the article's language and compiled into one regex, so the
extractor runs at regex speed. Relative expressions (weekdays, `last month`, a month
without a year) resolve against the publication date, past or future by the tense of their sentence
(`date_tense`); with no publication date they stay null. Fiscal years follow the calendar of the state the sentence or
the article names (`fiscal_calendars.csv`), else the corpus's fallback.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, partial

from pipelines.extract import (
    date_names,
    date_rules,
    date_rules_fiscal,
    date_rules_months,
    date_rules_relative,
    date_rules_romance,
    date_rules_years,
)
from pipelines.extract.date_math import Context, Parts, Value, english_capitalised, safe_day
from pipelines.extract.date_tense import (
    cue,
    in_an_announced_plan,
    marks_every_past,
    past_of_another_clause,
    phrase,
    tense,
)
from pipelines.extract.fiscal_states import FiscalStates
from pipelines.extract.records import DateMention, Span
from pipelines.extract.regex_dispatch import DispatchedAlternation
from pipelines.extract.settings import default_settings
from pipelines.extract.spans import overlaps_any, sentence_around
from pipelines.knowledge.calendars import ENGLISH, date_words

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|\.?º|°)?"  # `1º de janeiro`: an ordinal indicator
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
# No day's figure after a month name, as in `July 3`, `Sept. 3` or a hard-wrapped `July\n3`; a period and a line
# break end the sentence the month ends ("shipped to Kramatorsk in July.\n\n3. Exports ...", "in March.\n\n10:10 ...").
NO_DAY_AFTER = r"(?!\.?[ \t]*\d|[ \t]*\n\s*\d)"
_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_LOCAL_GROUP = re.compile(r"\(\?P<(\w+)>|\(\?\((\w+)\)")  # a group, or a condition on one: `(?(between)...)`
# Every form, in the order they are tried: longer forms first, a bare year last.
RULES = (
    *date_rules_fiscal.RULES,
    *date_rules_romance.RULES,
    *date_rules.RULES,
    *date_rules_years.RULES,
    *date_rules_relative.RULES,
    *date_rules_months.RULES,
)
_CAPITALISED_GROUP = re.compile(r"m\d?|wd\d?")
# A word ends at a non-word character; an apostrophe only as a possessive ("Friday's talks") or before a
# two-digit year ("Jun.'04").
_WORD_END = r"(?!\w|['’](?!s\b|\d\d(?!\d)))"


def _alternation(words: list[str], abbreviations: frozenset[str] = frozenset()) -> str:
    if not words:
        return "(?!)"  # no word of this kind in these languages: the rule never matches
    full = sorted({w for w in words if w not in abbreviations}, key=len, reverse=True)
    short = sorted(abbreviations, key=len, reverse=True)
    options = ["(?:" + "|".join(map(phrase, full)) + ")" + _WORD_END]
    if short:
        options.append("(?>(?:" + "|".join(map(re.escape, short)) + r")\.?)" + _WORD_END)
    return "(?:" + "|".join(options) + ")"


def _abbreviations(kind: str, languages: frozenset[str]) -> frozenset[str]:
    """Words that shorten a longer word of the same kind and value (`Sept` of `September`)."""
    words = [w for w in date_words(kind) if w.language in languages]
    return frozenset(
        w.word
        for w in words
        if any(o.value == w.value and len(o.word) > len(w.word) and o.word.startswith(w.word) for o in words)
    )


@cache
def vocabulary(language: str) -> dict[str, str]:
    """Placeholder name to regex, for English plus the article's language (`*`: every language listed)."""
    listed = {w.language for kind in ("month", "weekday") for w in date_words(kind)}
    languages = frozenset(listed if language == "*" else {ENGLISH, language})

    def words(kind: str) -> list[str]:
        return [w.word for w in date_words(kind) if w.language in languages]

    return {
        "DAY": DAY,
        "YEAR": YEAR,
        "NO_DAY_AFTER": NO_DAY_AFTER,
        "MONTH": _alternation(words("month"), _abbreviations("month", languages)),
        "WEEKDAY": _alternation(words("weekday"), _abbreviations("weekday", languages)),
        "FULL_WEEKDAY": _alternation([w for w in words("weekday") if w not in _abbreviations("weekday", languages)]),
        # a weekday's shortening, its period written (`Wed.`, `Thurs.`)
        "WEEKDAY_ABBREVIATION": "(?:"
        + "|".join(map(re.escape, sorted(_abbreviations("weekday", languages), key=len, reverse=True)) or ["(?!)"])
        + r")\.(?=[\s,;:)]|$)",
        # the words that name a fiscal year on their own, before its number ("fiscal 2014")
        "FISCAL_ALONE": _alternation([w.word for w in date_words("fiscal_adjective") if w.value == 1]),
        **{
            kind.upper(): _alternation(words(kind))
            for kind in (
                "season",
                "offset",
                "number",
                "quarter_ordinal",
                "part",
                "dayword",
                "month_preposition",
                "year_phrase",
                "month_phrase",
                "week_phrase",
                "period_noun",
                "weekday_short",
                "weekday_short_lead",
                "weekday_short_follow",
                "weekend",
                "weekend_lead",
                "weekend_offset",
                "decade_word",
                "ago_word",
                "ago_after",
                "time_unit",
                "offset_after",
                "later_word",
                "month_edge",
                "month_half",
                "month_noun",
                "range_from",
                "range_to",
                "range_and",
                "year_thousand",
                "year_word_lead",
                "year_century",
                "decade_lead",
                "decade_lead_digits",
                "anaphor_year",
                "anaphor_month",
                "anaphor_day",
                "anaphor_period",
                "season_anaphor",
                "season_anaphor_after",
                "season_anaphor_before",
                "day_ordinal",
                "solar_hijri",
                "fiscal_noun",
                "fiscal_adjective",
                "fiscal_phrase",
                "fiscal_anaphor",
                "fiscal_as_noun",
                "fiscal_as_noun_follow",
                "months_side",
                "months_plural",
                "year_noun",
                "weekday_day_follow",
            )
        },
        # A preposition may end in an apostrophe that joins it to the season (`d'ici l'été`): no word end here.
        "SEASON_PREPOSITION": "(?:"
        + "|".join(map(phrase, sorted(words("season_preposition"), key=len, reverse=True)))
        + ")"
        if words("season_preposition")
        else "(?!)",
    }


def _rule_pattern(name: str, template: str, vocab: dict[str, str]) -> str:
    filled = _PLACEHOLDER.sub(lambda m: vocab[m.group(1)], template)
    local = _LOCAL_GROUP.sub(
        lambda m: f"(?P<{name}__{m.group(1)}>" if m.group(1) else f"(?({name}__{m.group(2)})", filled
    )
    return f"(?P<{name}>" + local + ")"


@cache
def grammar(language: str = ENGLISH) -> DispatchedAlternation:
    """Every rule, in rule order, matched at word starts (each word tries only the rules that can start with
    its first character)."""
    vocab = vocabulary(language)
    return DispatchedAlternation([_rule_pattern(r.name, r.pattern, vocab) for r in RULES], re.IGNORECASE)


@cache
def _stated_fiscal_year(language: str) -> re.Pattern:
    vocab = vocabulary(language)
    return re.compile(_PLACEHOLDER.sub(lambda m: vocab[m.group(1)], date_rules_fiscal.STATED_FISCAL_YEAR), re.I)


@cache
def _rules_by_name():
    return {r.name: r for r in RULES}


def extract_dates(
    text: str,
    publication_date: date | None,
    skip: tuple[Span, ...] = (),
    language: str = ENGLISH,
    fallback_fiscal_calendar: str | None = None,
    month_first: bool = False,
    publication_month: date | None = None,
) -> list[DateMention]:
    """Every date mention outside `skip`, in text order.

    `fallback_fiscal_calendar` (ISO3; default: the corpus settings') is the state whose fiscal calendar a
    fiscal year follows when the article names no state that has one; empty: the calendar year.
    `month_first`: the page writes numeric dates month first (US style), unless one of them shows otherwise.
    `publication_month` (its first day), when only the month of publication is known, resolves the relative
    expressions of a month or longer (`this year`, `in July`), not the days and weeks.
    """
    found: list[DateMention] = []
    if fallback_fiscal_calendar is None:
        fallback_fiscal_calendar = default_settings().fallback_fiscal_calendar
    states = FiscalStates(text, fallback_fiscal_calendar)
    anchor: date | None = None
    anchor_granularity: str | None = None
    anchor_value: Value | None = None
    anchor_sentence: int | None = None  # where the sentence of the last date resolved starts
    speech_day: date | None = None
    past_by_form = marks_every_past(language)
    lower_case = written_in_lower_case(text)
    # the last span of months, its sentence start, whether it was said last, whether only days and weeks were since
    period: tuple[Value, int, bool, bool] | None = None
    fiscal_in_sentence: tuple[int, int, int] | None = None  # (sentence start, its first year, its mention's end)
    rules = _rules_by_name()
    numeric_order = cache(partial(_numeric_order, text, month_first))  # read on the first numeric date only
    stated_fiscal_start = cache(partial(date_rules_fiscal.stated_fiscal_start, text, _stated_fiscal_year(language)))
    for match in grammar(language).finditer(text):
        if overlaps_any(match.span(), skip) or _not_a_mention(text, match, lower_case, language):
            continue
        name = match.lastgroup
        sentence_start = sentence_around(text, match.span())[0]
        worded = tense(text, match.span(), language, requests=True)
        said = _tense_or_schedule(worded, publication_date, anchor, anchor_granularity)
        # the date of a plan that a past verb announces ("announced a ban from August 15") has no firm direction
        planned = worded is False and in_an_announced_plan(text, match.span(), language)
        ctx = Context(
            text,
            match.start(),
            match.end(),
            publication_date,
            bool(said),
            worded is not None
            and not planned,  # a schedule's direction is not firm: a day a year away loses to a near one
            partial(states.calendar_at, match.span()),
            anchor,
            anchor_granularity,
            *(
                fiscal_in_sentence[1:]
                if fiscal_in_sentence and fiscal_in_sentence[0] == sentence_start
                else (None, None)
            ),
            month_first=numeric_order,
            stated_fiscal_start=stated_fiscal_start,
            no_past_verb=said is None and past_by_form,
            anchor_value=anchor_value,
            speech_day=speech_day,
            past_of_another_clause=worded is False and past_of_another_clause(text, match.span(), language),
            anchor_in_sentence=anchor_sentence == sentence_start,
        )
        if period is not None and (
            period[2]
            or period[1] == sentence_start
            or (period[3] and _compares_past_reporting(name, period, anchor_sentence))
        ):
            ctx.period, ctx.period_in_sentence = period[0], period[1] == sentence_start
        resolved = _resolve(rules[name], Parts(match, name), ctx, publication_month)
        if resolved is None:
            continue
        pieces = resolved if isinstance(resolved, list) else [(_with_determiner(text, match, name), resolved)]
        for (start, end), (first, last, granularity) in pieces:
            end = _with_day_part(text, end, first, last, granularity)
            start = _with_lead(text, _with_year_noun(text, start, name), name, end)
            start = _with_modifier(text, start, found[-1].char_end if found else 0)
            found.append(DateMention(text[start:end], start, end, first, last, granularity))
            if first is not None:
                anchor, anchor_granularity, anchor_value = first, granularity, (first, last, granularity)
                anchor_sentence = sentence_start
                if granularity == "day" and first == last and _in_the_week_before(first, publication_date):
                    speech_day = max(first, speech_day or first)
                # "the year-ago period" after "a year earlier" is still the first's; after "for the nine months",
                # the nine months'
                if name not in _COMPARISONS or _MONTHS_TO_DATE.match(text, start):
                    # only a month after months can join them: the list is read for those alone
                    listed = granularity == "month" and period is not None and period[0][2] == "month"
                    listed = listed and _listed_after_the_last(text, found, start)
                    period = _period_after(period, (first, last, granularity), sentence_start, listed)
            elif publication_date is None:  # a date said relative to one left unknown is unknown too
                anchor = anchor_granularity = anchor_value = None
        if ctx.named_fiscal_year is not None:
            fiscal_in_sentence = (sentence_start, ctx.named_fiscal_year, match.end())
    return _spans_joined(text, found)


# Two dates joined into one span: `from 1 May until the end of the year`, `Tuesday 11 April until 30 June 2023`,
# `du dimanche 5 juin au jeudi 15 septembre`, `2022~2024`, `between Q1 2017 and the end of 2019`. The words of
# the span grammar are `range_from`/`range_to` of date_words.csv; `between` also takes `and` (`range_and`).
_GRAINS = ("day", "week", "month", "quarter", "season", "year", "decade")


@cache
def _span_words(kind: str) -> str:
    words = {w.word for w in date_words(kind)} | ({"between", "entre"} if kind == "range_from" else set())
    words -= _coordinators() if kind == "range_to" else set()  # `and` joins a span only after `between`
    return "|".join(map(phrase, sorted(words, key=len, reverse=True)))


@cache
def _span_joiner() -> re.Pattern:
    # the second date may be the edge of a period (`span_edge`: `from Q1 2017 to the end of 2019`)
    return re.compile(
        rf"\s*(?:(?:{_span_words('range_to')})\b|[-–~])\s*(?:(?:{_span_words('span_edge')})\s+)?", re.IGNORECASE
    )


@cache
def _span_lead() -> re.Pattern:
    return re.compile(rf"\b(?P<w>{_span_words('range_from')})\s+(?:(?:the|le|la|el|o|a)\s+)?$", re.IGNORECASE)


_BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:(?:the|le|la|el|o|a)\s+)?$", re.IGNORECASE)


@cache
def _coordinators() -> frozenset[str]:
    """The words that join the two ends of a span only after `between` (`range_and` of date_words.csv: and, y,
    et, e), in every language."""
    return frozenset(w.word for w in date_words("range_and"))


@cache
def _between_joiner() -> re.Pattern:
    return re.compile(rf"\s*(?:{'|'.join(map(phrase, sorted(_coordinators(), key=len, reverse=True)))})\s+", re.I)


def _spans_joined(text: str, found: list[DateMention]) -> list[DateMention]:
    """`found` with each two dates that a span's words join made one mention, from the first day of the first to the
    last day of the second; the first must start no later than the second ends and the second reach past it."""
    out: list[DateMention] = []
    for mention in found:
        first = out[-1] if out else None
        if first is None or not _joined_as_a_span(text, first, mention):
            out.append(mention)
            continue
        lead = _span_lead().search(text, max(0, first.char_start - 16), first.char_start)
        start = lead.start() if lead else first.char_start
        grain = min(first.granularity, mention.granularity, key=_GRAINS.index)
        out[-1] = DateMention(
            text[start : mention.char_end], start, mention.char_end, _first_day(first, mention), mention.date_end, grain
        )
    return out


# Two days that follow each other joined by `and` are one span ("el 31 de diciembre y el 1 de enero"); a day
# word is a mention of its own ("hier et aujourd'hui").
_DAYS_OF_A_LIST = re.compile(r"\D*\d.*")
_FOUR_DIGITS = re.compile(r"\d{4}")
_MONTH_NAME = cache(lambda: re.compile(vocabulary("*")["MONTH"], re.IGNORECASE))


def _first_day(first: DateMention, second: DateMention) -> date:
    """The span's first day: a first date written without a year (or a month: `from Wednesday 19 to Sunday 23
    October 2022`) takes them from the second, as near before it as they can put it."""
    day = first.date_start
    if first.granularity != "day" or _FOUR_DIGITS.search(first.text) or not _FOUR_DIGITS.search(second.text):
        return day
    end = second.date_end
    if _MONTH_NAME().search(first.text):
        moved = safe_day(end.year, day.month, day.day) or day
        return moved if moved <= end else (safe_day(end.year - 1, day.month, day.day) or day)
    moved = safe_day(end.year, end.month, day.day)
    if moved is None or moved > end:
        year, month = (end.year, end.month - 1) if end.month > 1 else (end.year - 1, 12)
        moved = safe_day(year, month, day.day)
    return moved or day


def _joined_as_a_span(text: str, first: DateMention, second: DateMention) -> bool:
    if None in (first.date_start, first.date_end, second.date_start, second.date_end):
        return False
    if not (first.date_start <= second.date_end and first.date_end < second.date_end):
        return False
    joiner = _span_joiner().fullmatch(text, first.char_end, second.char_start)
    if joiner:  # a dash between two days without a year lists them as much as it spans them ("12 March - 5 April")
        return joiner.group().strip()[:1].isalpha() or _FOUR_DIGITS.search(second.text) is not None
    if not _between_joiner().fullmatch(text, first.char_end, second.char_start):
        return False
    if re.match(r"(?:between|entre)\b", first.text, re.IGNORECASE) or _BETWEEN.search(
        text, max(0, first.char_start - 16), first.char_start
    ):
        return True
    return (
        first.granularity == second.granularity == "day"
        and first.date_end + _ONE_DAY == second.date_start
        and _DAYS_OF_A_LIST.fullmatch(first.text) is not None
        and _DAYS_OF_A_LIST.fullmatch(second.text) is not None
    )


def _in_the_week_before(day: date, pub: date | None) -> bool:
    return pub is not None and 0 < (pub - day).days < 7


# Rules that start at their noun, not at "the" (every "the" of a text would try them otherwise); their mention still
# reads from the determiner.
_AFTER_DETERMINER = frozenset(
    {
        "comparable_period",
        "eve",
        "anaphoric",
        "season_anaphor",
        "day_of_the_month",
        "period_anaphor",
        "month_modifier",
        "period_ended",
        "month_quarter",
    }
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their)\s$", re.IGNORECASE)


def _not_a_mention(text: str, match: re.Match, lower_case: bool, language: str = ENGLISH) -> bool:
    """An English month or weekday name in lower case on a page with capitals, part of a name (`Good Friday`,
    `The Sunday Times`; `the sunday times` on a page written in lower case) or the page's own stamp."""
    if not (lower_case or _capitalised(match, language)):
        return True
    return (
        date_names.is_part_of_name(text, *match.span(), lower_case)
        or date_names.is_page_stamp(text, match.start())
        or date_names.is_a_set(text, match.start())
    )


def _with_determiner(text: str, match: re.Match, name: str) -> Span:
    """The match's span, with the determiner that a rule starting at its noun looked behind at ("the same
    period", "their August"), as the mention text of the other rules has it."""
    start, end = match.span()
    if name in _AFTER_DETERMINER:
        before = _DETERMINER_BEFORE.search(text, max(0, start - 6), start)
        start = before.start() if before else start
    return start, end


# Rules whose mention also starts at the preposition before it (`in 2022`, `by 2030`, `until Thursday`); a longer
# form's own words already say how it is led.
_PREPOSITION_LED = frozenset({"year", "weekday", "day_of_the_month"})


_POSSESSIVE = re.compile(r"['’]s\b")


# TIMEX3 spans the eve of an event from `the` ("on the eve of his visit": "the eve of his visit").
_WITHOUT_LEAD = frozenset({"eve"})


def _with_lead(text: str, start: int, name: str, end: int) -> int:
    """A mention starts at the word that leads a date into its sentence (`on Friday`, `in 2022`, as the spec writes
    them), so the same date said twice with different words stays two mentions; not a date in the possessive,
    whose preposition leads the noun it qualifies ("on Thursday's follow-up", "at Friday's summit")."""
    if _POSSESSIVE.match(text, end) or name in _WITHOUT_LEAD:
        return start
    lead = cue("lead", r"\s$").search(text, max(0, start - 4), start)
    if lead is None and name in _PREPOSITION_LED:
        lead = cue("preposition_lead", r"\s$").search(text, max(0, start - 9), start)
    return lead.start() if lead else start


@cache
def _year_noun_before() -> re.Pattern:
    return cue("year_noun_lead", r"\s+$", prefix=r"(?<![\w'’-])")


def _with_year_noun(text: str, start: int, name: str) -> int:
    """A year's mention starts at the noun that names it a year (`the year 2000`, `calendar year 2016`, `l'année
    2015`, `el año 2015`, `o ano de 2015`: `year_noun_lead` of date_cues.csv), as TIMEX3 spans it."""
    if name != "year":
        return start
    found = _year_noun_before().search(text, max(0, start - 24), start)
    return found.start() if found else start


@cache
def _modifier_before() -> re.Pattern:
    return cue("date_modifier", r"\s+$", prefix=r"(?<![\w'’-])")


def _with_modifier(text: str, start: int, last_end: int) -> int:
    """A mention starts at the word that modifies its date (`early last week`, `late Tuesday`, `later on Friday`,
    `tard lundi`, `la noche del jueves`: `date_modifier` of date_cues.csv), as TIMEX3 spans it; the date's value
    is the one it modifies. Not across the mention before it ("two days later Wednesday")."""
    found = _modifier_before().search(text, max(last_end, start - 24), start)
    return found.start() if found else start


@cache
def _day_part_after() -> re.Pattern:
    return cue("day_part", r"(?![\w-])", prefix=r"[ \t]+")


def _with_day_part(text: str, end: int, first: date | None, last: date | None, granularity: str) -> int:
    """A day's mention ends after the part of the day said with it (`Sunday evening`, `yesterday afternoon`,
    `mardi soir`, `el jueves por la noche`, `segunda-feira à noite`: `day_part` of date_cues.csv), as TIMEX3 spans
    it; still the day."""
    if granularity != "day" or first != last or not text[end - 1 : end].isalpha():
        return end
    found = _day_part_after().match(text, end)
    return found.end() if found else end


_PERIODS = frozenset({"month", "quarter", "season"})
# A report's months to date ("the nine months" after a quarter, `period_anaphor`): a period of its own once said.
_MONTHS_TO_DATE = re.compile(r"the\s+\w+\s+months\b", re.IGNORECASE)
_ONE_DAY = timedelta(days=1)
# Dates said against the period just said, or back to it ("for the year" after a quarter): that period stays the
# last one said.
_COMPARISONS = frozenset({"ago", "comparable_period", "period_anaphor"})
# A comparison that names its span ("the year-earlier quarter", "the same period last year") reaches back to a
# period across the days and weeks said since (`_REPORTING_DAYS`); `a year earlier` alone does not.
_STATED_UNIT = frozenset({"comparable_period"})
_REPORTING_DAYS = frozenset({"day", "week"})


def _compares_past_reporting(name: str, period: tuple[Value, int, bool, bool], anchor_sentence: int | None) -> bool:
    """Whether a comparison reaches back to the last period said across the days said since: one that names its span
    always, and `a year earlier` alone when those days were said in the period's own sentence, after it, as the day
    its figures came out ("exports rose in October, data showed today. ... from a year earlier": October's)."""
    return name in _STATED_UNIT or (name == "ago" and anchor_sentence == period[1])


# Between two dates of one list: a comma, `and`, `&` (`y`, `e`, `et`).
_LIST_SEPARATOR = re.compile(r"\s*(?:,|&|\b(?:and|y|e|et)\b)\s*", re.IGNORECASE)


def _listed_after_the_last(text: str, found: list[DateMention], start: int) -> bool:
    """Whether the mention at `start`, just added to `found`, is listed right after the one before it."""
    return len(found) > 1 and _LIST_SEPARATOR.fullmatch(text, found[-2].char_end, start) is not None


def _period_after(
    period: tuple[Value, int, bool, bool] | None, value: Value, sentence_start: int, listed: bool = False
):
    """The last span of months said, once `value` has been said: a new one, or the old one no longer said last.
    A month listed right after the months before it (`listed`: "in January and February", "in July and August
    1995") joins them: the period a later "the year-earlier period" compares with is both, not the last alone.
    A day or a week said after it (when its figures were reported: "second-quarter earnings, reported last week")
    leaves it the period a later "the year-ago quarter" compares with; a longer span does not."""
    if listed and period is not None and value[2] == period[0][2] == "month" and period[0][1] + _ONE_DAY == value[0]:
        return (period[0][0], value[1], "month"), sentence_start, True, True
    if value[2] in _PERIODS:
        return value, sentence_start, True, True
    if period is None:
        return None
    return period[0], period[1], False, period[3] and value[2] in _REPORTING_DAYS


# A day said just before, this few days ahead of publication, is the story's schedule (an upcoming summit).
_SCHEDULE_DAYS = 45


def _tense_or_schedule(said: bool | None, pub: date | None, anchor: date | None, granularity: str | None):
    """The sentence's tense; with no word to tell, ahead when the day said just before lies ahead (a bare
    weekday or month in a story about an upcoming visit belongs to its schedule)."""
    if said is None and pub and anchor and granularity == "day" and 0 < (anchor - pub).days <= _SCHEDULE_DAYS:
        return True
    return said


_COARSE = frozenset({"month", "quarter", "season", "year", "decade"})


def _resolve(rule, parts: Parts, ctx: Context, publication_month: date | None):
    """The rule's value; a relative one left open for want of a publication date is resolved against the
    publication month when it is a month or longer."""
    resolved = rule.resolve(parts, ctx)
    if (
        publication_month is not None
        and ctx.pub is None
        and isinstance(resolved, tuple)
        and resolved[0] is None
        and resolved[2] in _COARSE
    ):
        ctx.pub = publication_month
        again = rule.resolve(parts, ctx)
        ctx.pub = None
        if isinstance(again, tuple) and again[2] in _COARSE:
            return again
    return resolved


_NUMERIC_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)[/.-]([01]?\d|[0-3]\d)[/.-](?:1[89]|20)\d\d(?!\d)")


def _numeric_order(text: str, month_first: bool) -> bool:
    """Month first when a numeric date of the article has a second part above 12 (`5/23/2019`), day first
    when one has a first part above 12; else as the page says. An article writes them all one way."""
    for match in _NUMERIC_DATE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            return False
        if second > 12 >= first:
            return True
    return month_first


# A page on which fewer of the words of its prose than this start with a capital is written in lower case.
_CAPITALS_OF_A_LOWER_CASE_PAGE = 0.02
_MIN_WORDS_OF_A_LOWER_CASE_PAGE = 12
# A line of fewer words than this is a header, a stamp or a label, not prose that shows the page's case.
_MIN_WORDS_OF_A_PROSE_LINE = 8
_WORD = re.compile(r"(?<![\w'’.-])[^\W\d_][\w'’-]*")


def written_in_lower_case(text: str) -> bool:
    """Whether the text's prose is written in lower case, as some archives keep broadcast transcripts ("the talks
    resumed wednesday night"): its month and weekday names are dates there, capitals or not. Words all in capitals
    (a programme's name, a speaker's label, an acronym) and short lines (a stamp, a header) show nothing of it."""
    words = capitals = 0  # of the words of scripts with capitals: Arabic or Chinese have none to leave out
    for line in text.splitlines():
        line_words = line_capitals = 0
        for match in _WORD.finditer(line):
            word = match.group()
            if len(word) > 1 and word.isupper():
                continue
            line_words += word[0].isupper() or word[0].islower()
            line_capitals += word[0].isupper()
        if line_words >= _MIN_WORDS_OF_A_PROSE_LINE:
            words += line_words
            capitals += line_capitals
    return words >= _MIN_WORDS_OF_A_LOWER_CASE_PAGE and capitals < words * _CAPITALS_OF_A_LOWER_CASE_PAGE


def _capitalised(match: re.Match, language: str = ENGLISH) -> bool:
    """English month and weekday names are dates only when capitalised (but see `written_in_lower_case`); a name
    that is also the article's own language's, which writes its months and weekdays in lower case, is a date
    either way (`le 5 oct. 2020`, `el 5 de nov.`, `a 3 de jun.`: the English `Oct`, `Nov`, `Jun`)."""
    own = _own_names(language)
    for group in _name_groups(match.re)[match.lastgroup]:
        value = match.group(group)
        if value is None or value[0].isupper():
            continue
        folded = value.rstrip(".").casefold()
        if folded in _english_names() and folded not in own:
            return False
    return True


@cache
def _own_names(language: str) -> frozenset[str]:
    """The month and weekday names of a language other than English, case-folded."""
    if language == ENGLISH:
        return frozenset()
    return frozenset(
        w.word.casefold() for kind in ("month", "weekday") for w in date_words(kind) if w.language == language
    )


@cache
def _name_groups(pattern: re.Pattern) -> dict[str, tuple[str, ...]]:
    """Per rule, its groups that hold a month or weekday name (`m`, `m1` ..., `wd`)."""
    found: dict[str, list[str]] = {r.name: [] for r in RULES}
    for group in pattern.groupindex:
        rule_name, _, local = group.partition("__")
        if local and _CAPITALISED_GROUP.fullmatch(local):
            found[rule_name].append(group)
    return {name: tuple(groups) for name, groups in found.items()}


@cache
def _english_names() -> frozenset[str]:
    return english_capitalised("month") | english_capitalised("weekday")
