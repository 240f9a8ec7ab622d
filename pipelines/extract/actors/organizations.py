"""Organisation claims: known names and acronyms, names built on a head noun, firms introduced by what they are."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.actors.claims import Candidate, Claim, Resolved
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.lexicon import (
    CONNECTORS,
    COUNTRY,
    DEMONYM,
    NOT_ORG_WORDS,
    ORG_HEADS,
    alternation,
)
from pipelines.extract.actors.names import trim_name
from pipelines.extract.actors.org_names import CAP_RUN, is_org_name, split_run
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import city_countries, country_names, demonyms, organization_lookup, slug
from pipelines.knowledge.actor_words import actor_words

_FIRM_NAME = re.compile(
    rf"\b(?:{alternation(actor_words('firm_words'))})\s+"
    r"(?P<name>[A-Z][\w&'’.-]*\w(?:\s+[A-Z][\w&'’.-]*\w){0,3})"
)
_DEMONYM_BEFORE = re.compile(rf"(?P<dem>{DEMONYM})\s+$")
_STATE_BEFORE = re.compile(rf"(?<![\w-])(?:(?P<country>{COUNTRY})['’]s|(?P<dem>{DEMONYM}))\s+(?:[Tt]he\s+)?$")
# "Ministry of Economy, Trade and Industry": a list of portfolios after `of` closes with `and`.
_PORTFOLIO = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
_PORTFOLIO_LIST = re.compile(rf"(?:,[ \t]+{_PORTFOLIO})+,?[ \t]+(?:and|&)[ \t]+{_PORTFOLIO}")
_OF_PHRASE = re.compile(r"\s(?:of|for)\s")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?P<acr>[A-Z][A-Za-z&.-]{1,9}[A-Z])\s*\)")
# an acronym before `$` is a currency's ("AU$ 5 million")
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Za-z&]{1,8}[A-Z](?![\w$-])|(?<![\w-])[A-Z]{2}(?![\w$-])")
# "MINISTRY OF EXTERNAL AFFAIRS": two or more words in capitals, one of them of three letters or more.
_CAPITALS_RUN = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’&.-]*(?:[ \t]+[A-Z][A-Z'’&.-]*)+(?![\w'’-])")
_POSSESSIVE = re.compile(r"['’]s[ \t]+(?=[A-Z])")
_LEGISLATURES = frozenset(actor_words("legislature_names"))
_LEGISLATURE = re.compile(rf"(?<![\w-])(?:{alternation(_LEGISLATURES)})(?![\w-])")
# A cheap test first: most texts have no two words in capitals.
_ANY_CAPITALS_RUN = re.compile(r"[A-Z]{2}[A-Z]*[ \t]+[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class OrgMention:
    key: str
    name: str
    country: str | None


def organization_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """Every span that may name an organisation, unsettled; an acronym's definition blocks its span."""
    text = _title_cased(text)
    claims: list[Claim] = []
    acronyms: dict[str, OrgMention] = {}  # acronym defined in this text -> what it stands for
    excluded: set[str] = set()  # acronyms of programmes and forums
    definitions: set[Span] = set()
    for start, end in _pieces(text):
        if overlaps_any((start, end), skip) or (start, end) in definitions or text.startswith("$", end):
            continue  # "AU$ 5 million": a currency
        mention, acronym = _piece_mention(text, start, end)
        if text[start:end] in acronyms:  # an acronym this text defined means what the text said it does
            mention, acronym = acronyms[text[start:end]], None
        if acronym and mention is None and set(re.findall(r"[\w'’]+", text[start:end])) & NOT_ORG_WORDS:
            excluded.add(acronym.group("acr"))
        if mention is None:
            continue
        claims.append(Claim((start, end), "organization", mention))
        if acronym:
            acronyms[acronym.group("acr")] = mention
            definitions.add(acronym.span("acr"))
            claims.append(Claim(acronym.span("acr"), "organization"))  # the definition is part of this mention
    claims += _firm_claims(text, skip) + _legislature_claims(text, skip)
    # Acronyms: those the article defines, then those the knowledge base knows.
    lookup = organization_lookup()
    for match in _ACRONYM.finditer(text):
        word, span = match.group(), match.span()
        if overlaps_any(span, skip) or word in excluded or span in definitions:
            continue
        if word in acronyms:
            claims.append(Claim(span, "organization", acronyms[word]))
        elif word in lookup and (word.isupper() or word in {lookup[word].acronym, lookup[word].name}):
            known = lookup[word]
            claims.append(Claim(span, "organization", OrgMention(known.actor_id, known.name, known.country)))
    return claims


def _title_cased(text: str) -> str:
    """The text with runs of words in capitals written in title case, offsets unchanged ("LOK SABHA" is
    "Lok Sabha"); acronyms the knowledge base knows stay in capitals, small words go to lower case."""
    if _ANY_CAPITALS_RUN.search(text) is None:
        return text
    runs = [m for m in _CAPITALS_RUN.finditer(text) if any(len(w) > 3 for w in m.group().split())]
    if not runs:
        return text
    lookup = organization_lookup()
    out, done = [], 0
    for run in runs:
        out.append(text[done : run.start()])
        for piece in re.split(r"([ \t]+)", run.group()):
            cased = piece.lower() if piece.lower() in CONNECTORS or piece == "IN" else piece.capitalize()
            out.append(piece if piece in lookup or len(cased) != len(piece) else cased)
        done = run.end()
    out.append(text[done:])
    return "".join(out)


def _pieces(text: str):
    done = 0
    for run in CAP_RUN.finditer(text):
        if run.start() < done:
            continue
        for start, end in split_run(text, run.start(), run.end()):
            end = _with_portfolio_list(text, start, end)
            done = max(done, end)
            yield from _at_owner(text, start, end)


def _at_owner(text: str, start: int, end: int) -> list[Span]:
    """ "the World Economic Forum's Special Meeting": a body's possessive ends its name, and what it owns is
    judged apart; "Prime Minister's Office" stays whole (an office owns it, not a body)."""
    owner = _POSSESSIVE.search(text, start, end)
    if owner is None:
        return [(start, end)]
    name = text[start : owner.start()]
    if name in organization_lookup() or is_org_name(name):
        return [(start, owner.start()), (owner.end(), end)]
    return [(start, end)]


def _with_portfolio_list(text: str, start: int, end: int) -> int:
    """Where a body's name ends when a list of portfolios continues its `of` phrase."""
    if not text.startswith(",", end):
        return end
    listed = _PORTFOLIO_LIST.match(text, end)
    if listed is None or not _OF_PHRASE.search(text, start, end):
        return end
    items = re.split(r",\s+|\s+(?:and|&)\s+", listed.group().lstrip(", "))
    if any(_not_a_portfolio(item) for item in items):
        return end
    return listed.end()


def _not_a_portfolio(item: str) -> bool:
    """A state, a city, a demonym or a body of its own is a new item of a sentence's list, not a portfolio."""
    words = item.split()
    return (
        item in country_names()
        or item in city_countries()
        or item in demonyms()
        or any(w in ORG_HEADS or w in country_names() for w in words)
    )


def _piece_mention(text: str, start: int, end: int) -> tuple[OrgMention | None, re.Match | None]:
    """What a piece of a capitalised run names, if an organisation, and the acronym defined right after it."""
    lookup = organization_lookup()
    name = text[start:end]
    acronym = _ACRONYM_AFTER.match(text, end)
    known = lookup.get(name)
    if known is None and acronym and acronym.group("acr") in lookup and is_org_name(name, strict=False):
        known = lookup[acronym.group("acr")]
        # "Public Investment Fund (PIF)" is not the known PIF: the two names must share a word
        known = known if _shares_a_word(name, known.name) else None
    if known is not None:
        return OrgMention(known.actor_id, known.name, known.country), acronym
    if re.sub(r"^[Tt]he\s+", "", name) in country_names():  # "the Russian Federation" is a state
        return None, acronym
    if is_org_name(name):
        return OrgMention(slug(name), name, country_in(name) or _state_before(text, start)), acronym
    return None, acronym


def _legislature_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """A legislature named alone ("the Senate", "LOK SABHA"): a longer name that holds it wins the span."""
    return [
        Claim(m.span(), "organization", OrgMention(slug(m.group()), m.group(), _state_before(text, m.start())))
        for m in _LEGISLATURE.finditer(text)
        if not overlaps_any(m.span(), skip)
    ]


def _shares_a_word(name: str, other: str) -> bool:
    """Two names share a word that is not a connector ("Organisation" and "Organization" are one word)."""
    stems = {w.lower()[:6] for w in re.findall(r"[\w'’]+", other) if w not in CONNECTORS}
    return any(w.lower()[:6] in stems for w in re.findall(r"[\w'’]+", name) if w not in CONNECTORS and w != "The")


def _state_before(text: str, start: int) -> str | None:
    """The state named right before a body: "Russia's Foreign Ministry", "the Chinese Ministry of Commerce"."""
    before = _STATE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    return country_names()[before.group("country")] if before.group("country") else demonyms()[before.group("dem")]


def _firm_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """A company introduced by what it is: "the Russian firm Astarta-Agrotrading"."""
    claims = []
    for match in _FIRM_NAME.finditer(text):
        name = trim_name(match.group("name"))
        span = (match.start("name"), match.start("name") + len(name))
        if name and name not in country_names() and name not in city_countries() and not overlaps_any(span, skip):
            demonym = _DEMONYM_BEFORE.search(text, max(0, match.start() - 25), match.start())
            country = demonyms()[demonym.group("dem")] if demonym else country_in(name)
            claims.append(Claim(span, "organization", OrgMention(slug(name), name, country)))
    return claims


def organization_candidates(resolved: list[Resolved]) -> dict[str, Candidate]:
    """One candidate per organisation with the mentions that won, named as first mentioned."""
    found: dict[str, Candidate] = {}
    for item in sorted(resolved, key=lambda r: r.claim.span):
        mention = item.claim.owner
        if item.claim.actor_type != "organization" or not item.counted or mention is None:
            continue
        candidate = found.setdefault(mention.key, Candidate("organization", mention.key, mention.name, mention.country))
        candidate.spans.append(item.claim.span)
    return found
