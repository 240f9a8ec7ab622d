"""The records identity works on: an actor mention of one article, and a group of mentions that are one actor."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class Mention(NamedTuple):
    """One actor of one article, as extraction gives it."""

    article_id: str
    actor_type: str
    actor_id: str  # the article-level id (ISO3 for a country)
    name: str
    country: str | None
    role: str | None


@dataclass(slots=True)
class Group:
    """Mentions that are one actor; `key` decides the fresh id, `names` the words it is known by."""

    actor_type: str
    key: str
    words: tuple[str, ...] = ()  # persons: the fullest name's words
    members: list[int] = field(default_factory=list)
    state: str | None = None
    label: str | None = None  # the fresh id, when the key does not make it
    display: str | None = None  # the canonical name, once asked
    ambiguous: bool = False  # a name that several entities hold: nothing joins it
    countries: Counter = field(default_factory=Counter)
    first_day: date | None = None  # persons: the first and last publication dates of articles naming them
    last_day: date | None = None
    roles: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)  # persons: the articles naming them
    patronymic: bool = False  # persons: a name with a father's name (`bin`), whose word order tells persons apart


def groups_by_key(keys: Mapping[int, str], actor_type: str) -> dict[str, Group]:
    """One group per key, holding the indexes of the mentions with that key, in index order."""
    groups: dict[str, Group] = {}
    for i, key in sorted(keys.items()):
        group = groups.get(key)
        if group is None:  # not `setdefault`: that would make a Group (and its Counter) for every mention
            group = groups[key] = Group(actor_type, key)
        group.members.append(i)
    return groups
