"""Vocabulary of the actor rules, read from `knowledge/actor_words.toml`, and the regex pieces built from it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from pipelines.extract.regex_dispatch import grouped_alternation
from pipelines.knowledge import city_countries, country_names, demonyms
from pipelines.knowledge.actor_words import actor_word_map, actor_words, country_names_in


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of literal words, longest first so the longest wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def alternation_by_first_character(words: Iterable[str]) -> str:
    """`alternation(words)` with each first character written once (`A(?:liyev|bbas)|B(?:...)`), for a
    case-sensitive pattern over many words; within one character the words stay longest first."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return grouped_alternation((re.escape(word[:1]), re.escape(word[1:])) for word in ordered)


@cache
def country_pattern_in(language: str) -> re.Pattern:
    """The names of states as written in `language` (es, fr, pt), as whole words."""
    return re.compile(rf"(?<![\w-])(?:{alternation(country_names_in(language))})(?![\w-])")


def _first_letter_either_case(word: str) -> str:
    first = word[0]
    if not first.isalpha():
        return re.escape(word)
    return f"[{first.upper()}{first.lower()}]{re.escape(word[1:])}"


def _letter(char: str) -> str:
    """A letter as written, or, for a capital with an accent, also bare: French often writes capitals without
    accents (`secrétaire d'Etat`, `chef de l'Etat` for `État`)."""
    bare = unicodedata.normalize("NFD", char)[0]
    return f"[{char}{bare}]" if char.isupper() and bare != char else re.escape(char)


def _phrase_word(word: str, either_case: bool) -> str:
    """A word of a phrase, its first letter in either case when asked, its accented capitals also bare."""
    if either_case and word[0].isalpha():
        return _first_letter_either_case(word[0]) + "".join(map(_letter, word[1:]))
    return "".join(map(_letter, word))


def phrases(table: str, either_case: bool = False) -> str:
    """A table's phrases as one alternative; words joined by any white space, a capital's accent optional."""
    found = []
    for phrase in sorted(set(actor_words(table)), key=lambda w: (-len(w), w)):
        parts = [_phrase_word(w, either_case) for w in phrase.split()]
        found.append(r"\s+".join(parts))
    return "|".join(found)


def words(table: str) -> frozenset[str]:
    return frozenset(actor_words(table))


# The languages other than English whose articles are read in full, each with its own names of states.
LANGUAGES = frozenset({"es", "fr", "pt"})
COUNTRY = alternation(country_names())
DEMONYM = alternation(demonyms())
CITY = alternation(city_countries())
# "Kremlin", "White House": a seat of government that stands for its state before an office
GOVERNMENT_SEATS = actor_word_map("government_seats")
SEAT = alternation(GOVERNMENT_SEATS)

# an ordinal ranks an office among several of its kind ("Second Deputy Premier", "Third Secretary")
ROLE_MODIFIER = f"(?:{alternation(actor_words('role_modifiers') + actor_words('office_ordinals'))})"
ROLE_FIELD = f"(?:{alternation(actor_words('role_fields'))})"
ROLE_HEAD = f"(?:{alternation(actor_words('role_heads'))})"
OFFICE_FIELDS = words("office_fields")
OFFICE_FIELD_WORDS = rf"(?:{alternation(OFFICE_FIELDS)})(?![\w-])"
# An abstract noun of a portfolio by its shape ("Climate Action", "Competition"): no given name ends so.
PORTFOLIO_NOUN = (
    rf"[A-Z](?:[a-z]+(?:{alternation(actor_words('portfolio_noun_endings'))})"
    rf"|[a-z]{{3,}}(?:{alternation(actor_words('portfolio_noun_long_endings'))}))(?![\w-])"
)
RANK = rf"(?:(?:{phrases('ranks', either_case=True)}|{alternation(actor_words('retired_marks'))})\s+)"
# a word's possessive ending ("Russia's", "Soviet’s")
POSSESSIVE_END = re.compile(r"['’]s$")
# Capital letters a name may open with: Latin-1's, and Central European and Turkish ones ("Đorđević", "Şahin",
# "Łukasz", "Ștefan")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĨĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
HONORIFIC = f"(?:{alternation(actor_words('honorifics'))})"
NAME_HONORIFIC = f"(?:{alternation(actor_words('name_honorifics'))})"
NAME_PARTICLE = f"(?:{alternation(actor_words('name_particles'))})"
# a Turkic father's-name marker ("oglu", "uulu"): a link inside a name, or its last word
PATRONYMIC = f"(?:{alternation(actor_words('name_patronymics'))})"
NAME_LINK = f"(?:{NAME_PARTICLE}|{PATRONYMIC})"
# what may close a name after its last capitalised word: a father's-name marker ("Azamat Nurlan uulu")
NAME_END = rf"(?:[ \t]+{PATRONYMIC}(?![\w'’-]))?"
ROLE_ABBREVIATIONS = actor_word_map("role_abbreviations")
BLOC_CODES = actor_word_map("bloc_codes")

NOT_NAME_WORDS = words("not_name_words")
NOT_PERSON_ANYWHERE = words("not_person_anywhere")
# "Pulau", "Upper", "Ciudad", "Aeropuerto": a word that opens a place's name, never a person's
PLACE_HEADS = words("place_heads") | words("place_heads_romance")
ORG_HEADS = words("org_heads")
NOT_ORG_WORDS = words("not_org_words")
NOT_NAME_HEADS = words("not_name_heads")
LEADING_NOISE = words("leading_noise")
CONNECTORS = words("connectors")
CALENDAR_WORDS = words("calendar_words")
LEADING_TITLES = words("leading_titles")
RANK_ROLES = words("rank_roles")
BARE_HEADS = words("bare_heads")
# "Banque Nationale de Paris", "Cassa Depositi e Prestiti": heads that open a body's name in its own language inside
# English text; none that English writes as its own word
FOREIGN_HEADS = (
    (words("org_heads_romance") | words("org_heads_other_languages")) - ORG_HEADS - words("foreign_heads_english_words")
)
