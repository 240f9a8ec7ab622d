"""An outlet's issue line: its name, then the issue's day, number, edition or broadcast, set apart by dashes or bars.

A newsletter, a paper's front page or a broadcast's transcript may open with one line that names the outlet and this
issue of it (`CASPIAN OIL BRIEF -- Issue 41 -- 3 October 1997`, `THE HARBOUR COURIER -- Late edition -- Tuesday, 14
March 2000`, `RADIO BULLETIN - 1800 - THU 27 JAN 2011`, `Journal parlé de 13 heures — transcription`). Such a line
is no headline: the story's headline, when there is one, is a line of its own under it, and a transcript or a brief
of wire items has none. The day it holds is the page's date stamp.
"""

from __future__ import annotations

import re

from pipelines.extract.dates import YEAR
from pipelines.extract.page_dates import DATE, MONTH, STAMP_WEEKDAY, phrases
from pipelines.knowledge.calendars import page_cues

# The parts of the line: between spaced dashes (a typewriter's double hyphen too) or bars, or set apart by a run of
# spaces as a printed page's head turned to text lays them out (`TRADE WEEKLY   Vol. 12 No. 37   18 September 2006`).
_PART_SEPARATOR = re.compile(r"[ \t](?:[-–—]{1,2})[ \t]|[ \t]*\|[ \t]*|[ \t]{3,}")
# A clock after the day, perhaps with its zone (`09:00 KST`, `21:00 GMT`), or a bulletin's hour alone (`1800`).
_CLOCK = r"(?:[01]\d|2[0-3])(?:[:.h]?[0-5]\d)(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?"
# The issue's day (`Friday 8 July 1994`, `1 November 2023, 09:00 KST`) or month (`June 2016`), or its hour alone.
_DAY_PART = re.compile(
    rf"(?:(?:{STAMP_WEEKDAY})[,.]?[ \t]+)?(?:{DATE})(?:[ \t]*,?[ \t]*{_CLOCK})?"
    rf"|(?i:{MONTH})[ \t]+{YEAR}|{_CLOCK}",
    re.I,
)
# The issue's number (`Issue 41`, `Week 26/2009`, `No. 38`, `Vol. 3, No. 2`, `Edición N° 312`, `Édition n° 4521`),
# perhaps with its kind in brackets (`Issue No. 26 (Supplement)`): `issue_word`, `label_number` or `edition_word` of
# page_cues.csv before a figure.
_NUMBER_PART = re.compile(
    rf"(?:(?:{phrases('issue_word')}|{phrases('label_number')}|{phrases('edition_word')})\.?[ \t]*:?[ \t]*"
    r"(?:\d[\w/.-]*)?[ \t]*,?[ \t]*){1,2}"
    r"(?<=\d)(?:[ \t]*\([^()\n]{1,30}\))?",
    re.I,
)
# The kind of issue: an edition (`Late edition`, `Edição semanal`) or a broadcast's label, perhaps with its day
# (`TRANSCRIPT`, `broadcast 15 May 2001, 21:00 GMT`, `NEWS BULLETIN`, `Tuesday evening headlines`): `edition_word`,
# `broadcast_label`, `transcript_label` and `issue_label` of page_cues.csv.
_KIND_WORDS = "|".join(phrases(kind) for kind in ("edition_word", "broadcast_label", "transcript_label", "issue_label"))
# The time of day a programme's headlines are of, after a linking word (`Titulares de la noche`, `les titres du soir`,
# `destaques do dia`, `headlines of the evening`): `day_part` and `day_part_link` of page_cues.csv.
_DAY_PART_TAIL = rf"(?:[ \t]+(?:{phrases('day_part_link')}))?[ \t]+(?:{phrases('day_part')})"
_KIND_PART = re.compile(
    rf"(?:(?:{STAMP_WEEKDAY})[ \t]+)?(?:[^\W\d_]+[ \t]+)?(?:{_KIND_WORDS})(?:{_DAY_PART_TAIL}|[ \t]+[^\W\d_]+)?"
    rf"(?:[ \t]*:?[ \t]*(?:{_DAY_PART.pattern}))?",
    re.I,
)
_CLOCK_PART = re.compile(rf"[ \t]*{_CLOCK}[ \t]*")
_BROADCAST_PART = re.compile(rf"(?:{phrases('broadcast_label')}|{phrases('transcript_label')})\b", re.I)
_OUTLET_KIND = re.compile(rf"\b(?:{phrases('issue_label')})\b", re.I)
# A section's, a desk's or an event's name among the parts (`NEWS BULLETIN`, `Business`): a few capitalised words.
_OUTLET_NAME_WORDS = 8


def is_issue_line(line: str) -> bool:
    """An outlet's name, then only parts that say which issue this is (its day or hour, its number, its edition or
    broadcast) or name a section. A broadcast's label marks a programme whatever its name's case; otherwise the name
    is set as an outlet's (in capitals, or its words capitalised), and a day alone after it needs an outlet's word in
    it (`Courier`, `News`, `Bulletin`): a headline in capitals may close with its day."""
    name, *parts = (part.strip() for part in _PART_SEPARATOR.split(line.strip()))
    if not parts or not name or not all(parts):
        return False
    if _is_labelled_issue_part(name) and all(_is_issue_part(p) for p in parts):
        return True  # the outlet's name on the line above (`Issue No. 27 (bis) — 5 July 2018`)
    issue_parts = [p for p in parts if _is_issue_part(p)]
    if not issue_parts or any(p not in issue_parts and not _is_name_part(p) for p in parts):
        return False
    if any(_BROADCAST_PART.search(p) for p in issue_parts):
        return True
    labelled = any(not _DAY_PART.fullmatch(p) or _CLOCK_PART.fullmatch(p) for p in issue_parts)
    return _is_outlet_name(name) and (labelled or _has_outlet_word(name))


# An outlet's name with the issue's number run into it (`AFRICA ENERGY BRIEF #214`, `Gulf Trade Weekly No. 45`, `Andes
# Mining Notes, Issue 12`, `Boletín Andino n.º 33`): the name, then `#` or an issue's word before a figure.
_NUMBERED_NAME = re.compile(
    rf"(?P<name>[^\W\d_][^\n]{{0,60}}?)[ \t]*,?[ \t]*"
    rf"(?:#[ \t]*|(?:{phrases('issue_word')}|{phrases('label_number')})\.?[ \t]*:?[ \t]*)"
    r"\d[\w/.-]*(?:[ \t]*\([^()\n]{1,30}\))?",
    re.I,
)


def headline_after_issue(line: str) -> str | None:
    """The headline after an outlet's issue on one line, as a newsletter's subject or first line sets it (`AFRICA ENERGY
    BRIEF #214 -- Pipeline moves to feasibility phase`, `Gulf Trade Weekly | Issue 45 | 3 May 2019 | Ports ...`,
    `La Lettre du Sahel n° 88 - Le Niger et le Mali signent`): the outlet's name with its number, or its name and then
    its number, perhaps its day or edition, and what stands after them; None when the line opens with no issue."""
    seps = list(_PART_SEPARATOR.finditer(line))
    if not seps:
        return None
    first = line[: seps[0].start()].strip()
    numbered = _NUMBERED_NAME.fullmatch(first)
    if numbered is None or not _is_outlet_name(numbered.group("name").strip(" ,")):
        if not _is_outlet_name(first) or len(seps) < 2:
            return None
        if _NUMBER_PART.fullmatch(line[seps[0].end() : seps[1].start()].strip()) is None:
            return None
    k = 0
    while k + 1 < len(seps) and _is_issue_part(line[seps[k].end() : seps[k + 1].start()].strip()):
        k += 1
    rest = line[seps[k].end() :].strip()
    return rest if rest and not _is_issue_part(rest) else None


def is_broadcast_line(line: str) -> bool:
    """A broadcast's issue line (`RADIO BULLETIN - 1800 - THU 27 JAN 2011`, `EVENING NEWS -- TRANSCRIPT -- 9 June
    2015`): a programme's label or its hour; the transcript's turns follow it, no headline."""
    parts = [part.strip() for part in _PART_SEPARATOR.split(line)]
    return is_issue_line(line) and any(
        _BROADCAST_PART.search(part) or (_CLOCK_PART.fullmatch(part) and not _after_day(parts, n))
        for n, part in enumerate(parts)
    )


def _after_day(parts: list[str], n: int) -> bool:
    """Whether the part before the `n`th is a day (`ECONOMY | 20.10.2016 | 13:05`): a web page's stamp writes its
    clock after its day; a broadcast's hour stands alone or before its day (`RADIO BULLETIN - 1800 - THU 27 JAN
    2011`)."""
    return n > 0 and _DAY_PART.fullmatch(parts[n - 1]) is not None and _CLOCK_PART.fullmatch(parts[n - 1]) is None


def _is_labelled_issue_part(part: str) -> bool:
    """An issue's number or edition (`Issue No. 27 (bis)`, `Late edition`), not a day or an hour alone."""
    return _NUMBER_PART.fullmatch(part) is not None or _KIND_PART.fullmatch(part) is not None


def _is_issue_part(part: str) -> bool:
    return any(p.fullmatch(part) for p in (_DAY_PART, _NUMBER_PART, _KIND_PART))


def _is_name_part(part: str) -> bool:
    """A section's or a desk's name (`Business`), or the name of the event an outlet's daily covers (`Tashkent
    International Investment Forum`): its words capitalised but a name's small words."""
    words = part.split()
    small = page_cues("joining_word")
    return (
        0 < len(words) <= _OUTLET_NAME_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in small for w in words)
    )


def _is_outlet_name(name: str) -> bool:
    """An outlet's name: a few words, in capitals, or each capitalised but a name's small words."""
    words = name.split()
    if not words or len(words) > _OUTLET_NAME_WORDS:
        return False
    letters = [c for c in name if c.isalpha()]
    small = page_cues("joining_word")
    return sum(c.isupper() for c in letters) * 2 > len(letters) or all(w[:1].isupper() or w in small for w in words)


def _has_outlet_word(name: str) -> bool:
    """A masthead's or a programme's word in the name (`masthead_word`, `issue_label` of page_cues.csv)."""
    mastheads = {w.casefold() for w in page_cues("masthead_word")}
    return any(w.strip(".,").casefold() in mastheads for w in name.split()) or _OUTLET_KIND.search(name) is not None
