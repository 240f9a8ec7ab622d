"""What the label before a date on a page's line says the day is.

A stamp's label says whether its day is the page's publication (`Published:`, `Date:`), its last change (`Last
updated:`), or neither. A form's other fields hold days of the story's events, set out like stamps (`Date of approval:
13 September 2016`, `Approval date: ... | Planned completion: ...`, `MEETING DATE: 1 May`, `Fecha de firma: ...`):
such a day is no publication date, and it stays a date mention of the story.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.knowledge.calendars import page_cues


def _phrases(kind: str) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(page_cues(kind), key=len, reverse=True))


# A line's segments (`Published 3 April | Updated 5 April`): only the segment of the date says what it is.
_SEGMENT = re.compile(r"[|·•]|[ \t](?:[-–—]|--)[ \t]")
_BARS = "|·•"
_UPDATE = re.compile(rf"(?<!\w)(?:{_phrases('update_label')})(?!\w)", re.I)
_PUBLISHED = re.compile(rf"(?<!\w)(?:{_phrases('stamp_label')})(?!\w)", re.I)
# A field's label right before the date: a few words, then a colon (`Date of signing:`, `Approval date :`).
# A past participle closing a label (`delivered`, `aprobado`, `publiée`): the document says when it was made.
_PARTICIPLE_END = re.compile(r"(?:[^e]ed|[aiu]d[oa]s?|é(?:e|s|es)?)\Z", re.I)
# A span's first day after its label's colon, before the dash that leads to its last day.
_RANGE_START = re.compile(r":[^:\n]*\Z")
_FIELD_LABEL = re.compile(r"([^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4})[ \t]*:[ \t]*\Z")


def stamp_kind(before: str) -> str:
    """The kind of day a date is, from the text before it on its line: `update` (the page was changed that day),
    `published` (a `stamp_label` of page_cues.csv: `Published:`, `Publié le`, `Date:`), `event` (a form's field of
    another day: `Date of approval:`, `Signing date:`, `Reporting period:`), or `plain` (no label)."""
    segments = _SEGMENT.split(before)
    segment = segments[-1]
    if not segment.strip() and len(segments) > 1 and _SEGMENT.findall(before)[-1].strip() not in _BARS:
        # the end of a span after its dash (`Reporting period: 1 January - 31 March 2011`): the span's label; after a
        # bar or a bullet the date stands alone (`Posté par : Rédaction | 21/06/2012`: a byline, then the stamp)
        segment = _RANGE_START.sub(":", segments[-2])
    if _UPDATE.search(segment):
        return "update"
    labels = [m.group().casefold() for m in _PUBLISHED.finditer(segment)]
    nouns = _date_nouns()
    if any(" ".join(label.split()) not in nouns for label in labels):
        return "published"  # a label of its own (`Posted by NAME on`, `Date of publication:`)
    field = _FIELD_LABEL.search(segment)
    if field and _names_other_day(field.group(1)):
        return "event"
    return "published" if labels else "plain"


def _names_other_day(label: str) -> bool:
    """A field's label that names a day of something other than the page (`Approval date`, `Date of signing`,
    `MEETING DATE`, `Planned completion`, `Data do evento`): a date's noun with another word than the page's, or a
    common noun phrase
    (a word in lower case after the first, not a small word of a place's name: `Dar es Salaam:` is a dateline's
    city); a name in capitals alone (`NEW DELHI:`) or one word (`Islamabad:`) is none."""
    words = label.split()
    folded = [w.casefold() for w in words]
    if " ".join(folded) in _date_nouns():
        return False  # `Date:`, `Fecha:`: the page's own date
    if any(w in _date_nouns() for w in folded):
        # ... unless its other word names the page itself (`Post date:`, `Create Date:`, `Fecha de la noticia:`)
        return not any(w.strip(".'’") in _page_nouns() for w in folded)
    if _PARTICIPLE_END.search(words[-1]):
        return False  # the page's own making (`Judgment delivered:`, `Report tabled:`, `Texto aprobado:`)
    return any(w[:1].islower() and w.casefold() not in _small_words() for w in words[1:])


@cache
def _date_nouns() -> frozenset[str]:
    """The generic nouns of a day that a stamp's label may be alone (`date_noun` in page_cues.csv: `Date`, `Fecha`)."""
    return frozenset(w.casefold() for w in page_cues("date_noun"))


@cache
def _page_nouns() -> frozenset[str]:
    """The words by which a date's label names the page, or its making, as the day's owner (`page_noun` in
    page_cues.csv: `Post`, `Article`, `Create`, `noticia`)."""
    return frozenset(w.casefold() for w in page_cues("page_noun"))


@cache
def _small_words() -> frozenset[str]:
    """The small words of a name in lower case (`of`, `de`, `es`: `joining_word` and `place_particle`)."""
    return frozenset(w.casefold() for kind in ("joining_word", "place_particle") for w in page_cues(kind))
