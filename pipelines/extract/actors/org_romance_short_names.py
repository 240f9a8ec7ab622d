"""Known companies by the first word of a name that a legal form ends (`Vale S.A.`, `Total S.A.`, `Apple Inc.`)
in Spanish, French and Portuguese articles.

The word alone is a common word in some language (`vale`, `total`), so the knowledge base does not know it by
itself. In these languages a company takes an article, so the word names the company where an article or its
contraction stands right before it (`a Vale`, `da Vale`, `pela Vale`, `la Total`) and no `de`, `do`, `du` goes on
the name (`o Vale do Zambeze` is a valley).
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import alternation, words
from pipelines.extract.actors.organizations import known_body
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import Organization, country_names, demonyms, organization_lookup

_COMPLEMENT = r"(?![ \t]+(?:de|del|do|da|dos|das|du|des|d['’]))"


@cache
def _short_names() -> dict[str, Organization]:
    """The first word of each known company name of two words whose second is a legal form, where the knowledge
    base does not know that word by itself and it is no state's name or people's word (`Kenya Ltd`)."""
    lookup = organization_lookup()
    forms = frozenset(words("legal_forms"))
    found = {}
    states = country_names().keys() | demonyms()
    for name, org in lookup.items():
        first, *rest = name.split()
        if len(rest) == 1 and rest[0] in forms and first[:1].isupper() and first not in lookup and first not in states:
            found[first] = org
    return found


@cache
def _pattern() -> re.Pattern | None:
    names = _short_names()
    if not names:
        return None
    return re.compile(
        rf"(?<![\w'’-])(?:{alternation(words('demonym_firm_articles'))})[ \t]+"
        rf"(?P<name>{alternation(names)})(?![\w'’-]){_COMPLEMENT}"
    )


def short_name_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """`a Vale prevê investir`, `os investimentos da Vale`: the known company its short name and article give."""
    pattern = _pattern()
    if pattern is None:
        return []
    claims = []
    for found in pattern.finditer(text):
        span = found.span("name")
        if not overlaps_any(span, skip):
            claims.append(Claim(span, "organization", known_body(_short_names()[found.group("name")])))
    return claims
