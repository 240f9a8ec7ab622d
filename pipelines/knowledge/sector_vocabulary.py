"""Loaders of the sector extractor's data: phrases that override their cue words (`sector_phrases.csv`) and
the words read around a cue (`sector_words.toml`). The cue terms of each sector are in `schemas/sectors.csv`,
the vocabulary's one source."""

from __future__ import annotations

import csv
import tomllib
from functools import cache
from importlib import resources

from schemas.vocabularies import SECTORS

SECTOR_LANGUAGES = ("en", "es", "fr", "pt")


@cache
def sector_phrases() -> dict[str, str]:
    """Phrases matched before their cue words: to a sector code, or to '' when they name no sector."""
    with resources.files(__package__).joinpath("sector_phrases.csv").open(encoding="utf-8", newline="") as fh:
        return {row["phrase"]: row["sector"] for row in csv.DictReader(fh)}


@cache
def sector_words() -> dict[str, list[str]]:
    """Context words, and the words that make a capitalised name a project, a work or a body."""
    with resources.files(__package__).joinpath("sector_words.toml").open("rb") as fh:
        return tomllib.load(fh)


def _cue_terms(row: dict[str, str], column: str) -> list[str]:
    return [cue for cue in (c.strip() for c in row[column].split("|")) if cue]


def is_acronym(cue: str) -> bool:
    """A cue written in capitals (IT, LNG, F-16*), matched only in capitals."""
    return cue.replace("*", "").isupper()


def sector_cues(language: str) -> dict[str, str]:
    """Every cue term of the sector vocabulary in a language (English for one it lacks), to its sector. An acronym
    or a unit of the English column (LNG, MW, FDI, IMF) is written alike in every language ("o projecto Mozambique
    LNG", "una central de 300 MW"), so each language reads it too."""
    column = "cues" if language == "en" else f"cues_{language}"
    column = column if column in SECTORS[0] else "cues"
    cues = {cue: row["code"] for row in SECTORS for cue in _cue_terms(row, column)}
    shared = {cue: row["code"] for row in SECTORS for cue in _cue_terms(row, "cues") if is_acronym(cue)}
    return shared | cues
