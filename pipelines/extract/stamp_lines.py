"""A page's date stamp inside a short line of segments: `By Staff Reporter | Published June 12, 2023`,
`by Jane Doe · June 12, 2023 · 3 min read`, `Islamabad | June 12, 2023`, `Ankara (AA) – June 12, 2023`,
`Thursday 15 June 2023 / 26 Dhul Qadah 1444`, `Written by Jane Doe on 12/06/2023`.

Such a line sits above the body; its date is the page's, never a date mention of the story.
"""

from __future__ import annotations

import re
from functools import cache

# Between segments: a bar, a middle dot, a bullet, a slash or a dash with spaces around it.
_SEPARATOR = r"[ \t]*(?:[|·•/]|[ \t][-–—])[ \t]*"
_SEGMENT = r"[^|·•/\n]{1,50}?"
_BYLINE = r"(?:written[ \t]+)?by[ \t]+[^\n]{1,40}?[ \t]+on[ \t]+"
_MAX_WORDS = 14


@cache
def _pattern(date: str, weekday: str) -> re.Pattern:
    return re.compile(
        rf"^[ \t]*(?P<before>(?:{_SEGMENT}{_SEPARATOR})+[^\n]{{0,20}}?|{_BYLINE})??"
        rf"(?:(?:{weekday})[,]?[ \t]+)?(?P<date>{date})"
        rf"(?P<after>{_SEPARATOR}[^\n]*)?[ \t]*$",
        re.M | re.I,
    )


def segment_stamps(text: str, zone_end: int, date: str, weekday: str) -> list[re.Match]:
    """Short lines of segments with a date (`date` and `weekday`: the page's patterns), before `zone_end`."""
    return [
        m
        for m in _pattern(date, weekday).finditer(text, 0, zone_end)
        if (m.group("before") or m.group("after")) and len(m.group().split()) <= _MAX_WORDS
    ]
