"""The state of an official whose own ministry the article names with its state.

A release on a deal between two states often names one side's ministry with its state once ("an agreement with
the Ministry of Energy of the Republic of Azerbaijan") and its minister later by the office alone ("signed by NAME,
Minister of Energy"): the office heads that ministry, so the minister is of the ministry's state. The office and
its body share the portfolio: `Minister of Energy` and `Energy Minister` head the `Ministry of Energy`, `Finance
Secretary` the `Department of Finance`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pipelines.extract.actors.claims import Candidate
from pipelines.extract.actors.lexicon import alternation
from pipelines.knowledge.actor_words import actor_word_map


@cache
def _office_patterns() -> tuple[re.Pattern, re.Pattern]:
    """An office before its portfolio ("Deputy Minister of Energy", "Minister for Youth and Sports"), and a
    portfolio before its office ("Energy Minister", "Finance Secretary")."""
    offices = alternation(actor_word_map("office_body_heads"))
    before = re.compile(
        rf"^(?:[A-Z][\w-]*\s+)*?(?P<office>{offices})\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>[A-Z][\w&,'’ -]*[\w])$"
    )
    after = re.compile(rf"^(?P<portfolio>[A-Z][\w&,'’ -]*?)\s+(?P<office>{offices})$")
    return before, after


def ministry_names(role: str | None) -> tuple[str, ...]:
    """The names of the body an office heads, by its portfolio: `Ministry of Energy` (and `Ministry for Energy`)
    for `Minister of Energy` and `Energy Minister`; none for an office without a portfolio ("Prime Minister")."""
    if not role:
        return ()
    before, after = _office_patterns()
    found = before.match(role) or after.match(role)
    if not found:
        return ()
    head = actor_word_map("office_body_heads")[found.group("office")]
    return tuple(f"{head} {preposition} {found.group('portfolio')}" for preposition in ("of", "for"))


@cache
def _heading(role: str | None) -> re.Pattern | None:
    """The names of the body an office heads, as a pattern over a body's name: the name may go on with its state
    ("Ministry of Energy of the Republic of Azerbaijan"), not with more of a portfolio ("Ministry of Energy and
    Mines" is another body)."""
    heads = ministry_names(role)
    return re.compile(rf"(?<![\w-])(?:{alternation(heads)})(?=$|\s+of\s)") if heads else None


def give_ministry_states(persons: list[Candidate], bodies: Iterable[tuple[str, str | None]]) -> None:
    """Give each person without a state the state of the one ministry the article names with a state whose name is
    their office's body (`bodies`: each body's name and the state its name gives)."""
    named = [(name, state) for name, state in bodies if state]
    if not named:
        return
    for person in persons:
        if person.country or person.stateless:
            continue
        heading = _heading(person.role)
        if heading is None:
            continue
        states = {state for name, state in named if heading.search(name)}
        if len(states) == 1 and not states & person.not_countries:
            person.country = states.pop()
