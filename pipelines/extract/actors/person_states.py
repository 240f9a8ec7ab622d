"""What the sentence around a person says about the state they serve, when no office of theirs names it.

A person who visits a state, arrives in one of its cities or holds talks with it is not of that state ("NAME,
while visiting Fiji, said ..."); a person who says "his country" would help a state is not of it either. A
person who receives a visitor who arrived in a city is of that city's state ("NAME arrived in Dhaka and was
received by Foreign Secretary NAME"). A United States legislator's party and state tag (`NAME (D-Maryland)`)
names the United States.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.claims import Candidate
from pipelines.extract.actors.lexicon import CITY, COUNTRY, phrases
from pipelines.extract.spans import sentence_around
from pipelines.knowledge import city_countries, country_names

_PLACE = rf"(?:the\s+)?(?:Republic\s+of\s+)?(?P<place>{COUNTRY}|{CITY})(?![\w-])"
_OWN_STATE = re.compile(r"\b(?:his|her)\s+country(?:['’]s)?(?![\w-])")
_OWN_STATE_NAMED = re.compile(rf"\b(?:his|her)\s+country,?\s+{_PLACE}")
_ARRIVED = re.compile(rf"\barriv(?:ed|es|ing)\s+(?:in|at)\s+{_PLACE}")
_RECEIVED_BY = re.compile(r"\b(?:received|welcomed|greeted)\s+(?:[a-z]+\s+){0,4}?by\s+[^,;]{0,80}$")
_US_LEGISLATOR = re.compile(r"\s*\((?:D|R|I)-[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)")
_STATE = re.compile(rf"(?<![\w-]){_PLACE}")


@cache
def _elsewhere() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{phrases('elsewhere_cues', either_case=True)})\s+{_PLACE}")


def _state_of(match: re.Match) -> str | None:
    place = match.group("place")
    return country_names().get(place) or city_countries().get(place)


def read_sentences(text: str, persons: list[Candidate]) -> None:
    """Give persons without a state the one their sentences imply, or the states they cannot be of."""
    for person in persons:
        if person.country or person.stateless:
            continue
        for span in sorted(person.spans):
            start, end = sentence_around(text, span)
            person.country = person.country or _stated_around(text, span, start, end)
            after = text[span[1] : end]
            person.not_countries.update(filter(None, map(_state_of, _elsewhere().finditer(after))))
            own = _OWN_STATE.search(after)
            if own and not _OWN_STATE_NAMED.match(after, own.start()):
                person.not_countries.update(filter(None, map(_state_of, _STATE.finditer(after, own.end()))))


def _stated_around(text: str, span: tuple[int, int], start: int, end: int) -> str | None:
    """A state the sentence gives the person: `(D-Maryland)`, "his country, Ghana,", a visitor's host."""
    if _US_LEGISLATOR.match(text, span[1]):
        return "USA"
    own = _OWN_STATE_NAMED.search(text, span[1], end)
    if own:
        return _state_of(own)
    arrived = _ARRIVED.search(text, start, span[0])
    if arrived and _RECEIVED_BY.search(text, arrived.end(), span[0]):
        return _state_of(arrived)
    return None
