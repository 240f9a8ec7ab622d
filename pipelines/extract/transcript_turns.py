"""A transcript's turns: lines opened by their speaker's label (`MINISTER: Thank you.`, `Q: And the loan?`, `Jane Roe:
We signed it.`).

A transcript has no headline line but, perhaps, its programme's name above the turns. A turn asked as a question
(`REPORTER: When will work start?`) reads like a kicker's headline, and a programme's line in capitals that names its
host (`EVENING REPORT WITH JANE ROE`) like a headline in capitals; the turns tell both apart from a story's head.
"""

from __future__ import annotations

import re
from collections import Counter

# A speaker's label: a capitalised word and a few more, perhaps the speaker's role in brackets, then a colon.
_TURN = re.compile(
    r"[ \t]*(?P<speaker>[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,4}?)[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*:[ \t]+\S"
)
_HEAD_LINES = 20
# A transcript: this many turns among the first lines, one speaker's label on two of them at least.
_TRANSCRIPT_TURNS = 3
# A programme's line that ends in its host's name, in capitals with no segment after a colon or a dash.
# Quotation marks that open a quoted headline's words, in the languages' typography.
_QUOTE_OPENS = re.compile(r"[\"“”„«‘'‹]")
_SEGMENT_MARK = re.compile(r":|[ \t](?:[-–—]{1,2})[ \t]")


def is_turn_or_programme(title: str, text: str, start: int) -> bool:
    """A line that is a transcript's turn (the page's first lines from `start` are a transcript's turns, and the line's
    speaker speaks on another line, or a turn comes before it: a segment's headline after its programme's name opens
    the page, `World Report: Leaders meet`), or the programme's name in capitals that ends in the name of a speaker
    of its turns (`WORLD TONIGHT WITH JANE ROE` over `JANE ROE: ...`)."""
    lines = [line.strip() for line in text[start:].split("\n", _HEAD_LINES * 3)[: _HEAD_LINES * 3] if line.strip()]
    turns = [(line, _speaker(line)) for line in _headline_once(lines[:_HEAD_LINES], title)]
    turns = [(line, speaker) for line, speaker in turns if speaker]
    labels = Counter(speaker for _, speaker in turns)
    transcript = len(turns) >= _TRANSCRIPT_TURNS and max(labels.values(), default=0) >= 2
    own = _speaker(title)
    if own and transcript:
        after_turn = next((n for n, (line, _) in enumerate(turns) if line == title), 0) > 0
        if after_turn or any(speaker == own and line != title for line, speaker in turns):
            return True
    if not title.isupper() or _SEGMENT_MARK.search(title):
        return False
    folded = " ".join(title.casefold().split())
    return any(len(label.split()) > 1 and folded.endswith(" " + label) for label in labels)


def _headline_once(lines: list[str], title: str) -> list[str]:
    """The lines with the headline once: a page repeats its headline (in its title tag with the site's name after it,
    then as the heading), and a headline `Tunisia: ...` said twice is not one speaker's two turns."""
    kept, seen = [], False
    for line in lines:
        if line.startswith(title):
            if seen:
                continue
            seen, line = True, title
        kept.append(line)
    return kept


def _speaker(line: str) -> str | None:
    """The label of the speaker whose turn the line is (case folded), or None. A quotation after the colon is a
    headline's (`Minister: "We will sign"`): a transcript writes its speakers' words unquoted."""
    found = _TURN.match(line)
    if not found or _QUOTE_OPENS.match(line, found.end() - 1):
        return None
    return " ".join(found.group("speaker").casefold().split())
