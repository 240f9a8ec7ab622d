"""Helpers on character spans shared by the extractors."""
from __future__ import annotations

import bisect
import re

from pipelines.extract.records import Span

# A sentence ends at . ! ? (not after a single capital or a common abbreviation) or at a line break.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bNo)(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bMs)(?<!\bvs)(?<!\bJan)(?<!\bFeb)"
                           r"(?<!\bAug)(?<!\bSept)(?<!\bSep)(?<!\bOct)(?<!\bNov)(?<!\bDec)[.!?](?=\s)|\n")


def overlaps_any(span: Span, spans: tuple[Span, ...]) -> bool:
    """True when `span` overlaps any of the sorted, non-overlapping `spans`."""
    if not spans:
        return False
    i = bisect.bisect_right(spans, (span[0], float("inf")))
    if i > 0 and spans[i - 1][1] > span[0]:
        return True
    return i < len(spans) and spans[i][0] < span[1]


def sentence_around(text: str, span: Span) -> Span:
    """The sentence (or line) that holds `span`."""
    start = 0
    window_start = max(0, span[0] - 600)
    for match in _SENTENCE_END.finditer(text, window_start, span[0]):
        start = match.end()
    start = max(start, window_start)
    end_match = _SENTENCE_END.search(text, span[1])
    end = end_match.end() if end_match else len(text)
    return start, min(end, span[1] + 600)
