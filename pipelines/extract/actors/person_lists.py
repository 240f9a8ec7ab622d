"""Lists of people: a name listed beside a person (`A, B and C`) is a person too, though nothing else says so.

A statistical model often tags the first names of a list and misses the last one; the rules see no office
before it. A name joined to a person by a comma or `and` counts when every word of it may be a name word (no
office, place, organisation or calendar word), it has two words or more and it is no place or known body.
"""

from __future__ import annotations

import re

from pipelines.extract.actors import person_patterns as p
from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import COUNTRY
from pipelines.extract.actors.model import a_place, may_be_name_word
from pipelines.extract.actors.persons import Introduction
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import organization_lookup

# After a listed name: a comma or `and` (`, and`), then the next name, which ends the list or goes on with it.
# A name may follow its state's possessive (`A, Ghana's B and Togo's C`).
_NEXT = re.compile(
    rf"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:(?:{COUNTRY})['’]s[ \t]+)?"
    rf"(?P<name>{p.NAME})(?=[ \t]*(?:[,.;]|and[ \t]|$))"
)
# The longest list this pass follows from one person (a longer run of names is a table, not a sentence).
_MOST_LISTED = 8


def listed_claims(text: str, skip: tuple[Span, ...], persons: list[Claim]) -> list[Claim]:
    """Claims on the names listed after a person the rules or the model found (`A, B and C`: B and C). Only a
    list that closes with `and` counts: `A, B, ...` alone may be a name and its office or place."""
    taken = sorted(c.span for c in persons if c.actor_type == "person")
    found: list[Claim] = []
    for _start, end in taken:
        pending: list[Claim] = []
        for _ in range(_MOST_LISTED):
            listed = _NEXT.match(text, end)
            if listed is None or not _a_name(listed.group("name")):
                break
            span, name = listed.span("name"), listed.group("name")
            if span not in taken and not overlaps_any(span, skip):
                pending.append(Claim(span, "person", Introduction(name, None, None, span, span[0])))
            end = span[1]
            if "and" in text[listed.start() : span[0]]:  # the list's last name
                found += pending
                break
    return list({claim.span: claim for claim in found}.values())  # a name listed after two persons: once


def _a_name(name: str) -> bool:
    words = name.split()
    return (
        len(words) >= 2
        and all(may_be_name_word(part) for w in words for part in w.split("-") if part)
        and not any(w.isupper() and len(w) > 1 for w in words)
        and not a_place(name)
        and name not in organization_lookup()
    )
