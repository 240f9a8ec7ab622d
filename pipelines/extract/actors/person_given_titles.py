"""Titles that are given names too: `Cheikh Tidiane Gadio`, `Sheikh Rasheed Ahmed`, `Serigne Mbaye Thiam`.

In West Africa and South Asia `Cheikh`, `Sheikh` and `Serigne` open many a person's own name; in the Gulf they
are a ruling family's title before a name of lineage (`Sheikh Tamim bin Hamad Al Thani`). A name of two words
or more right after one, with no word of lineage (`bin`, `ben`, `Al`, `Ould`: `given_title_lineage_words`),
keeps it: the text gives the name in full (`given_name_titles` in `actor_words.toml`).
"""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import alternation, words
from pipelines.extract.actors.persons import Introduction

_TITLES = re.compile(rf"(?<![\w'’-])(?:{alternation(words('given_name_titles'))})[ \t]+$")
_LINEAGE = words("given_title_lineage_words")


def with_given_titles(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each person's name of two words or more that follows such a title widened over it."""
    return [_widened(text, c) if c.actor_type == "person" else c for c in claims]


def _widened(text: str, claim: Claim) -> Claim:
    start, end = claim.span
    title = _TITLES.search(text, max(0, start - 12), start)
    name_words = text[start:end].split()
    if title is None or len(name_words) < 2 or any(_lineage(w) for w in name_words):
        return claim
    span = (title.start(), end)
    owner = claim.owner
    if isinstance(owner, Introduction) and owner.span == claim.span:
        owner = dataclasses.replace(owner, name=text[span[0] : span[1]], span=span)
    elif isinstance(owner, Introduction):
        return claim
    return Claim(span, claim.actor_type, owner)


def _lineage(word: str) -> bool:
    return word in _LINEAGE or word.split("-")[0] in _LINEAGE
