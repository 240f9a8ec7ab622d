"""Organs of a body: its board is the body's, not an actor of its own.

Writers name the board that decided ("the Executive Board of the IMF approved", "le Conseil d'administration de
la BAD a approuvé"); the actor is the body. A claim that holds an organ's name is cut to the body's name after
it (`of the`, `de la`) or before it ("IMF Executive Board"); an organ named alone blocks its span and names none.
The board of a multilateral lender or fund (`organ_owners`: "the IMF Executive Board", "the Board of Executive
Directors of the World Bank") is an actor of its own beside it, named as written, one actor however the article
writes it; named alone it is the board of the lender its article names last before it (else first after it).
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
_OWNERS = frozenset(words("organ_owners"))
_BETWEEN = re.compile(r"[ \t]*(?:\((?P<acronym>[A-Z][A-Za-z]{1,9})\)[ \t]*)?")
# "France Diplomatie – Ministère de ...", "Oficina de Comunicaciones – Ministerio de Hacienda": a page's label, a
# word or three, before a dash and a ministry's or a mission's name, which no body styles after a short name of its own
_DASH_LABEL = re.compile(
    rf"[^\s–—-]+(?:[ \t]+[^\s–—-]+){{0,2}}[ \t]+[-–—][ \t]+(?=(?:{alternation(words('dash_credit_heads'))})(?![\w-]))"
)
_LONE_ORGANS = re.compile(rf"(?:{alternation(words('lone_lender_organs'))})$", re.IGNORECASE)
_GOVERNORS = re.compile(rf"(?:{alternation(words('governor_organs'))})", re.IGNORECASE)


def without_organs(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with every organ's name cut to its body's name, or blocked when it names no body; an acronym
    defined after the organ's name ("Conseil d'administration de la BAD (...)") names the body."""
    by_span = {c.span: c for c in claims if isinstance(c.owner, OrgMention)}
    lenders = sorted((c.span, c.owner) for c in by_span.values() if c.owner.key in _OWNERS)
    out, renamed = [], {}
    for claim in claims:
        claim = _after_dash_label(text, claim, by_span)
        cut = _without_organ(text, claim, by_span)
        board = _own_board(text, claim, cut, lenders)
        if board is not cut and isinstance(cut.owner, OrgMention):
            out.append(cut)  # "the IMF Executive Board": the IMF is named too
        cut = board
        if cut is not claim and claim.owner is not None:
            renamed[claim.owner.key] = cut.owner
        out.append(cut)
    out = [
        Claim(c.span, c.actor_type, renamed[c.owner.key])
        if isinstance(c.owner, OrgMention) and c.owner.key in renamed
        else c
        for c in out
    ]
    return out + _boards_before_lenders(text, out, by_span) if lenders else out


def _boards_before_lenders(text: str, claims: list[Claim], by_span: dict) -> list[Claim]:
    """ "El Directorio Ejecutivo del Banco Interamericano de Desarrollo": a capitalised organ no claim holds,
    linked to a lender's name that a claim holds, is the lender's board."""
    starts = {span[0]: claim for span, claim in by_span.items() if claim.owner.key in _OWNERS}
    found = []
    for organ in _ORGAN.finditer(text):
        if not organ.group(0)[0].isupper() or any(c.span[0] <= organ.start() < c.span[1] for c in claims):
            continue
        link = _LINK_AFTER.match(text, organ.end())
        lender = starts.get(link.end()) if link else None
        if lender is not None:
            kind = "board-of-governors" if _GOVERNORS.search(organ.group(0)) else "board"
            name = " ".join(text[organ.start() : lender.span[1]].split())
            board = OrgMention(f"{lender.owner.key}-{kind}", name, lender.owner.country)
            found.append(Claim(organ.span(), "organization", board))
    return found


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


def _after_dash_label(text: str, claim: Claim, by_span: dict) -> Claim:
    """The claim of the body named after a page's label and a dash, else the claim."""
    if not isinstance(claim.owner, OrgMention):
        return claim
    label = _DASH_LABEL.match(text, *claim.span)
    if label is None:
        return claim
    return _body(text, (label.end(), claim.span[1]), by_span) or claim


def _own_board(text: str, claim: Claim, cut: Claim, lenders: list) -> Claim:
    """The claim of a lender's board named as written, where the organ's claim was cut to a lender's name or,
    named alone, blocked in an article that names a lender; else the cut claim."""
    if cut is claim or not isinstance(claim.owner, OrgMention):
        return cut
    start, end = claim.span
    organ = _ORGAN.search(text, start, end) or _ORGAN_AFTER_NAME.search(text, start, end)
    if organ is None:
        return cut
    lead_name = ""
    if isinstance(cut.owner, OrgMention):
        lender = cut.owner if cut.owner.key in _OWNERS else None
    else:
        if organ.start() != start or organ.end() != end:
            return cut
        link = _LINK_AFTER.match(text, end)  # "Board of Executive Directors of the World Bank": the whole name
        linked = next(((span, owner) for span, owner in lenders if link and span[0] == link.end()), None)
        # "ADB Board of Directors" where the lender's name is a claim of its own
        ahead = next(
            ((span, owner) for span, owner in lenders if span[1] <= start and _adjacent(text, span[1], start)), None
        )
        if linked is not None:
            lender, end = linked[1], linked[0][1]
        elif ahead is not None:
            acronym = _BETWEEN.fullmatch(text, ahead[0][1], start).group("acronym")
            lender, lead_name = ahead[1], acronym or text[ahead[0][0] : ahead[0][1]]
        elif _LONE_ORGANS.match(organ.group(0)):
            before = [owner for span, owner in lenders if span[0] < start]
            lender = before[-1] if before else next((owner for span, owner in lenders if span[0] > end), None)
        else:
            return cut  # "the Board of Directors" alone: a company's as often as a lender's
    if lender is None:
        return cut
    kind = "board-of-governors" if _GOVERNORS.search(organ.group(0)) else "board"
    board = OrgMention(f"{lender.key}-{kind}", " ".join(f"{lead_name} {text[start:end]}".split()), lender.country)
    # the mention is the organ's words, so that the lender's name within the board's stays the lender's mention
    lead = len(organ.group(0)) - len(organ.group(0).lstrip())
    return Claim((organ.start() + lead, organ.end()), claim.actor_type, board)


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only white space, maybe around the lender's acronym in brackets, between `end` and `start` ("ADB Board",
    "Asian Development Bank (ADB) Board of Directors")."""
    return start - end < 16 and _BETWEEN.fullmatch(text, end, start) is not None


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
