"""Helpers on character spans shared by the extractors."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipelines.extract.records import Span

# A sentence ends at . ! ? (not after a single capital or a common abbreviation, a title's too) or at a line break. The
# abbreviation checks look back from the stop, so they run only at stops, not at every character. A firm's legal
# form ends no sentence before a word in lower case ("agreed to buy Carrow Pumps Inc. for $1.2 billion").
_SENTENCE_END = re.compile(
    r"[.!?](?<!\b[A-Z].)(?<!\bNo.)(?<!\bMr.)(?<!\bDr.)(?<!\bSt.)(?<!\bMs.)(?<!\bvs.)(?<!\bJan.)(?<!\bFeb.)"
    r"(?<!\bAug.)(?<!\bSept.)(?<!\bSep.)(?<!\bOct.)(?<!\bNov.)(?<!\bDec.)(?<!\bRt.)(?<!\bHon.)(?<!\bSmt.)(?<!\bGen.)"
    r"(?<!\bLt.)(?<!\bCol.)(?<!\bMaj.)(?<!\bCapt.)(?<!\bGov.)(?<!\bSen.)(?<!\bProf.)(?<!\bMrs.)(?=\s)"
    r"(?!(?<=\bInc\.)\s+[a-z])(?!(?<=\bCorp\.)\s+[a-z])(?!(?<=\bLtd\.)\s+[a-z])(?!(?<=\bCo\.)\s+[a-z])|\n"
)


def overlaps_any(span: Span, spans: tuple[Span, ...]) -> bool:
    """True when `span` overlaps any of the sorted, non-overlapping `spans`."""
    if not spans:
        return False
    i = bisect.bisect_right(spans, (span[0], float("inf")))
    if i > 0 and spans[i - 1][1] > span[0]:
        return True
    return i < len(spans) and spans[i][0] < span[1]


def disjoint(spans) -> tuple[Span, ...]:
    """Sorted spans with overlapping ones merged: what `overlaps_any` wants."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple((s, e) for s, e in out)


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of every sentence end in `text`, found once per article."""
    matches = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in matches], [m.end() for m in matches]


def sentence_around(text: str, span: Span) -> Span:
    """The sentence (or line) that holds `span`, at most 600 characters either side of it."""
    starts, ends = _sentence_ends(text)
    before = bisect.bisect_right(ends, span[0]) - 1  # the last end at or before the span
    start = max(ends[before] if before >= 0 else 0, span[0] - 600, 0)
    after = bisect.bisect_left(starts, span[1])  # the first end that begins at or after the span
    end = ends[after] if after < len(starts) else len(text)
    return start, min(end, span[1] + 600)


def line_around(text: str, position: int) -> Span:
    """The line that holds `position`, without its line breaks, at most 600 characters either side of it.

    The callers ask whether a line is a headline or a link; a longer line is prose either way, and the bound keeps
    an article written on one huge line linear in its names."""
    start = text.rfind("\n", max(0, position - _LINE_REACH), position)
    end = text.find("\n", position, position + _LINE_REACH)
    return (start + 1 if start >= 0 else max(0, position - _LINE_REACH)), (
        end if end >= 0 else min(len(text), position + _LINE_REACH)
    )


_LINE_REACH = 600
