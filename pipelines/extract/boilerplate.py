"""Lines of page furniture in plain-text articles: widget words, section labels, related-headline lead-ins, bylines.

They are not article content, so no extractor mines them for facts.
"""

from __future__ import annotations

import re

from pipelines.extract.records import Span

# A whole line that is only one of these (case-insensitive, optional trailing colon or "!").
_WIDGET_LINES = (
    r"share|tweet|email|e-mail|print|comments?|advertisement|advertisements|sponsored|close|subscribe|"
    r"follow us|got it|latest news|top stories|trending|trend|related|related news|related articles|"
    r"read more|also read|see also|more stories|news|national|international|world|business|opinion|"
    r"e-?paper|more from [\w .'-]{1,40}|can't connect right now! retry|retry|home|menu|search|login|sign in"
)
_WIDGET = re.compile(rf"^[ \t]*(?:{_WIDGET_LINES})[ \t]*[:!]?[ \t]*$", re.I | re.M)
# Lines that lead into another story or a browser prompt: the whole line goes.
_LEAD_IN = re.compile(
    r"^[ \t]*(?:also read|read also|read more|related|see also|more on this)[ \t]*:.*$"
    r"|^[ \t]*(?:add .{1,60} to (?:your )?home ?screen|tap to bring up your browser menu.*|click here.*|"
    r"e-\w+ e-paper)[ \t]*$",
    re.I | re.M,
)

# A byline: a short line "By NAME" (its author is not an actor); a sentence ends with a full stop.
_BYLINE = re.compile(r"^[ \t]*(?:By|Written by|Reporting by|Report by)[ \t]+[A-Z][^\n]{0,60}(?<![.!?])[ \t]*$", re.M)


def boilerplate_spans(text: str) -> tuple[Span, ...]:
    """Spans of furniture lines, in text order."""
    spans = {m.span() for pattern in (_WIDGET, _LEAD_IN, _BYLINE) for m in pattern.finditer(text)}
    return tuple(sorted(s for s in spans if s[1] > s[0]))
