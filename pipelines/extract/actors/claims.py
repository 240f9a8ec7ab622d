"""Candidate actors and the one rule that settles spans claimed more than once.

The rule: a mention of an organisation or a person may not overlap another. Claims are taken longest first;
of equal length, an organisation before a person; then the earlier one. Country mentions are not claims:
a state may be named inside an organisation's name or an office ("State Bank of Pakistan").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from pipelines.extract.records import Span

# Lower goes first among claims of one length.
TYPE_PRIORITY = {"organization": 0, "person": 1}


@dataclass
class Candidate:
    actor_type: str
    key: str
    name: str
    country: str | None
    role: str | None = None
    spans: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    not_countries: set[str] = field(default_factory=set)
    stateless: bool = False  # a person serving an international body: no state
    serves: str | None = None  # a name of the person this one is an aide of: they serve that person's state
    counterpart_of: str | None = None  # a name of the person this one is the counterpart of: of another state


@dataclass(frozen=True, slots=True)
class Claim:
    """A span an extractor wants for an actor; `owner` is what it stands for (None: blocks the span only)."""

    span: Span
    actor_type: str
    owner: object = None


class Taken:
    """Accepted spans, none overlapping another, kept sorted for a look-up in log time."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._types: list[str] = []

    def overlapping(self, span: Span) -> str | None:
        """The type of an accepted span that overlaps `span`, if any."""
        i = bisect.bisect_left(self._ends, span[0] + 1)  # the first accepted span ending after our start
        return self._types[i] if i < len(self._starts) and self._starts[i] < span[1] else None

    def add(self, span: Span, actor_type: str) -> None:
        i = bisect.bisect_left(self._starts, span[0])
        self._starts.insert(i, span[0])
        self._ends.insert(i, span[1])
        self._types.insert(i, actor_type)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A claim that won (`counted`: its span is a mention) or that overlaps a winner of its own type."""

    claim: Claim
    counted: bool


def resolve(claims: list[Claim], taken: Taken) -> list[Resolved]:
    """Settle claims by the rule above, given spans already taken; the winners' spans are added to `taken`.

    A claim overlapping a winner of its own type is the same mention told again: it is returned uncounted, so
    what it says (an office, a state) is kept. A claim overlapping another type's winner is dropped.
    """
    order = sorted(claims, key=lambda c: (c.span[0] - c.span[1], TYPE_PRIORITY[c.actor_type], c.span[0]))
    out: list[Resolved] = []
    for claim in order:
        if claim.span[1] <= claim.span[0]:
            continue
        holder = taken.overlapping(claim.span)
        if holder is None:
            taken.add(claim.span, claim.actor_type)
            out.append(Resolved(claim, True))
        elif holder == claim.actor_type:
            out.append(Resolved(claim, False))
    return out
