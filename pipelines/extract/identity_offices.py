"""A state's body named without its state, placed by the holder of its office the article names.

A report that names one state's finance minister and, unqualified, `the Ministry of Finance` means that
state's ministry, whatever state it names more often or files from (`Investment, Trade and Industry Minister`
of Malaysia in a report from Beijing: the `Ministry of Investment, Trade and Industry` is Malaysia's). The
remit of an office is the words of its role or name that are neither a title nor a head (`Minister of State
for External Affairs`: external; `Ministry of External Affairs`: external). A body takes the state of the
office holders whose whole remit its name holds, when they are of one state; holders of two states (a finance
minister of each side) decide nothing. A legislature named so (`Parliament on Tuesday approved the loan`) has no
remit: a report names its own side's legislature unqualified, and that side is the state of most of the persons
it names (two or more, more than any other state's, in a report that names that state).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache

from pipelines.extract.identity_groups import Mention
from pipelines.extract.name_keys import ascii_fold, body_key, org_words
from pipelines.knowledge.actor_words import actor_words
from pipelines.knowledge.identity_tables import government_heads


def office_states(mentions: Sequence[Mention], indexes: list[int]) -> dict[tuple[str, str], str]:
    """(article, name) -> the state of the office holders whose remit the body's name holds, for each
    organisation of `indexes` that its name and its actor leave without a state. One pass indexes each
    article's office holders by the words of their remits; each body looks up only the holders of its words."""
    holders: dict[str, dict[str, set[tuple[frozenset[str], str]]]] = defaultdict(lambda: defaultdict(set))
    persons: dict[str, Counter] = defaultdict(Counter)  # article -> its persons' states
    legislators: dict[str, set[str]] = defaultdict(set)  # article -> the states of its senators and members
    named: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.actor_type == "country":
            named[mention.article_id].add(mention.actor_id)
        if mention.actor_type != "person" or not mention.country:
            continue
        persons[mention.article_id][mention.country] += 1
        if mention.role and _is_legislator(mention.role):
            legislators[mention.article_id].add(mention.country)
        remit = _role_remit(mention.role) if mention.role else frozenset()
        for word in remit:
            holders[mention.article_id][word].add((remit, mention.country))
    out: dict[tuple[str, str], str] = {}
    for i in indexes:
        mention = mentions[i]
        if mention.country or mention.article_id not in persons or (mention.article_id, mention.name) in out:
            continue
        by_word = holders.get(mention.article_id, {})
        remit = _body_remit(mention.name)
        states = {state for word in remit for held, state in by_word.get(word, ()) if held <= remit}
        if _is_legislature(mention.name):  # a legislature has no remit, whatever words its name has (`Senado`)
            # a legislature is its members' (`Senator Ben Cardin` and `the Senate` in a report from Mexico City),
            # else the state of most of the persons the article names
            members = legislators.get(mention.article_id, set()) & named[mention.article_id]
            states = (
                members if len(members) == 1 else _most_persons(persons[mention.article_id]) & named[mention.article_id]
            )
        if len(states) == 1:
            out[mention.article_id, mention.name] = states.pop()
    return out


def _most_persons(states: Counter) -> set[str]:
    """The state of two persons or more and more than any other state's, if any."""
    (top, count), *rest = states.most_common(2)
    return {top} if count >= 2 and (not rest or rest[0][1] < count) else set()


@lru_cache(maxsize=65536)
def _is_legislator(role: str) -> bool:
    """A member of a legislature (`Senator`, `MP`, `congresswoman`, `diputado`): `legislator_titles`."""
    return bool(_LEGISLATOR.search(ascii_fold(role)))


_LEGISLATOR = re.compile(rf"\b(?:{'|'.join(re.escape(ascii_fold(w)) for w in actor_words('legislator_titles'))})\b")


@lru_cache(maxsize=65536)
def _is_legislature(name: str) -> bool:
    key = body_key(name)
    return key.generic and not key.state and key.label in legislature_bodies()


@lru_cache(maxsize=65536)
def _role_remit(role: str) -> frozenset[str]:
    """The remit of an office of a state's body (`Trade and Industry Minister`: trade, industry); none for an
    office of no body (`President`, `chief executive`)."""
    words = ascii_fold(role).split()
    if not _titles() & set(words):
        return frozenset()
    return _remit(words)


@lru_cache(maxsize=65536)
def _body_remit(name: str) -> frozenset[str]:
    """The remit of a state's body named without its state (`Ministry of Investment, Trade and Industry`);
    none for a body of its own name or of a state its name gives."""
    key = body_key(name)
    if not key.generic or key.state:
        return frozenset()
    return _remit(ascii_fold(name).split())


def _remit(words: list[str]) -> frozenset[str]:
    return frozenset(org_words(word) for word in words if word not in _fillers()) - {""}


@cache
def legislature_bodies() -> frozenset[str]:
    return frozenset(actor_words("legislature_bodies"))


@cache
def _titles() -> frozenset[str]:
    return frozenset(actor_words("office_holder_titles"))


@cache
def _fillers() -> frozenset[str]:
    """Words of no remit: the titles and fillers of the table and each one-word head (`ministry`, `office`)."""
    heads = {head for head in government_heads() if " " not in head}
    return frozenset(actor_words("office_remit_fillers")) | heads
