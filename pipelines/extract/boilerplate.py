"""Lines of page furniture in plain-text articles: widget words, section labels, related-headline lead-ins, bylines.

They are not article content, so no extractor mines them for facts.
"""

from __future__ import annotations

import re

from pipelines.extract.page_dates import STAMP_LINE
from pipelines.extract.page_head import is_site_notice
from pipelines.extract.records import Span
from pipelines.knowledge.calendars import page_cues


def _alternation(kind: str) -> str:
    return "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in sorted(page_cues(kind), key=len, reverse=True))


# A whole line that is only a widget's word (`widget_line`: Share, Subscribe, Latest news; case-insensitive, optional
# trailing colon or "!"), a share bar of two or more buttons, each with its count (`share_bar_word`: `Partilhar  Tweetar
# Comentários (12)`, `Partager | Tweeter | Imprimer`), or a lead into a section's stories (`More from Africa`).
_SHARE_BUTTON = rf"(?:{_alternation('share_bar_word')})(?![\w-])(?:[ \t]*\(\d{{1,6}}\))?"
_WIDGET = re.compile(
    rf"^[ \t]*(?:{_alternation('widget_line')}|more[ \t]+from[ \t]+[\w .'-]{{1,40}}"
    rf"|{_SHARE_BUTTON}(?:[ \t]*[|·•/]?[ \t]*{_SHARE_BUTTON}){{1,8}})[ \t]*[:!]?[ \t]*$",
    re.I | re.M,
)
# Lines that lead into another story (`lead_in_label`: `Read also: ...`, `Lire aussi : ...`, `Relacionado: ...`;
# French sets a space before the colon) or a browser prompt: the whole line goes.
_LEAD_IN = re.compile(
    rf"^[ \t]*(?:{_alternation('lead_in_label')})[ \t\u00a0]*:.*$"
    r"|^[ \t]*(?:add .{1,60} to (?:your )?home ?screen|tap to bring up your browser menu.*|click here.*|"
    r"e-\w+ e-paper)[ \t]*$",
    re.I | re.M,
)

# A byline: a short line "By NAME" (its author is not an actor); a sentence ends with a full stop.
_BYLINE = re.compile(r"^[ \t]*(?:By|Written by|Reporting by|Report by)[ \t]+[A-Z][^\n]{0,60}(?<![.!?])[ \t]*$", re.M)


# A link to the story before or after this one (`Previous articleTitle ...`, `Next post: Title`): the label may be
# glued to the other story's headline, but no lower-case letter goes on its last word (`Next articles`).
_POST_LINK = re.compile(rf"^[ \t]*(?i:{_alternation('post_link')})(?![^\W\d_A-Z])[^\n]*$", re.M)
# A blog's poster line (`Posted by: Name 2011-06-02`, `Publié par Name le ...`): who posted it and when.
_POSTER = re.compile(rf"^[ \t]*(?:{_alternation('poster_label')})\b[ \t]*:?[^\n]{{0,80}}$", re.I | re.M)
# A masthead's founding year alone on its line (`Since 1975`, `Fondé en 1944`).
_MASTHEAD_YEAR = re.compile(rf"^[ \t]*(?:{_alternation('masthead_year')})[ \t]+\d{{4}}[ \t]*$", re.I | re.M)

# A breadcrumb trail of a site's sections ("Home > Business and industry > Trade and investment"): three or more
# short items joined by `>`, `›` or `»`.
_BREADCRUMB = re.compile(r"^[ \t]*[^\n>›»]{1,40}(?:[ \t]+[>›»][ \t]+[^\n>›»]{1,40}){2,}[ \t]*$", re.M)

# Other stories' headlines: after a label line (`Related`, `Lire aussi`), or a run of headline lines that ends
# the page after its last sentence. A headline line has a few words and no sentence end; an item of a list the
# text introduces (a bullet, a number, a line before it ending in `:`) is content.
# ... or a lead before a section's name (`More from Africa`, `Plus de Politique`: `related_lead` in page_cues.csv).
_RELATED_LABEL = re.compile(
    r"^[ \t]*(?:"
    + "|".join(re.escape(p) for p in sorted(page_cues("related_label") + page_cues("post_link"), key=len, reverse=True))
    + r"|(?:"
    + "|".join(re.escape(p) for p in sorted(page_cues("related_lead"), key=len, reverse=True))
    + r")[ \t]+[^\W\d_][\w'’&-]*(?:[ \t]+[^\W\d_][\w'’&-]*){0,2}"
    + r")[ \t]*[:!]?[ \t]*$",
    re.I,
)
_LINE_TAIL = " \t-–—|·•"
_LINK_ARROWS = "»›→ \t"
_SENTENCE_END = re.compile(r"[.!;:,][\"'”’)]?$")
# "... the agency added. - With reports from NAME", "... will return home tomorrow. -- AGENCY" (a wire's sign-off,
# its dash doubled or tripled): a sentence ends inside the line, so it is the story's own
_INNER_SENTENCE_END = re.compile(r"[a-z]{3}[.!?][\"'”’)]?[ \t]+[-–—]{0,3}[ \t]*[A-Z]")
_LIST_ITEM = re.compile(r"^(?:[-•*·▪]|\(?(?:[ivx]+|\d{1,2}|[a-h])[.)])\s")
_HEADLINE_WORDS = (4, 25)
_MIN_TRAILING_HEADLINES = 3
_BODY_LINE_WORDS = 12

# A site's slogan on a short line of its own (`The most trusted news source in the islands`, `... newsletter`).
_SLOGAN = re.compile(
    rf"^[ \t]*(?=[^\n]*\b(?:{_alternation('tagline')}|{_alternation('newsletter_word')})\b)[^\n]{{1,100}}$", re.I | re.M
)
# A copyright or credit line (`(c) 2000 The Daily Example Company`, `c.1999 Example News Service`, `Special to The
# Daily Example`, `© Example Agency. All rights reserved.`): the outlet that owns the page is no actor in the story.
_COPYRIGHT = "|".join(re.escape(word) for word in sorted(page_cues("copyright_word"), key=len, reverse=True))
_CREDIT_OPENING = (
    rf"©|(?:{_COPYRIGHT})(?:[ \t]*(?:{_COPYRIGHT}))?[ \t]*(?:\d{{4}}\b|:)"
    rf"|(?:{_alternation('credit_lead')})[ \t]+(?-i:[A-Z])"
)
_CREDIT = re.compile(
    rf"^[ \t]*(?:{_CREDIT_OPENING})[^\n]{{0,100}}$"
    rf"|^[^\n]{{0,100}}\b(?:{_alternation('rights_reserved')})\b[^\n\w]{{0,3}}$",
    re.I | re.M,
)
_FURNITURE_PATTERNS = (
    _WIDGET,
    _LEAD_IN,
    _BYLINE,
    _BREADCRUMB,
    _POST_LINK,
    _POSTER,
    _MASTHEAD_YEAR,
    _SLOGAN,
    _CREDIT,
)


def boilerplate_spans(text: str) -> tuple[Span, ...]:
    """Spans of furniture lines, in text order."""
    spans = {m.span() for pattern in _FURNITURE_PATTERNS for m in pattern.finditer(text)}
    spans.update(_related_headlines(text))
    spans.update((start, end) for start, end, line in _lines(text) if is_site_notice(line))
    return tuple(sorted(s for s in spans if s[1] > s[0]))


# A line that a photo's label opens ("Caption: ...", "[Photo: ...]", "[Photo] ..."), and another story's headline
# after a label of related stories on its line, alone or after a bar ("Comments (3) | Most read: ...").
_CAPTION_LABELS = sorted((label for label in page_cues("caption_mark") if label.endswith(":")), key=len, reverse=True)
_CAPTION_OR_RELATED = re.compile(
    r"^[ \t]*[\[(]?(?:"
    + "|".join(re.escape(label[:-1]) + r"(?:[ \t\u00a0]?:|(?<=\w)[\])])" for label in _CAPTION_LABELS)
    + r")[^\n]*|(?:^|[|•·])[ \t]*(?:"
    + "|".join(re.escape(label) for label in sorted(page_cues("related_label"), key=len, reverse=True))
    + r")[ \t]*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


# Another story's headline after a related-stories label and its colon on one line, as a ticker sets it above the page's
# own headline (`LATEST: Colombo traffic diverted`, `Lo más leído: ...`, `Les plus lus : ...`, `Mais lidas: ...`).
_RELATED_ITEM = re.compile(
    r"[ \t]*(?:"
    + "|".join(re.escape(label) for label in sorted(page_cues("related_label"), key=len, reverse=True))
    + r")[ \t\u00a0]*:[ \t]*\S",
    re.IGNORECASE,
)


def is_related_item(line: str) -> bool:
    """A line that a related-stories label and its colon open (`LATEST: ...`, `Most read: ...`): another story's
    headline, as a ticker above the page's own sets it."""
    return _RELATED_ITEM.match(line) is not None


# The rest of a line after a related-stories label and its colon, at the line's start or after a bar or a dot
# ("Related stories: ...", "Trending: A · B · C", "Notas relacionadas: ..."): other stories' headlines.
_RELATED_REST = re.compile(
    r"(?:^|[|•·])[ \t]*(?:"
    + "|".join(re.escape(label) for label in sorted(page_cues("related_label"), key=len, reverse=True))
    + r")[ \t\u00a0]*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def related_item_spans(text: str) -> list[Span]:
    """Spans of other stories' headlines after a related-stories label and its colon on a line."""
    return [match.span() for match in _RELATED_REST.finditer(text)]


def caption_and_related_spans(text: str) -> list[Span]:
    """Spans of a photo's caption line and of related stories after their label on a line (the sector extractor
    skips them; other extractors still read captions)."""
    return [match.span() for match in _CAPTION_OR_RELATED.finditer(text)]


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of every line, the end before its line break."""
    found, position = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        found.append((position, position + len(body), body.strip()))
        position += len(line)
    return found


def _is_headline_line(line: str) -> bool:
    """A line that reads as another story's headline: a few words, no sentence end, not a list item; a link's arrow
    may lead it (`» Exports rise in April`)."""
    core = line.rstrip(_LINE_TAIL).lstrip(_LINK_ARROWS)
    words = len(core.split())
    return (
        _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]
        and not _SENTENCE_END.search(core)
        and not _INNER_SENTENCE_END.search(core)
        and not _LIST_ITEM.match(core)
        and (core[:1].isupper() or core[:1].isdigit() or core[:1] in "\"'“‘")
    )


def _is_passing_line(line: str) -> bool:
    """A short line without a sentence end (`All news`, a menu word) that a headline run may hold."""
    return len(line.split()) < _HEADLINE_WORDS[0] and not _SENTENCE_END.search(line.rstrip(_LINE_TAIL))


def _related_headlines(text: str) -> list[Span]:
    """Spans of the headline lines after a related-stories label, and of a trailing run of headlines."""
    lines = _lines(text)
    return _after_labels(lines) + _trailing_headlines(lines)


def related_spans(text: str) -> tuple[Span, ...]:
    """Spans of the lines of other stories after a related-stories label, their dates included (`Related Articles` /
    `Exports rise in April` / `14 March 2024`): none of their dates is the page's."""
    return tuple(_after_labels(_lines(text)))


def _after_labels(lines: list[tuple[int, int, str]]) -> list[Span]:
    """Headline lines after a related-stories label, and a date alone on its line between them; a lone one that the
    story's first sentence follows is the story's own headline under a section label (`Latest News`), not a list.
    A byline or a labelled stamp (`Published: ...`) is the story's own and ends the list; so does a line without the
    bullet that every item of the list so far carries (`- Exports rise in April` / `Headline of the story`)."""
    spans: list[Span] = []
    run: list[Span] = []
    after_label = False
    bulleted = False  # every item of the run so far is a list item
    previous_end = -2
    for start, end, line in lines:
        adjacent, previous_end = bool(run) and run[-1][1] == previous_end, end
        if after_label and line and adjacent and _stamp_line(line) is False:
            run.append((start, end))  # `14 March 2024` right under an item: that story's day
            continue
        if after_label and line and run and bulleted and not _LIST_ITEM.match(line):
            spans.extend(run)
            run, after_label = [], False
        if (
            after_label
            and line
            and (
                _BYLINE.match(line)
                or _stamp_line(line) is not None
                or not _is_headline_line(_LIST_ITEM.sub("", line, count=1))
            )
        ):
            # a numbered `Most read` list counts as headlines
            spans.extend(run if len(run) > 1 or not _is_body_line(line) else [])
            run, after_label = [], False
        if _RELATED_LABEL.match(line):
            spans.extend(run)
            run, after_label = [], True
        elif after_label and line:
            bulleted = (bulleted or not run) and _LIST_ITEM.match(line) is not None
            run.append((start, end))
    return spans + run


def _stamp_line(line: str) -> bool | None:
    """None for a line that is no date stamp; False for a date alone on its line, perhaps with a clock (`14 March
    2024`, `2024-03-14 10:12`); True for a labelled stamp (`Published: 14 March 2024`), which is the story's own."""
    stamp = STAMP_LINE.match(line)
    return None if stamp is None else bool(stamp.group("label"))


def _is_body_line(line: str) -> bool:
    """A sentence of some length that ends like one: a story's paragraph."""
    return len(line.split()) >= _BODY_LINE_WORDS and _SENTENCE_END.search(line) is not None and line[-1] != ","


def _trailing_headlines(lines: list[tuple[int, int, str]]) -> list[Span]:
    run: list[Span] = []
    headlines = 0
    index = len(lines) - 1
    while index >= 0 and (
        not lines[index][2] or _is_headline_line(lines[index][2]) or _is_passing_line(lines[index][2])
    ):
        start, end, line = lines[index]
        if line:
            run.append((start, end))
            headlines += _is_headline_line(line)
        index -= 1
    # Only after the text's last sentence, and not a list that sentence introduces ("were signed:").
    after_body = index >= 0 and not lines[index][2].endswith(":")
    return run if headlines >= _MIN_TRAILING_HEADLINES and after_body else []
