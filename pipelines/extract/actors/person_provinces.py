"""The state of an office that a province, a federated state or a region holds: the state that province belongs to.

"Sarawak Chief Minister NAME" serves Malaysia, "Lagos State Governor NAME" Nigeria, "the Sindh provincial minister
for energy, NAME" Pakistan, "El gobernador de Mendoza, NAME" Argentina, "Governor NAME of New York" the United
States, whatever states the article names more. A name that several states' provinces share (`Punjab`: India's and
Pakistan's) is the one of those states the article names, else it says nothing.
"""

from __future__ import annotations

import re

from pipelines.knowledge import subdivision_states
from pipelines.knowledge.actor_words import actor_words

_KIND_WORDS = frozenset(actor_words("province_kind_words"))
_MOST_WORDS = 5  # "Santa Cruz de Tenerife": the longest province names news writes before an office
_BEFORE_REACH = 60
_TRAILING_PUNCTUATION = ',;:.!?)"”»'
_POSSESSIVE = re.compile(r"['’]s?$")
# "governor of Mendoza", "gouverneur du Katanga", "governador do Estado de Minas Gerais": the province after a
# preposition in the office, or after the name ("Governor NAME of New York")
_OF_PROVINCE = re.compile(
    r"(?<![\w-])(?:of|de|du|da|do|del)\s+(?:(?:the|la|le|l['’]|el|o|a)\s*)?"
    r"(?:(?:[Pp]rovince|[Ss]tate|[Pp]rovincia|[Ee]stado|[Pp]rovíncia|[Rr]égion|[Rr]egion)\s+(?:of|de|du|da|do|del)\s+)?"
    r"(?P<run>[A-ZÀ-Þ][^\s,;:()]*(?:[ \t]+[^\s,;:()]+){0,4})"
)


def province_state(text: str, start: int, name: tuple[int, int], named: frozenset[str]) -> str | None:
    """The state whose province an office names: the capitalised words right before the office (which opens at
    `start`), a province after `of` in the office, or right after the name; `named`: the states the article names."""
    run = _run_before(text[max(0, start - _BEFORE_REACH) : start])
    first = text[start : name[0]].split(maxsplit=1)[:1]
    if run and first and first[0] in _KIND_WORDS:  # "Lagos State Governor": the office opens with the kind
        run.append(first[0])
    state = _state_of_words(run, named, from_end=True)
    if state:
        return state
    title = _OF_PROVINCE.search(text, start, name[0])
    after = _OF_PROVINCE.match(text, name[1] + 1) if text.startswith(" of ", name[1]) else None
    for found in (title, after):
        if found:
            state = _state_of_words(found.group("run").split(), named, from_end=False)
            if state:
                return state
    return None


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


def _state_of_words(words: list[str], named: frozenset[str], from_end: bool) -> str | None:
    """The state of the longest province name the words end with (before an office) or open with (after `of`)."""
    words = [word.rstrip(_TRAILING_PUNCTUATION) for word in words[:_MOST_WORDS]]
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[-size:] if from_end else words[:size])
        states = subdivision_states().get(phrase)
        if states:
            return _one_state(states, named)
    return None


def _one_state(states: frozenset[str], named: frozenset[str]) -> str | None:
    """A province's state: its only one, else the one of them the article names."""
    if len(states) == 1:
        return next(iter(states))
    mentioned = states & named
    return next(iter(mentioned)) if len(mentioned) == 1 else None
