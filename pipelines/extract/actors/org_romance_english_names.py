"""Bodies with English names in Spanish, French and Portuguese articles: `O Export-Import Bank dos Estados Unidos`.

The English rules end such a name at its English head (`Bank`), so the article's own words around it are
read here: a capitalised article opening the sentence is the sentence's, not the name's (an English name opens
with no Spanish, French or Portuguese article), and `de`, `dos`, `de l'` with a state's name after the head
is the name's own complement (`Exim Bank de Chine`, `Exim Bank de l'Inde`), which gives the body its state.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import ORG_HEADS, alternation, words
from pipelines.extract.actors.organizations import OrgMention
from pipelines.knowledge import country_names, organization_lookup, slug
from pipelines.knowledge.actor_words import country_names_in

_ARTICLE = re.compile(rf"(?:{alternation(words('articles_before_a_head'))})[ \t]+(?=[A-ZÀ-Þ])")


@cache
def _state_after(language: str) -> re.Pattern:
    """`de Chine`, `dos Estados Unidos`, `de l'Inde`: the language's `of`, maybe an article, then a state's name in
    the language or as in English."""
    states = {**country_names(), **country_names_in(language)}
    return re.compile(
        rf"[ \t]+(?:{alternation(words(f'state_of_words_{language}'))})[ \t]*(?P<state>{alternation(states)})(?![\w-])"
    )


def english_named_bodies(text: str, claims: list[Claim], language: str) -> list[Claim]:
    """The claims, each English-named body without the sentence's article before it and with the state's
    complement after it."""
    return [_in_the_language(text, claim, language) if _english_named(text, claim) else claim for claim in claims]


def _english_named(text: str, claim: Claim) -> bool:
    """An organisation's name with an English head noun (`Bank`, `Agency`) among its words."""
    return (
        claim.actor_type == "organization"
        and isinstance(claim.owner, OrgMention)
        and any(w in ORG_HEADS for w in text[claim.span[0] : claim.span[1]].split())
    )


def _in_the_language(text: str, claim: Claim, language: str) -> Claim:
    start, end = claim.span
    article = _ARTICLE.match(text, start, end)
    start = article.end() if article else start
    complement = _state_after(language).match(text, end)
    if complement is None and article is None:
        return claim
    state = claim.owner.country
    if complement is not None:
        end = complement.end()
        name = complement.group("state")
        state = country_names_in(language).get(name) or country_names().get(name)
    name = text[start:end]
    known = organization_lookup().get(name)
    mention = OrgMention(known.actor_id, name, known.country) if known else OrgMention(slug(name), name, state)
    return Claim((start, end), claim.actor_type, mention)
