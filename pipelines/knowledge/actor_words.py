"""The actor extractor's vocabulary (`actor_words.toml`): office titles, name particles, organisation heads."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def _tables() -> dict[str, dict]:
    with resources.files(__package__).joinpath("actor_words.toml").open("rb") as fh:
        return tomllib.load(fh)


def actor_word_tables() -> dict[str, dict]:
    """Every table of the file, for the schema test."""
    return _tables()


@cache
def actor_words(table: str) -> tuple[str, ...]:
    """The words of one table, as written in the file."""
    return tuple(_tables()[table]["words"])


@cache
def actor_word_map(table: str) -> dict[str, str]:
    """A table that maps a word to another (`PM` -> `Prime Minister`)."""
    return dict(_tables()[table]["map"])
