"""Organisations an apposition calls a company or a body: `NAME, the national carrier, ...`, `NAME, a subsidiary of
Russian Railways`, `NAME, the rural roads agency of the Ministry`. The apposition's head says what the name is,
whatever the name's shape (a brand, a word a trade also uses: `South Caucasus Railway`); no noun a person may be
called is such a head, and a state, a city, a people or an office is no body's name.
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import (
    CALENDAR_WORDS,
    CONNECTORS,
    COUNTRY,
    DEMONYM,
    LEADING_NOISE,
    OFFICE_FIELDS,
    ORG_HEADS,
    alternation,
    phrases,
    words,
)
from pipelines.extract.actors.model import may_be_name_word
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.actors.org_phrases import is_place_or_office
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
from pipelines.knowledge.actor_words import actor_words

_WORD = r"[A-Z][\w&.'’-]*[\w&]"
# a capitalised modifier: a people's word, a place's `-based` ("the Lagos-based"), or a place's name, which the
# code checks ("the Sharjah drug maker")
_CAPITAL_MODIFIER = rf"{DEMONYM}|[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*-based|[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
_PEOPLES_WORD = re.compile(rf"(?<![\w-])(?:{DEMONYM})(?![\w-])")
# the name, a comma, an article or a state's possessive ("NAME, Egypt's state buyer"), up to four modifiers (no
# `of`: "the co-chair of the commission" is a person's), the head (a noun a person may be called only after a
# trade: "the Chilean copper miner"), then what closes the apposition
_APPOSITION = re.compile(
    rf"(?<![\w&.'’-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}}),[ \t]+(?:the|a|an|(?:{COUNTRY})['’]s)[ \t]+"
    rf"(?P<modifiers>(?:(?:(?!of[ \t])[a-z][\w'’-]*|{_CAPITAL_MODIFIER})[ \t]+){{0,4}})"
    rf"(?:{phrases('apposition_body_nouns')}"
    rf"|(?<![\w-])(?:{alternation(words('apposition_trades'))})[ \t]+(?P<agent>{phrases('apposition_trade_agents')}))"
    rf"(?=[ \t]*[,.;]|[ \t]+(?:{phrases('apposition_ends')})[ \t])"
)

# "Proton's chief executive", "Vale's shareholders": what only a company has, after a name in the possessive
_ENGLISH_OFFICES = [w for w in actor_words("company_only_offices") if w.isascii() and "-" not in w]
_POSSESSIVE_NAME_WORDS = 3
_POSSESSIVE_COMPANY = re.compile(
    rf"(?<![\w&.'’-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,{_POSSESSIVE_NAME_WORDS - 1}}})['’]s[ \t]+"
    rf"(?:(?:{phrases('possessive_office_modifiers')})[ \t]+)?"
    rf"(?:{alternation(_ENGLISH_OFFICES)}|{phrases('possessive_company_nouns')})(?![\w-])"
)

# "the plant at Rampal, a joint venture of ...": a place, and the apposition is the plant's
_AT_PLACE = re.compile(rf"(?<![\w-])(?:{phrases('org_place_prepositions')})[ \t]+(?:the[ \t]+)?$")


def apposition_claims(text: str, skip: tuple[Span, ...], claimed: tuple[Span, ...]) -> list[Claim]:
    """Names an apposition calls a company or a body, outside `claimed` (bodies and persons)."""
    claims = []
    for match in _APPOSITION.finditer(text):
        name_words, name, span = _name_of(match)
        if (
            not _a_name_of_its_own(name_words)
            or overlaps_any(span, skip)
            or overlaps_any(span, claimed)
            or _AT_PLACE.search(text, max(0, span[0] - 15), span[0])
            or not _modifiers_of_a_body(match.group("modifiers"))
            or (match.group("agent") and _a_persons_name(name_words))
        ):
            continue
        mention = _known_body(name)
        claims.append(Claim(span, "organization", mention or named_body(name)))
    return claims


def possessive_company_claims(
    text: str, skip: tuple[Span, ...], claimed: tuple[Span, ...], mentions: tuple[OrgMention, ...] = ()
) -> list[Claim]:
    """Names in the possessive before what only a company has ("Proton's chief executive"), outside `claimed`; a
    state, a city, a people, an office or a head noun alone is no company. The first words of a name in `mentions`
    are that body ("Nordmark's" after "Nordmark Chemie AG")."""
    claims = []
    by_first_words = _by_first_words(mentions)
    for match in _POSSESSIVE_COMPANY.finditer(text):
        name_words, name, span = _name_of(match)
        if (
            not _a_name_of_its_own(name_words)
            or any(w in LEADING_NOISE or w in CALENDAR_WORDS or _a_place(w) for w in name_words)
            or _a_place(name)
            or overlaps_any(span, skip)
            or overlaps_any(span, claimed)
        ):
            continue
        mention = _known_body(name) or by_first_words.get(name)
        claims.append(Claim(span, "organization", mention or named_body(name)))
    return claims


def _name_of(match: re.Match) -> tuple[list[str], str, Span]:
    """The matched name's words without the noise a sentence may put before it, the name, and its span."""
    name_words = match.group("name").split()
    while len(name_words) > 1 and name_words[0] in LEADING_NOISE:
        name_words = name_words[1:]
    name = " ".join(name_words)
    return name_words, name, (match.end("name") - len(name), match.end("name"))


def _by_first_words(mentions: tuple[OrgMention, ...]) -> dict[str, OrgMention]:
    """Each body by its first one, two and three words, when its name has more ("Nordmark", "Nordmark Chemie" for
    "Nordmark Chemie AG"): the first body named so wins. One pass, not one per possessive."""
    found: dict[str, OrgMention] = {}
    for mention in mentions:
        words = mention.name.split(" ")
        for count in range(1, min(_POSSESSIVE_NAME_WORDS, len(words) - 1) + 1):
            found.setdefault(" ".join(words[:count]), mention)
    return found


def _known_body(name: str) -> OrgMention | None:
    known = organization_lookup().get(name)
    return known_body(known) if known else None


def _modifiers_of_a_body(modifiers: str) -> bool:
    """Each capitalised modifier is a people's word, a place's `-based` or a place's name, or such words joined by
    hyphens ("the Sharjah drug maker", "the Russian-Armenian gas joint venture"; not "the Ruiz family firm")."""
    return all(
        w.endswith("-based") or all(_a_place(part) or part in town_names() for part in w.split("-"))
        for w in _PEOPLES_WORD.sub(" ", modifiers).split()  # "the Sri Lankan arm": a people's word of two
        if w[:1].isupper()
    )


def _a_persons_name(name_words: list[str]) -> bool:
    """Two name words or more, none a brand's or a company's: a person a trade's noun may call so ("Ana Ruiz,
    Chile's largest copper exporter")."""
    return len(name_words) > 1 and all(may_be_name_word(w) and not w.isupper() for w in name_words)


def _a_place(name: str) -> bool:
    return name in country_names() or name in demonyms() or name in city_countries() or name in subdivision_names()


def _a_name_of_its_own(name_words: list[str]) -> bool:
    """No office or possessive in it, not a portfolio's word alone, and not only places, peoples and head nouns."""
    proper = [w for w in name_words if w not in CONNECTORS]
    if not proper or any(ROLE_WORD.fullmatch(w) or re.search(r"['’]s$", w) for w in proper):
        return False
    if len(proper) == 1 and proper[0] in OFFICE_FIELDS:
        return False  # "Energy, the ...": a portfolio's word alone; "Air Pacific" is a name
    return not all(is_place_or_office(w) or w in ORG_HEADS for w in proper)
