"""Country mentions: names, adjacent pairs (`Pakistan-India`), and demonyms used as an affiliation."""

from __future__ import annotations

import re
from collections import Counter

from pipelines.extract.actors.claims import Candidate
from pipelines.extract.actors.lexicon import CITY, COUNTRY, DEMONYM, alternation
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import city_countries, country_display_name, country_names, demonyms
from pipelines.knowledge.actor_words import actor_word_map, actor_words

CITY_PLACE = re.compile(rf"(?:^|\bof\s+)(?P<city>{CITY})(?:['’]s\s+\S|(?![\w-])\s+\S|$)")
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
# "Kenya, Mali, SA and Sudan", "SA President": an abbreviation that also means other things names a state
# only as an item of a list of states or as an affiliation.
_ABBREVIATIONS = actor_word_map("ambiguous_state_abbreviations")
_ABBREVIATION = alternation(_ABBREVIATIONS)
_LISTED_ABBREVIATION = re.compile(
    rf"(?<=[^\W\d_]), (?P<after>{_ABBREVIATION})(?=,| and )"
    rf"|(?<![\w.-])(?P<before>{_ABBREVIATION})(?=,? (?:and )?(?:{COUNTRY})(?![\w-]))"
    rf"|(?<![\w.-])(?P<affiliated>{_ABBREVIATION})(?= (?i:{_AFFILIATION})\b)"
)


# An abbreviation before a figure is a currency's qualifier (`US 1 billion dollars`, `US $500 million`), and one
# after a clock time a time zone (`16:11 GMT 17:11 UK`): neither names the state as an actor.
_BEFORE_FIGURE = re.compile(r"[ \t]*[$€£]?[ \t]*\d")
_AFTER_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}[ \t]*\Z")


def _qualifies(text: str, match: re.Match) -> bool:
    """True when an abbreviated state name qualifies a figure or a clock time."""
    if not match.group().isupper():
        return False
    return bool(
        _BEFORE_FIGURE.match(text, match.end()) or _AFTER_CLOCK.search(text, max(0, match.start() - 12), match.start())
    )


def find_countries(text: str, skip: tuple[Span, ...]) -> dict[str, Candidate]:
    """One candidate per state the article names, with every mention."""
    names = country_names()
    found: dict[str, Candidate] = {}
    mentions = [(m.span(), names[m.group()]) for m in COUNTRY_PATTERN.finditer(text) if not _qualifies(text, m)]
    for pair in _COUNTRY_PAIR.finditer(text):
        mentions += [(m.span(), names[m.group()]) for m in _ANY_COUNTRY.finditer(text, pair.start(), pair.end())]
    mentions += [(m.span("dem"), demonyms()[m.group("dem")]) for m in _DEMONYM_PATTERN.finditer(text)]
    mentions += _listed_abbreviations(text, [span for span, _ in mentions])
    for span, code in mentions:
        if not overlaps_any(span, skip):
            found.setdefault(code, Candidate("country", code, country_display_name(code), code)).spans.append(span)
    # The name the article uses most is the one to show (`Turkiye` in a text that says Turkiye).
    for candidate in found.values():
        used = Counter(text[s:e] for s, e in candidate.spans if text[s:e] in names)
        if used:
            candidate.name = used.most_common(1)[0][0]
    return found


_AFTER_A_NAME = re.compile(r"\b(?!The\s)[A-Z][\w&.-]*\s\Z")  # not "The SA government"


def _listed_abbreviations(text: str, states: list[Span]) -> list[tuple[Span, str]]:
    """`SA` after a state and a comma ("Mali, SA and Sudan"), before a state ("SA and Kenya"), or before an
    office or body ("SA President")."""
    found = []
    ends = {end for _, end in states}
    for match in _LISTED_ABBREVIATION.finditer(text):
        group = match.lastgroup
        if group == "after" and match.start() not in ends:
            continue
        if group != "after" and _AFTER_A_NAME.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Vale SA and ...": a company's legal form
        found.append((match.span(group), _ABBREVIATIONS[match.group(group)]))
    return found


def settle_shared_short_names(text: str, found: dict[str, Candidate]) -> None:
    """A short name two states share ("Congo") is the one the article names in full when it never names the
    other in full: in a story on the DR Congo, "Congo" is the DR Congo."""
    for short, meant in actor_word_map("shared_short_names").items():
        usual = country_names().get(short)
        if usual not in found or meant not in found:
            continue
        bare = [span for span in found[usual].spans if text[span[0] : span[1]] == short]
        if len(bare) == len(found[usual].spans):
            found[meant].spans.extend(bare)
            del found[usual]


def country_in(name: str) -> str | None:
    """The state a name or an office names: a country, a demonym, or a city (`Dhaka Chamber`, `Mayor of London`)."""
    for match in COUNTRY_PATTERN.finditer(name):
        return country_names()[match.group()]
    for word in re.findall(r"[A-Z][a-z]+", name):
        if word in demonyms():
            return demonyms()[word]
    city = CITY_PLACE.search(name)
    return city_countries()[city.group("city")] if city else None
