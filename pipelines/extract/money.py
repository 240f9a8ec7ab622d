"""Monetary amounts: value in units of the currency, ISO 4217 currency, kind, subject and target year.

An amount is a figure (digits, or number words before a scale word) with a currency token before it
(`$`, `Rs`, `USD`, `₹`) or after it (`dollars`, `millones de dólares`, `Kenyan shillings`, `€`). Tokens,
scale words, number words and separators are language data (`pipelines/knowledge/currencies.csv`,
`money.toml`); a token with several readings (`$`, `Rs`, `dinars`) is resolved by what the text states.
"""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date
from functools import cache

from pipelines.extract.actors.report_home import dateline_countries
from pipelines.extract.currency import ROMANCE_LANGUAGES, CurrencyReader, stated_currencies
from pipelines.extract.metadata import url_state
from pipelines.extract.money_kind import classify
from pipelines.extract.money_kind_cues import kind_cues
from pipelines.extract.money_lists import listed_items_follow_the_first
from pipelines.extract.money_ranges import join_ranges
from pipelines.extract.money_repeats import (
    comparisons_follow_their_figure,
    conversions_follow_their_source,
    repeats_share_kind_and_subject,
    rounded_headline_repeats_dropped,
    shares_follow_their_total,
)
from pipelines.extract.records import MonetaryAmount, Span
from pipelines.extract.settings import CorpusSettings, default_settings
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge.actor_words import demonyms_in
from pipelines.knowledge.money_vocabulary import (
    MONEY_LANGUAGES,
    CurrencyToken,
    cue_pattern,
    cue_words,
    currency_of_noun_and_state,
    currency_tokens,
    fused_capital_words,
    fused_words,
    grammar_words,
    max_amount,
    money_data,
    number_words,
    scale_words,
)

# No-break, narrow no-break and thin spaces group thousands in any language; a plain space only outside
# English, where "in 2019 500 firms" is two numbers.
_GROUP_SPACES = "\u00a0\u202f\u2009"
_BEFORE = ("symbol", "abbr", "code")
_AFTER = ("symbol", "code", "name")


def _alternation(words, flags: str = "") -> str:
    """Literal words, longest first, with any run of spaces inside a word matching any spaces."""
    bodies = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    inner = "|".join(bodies)
    return f"(?{flags}:{inner})" if flags else f"(?:{inner})"


def _key(token: str, kind: str) -> str:
    token = " ".join(token.split())
    return token.casefold() if kind == "name" else token


@dataclasses.dataclass(frozen=True, slots=True)
class _Grammar:
    """The compiled amount grammar of one language."""

    language: str
    numeral: re.Pattern
    prefix: re.Pattern
    tail: re.Pattern
    tail_between: re.Pattern  # the tail after "between", where "and" joins a range
    between: re.Pattern
    shared: re.Pattern  # "5 billion and then 10 billion dollars": the gap after a figure that shares a currency
    compared: re.Pattern  # "$1.2 billion in 2021, against 900 million": the gap before a base that shares one
    of_words: frozenset[str]  # "de", "of": what a bare figure counts follows them ("2 millones de personas")
    base_followers: re.Pattern  # "600 millones registrados en 2007", "1,5 milliard d'ici 2025": a bare sum runs on
    counted_after_of: bool  # what a bare scale counts follows the "of" word ("2 millones de personas"), never the scale
    scales: dict[str, float]
    numbers: dict[str, float]
    points: frozenset[str]  # "point", "coma": the decimal mark of a figure read out in words
    articles: frozenset[str]  # "a", "un": one alone, no one beside a half or before another number word
    before: dict[str, tuple[CurrencyToken, ...]]
    after: dict[str, tuple[CurrencyToken, ...]]
    fused: dict[str, tuple[float, tuple[CurrencyToken, ...]]]  # "mdd": a scale and a currency in one word
    scale_only: frozenset[str]  # "marks": a currency name only after a scale word ("2024 marks the anniversary")
    currency_note: re.Pattern  # "All figures are in ", "Tous les montants sont en ": a note that names the currency
    note_end: re.Pattern  # what closes that note after its currency: the sentence, or "unless otherwise noted"


def _readings(tokens: list[CurrencyToken], kinds: tuple[str, ...]) -> dict[str, tuple[CurrencyToken, ...]]:
    found: dict[str, list[CurrencyToken]] = {}
    for token in tokens:
        if token.kind in kinds:
            found.setdefault(_key(token.token, token.kind), []).append(token)
    return {key: tuple(readings) for key, readings in found.items()}


def _digits(language: str) -> str:
    group = "[,." + _GROUP_SPACES + ("" if language == "en" else " ") + "]"
    return rf"(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?:\.\d+)?|\d{{1,3}}(?:{group}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"


@cache
def _grammar(language: str) -> _Grammar:
    language = language if language in MONEY_LANGUAGES else "en"
    tokens = [t for t in currency_tokens() if t.applies_to(language)]
    before, after = _readings(tokens, _BEFORE), _readings(tokens, _AFTER)
    scales, numbers, words = scale_words(language), number_words(language), grammar_words(language)
    digits = _digits(language)
    scale = _alternation(scales, "i")
    # a number of several words may be hyphened as a broadcast transcript writes it ("one-and-a-half billion")
    number = _alternation(numbers, "i").replace(r"\s+", r"[\s-]+")
    # "and" joins only a half ("two and a half"): "three and five billion" is a range, not eight
    halves = _alternation(w for w, v in numbers.items() if v == 0.5).replace(r"\s+", r"[\s-]+")
    join = rf"(?:[\s-]+|[\s-]+{_alternation(words['and'])}[\s-]+(?={halves}(?!\w))|\s+)"
    prefix = _alternation(t.token for t in tokens if t.kind in _BEFORE)
    # A symbol may follow letters ("Mex$5"); a token that starts with a letter may not ("MVR 2" is no "R 2").
    glued = _alternation(t.token for t in tokens if t.kind in _BEFORE and not t.token[0].isalpha())
    # inside a figure of words, a scale followed by more of it ("one trillion two hundred billion", "two thousand
    # five hundred and twenty-eight trillion"; "and" after a hundred only: "two billion and three billion" is two)
    # and a decimal point read out ("three point one billion", "one-point-five billion")
    hundreds = [w for w, v in scales.items() if v < 1000]
    small = _alternation(hundreds, "i") if hundreds else "(?!)"
    and_word = _alternation(words["and"], "i")
    inner = rf"(?:{scale}|{small}[\s-]+{and_word})(?=[\s-]+{number}(?!\w))"
    digit_word = _alternation((w for w, v in numbers.items() if 1 <= v <= 9 and len(w) > 2), "i")
    point = rf"{_alternation(words['point'], 'i')}(?:[\s-]+{digit_word}(?!\w))+"
    word_numeral = (
        rf"(?<!\w){number}(?:{join}(?:{point}|{inner}|{number}))*"
        rf"(?=(?:[\s-]+\w+[\s-]+{number})?[\s-]+{scale}(?!\w))"
    )
    # "8 mil 200 millones", "mil 500 millones": the thousands word inside a figure (Mexican style) before a scale
    inside = words.get("thousand_inside", [])
    fused = fused_words(language)
    capitals = fused_capital_words(language)
    # "37 666 MD": a capitals-only abbreviation, where no currency follows it ("5 MD €" is a milliard of euros)
    currencies_after = _alternation(t.token for t in tokens if t.kind in _AFTER)
    capital_pattern = f"|{_alternation(capitals)}(?!\\s*(?i:{currencies_after})(?![\\w$]))" if capitals else ""
    fused_pattern = (_alternation(fused, "i") if fused else "(?!)") + capital_pattern
    fused = {**fused, **{word.casefold(): value for word, value in capitals.items()}}
    # "8 mil 200 millones", "10 mil 330 mdd": the figure runs on into a scale, or a scale fused with a currency
    joint = (
        rf"(?<![\w,.])(?P<joint>(?:\d{{1,3}}\s+)?{_alternation(inside)}\s+\d{{1,3}}(?![\d.,]\d))"
        rf"(?=\s+(?:{scale}|{fused_pattern})(?!\w))"
        if inside
        else "(?P<joint>(?!))"
    )
    range_words = _alternation(w for w in words["range"] if w.isalpha())
    range_marks = _alternation(w for w in words["range"] if not w.isalpha())

    def tail(connector: str) -> re.Pattern:
        return re.compile(
            rf"(?:(?P<conn>\s*{connector}\s*)(?:{prefix}\s?)?(?P<high>{digits}(?!\d)|{number}(?!\w)))?"
            rf"(?:\s?(?P<fused>{fused_pattern})(?![\w$])|"
            rf"(?P<scale>(?:\s+|-)?{scale}(?:\s+{scale})*(?!\w))?"
            rf"(?:(?:\s*|-)(?:{_alternation(words['of'], 'i')}\s*)?"  # "1-billion-dollar"
            rf"(?:(?P<qual>U\.S\.|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?)(?:\s+|-(?=[a-z])))?"  # "1-billion-U.S.-dollar"
            rf"(?P<cur>{_alternation((t.token for t in tokens if t.kind == 'name'), 'i')}"
            rf"|{_alternation(t.token for t in tokens if t.kind in ('symbol', 'code'))})(?![\w$]))?)"
        )

    ranges = rf"(?:{range_marks}|(?<=\s){range_words}(?=\s))"
    return _Grammar(
        language=language,
        numeral=re.compile(
            rf"{joint}|(?<![\d,])(?<!\d\.)(?P<digits>{digits})(?!\d)|(?P<words>{word_numeral})", re.IGNORECASE
        ),
        prefix=re.compile(rf"(?<![^\W\d_])(?P<pre>{prefix})\s?\Z|(?P<sym>{glued})\s?\Z"),
        tail=tail(ranges),
        tail_between=tail(rf"(?:{ranges}|(?<=\s){_alternation(words['and'], 'i')}(?=\s))"),
        between=re.compile(rf"(?<!\w){_alternation(words['between'], 'i')}\s+\S*\s*\Z"),
        shared=re.compile(rf"\s*,?\s+{_alternation(words['shared'], 'i')}\s+(?={digits})"),
        of_words=frozenset(w.casefold().rstrip("'’") for w in words["of"]),
        base_followers=re.compile(rf"\s+{_alternation(words['base_followers'], 'i')}(?![\w'’])"),
        # a comparison's base, or a part of the sum before ("against 900 million", "dont 500 millions")
        compared=re.compile(
            rf"(?:{cue_pattern(cue_words(language)['comparison'] + words['part_of'])})(?:\s+\w{{1,4}})?\s+\Z"
        ),
        counted_after_of=words["counted_after_of"],
        # "de 2.000 millones a 5.000 millones": two whole amounts after "de" are a change, not a range
        scales={k.casefold(): v for k, v in scales.items()},
        points=frozenset(w.casefold() for w in words["point"]),
        articles=frozenset(w.casefold() for w in words["articles"]),
        numbers={k.casefold(): v for k, v in numbers.items()},
        before=before,
        after=after,
        fused={
            word.casefold(): (factor, tuple(t for t in tokens if t.kind in ("code", "abbr") and t.token == currency))
            for word, (factor, currency) in fused.items()
        },
        scale_only=frozenset(w.casefold() for w in money_data()["names_after_scale_only"]),
        # a note opens a line, a sentence or a bracket; inside a sentence "prices in dollars" states nothing
        currency_note=re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\())[ \t]*{_alternation(words['note_figures'], 'i')}\s+"
            rf"{_alternation(words['note_in'], 'i')}(?=\s)",
            re.MULTILINE,
        ),
        note_end=re.compile(rf"\s*(?:[.;)]|\n|\Z|,?\s+{_alternation(words['note_unless'], 'i')}(?!\w))"),
    )


@dataclasses.dataclass(frozen=True, slots=True)
class _Figure:
    """A figure with its currency token, before the token is read."""

    start: int
    end: int
    low: float
    high: float | None
    token: str
    readings: tuple[CurrencyToken, ...]
    qualifier: str | None


def _number(value: str, language: str) -> float:
    """Digits with the separators of the article's language: `4.700` is 4700 in Spanish, `2,1` is 2.1."""
    value = re.sub(rf"[\s{_GROUP_SPACES}]", "", value)
    if "," in value and "." in value:
        decimal = "," if value.rfind(",") > value.rfind(".") else "."
        value = value.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif "," in value or "." in value:
        mark = "," if "," in value else "."
        parts = value.split(mark)
        comma_groups = grammar_words(language)["comma"] == ["group"]
        grouped = len(parts) > 2 or (len(parts[1]) == 3 and (comma_groups if mark == "," else language != "en"))
        value = value.replace(mark, "") if grouped else value.replace(mark, ".")
    return float(value)


def _word_number(value: str, g: _Grammar) -> float:
    """A figure in words with its scale words: `five`, `twenty-five`, `two hundred two million`, `one trillion two
    hundred billion`, `dos mil millones`, `three point one billion`, `two and a half`, `half a`, `un demi`. A
    hundred multiplies what comes before it; a larger scale multiplies all before it, or adds its own group after
    a larger one. The article next to a half word (`a half`, `half a`, `un demi`) or before another number
    (`a forty-one and a half billion`) is no one."""
    words = [w for w in re.split(r"[\s-]+", value.casefold()) if w in g.numbers or w in g.scales or w in g.points]
    halves = {i for i, w in enumerate(words) if g.numbers.get(w) == 0.5}
    total, current, largest = 0.0, 0.0, math.inf
    decimal: float | None = None  # the place of the next digit after a decimal point
    for i, word in enumerate(words):
        if word in g.points:
            decimal = 0.1
            continue
        number = g.numbers.get(word, g.scales.get(word, 0.0))
        following = g.numbers.get(words[i + 1], 0.0) if i + 1 < len(words) else 0.0
        if number == 0.5:
            current += 0.5
        elif word in g.articles and ({i - 1, i + 1} & halves or following >= 1):
            continue
        elif decimal is not None and number < 10:
            current += number * decimal
            decimal /= 10
        elif number < 1000 and (number == 100 or word in g.scales):
            current, decimal = (current or 1.0) * number, None
        elif number >= 1000:
            if total and number < largest:
                total += (current or 1.0) * number
            else:
                total, largest = ((total + current) or 1.0) * number, number
            current, decimal = 0.0, None
        else:
            current += number
    return total + current


def _value(text: str, g: _Grammar) -> float:
    return _word_number(text, g) if not text[:1].isdigit() else _number(text, g.language)


def _joint_value(text: str) -> float:
    """ "8 mil 200" is 8,200 and "mil 500" 1,500: thousands, then the units the thousands word leaves."""
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    thousands = numbers[0] if len(numbers) == 2 else 1
    return thousands * 1000.0 + numbers[-1]


def _factor(scale: str | None, g: _Grammar) -> float:
    return math.prod(g.scales[w.casefold()] for w in re.findall(r"[^\W\d_]+", scale)) if scale else 1.0


def _token_readings(pre: re.Match | None, tail: re.Match, g: _Grammar) -> tuple[str | None, tuple]:
    """The currency token before or after the figure, and its readings."""
    if pre is not None:
        token = pre.group(pre.lastgroup)
        return token, g.before.get(_key(token, "symbol"), ())
    if tail.group("fused"):
        token = tail.group("fused")
        return token, g.fused[token.casefold()][1]
    token, qualifier = tail.group("cur"), tail.group("qual")
    if token is None:
        return None, ()
    if qualifier and _key(f"{qualifier} {token}", "name") in g.after:  # "CFA francs": a name of two words
        token = f"{qualifier} {token}"
    return token, g.after.get(_key(token, "name")) or g.after.get(_key(token, "code"), ())


def _figure_at(text: str, numeral: re.Match, g: _Grammar, base_of: _Figure | None = None) -> _Figure | None:
    """The figure a numeral starts; None when it is not money. `base_of` is the figure a bare one is compared
    with ("$1.2 billion in 2021, against 900 million in 2020"), whose currency it then shares."""
    start, end = numeral.span()
    pre = g.prefix.search(text, max(0, start - 16), start)
    if pre is None and start and text[start - 1].isalpha():
        return None  # "A320", "G20"
    between = g.between.search(text, max(0, start - 30), start)
    tail = (g.tail_between if between else g.tail).match(text, end)
    scale, high = tail.group("scale"), tail.group("high")
    if tail.end() < len(text) and text[tail.end()].isalnum():
        return None  # "$1e308", "$5xyz": not a figure
    token, readings = _token_readings(pre, tail, g)
    qualifier = tail.group("qual") if pre is None else _qualifier_after(text, tail.end())
    stop = tail.end() if pre is None else max(end, tail.end("high"), tail.end("scale"))
    if pre is None and readings and readings[0].kind == "name":
        token, readings, stop = _demonym_after(text, token, readings, stop, g.language)
    if not readings and scale and pre is None and not high:
        token, readings, qualifier = _shared_currency(text, tail.end("scale"), g)
        stop = tail.end("scale")
        if not readings and base_of is not None and _closes_a_base(text, stop, g):
            token, readings, qualifier = base_of.token, base_of.readings, base_of.qualifier
    if not readings or (numeral.group("words") and not scale):
        return None
    if not scale and pre is None and token.casefold() in g.scale_only:
        return None  # "2024 marks the anniversary": a verb, not a currency
    if scale and len(scale.strip(" -")) == 1 and pre is None and tail.start("cur") != tail.end("scale"):
        return None  # "5 m dollars" is too rare to be worth the false alarms of "5 m"; "500 M€" is money
    # "COP28", "P5", "COP 28": a name with a number, not a sum; a token set apart from three digits counts them
    # ("JD 120 a month", "USD 512 per tonne")
    shortest = _SPACED_SUM_DIGITS if start and text[start - 1].isspace() else _GLUED_SUM_DIGITS
    if pre and token[-1:].isalpha() and pre.end() == start and not scale and len(numeral.group()) < shortest:
        return None
    factor = g.fused[token.casefold()][0] if tail.group("fused") and pre is None else _factor(scale, g)
    if numeral.group("words"):  # its scale words count in the grammar of the figure's words
        low = _word_number(f"{numeral.group()} {scale}", g)
    else:
        low = (_joint_value(numeral.group()) if numeral.group("joint") else _value(numeral.group(), g)) * factor
    top = _value(high, g) * factor if high else None
    if top is not None and top <= low:
        return None  # "2023 to 5 million" is no range
    return _Figure(
        pre.start() if pre else start,
        stop,
        low,
        top,
        token,
        readings,
        qualifier,
    )


@cache
def _demonym_after_pattern(language: str) -> re.Pattern | None:
    words = demonyms_in(language) if language in ROMANCE_LANGUAGES else {}
    return re.compile(rf"\s+(?P<dem>{_alternation(words, 'i')})(?![\w$-])") if words else None


def _demonym_after(text: str, token: str, readings: tuple, end: int, language: str) -> tuple[str, tuple, int]:
    """A currency noun and a demonym after it, in Spanish, French or Portuguese (`dólares australianos`, `dollars
    néo-zélandais`, `francos congoleses`): the currency of that state its noun names, and the phrase runs to the
    demonym (`currency_of_noun_and_state`); else the noun as it reads alone."""
    pattern = _demonym_after_pattern(language)
    found = pattern.match(text, end) if pattern else None
    if found is None:
        return token, readings, end
    state = demonyms_in(language)[found.group("dem").casefold()]
    currency = currency_of_noun_and_state(token.split()[0], state)
    if currency is None:
        return token, readings, end
    phrase = f"{token} {found.group('dem')}"
    reading = CurrencyToken(phrase, currency, "name", state, True, "stated", frozenset({language}))
    return reading.token, (reading,), found.end()


# "$2 billion Australian": a demonym right after a figure, closing the phrase, says which dollar it is.
@cache
def _qualifier_after_pattern() -> re.Pattern:
    followers = _alternation(money_data()["qualifier_followers"])
    # "$260 million US.", "$180 million U.S. in financing": a state's initials close the phrase too
    return re.compile(
        rf"\s+(?P<qual>[A-Z][a-z]+|U\.S\.|[A-Z]{{2}}(?!\w))(?=\s*(?:[.,;:)(]|\Z)|\s+(?:dollars?|{followers})\b)"
    )


def _qualifier_after(text: str, end: int) -> str | None:
    found = _qualifier_after_pattern().match(text, end)
    return found.group("qual") if found else None


def _declared_currency(text: str, g: _Grammar) -> str | None:
    """The one currency a note of the page states for its figures ("All figures are in Canadian dollars unless
    otherwise noted.", "(Montants en dollars canadiens)"): the reading of a bare token the page leaves unqualified."""
    declared = set()
    for note in g.currency_note.finditer(text):
        tail = g.tail.match(text, note.end())
        if not tail.group("cur") or tail.group("scale") or tail.group("high") or not g.note_end.match(text, tail.end()):
            continue
        _, readings = _token_readings(None, tail, g)
        declared |= stated_currencies([(readings, tail.group("qual"))])
    return declared.pop() if len(declared) == 1 else None


def _shared_currency(text: str, end: int, g: _Grammar) -> tuple[str | None, tuple, str | None]:
    """The currency a figure without one shares with the next ("up to 5 billion and then 10 billion US
    dollars"): the token, readings and qualifier of that figure when its currency follows it."""
    gap = g.shared.match(text, end)
    numeral = g.numeral.match(text, gap.end()) if gap else None
    following = _figure_at(text, numeral, g) if numeral else None
    if following is None or following.start != numeral.start():
        return None, (), None  # none, or one whose currency stands before it ("5 billion and $10 billion")
    return following.token, following.readings, following.qualifier


def _figures(text: str, g: _Grammar, skip: tuple[Span, ...]) -> list[_Figure]:
    figures: list[_Figure] = []
    consumed = 0
    for numeral in g.numeral.finditer(text):
        if numeral.start() < consumed or overlaps_any(numeral.span(), skip):
            continue
        base = _compared_with(text, numeral.start(), figures, g) or _same_unit_before(text, numeral, figures, g)
        figure = _figure_at(text, numeral, g, base)
        if figure is not None and not overlaps_any((figure.start, figure.end), skip):
            figures.append(figure)
            consumed = figure.end
    return figures


def _compared_with(text: str, start: int, figures: list[_Figure], g: _Grammar) -> _Figure | None:
    """The figure before, in the same sentence, that a comparison word right before `start` compares with:
    "trade reached $1.2 billion, up from 900 million", "contra 4 mil milhões em 2014"."""
    if not figures or start - figures[-1].end > _COMPARED_REACH:
        return None
    gap = text[figures[-1].end : start]
    if _SENTENCE_END.search(gap) or not g.compared.search(gap.lower()):
        return None
    return figures[-1]


def _same_unit_before(text: str, numeral: re.Match, figures: list[_Figure], g: _Grammar) -> _Figure | None:
    """The figure before, in the same sentence or the one before it, whose scale word a bare figure repeats: the sum
    it goes on to count in the same money ("aprovou 4,7 mil milhões de dólares ... e o JBIC contribui com 3 mil
    milhões", "ont atteint 1,1 milliard d'euros, et nous voulons les porter à 1,5 milliard"; "The bank lent 300
    million euros. Only 120 million has been drawn.": a currency named once for the figures that follow)."""
    if not figures or numeral.start() - figures[-1].end > _SAME_UNIT_REACH or not text[numeral.start() - 1].isspace():
        return None  # "$-3 million": a sign glued to the figure is no bare sum
    ends = _SENTENCE_END_NOT_CLAUSE.finditer(text, figures[-1].end, numeral.start())
    end, further = next(ends, None), next(ends, None)
    if further is not None or (end is not None and not _WORD.search(text, end.end(), numeral.start())):
        return None  # two sentences on, or opening its sentence ("12 million live in camps"), it counts anything
    scale = g.tail.match(text, numeral.end()).group("scale")
    if not scale:
        return None
    # the whole scale, right after the digits or a number word ("one-and-a-half billion dollars ... more than
    # two-and-a-half billion"): "30 milhões" repeats no "2 mil milhões"
    unit = re.escape(" ".join(scale.split()).casefold().rstrip("s"))
    # ... and no more of it: "100 mil" repeats no "2,3 mil milhões" (it counts "100 mil portugueses")
    same = re.search(
        rf"(?:\d|{_plain_numbers(g.language)})[\s-]*{unit}s?(?!\w)(?![\s-]+{_scale_word(g.language)})",
        text[figures[-1].start : figures[-1].end].casefold(),
    )
    return figures[-1] if same else None


@cache
def _scale_word(language: str) -> str:
    """A scale word of the language, as a pattern."""
    return rf"(?:{_alternation(_grammar(language).scales)})(?!\w)"


@cache
def _plain_numbers(language: str) -> str:
    """Number words that are no scale word, as a pattern: what a figure in words ends on before its scale."""
    g = _grammar(language)
    words = _alternation(w for w in g.numbers if w not in g.scales).replace(r"\s+", r"[\s-]+")
    return rf"(?<![^\W\d_]){words}"


def _closes_a_base(text: str, end: int, g: _Grammar) -> bool:
    """A bare base of comparison ends its phrase or runs on into a date ("against 900 million.", "contra 4 mil
    milhões em 2014", "700 millones de 2020"), not into what it counts ("against 1.5 million jobs", "2 millones
    de personas")."""
    if _PHRASE_END.match(text, end) or g.base_followers.match(text, end):
        return True
    after = _NEXT_WORD.match(text, end)
    if g.counted_after_of and after and len(after.group(1)) > _SHORT_WORD_LETTERS:
        # a language that puts "de" before what a scale counts ends a bare sum with any longer word ("310 millones
        # concedidos entre 2004 y 2006", "500 millions pour la reconstruction")
        return True
    word = _SHORT_WORD.match(text, end)
    if word is None or g.tail.match(text, word.end()).group("cur"):
        return False  # "21 billion new pesos": a currency of its own after a word
    return word.group(1).casefold() not in g.of_words or _YEAR_NEXT.match(text, word.end()) is not None


_COMPARED_REACH = 80
_GLUED_SUM_DIGITS = 4
_SPACED_SUM_DIGITS = 3
_SAME_UNIT_REACH = 160
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|\Z)")
_SHORT_WORD_LETTERS = 3
_SHORT_WORD = re.compile(rf"\s+([^\W\d_]{{1,{_SHORT_WORD_LETTERS}}})(?![\w'’])")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_YEAR_NEXT = re.compile(r"\s+(?:19|20)\d\d(?!\d)")  # "frente a los 700 millones de 2020"
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")
_WORD = re.compile(r"[^\W\d_]{2,}")
# "lend 21 billion dollars; the Bank adds 14 billion": a clause after a semicolon goes on in its sentence
_SENTENCE_END_NOT_CLAUSE = re.compile(r"[.!?:]\s+|\n\s*")


def _amount(value: float | None) -> float | None:
    """A finite, positive amount below the ceiling, to the cent; anything else is not money."""
    if value is None or not math.isfinite(value) or value <= 0 or value > max_amount():
        return None
    return round(value, 2)


def extract_money(
    text: str,
    skip: tuple[Span, ...] = (),
    settings: CorpusSettings | None = None,
    language: str = "en",
    url: str | None = None,
    published: date | None = None,
) -> list[MonetaryAmount]:
    """Every amount of money outside `skip`, in text order, read with the data of the article's language;
    the corpus settings say how a bare `Rs` reads in an article that names neither India nor Pakistan, the
    page's `url` which state's outlet wrote it, and its date `published` which year "next year" is."""
    g = _grammar(language)
    figures = _figures(text, g, skip)
    stated = stated_currencies([(f.readings, f.qualifier) for f in figures])
    rupee = (settings or default_settings()).rupee_currency
    # the page's own state, where its writer spends a bare `Rs`: its domain's, else its dateline's ("COLOMBO, Nov 10 -")
    home = url_state(url) or next(iter(dateline_countries(text)[-1:]), None)
    explicit = tuple((f.start, f.readings[0].currency) for f in figures if len({r.currency for r in f.readings}) == 1)
    reader = CurrencyReader(text, stated, rupee, g.language, home, _declared_currency(text, g), explicit)
    conversion = _conversion_gap(g.language)
    found: list[MonetaryAmount] = []
    bracketed = [
        i > 0 and conversion.fullmatch(text, figures[i - 1].end, f.start) is not None for i, f in enumerate(figures)
    ]
    for i, (figure, currency) in enumerate(zip(figures, _currencies(figures, reader, bracketed), strict=True)):
        amount, amount_max = _amount(figure.low), _amount(figure.high)
        if currency is None or amount is None or (figure.high is not None and amount_max is None):
            continue
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(text)
        kind, subject, year = classify(
            text, (figure.start, figure.end), next_start, g.language, published.year if published else None
        )
        found.append(
            MonetaryAmount(
                text[figure.start : figure.end],
                figure.start,
                figure.end,
                amount,
                amount_max,
                currency,
                kind,
                subject,
                year,
            )
        )
    found = conversions_follow_their_source(text, found, _restatement_gap(g.language))
    found = listed_items_follow_the_first(text, found, g.language)
    found = shares_follow_their_total(
        text,
        found,
        _share_of_total(g.language),
        (_share_word(g.language), _further_word(g.language)),
        _share_of_figure(g.language),
    )
    found = comparisons_follow_their_figure(text, found, kind_cues(g.language).comparison)
    found = join_ranges(text, repeats_share_kind_and_subject(text, found), g.language, g.between)
    return rounded_headline_repeats_dropped(text, found)


@cache
def _further_word(language: str) -> tuple[re.Pattern, re.Pattern]:
    """A word that makes a figure a further sum or a part of sums said before it: a few words before the figure
    ("a further ", "the remaining ", "otros "), in lower case; and right after it, where a language puts its
    adjective there ("€20 millions supplémentaires", "R$ 5 milhões adicionais", "$5 million more")."""
    words = cue_words(language)
    before = re.compile(rf"(?:{cue_pattern(words['further_word'])})(?:\s+[^\s,;.\d]+){{0,2}}\s*$")
    after = re.compile(rf"\s*(?:{cue_pattern(words['further_after'])})")
    return before, after


@cache
def _share_word(language: str) -> re.Pattern:
    """A share word a few words before a figure, in lower case: `their share of `, `the largest portion, `."""
    return re.compile(rf"(?:{cue_pattern(cue_words(language)['share_word'])})(?:\s*,|\s+[^\s,;.]+){{0,2}}\s*$")


def _currencies(figures: list[_Figure], reader: CurrencyReader, bracketed: list[bool]) -> list[str | None]:
    """The currency of each figure. "$4 million (US$2.6 million)": a figure converted into its own default
    reading is another reading, and so is every other figure with the same bare token in the story (the
    writer's `$` is the local dollar): the same figure in a headline, "the $5 million already given"."""
    currencies = []
    for i, figure in enumerate(figures):
        converts = bracketed[i] or (i + 1 < len(figures) and bracketed[i + 1])
        currency = reader.currency(figure.readings, figure.qualifier, (figure.start, figure.end), converts)
        if (
            figure.qualifier is None
            and currency is not None
            and _conversion_currency(figures, i, bracketed) == currency
        ):
            currency = reader.converted(figure.token, figure.readings, currency, (figure.start, figure.end))
        currencies.append(currency)
    restating = _restating_tokens(figures, currencies, bracketed, reader)
    return [
        reader.default(f.readings)
        if f.qualifier is None and f.token in restating and _conversion_currency(figures, i, bracketed) is None
        else reader.local(f.token, f.readings, c, (f.start, f.end))
        if f.qualifier is None and not bracketed[i] and _conversion_currency(figures, i, bracketed) is None
        else c
        for i, (f, c) in enumerate(zip(figures, currencies, strict=True))
    ]


def _restating_tokens(
    figures: list[_Figure], currencies: list[str | None], bracketed: list[bool], reader: CurrencyReader
) -> set[str]:
    """Bare tokens the writer restates a figure of another of their readings in: "400 million Australian dollars
    ($355 million)" converts into US dollars, so the story's other bare `$` are US dollars too, however much it
    speaks of Australia."""
    restating = set()
    for i, figure in enumerate(figures):
        if not bracketed[i] or figure.qualifier is not None or len(figure.readings) < 2:
            continue
        source = currencies[i - 1]
        default = reader.default(figure.readings)
        if source != default and source in {r.currency for r in figure.readings}:
            restating.add(figure.token)
    return restating


def _conversion_currency(figures: list[_Figure], i: int, bracketed: list[bool]) -> str | None:
    """The one currency of the bracketed conversion that follows figure `i`, if there is one."""
    if i + 1 >= len(figures) or not bracketed[i + 1]:
        return None
    currencies = {r.currency for r in figures[i + 1].readings}
    return currencies.pop() if len(currencies) == 1 and len(figures[i].readings) > 1 else None


@cache
def _conversion_gap(language: str) -> re.Pattern:
    """The gap between an amount and its bracketed conversion: `304 billion riyals ($80 billion)`."""
    approx = cue_pattern(cue_words(language)["approximately"])
    return re.compile(rf"\s*\(\s*(?:(?:{approx}|or)\s+)?", re.IGNORECASE)


@cache
def _restatement_gap(language: str) -> re.Pattern:
    """The gap before a figure that restates the one before it, bracketed or after a comma: `304 billion riyals
    ($80 billion)`, `15 billion yuan, or about N720 billion`, `130.000 millones de yuanes, unos US$ 18.700`."""
    words = cue_words(language)
    approx = cue_pattern(words["approximately"])
    restating = cue_pattern(words["restating"])
    return re.compile(rf"\s*(?:\(\s*(?:(?:{approx}|or)\s+)?|,\s*(?:{restating})\s+(?:(?:{approx})\s+)?)", re.IGNORECASE)


@cache
def _share_of_figure(language: str) -> re.Pattern:
    """The opening of a sentence up to the total it takes a share of: `Of the `, `Del total de `, `Sur les `."""
    words = cue_words(language)
    approx = cue_pattern(words["approximately"])
    opening = cue_pattern(words["share_of_figure"])
    return re.compile(rf"[\s\"'“‘]*(?:{opening})\s+(?:(?:{approx})\s+)?", re.IGNORECASE)


@cache
def _share_of_total(language: str) -> re.Pattern:
    """The opening of a sentence on a share of a total: `Of the total, `, `Sur ce montant, `."""
    return re.compile(rf"[\s\"'“‘]*(?:{cue_pattern(cue_words(language)['share_of_total'])})", re.IGNORECASE)
