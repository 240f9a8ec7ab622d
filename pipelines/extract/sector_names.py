"""Names of bodies written in lower case after their head and closed by their bracketed acronym ("la Banque
européenne d'investissement (BEI)", "Agencia nacional de promoción de inversiones (ANPI)"), and the same names
written again: a cue inside them names the body, as a capitalised name's would, and reports no activity."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.records import Span
from pipelines.knowledge.sector_vocabulary import sector_words

_MAX_WORDS = 10  # a name's words after its head: "pour la promotion des investissements et des grands travaux"


@cache
def _named() -> re.Pattern:
    heads = sorted(sector_words()["body_words"], key=len, reverse=True)
    lower = r"(?:[a-zà-ÿ][\w'’-]*)"  # a word in lower case, an elided article with it ("d'investissement")
    return re.compile(
        rf"(?<![\w-])(?P<head>{'|'.join(map(re.escape, heads))})(?:[ \t]+{lower}){{1,{_MAX_WORDS}}}"
        rf"[ \t]*\((?P<acronym>[A-Z][A-Za-z]{{1,7}})\)"
    )


def lower_case_names(text: str) -> list[Span]:
    """Spans of the names (without their acronym) and of each later use of the same words."""
    if "(" not in text:
        return []
    names: set[str] = set()
    for match in _named().finditer(text):
        if match.group("acronym")[0] == match.group("head")[0]:  # "Council said trade rose (AFP)" is no name
            names.add(text[match.start() : match.start("acronym") - 1].rstrip())
    if not names:
        return []
    again = re.compile("|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)))
    return [found.span() for found in again.finditer(text)]
