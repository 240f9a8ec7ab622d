"""Country mentions: names, adjacent pairs (`Pakistan-India`), and demonyms used as an affiliation."""

from __future__ import annotations

import re
from collections import Counter

from pipelines.extract.actors.claims import Candidate
from pipelines.extract.actors.lexicon import CITY, COUNTRY, DEMONYM, alternation
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import city_countries, country_display_name, country_names, demonyms, organization_lookup
from pipelines.knowledge.actor_words import actor_words

CITY_PLACE = re.compile(rf"(?:^|\bof\s+)(?P<city>{CITY})(?:(?![\w-])\s+\S|$)")
# Not a currency: "US$", "U.S. dollars".
COUNTRY_PATTERN = re.compile(rf"(?<![\w.-])(?=[A-Z])(?:{COUNTRY})(?![\w$-]|\.\w|\s+dollars?\b)")
# "the Pakistan-India conflict" names both states; "the Pakistan-Turkey Business Forum" names a forum.
_COUNTRY_PAIR = re.compile(rf"(?<![\w.-])(?=[A-Z])(?:{COUNTRY})(?:\s?[-–]\s?(?:{COUNTRY}))+(?=\s+[a-z])")
_ANY_COUNTRY = re.compile(rf"(?:{COUNTRY})(?![\w])")
# A demonym is a country mention only as an affiliation: a title, a government, a side.
_AFFILIATION = (
    rf"(?:(?:{alternation(actor_words('affiliation_modifiers'))})\s+)*"
    rf"(?:{alternation(actor_words('affiliation_nouns'))})"
)
# "Uzbek and Pakistani officials": both are affiliations
_DEMONYM_PATTERN = re.compile(rf"(?<![\w-])(?P<dem>{DEMONYM})(?=(?:,?\s+and\s+(?:{DEMONYM}))?\s+(?i:{_AFFILIATION})\b)")


def find_countries(text: str, skip: tuple[Span, ...]) -> dict[str, Candidate]:
    """One candidate per state the article names, with every mention."""
    names = country_names()
    found: dict[str, Candidate] = {}
    mentions = [(m.span(), names[m.group()]) for m in COUNTRY_PATTERN.finditer(text)]
    for pair in _COUNTRY_PAIR.finditer(text):
        mentions += [(m.span(), names[m.group()]) for m in _ANY_COUNTRY.finditer(text, pair.start(), pair.end())]
    mentions += [(m.span("dem"), demonyms()[m.group("dem")]) for m in _DEMONYM_PATTERN.finditer(text)]
    for span, code in mentions:
        if not overlaps_any(span, skip):
            found.setdefault(code, Candidate("country", code, country_display_name(code), code)).spans.append(span)
    # The name the article uses most is the one to show (`Turkiye` in a text that says Turkiye).
    for candidate in found.values():
        used = Counter(text[s:e] for s, e in candidate.spans if text[s:e] in names)
        if used:
            candidate.name = used.most_common(1)[0][0]
    return found


def country_in(name: str) -> str | None:
    """The state a name or an office names: a country, a demonym, or a city (`Dhaka Chamber`, `Mayor of London`)."""
    for match in COUNTRY_PATTERN.finditer(name):
        return country_names()[match.group()]
    for word in re.findall(r"[A-Z][a-z]+", name):
        if word in demonyms():
            return demonyms()[word]
    city = CITY_PLACE.search(name)
    return city_countries()[city.group("city")] if city else None


# The dateline that opens a report: `ISLAMABAD:`, `New Delhi [India], May 2 (ANI):`, `BEIJING, Sept. 2 --`.
_DATELINE = re.compile(
    r"^[ \t]*(?:date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?(?P<place>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2})"
    r"(?:[ \t]*[\[(][^\])\n]{1,40}[\])][ \t]*[,:]|[ \t]*[:]|[ \t]+[-–—]+[ \t]|,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+)?\d)",
    re.M,
)
_DATELINE_AGENCY = re.compile(r"[^\n(]{0,30}?\((?P<agency>[A-Z][\w .&-]{1,30})\)")
_DATELINE_LINES = 6


def dateline_countries(text: str) -> tuple[str | None, ...]:
    """The states a report is filed for, surest first: its dateline's news agency's (`(APP)`), its place's."""
    head = "\n".join(text.lstrip().split("\n", _DATELINE_LINES)[:_DATELINE_LINES])
    for match in _DATELINE.finditer(head):
        place = match.group("place")
        place = place.title() if place.isupper() else place
        found = city_countries().get(place) or country_names().get(place)
        if found:
            agency = _DATELINE_AGENCY.match(head, match.end("place"))
            known = organization_lookup().get(agency.group("agency").strip()) if agency else None
            return (known.country if known else None, found)
    return ()
