"""Organisation identity: a known body's id, a generic body's `STATE/body`, else the name's key; a name in
another language joined to the body it translates; acronyms joined to the one body of the same state whose
full name they spell."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from itertools import product

from pipelines.extract.identity_groups import Group, Mention, groups_by_key
from pipelines.extract.identity_offices import legislature_bodies, office_states
from pipelines.extract.identity_translated import english_words, join_translations
from pipelines.extract.name_keys import (
    JOINING_WORDS,
    ROMANCE_LANGUAGES,
    any_states_body,
    ascii_fold,
    body_key,
    body_synonyms_folded,
    initials,
    org_fold,
    org_words,
    without_legal_form,
)
from pipelines.knowledge import Organization, country_names, demonyms, fold, organization_lookup, slug
from pipelines.knowledge.actor_words import actor_words, country_names_in
from pipelines.knowledge.identity_tables import body_holders


def organization_groups(
    mentions: Sequence[Mention], indexes: list[int], article_states: Mapping[str, str]
) -> list[Group]:
    """The organisation mentions grouped by key; acronyms joined to the one body of their state they spell."""
    keys: dict[int, str] = {}
    states: dict[str, str | None] = {}
    labels: dict[str, str] = {}  # generic bodies: the fresh id
    known: dict[tuple, tuple[str, str | None, str | None]] = {}  # each distinct (name, country, state) once
    named = _named_states(mentions)
    corpus_states = _corpus_states(mentions, indexes, named)
    held = office_states(mentions, indexes)
    placed: dict[int, str | None] = {}  # each mention's state when its name and actor give none
    for i in indexes:
        mention = mentions[i]
        place = (mention.article_id, mention.name)
        article_state = held.get(place) or corpus_states.get(place) or article_states.get(mention.article_id)
        placed[i] = _holding_state(mention, article_state, named.get(mention.article_id, set()))
        placed[i] = _federal_state(mention, placed[i], named.get(mention.article_id, set()))
    placed.update(_chamber_states(mentions, indexes, placed))
    for i in indexes:
        mention = mentions[i]
        given = (mention.name, mention.country, placed[i], frozenset(named.get(mention.article_id, ())))
        if given not in known:
            known[given] = _organization_key(mention, placed[i], given[3])
        key, state, label = known[given]
        keys[i] = key
        states.setdefault(key, state)
        if label:
            labels[key] = label
    groups = groups_by_key(keys, "organization")
    for key, group in groups.items():
        group.state = states.get(key)
        group.label = labels.get(key)
    join_translations(mentions, groups)
    _join_state_named(mentions, groups)
    _join_acronyms(mentions, groups, _article_states(mentions, named))
    _join_contractions(mentions, groups)
    _join_name_forms(mentions, groups)
    _join_remit_items(mentions, groups)
    return [g for g in groups.values() if g.members]


def _chamber_states(
    mentions: Sequence[Mention], indexes: list[int], placed: Mapping[int, str | None]
) -> dict[int, str]:
    """Each chamber of a congress named without its state (`the Senate`, `the House of Representatives`) in an
    article that names one state's congress -> that state: `Congress approved the aid for Poland; the Senate
    passed it 94-0` is the United States' Senate, whoever the article's persons are (`congress_chambers`)."""
    congresses: dict[str, set[str]] = defaultdict(set)  # article -> the states of the congresses it names
    chambers: list[int] = []
    for i in indexes:
        mention = mentions[i]
        key = body_key(mention.name)
        if key.generic and key.label == "congress":
            state = key.state or mention.country or placed.get(i)
            if state:
                congresses[mention.article_id].add(state)
        elif key.generic and not key.state and not mention.country and key.label in _CHAMBERS:
            chambers.append(i)
    out = {}
    for i in chambers:
        states = congresses.get(mentions[i].article_id, set())
        if len(states) == 1:
            out[i] = next(iter(states))
    return out


_CHAMBERS = frozenset(actor_words("congress_chambers"))


def _named_states(mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Each article's id -> the states it names."""
    named: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.actor_type == "country":
            named[mention.article_id].add(mention.actor_id)
    return named


def _article_states(mentions: Sequence[Mention], named: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Each article's id -> the states it names and the states its persons and bodies are given: a report on
    Mexico's power sector that names only Mexicans and the United States is still a report on Mexico."""
    out: dict[str, set[str]] = defaultdict(set)
    for article, states in named.items():
        out[article] |= states
    for mention in mentions:
        if mention.country and mention.actor_type != "country":
            out[mention.article_id].add(mention.country)
    return out


def _corpus_states(
    mentions: Sequence[Mention], indexes: list[int], named: Mapping[str, set[str]]
) -> dict[tuple[str, str], str]:
    """(article, name) -> the state of a body the article names without one, as the corpus tells it.

    A body whose name, actor and knowledge give no state (`Department of Foreign Affairs and Trade`, `the
    Ministry of Planning and Investment`) is the state's that the other articles give that body, when they
    give it one state only and this article names that state; a body no article gives a state is the one
    state that every article naming it names, when two or more articles name it and one state is common to
    them. Else the article decides (`article_states`). One pass over the mentions and one over the bodies."""
    given: dict[str, set[str]] = defaultdict(set)  # body -> the states articles give it
    unstated: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))  # body -> article -> names
    for i in indexes:
        mention = mentions[i]
        stated = _stated_body(mention.name, mention.country, mention.actor_id)
        if stated is None:
            continue
        body, state = stated
        if state:
            given[body].add(state)
        else:
            unstated[body][mention.article_id].append(mention.name)
    out: dict[tuple[str, str], str] = {}
    for body, articles in unstated.items():
        if body in _bodies_of_every_state():
            continue  # `Senate`, `Ministry of Finance`: the states other articles give it say nothing of this one
        states = given.get(body, set())
        if not states and len(articles) < 2:
            continue
        common = set(states) if states else set.intersection(*(named.get(a, set()) for a in articles))
        for article, names in articles.items():
            # of the states the corpus gives the body, the one this article names (`Ministry of Commerce and
            # Industry` of India and of Oman, in a report on India and Japan: India's)
            mine = common & named.get(article, set())
            if len(mine) == 1:
                state = next(iter(mine))
                out.update({(article, name): state for name in names})
    return out


@cache
def _bodies_of_every_state() -> frozenset[str]:
    """The keys of bodies every state has (`body_synonyms.csv`: a foreign ministry, a congress; a legislature,
    `Senate`): which state a corpus gives one tells nothing of which state another article means."""
    bodies = {*body_synonyms_folded().values(), *legislature_bodies()}
    return frozenset(body_key(body).body for body in bodies)


def _holding_state(mention: Mention, article_state: str | None, named: set[str]) -> str | None:
    """The state of a body named without one that only some states have (`Congress`, `body_holders.csv`):
    the article's state when it has one, else the one state the article names that has one, else, when the
    article names none that has one, the state the table gives (`Congress` in a report on Poland and
    Hungary is the United States'). A state the name or the actor gives wins, as for any body."""
    if mention.country:
        return article_state
    key = body_key(mention.name)
    holders = _holders(mention.name, key.label) if key.generic and not key.state else None
    if holders is None or article_state in holders[0]:
        return article_state
    holding = named & holders[0]
    if len(holding) == 1:
        return holding.pop()
    return holders[1] if not holding else article_state


def _federal_state(mention: Mention, article_state: str | None, named: set[str]) -> str | None:
    """The state of a federal body named without its state (`Federal Ministry of Economics`, `ministère fédéral`):
    of the states the article names, the one federation (`federal_states`), when the article's own state is none
    (a report from Beijing on a German minister's visit). A state the name or the actor gives wins, as for any
    body."""
    if mention.country or article_state in _FEDERATIONS or not _FEDERAL.search(org_fold(mention.name)):
        return article_state
    key = body_key(mention.name)
    federations = named & _FEDERATIONS
    if not key.generic or key.state or len(federations) != 1:
        return article_state
    return next(iter(federations))


_FEDERATIONS = frozenset(actor_words("federal_states"))
_FEDERAL = re.compile(rf"\b(?:{'|'.join(re.escape(org_fold(w)) for w in actor_words('federal_words'))})")


def _holders(name: str, label: str) -> tuple[frozenset[str], str] | None:
    """The states that give a body this name, by the name as written (`Ministry of External Affairs`, which
    the key reads as any state's foreign ministry), else by the body it names (`Congress`)."""
    written = org_fold(name).removeprefix("the ")
    return body_holders().get(written) or body_holders().get(label)


@lru_cache(maxsize=65536)
def _stated_body(name: str, country: str | None, actor_id: str) -> tuple[str, str | None] | None:
    """A generic body's key without its state and the state its name, its actor or the knowledge base gives it
    (None when none does); None for an organisation of its own name."""
    known = _known(name, actor_id) or _known_of_state(name, country)
    if known is not None and not _is_body_phrase(known.name):
        return None
    state = country or (known.country if known else None)
    key = body_key(known.name if known else name, state)
    if not key.generic:
        return None
    return key.body, key.state or state


def _organization_key(
    mention: Mention, article_state: str | None, named: frozenset[str] = frozenset()
) -> tuple[str, str | None, str | None]:
    """An organisation's key, its state, and its fresh id when the key does not make it.

    The knowledge base's id for an organisation it knows, unless the name is a generic phrase (`Foreign
    Office`); a generic body's `STATE/body` (or the known organisation that body is); else the name's key.
    A state's mission named without the state it is in (`the Japanese Embassy`) is its mission in the one
    other state its article names (`named`), if one: a state's embassies in two states are two bodies.
    """
    if mention.actor_id in _LENDER_BOARDS:  # "the IMF Executive Board", "the Executive Board": the lender's own
        return mention.actor_id, mention.country, None
    known = _known(mention.name, mention.actor_id) or _known_of_state(mention.name, mention.country)
    if known and mention.country not in (None, known.country) and any_states_body(mention.name, known.country):
        known = None  # "Thailand's Board of Investment" is not Pakistan's, which the knowledge base knows
    if known is not None and not _is_body_phrase(known.name):
        return known.actor_id, known.country, None
    state = mention.country or (known.country if known else None) or article_state
    key = body_key(known.name if known else mention.name, state)
    if not key.generic or not (key.state or state):
        return key.body, mention.country, None
    state = key.state or state
    if (state, key.body) in _known_bodies():
        return _known_bodies()[state, key.body], state, None
    hosts = named - {state}
    host = next(iter(hosts)) if len(hosts) == 1 else article_state if article_state in hosts else None
    if key.label in _MISSIONS and host:
        label = f"{key.label} {host.lower()}"
        return f"{state}/{org_words(label)}", state, f"{state}/{slug(label)}"
    return f"{state}/{key.body}", state, f"{state}/{slug(key.label)}"


# A lender's board, as the extractor keys it (org_organs.py): the board of no state, one body in every article
_LENDER_BOARDS = frozenset(
    f"{owner}-{kind}" for owner in actor_words("organ_owners") for kind in ("board", "board-of-governors")
)

# A state's missions abroad as a body's key labels them without the state they are in
_MISSIONS = frozenset(actor_words("mission_bodies"))


@lru_cache(maxsize=65536)
def _known(name: str, actor_id: str) -> Organization | None:
    """The body the knowledge base knows by this name, without its legal form, by its key (`_known_by_key`), by
    the article's id, or, for a name in Spanish, French or Portuguese, by the one known name with the same words
    in English."""
    lookup = organization_lookup()
    known = lookup.get(name) or lookup.get(without_legal_form(name)) or _known_group(name) or _known_by_key(name)
    # an article names a known body as it writes it (`China's Exim bank`): its id still says which body it is
    if known is None and not _shares_acronym_only(name, _known_by_id().get(actor_id)):
        known = _known_by_id().get(actor_id)
    if known is None:
        key = body_key(name)
        words, translated = english_words(key.body)
        found = _known_by_english().get(words, set()) if translated and not key.generic else set()
        known = next(iter(found)) if len(found) == 1 else None
    return known


def _known_by_key(name: str) -> Organization | None:
    """The one known body whose name's key is this name's: the same words in their order but for the legal form
    and an ampersand (`Korea Gas Corp.` is `Korea Gas Corporation`; `Hyundai Engineering and Construction` is
    `Hyundai Engineering & Construction`; `Sinohydro Corp.` is `Sinohydro Corporation`). A key of one word is a
    name only with the legal form it was written with (`Total` alone may be no company); a generic body's key
    (`Ministry of Finance`) names no one body."""
    key = body_key(name)
    named = " " in key.body or without_legal_form(name) != name
    found = _known_keys().get(key.body, set()) if named and not key.generic else set()
    return next(iter(found)) if len(found) == 1 else None


@cache
def _known_keys() -> dict[str, set[Organization]]:
    """The key of each known body's name and alias of two words or more (not an acronym) -> the bodies named so."""
    out: dict[str, set[Organization]] = defaultdict(set)
    for name, known in organization_lookup().items():
        key = body_key(name)
        if not key.generic and " " in name:
            out[key.body].add(known)
    return out


def _known_group(name: str) -> Organization | None:
    """A known body's group (`African Development Bank Group`, `IsDB Group`): the body it is named for."""
    stem = name.removesuffix(" Group")
    return organization_lookup().get(stem) if stem != name else None


@lru_cache(maxsize=65536)
def _known_of_state(name: str, country: str | None) -> Organization | None:
    """A body named without its state, whose actor is given one: the body of that state the knowledge base
    knows by the name with the state's name or demonym before it, or with `of` and the state after it (`Exim
    Bank` of China: `China Exim Bank`, `Exim Bank of China`)."""
    if not country or len(name.split()) < 2:
        return None
    lookup = organization_lookup()
    # `Exim Bank de Chine`: a name with its own state after it in Spanish, French or Portuguese is the name without it
    stated = _state_after().search(name)
    bare = name[: stated.start()] if stated and _romance_states().get(stated.group("state")) == country else name
    for state in _state_names().get(country, ()):
        for named in (f"{state} {bare}", f"{bare} of {state}"):
            known = lookup.get(named)
            if known is not None and known.country == country:
                return known
    return None


def _join_state_named(mentions: Sequence[Mention], groups: dict[str, Group]) -> None:
    """Move each group named without its state, whose actors are given one (`State Oil Fund`, of Azerbaijan),
    into the one group the corpus names with that state's name or demonym before the name or `of` and the state
    after it (`State Oil Fund of Azerbaijan`), as `_known_of_state` does with the knowledge base's names. Names
    are looked up as written: a handful of look-ups per name, no pairs of groups."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.items():
        for i in group.members:
            by_name[mentions[i].name].add(key)
    for key, group in list(groups.items()):
        targets: set[str] = set()
        for name, country in {(mentions[i].name, mentions[i].country) for i in group.members}:
            if country and len(name.split()) >= 2:
                for state in _state_names().get(country, ()):
                    for named in (f"{state} {name}", f"{name} of {state}"):
                        targets |= by_name.get(named, set())
        targets.discard(key)
        if len(targets) == 1:
            target = groups[targets.pop()]
            target.members = sorted(target.members + group.members)
            group.members = []


@cache
def _romance_states() -> dict[str, str]:
    """A state's name in English, Spanish, French or Portuguese -> its ISO3."""
    return {
        **country_names(),
        **{n: c for language in ROMANCE_LANGUAGES for n, c in country_names_in(language).items()},
    }


@cache
def _state_after() -> re.Pattern:
    """`de Chine`, `de l'Inde`, `dos Estados Unidos` closing a name."""
    of_words = {w for language in ROMANCE_LANGUAGES for w in actor_words(f"state_of_words_{language}")}
    return re.compile(rf"[ \t]+(?:{_longest_first(of_words)})[ \t]*(?P<state>{_longest_first(_romance_states())})\Z")


def _longest_first(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def _state_names() -> dict[str, list[str]]:
    """ISO3 -> the English names and demonyms of the state, shortest first."""
    out: dict[str, list[str]] = defaultdict(list)
    for name, code in [*country_names().items(), *demonyms().items()]:
        out[code].append(name)
    return {code: sorted(set(names), key=lambda n: (len(n), n)) for code, names in out.items()}


@cache
def _known_by_english() -> dict[frozenset[str], set[Organization]]:
    """The English words of each known body's name and alias of two words or more -> the bodies named so."""
    out: dict[frozenset[str], set[Organization]] = defaultdict(set)
    for name, known in organization_lookup().items():
        key = body_key(name)
        words = english_words(key.body)[0]
        if not key.generic and len(words) >= 2:
            out[words].add(known)
    return out


def _shares_acronym_only(name: str, known: Organization | None) -> bool:
    """Another body of the known one's kind whose name spells the same acronym (`Caribbean Development Bank`
    for `CDB`, `China Development Bank`): the article's id came from the acronym alone."""
    if known is None or not known.acronym:
        return False
    words, known_words = ascii_fold(name).split(), ascii_fold(known.name).split()
    return (
        len(words) >= 2
        and words != known_words
        and words[-1] == known_words[-1]
        and ascii_fold(known.acronym) in initials(name)
        and name not in known.aliases
    )


@lru_cache(maxsize=65536)
def _is_body_phrase(name: str) -> bool:
    return ascii_fold(name) in body_synonyms_folded()


@cache
def _known_by_id() -> dict[str, Organization]:
    return {known.actor_id: known for known in organization_lookup().values()}


@cache
def _known_bodies() -> dict[tuple[str, str], str]:
    """(state, body) of each generic body the knowledge base knows under a name of its own -> its id."""
    out = {}
    for known in set(organization_lookup().values()):
        key = body_key(known.name, known.country)
        if known.country and key.generic and not _is_body_phrase(known.name):
            out[key.state or known.country, key.body] = known.actor_id
    return out


def _join_acronyms(mentions: Sequence[Mention], groups: dict[str, Group], named: Mapping[str, set[str]]) -> None:
    """Move each mention of an acronym-only group into the one group of its state whose full name has its initials,
    else, of a body given a state, into the one whose words' beginnings spell it (`JETRO`, `ENARSA`); where two
    bodies share the acronym, each mention goes to the one body it may be.

    A full name of a state's body (its state, or its actors' country) takes the acronym only where the
    acronym's actor is given that state or, given none, where its article names that state: `APS` in reports
    from Dakar is not the `Algerie Presse Service` of a report on Algeria."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.items():
        for i in group.members:
            for acronym in _initials_with_forms(mentions[i].name):
                by_initials[acronym].add(key)
    for key, group in groups.items():
        names = {mentions[i].name for i in group.members}
        if not all(name.isupper() and name.isalpha() and 2 <= len(name) <= 6 for name in names):
            continue
        fitting = _fittings(mentions, groups, key, {t for n in names for t in by_initials.get(fold(n), ())}, named)
        if not any(fitting.values()):  # `JETRO`: an acronym that takes more than a letter of some words
            spelled = {t for name in names for t in _spelled_by(fold(name), by_initials, groups, mentions)}
            fitting = _fittings(mentions, groups, key, spelled, named, stated_only=True)
        # each mention goes to the one body it may be: `APS` of a report from Dakar to the Senegalese agency, `APS`
        # of a report on Algeria to the Algerian one; of a body of a state its article names and bodies of no state
        # (`MEA` in a report on India: its `Ministry of External Affairs`, not `Mota-Engil Africa`), the state's;
        # a mention that two bodies fit stays where it is
        fits: dict[int, list[str]] = defaultdict(list)
        for target, members in fitting.items():
            for i in members:
                fits[i].append(target)
        for i, targets in fits.items():
            stated = [t for t in targets if _stated(mentions, groups[t])]
            if len(targets) > 1 and len(stated) == 1:
                fits[i] = stated
        moved = {i: targets[0] for i, targets in fits.items() if len(targets) == 1}
        for i, target in moved.items():
            groups[target].members = sorted([*groups[target].members, i])
        group.members = [i for i in group.members if i not in moved]


@lru_cache(maxsize=65536)
def _initials_with_forms(name: str) -> frozenset[str]:
    """The initials of a name and of the name without each of its closing legal forms in turn: `Nigerian National
    Petroleum Company Limited` is `NNPCL` and `NNPC` and `NNP`."""
    found = set(initials(name))
    words = name.replace(",", " ").split()
    while len(words) > 2 and without_legal_form(" ".join(words[-2:])) != " ".join(words[-2:]):
        words = words[:-1]
        found |= initials(" ".join(words))
    return frozenset(found)


def _stated(mentions: Sequence[Mention], body: Group) -> bool:
    """A body of a state: its own, or one its actors are given."""
    return body.state is not None or any(mentions[i].country for i in body.members)


def _fittings(
    mentions: Sequence[Mention],
    groups: Mapping[str, Group],
    key: str,
    bodies: set[str],
    named: Mapping[str, set[str]],
    stated_only: bool = False,
) -> dict[str, list[int]]:
    """Each of `bodies` of the acronym group `key`'s state -> the acronym's mentions that may be it."""
    acronym = groups[key]
    return {
        t: _fitting(mentions, groups[t], acronym, named, stated_only)
        for t in sorted(bodies)
        if t != key and _same_state(groups[t], acronym)
    }


def _spelled_by(
    acronym: str, by_initials: Mapping[str, set[str]], groups: Mapping[str, Group], mentions: Sequence[Mention]
) -> set[str]:
    """The groups with a name whose words' beginnings spell `acronym` (`Japan External Trade Organization`:
    `JETRO`). Such a name's initials are the acronym without some of its letters: each such subsequence (the
    acronym is short) is looked up by initials, then the name's words are matched."""
    found = set()
    for kept in product((True, False), repeat=len(acronym) - 1):
        letters = acronym[0] + "".join(c for c, keep in zip(acronym[1:], kept, strict=True) if keep)
        if len(letters) < 2 or len(letters) == len(acronym):
            continue
        for key in by_initials.get(letters, ()):
            if any(_spells(acronym, name) for name in {mentions[i].name for i in groups[key].members}):
                found.add(key)
    return found


def _spells(acronym: str, name: str) -> bool:
    """`acronym` is the beginnings of `name`'s words in order: at least the first letter of each word but the
    joining words (`of`, `and`), which may give none; with or without its legal form (`ENURSA`, `Energia Uruguaya
    S.A.`; `KENGEN`, `Kenya Electricity Generating Company PLC`)."""
    return _spells_words(acronym, ascii_fold(name).split()) or _spells_words(
        acronym, ascii_fold(without_legal_form(name)).split()
    )


def _spells_words(acronym: str, words: list[str]) -> bool:
    ends = {0}  # the lengths of `acronym` that the words so far can spell
    for word in words:
        fewest = 0 if word in JOINING_WORDS else 1
        ends = {end + n for end in ends for n in range(fewest, len(word) + 1) if acronym.startswith(word[:n], end)}
        if not ends:
            return False
    return len(acronym) in ends


def _same_state(a: Group, b: Group) -> bool:
    return a.state is None or b.state is None or a.state == b.state


def _fitting(
    mentions: Sequence[Mention],
    body: Group,
    acronym: Group,
    named: Mapping[str, set[str]],
    stated_only: bool = False,
) -> list[int]:
    """The acronym's mentions that may be `body`. A body of no state (none when `stated_only`) takes those given
    no state, or a state its own articles name: `BP` of Britain is not the `Bharat Petroleum` of a report on
    India. A body of a state takes those given its state, or given none in an article that names it."""
    states = {mentions[i].country for i in body.members if mentions[i].country}
    states = states | {body.state} if body.state else states
    if not states:
        if stated_only:
            return []
        around = {state for i in body.members for state in named.get(mentions[i].article_id, ())}
        return [i for i in acronym.members if not mentions[i].country or mentions[i].country in around]
    return [
        i
        for i in acronym.members
        if (mentions[i].country in states if mentions[i].country else states & named.get(mentions[i].article_id, set()))
    ]


_HEAD_ENDS = frozenset(actor_words("body_head_ends"))
_REMIT_JOINERS = frozenset(actor_words("body_remit_joiners"))
_ITEM_WORDS = 4  # the most words one item of a remit has (`foreign affairs`, `small and medium enterprises`)


def _remit(body: str) -> tuple[tuple[str, ...], list[tuple[str, ...]]] | None:
    """A state body's key split into its head (`ministry of`) and the runs of its remit between the words that
    join its items (`economy trade`, `industry`); None when it has no head or no remit."""
    words = body.split()
    end = next((k for k, w in enumerate(words) if w in _HEAD_ENDS), None)
    if end is None or end + 1 >= len(words):
        return None
    runs: list[tuple[str, ...]] = [()]
    for word in words[end + 1 :]:
        if word in _REMIT_JOINERS:
            runs.append(())
        else:
            runs[-1] += (word,)
    return tuple(words[: end + 1]), [run for run in runs if run]


def _join_remit_items(mentions: Sequence[Mention], groups: dict[str, Group]) -> None:
    """Move each state body named by one item of its remit (`Ministry of Trade`, `Commerce Ministry`) into the
    one body of the same state and head whose remit lists that item (`Ministry of Commerce and Industry`).
    Items are the runs of words between `and`s; a run is a list of several only where a name of the body
    writes commas (`Ministry of Economy, Trade and Industry`: `trade`; `Ministry of International Trade and
    Industry` lists `international trade`, not `trade`). An item two bodies of one state list joins neither.
    One pass indexes the items, one looks each body up."""
    listing: dict[tuple, set[str]] = defaultdict(set)  # (state, head, item) -> the bodies whose remit lists it
    for key, group in groups.items():
        remit = _remit(key.partition("/")[2]) if group.state and "/" in key else None
        if remit is None or len(remit[1]) < 2:
            continue
        head, runs = remit
        listed = any("," in mentions[i].name for i in group.members)
        for run in runs:
            for start in range(len(run) if listed else 1):
                for stop in range(start + 1, min(len(run), start + _ITEM_WORDS) + 1) if listed else (len(run),):
                    listing[group.state, head, run[start:stop]].add(key)
    for key, group in list(groups.items()):
        remit = _remit(key.partition("/")[2]) if group.members and group.state and "/" in key else None
        if remit is None or len(remit[1]) != 1:
            continue
        targets = listing.get((group.state, remit[0], remit[1][0]), set()) - {key}
        if len(targets) == 1:
            target = groups[targets.pop()]
            target.members = sorted(target.members + group.members)
            group.members = []


_GROUP_WORDS = frozenset(tuple(org_fold(w).split()) for w in actor_words("key_group_words"))


@lru_cache(maxsize=65536)
def bare_name(name: str) -> tuple[str, bool]:
    """A body's name without the legal forms and group words at its end, as a key without spaces (`S-Oil Corp.`
    and `S-OIL`: `soil`; `Fonterra Co-operative Group`: `fontera`), and whether any was dropped; "" for a state's
    body (`Ministry of Finance`), which only its state tells apart."""
    words = name.split()
    while len(words) > 1:
        stripped = without_legal_form(" ".join(words)).split()
        if len(stripped) < len(words):
            words = stripped
            continue
        last = next((n for n in (2, 1) if tuple(org_fold(" ".join(words[-n:])).split()) in _GROUP_WORDS), 0)
        first = tuple(org_fold(words[0]).split()) in _GROUP_WORDS  # `Grupo Bimbo`, `Groupe Renault`
        if last and last < len(words):
            words = words[:-last]
        elif first:
            words = words[1:]
        else:
            break
    key = body_key(" ".join(words))
    return ("" if key.generic else key.body.replace(" ", "")), len(words) < len(name.split())


def _join_name_forms(mentions: Sequence[Mention], groups: dict[str, Group]) -> None:
    """Move each group named with a legal form or a group word (`Sinohydro Corporation`, `MOL Group`, `Fiji Red
    Cross Society`) into the one group named without them (`Sinohydro`, `MOL`, `Fiji Red Cross`), when their
    states agree. Two names with two forms (`China Railway Corporation`, `China Railway Group`) are not joined
    through each other: they may be two companies. One pass indexes the bare names, one looks each name up."""
    bare_groups: dict[str, set[str]] = defaultdict(set)
    formed: list[tuple[str, str]] = []
    for key, group in groups.items():
        for name in {mentions[i].name for i in group.members}:
            bare, dropped = bare_name(name)
            if len(bare) < 2:
                continue
            if dropped:
                formed.append((key, bare))
            else:
                bare_groups[bare].add(key)
    for key, bare in formed:
        group = groups[key]
        targets = bare_groups.get(bare, set()) - {key}
        if not group.members or len(targets) != 1:
            continue
        target = groups[targets.pop()]
        if target.members and len(_states_of(mentions, group) | _states_of(mentions, target)) <= 1:
            target.members = sorted(target.members + group.members)
            group.members = []


def _states_of(mentions: Sequence[Mention], group: Group) -> set[str]:
    states = {mentions[i].country for i in group.members if mentions[i].country}
    return states | {group.state} if group.state else states


_PIECE = 3  # the fewest letters each word gives a contraction
# The most one-word names one set of first letters is compared with: a contraction must be the one name that
# fits, and a crowd of names sharing their first letters (a pathological corpus) would make the pass quadratic.
_BUCKET = 64


def _join_contractions(mentions: Sequence[Mention], groups: dict[str, Group]) -> None:
    """Move each group whose name of two words or more is spelled, word by word, by the beginnings of its
    words in a one-word name (`Petroliam Nasional Berhad`: `Petronas`; `Petroleo Brasileiro`: `Petrobras`)
    into the one group of that name. Names are looked up by their first letters (a bounded handful), not
    compared in pairs."""
    short: dict[str, set[str]] = defaultdict(set)  # a one-word name's first letters -> the groups of that name
    words_of: dict[str, str] = {}
    for key, group in groups.items():
        for name in {mentions[i].name for i in group.members}:
            word = ascii_fold(name)
            if name.isalpha() and name[0].isupper() and len(word) >= 2 * _PIECE:
                short[word[:_PIECE]].add(key)
                words_of.setdefault(key, word)
    for key, group in list(groups.items()):
        if not group.members or key in words_of:
            continue
        targets = set()
        for name in {mentions[i].name for i in group.members}:
            parts = [w for w in ascii_fold(without_legal_form(name)).split() if w not in JOINING_WORDS]
            if 2 <= len(parts) <= 4:
                bucket = short.get(parts[0][:_PIECE], ())
                if len(bucket) <= _BUCKET:
                    targets.update(t for t in bucket if t != key and _contraction(words_of[t], parts))
        if len(targets) == 1 and not (key in _known_by_id() and next(iter(targets)) in _known_by_id()):
            target = groups[targets.pop()]
            target.members = sorted(target.members + group.members)
            group.members = []


def _contraction(word: str, parts: list[str]) -> bool:
    """`word` is the beginnings of `parts` in order, each of at least `_PIECE` letters, and nothing else."""
    ends = {0}  # the lengths of `word` that the parts so far can spell
    for part in parts:
        ends = {end + n for end in ends for n in range(_PIECE, len(part) + 1) if word.startswith(part[:n], end)}
        if not ends:
            return False
    return len(word) in ends
