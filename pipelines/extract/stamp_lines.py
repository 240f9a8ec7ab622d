"""A page's date stamp inside a short line of segments: `By Staff Reporter | Published June 12, 2023`,
`by Jane Doe · June 12, 2023 · 3 min read`, `Islamabad | June 12, 2023`, `Ankara (AA) – June 12, 2023`,
`Thursday 15 June 2023 / 26 Dhul Qadah 1444`, `Written by Jane Doe on 12/06/2023`.

Such a line sits above the body; its date is the page's, never a date mention of the story. Read line by line
with one search per short line, so the cost stays linear in the text.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.stamp_labels import stamp_kind
from pipelines.knowledge.calendars import page_cues

# Between segments: a bar, a middle dot, a bullet, a slash, a dash with spaces around it (a typewriter's double
# hyphen too: `BRIEF -- Issue 41 -- 3 October 1997`), or a run of spaces or a tab (`Site Name      2010-01-12 20:41`).
_SEPARATOR = r"(?:[|·•/]|[ \t](?:[-–—]|--)[ \t]|[ \t]{3,}|\t)"
_HAS_SEPARATOR = re.compile(_SEPARATOR)
# Before the date: the line's start, or a separator and a short label (`| Published `).
_BEFORE = re.compile(rf"(?:\A|{_SEPARATOR})[^|·•/\n]{{0,20}}\Z")
# A clock after a page's date, perhaps after a short word (`at 9:15 pm`, `às 16:40`, `à 18h40`).
CLOCK = r"(?:[^\W\d_]{1,3}[ \t]+){0,2}\d{1,2}(?:[:.]\d{2}|h\d{2})"
# The word before a byline's name (`byline_word` in page_cues.csv: `by`, `por`, `par`).
_BYLINE_WORD = "|".join(map(re.escape, page_cues("byline_word")))
_HAS_BYLINE_WORD = re.compile(rf"(?<!\w)(?:{_BYLINE_WORD})[ \t]", re.I)
# `By Jane Doe on`, and with a word before it: `Posted by`, `Written by`, `Submitted by`; or a blog's byline and its
# clock before a comma, in any language read (`Posted by the editors, June 18, 2009`, `Posted by Ana at 9:40 PM,
# Monday, May 4, 2015`, `Publié par Jean, le 4 mai 2015`: `date_article` of page_cues.csv may open the date).
_DATE_ARTICLE = "|".join(map(re.escape, page_cues("date_article")))
# ... or the day's article of the byline's language (`Publicado por Redacción el`, `Publié par Jean le`, `Publicado por
# Ana em`).
_BYLINE = re.compile(
    rf"[ \t]*(?:[^\W\d_]+[ \t]+)?(?:{_BYLINE_WORD})[ \t]+[^\n]{{1,40}}?"
    rf"(?:[ \t]+(?:on|em|{_DATE_ARTICLE})[ \t]+|,[ \t]*(?:(?:{_DATE_ARTICLE})[ \t]+)?)$",
    re.I,
)
# After it: the line's end, perhaps a full stop or a clock, or a separator and anything (`| 03.10.2014.`), or a byline
# (`May 20, 2025 by Jane Doe | 3 Comments`, `12 de marzo de 2024 por Redacción`).
# ... or the post's categories after a blog's byline and day (`Posted by Staff on October 26, 2013 in Armenia,
# Featured | 12 Comments`, `... en Economía`, `... dans Actualités`: `category_lead` in page_cues.csv).
_CATEGORY_LEAD = "|".join(map(re.escape, page_cues("category_lead")))
_AFTER = re.compile(
    rf"\.?[ \t,]*(?:{CLOCK}[^|·•/\n]{{0,12}})?"
    rf"(?:{_SEPARATOR}[^\n]*|[ \t]+(?i:{_BYLINE_WORD})[ \t]+[^|·•\n]{{1,40}}(?:{_SEPARATOR}[^\n]*)?"
    rf"|[ \t]+(?i:{_CATEGORY_LEAD})[ \t]+[^\W\d_][^|·•\n]{{0,60}}(?:{_SEPARATOR}[^\n]*)?)?\Z"
)
_MAX_WORDS = 18
# A document's number and its day on one line (`No: 88, 17 April 2025`, `Communiqué n° 45 du 3 mai 2019`, `Nota de
# prensa N° 123, de 4 de marzo de 2021`, `No PR-07/2020    Dated: 16 January 2020`): a few words of its kind, a number's
# label (`label_number` of page_cues.csv) and a number with a figure open the line; the day after it is the page's.
_LABEL_NUMBER = "|".join(map(re.escape, sorted(page_cues("label_number"), key=len, reverse=True)))
_NUMBER_OPENING = (
    rf"[ \t]*(?:[^\W\d_][\w'’.-]*[ \t]+){{0,3}}?(?:{_LABEL_NUMBER})\.?[ \t]*:?[ \t]*(?=[\w/().-]*\d)[\w/().-]+"
)
_NUMBERED = re.compile(rf"{_NUMBER_OPENING}(?:[ \t]*,|[ \t])")
_NUMBERED_BEFORE = re.compile(rf"\A{_NUMBER_OPENING}[ \t]*,?[^|·•\n\d]{{0,20}}\Z")


def opens_with_number(line: str) -> bool:
    """A line that opens with a document's number (`No: 88, ...`, `Communiqué n° 45 du ...`)."""
    return _NUMBERED.match(line) is not None


@cache
def _dated(date: str, weekday: str) -> re.Pattern:
    return re.compile(rf"(?:(?:{weekday})[,]?[ \t]+)?(?P<date>{date})", re.I)


def segment_stamps(text: str, zone_end: int, date: str, weekday: str, start: int = 0) -> list[re.Match]:
    """Short lines of segments with a date (`date` and `weekday`: the page's patterns), from the line at `start` (a
    line's start) to `zone_end`."""
    found, position = [], start
    for line in text[start:zone_end].splitlines(keepends=True):
        start, end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        body = text[start:end]
        numbered = _NUMBERED.match(body) is not None
        if len(body.split()) > _MAX_WORDS or not (
            numbered or _HAS_SEPARATOR.search(body) or _HAS_BYLINE_WORD.search(body)
        ):
            continue
        for match in _dated(date, weekday).finditer(text, start, end):
            before, after = text[start : match.start()], text[match.end() : end]
            if not (
                (_BEFORE.search(before) or _BYLINE.match(before) or (numbered and _NUMBERED_BEFORE.match(before)))
                and _AFTER.match(after)
                and (before + after).strip()
            ):
                break
            found.append(match)
            # the line's next date is read only after a day of update (`Last Updated: ... | Published: ...`) or of a
            # form's other field (`Date of approval: ...    Last updated: ...`)
            if stamp_kind(before) not in ("update", "event"):
                break
    return found
