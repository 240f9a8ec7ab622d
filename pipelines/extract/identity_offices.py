"""A state's body named without its state, placed by the holder of its office the article names.

A report that names one state's finance minister and, unqualified, `the Ministry of Finance` means that
state's ministry, whatever state it names more often or files from (`Investment, Trade and Industry Minister`
of Malaysia in a report from Beijing: the `Ministry of Investment, Trade and Industry` is Malaysia's). The
remit of an office is the words of its role or name that are neither a title nor a head (`Minister of State
for External Affairs`: external; `Ministry of External Affairs`: external). A body takes the state of the
office holders whose whole remit its name holds, when they are of one state; holders of two states (a finance
minister of each side) decide nothing.
"""

from __future__ import annotations

from collections import defaultdict
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
    for mention in mentions:
        if mention.actor_type == "person" and mention.role and mention.country:
            remit = _role_remit(mention.role)
            for word in remit:
                holders[mention.article_id][word].add((remit, mention.country))
    out: dict[tuple[str, str], str] = {}
    for i in indexes:
        mention = mentions[i]
        by_word = holders.get(mention.article_id)
        if mention.country or by_word is None or (mention.article_id, mention.name) in out:
            continue
        remit = _body_remit(mention.name)
        states = {state for word in remit for held, state in by_word.get(word, ()) if held <= remit}
        if len(states) == 1:
            out[mention.article_id, mention.name] = states.pop()
    return out


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
def _titles() -> frozenset[str]:
    return frozenset(actor_words("office_holder_titles"))


@cache
def _fillers() -> frozenset[str]:
    """Words of no remit: the titles and fillers of the table and each one-word head (`ministry`, `office`)."""
    heads = {head for head in government_heads() if " " not in head}
    return frozenset(actor_words("office_remit_fillers")) | heads
