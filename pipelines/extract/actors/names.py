"""Shaping what the rules matched into a person's name and an office."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.lexicon import (
    COUNTRY,
    DEMONYM,
    LEADING_TITLES,
    NAME_LINK,
    NAME_PARTICLE,
    NOT_NAME_HEADS,
    NOT_NAME_WORDS,
    NOT_ORG_WORDS,
    NOT_PERSON_ANYWHERE,
    OFFICE_FIELDS,
    ORG_HEADS,
    RANK_ROLES,
    ROLE_ABBREVIATIONS,
    ROLE_FIELD,
    ROLE_HEAD,
)
from pipelines.knowledge import country_names, demonyms, office_holder_names, office_holders_by_surname
from pipelines.knowledge.actor_words import actor_words

ROLE_WORD = re.compile(rf"\b(?:{ROLE_HEAD})\b")
# A word of an office: a portfolio or a head ("Raksha Mantri" names an office, not a person)
_OFFICE_WORD = re.compile(rf"(?:{ROLE_FIELD}|{ROLE_HEAD})")
_ROLE_OF_COUNTRY = re.compile(rf"\s+(?:of|to|from)\s+(?:the\s+)?(?:{COUNTRY})$")
_ROLE_COUNTRY_FIRST = re.compile(rf"^(?:{COUNTRY}|{DEMONYM})(?:['’]s)?\s+")
_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(map(re.escape, ROLE_ABBREVIATIONS))})(?!\w)")
_KOREAN_SURNAMES = frozenset(actor_words("korean_surnames"))
_WORD_SURNAMES = frozenset(actor_words("sentence_word_surnames"))
_GIVEN_NAME_PARTICLES = frozenset(("bin", "bint", "ibn"))
_HONORIFICS = frozenset(actor_words("honorifics"))
POST_NOMINALS = frozenset(actor_words("post_nominals"))
_OFFICE_MODIFIERS = frozenset(actor_words("role_modifiers")) | frozenset(actor_words("office_ordinals"))
_REGIONS = frozenset(actor_words("region_names"))
_CLAUSE_OPENERS = frozenset(actor_words("clause_openers"))
_DETERMINERS = frozenset(w[:1].upper() + w[1:] for w in actor_words("determiners_romance"))
_FORMER = re.compile(r"^(?:then-|former\s+|Former\s+)")


def clean_role(role: str) -> str:
    """An office as said without its state or tense: `Pakistan's former PM` -> `Prime Minister`."""
    role = _ROLE_OF_COUNTRY.sub("", role)
    role = _ROLE_COUNTRY_FIRST.sub("", role)  # the role is said without the state
    role = _ABBREVIATION.sub(lambda m: ROLE_ABBREVIATIONS[m.group()], role)
    role = _FORMER.sub("", role)
    role = _ROLE_COUNTRY_FIRST.sub("", role)  # "former Cuban leader": the state after the tense too
    return " ".join(role.split()).strip(" ,")


def _korean_last_syllable(kept: list[str], token: str) -> bool:
    """`Moon Jae` + `In`: a Korean name's third syllable, though it looks like a sentence word."""
    return len(kept) == 2 and kept[0] in _KOREAN_SURNAMES and len(token) <= 3 and token.istitle()


def _surname_like_a_word(token: str, kept: list[str], following: list[str]) -> bool:
    """`He` + `Lifeng`: a family name that is also a sentence word, first in a name that goes on."""
    return token in _WORD_SURNAMES and not kept and bool(following) and following[0] not in NOT_NAME_WORDS


def _state_named_surname(token: str, kept: list[str], last: bool, name: str) -> bool:
    """`Siniša` + `Mali`, `Luís` + `Montenegro`: a surname that is a state's name, closing a name of a given name and
    itself (no possessive: "NAME Pakistan's" is no surname), not a word of a sentence."""
    return (
        last
        and len(kept) == 1
        and token in country_names()
        and token not in NOT_NAME_WORDS
        and not re.search(r"['’]s?$", name)
        and not re.fullmatch(NAME_LINK, kept[0])
        and not office_holders_by_surname(kept[0])  # "President Erdogan Turkey": a known surname, then the state
        and kept[0] not in _DETERMINERS  # "Le Nigeria, premier partenaire": an article before the state
    )


def _hyphenated_title(token: str) -> bool:
    """`Vice-President`, `Deputy-Governor`, `Acting-Chairman`: an office's modifier joined to a title by a hyphen."""
    first, _, rest = token.partition("-")
    return bool(rest) and first in _OFFICE_MODIFIERS and rest.title() in LEADING_TITLES


@cache
def _known_holder_names() -> frozenset[str]:
    """The names of the office holders the knowledge base knows (`office_holders.csv`)."""
    return frozenset(name for name, _ in office_holder_names())


def trim_name(name: str) -> str:
    """The name in what a pattern matched, without titles, or "" when it is an office or a body."""
    tokens = [re.sub(r"['’]s$", "", t) for t in name.split()]
    # a Korean family name that is also a place word opens a name ("Park Geun-hye", not "Olympic Park")
    surname_first = len(tokens) > 1 and tokens[0] in _KOREAN_SURNAMES
    blocking = NOT_ORG_WORDS | ORG_HEADS | NOT_NAME_HEADS | NOT_PERSON_ANYWHERE
    if set(tokens[surname_first:]) & blocking or set(tokens) <= OFFICE_FIELDS:
        return ""
    # "Senator A B, chairman of ...": the name is A B; "the Prime Minister, Ministers and ...": no name
    while tokens and (
        tokens[0] in LEADING_TITLES or tokens[0].removesuffix("s") in LEADING_TITLES or _hyphenated_title(tokens[0])
    ):
        if len(tokens) > 1 and tokens[1] in _GIVEN_NAME_PARTICLES:
            break  # "Sultan bin Khalid": a given name before `bin`, not a title
        tokens.pop(0)
    # "Attorney General A B, Secretary of ...": an office of two words and its holder, not a name before an office
    if len(tokens) > 2 and (tokens[1] in LEADING_TITLES or ROLE_WORD.fullmatch(f"{tokens[0]} {tokens[1]}")):
        return ""
    while len(tokens) > 2 and tokens[0] in _CLAUSE_OPENERS:  # "When NAME, the interim president"
        tokens.pop(0)
    tokens = _from_inner_honorific(tokens)
    # "Tan Sri NAME" after a rank, "Director for West Africa NAME": an honorific or a place before the name
    while len(tokens) > 2 and (" ".join(tokens[:2]) in _HONORIFICS or tokens[0] in _HONORIFICS):
        tokens = tokens[2:] if " ".join(tokens[:2]) in _HONORIFICS else tokens[1:]
    while len(tokens) > 2 and (tokens[0] in _REGIONS or tokens[0] in country_names()):
        tokens.pop(0)
    kept = []
    # a known office holder's whole name keeps its words that are sentence words too ("Theresa May", "Said Musa")
    known = " ".join(tokens) in _known_holder_names()
    for i, token in enumerate(tokens):
        after_particle = bool(kept) and re.fullmatch(NAME_LINK, kept[-1])  # "bin Said": a name, not "said"
        if (
            not known
            and not after_particle
            and not _korean_last_syllable(kept, token)
            and not _surname_like_a_word(token, kept, tokens[i + 1 : i + 2])
            and not _state_named_surname(token, kept, i == len(tokens) - 1, name)
            and (token in NOT_NAME_WORDS or token.rstrip("’'s") in country_names() or token in demonyms())
        ):
            break
        kept.append(token)
    while kept and re.fullmatch(NAME_PARTICLE, kept[-1]):  # a father's-name marker may end a name ("NAME uulu")
        kept.pop()
    kept = kept[: len(kept) - post_nominals_at_end(kept)]
    if kept and all(word in _OFFICE_MODIFIERS for word in kept):
        return ""  # "First, Minister of Economy NAME", "Crown Prince, Second Deputy Premier": an office's first word
    return "" if set(kept) <= OFFICE_FIELDS or all(_OFFICE_WORD.fullmatch(w) for w in kept) else " ".join(kept)


def post_nominals_at_end(words: list[str]) -> int:
    """How many of the name's last words are letters of an order, a seat or a degree ("Catriona Laing CB",
    "NAME KCMG", "NAME MP"): never part of the name; two words of a name stay."""
    count = 0
    while len(words) - count > 2 and words[-1 - count] in POST_NOMINALS:
        count += 1
    return count


def _from_inner_honorific(tokens: list[str]) -> list[str]:
    """`Defence Datuk A B`: what stands before an honorific followed by two words or more ends an office."""
    for i in range(1, len(tokens) - 2):
        width = 2 if " ".join(tokens[i : i + 2]) in _HONORIFICS else 1 if tokens[i] in _HONORIFICS else 0
        if width and len(tokens) - i - width >= 2:
            return tokens[i:]
    return tokens


def is_rank(role: str | None) -> bool:
    """A military rank taken for an office (`General`): an office the article gives the person elsewhere wins."""
    return bool(role) and role in RANK_ROLES


def title_inside(literal: str) -> str | None:
    """The office a matched name starts with (`President` in `President Macron`), if any; not a rank."""
    tokens = literal.split()
    head = []
    while tokens and tokens[0] in LEADING_TITLES:
        head.append(tokens.pop(0))
    title = " ".join(head)
    return title if head and ROLE_WORD.fullmatch(title) and not is_rank(title) else None
