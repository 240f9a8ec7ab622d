"""One identity per real-world actor across the corpus: the actors of every article grouped into entities.

Deterministic and explainable, in three passes over the distinct names (never over pairs of articles):

1. Keys. A country is its ISO3 code; an organisation the knowledge base knows is its id; a generic body
   (`Foreign Office`, `Ministry of Finance`) is its state and the body (`PAK/ministry-of-foreign-affairs`),
   the state read from the name, else the actor's country, else the country the article names most; any
   other organisation is its name's key; a person is the key of the name (`name_keys.person_key`), or of
   the known office holder the name denotes.
2. Persons. Names are taken longest first, blocked by the skeletons of their words. A name of two or more
   words joins the one entity whose fullest name holds all its words (`Shehbaz Sharif` in `Muhammad
   Shehbaz Sharif`); words compare by canonical spelling or one edit apart (`Tokaev`). It starts its own
   entity when none does, and also when several do (ambiguous: `Zayed Al Nahyan`). Both actors' countries
   must agree unless the names are equal. A one-word name (`Aliyev`) joins an entity only when exactly one
   holds that word, after narrowing by country, by role, then by time (the namesake of its articles' time, or
   nearest it) or, in articles without a date, by the namesake the corpus names far more; else it stays apart.
3. Acronyms. An organisation named by an acronym the knowledge base does not know (`EAD`) joins the one
   entity of the same state whose full name has those initials, when exactly one does.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import combinations, product
from string import ascii_lowercase
from typing import NamedTuple

from pipelines.extract.identity_groups import Group, Mention, groups_by_key
from pipelines.extract.identity_orgs import organization_groups
from pipelines.extract.name_keys import contains, person_key, same_word, skeleton, spelling
from pipelines.knowledge import (
    PATRONYMIC_WORDS,
    OfficeHolder,
    Organization,
    country_display_name,
    fold,
    office_holder_names,
    organization_lookup,
    part_of_known_name,
    slug,
)

_YEAR = timedelta(days=365)
_APART = 4 * _YEAR  # a name and a fuller one that differ by middle initials only, named further apart: two persons


def group_mentions(
    mentions: Sequence[Mention], article_states: Mapping[str, str], article_dates: Mapping[str, date] | None = None
) -> list[Group]:
    """Every mention in exactly one group, groups in a deterministic order.

    `article_states`: the state of each article's generic bodies that name none; `article_dates`: each
    article's publication date (a one-word name that fits two persons goes to the one of its time).
    """
    by_type: dict[str, list[int]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        by_type[mention.actor_type].append(i)
    groups = _countries(mentions, by_type["country"])
    groups += organization_groups(mentions, by_type["organization"], article_states)
    groups += _persons(mentions, by_type["person"], article_dates or {})
    return groups


def _countries(mentions: Sequence[Mention], indexes: list[int]) -> list[Group]:
    return list(groups_by_key({i: mentions[i].actor_id for i in indexes}, "country").values())


def _person_words(mention: Mention) -> tuple[str, ...]:
    holder = _holder_named(mention.name)
    return person_key(holder.name if holder is not None else mention.name) or (fold(mention.name),)


def _holder_named(name: str) -> OfficeHolder | None:
    """The known office holder a name denotes, unless the name is the holder's but for middle initials
    (`George Bush` of `George W. Bush`): such a name joins the holder's only in its time (`_fits`)."""
    holder = office_holder_of(name)
    if holder is None:
        return None
    words, known = person_key(name), person_key(holder.name)
    return None if words != known and _without_initials(words) == _without_initials(known) else holder


@cache
def _holders_by_word() -> dict[str, list[tuple[frozenset[str], str, OfficeHolder]]]:
    index: dict[str, list[tuple[frozenset[str], str, OfficeHolder]]] = defaultdict(list)
    for name, holder in office_holder_names():
        known = frozenset(re.findall(r"\w+", fold(name)))
        for word in known if len(known) >= 2 else ():
            index[word].append((known, _first_name_word(name), holder))
    return index


def _first_name_word(name: str) -> str:
    words = person_key(name)
    return words[0] if words else ""


@lru_cache(maxsize=65536)
def office_holder_of(name: str) -> OfficeHolder | None:
    """`knowledge.office_holder` (the same rule) through an index by word: it is asked once per name. In a name
    with a father's name (its own or the known one's), word order tells persons apart: the given names agree."""
    tokens = frozenset(re.findall(r"\w+", fold(name)))
    patronymic = bool(tokens & PATRONYMIC_WORDS)
    found = {
        holder
        for word in tokens
        for known, first, holder in _holders_by_word().get(word, ())
        if (known <= tokens or part_of_known_name(tokens, known))
        and not ((patronymic or known & PATRONYMIC_WORDS) and first != _first_name_word(name))
    }
    if len(found) > 1:  # one known name is all the name's words: that holder
        found = {holder for word in tokens for known, _, holder in _holders_by_word()[word] if known == tokens} & found
    return found.pop() if len(found) == 1 else None


class PersonIndex:
    """The persons' entities a name may join, by the skeletons of their words and of each pair of them.

    An entity that fits a name holds a word of each of its skeletons; looking a name of two or more words
    up by its rarest pair of skeletons (not by one word, which thousands of entities may share: `Khan`)
    keeps each look-up in proportion to the entities that hold both. `scanned` counts the entities looked
    at, so a test can tell a linear grouping from a quadratic one."""

    def __init__(self) -> None:
        self.scanned = 0
        self._blocks: dict[tuple[str, ...], dict[int, Group]] = defaultdict(dict)

    def add(self, group: Group) -> None:
        """Index `group` under its words' skeletons; an entity nothing may join (ambiguous, or of one
        word) is left out."""
        if group.ambiguous or len(group.words) < 2:
            return
        skeletons = [skeleton(w) for w in group.words]
        for s in skeletons:
            self._blocks[s,][id(group)] = group
        for pair in _pairs(skeletons):
            self._blocks[pair][id(group)] = group

    def holding(self, words: tuple[str, ...]) -> list[Group]:
        """The indexed entities that hold a word of every skeleton of `words`, in the order they came."""
        skeletons = [skeleton(w) for w in words]
        keys = [(s,) for s in skeletons] + _pairs(skeletons)
        blocks = sorted((self._blocks.get(k, {}) for k in keys), key=len)
        self.scanned += len(blocks[0])
        return [g for key, g in blocks[0].items() if all(key in other for other in blocks[1:])]


def _pairs(skeletons: list[str]) -> list[tuple[str, str]]:
    # Two words of one skeleton need only one such word in the entity (the other may match one edit away).
    return sorted({(min(a, b), max(a, b)) for a, b in combinations(skeletons, 2) if a != b})


def _persons(mentions: Sequence[Mention], indexes: list[int], dates: Mapping[str, date]) -> list[Group]:
    keys: dict[str, tuple[str, ...]] = {}  # each distinct name's words, found once
    names: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
    patronymic: set[tuple[str, ...]] = set()
    for i in indexes:
        name = mentions[i].name
        words = keys.get(name)
        if words is None:
            words = keys[name] = _person_words(mentions[i])
            if PATRONYMIC_WORDS & set(re.findall(r"\w+", _folded(name))):
                patronymic.add(words)
    apart = _initials_apart(set(keys.values()))
    spelled_out = _initials_spelled_out({apart.get(words, words) for words in keys.values()})
    written: dict[tuple[str, ...], Counter] = defaultdict(Counter)  # each name's words -> its actors' countries
    offices: dict[tuple[str, ...], set[str]] = defaultdict(set)  # each name's words -> its actors' offices
    for i in indexes:
        words = apart.get(keys[mentions[i].name], keys[mentions[i].name])
        written[spelled_out.get(words, words)][mentions[i].country] += 1
        if mentions[i].role:
            offices[spelled_out.get(words, words)].add(_office(mentions[i].role))
    given = _given_names_spelled_out(written, offices)
    for i in indexes:
        words = apart.get(keys[mentions[i].name], keys[mentions[i].name])
        words = spelled_out.get(words, words)
        words = given.get(words, words)
        # A one-word name is decided per country: `Sharif` of two states may be two persons.
        names[words, (mentions[i].country or "") if len(words) == 1 else ""].append(i)
    groups: list[Group] = []
    index = PersonIndex()
    for words, country in sorted(names, key=lambda n: (-len(n[0]), -len(names[n]), n)):
        members = names[words, country]
        context = _context(mentions, members, dates)
        ordered = words in patronymic
        candidates = [g for g in index.holding(words) if _fits(g, words, context, ordered)]
        chosen = _choose(candidates, words, context)
        if chosen is None and len(words) == 1 and len(candidates) > 1 and len(context.days) > 1:
            members = _join_by_day(mentions, members, words, candidates, dates)
            if not members:
                continue
            context = _context(mentions, members, dates)
        if chosen is None:
            chosen = Group("person", " ".join(words), words, ambiguous=len(candidates) > 1, patronymic=ordered)
            groups.append(chosen)
            index.add(chosen)
        _add(chosen, mentions, members, context)
    for group in groups:
        group.members.sort()
    return groups


def _add(group: Group, mentions: Sequence[Mention], members: list[int], context: _Context) -> None:
    group.members.extend(members)
    group.articles.update(mentions[i].article_id for i in members)
    group.countries.update(mentions[i].country for i in members if mentions[i].country)
    group.roles.update(context.roles)
    if context.days:
        first, last = min(context.days), max(context.days)
        group.first_day = first if group.first_day is None else min(group.first_day, first)
        group.last_day = last if group.last_day is None else max(group.last_day, last)


def _join_by_day(
    mentions: Sequence[Mention],
    members: list[int],
    words: tuple[str, ...],
    candidates: list[Group],
    dates: Mapping[str, date],
) -> list[int]:
    """A one-word name that fits several persons, decided per publication day: the mentions of each day go to
    the one person of that day's time (`Bush` in 1989 and in 2002); the others are returned."""
    by_day: dict[date | None, list[int]] = defaultdict(list)
    for i in members:
        by_day[dates.get(mentions[i].article_id)].append(i)
    left: list[int] = []
    for of_day in by_day.values():
        context = _context(mentions, of_day, dates)
        chosen = _choose(candidates, words, context)
        if chosen is None:
            left.extend(of_day)
        else:
            _add(chosen, mentions, of_day, context)
    return sorted(left)


def _initials_apart(names: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """A name whose first word is initials written together -> the name with them apart, when another name
    writes those initials apart before the same next word (`AK Abdul Momen`, `A.K. Abdul Momen`; `SM Krishna`)."""
    written_apart = set()
    for words in names:
        n = next((k for k, w in enumerate(words) if len(w) > 1), len(words))
        if 2 <= n <= 3 and n < len(words):
            written_apart.add(("".join(words[:n]), words[n]))
    out = {}
    for words in names:
        if len(words) >= 2 and 2 <= len(words[0]) <= 3 and (words[0], words[1]) in written_apart:
            out[words] = (*words[0], *words[1:])
    return out


def _initials_spelled_out(names: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """A name with a middle initial -> the one name that spells that initial out (`Ngozi A. Okonkwo` ->
    `Ngozi Adaeze Okonkwo`); first and last words must be the same words. None or several: left as it is."""
    full: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for words in names:
        if len(words) >= 3 and all(len(w) > 1 for w in words):
            full[_initialled(words)].append(words)
    out = {}
    for words in names:
        if len(words) >= 3 and len(words[0]) > 1 and len(words[-1]) > 1 and any(len(w) == 1 for w in words[1:-1]):
            fits = full.get(_initialled(words), [])
            if len(fits) == 1:
                out[words] = fits[0]
    return out


def _given_names_spelled_out(
    names: Mapping[tuple[str, ...], Counter], offices: Mapping[tuple[str, ...], set[str]] | None = None
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """A name whose given names are initials -> the one name of as many words that spells them out and has
    its other words (`K. Lindqvist`, `R. W. Kamau` -> `Katarina Lindqvist`, `Rachel Wanjiku Kamau`), where
    their actors' states agree (or one has none) or they hold one office. An initial is the letter its word is
    written with (`O. Kaboré` is `Ousmane Kaboré`, though the key spells `Ousmane` as `Usmane`); a name of two
    words spells out an initial before its other word in either order (`B. Battsetseg` is `Battsetseg
    Batmunkh`: a Mongolian name puts the father's name first). Names are looked up by their initials and last
    word: one pass indexes them, one looks each initialled name up. None or several: left as it is."""
    offices = offices or {}
    full: dict[tuple[str, ...], list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
    for words in names:
        if len(words) >= 2 and len(words[0]) > 1 and len(words[-1]) > 1:
            orders = [words, (words[1], words[0])] if len(words) == 2 else [words]
            for order in dict.fromkeys(orders):
                for letters in product(*(_written_initials(w) for w in order[:-1])):
                    full[(*letters, order[-1])].append((words, order))
    out = {}
    for words, countries in names.items():
        if len(words) < 2 or len(words[0]) != 1 or len(words[-1]) < 2:
            continue
        fits = [
            other
            for other, order in full.get((*(w[0] for w in words[:-1]), words[-1]), ())
            if all(len(w) == 1 or w == o for w, o in zip(words, order, strict=True))
            and (_states_agree(countries, names[other]) or offices.get(words, set()) & offices.get(other, set()))
        ]
        fits = list(dict.fromkeys(fits))
        if len({tuple(sorted(other)) for other in fits}) == 1:
            fits = fits[:1]  # one name in both orders (`Batmunkh Battsetseg`, `Battsetseg Batmunkh`): one person
        if len(fits) > 1 and offices:
            # several spell them out: the one whose actors hold the same office (`K. Lindqvist`, Special
            # Representative, is `Katarina Lindqvist`, Special Representative, not `Karin Lindqvist`, a director)
            fits = [other for other in fits if offices.get(words, set()) & offices.get(other, set())] or fits
        if len(fits) == 1:
            out[words] = fits[0]
    return out


@lru_cache(maxsize=65536)
def _written_initials(word: str) -> tuple[str, ...]:
    """The letters a name word in canonical spelling may be written with: its own first letter, and each letter
    whose spelling before the word gives the word again (`usmane` is written `Ousmane`; `jamshid`, `Djamshid`)."""
    return (word[0], *(letter for letter in ascii_lowercase if letter != word[0] and spelling(letter + word) == word))


def _office(role: str) -> str:
    """An office without what it is for or of: `Special Representative for Central Asia` -> `special representative`."""
    return re.split(r"\s(?:for|of|to|on|in)\s", _folded(role), maxsplit=1)[0].strip()


def _states_agree(a: Counter, b: Counter) -> bool:
    """Two names' actors' states agree: one has none, or the states each is given most often meet."""
    a, b = _top_states(a), _top_states(b)
    return not a or not b or bool(a & b)


def _top_states(countries: Counter) -> set[str]:
    counts = {c: n for c, n in countries.items() if c}
    top = max(counts.values(), default=0)
    return {c for c, n in counts.items() if n == top}


def _initialled(words: tuple[str, ...]) -> tuple[str, ...]:
    return (words[0], *(w[0] for w in words[1:-1]), words[-1])


class _Context(NamedTuple):
    countries: frozenset[str]  # the countries the name is given most often (several when tied)
    roles: frozenset[str]
    days: frozenset[date]


def _context(mentions: Sequence[Mention], members: list[int], dates: Mapping[str, date]) -> _Context:
    countries = Counter(mentions[i].country for i in members if mentions[i].country)
    top = max(countries.values(), default=0)
    return _Context(
        frozenset(c for c, n in countries.items() if n == top),
        frozenset(_folded(mentions[i].role) for i in members if mentions[i].role),
        frozenset(d for d in (dates.get(mentions[i].article_id) for i in members) if d is not None),
    )


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    """`fold` once per distinct text: the same roles recur in thousands of mentions."""
    return fold(text)


def _most_common(counts: Counter) -> str | None:
    return min(counts, key=lambda c: (-counts[c], c)) if counts else None


def _fits(group: Group, words: tuple[str, ...], context: _Context, patronymic: bool = False) -> bool:
    if group.ambiguous or len(group.words) < 2 or not contains(group.words, words):
        return False
    if (patronymic or group.patronymic) and len(words) >= 2 and not same_word(words[0], group.words[0]):
        return False  # `Abdulaziz bin Salman` is not `Salman bin Abdulaziz`: a son's given name comes first
    if _without_initials(group.words) == _without_initials(words):
        # one name, but for middle initials (`Mikhail S. Gorbachev`): countries may disagree; but years apart it
        # may be a son's (`George Bush` of 1990, `George W. Bush` of 2003)
        return _of_one_time(group, context)
    # a name from the middle of a fuller one, without its first and last words (`Hasan Mahmud` in `Abul Hasan
    # Mahmud Ali`), is a looser fit: the same person only in the same years. A name that opens the fuller one is
    # its usual short form (`Luis Carranza` of `Luis Carranza Ugarte`, `Mohammed bin Salman` of `... Al Saud`).
    looser = (
        2 <= len(words) < len(group.words)
        and not same_word(words[0], group.words[0])
        and not same_word(words[-1], group.words[-1])
    )
    if looser and not _of_one_time(group, context):
        return False
    if not context.countries:
        return True
    return _most_common(group.countries) in (None, *context.countries)


def _of_one_time(group: Group, context: _Context) -> bool:
    """The articles naming a name lie within `_APART` of those naming the entity (or either has no date)."""
    if not context.days or group.first_day is None or group.last_day is None:
        return True
    return min(context.days) - _APART <= group.last_day and group.first_day <= max(context.days) + _APART


def _without_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without its middle initials (one letter between its first and last word)."""
    if len(words) < 3:
        return words
    return (words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1])


def _choose(candidates: list[Group], words: tuple, context: _Context) -> Group | None:
    """The one entity a name joins, or None (none fits, or it stays ambiguous after country and role)."""
    if len(candidates) > 1 and len(words) == 1 and context.roles:
        candidates = [g for g in candidates if g.roles & context.roles] or candidates
    if len(candidates) > 1 and len(words) == 1 and len(context.days) == 1:
        candidates = _of_its_time(candidates, next(iter(context.days)))
    if len(candidates) > 1 and len(words) == 1 and not context.days:
        candidates = _most_named(candidates)
    return candidates[0] if len(candidates) == 1 else None


_DOMINANT = 3  # how many times more articles the one namesake a dateless surname means must name than any other


def _most_named(candidates: list[Group]) -> list[Group]:
    """A surname in articles without a date, an office or a fuller name: the namesake the corpus names in
    `_DOMINANT` times more articles than any other (and in `_DOMINANT` at least), when one is."""
    articles = sorted(((len(g.articles), k) for k, g in enumerate(candidates)), reverse=True)
    (most, k), (next_most, _) = articles[0], articles[1]
    return [candidates[k]] if most >= _DOMINANT and most >= _DOMINANT * next_most else candidates


def _of_its_time(candidates: list[Group], day: date) -> list[Group]:
    """The candidates named in articles of `day`'s time: within a year of the first or last article naming
    them, when exactly one is; when none is, the one nearest `day`, when every other lies `_APART` further
    (`Bush` in 1992 is the President of 1989-91, not the one of 2001-05)."""
    near = [g for g in candidates if g.first_day and g.first_day - _YEAR <= day <= g.last_day + _YEAR]
    if near or not all(g.first_day and g.last_day for g in candidates):
        return near if len(near) == 1 else candidates
    by_distance = sorted(candidates, key=lambda g: _years_from(g, day))
    nearest, second = by_distance[0], by_distance[1]
    return [nearest] if _years_from(second, day) - _years_from(nearest, day) >= _APART else candidates


def _years_from(group: Group, day: date) -> timedelta:
    """How far `day` lies from the articles naming `group` (nothing when it lies among them)."""
    return max(group.first_day - day, day - group.last_day, timedelta(0))


def canonical_name(group: Group, mentions: Sequence[Mention]) -> str:
    """The name an entity is published under: the knowledge base's, else its fullest name the most used."""
    if group.display is None:
        group.display = _canonical_name(group, mentions)
    return group.display


def _canonical_name(group: Group, mentions: Sequence[Mention]) -> str:
    first = mentions[group.members[0]]
    if group.actor_type == "country":
        return country_display_name(first.actor_id)
    known = _known_member(group, mentions)
    if known is not None:
        return known.name
    names = Counter(mentions[i].name for i in group.members)
    if group.actor_type == "person":
        holders = {_holder_named(name) for name in names} - {None}
        if len(holders) == 1:
            return holders.pop().name
        names = Counter({n: c for n, c in names.items() if len(person_key(n)) >= len(group.words)}) or names
        # the fullest form: a name that spells its given names out before one that gives their initials
        spelled = {n: sum(len(w) == 1 for w in person_key(n)) for n in names}
        return min(names, key=lambda n: (spelled[n], -names[n], len(n), n))
    return min(names, key=lambda n: (-names[n], len(n), n))


def _known_member(group: Group, mentions: Sequence[Mention]) -> Organization | None:
    """The known organisation one of the group's names is, when the group's key is its id: a known body joined by a
    generic name (`central bank` of China, the People's Bank of China) keeps the knowledge base's id and name
    whichever name came first."""
    if group.actor_type != "organization":
        return None
    lookup = organization_lookup()
    for name in dict.fromkeys(mentions[i].name for i in group.members):
        known = lookup.get(name)
        if known is not None and known.actor_id == group.key:
            return known
    return None


def fresh_id(group: Group, mentions: Sequence[Mention]) -> str:
    """The id an entity gets when no earlier build named it."""
    if group.actor_type == "country":
        return group.key
    if group.actor_type == "person":
        return f"person:{slug(canonical_name(group, mentions))}"
    known = _known_member(group, mentions)
    if known is not None:
        return known.actor_id
    return group.label or slug(canonical_name(group, mentions)) or "organization"


def assign_ids(
    groups: Sequence[Group],
    mentions: Sequence[Mention],
    previous: Sequence[str | None],
    previous_size: Mapping[str, int],
) -> list[str]:
    """The id of each mention's entity, stable across builds.

    `previous[i]` is the id the last build published for mention i (None for a new article), and
    `previous_size` each such id's rows then. The rule: an earlier id goes to the entity that holds most of
    its mentions now; an entity that holds earlier ids keeps the one that had the most rows (then the
    smallest), so adding an article renames an entity only when it merges two; an entity without an
    earlier id gets its fresh id (`fresh_id`, with `-2`, `-3`... if another entity has it).
    """
    holders: dict[str, tuple[int, int]] = {}  # earlier id -> (mentions in the group, -group index): the best
    for g, group in enumerate(groups):
        for old, count in Counter(previous[i] for i in group.members if previous[i]).items():
            holders[old] = max(holders.get(old, (0, 0)), (count, -g))
    kept: dict[int, str] = {}
    for old, (_, minus_g) in sorted(holders.items()):
        g = -minus_g
        if g not in kept or (-previous_size.get(old, 0), old) < (-previous_size.get(kept[g], 0), kept[g]):
            kept[g] = old
    taken = set(kept.values())
    ids = [""] * len(mentions)
    for g, group in enumerate(groups):
        actor_id = kept.get(g)
        if actor_id is None:
            actor_id = base = fresh_id(group, mentions)
            n = 1
            while actor_id in taken:
                n += 1
                actor_id = f"{base}-{n}"
            taken.add(actor_id)
        for i in group.members:
            ids[i] = actor_id
    return ids
