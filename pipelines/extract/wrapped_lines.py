"""Hard-wrapped text: a printed page, a PDF or an old wire breaks its sentences at a fixed width, so a name may run
over a line break ("the Asian\nDevelopment Bank", "the Export-\nImport Bank of China"). The text is read with
those breaks as spaces, at the same offsets."""

from __future__ import annotations

import re

from pipelines.knowledge.actor_words import actor_words

# A wrapped line is a short one: a paragraph written on one line is longer
_MAX_WRAPPED_LINE = 100
# A page is wrapped when it breaks a sentence this often, and in this share of its breaks between short lines
_MIN_CONTINUATIONS = 3
_MIN_SHARE = 0.4
# A break after a line this long (against the page's usual wrapped line) is a wrap even before a capital ("the
# Asian\nDevelopment")
_FULL_LINE = 0.75
# Lines that are no paragraph's: the corpus header (` date 2024-03-01 Headline`), a link, and a page's layout
# (`                Page 1 of 2`, `REVIEW Vol. 4      page 17`)
_NOT_PROSE = re.compile(r"^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\b|://|^[ \t]{8,}|\S[ \t]{4,}\S")
# A word hyphened at a wrapped line's end, read with the break as a space ("Export- Import"): one word again
HYPHEN_AT_BREAK = re.compile(r"(?<=[^\W\d_])- (?=[^\W\d_])")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]][ \t]*$")
# A line ends inside a sentence: on a word hyphened at the break ("Export-") or on a word that never ends one
_OPEN_END = re.compile(
    rf"(?:(?<![\w-])(?:{'|'.join(map(re.escape, actor_words('sentence_open_words')))})|[^\W\d_]-)[ \t]*$",
    re.IGNORECASE,
)


def unwrapped(text: str) -> str:
    """The text with the line breaks of its hard-wrapped paragraphs as spaces, of the same length (offsets hold);
    the text unchanged when it is not hard-wrapped."""
    lines = text.split("\n")
    breaks = _breaks_between_short_lines(lines)
    continuing = [i for i in breaks if _continues(lines[i], lines[i + 1])]
    if len(continuing) < _MIN_CONTINUATIONS or len(continuing) < _MIN_SHARE * len(breaks):
        return text
    width = sorted(len(lines[i]) for i in continuing)[len(continuing) // 2]
    joined = set(continuing) | {i for i in breaks if len(lines[i]) >= _FULL_LINE * width}
    out, position = list(text), 0
    for i, line in enumerate(lines[:-1]):
        position += len(line)
        if i in joined and not _SENTENCE_END.search(line):
            out[position] = " "
        position += 1
    return "".join(out)


def _breaks_between_short_lines(lines: list[str]) -> list[int]:
    """The lines followed by another non-empty line, both short enough to be wrapped lines."""
    return [
        i
        for i in range(len(lines) - 1)
        if lines[i].strip()
        and lines[i + 1].strip()
        and len(lines[i]) <= _MAX_WRAPPED_LINE
        and not _NOT_PROSE.search(lines[i])
        and not _NOT_PROSE.search(lines[i + 1])
    ]


def _continues(line: str, following: str) -> bool:
    """The sentence goes on over the break: no sentence end, and the next line opens in lower case or this one ends
    on a hyphened word or a word no sentence ends on."""
    if _SENTENCE_END.search(line):
        return False
    return following.lstrip()[:1].islower() or _OPEN_END.search(line) is not None
