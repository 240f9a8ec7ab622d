"""National relief societies, named by the movement's emblem after their state: "the Canadian Red Cross", "the
Pakistan Red Crescent", "the Kenya Red Cross Society", "la Cruz Roja Colombiana", "la Croix-Rouge française".

The emblem's words hold no head noun, so the head rules never see these names; the state before the emblem (its
name or demonym, one or two words: "Syrian Arab Red Crescent") is part of the name and says whose society it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import COUNTRY, DEMONYM, LANGUAGES, ORG_HEADS, alternation, phrases
from pipelines.extract.actors.organizations import OrgMention, known_body
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import country_names, demonyms, organization_lookup, slug
from pipelines.knowledge.actor_words import country_names_in, demonyms_in

_EMBLEM = re.compile(
    rf"(?:{phrases('relief_society_emblems')}|{phrases('relief_society_emblems_romance')})", re.IGNORECASE
)
_STATE = rf"(?:{COUNTRY}|{DEMONYM})"
# "the Kenya Red Cross Society", "Red Crescent Society of Iran": the society's own head and state may follow
_SOCIETY = re.compile(
    rf"(?<![\w-])(?P<state>(?:{_STATE})(?:[ \t]+(?:{_STATE}))?[ \t]+)?(?:{phrases('relief_society_emblems')})"
    rf"(?:[ \t]+(?:{alternation(ORG_HEADS)})(?![\w-]))?(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<home>{COUNTRY}))?(?![\w-])"
)


def society_claims(text: str, skip: tuple[Span, ...], language: str = "en") -> list[Claim]:
    """Every relief society named by its emblem, with its state where the name gives one."""
    claims = []
    if _EMBLEM.search(text) is None:  # a cheap test first: most texts name no emblem
        return claims
    for found in _SOCIETY.finditer(text):
        claims += _claim(found, skip, _english_state(found))
    if language in LANGUAGES:
        for found in _romance_society(language).finditer(text):
            claims += _claim(found, skip, _romance_state(found, language))
    return claims


def _claim(found: re.Match, skip: tuple[Span, ...], state: str | None) -> list[Claim]:
    if overlaps_any(found.span(), skip):
        return []
    name = found.group()
    known = organization_lookup().get(name)
    mention = known_body(known) if known else OrgMention(slug(name), name, state)
    return [Claim(found.span(), "organization", mention)]


def _english_state(found: re.Match) -> str | None:
    for words in (found.group("home"), found.group("state")):
        for word in (words or "").split():
            state = country_names().get(word) or demonyms().get(word)
            if state:
                return state
        if words and words.strip() in country_names():
            return country_names()[words.strip()]
    return None


@cache
def _romance_society(language: str) -> re.Pattern:
    """ "Cruz Roja Colombiana", "Croix-Rouge française", "Cruz Roja de Ecuador": the emblem, then the society's
    demonym (either case) or `de` and its state."""
    either = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(demonyms_in(language), key=len)[::-1])
    states = alternation(country_names_in(language))
    return re.compile(
        rf"(?<![\w-])(?:{phrases('relief_society_emblems_romance')})"
        rf"(?:[ \t]+(?P<dem>{either})(?![\w-])|[ \t]+(?:de|del|de la|do|da)[ \t]+(?P<state>{states})(?![\w-]))?"
    )


def _romance_state(found: re.Match, language: str) -> str | None:
    if found.group("dem"):
        return demonyms_in(language).get(found.group("dem").lower())
    return country_names_in(language).get(found.group("state") or "")
