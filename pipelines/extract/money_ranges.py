"""Two amounts that make one range (`between $3 billion and $5 billion`, `$2 billion to $3 billion`, `ranging
from $500 million to $10 billion`) are one amount with `amount_max`; a change (`rose from $1 billion to $2
billion`) stays two. The words are language data (`money.toml`, `money_cues.toml`)."""

from __future__ import annotations

import dataclasses
import math
import re
from functools import cache

from pipelines.extract.records import MonetaryAmount
from pipelines.knowledge.money_vocabulary import MONEY_LANGUAGES, cue_words, grammar_words, scale_words


def _alternation(words) -> str:
    """Literal words, longest first, any run of spaces inside a word matching any spaces; case-insensitive."""
    bodies = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return f"(?i:{'|'.join(bodies)})"


@dataclasses.dataclass(frozen=True, slots=True)
class _RangeWords:
    gap: re.Pattern  # "-", " to ", " a "
    # "from" (or "between", "de") right before the first figure, after a verb that may make it a span
    # ("ranging from"): "Remittances from the Gulf are estimated at $8 billion to $10 billion" is a range
    from_word: re.Pattern


@cache
def _range_words(language: str) -> _RangeWords:
    words = grammar_words(language if language in MONEY_LANGUAGES else "en")
    marks = _alternation(w for w in words["range"] if not w.isalpha())
    linking = _alternation(w for w in words["range"] if w.isalpha())
    froms = ["from", *words["between"], *cue_words(language)["from"]]
    return _RangeWords(
        gap=re.compile(rf"\s*{marks}\s*|\s+{linking}\s+"),
        from_word=re.compile(
            rf"(?:(?<!\w)(?P<span>{_alternation(words['range_verb'])})\s+)?(?<!\w){_alternation(froms)}\b"
            r"(?:\s+[^\s\d.,;:]+){0,3}\s*\Z"
        ),
    )


def _is_range(text: str, first: MonetaryAmount, second: MonetaryAmount, language: str, between: re.Pattern) -> bool:
    """`between $3 billion and $5 billion`, `$1bn-$2bn`, `$2 billion to $3 billion` (not after "from")."""
    if first.currency != second.currency or first.amount_max is not None or second.amount <= first.amount:
        return False
    gap_and = re.fullmatch(r"\s+\S+\s+", text[first.char_end : second.char_start])
    if gap_and and between.search(text, max(0, first.char_start - 12), first.char_start + 1):
        return True
    words = _range_words(language)
    if not words.gap.fullmatch(text, first.char_end, second.char_start):
        return False
    change = words.from_word.search(text, max(0, first.char_start - 60), first.char_start)
    return change is None or change["span"] is not None


@cache
def _scale_run(language: str) -> tuple[re.Pattern, dict[str, float]]:
    """The scale words right after a figure's digits (`16 mil`, `17 mil millones`), and their factors."""
    scales = {w.casefold(): f for w, f in scale_words(language if language in MONEY_LANGUAGES else "en").items()}
    words = _alternation(scales)
    return re.compile(rf"\d\s*(?P<run>{words}(?:\s+{words})*)(?!\w)"), scales


def _low_in_the_high_scale(first: MonetaryAmount, second: MonetaryAmount, language: str) -> float:
    """The low end of a range whose first figure leaves out the last scale words of the second ("entre 16 mil y 17
    mil millones": 16 mil millones, not 16 mil; "de 2 a 3 mil milhões" is read whole already)."""
    pattern, factors = _scale_run(language)
    own, high = pattern.search(first.text), pattern.search(second.text)
    if own is None or high is None:
        return first.amount
    own_words, high_words = own["run"].casefold().split(), high["run"].casefold().split()
    if len(own_words) >= len(high_words) or high_words[: len(own_words)] != own_words:
        return first.amount
    return first.amount * math.prod(factors[w] for w in high_words[len(own_words) :])


def join_ranges(text: str, amounts: list[MonetaryAmount], language: str, between: re.Pattern) -> list[MonetaryAmount]:
    """Two amounts that make one range are one row; `between` is the language's "between" right before a figure."""
    joined: list[MonetaryAmount] = []
    i = 0
    while i < len(amounts):
        first = amounts[i]
        if i + 1 < len(amounts) and _is_range(text, first, amounts[i + 1], language, between):
            second = amounts[i + 1]
            first = dataclasses.replace(
                first,
                text=text[first.char_start : second.char_end],
                char_end=second.char_end,
                amount=_low_in_the_high_scale(first, second, language),
                amount_max=second.amount,
            )
            i += 1
        joined.append(first)
        i += 1
    return joined
