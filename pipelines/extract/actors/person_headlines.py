"""Names in headlines: a surname, then the headline's verb in title case (`President NAME Makes Official Visit`).

A headline capitalises every word, so the word after a surname looks like a name word. When the article gives
that surname elsewhere as the last word of a longer name, and the words after it belong to no name the article
gives, the name in the headline is the surname alone.
"""

from __future__ import annotations

import dataclasses

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.model import title_case_line
from pipelines.extract.spans import line_around


def headline_surnames(text: str, claims: list[Claim], everyone: list[Claim]) -> list[Claim]:
    """`claims` with a name in a title-case line cut to its first word where that word is the surname of a longer
    name among `everyone` and its other words are in no other name."""
    names = {c.owner.name for c in everyone if c.actor_type == "person" and c.owner is not None}
    surnames = {name.split()[-1] for name in names if " " in name}
    holders: dict[str, set[str]] = {}  # a word, to the names that hold it
    for name in names:
        for word in name.split():
            holders.setdefault(word, set()).add(name)
    out = []
    for claim in claims:
        name = claim.owner.name if claim.actor_type == "person" and claim.owner is not None else ""
        words = name.split()
        if (
            len(words) >= 2
            and words[0] in surnames
            and all(holders.get(word) == {name} for word in words[1:])
            and text.startswith(words[0], claim.span[0])
            and _in_headline(text, claim.span[0])
        ):
            span = (claim.span[0], claim.span[0] + len(words[0]))
            claim = Claim(span, claim.actor_type, dataclasses.replace(claim.owner, name=words[0], span=span))
        out.append(claim)
    return out


def _in_headline(text: str, position: int) -> bool:
    start, end = line_around(text, position)
    return title_case_line(text[start:end])
