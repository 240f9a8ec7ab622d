"""Organs of a body: its board is the body's, not an actor of its own.

Writers name the board that decided ("the Executive Board of the IMF approved", "le Conseil d'administration de
la BAD a approuvé"); the actor is the body. A claim that holds an organ's name is cut to the body's name after
it (`of the`, `de la`) or before it ("IMF Executive Board"); an organ named alone blocks its span and names none.
A body's unit named by its task or its region ("the Press Service", "the Asia Department", "the Media Relations
Office of the Ministry") or an outlet's desk by its city ("the Washington Bureau") is an organ too: alone it names
none, with a link the body after it.
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import alternation, words
from pipelines.extract.actors.organizations import OrgMention, known_body, named_body
from pipelines.knowledge import city_countries, organization_lookup

_ORGAN = re.compile(rf"(?<![\w'’-])(?:{alternation(words('body_organs'))})(?![\w'’-])", re.IGNORECASE)
_LINK_AFTER = re.compile(rf"[ \t]+(?:{alternation(words('organ_links'))})[ \t]*(?=[A-Z])")
_UNIT_HEAD = rf"(?:{alternation(words('unit_heads'))})(?![\w'’-])"
_UNIT = re.compile(
    rf"(?:the[ \t]+)?(?:{alternation(words('unit_words'))})(?:(?:[ \t]+(?:and|&)[ \t]+|[ \t]+)(?:"
    rf"{alternation(words('unit_words'))})){{0,3}}[ \t]+{_UNIT_HEAD}"
)
_CITY_DESK = re.compile(
    r"(?:the[ \t]+)?(?P<city>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]+(?:Bureau|Desk)(?![\w'’-])"
)
_OWNER_END = re.compile(r"(?:['’]s|[ \t]+(?:the|its|la|le|el|o|a))?[ \t]*$")
# "IMF Board", "SCO Council of Foreign Ministers": an organ that is a body's only after its known name or acronym
_ORGAN_AFTER_NAME = re.compile(rf"[ \t]+(?:{alternation(words('body_organs_after_name'))})$")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,5}")


def without_organs(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with every organ's name cut to its body's name, or blocked when it names no body; an acronym
    defined after the organ's name ("Conseil d'administration de la BAD (...)") names the body."""
    by_span = {c.span: c for c in claims if isinstance(c.owner, OrgMention)}
    out, renamed = [], {}
    for claim in claims:
        cut = _without_organ(text, claim, by_span)
        if cut is not claim and claim.owner is not None:
            renamed[claim.owner.key] = cut.owner
        out.append(cut)
    return [
        Claim(c.span, c.actor_type, renamed[c.owner.key])
        if isinstance(c.owner, OrgMention) and c.owner.key in renamed
        else c
        for c in out
    ]


def _without_organ(text: str, claim: Claim, by_span: dict) -> Claim:
    if not isinstance(claim.owner, OrgMention):
        return claim
    start, end = claim.span
    unit = _unit(text, start, end)
    if unit is not None:
        if unit == end:
            return Claim(claim.span, claim.actor_type)
        link = _LINK_AFTER.match(text, unit, end)  # "the Press Service of the Ministry of Economy": the ministry
        return claim if link is None else _body(text, (link.end(), end), by_span) or Claim(claim.span, claim.actor_type)
    organ = _ORGAN.search(text, start, end)
    if organ is None:
        return _without_organ_after_name(text, claim, by_span)
    blocked = Claim(claim.span, claim.actor_type)
    link = _LINK_AFTER.match(text, organ.end(), end)
    if link is not None:  # "Executive Board of the IMF": the body after the link
        return _body(text, (link.end(), end), by_span) or blocked
    if organ.end() != end:
        return blocked
    owner_end = _OWNER_END.search(text, start, organ.start()).start()
    owner = list(re.finditer(r"\S+", text[start:owner_end]))
    # "IMF Executive Board": the longest run of words before the organ that names a known body
    for first in owner:
        span = (start + first.start(), owner_end)
        if span in by_span or text[span[0] : span[1]] in organization_lookup():
            return _body(text, span, by_span)
    return blocked


def _without_organ_after_name(text: str, claim: Claim, by_span: dict) -> Claim:
    """ "the IMF Board", "the GUAM Council of Ministers of Foreign Affairs": the known body or the acronym before an
    organ that is the body's only after its name; after other words the organ's words end a name of its own."""
    start, end = claim.span
    organ = _ORGAN_AFTER_NAME.search(text[start:end])
    if organ is None:
        return claim
    owner = text[start : start + organ.start()]
    if owner in organization_lookup() or _ACRONYM.fullmatch(owner):
        return _body(text, (start, start + organ.start()), by_span) or claim
    return claim


def _unit(text: str, start: int, end: int) -> int | None:
    """Where a unit's name that opens the claim ends, if one does: "Press Office", "Asia Department",
    "Washington Bureau"; a known body's name ("European Patent Office") is none."""
    found = _UNIT.match(text, start, end) or _CITY_DESK.match(text, start, end)
    if found is None or (found.re is _CITY_DESK and found.group("city") not in city_countries()):
        return None
    return None if text[start : found.end()] in organization_lookup() else found.end()


def _body(text: str, span: tuple[int, int], by_span: dict) -> Claim | None:
    """The body a name names: as another rule read the same words, as the knowledge base knows it, or as written."""
    start, end = span
    name = text[start:end].strip()
    if not name or not name[0].isupper():
        return None
    end = start + len(name)
    if (start, end) in by_span:
        return by_span[(start, end)]
    known = organization_lookup().get(name)
    mention = known_body(known) if known else None
    return Claim((start, end), "organization", mention or named_body(name))
