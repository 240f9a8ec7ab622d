"""Amounts the money extractor found that are not amounts of money: a number in scientific notation.

`1e308` or `2.5E+9` is how software and scientists write numbers, never how news states a sum of money; the
extractor reads its leading digits as an amount (`$1e308` as one dollar), so such a match is dropped here.
Infinite and absurdly large amounts are left to the schema, which quarantines them with the reason.
"""

from __future__ import annotations

import re

from pipelines.extract.records import MonetaryAmount

# A mantissa touching an exponent: digits, an optional fraction, `e` or `E`, an optional sign, digits.
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?[eE][+-]?\d")
_REACH = 24  # characters looked at around an amount: enough for a mantissa's digits and an exponent


def in_scientific_notation(text: str, start: int, end: int) -> bool:
    """Whether the number of `text[start:end]` is part of a number written in scientific notation."""
    before = text[max(0, start - _REACH) : start]
    lead = len(before) - len(before.rstrip("0123456789.,eE+-"))  # the number may begin before the match
    window = text[start - lead : min(len(text), end + _REACH)]
    match = _SCIENTIFIC.search(window)
    return match is not None and match.start() < lead + (end - start)


def without_scientific_notation(text: str, amounts: list[MonetaryAmount]) -> list[MonetaryAmount]:
    return [m for m in amounts if not in_scientific_notation(text, m.char_start, m.char_end)]
