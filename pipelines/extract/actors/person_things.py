"""Names of persons that name a thing: a place, a work, a ship or a body named after someone.

`the Jinnah International Airport`, `the Aga Khan Foundation`, `King Salman Humanitarian Aid and Relief Centre`,
`the NAME and NAME dams`, `the NAME coal deposit`, `las represas NAME y NAME`, `the survey vessel NAME`: the
name is written, but the article speaks of the thing, not of the person (`actor_words.toml`:
`thing_heads_after_name`, `thing_modifiers_before_noun`, `thing_nouns_before_name`, `place_nouns_after`,
`thing_nouns_after`).
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import (
    NOT_PERSON_ANYWHERE,
    OFFICE_FIELDS,
    PLACE_HEADS,
    POSSESSIVE_END,
    UPPER,
    alternation,
    phrases,
    words,
)
from pipelines.extract.actors.model import title_case_line
from pipelines.extract.spans import line_around
from pipelines.knowledge import city_countries, country_names, demonyms, organization_lookup, town_names

_HEADS = words("thing_heads_after_name")
_REGIONS = words("region_names")
_CONJUNCTIONS = frozenset({"and", "&", "y", "e", "et"})
_LINKS = frozenset({"of", "for", "the", "bin", "bint", "ibn", "al", "Al", "el", "de", "du", "da", "do"}) | _CONJUNCTIONS
_MAX_RUN = 8  # words of the run after the name that are read
# a capitalised word or a link word, each after blanks: the run that goes on after the name
_RUN_WORD = re.compile(rf"[ \t]+(?P<word>[{UPPER}][\w'’.-]*|{alternation(_LINKS)})(?![\w'’-])")
_MODIFIERS = alternation(words("thing_modifiers_before_noun"))
_NOUN_AFTER = re.compile(
    rf"[ \t]+(?:(?:{_MODIFIERS})[ \t]+){{0,2}}(?:{phrases('place_nouns_after')}|{phrases('thing_nouns_after')})"
    r"(?![\w-])"
)
_NOUN_BEFORE = re.compile(
    rf"(?<![\w-])(?:{phrases('thing_nouns_before_name', either_case=True)})(?:[ \t]+(?:{_MODIFIERS})){{0,2}}[ \t]+$"
)
_LOOK_BACK = 60


def without_things(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims less the persons whose name names a thing there, or a town."""
    return [
        c for c in claims if c.actor_type != "person" or not (names_a_thing(text, c.span) or _a_town_untitled(text, c))
    ]


def _a_town_untitled(text: str, claim: Claim) -> bool:
    """A name of two words or more that is a town's or a city's whole name, said with no office (`Novi Sad`, `Banda
    Aceh`, `Ramos Arizpe`): the place, not a person; a surname alone may be a town's too (`Lagos`) and stays."""
    name = POSSESSIVE_END.sub("", text[claim.span[0] : claim.span[1]])
    if " " not in name or getattr(claim.owner, "role", None):
        return False
    return name in town_names() or name in city_countries()


def names_a_thing(text: str, span: tuple[int, int]) -> bool:
    """The person's name at `span` is part of a thing's name, or a thing's noun goes with it."""
    name = text[span[0] : span[1]]
    name_words = name.split()
    if len(name_words) == 1 and POSSESSIVE_END.sub("", name) in _REGIONS:
        return True  # "Special Representative for the South Caucasus", "Director for West Africa": a region
    if any(w in NOT_PERSON_ANYWHERE for w in name_words[1:]):
        return True  # "Ambassador of the Custodian of the Two Holy Mosques"
    if len(name_words) > 1 and name_words[0] in PLACE_HEADS:
        return True  # "Kota Baru Parahyangan, Indonesia's minister said": a place before the office's holder
    if name_words[-1] in _HEADS and (len(name_words) >= 3 or name_words[-1].endswith("s")):
        return True  # "the Dr Kwame Nkrumah Interchange", "the Two Holy Mosques": no name ends with a plural head
    # a headline in title case runs on past a name ("Erdogan Visits Jinnah Mausoleum"): no run is read there
    head = not title_case_line(text[slice(*line_around(text, span[0]))]) and _head_after(text, span[1])
    return head or _noun_after(text, span[1]) or _noun_before(text, span[0])


def _run_after(text: str, end: int) -> list[str]:
    """The capitalised words and link words right after the name, up to a punctuation mark or a lower-case word."""
    found = []
    position = end
    while len(found) < _MAX_RUN:
        match = _RUN_WORD.match(text, position)
        if match is None:
            break
        found.append(match.group("word"))
        position = match.end()
    return found


def _head_after(text: str, end: int) -> bool:
    """A thing's head in the run after the name (`NAME International Airport`, `NAME Foundation`). After `and`,
    only a head of a thing with no state's, office's or known body's word before it (`NAME Humanitarian Aid and
    Relief Centre`; not `NAME and Foreign Office officials`)."""
    run = _run_after(text, end)
    joined = False
    segment: list[str] = []
    for word in run:
        if word in _CONJUNCTIONS:
            joined, segment = True, []
            continue
        segment.append(word)
        bare = word.rstrip(".,")
        if bare in _HEADS and (not segment[:-1] or segment[0] not in _LINKS):
            if not joined:
                return True
            return (
                not any(w in OFFICE_FIELDS or w in country_names() or w in demonyms() for w in segment[:-1])
                and " ".join(segment) not in organization_lookup()
            )
    return False


def _noun_after(text: str, end: int) -> bool:
    """A lower-case noun of a place or a facility after the name, or after a list of names it opens (`the NAME
    mine`, `the NAME coal deposit`, `the NAME and NAME dams`)."""
    if _NOUN_AFTER.match(text, end):
        return True
    run = _run_after(text, end)
    if not run or run[0] not in _CONJUNCTIONS:
        return False
    position = end
    for _ in run:
        position = _RUN_WORD.match(text, position).end()
    return _NOUN_AFTER.match(text, position) is not None


def _noun_before(text: str, start: int) -> bool:
    """A noun of a place, a facility, a ship or a body right before the name (`represas NAME`, `vessel NAME`), or
    before a list of names that ends with it (`represas NAME y NAME`)."""
    if _NOUN_BEFORE.search(text, max(0, start - _LOOK_BACK), start):
        return True
    joined = re.search(rf"(?:[{UPPER}][\w'’.-]*[ \t]+){{1,4}}(?:and|y|e|et)[ \t]+$", text[max(0, start - 80) : start])
    if joined is None:
        return False
    list_start = max(0, start - 80) + joined.start()
    return _NOUN_BEFORE.search(text, max(0, list_start - _LOOK_BACK), list_start) is not None
