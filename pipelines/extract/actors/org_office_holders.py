"""Organisations named by the office a person holds in them: `executives of NAME`, `the head of NAME`, `NAME chief
executive NAME`. A company's office says that the name beside it is a company's or a body's, whatever its shape
(`Rosoboronexport`, `Hyundai Rotem`, `E.ON`): a brand needs no head noun there. The name stops before a person the
rules found after it (`the head of Azerbaijan Railways NAME`); a state, a city, a people or an office alone is no
body (`president of Uzbekistan`, `Russian president NAME`), nor is a province or a town the knowledge base knows no
body by (`Tatarstan president NAME`).
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import (
    CONNECTORS,
    LEADING_NOISE,
    NOT_ORG_WORDS,
    OFFICE_FIELDS,
    ORG_HEADS,
    PORTFOLIO_NOUN,
    phrases,
    words,
)
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.actors.org_phrases import is_place_or_office, is_place_pair
from pipelines.extract.actors.organizations import OrgMention, known_body, named_body
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import (
    city_countries,
    country_names,
    demonyms,
    organization_lookup,
    subdivision_names,
    town_names,
)

_WORD = r"[A-Z][\w&.'’-]*[\w&]"
_RUN = rf"{_WORD}(?:[ \t]+(?:of[ \t]+)?{_WORD}){{0,4}}"
# "the heads of Rosoboronexport", "vice president of sales for Africa at NAME": the office, then `of` or `at`
_BEFORE = re.compile(
    rf"(?<![\w-])(?:{phrases('office_before_body')})(?:[ \t]+of[ \t]+[a-z][\w ]{{0,30}}?[ \t]+at|[ \t]+(?:of|at))"
    rf"[ \t]+(?:the[ \t]+)?(?P<name>{_RUN})"
)
# "Snam chief executive Marco Alverà": a name, the office in lower case, a person's name after it
_AFTER = re.compile(rf"[ \t]+(?:{phrases('office_after_body')})[ \t]+(?:[A-Z])")
_RUN_BEFORE = re.compile(rf"(?<![\w&.'’-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}})$")
_LOOK_BACK = 60
_TRADES = words("company_trades")
# "Public Diplomacy", "Research": a section of a body, not a body
_ABSTRACT = re.compile(rf"{PORTFOLIO_NOUN}|[A-Z][a-z]+(?:cy|ics|ing)$")


def office_holder_claims(
    text: str,
    skip: tuple[Span, ...],
    claimed: tuple[Span, ...],
    persons: list[Span],
    bodies: tuple[OrgMention, ...] = (),
) -> list[Claim]:
    """The names an office of a company or a body is held in, outside `claimed` (bodies and persons).
    `persons`: the spans of the persons found, which end a name that runs on into them; `bodies`: the
    organisations claimed, one of which a name that opens its name says again ("Barrick" after "Barrick Gold")."""
    person_starts = sorted(p[0] for p in persons)
    openings: dict[str, list[OrgMention]] = {}
    for body in {b.key: b for b in bodies}.values():
        parts = re.split(r"([ \t-])", body.name)
        for i in range(1, len(parts) - 1, 2):
            openings.setdefault("".join(parts[:i]), []).append(body)
    claims = []
    for match in _BEFORE.finditer(text):
        start, end = match.span("name")
        end = min([s for s in person_starts if start < s < end] or [end])
        claims += _claim(text, start, end, skip, claimed, openings)
    for office in _AFTER.finditer(text):
        before = _RUN_BEFORE.search(text, max(0, office.start() - _LOOK_BACK), office.start())
        if before is not None:
            claims += _claim(text, *before.span("name"), skip, claimed, openings)
    return claims


def _claim(
    text: str, start: int, end: int, skip: tuple[Span, ...], claimed: tuple[Span, ...], openings: dict
) -> list[Claim]:
    name = text[start:end].rstrip()
    end = start + len(name)
    name_words = name.split()
    # "Russia's Gazprom", "The Sinohydro": the name starts after a possessive owner and a sentence's first word
    cut = 0
    for i, word in enumerate(name_words[:-1]):
        if word in LEADING_NOISE or re.search(r"['’]s$", word):
            cut = i + 1
    name_words = name_words[cut:]
    start = end - len(" ".join(name_words)) if name_words else end
    name = " ".join(name_words)
    if (
        not name
        or not _a_body_name(name_words)
        or overlaps_any((start, start + len(name)), skip)
        or overlaps_any((start, start + len(name)), claimed)
    ):
        return []
    known = organization_lookup().get(name)
    if known is not None:
        mention = known_body(known)
    elif len(openings.get(name, ())) == 1:
        mention = openings[name][0]
    else:
        mention = named_body(name)
    return [Claim((start, start + len(name)), "organization", mention)]


def _a_body_name(name_words: list[str]) -> bool:
    """Words of a name of its own: no office, programme or sentence word, a possessive only last; not a state, a
    city, a people or a head noun alone."""
    name = " ".join(name_words)
    if name in country_names() or name in city_countries() or name in demonyms() or name in LEADING_NOISE:
        return False
    # "Tatarstan president NAME", "the mayor of Lutsk": a province or a town the knowledge base knows no body by
    if (name in subdivision_names() or name in town_names()) and name not in organization_lookup():
        return False
    proper = [w for w in name_words if w not in CONNECTORS]
    if any(ROLE_WORD.fullmatch(w) or w in NOT_ORG_WORDS or re.search(r"['’]s$", w) for w in proper):
        return False
    if is_place_or_office(proper[0]) or is_place_pair(proper[0]):
        # "Azerbaijan Railways": a state's name opens a body's only before a trade or a head ("Brazil Lula" is none;
        # nor is "the US-Mexico CEO Dialogue")
        return proper[0] not in demonyms() and any(w in _TRADES or w in ORG_HEADS for w in proper[1:])
    return not all(w in ORG_HEADS or w in OFFICE_FIELDS or is_place_or_office(w) or _ABSTRACT.match(w) for w in proper)
