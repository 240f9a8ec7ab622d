"""Date mentions: find every calendar expression and normalise it to an inclusive interval.

The grammar is the list of named rules in the `date_rules*` modules (fiscal years and edge-named spans, dates,
years, relative forms, bare months and years), filled with the vocabulary of
`pipelines/knowledge/date_words.csv` for the article's language and compiled into one regex, so the
extractor runs at regex speed. Relative expressions (weekdays, `last month`, a month
without a year) resolve against the publication date, past or future by the tense of their sentence;
with no publication date they stay null. Fiscal years follow the calendar of the state the sentence or
the article names (`fiscal_calendars.csv`), else the corpus's fallback.
"""

from __future__ import annotations

import re
from datetime import date
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
from pipelines.extract.date_math import Context, Parts, Value, english_capitalised
from pipelines.extract.fiscal_states import FiscalStates
from pipelines.extract.records import DateMention, Span
from pipelines.extract.regex_dispatch import DispatchedAlternation
from pipelines.extract.settings import default_settings
from pipelines.extract.spans import overlaps_any, sentence_around
from pipelines.knowledge.calendars import ENGLISH, date_cues, date_words, holidays

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?"
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_LOCAL_GROUP = re.compile(r"\(\?P<(\w+)>")
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
# A word ends at a non-word character; an apostrophe only as a possessive ("Friday's talks").
_WORD_END = r"(?!\w|['’](?!s\b))"
# An intent's object or verb follows it ("agreed to run", "invited Tokayev to visit"); not a preposition of a
# past act ("invited by the emir", "invited in March").
_INTENT_OBJECT = r"\s+(?!(?:the|a|an|this|that|it|them|by|in|on|at|last|earlier)\b)(?=\S)"


def _phrase(text: str) -> str:
    """A regex for a vocabulary phrase: any run of spaces between words, either apostrophe."""
    return r"\s+".join(re.escape(w) for w in text.split()).replace("'", "['’]")


def _alternation(words: list[str], abbreviations: frozenset[str] = frozenset()) -> str:
    if not words:
        return "(?!)"  # no word of this kind in these languages: the rule never matches
    full = sorted({w for w in words if w not in abbreviations}, key=len, reverse=True)
    short = sorted(abbreviations, key=len, reverse=True)
    options = ["(?:" + "|".join(map(_phrase, full)) + ")" + _WORD_END]
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
        "MONTH": _alternation(words("month"), _abbreviations("month", languages)),
        "WEEKDAY": _alternation(words("weekday"), _abbreviations("weekday", languages)),
        "FULL_WEEKDAY": _alternation([w for w in words("weekday") if w not in _abbreviations("weekday", languages)]),
        "HOLIDAY": _alternation(list(holidays())),
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
                "decade_word",
                "ago_word",
                "time_unit",
                "offset_after",
                "month_edge",
            )
        },
    }


def _rule_pattern(name: str, template: str, vocab: dict[str, str]) -> str:
    filled = _PLACEHOLDER.sub(lambda m: vocab[m.group(1)], template)
    return f"(?P<{name}>" + _LOCAL_GROUP.sub(lambda m: f"(?P<{name}__{m.group(1)}>", filled) + ")"


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


@cache
def _cue(kind: str, suffix: str = r"\b", prefix: str = "") -> re.Pattern:
    phrases = sorted(date_cues(kind), key=len, reverse=True)  # the longest phrase at a place ("had expected")
    return re.compile(prefix + r"\b(?:" + "|".join(map(_phrase, phrases)) + ")" + suffix, re.IGNORECASE)


_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
_HAD_BEEN = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
# A cue that ends in `to` before a capitalised word is a noun and a preposition ("his plan to Congress").
_NOT_BEFORE_A_NAME = r"\b(?!(?<=\bto)\s+(?-i:[A-Z]))"
# A regular past verb right after its subject, a pronoun, `who`/`which` or a name ("Bush ordered", "who
# vetoed"); not a participle before `by` ("the date set by"), nor `hundred`.
_SUBJECT_AND_PAST_VERB = re.compile(
    r"(?:(?<![\w'’-])(?i:who|which|he|she|they|we|it)|(?<![\w'’.-])(?!(?:The|An?|This|That|These|Those|Its|His|Her"
    r"|Their|Our|In|On|At|For|By|With|From|Of|To|As|If|When|Once|After|Before|Since|During|Under|Over)\b)[A-Z][\w.-]*)\s+"
    r"(?P<verb>(?!hundred\b)[a-z]{2,}[^e\W]ed)(?![\w'’-])(?!\s+by\b)"
)


def _past_verb(match: re.Match) -> bool:
    """Whether a past cue is one: a regular verb after its subject that is itself a future cue ("they
    expected") is not."""
    verb = match.groupdict().get("verb")
    return verb is None or verb not in _future_words()


@cache
def _future_words() -> frozenset[str]:
    return frozenset(p.casefold() for p in date_cues("future"))


# A participle after `be` is a passive whose auxiliary sets the tense ("will be held on April 10").
_NOT_PASSIVE = r"(?<!\bbe )(?<!\bbe\n)"


def is_future(text: str, span: Span) -> bool:
    """Whether the sentence around `span` speaks of the future (the past when no word says)."""
    return bool(tense(text, span))


def tense(text: str, span: Span, language: str = ENGLISH) -> bool | None:
    """True for the future, False for the past, None when no word of the sentence sets the tense.

    The cue nearest before the mention decides ("met on July 3-4 and will meet again"); with none before
    it, a future cue shortly after does ("In February the minister will visit"). An intent before the date
    points ahead ("agreed to run trains from March"); after it, it does not. In Spanish, French and
    Portuguese a verb's ending tells its tense too (`firmó`, `se rendra`, `retomarão`, `a signé`).
    """
    sentence_start, sentence_end = sentence_around(text, span)
    before = text[max(sentence_start, span[0] - 90) : span[0]]
    future_cues = (_cue("future", _NOT_BEFORE_A_NAME), _cue("intent", _INTENT_OBJECT), *_verb_forms("future", language))
    past_cues = (_cue("past", prefix=_NOT_PASSIVE), *_verb_forms("past", language))
    if language == ENGLISH:
        past_cues = (*past_cues, _SUBJECT_AND_PAST_VERB)
    # The cue that ends nearest before the mention; of two that end together, the longer ("to be held" over
    # "held", "had expected" over "expected"). A plan after `had (been)` was made in the past ("had been
    # scheduled to start in October").
    futures = [(m.end(), -m.start()) for pattern in future_cues for m in pattern.finditer(before)]
    pasts = [(m.end(), -m.start()) for pattern in past_cues for m in pattern.finditer(before) if _past_verb(m)]
    pasts += [cue for cue in futures if _HAD_BEEN.search(before, max(0, -cue[1] - 12), -cue[1])]
    future = max((cue for cue in futures if cue not in pasts), default=(-1, 0))
    past = max(pasts, default=(-1, 0))
    if _cue("deadline", r"\s*$").search(before[-12:]) or _cue("deadline", r"\s").match(text, span[0]):
        # "by Dec. 16", "by July" set a deadline ahead, unless a past perfect: "had left by May 10"
        return not (past > future and _HAD.search(before, max(future[0], 0)))
    if future[0] >= 0 or past[0] >= 0:
        return future >= past
    # After the mention, the first cue decides: "on Friday signed a deal that will ..." is past.
    after = (span[1], min(sentence_end, span[1] + 60))
    future_after = _first_cue(text, after, (_cue("future"), *_verb_forms("future", language)))
    past_after = _first_cue(text, after, (_cue("past", prefix=_NOT_PASSIVE), *_verb_forms("past", language)))
    if future_after is None:
        return None
    return past_after is None or future_after < past_after


def _first_cue(text: str, window: Span, patterns) -> int | None:
    return min((m.start() for p in patterns if (m := p.search(text, *window))), default=None)


_LOWER_WORD = r"(?<![\w'’-])[a-zà-ÿ]"


@cache
def _verb_forms(tense_: str, language: str) -> tuple[re.Pattern, ...]:
    """Verbs of one tense in a Romance language by their form: a future or past ending (`firmó`, `versera`),
    or a past auxiliary and a participle (`a signé`, `han firmado`)."""
    patterns = []
    endings = date_cues(f"{tense_}_ending", language)
    if endings:
        patterns.append(re.compile(rf"{_LOWER_WORD}[a-zà-ÿ]+(?:{'|'.join(endings)})(?![\w'’-])"))
    auxiliaries = date_cues(f"{tense_}_auxiliary", language)
    participles = date_cues(f"{tense_}_participle_ending", language)
    if auxiliaries and participles:
        patterns.append(
            re.compile(
                rf"(?<![\w'’-])(?:{'|'.join(map(_phrase, auxiliaries))})\s+(?:[a-zà-ÿ]+\s+)?"
                rf"[a-zà-ÿ]+(?:{'|'.join(participles)})(?![\w'’-])"
            )
        )
    return tuple(patterns)


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
    period: tuple[Value, int, bool] | None = None  # the last span of months, its sentence start, said last
    fiscal_in_sentence: tuple[int, int] | None = None  # (sentence start, first year of the fiscal year)
    rules = _rules_by_name()
    numeric_order = cache(partial(_numeric_order, text, month_first))  # read on the first numeric date only
    stated_fiscal_start = cache(partial(date_rules_fiscal.stated_fiscal_start, text, _stated_fiscal_year(language)))
    for match in grammar(language).finditer(text):
        if overlaps_any(match.span(), skip) or not _capitalised(match) or _not_a_mention(text, match):
            continue
        name = match.lastgroup
        sentence_start = sentence_around(text, match.span())[0]
        worded = tense(text, match.span(), language)
        said = _tense_or_schedule(worded, publication_date, anchor, anchor_granularity)
        ctx = Context(
            text,
            match.start(),
            match.end(),
            publication_date,
            bool(said),
            worded is not None,  # a schedule's direction is not firm: a day a year away loses to a near one
            partial(states.calendar_at, match.span()),
            anchor,
            anchor_granularity,
            fiscal_in_sentence[1] if fiscal_in_sentence and fiscal_in_sentence[0] == sentence_start else None,
            month_first=numeric_order,
            stated_fiscal_start=stated_fiscal_start,
        )
        if period is not None and (period[2] or period[1] == sentence_start):
            ctx.period, ctx.period_in_sentence = period[0], period[1] == sentence_start
        resolved = _resolve(rules[name], Parts(match, name), ctx, publication_month)
        if resolved is None:
            continue
        pieces = resolved if isinstance(resolved, list) else [(_with_determiner(text, match, name), resolved)]
        for (start, end), (first, last, granularity) in pieces:
            start = _with_lead(text, start)
            found.append(DateMention(text[start:end], start, end, first, last, granularity))
            if first is not None:
                anchor, anchor_granularity = first, granularity
                if name not in _COMPARISONS:  # "the year-ago period" after "a year earlier" is still the first's
                    period = _period_after(period, (first, last, granularity), sentence_start)
        if ctx.named_fiscal_year is not None:
            fiscal_in_sentence = (sentence_start, ctx.named_fiscal_year)
    return found


# Rules that start at their noun, not at "the" (every "the" of a text would try them otherwise); their mention still
# reads from the determiner.
_AFTER_DETERMINER = frozenset(
    {"comparable_period", "eve", "anaphoric", "month_modifier", "period_ended", "month_quarter"}
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their)\s$", re.IGNORECASE)


def _not_a_mention(text: str, match: re.Match) -> bool:
    """Part of a name (`Good Friday`, `The Sunday Times`) or the page's own stamp."""
    return date_names.is_part_of_name(text, *match.span()) or date_names.is_page_stamp(text, match.start())


def _with_determiner(text: str, match: re.Match, name: str) -> Span:
    """The match's span, with the determiner that a rule starting at its noun looked behind at ("the same
    period", "their August"), as the mention text of the other rules has it."""
    start, end = match.span()
    if name in _AFTER_DETERMINER:
        before = _DETERMINER_BEFORE.search(text, max(0, start - 6), start)
        start = before.start() if before else start
    return start, end


def _with_lead(text: str, start: int) -> int:
    """A mention starts at the word that leads a date into its sentence (`on Friday`, as the spec writes it), so
    the same day said twice with different words stays two mentions."""
    lead = _cue("lead", r"\s$").search(text, max(0, start - 4), start)
    return lead.start() if lead else start


_PERIODS = frozenset({"month", "quarter", "season"})
_COMPARISONS = frozenset({"ago", "comparable_period"})


def _period_after(period: tuple[Value, int, bool] | None, value: Value, sentence_start: int):
    """The last span of months said, once `value` has been said: a new one, or the old one no longer said last."""
    if value[2] in _PERIODS:
        return value, sentence_start, True
    return (period[0], period[1], False) if period is not None else None


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


def _capitalised(match: re.Match) -> bool:
    """English month and weekday names are dates only when capitalised."""
    for group in _name_groups(match.re)[match.lastgroup]:
        value = match.group(group)
        if value is not None and not value[0].isupper() and value.rstrip(".").casefold() in _english_names():
            return False
    return True


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
