"""Keys that make two spellings of one name compare equal: persons' name words, organisations' bodies.

A person's key is the words of the name, transliterated to ASCII, folded, with honorifics, the article
`al-` and `bin` dropped, Urdu connectives glued to their word (`Anwaar-ul-Haq` = `Anwaarul Haq`), and each
word in its canonical spelling (`name_variants.csv`, then a few spelling rules: `Hassan` = `Hasan`).

An organisation's key says whether the name is a body of a state (`Foreign Office`, `Pakistani Ministry of
Commerce`: generic, qualified by the state) or a name of its own (`China Development Bank`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from pipelines.knowledge import city_countries, country_names, demonyms, fold
from pipelines.knowledge.identity_tables import (
    body_synonyms,
    entity_aliases,
    government_heads,
    honorifics,
    name_variants,
)

_DROPPED = {"al", "el", "bin", "ibn", "bint", "binti", "bte"}  # articles and `son of`: optional in a name
_GLUED = {"ul", "ud", "ur", "us", "un", "uz"}  # Urdu connectives: part of the word before them
_SPELLING = ((r"ee", "i"), (r"oo", "u"), (r"ou", "u"), (r"ph", "f"), (r"ck", "k"), (r"q", "k"), (r"(.)\1", r"\1"))
_STOP = {"of", "the", "and", "for", "&", "on", "in", "de"}


def ascii_fold(text: str) -> str:
    """ASCII, case-folded, apostrophes removed, every other mark a space: `Erdoğan’s` -> `erdogans`."""
    text = fold(anyascii(text))
    text = re.sub(r"['`]", "", text)
    return " ".join(re.sub(r"[^a-z0-9&]+", " ", text).split())


def _spelling_rules(word: str) -> str:
    for pattern, replacement in _SPELLING:
        word = re.sub(pattern, replacement, word)
    return word


@cache
def _variants() -> dict[str, str]:
    """Each variant and canonical spelling, after the spelling rules, -> the canonical one after them."""
    out = {_spelling_rules(c): _spelling_rules(c) for c in name_variants().values()}
    out.update({_spelling_rules(v): _spelling_rules(c) for v, c in name_variants().items()})
    return out


@lru_cache(maxsize=65536)
def spelling(word: str) -> str:
    """The canonical spelling of one folded name word: `mohammed` -> `muhamad`, `hassan` -> `hasan`."""
    ruled = _spelling_rules(word)
    return _variants().get(ruled, ruled)


@lru_cache(maxsize=65536)
def person_key(name: str) -> tuple[str, ...]:
    """The words of a person's name in canonical spelling, in order, without honorifics."""
    words: list[str] = []
    for word in ascii_fold(name).split():
        if word in _GLUED and words:
            words[-1] += word
        elif word not in _DROPPED:
            words.append(word)
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        for honorific in honorifics():
            # Two words must remain: `Sheikh Hasina` is her name, `Sheikh Tamim bin Hamad` a title and a name.
            if tuple(words[: len(honorific)]) == honorific and len(words) >= len(honorific) + 2:
                words = words[len(honorific) :]
                stripped = True
                break
    return tuple(spelling(w) for w in words)


def same_word(a: str, b: str) -> bool:
    """Two canonical name words that are one word: equal, or long and one edit apart (`Tokayev`, `Tokaev`)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0] or a + "a" == b or b + "a" == a:
        return False  # `Karimova` is not `Karimov`: a feminine surname is another person
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def skeleton(word: str) -> str:
    """A blocking key that most `same_word` pairs share: the first letter and the consonants after it."""
    return word[0] + re.sub(r"[aeiouy]", "", word[1:])


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Every word of `shorter` is a word of `longer` (each used once)."""
    left = list(longer)
    for word in shorter:
        found = next((i for i, other in enumerate(left) if same_word(word, other)), None)
        if found is None:
            return False
        left.pop(found)
    return True


@dataclass(frozen=True, slots=True)
class BodyKey:
    """An organisation's name as a key: `body` (folded), the `state` the name itself names, and whether the
    name is generic (a body any state has, which only its state tells apart)."""

    body: str
    state: str | None
    generic: bool
    label: str = ""  # generic bodies: the body's name without its state (`ministry of foreign affairs`)


@cache
def _state_words() -> dict[str, str]:
    """Folded country names and demonyms -> ISO3, longest first."""
    words = {ascii_fold(name): code for name, code in country_names().items()}
    words.update({ascii_fold(name): code for name, code in demonyms().items()})
    return dict(sorted(words.items(), key=lambda item: (-len(item[0]), item[0])))


@cache
def _state_pattern() -> re.Pattern:
    names = "|".join(re.escape(name) for name in _state_words() if name)
    return re.compile(rf"^(?:the )?(?P<lead>{names})(?:s)? |(?: of| of the| in| in the) (?P<tail>{names})$")


@cache
def _heads_pattern() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(re.escape(h) for h in government_heads())})\b")


@lru_cache(maxsize=65536)
def body_key(name: str, country: str | None = None) -> BodyKey:
    """The key of an organisation's name; `country` (the actor's) finds state-specific aliases."""
    folded = ascii_fold(name).replace(" & ", " and ")  # "Commerce & Industry" is "Commerce and Industry"
    folded = folded[4:] if folded.startswith("the ") else folded
    # "Israeli Embassy in Abu Dhabi": the state it is in tells one mission of a state from another
    host = _MISSION_HOST.search(folded)
    host_state = _place_states().get(host.group("place")) if host else None
    if host is not None:
        folded = folded[: host.start("in")]
    state = None
    found = _state_pattern().search(folded)
    if found is not None:
        state = _state_words()[found.group("lead") or found.group("tail")]
        folded = (folded[: found.start()] + " " + folded[found.end() :]).strip()
    folded = _aliases().get((folded, state or country or ""), folded)
    ministry_of = re.fullmatch(r"(?P<what>[a-z ]+) ministry", folded)
    if folded not in body_synonyms_folded() and ministry_of:
        folded = f"ministry of {ministry_of.group('what')}"  # `Commerce Ministry` = `Ministry of Commerce`
    folded = body_synonyms_folded().get(folded, folded)
    generic = bool(folded) and _heads_pattern().search(folded) is not None
    if not generic:
        return BodyKey(_org_words(ascii_fold(name)), None, False)
    if host_state:
        folded = f"{folded} {host_state.lower()}"
    return BodyKey(_org_words(folded), state, True, folded)


_MISSION_HOST = re.compile(
    r"\b(?:embassy|consulate|consulate general|high commission|mission)(?: of (?:the )?[a-z ]+?)?"
    r"(?P<in> in (?:the )?)(?P<place>[a-z ]+)$"
)


@cache
def _place_states() -> dict[str, str]:
    """Folded state names, demonyms and cities -> ISO3 (a city whose name is a state's stays that state)."""
    places = {ascii_fold(name): code for name, code in city_countries().items()}
    places.update(_state_words())
    return places


@cache
def _aliases() -> dict[tuple[str, str], str]:
    return {(ascii_fold(alias), code): ascii_fold(canonical) for (alias, code), canonical in entity_aliases().items()}


@cache
def body_synonyms_folded() -> dict[str, str]:
    """`body_synonyms.csv` with both sides folded."""
    return {ascii_fold(phrase): ascii_fold(body) for phrase, body in body_synonyms().items()}


def _org_words(folded: str) -> str:
    """Words of an organisation's name in one spelling and number (`Organisations` = `organization`)."""
    words = (spelling(w) for w in folded.split() if w not in ("the",))
    return " ".join(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words)


@lru_cache(maxsize=65536)
def initials(name: str) -> frozenset[str]:
    """Acronyms a name may go by: initials of every word, and of the words that are not `of`, `and`..."""
    words = ascii_fold(name).split()
    if len(words) < 2:
        return frozenset()
    return frozenset({"".join(w[0] for w in words), "".join(w[0] for w in words if w not in _STOP)})
