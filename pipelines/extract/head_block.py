"""A document's head block: the lines set together above a release's or a bulletin's headline.

An official page, a chamber's newsletter or a broadcaster's bulletin opens with a block of lines that say who
issued it, what it is and when (`Central Bank of Sri Lanka` / `Communications Department` / `Press Release —
21.03.2023`; `Ministère de X` / `Bulletin d'information n° 37 — Rabat, le 6 octobre 2014`), then a blank line and
the headline alone on its line, then the body. The block's lines look like headlines; the day it holds tells it
from a story's first lines, and its shape from a story's head (a headline, then only its byline and stamp), which a
standfirst may follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.extract.page_dates import DATE, dateline
from pipelines.extract.stamp_labels import stamp_kind

_DATED = re.compile(DATE)
_YEAR_GROUPS = ("y", "y_iso", "y_num", "y_cjk", "y_short", "y_dash")
_FULL_YEAR_GROUPS = ("y", "y_iso", "y_num", "y_cjk")
# A sentence's stop at a line's end, Latin or ideographic: a line of prose, not of a head block.
_SENTENCE_END = re.compile(r"[.!?。！？][\"”’»)]?[ \t]*\Z")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# The head block is the page's first paragraph or the one after a masthead's.
_BLOCKS_BEFORE_HEADLINE = 2
_BLOCK_MIN_LINES = 2
_BLOCK_MAX_LINES = 6


def headline_under_head_block(
    text: str,
    start: int,
    zone_end: int,
    is_headline: Callable[[str], bool],
    opens_body: Callable[[str], bool],
    leads_body: Callable[[str], bool],
) -> str | None:
    """The line alone in its paragraph right under a head block (a few lines, one of which holds a day with its
    year), when the body, its byline, stamp or dateline follow it; None on a page of another shape. `is_headline`
    tells a headline (no issuer's name), `leads_body` a byline, stamp or dateline."""
    paragraphs = [
        [line.strip() for line in block.splitlines() if line.strip()]
        for block in _BLANK_LINE.split(text[start:zone_end])
    ]
    paragraphs = [p for p in paragraphs if p]
    for n, block in enumerate(paragraphs[:_BLOCKS_BEFORE_HEADLINE]):
        following, body = (paragraphs[n + 1 : n + 3] + [[], []])[:2]
        if (
            _is_head_block(block, is_headline, leads_body)
            and len(following) == 1
            and body
            and is_headline(following[0])
            and (opens_body(body[0]) or leads_body(body[0]))
        ):
            return following[0]
    return None


def head_block_day(text: str, start: int, zone_end: int) -> re.Match | None:
    """The day a document's head block gives under its first line (`November 2019 edition, published 4 November
    2019`, `Stenographic record, 53rd sitting (7 April 2022)`, `Judgment delivered: 6 August 2014`): the first day
    with its year on a later line of the page's first paragraph, when that paragraph is a few lines before the
    body. A headline's own day (`Summit to open on 5 May 2024`) stands on the first line and is none, and a form's
    field of another day (`Date of signing: ...`) is none either."""
    first = _BLANK_LINE.split(text[start:zone_end], 1)[0]
    lines = [line for line in first.splitlines() if line.strip()]
    if not _BLOCK_MIN_LINES <= len(lines) <= _BLOCK_MAX_LINES or any(_SENTENCE_END.search(line) for line in lines):
        return None
    position = start + first.find(lines[0]) + len(lines[0])
    end = start + len(first)
    for found in _DATED.finditer(text, position, end):
        # a form's field of another day (`Date of signing: ...`) is a date of the story
        event = stamp_kind(text[text.rfind("\n", 0, found.start()) + 1 : found.start()]) == "event"
        if any(found.groupdict().get(g) for g in _FULL_YEAR_GROUPS) and not event:
            return found
    return None


def _is_head_block(block: list[str], is_headline: Callable[[str], bool], leads_body: Callable[[str], bool]) -> bool:
    """A few lines, one holding a day with its year, that are not a story's headline with its byline and stamp."""
    story_head = is_headline(block[0]) and all(leads_body(line) for line in block[1:])
    return (
        _BLOCK_MIN_LINES <= len(block) <= _BLOCK_MAX_LINES
        and any(_holds_dated_day(line) for line in block)
        and not story_head
    )


def _holds_dated_day(line: str) -> bool:
    """A day with its year on the line (`Press Release — 21.03.2023`, `Warsaw, 28 May 2004`), or a dateline."""
    if dateline(line) is not None:
        return True
    found = _DATED.search(line)
    return found is not None and any(found.groupdict().get(g) for g in _YEAR_GROUPS)
