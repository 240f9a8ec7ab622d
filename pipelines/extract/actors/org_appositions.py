"""Organisations an apposition calls a company or a body: `NAME, the national carrier, ...`, `NAME, a subsidiary of
Russian Railways`, `NAME, the rural roads agency of the Ministry`. The apposition's head says what the name is,
whatever the name's shape (a brand, a word a trade also uses: `South Caucasus Railway`); no noun a person may be
called is such a head, and a state, a city, a people or an office is no body's name.
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.lexicon import CONNECTORS, DEMONYM, LEADING_NOISE, OFFICE_FIELDS, ORG_HEADS, phrases
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.actors.org_phrases import is_place_or_office
from pipelines.extract.actors.organizations import OrgMention
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import organization_lookup, slug

_WORD = r"[A-Z][\w&.'’-]*[\w&]"
# the name, a comma, an article, up to four modifiers (no `of`: "the co-chair of the commission" is a person's),
# the head, then what closes the apposition
_APPOSITION = re.compile(
    rf"(?<![\w&.'’-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}}),[ \t]+(?:the|a|an)[ \t]+"
    rf"(?:(?:(?!of[ \t])[a-z][\w'’-]*|{DEMONYM})[ \t]+){{0,4}}(?:{phrases('apposition_body_nouns')})"
    rf"(?=[ \t]*[,.;]|[ \t]+(?:{phrases('apposition_ends')})[ \t])"
)

# "the plant at Rampal, a joint venture of ...": a place, and the apposition is the plant's
_AT_PLACE = re.compile(rf"(?<![\w-])(?:{phrases('org_place_prepositions')})[ \t]+(?:the[ \t]+)?$")


def apposition_claims(text: str, skip: tuple[Span, ...], claimed: tuple[Span, ...]) -> list[Claim]:
    """Names an apposition calls a company or a body, outside `claimed` (bodies and persons)."""
    claims = []
    for match in _APPOSITION.finditer(text):
        name_words = match.group("name").split()
        while len(name_words) > 1 and name_words[0] in LEADING_NOISE:
            name_words = name_words[1:]
        name = " ".join(name_words)
        span = (match.end("name") - len(name), match.end("name"))
        if (
            not _a_name_of_its_own(name_words)
            or overlaps_any(span, skip)
            or overlaps_any(span, claimed)
            or _AT_PLACE.search(text, max(0, span[0] - 15), span[0])
        ):
            continue
        known = organization_lookup().get(name)
        mention = OrgMention(known.actor_id, known.name, known.country) if known else None
        claims.append(Claim(span, "organization", mention or OrgMention(slug(name), name, country_in(name))))
    return claims


def _a_name_of_its_own(name_words: list[str]) -> bool:
    """No office or possessive in it, not a portfolio's word alone, and not only places, peoples and head nouns."""
    proper = [w for w in name_words if w not in CONNECTORS]
    if not proper or any(ROLE_WORD.fullmatch(w) or re.search(r"['’]s$", w) for w in proper):
        return False
    if len(proper) == 1 and proper[0] in OFFICE_FIELDS:
        return False  # "Energy, the ...": a portfolio's word alone; "Air Pacific" is a name
    return not all(is_place_or_office(w) or w in ORG_HEADS for w in proper)
