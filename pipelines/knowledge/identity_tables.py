"""Tables that decide when two names are one actor across articles.

`name_variants.csv`: spellings of one name word (transliterations, British and American forms), each
mapped to one canonical spelling. `name_spellings.csv`: spelling rules that make the transliterations of
one sound compare equal (French `ou` and English `u`), applied in order. `honorifics.csv`: words before a
person's name that are not part of it.
`body_synonyms.csv`: names of a state's body that mean the same body (`Foreign Office`, `Foreign
Ministry`). `government_heads.csv`: words that make an organisation's name generic, a body of its state
(`Ministry`, `Embassy`). `entity_aliases.csv`: other names of one state's body (`Ministry of Economic
Affairs` in Pakistan is its Economic Affairs Division). `org_words_romance.csv`: the English word for a
Spanish, French or Portuguese word of an organisation's name (`desarrollo`, `developpement` -> `development`).
`state_languages.csv`: the states whose press writes in Spanish, French or Portuguese.
`body_states.csv`: a body's name that only one state gives its body (`State Department`: the United States'),
whatever state the article is about. `body_holders.csv`: a body's name that only some states give a body
(`Congress`), those states, and the state it names where an article names none of them.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files(__package__).joinpath(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def name_variants() -> dict[str, str]:
    """A spelling of a name word (folded) -> its canonical spelling (`mohammed` -> `muhammad`)."""
    return {row["variant"]: row["canonical"] for row in _rows("name_variants.csv")}


@cache
def name_spellings() -> tuple[tuple[str, str], ...]:
    """(regular expression, replacement) pairs, in the file's order: each rule sees the last one's output."""
    return tuple((row["pattern"], row["replacement"]) for row in _rows("name_spellings.csv"))


@cache
def honorifics() -> tuple[tuple[str, ...], ...]:
    """Honorifics as folded word tuples, longest first (`datuk seri` before `datuk`)."""
    words = {tuple(row["honorific"].split()) for row in _rows("honorifics.csv")}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def body_synonyms() -> dict[str, str]:
    """A generic body's phrase (folded, without its state) -> the body it names."""
    return {row["phrase"]: row["body"] for row in _rows("body_synonyms.csv")}


@cache
def body_states() -> dict[str, str]:
    """A generic body's phrase (folded) that one state alone uses -> that state's ISO3."""
    return {row["phrase"]: row["state"] for row in _rows("body_states.csv")}


@cache
def body_holders() -> dict[str, tuple[frozenset[str], str]]:
    """A generic body's name (folded, without its state) that only some states give a body -> the ISO3 of
    those states, and the state it names where an article names none of them."""
    return {row["body"]: (frozenset(row["states"].split()), row["otherwise"]) for row in _rows("body_holders.csv")}


@cache
def government_heads() -> tuple[str, ...]:
    """Folded words and phrases that make an organisation's name a body of a state."""
    return tuple(sorted((row["word"] for row in _rows("government_heads.csv")), key=lambda w: (-len(w), w)))


@cache
def entity_aliases() -> dict[tuple[str, str], str]:
    """(name, ISO3 of the state) -> the name the same body goes by."""
    return {(row["alias"], row["country"]): row["canonical"] for row in _rows("entity_aliases.csv")}


@cache
def org_words_romance() -> tuple[tuple[str, str, str], ...]:
    """(language, word as written, English word or words) of `org_words_romance.csv`."""
    return tuple((row["language"], row["word"], row["english"]) for row in _rows("org_words_romance.csv"))


@cache
def states_writing(language: str) -> frozenset[str]:
    """ISO3 of the states whose own press writes in `language` (`es`, `fr`, `pt`; none for another)."""
    return frozenset(row["alpha3"] for row in _rows("state_languages.csv") if row["language"] == language)
