"""The state of an office that a province, a federated state, a region or a city holds, or that a capital stands
for: the state that place belongs to.

"Sarawak Chief Minister NAME" serves Malaysia, "Lagos State Governor NAME" Nigeria, "the Sindh provincial minister
for energy, NAME" Pakistan, "El gobernador de Mendoza, NAME" Argentina, "Governor NAME of New York" the United
States, "Karachi Mayor NAME" Pakistan, and "Riyadh's envoy to Kenya, NAME" Saudi Arabia (a capital's possessive
is its state's), whatever states the article names more. A name that several states' provinces share (`Punjab`:
India's and Pakistan's) is the one of those states the article names, else it says nothing.
"""

from __future__ import annotations

import re

from pipelines.knowledge import city_countries, country_names, demonyms, subdivision_states
from pipelines.knowledge.actor_words import actor_words

_KIND_WORDS = frozenset(actor_words("province_kind_words"))
# "Victoria Premier NAME" is Australia's, not the Seychelles' capital's: a city that is also a given name says nothing
_CITIES_NAMED_OTHERWISE = frozenset(actor_words("given_names_of_places"))
_MOST_WORDS = 5  # "Santa Cruz de Tenerife": the longest province names news writes before an office
_BEFORE_REACH = 60
_TRAILING_PUNCTUATION = ',;:.!?)"”»'
_POSSESSIVE = re.compile(r"['’]s?$")
_PLACE_ADJECTIVE = re.compile(r"[a-z]an$")  # a province's name and an "n": Bavaria-n, Tasmania-n, Alberta-n
# "governor of Mendoza", "gouverneur du Katanga", "governador do Estado de Minas Gerais": the province after a
# preposition in the office, or after the name ("Governor NAME of New York")
_OF_PLACE = re.compile(
    r"(?<![\w-])(?:of|de|du|da|do|del)\s+(?:(?:the|la|le|l['’]|el|o|a)\s*)?"
    r"(?:(?:[Pp]rovince|[Ss]tate|[Pp]rovincia|[Ee]stado|[Pp]rovíncia|[Rr]égion|[Rr]egion)\s+(?:of|de|du|da|do|del)\s+)?"
    r"(?P<run>[A-ZÀ-Þ][^\s,;:()]*(?:[ \t]+[^\s,;:()]+){0,4})"
)


def place_office_state(
    text: str, start: int, name: tuple[int, int], named: frozenset[str], cities: bool = True
) -> str | None:
    """The state whose province or city an office names: the capitalised words right before the office (which
    opens at `start`) or a possessive opening it, a province's name or adjective opening the title ("Western
    Australian Premier"), a place after `of` in the office, or right after the name; `named`: the states the article
    names; `cities`: whether a city's office counts (else provinces' alone)."""
    state = _state_of_words(_words_before_office(text, start, name), named, from_end=True, cities=cities)
    if state:
        return state
    before = _run_before(text[max(0, start - _BEFORE_REACH) : start])
    state = _province_opening([*before, *text[start : name[0]].split()], named)
    if state:
        return state
    title = _OF_PLACE.search(text, start, name[0])
    after = _OF_PLACE.match(text, name[1] + 1) if text.startswith(" of ", name[1]) else None
    for found in (title, after):
        if found:
            state = _state_of_words(found.group("run").split(), named, from_end=False, cities=cities)
            if state:
                return state
    return _apposed_place_state(text, name[1], named, cities)


# "NAME, Alberta's Minister of Economic Development," "NAME, the Premier of Western Australia,", "NAME, gobernador de
# Mendoza,": an office apposed after the name, up to the clause's end, that opens with a place's possessive or names
# the place after `of` (a lower-case office of a word or two, then its `of`)
_APPOSED = re.compile(
    r",[ \t]+(?:(?:the|el|la|le|o|a)[ \t]+)?"
    r"(?P<office>(?:[A-ZÀ-Þ]|[a-zà-ÿ][\w-]*(?:[ \t]+[a-zà-ÿ][\w-]*)?[ \t]+(?:of|de|du|da|do|del)[ \t])"
    r"[^,;:()\n.!?]{2,90})"
)
_POSSESSOR = re.compile(r"(?P<run>[A-ZÀ-Þ][\w.-]*(?:[ \t]+[A-ZÀ-Þ][\w.-]*){0,4})['’]s?[ \t]+[A-Za-z]")


def _apposed_place_state(text: str, end: int, named: frozenset[str], cities: bool) -> str | None:
    """The state of the province or city an office apposed after the name holds ("NAME, Alberta's Minister of
    Economic Development", "NAME, Premier of Western Australia")."""
    apposed = _APPOSED.match(text, end)
    if apposed is None:
        return None
    office = apposed.group("office")
    owner = _POSSESSOR.match(office)
    if owner:
        return _state_of_words(owner.group("run").split(), named, from_end=True, cities=cities)
    place = _OF_PLACE.search(office)
    while place:  # "Minister of Economic Development of Alberta": each `of` in turn, the later ones inside a run too
        state = _state_of_words(place.group("run").split(), named, from_end=False, cities=cities)
        if state:
            return state
        place = _OF_PLACE.search(office, place.end("run") - len(place.group("run")) + 1)
    return None


def _province_opening(title: list[str], named: frozenset[str]) -> str | None:
    """The state of the first and longest province whose name or adjective is a run of a title's capitalised
    words, with an office's words after it ("Western Australian Premier", "West Bengal Chief Minister")."""
    words = [word.rstrip(_TRAILING_PUNCTUATION) for word in title[: 2 * _MOST_WORDS]]
    capitalised = len(words)
    for at, word in enumerate(words):
        if not word[:1].isupper():
            capitalised = at
            break
    for first in range(capitalised - 1):
        for last in range(min(capitalised - 1, first + _MOST_WORDS), first, -1):
            phrase = " ".join(words[first:last])
            if phrase in demonyms() or phrase in country_names():
                continue  # "Somali Petroleum Minister": the state's demonym, not Ethiopia's Somali Region
            adjective = _PLACE_ADJECTIVE.search(phrase)
            states = subdivision_states().get(phrase) or (adjective and subdivision_states().get(phrase[:-1]))
            if states:
                return _one_state(states, named)
    return None


def _words_before_office(text: str, start: int, name: tuple[int, int]) -> list[str]:
    """The capitalised words before an office, with those of the title up to a possessive ("Riyadh's envoy",
    "Abu Dhabi's ruler") or a province's kind word ("Lagos State Governor") that open it."""
    run = _run_before(text[max(0, start - _BEFORE_REACH) : start])
    title = text[start : name[0]].split()[:_MOST_WORDS]
    for at, word in enumerate(title):
        if not word[0].isupper():
            break
        if _POSSESSIVE.search(word):
            return [*run, *title[:at], _POSSESSIVE.sub("", word)]
    if run and title and title[0] in _KIND_WORDS:
        run.append(title[0])
    return run


def _run_before(before: str) -> list[str]:
    """The capitalised words that end the text before an office, on its line and after its last punctuation."""
    if not before.endswith((" ", "\t")):
        return []
    words = before.rsplit("\n", 1)[-1].split()
    run: list[str] = []
    for word in reversed(words):
        if not word[0].isupper() or word[-1] in _TRAILING_PUNCTUATION or len(run) == _MOST_WORDS:
            break
        run.insert(0, word)
    if run:
        run[-1] = _POSSESSIVE.sub("", run[-1])  # "Sarawak's Chief Minister"
    return run


def _state_of_words(words: list[str], named: frozenset[str], from_end: bool, cities: bool = True) -> str | None:
    """The state of the longest province or city name the words end with (before an office) or open with (after
    `of`)."""
    kept = words[-_MOST_WORDS:] if from_end else words[:_MOST_WORDS]
    words = [word.rstrip(_TRAILING_PUNCTUATION) for word in kept]
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[-size:] if from_end else words[:size])
        # "Bavarian Minister-President", "Tasmanian Premier": a place's adjective before an office is the place's
        adjective = from_end and _PLACE_ADJECTIVE.search(phrase)
        states = subdivision_states().get(phrase) or (adjective and subdivision_states().get(phrase[:-1]))
        city = city_countries().get(phrase) if cities and phrase not in _CITIES_NAMED_OTHERWISE else None
        if states and city is not None and city not in states:
            # "deputy mayor of Jerusalem", "alcaldesa de Mérida": a city of one state and a province of another are
            # told apart by the state the article names
            return _one_state(states | {city}, named)
        if states:
            return _one_state(states, named)
        if city is not None:
            return city
    return None


def _one_state(states: frozenset[str], named: frozenset[str]) -> str | None:
    """A province's state: its only one, else the one of them the article names."""
    if len(states) == 1:
        return next(iter(states))
    mentioned = states & named
    return next(iter(mentioned)) if len(mentioned) == 1 else None
