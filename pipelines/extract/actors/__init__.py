"""Actors: countries, organisations and persons (with office and country), one canonical actor each.

Rules and the knowledge base in `pipelines/knowledge/` (`actor_words.toml` holds the vocabulary): country
names and demonyms used as an affiliation, organisations by name, acronym or head noun (`Ministry`, `Bank`),
and persons introduced by an office (`Turkish President Recep Tayyip Erdogan`) or an honorific. Spans claimed
by several rules are settled by the one rule in `claims.py`.
"""

from __future__ import annotations

import bisect

from pipelines.extract.actors.claims import Claim, Taken, resolve
from pipelines.extract.actors.countries import find_countries, settle_shared_short_names
from pipelines.extract.actors.languages import LANGUAGES, an_office_not_a_name, foreign_countries, foreign_title_claims
from pipelines.extract.actors.model import Entity, model_claims
from pipelines.extract.actors.ner import proposed_entities
from pipelines.extract.actors.org_acronym_roles import acronym_role_claims
from pipelines.extract.actors.org_acronyms import spelled_out_claims
from pipelines.extract.actors.org_appositions import apposition_claims, possessive_company_claims
from pipelines.extract.actors.org_firms import firm_claims, joined_firm_claims, name_as_written
from pipelines.extract.actors.org_foreign_names import foreign_named_bodies
from pipelines.extract.actors.org_languages import foreign_organization_claims
from pipelines.extract.actors.org_model import brand_words, model_org_claims
from pipelines.extract.actors.org_office_holders import office_holder_claims
from pipelines.extract.actors.org_organs import without_organs
from pipelines.extract.actors.org_phrases import phrase_claims
from pipelines.extract.actors.org_pieces import (
    masthead_government_lines,
    menu_lines,
    names_an_outlet,
    own_outlet_lines,
    section_labels,
)
from pipelines.extract.actors.org_romance_agents import romance_agent_claims
from pipelines.extract.actors.org_romance_english_names import english_named_bodies
from pipelines.extract.actors.org_romance_short_names import short_name_claims
from pipelines.extract.actors.org_societies import society_claims
from pipelines.extract.actors.organizations import (
    OrgMention,
    organization_candidates,
    organization_claims,
    without_vessels_and_states,
)
from pipelines.extract.actors.person_bodies import bodies_of
from pipelines.extract.actors.person_companies import give_company_states
from pipelines.extract.actors.person_given_titles import with_given_titles
from pipelines.extract.actors.person_headlines import headline_surnames
from pipelines.extract.actors.person_lists import listed_claims
from pipelines.extract.actors.person_merge import person_candidates
from pipelines.extract.actors.person_things import without_things
from pipelines.extract.actors.person_title_chains import title_chain_claims
from pipelines.extract.actors.persons import introduction_claims
from pipelines.extract.boilerplate import related_item_spans
from pipelines.extract.records import Actor, Span
from pipelines.extract.settings import CorpusSettings, default_settings
from pipelines.extract.spans import disjoint, overlaps_any
from pipelines.extract.wrapped_lines import HYPHEN_AT_BREAK, unwrapped
from pipelines.knowledge import organization_lookup
from pipelines.knowledge.identity_tables import states_writing


def extract_actors(
    text: str,
    skip: tuple[Span, ...] = (),
    settings: CorpusSettings | None = None,
    entities: list[Entity] | None = None,
    language: str = "en",
) -> list[Actor]:
    """One actor per canonical country, organisation and person of the article, in order of first mention.

    `entities`: what a statistical model proposed; by default the model of the settings (`person_model`), if
    any, proposes persons where the rules left a name unclaimed (`ner.py`). The rules filter its proposals.
    `language`: Spanish, French and Portuguese articles are also read with that language's data.
    """
    settings = settings or default_settings()
    as_written = text
    text = unwrapped(text)  # a hard-wrapped page's names run over its line breaks
    # the corpus's reporting country is its English outlets' own; an article in another language has its own home
    home = None if language in LANGUAGES else settings.reporting_country or None
    countries = find_countries(text, skip)
    foreign_countries(text, skip, language, countries)
    settle_shared_short_names(text, countries)
    org_claims = spelled_out_claims(text, skip)
    org_claims += foreign_organization_claims(text, skip, language) if language in LANGUAGES else []
    org_claims += short_name_claims(text, skip) if language in LANGUAGES else []
    english_rules = organization_claims(text, skip)
    org_claims += english_named_bodies(text, english_rules, language) if language in LANGUAGES else english_rules
    org_claims += foreign_named_bodies(text, skip) if language == "en" else []
    org_claims += phrase_claims(text, skip)
    org_claims += firm_claims(text, skip) + society_claims(text, skip, language)
    bodies = bodies_of(text, org_claims)
    person_claims = introduction_claims(text, skip, bodies)
    person_claims += foreign_title_claims(text, skip, language, bodies)
    person_claims += title_chain_claims(text, skip, person_claims)
    person_claims = with_given_titles(text, without_things(text, person_claims))
    if language in LANGUAGES:  # "Le Premier Ministre, NAME": the English rules read the office's last word as a name
        person_claims = [c for c in person_claims if not an_office_not_a_name(text[slice(*c.span)], language)]
    taken = Taken()
    claimed = [c.span for c in org_claims + person_claims] + [s for c in countries.values() for s in c.spans]
    if entities is None and settings.person_model:
        persons = [text[c.span[0] : c.span[1]] for c in person_claims]
        brands = brand_words(text, skip, disjoint(claimed), persons) if language == "en" else []
        entities = proposed_entities(text, skip, claimed, settings.person_model, brands)
    # the model's names in other stories' headlines after a related-stories label are no actors of this article
    proposed = model_claims(text, (*skip, *related_item_spans(text)), entities, language) if entities else []
    proposed = with_given_titles(text, without_things(text, _not_widening(proposed, person_claims)))
    person_claims = headline_surnames(text, person_claims, person_claims + proposed)
    proposed = headline_surnames(text, proposed, person_claims + proposed)
    if entities and language == "en":
        names = [text[c.span[0] : c.span[1]] for c in person_claims + proposed]
        bodies_and_persons = [c.span for c in org_claims + person_claims + proposed]
        mentions = tuple(c.owner for c in org_claims if isinstance(c.owner, OrgMention))
        org_claims += model_org_claims(text, skip, entities, disjoint(bodies_and_persons), names, mentions)
    if language in LANGUAGES:
        names = [text[c.span[0] : c.span[1]] for c in person_claims + proposed]
        every = [c.span for c in org_claims + person_claims + proposed] + [
            s for c in countries.values() for s in c.spans
        ]
        org_claims += romance_agent_claims(text, skip, disjoint(every), names, language)
    org_claims += acronym_role_claims(text, skip, disjoint([c.span for c in org_claims + person_claims + proposed]))
    # the office of a company names it, even where the model read a person ("NAME chief executive NAME")
    person_spans = [c.span for c in person_claims + proposed] + [e[:2] for e in entities or () if e[2] == "PERSON"]
    rules = disjoint([c.span for c in org_claims + person_claims])
    mentions = tuple(c.owner for c in org_claims if isinstance(c.owner, OrgMention))
    held = office_holder_claims(text, skip, rules, person_spans, mentions) + apposition_claims(text, skip, rules)
    if language == "en":
        held += possessive_company_claims(text, skip, disjoint(list(rules) + person_spans), mentions)
    proposed = [c for c in proposed if not overlaps_any(c.span, disjoint([h.span for h in held]))]
    org_claims += held
    people_listed = without_things(text, listed_claims(text, skip, person_claims + proposed))
    org_claims, listed = joined_firm_claims(text, skip, org_claims, person_claims + proposed)
    org_claims = without_vessels_and_states(text, _off_menus(text, without_organs(text, org_claims)), language)
    resolved = resolve(org_claims + person_claims + proposed + people_listed + listed, taken)
    # with the companies the model and the lists found too
    introductions = (r.claim.owner for r in resolved if r.claim.actor_type == "person")
    give_company_states(text, introductions, bodies_of(text, org_claims))
    organizations = organization_candidates(resolved, text)
    for candidate in organizations.values():
        name_as_written(candidate, text)
    speaking = _speaking_state(language, countries)
    persons = person_candidates(text, skip, resolved, taken, countries, home, speaking, language)
    # "primeiro-ministro Luís Montenegro", "Finance Minister NAME Mali": a state's name that closes a person's name
    # is no mention of the state (a name that starts with it, "Árabes Unidos" of "Emirados Árabes Unidos", leaves it)
    named = disjoint([span for person in persons for span in person.spans])
    for country in countries.values():
        country.spans = [span for span in country.spans if not _closes_a_name(span, named)]
    actors = []
    for candidate in (*countries.values(), *organizations.values(), *persons):
        spans = sorted(set(candidate.spans))
        if not spans:
            continue
        start, end = spans[0]
        actors.append(
            Actor(
                actor_id=candidate.key,
                name=HYPHEN_AT_BREAK.sub("-", candidate.name) if text != as_written else candidate.name,
                actor_type=candidate.actor_type,
                country=candidate.country,
                role=candidate.role,
                mentions=len(spans),
                char_start=start,
                char_end=end,
                text=as_written[start:end],
            )
        )
    return sorted(actors, key=lambda a: (a.char_start, a.actor_type, a.actor_id))


def _off_menus(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims less the unknown bodies named on a line of page furniture ("Home | Business | Arab & World |
    Opinion", a section's name is no actor, nor a section's label after a masthead: "WEEKLY — Money &
    Markets"), the state's government a release's masthead names beside its issuer,
    and the unknown outlet the page names as its own in its masthead or
    byline ("LONDON EVENING POST", "Ana Reyes (The Example Star)"): the knowledge base's bodies may still be named
    there."""
    menus = menu_lines(text) if "|" in text or ">" in text else ()
    menus += section_labels(text)
    own = own_outlet_lines(text)
    letterhead = masthead_government_lines(text)
    known = organization_lookup()
    return [
        c
        for c in claims
        if not (c.actor_type == "organization" and any(a <= c.span[0] and c.span[1] <= b for a, b in letterhead))
        and not (
            c.actor_type == "organization"
            and isinstance(c.owner, OrgMention)
            and text[c.span[0] : c.span[1]] not in known
            and c.owner.name not in known
            and (overlaps_any(c.span, menus) or (overlaps_any(c.span, own) and names_an_outlet(c.owner.name)))
        )
    ]


def _closes_a_name(span: Span, names: tuple[Span, ...]) -> bool:
    """True when `span` lies inside one of the sorted, disjoint `names` and after its first word."""
    at = bisect.bisect_right(names, (span[0], float("inf"))) - 1
    return at >= 0 and names[at][0] < span[0] and span[1] <= names[at][1]


def _speaking_state(language: str, countries: dict) -> str | None:
    """The one state the article names whose own press writes in the article's language (`Brasil` in a
    Portuguese story on Brazil and China): the side a report in that language is written for; none when it names
    several such states (Mexico and Cuba in Spanish) or none."""
    speaking = [code for code in countries if code in states_writing(language)] if language in LANGUAGES else []
    return speaking[0] if len(speaking) == 1 else None


def _not_widening(proposed: list[Claim], rules: list[Claim]) -> list[Claim]:
    """The model's persons less those that only add words before a name the rules found (`Sultanate NAME` for
    `NAME` after `Ambassador to the Sultanate`): the rules know where a title ends."""
    ends = {c.span[1]: c.span[0] for c in rules if c.actor_type == "person"}
    return [c for c in proposed if not (c.span[1] in ends and c.span[0] < ends[c.span[1]])]
