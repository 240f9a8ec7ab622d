"""Organisations named in two languages: `Banco de Desarrollo de China` is the `China Development Bank`.

A name with Spanish, French or Portuguese words (`org_words_romance.csv`) is compared with other names by the
set of its words in English, without the small words of a name and with a state's name as the state's code:
the languages order a name's words differently (`Banco Nacional de Desarrollo`, `National Development Bank`),
so the order is not compared. Only a translated name joins by that set, and only when at most one entity
named otherwise has it: two English names with one set of words may be two bodies (`Bank of China`, `China
Bank`), and then nothing joins them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache

from pipelines.extract.identity_groups import Group, Mention
from pipelines.extract.name_keys import body_key, org_fold, org_words, state_words
from pipelines.knowledge.actor_words import actor_words
from pipelines.knowledge.identity_tables import org_words_romance

# Articles, prepositions and conjunctions of a name in English, Spanish, French and Portuguese.
_SMALL_WORDS = (
    "of the and for on in & de del la las los el le les l des du d da do das dos y e et en em a o os au aux "
    "para pour por"
)


@cache
def _small_words() -> frozenset[str]:
    return frozenset(org_words(word) for word in _SMALL_WORDS.split())


@cache
def _glossary() -> dict[str, tuple[tuple[str, ...], bool]]:
    """A name's word or phrase in Spanish, French or Portuguese (or an English word another English word
    means), spelled as keys spell it -> its English words, and whether it is a translation."""
    return {
        org_words(org_fold(word)): (tuple(org_words(org_fold(english)).split()), language != "en")
        for language, word, english in org_words_romance()
    }


@cache
def _phrases() -> re.Pattern | None:
    """The glossary's phrases of several words (`chemins de fer`), longest first."""
    phrases = sorted((p for p in _glossary() if " " in p), key=lambda p: (-len(p), p))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, phrases))})\b") if phrases else None


@cache
def _legal_forms() -> frozenset[str]:
    """The legal forms an English name's key drops, as keys spell them (`company`)."""
    return frozenset(org_words(org_fold(form)) for form in actor_words("key_legal_forms"))


@cache
def _states_by_word() -> dict[str, str]:
    return {org_words(name): code for name, code in state_words().items() if name and " " not in name}


@lru_cache(maxsize=65536)
def english_words(body: str) -> tuple[frozenset[str], bool]:
    """The words of a name's key (`banco nacional de desarolo`) in English, states as their codes, without
    small words; and whether any word was translated."""
    words: set[str] = set()
    translated = False
    found = [] if _phrases() is None else [m.group() for m in _phrases().finditer(body)]
    if found:
        body = _phrases().sub(" ", body)
    for word in [*found, *body.split()]:
        if word in _small_words():
            continue
        english, translation = _glossary().get(word, ((), False))
        if translation and set(english) <= _legal_forms():
            continue  # `Companhia`: the key of an English name drops its legal form (`Company`)
        if english:
            words.update(english)
            translated = translated or translation
        else:
            words.add(_states_by_word().get(word, word))
    return frozenset(words), translated


def join_translations(mentions: Sequence[Mention], groups: dict[str, Group]) -> None:
    """Move each group whose name is translated into the one other group with the same English words."""
    holders: dict[frozenset[str], dict[str, bool]] = defaultdict(dict)  # words -> group key -> translated
    for key, group in groups.items():
        for name, country in {(mentions[i].name, mentions[i].country) for i in group.members}:
            found = body_key(name, country)
            words, translated = english_words(found.body)
            if found.generic and group.state:
                words = words | {group.state}
            if len(words) >= 2:
                holders[words][key] = holders[words].get(key, False) or translated
    moved: dict[str, str] = {}
    for words in sorted(holders, key=sorted):
        keys = holders[words]
        untranslated = [k for k, translated in keys.items() if not translated]
        if len(keys) < 2 or len(untranslated) == len(keys) or len(untranslated) > 1:
            continue
        target = _final(moved, (untranslated or sorted(keys))[0])
        for key in sorted(keys):
            source = _final(moved, key)
            if source != target:
                groups[target].members = sorted(groups[target].members + groups[source].members)
                groups[source].members = []
                moved[source] = target


def _final(moved: dict[str, str], key: str) -> str:
    while key in moved:
        key = moved[key]
    return key
