"""Keys that make two spellings of one name compare equal: persons' name words, organisations' bodies.

A person's key is the words of the name, transliterated to ASCII, folded, with honorifics, the article
`al-` and `bin` dropped, Urdu connectives glued to their word (`Anwaar-ul-Haq` = `Anwaarul Haq`), and each
word in its canonical spelling (`name_variants.csv`, then the transliteration rules of `name_spellings.csv`:
`Hassan` = `Hasan`, French `Souren Papikian` = `Suren Papikyan`).

An organisation's key says whether the name is a body of a state (`Foreign Office`, `Pakistani Ministry of
Commerce`, `Cancilleria chilena`, `ministere des Affaires etrangeres de l'Azerbaidjan`: generic, qualified by
the state, the body in English words) or a name of its own (`China Development Bank`, without a legal form:
`JSC Engurhesi` = `Engurhesi LLC`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz.distance import OSA

from pipelines.knowledge import city_countries, country_names, demonyms, fold
from pipelines.knowledge.actor_words import actor_word_map, actor_words, country_names_in, demonyms_in
from pipelines.knowledge.identity_tables import (
    body_states,
    body_synonyms,
    entity_aliases,
    government_heads,
    honorifics,
    name_spellings,
    name_variants,
    org_words_romance,
)

_DROPPED = {"al", "el", "bin", "ibn", "bint", "binti", "bte"}  # articles and `son of`: optional in a name
_DROPPED_INSIDE = {"ben"}  # French `bin` ("Hamad ben Khalifa"); first in a name, a given name ("Ben Cardin")
_GLUED = {"ul", "ud", "ur", "us", "un", "uz"}  # Urdu connectives: part of the word before them
JOINING_WORDS = frozenset(actor_words("name_joining_words"))
_SYLLABLE_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[a-z])")
# Words before a state named after its body, in English, Spanish, French and Portuguese (after elision: `de l`).
_STATE_PREPOSITIONS = sorted(
    ("of", "of the", "in", "in the", "de", "del", "de la", "de l", "du", "des", "d", "da", "do", "das", "dos"),
    key=lambda p: (-len(p), p),
)
# French and Italian elision (`l'Azerbaidjan`, `d'Italie`): the article is a word of its own in a body's name.
_ELISION = re.compile(r"\b([dlDL])['’](?=\w)")
ROMANCE_LANGUAGES = ("es", "fr", "pt")


def ascii_fold(text: str) -> str:
    """ASCII, case-folded, apostrophes removed, every other mark a space: `Erdoğan’s` -> `erdogans`."""
    text = fold(anyascii(text.translate(_ascii_letters())))
    text = re.sub(r"['`]", "", text)
    return " ".join(re.sub(r"[^a-z0-9&]+", " ", text).split())


@cache
def _ascii_letters() -> dict[int, str]:
    """`str.translate` table of the letters the press writes in ASCII otherwise than `anyascii` (`đ`: `dj`)."""
    return {ord(letter): ascii for letter, ascii in actor_word_map("ascii_letters").items()}


@cache
def _spelling_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in name_spellings())


def org_fold(text: str) -> str:
    """`ascii_fold` for an organisation's name, with an elided article a word of its own (`de l azerbaidjan`)."""
    return ascii_fold(_ELISION.sub(r"\1 ", text))


def _spelling_rules(word: str) -> str:
    for pattern, replacement in _spelling_patterns():
        word = pattern.sub(replacement, word)
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
    # a given name of syllables joined by hyphens is one word (`Zhang Wei-min`, `Lee Jae-myung`: `Weimin`)
    for word in ascii_fold(_SYLLABLE_HYPHEN.sub("", name)).split():
        if word in _GLUED and words:
            words[-1] += word
        elif word not in _DROPPED and not (words and word in _DROPPED_INSIDE):
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
    """Two canonical name words that are one word: equal, or long and one edit or swap apart (`Tokayev`, `Tokaev`),
    French `ch` read as English `sh` (`Choigou`, `Shoigu`). Only names of one country are compared so."""
    if a == b:
        return True
    short = min(len(a), len(b)) < 5
    a, b = _sound(a), _sound(b)
    if short or a[0] != b[0] or a + "a" == b or b + "a" == a:
        return False  # `Karimova` is not `Karimov`: a feminine surname is another person
    # one edit, or two letters swapped (`Khodjaev`, `Khodjave`): a slip of the keyboard or the transliterator
    return OSA.distance(a, b, score_cutoff=1) <= 1


def _sound(word: str) -> str:
    # Not in the key: English `ch` and `sh` are two names (`Chen`, `Shen`); a French text writes `ch` for `sh`.
    # Russian `х` is `kh` or `h` (`Kholmatov`, `Holmatov`; `Mikhail`, `Mihail`).
    return word.replace("kh", "h").replace("sh", "ch")


def skeleton(word: str) -> str:
    """A blocking key that most `same_word` pairs share: the first letter and the consonants after it but `h` and
    `w`, which a spelling adds or drops (`Khaja`, `Khwaja`)."""
    word = _sound(word)
    return word[0] + re.sub(r"[aeiouyhw]", "", word[1:])


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
def state_words() -> dict[str, str]:
    """Folded country names and demonyms, in English, Spanish, French and Portuguese -> ISO3, longest first
    (an English name wins over a word another language spells alike)."""
    words: dict[str, str] = {}
    for language in ROMANCE_LANGUAGES:
        words.update({org_fold(name): code for name, code in country_names_in(language).items()})
        words.update({org_fold(name): code for name, code in demonyms_in(language).items()})
    words.update({org_fold(name): code for name, code in country_names().items()})
    words.update({org_fold(name): code for name, code in demonyms().items()})
    return dict(sorted(words.items(), key=lambda item: (-len(item[0]), item[0])))


@cache
def _state_pattern() -> re.Pattern:
    """A state named before the body (`Pakistani Foreign Office`), after it (`Ministry of Finance of Peru`,
    `ministere des Finances du Perou`), or right after a Romance body's head word (`Cancilleria chilena`)."""
    names = "|".join(re.escape(name) for name in state_words() if name)
    of = "|".join(re.escape(word) for word in _STATE_PREPOSITIONS)
    forms = "|".join(
        sorted({re.escape(org_fold(form)) for form in actor_words("body_state_forms")}, key=lambda f: -len(f))
    )
    return re.compile(
        rf"^(?:the )?(?P<lead>{names})(?:s)? |(?: (?:{of}))(?: (?:{forms})(?: (?:{of}))?)? (?P<tail>{names})$"
        rf"|^\S+ (?P<mid>{names})(?= |$)"
    )


@cache
def _heads_pattern() -> re.Pattern:
    """The words that make a name a state's body, and their Spanish, French and Portuguese words
    (`ministerio`, `agence`: the word of `org_words_romance.csv` for a head)."""
    heads = set(government_heads())
    heads.update(org_fold(word) for _language, word, english in org_words_romance() if english in heads)
    return re.compile(rf"\b(?:{'|'.join(re.escape(h) for h in sorted(heads, key=lambda h: (-len(h), h)))})\b")


# a mission's seat at the end of its name, after a comma or a spaced dash
_SEAT_AT_END = re.compile(r"(?:,|[ \t]+[-–—])[ \t]+(?P<place>[^,\-–—]+)$")


@lru_cache(maxsize=65536)
def body_key(name: str, country: str | None = None) -> BodyKey:
    """The key of an organisation's name; `country` (the actor's) finds state-specific aliases."""
    folded = org_fold(name).replace(" & ", " and ")  # "Commerce & Industry" is "Commerce and Industry"
    folded = folded[4:] if folded.startswith("the ") else folded
    # "Embassy of India, Tokyo", "Royal Embassy of Saudi Arabia - Amman": a seat after a comma or a spaced dash is
    # the mission's place, as "in Tokyo" is
    seat = _SEAT_AT_END.search(name)
    if seat is not None:
        moved = org_fold(f"{name[: seat.start()]} in {seat.group('place')}").replace(" & ", " and ")
        moved = moved[4:] if moved.startswith("the ") else moved
        folded = moved if _mission_host().search(moved) else folded
    # "Israeli Embassy in Abu Dhabi": the state it is in tells one mission of a state from another
    host = _mission_host().search(folded)
    host_state = _place_states().get(host.group("place")) if host else None
    if host is not None:
        folded = folded[: host.start("in")]
    state = None
    found = _state_pattern().search(folded)
    if found is not None:
        named = found.group("lead") or found.group("tail") or found.group("mid")
        state = state_words()[named]
        start = found.start("mid") if found.group("mid") else found.start()
        folded = " ".join((folded[:start] + " " + folded[found.end() :]).split())
    # `Department of State` is the United States' in any article: its state is the name's own
    state = state or _state_bodies().get(folded)
    # a federation's word for its own bodies: `Federal Ministry of Finance` is the state's `Ministry of Finance`
    unfederal = " ".join(w for w in folded.split() if w not in _federal_words())
    if unfederal != folded and (unfederal in body_synonyms_folded() or _heads_pattern().search(unfederal)):
        folded = unfederal
    folded = _aliases().get((folded, state or country or ""), folded)
    ministry_of = re.fullmatch(r"(?P<what>[a-z ]+) ministry", folded)
    if folded not in body_synonyms_folded() and ministry_of:
        folded = f"ministry of {ministry_of.group('what')}"  # `Commerce Ministry` = `Ministry of Commerce`
    folded = body_synonyms_folded().get(folded, folded)
    generic = bool(folded) and (folded in _synonym_bodies() or _heads_pattern().search(folded) is not None)
    if generic and state is None and folded.split(maxsplit=1)[0] in _international_starts():
        generic = False  # `International Monetary and Financial Committee` is no state's committee
    if not generic:
        if _ACRONYM.fullmatch(name.strip()):  # `A.F.L.-C.I.O.` is `AFL-CIO`: an acronym's key is its letters
            return BodyKey(org_fold(name).replace(" ", ""), None, False)
        return BodyKey(org_words(org_fold(without_legal_form(name)).replace(" & ", " and ")), None, False)
    if host_state:
        folded = f"{folded} {host_state.lower()}"
    return BodyKey(org_words(folded), state, True, folded)


def any_states_body(name: str, country: str | None) -> bool:
    """A known body's name that any state's body may bear (`Board of Investment`, `Higher Education Commission`,
    `National Disaster Management Authority`): a generic body's key naming no state, made of head nouns,
    portfolios and connectors only, no word of its own (`Anadolu Agency`, `Suez Canal Authority` are brands)."""
    key = body_key(name, country)
    return key.generic and key.state is None and all(w in _any_states_words() for w in re.findall(r"[\w'’]+", name))


@cache
def _any_states_words() -> frozenset[str]:
    tables = ("org_heads", "office_fields", "connectors", "state_body_head_prefixes")
    return frozenset(word for table in tables for word in actor_words(table))


# A name written in capitals of at most three between dots, hyphens or an ampersand (`AFL-CIO`, `A.F.L.-C.I.O.`,
# `AT & T`); not `COCA-COLA` or `UN-HABITAT`, whose words are words.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{0,2}(?: ?[.&-]+ ?[A-Z0-9]{1,3})+\.?")


@cache
def _mission_host() -> re.Pattern[str]:
    """A mission's name with the place it serves in (`embassy of japan in kenya`, `ambassade de france au maroc`):
    its heads are `mission_bodies` and their Spanish, French and Portuguese words (`body_synonyms.csv`), the
    prepositions before its place `in` and `mission_place_words_romance` / `mission_city_words_romance`."""
    english = set(actor_words("mission_bodies"))
    heads = english | {org_fold(phrase) for phrase, body in body_synonyms().items() if body in english}
    places = {"in"} | {
        org_fold(w) for w in actor_words("mission_place_words_romance") + actor_words("mission_city_words_romance")
    }
    return re.compile(
        rf"\b(?:{'|'.join(sorted(map(re.escape, heads), key=len, reverse=True))})"
        r"(?: (?:of|de|du|da|do)(?: the| la| l)? [a-z ]+?)?"
        rf"(?P<in> (?:{'|'.join(sorted(map(re.escape, places)))})(?: the)? )(?P<place>[a-z ]+)$"
    )


@cache
def _place_states() -> dict[str, str]:
    """Folded state names, demonyms and cities -> ISO3 (a city whose name is a state's stays that state)."""
    places = {org_fold(name): code for name, code in city_countries().items()}
    places.update(state_words())
    return places


@cache
def _federal_words() -> frozenset[str]:
    return frozenset(org_fold(word) for word in actor_words("federal_words"))


@cache
def _international_starts() -> frozenset[str]:
    return frozenset(org_fold(word) for word in actor_words("international_name_starts"))


@cache
def _state_bodies() -> dict[str, str]:
    return {org_fold(phrase): state for phrase, state in body_states().items()}


@cache
def _aliases() -> dict[tuple[str, str], str]:
    return {(org_fold(alias), code): org_fold(canonical) for (alias, code), canonical in entity_aliases().items()}


@cache
def body_synonyms_folded() -> dict[str, str]:
    """`body_synonyms.csv` with both sides folded."""
    return {org_fold(phrase): org_fold(body) for phrase, body in body_synonyms().items()}


@cache
def _synonym_bodies() -> frozenset[str]:
    """The bodies `body_synonyms.csv` names: every state has one (`congress` alone, not `World Youth Congress`)."""
    return frozenset(body_synonyms_folded().values())


@cache
def _legal_forms() -> frozenset[tuple[str, ...]]:
    """A company's legal form before or after its name (`JSC`, `Ltd`, `S.A.`), as folded words."""
    forms = (*actor_words("legal_forms"), *actor_words("company_prefixes"), *actor_words("key_legal_forms"))
    return frozenset(tuple(org_fold(form).split()) for form in forms if org_fold(form))


@cache
def _dotless_legal_forms() -> frozenset[str]:
    """The legal forms written without their dots (`QSC`, `SAOG`): `Q.S.C.` is `QSC`."""
    forms = (*actor_words("legal_forms"), *actor_words("company_prefixes"), *actor_words("key_legal_forms"))
    return frozenset(org_fold(form.replace(".", "")) for form in forms if org_fold(form.replace(".", "")))


def _is_legal_form(word: str) -> bool:
    """A word that is a legal form as written, or, written with dots, without them (`Q.S.C.`, `P.J.S.C.`)."""
    if tuple(org_fold(word).split()) in _legal_forms():
        return True
    return "." in word and org_fold(word.replace(".", "")) in _dotless_legal_forms()


def without_legal_form(name: str) -> str:
    """A company's name as written without its legal form at either end (`JSC Kartveli Hydro LLC`,
    `Hyundai Rotem Co., Ltd.` -> `Kartveli Hydro`, `Hyundai Rotem`)."""
    words = name.replace(",", " ").split()
    while len(words) > 1:
        if _is_legal_form(words[-1]):
            words.pop()
        elif _is_legal_form(words[0]):
            words.pop(0)
        else:
            break
    return " ".join(words) if len(words) < len(name.replace(",", " ").split()) else name


def org_words(folded: str) -> str:
    """Words of an organisation's name in one spelling and number (`Organisations` = `organization`)."""
    # the plural goes before the spelling rules: `railways` and `railway` are spelled alike only then
    singular = (w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in folded.split())
    return " ".join(spelling(w) for w in singular if w != "the")


@lru_cache(maxsize=65536)
def initials(name: str) -> frozenset[str]:
    """Acronyms a name may go by: initials of every word, and of the words that join none (`of`, `and`, `et`...);
    an elided article is a word of its own (`de l'électricité`: `de`, `l`, `electricite`)."""
    words = ascii_fold(_ELISION.sub(r"\1 ", name)).split()
    if len(words) < 2:
        return frozenset()
    return frozenset({"".join(w[0] for w in words), "".join(w[0] for w in words if w not in JOINING_WORDS)})
