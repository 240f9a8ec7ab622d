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


_TRANSLATED_LANGUAGES = {"es": "es", "fr": "fr", "pt": "pt_BR"}


@cache
def country_names_in(language: str) -> dict[str, str]:
    """Country names in Spanish, French or Portuguese (pycountry's translations, Brazilian and European
    Portuguese both), to ISO3; English names are not included."""
    import gettext

    import pycountry

    skipped = set(actor_words("foreign_country_names_skipped"))
    links = actor_words("inverted_state_name_links")
    locales = [_TRANSLATED_LANGUAGES[language], *(["pt"] if language == "pt" else [])]
    claims: dict[str, dict[str, None]] = {}  # each name to the states whose names translate to it, in order
    short_names: dict[str, set[str]] = {}
    for locale in locales:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale]).gettext
        for country in pycountry.countries:
            short_names.setdefault(country.alpha_3, set()).add(translate(country.name))
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                name = _written_order(translate(value), links) if value else None
                if name and name != value and "," not in name and "(" not in name and name not in skipped:
                    claims.setdefault(name, {})[country.alpha_3] = None
                    # "República islámica de Irán" is written "República Islámica de Irán" too
                    claims.setdefault(_capitalised(name), {})[country.alpha_3] = None
    names: dict[str, str] = {}
    for name, states in claims.items():
        # a mistranslation can give two states one name (pt_BR renders Afghanistan's formal name as "República
        # Islâmica do Paquistão"): the name is the state's whose own short name it holds
        owners = [s for s in states if any(short in name for short in short_names[s])] if len(states) > 1 else states
        if owners:
            names[name] = next(iter(owners))
    # Names in everyday use that the translations lack or spell otherwise ("Rusia", "RDC", "Irã").
    names.update(
        {
            row["word"]: row["alpha3"]
            for row in country_word_rows()
            if row["language"] == language and row["kind"] == "name"
        }
    )
    return names


def _capitalised(name: str) -> str:
    """A formal name with its lower-case words of four letters or more capitalised ("República unida de Tanzania"
    -> "República Unida de Tanzania"); articles, links and conjunctions ("de las", "d'Iran", "y") stay as they are."""
    return " ".join(
        w[:1].upper() + w[1:] if len(w) > 3 and w[:1].islower() and "'" not in w and "’" not in w else w
        for w in name.split(" ")
    )


def _written_order(name: str, links) -> str:
    """An ISO name inverted after a comma whose second part ends on a linking word ("Russie, Fédération de",
    "Coreia, República da") in the order writers use ("Fédération de Russie", "República da Coreia"); any other
    name as it is."""
    head, comma, formal = name.partition(", ")
    if not comma or "," in formal:
        return name
    for link in links:
        if link.endswith("'") and formal.endswith(" " + link):
            return f"{formal}{head}"
        if formal.endswith(" " + link):
            return f"{formal} {head}"
    return name


@cache
def country_names_any_language() -> dict[str, str]:
    """Country names in English, Spanish, French and Portuguese (formal ones too), to ISO3: for page heads and
    letterheads, whose language need not be the article's. No name belongs to two states across the languages."""
    from pipelines.knowledge import country_names  # the package imports this module

    names = {}
    for language in _TRANSLATED_LANGUAGES:
        names.update(country_names_in(language))
    return {**names, **country_names()}


@cache
def country_word_rows() -> tuple[dict[str, str], ...]:
    """`country_words_romance.csv`: state names and demonyms (every gender and number) in es, fr and pt."""
    import csv

    with resources.files(__package__).joinpath("country_words_romance.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@cache
def demonyms_in(language: str) -> dict[str, str]:
    """Demonyms in Spanish, French or Portuguese, in lower case as written ("mexicanas", "ivoirien"), to ISO3."""
    return {
        row["word"]: row["alpha3"]
        for row in country_word_rows()
        if row["language"] == language and row["kind"] == "demonym"
    }


@cache
def language_names() -> frozenset[str]:
    """English names of the languages with a two-letter ISO 639-1 code (pycountry: `Urdu`, `Persian`, `Kazakh`),
    each part of a name such as `Pushto; Pashto` apart."""
    import pycountry

    return frozenset(
        part.strip()
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
        for part in language.name.split(";")
    )
