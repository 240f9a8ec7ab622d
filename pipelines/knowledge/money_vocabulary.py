"""Loaders of the money extractor's data: currency tokens (`currencies.csv`), scale and number words and
grammar (`money.toml`), and the cue words of kinds and subjects (`money_cues.toml`), per language."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycountry

# Languages with money data; an article in any other language is read with English data.
MONEY_LANGUAGES = ("en", "es", "fr", "pt")
TOKEN_KINDS = ("symbol", "abbr", "code", "name")  # symbol/abbr/code before the figure; symbol/code/name after
RESOLVE_RULES = ("stated", "context")


@dataclass(frozen=True, slots=True)
class CurrencyToken:
    """One reading of a currency token: `$` is USD by default, AUD when the text states Australian dollars."""

    token: str
    currency: str  # ISO 4217
    kind: str  # symbol, abbr, code or name
    country: str  # ISO 3166-1 alpha-3 of the issuing state; empty for a union's currency
    default: bool  # the reading when nothing in the text says otherwise
    # `stated`: another reading only when the text states that currency; `context`: the state the article
    # speaks of most decides among the readings
    resolve: str
    languages: frozenset[str]  # article languages the token is read in; `*` for all

    def applies_to(self, language: str) -> bool:
        return "*" in self.languages or language in self.languages


def _open(name: str):
    return resources.files(__package__).joinpath(name).open("rb")


@cache
def currency_rows() -> tuple[dict[str, str], ...]:
    with resources.files(__package__).joinpath("currencies.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@cache
def currency_states() -> dict[str, str]:
    """Each currency one state alone issues -> that state (`KES` -> Kenya, `AUD` -> Australia); a currency of
    several states (`XOF`, `EUR`) or one reports of every state quote figures in (`world_currencies`) is left out."""
    states: dict[str, set[str]] = {}
    for row in currency_rows():
        states.setdefault(row["currency"], set()).update(c for c in row["country"].split("|") if c)
    world = set(money_data()["world_currencies"])
    return {code: next(iter(of)) for code, of in states.items() if len(of) == 1 and code not in world}


@cache
def money_data() -> dict:
    with _open("money.toml") as fh:
        return tomllib.load(fh)


@cache
def money_cue_data() -> dict:
    with _open("money_cues.toml") as fh:
        return tomllib.load(fh)


@cache
def money_kind_rule_data() -> dict:
    """The ordered rules that say what kind a monetary amount is (`money_kind_rules.toml`)."""
    with _open("money_kind_rules.toml") as fh:
        return tomllib.load(fh)


@cache
def currency_tokens() -> tuple[CurrencyToken, ...]:
    """Every token of `currencies.csv`, then every ISO 4217 code (pycountry) not listed as an English word."""
    # A currency of several states (`CFA francs`) lists them all: one reading per state, the first the default.
    tokens = [
        CurrencyToken(
            row["token"],
            row["currency"],
            row["kind"],
            country,
            row["default"] == "yes" and i == 0,
            row["resolve"],
            frozenset(row["languages"].split("|")),
        )
        for row in currency_rows()
        for i, country in enumerate(row["country"].split("|"))
    ]
    listed = {t.token for t in tokens}
    excluded = set(money_data()["not_currency_codes"])
    before_only = set(money_data()["codes_before_figure"])
    for currency in pycountry.currencies:
        code = currency.alpha_3
        if code not in listed and (code not in excluded or code in before_only):
            kind = "abbr" if code in excluded else "code"  # an abbreviation stands only before the figure
            tokens.append(CurrencyToken(code, code, kind, "", True, "stated", frozenset("*")))
    return tuple(tokens)


def max_amount() -> float:
    """The ceiling of an amount in units of its currency: above it a figure is noise, not money."""
    return float(money_data()["max_amount"])


def _merged(section: str, language: str) -> dict:
    data = money_data()
    words = dict(data.get("any", {}).get(section, {}))
    words.update(data.get(language if language in data else "en", {}).get(section, {}))
    return words


def scale_words(language: str) -> dict[str, float]:
    """Scale words ('billion', 'crore', 'milliards', 'bn') to their factor."""
    return {word: float(factor) for word, factor in _merged("scales", language).items()}


def number_words(language: str) -> dict[str, float]:
    """Numbers written as words ('five', 'cinco', 'a half') to their value."""
    return {word: float(value) for word, value in _merged("numbers", language).items()}


def fused_words(language: str) -> dict[str, tuple[float, str]]:
    """Abbreviations of a scale and a currency in one ('mdd': millones de dólares) to factor and ISO 4217."""
    return {word: (float(v["scale"]), v["currency"]) for word, v in _merged("fused", language).items()}


def fused_capital_words(language: str) -> dict[str, tuple[float, str]]:
    """Fused abbreviations that read so only in capitals and with no currency after them ('MD': millions de
    dinars in the Tunisian press, where 'Md€' is a milliard of euros) to factor and ISO 4217."""
    return {word: (float(v["scale"]), v["currency"]) for word, v in _merged("fused_capitals", language).items()}


def grammar_words(language: str) -> dict[str, list[str]]:
    """The small words of the amount grammar: range, between, and, of, plus_half."""
    return _merged("grammar", language)


@cache
def cue_words(language: str) -> dict[str, list[str]]:
    """Cue lists by name (target, commitment, trade, ...) for a language, English when it has none, with the
    names every language's text writes alike (`[names]`: export-credit agencies)."""
    data = money_cue_data()
    return {**data.get(language, data["en"]), **data["names"]}


def cue_pattern(words: list[str]) -> str:
    """A regex alternation of cue words, in lower case, for lower-cased text: `*` any word ending, a space any
    run of spaces, whole words only.

    Grouped by first letter behind a lookahead on the first letters, so the regex engine skips every position
    that cannot start a cue (a run of figures or symbols costs next to nothing)."""
    groups: dict[str, list[str]] = {}
    for word in sorted((w.casefold() for w in words), key=len, reverse=True):
        rest = re.escape(word[1:]).replace(r"\*", r"\w*").replace(r"\ ", r"\s+")
        groups.setdefault(word[0], []).append(rest)
    firsts = re.escape("".join(sorted(groups)))
    inner = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return rf"(?=[{firsts}])(?<!\w)(?:{inner})(?!\w)"


@cache
def _name_nouns() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """The nouns of the currency names, to the currencies they name; each currency to its nouns and to the states
    that issue it. The noun of a name row is its first word in Spanish, French or Portuguese (`dólares
    australianos`), its last in English (`Kenyan shillings`); ISO 4217's English names add the currencies the
    rows leave out, where their words before the noun are a state's demonym (`Jamaican Dollar`)."""
    from pipelines.knowledge import demonyms

    named: dict[str, set[str]] = {}
    nouns: dict[str, set[str]] = {}
    states: dict[str, set[str]] = {}

    def add(noun: str, currency: str, of: list[str]) -> None:
        named.setdefault(noun.casefold(), set()).add(currency)
        nouns.setdefault(currency, set()).add(noun.casefold())
        states.setdefault(currency, set()).update(c for c in of if c)

    for row in currency_rows():
        if row["kind"] == "name":
            words = row["token"].split()
            add(words[-1] if row["languages"] == "en" else words[0], row["currency"], row["country"].split("|"))
    for currency in pycountry.currencies:
        *qualifier, noun = currency.name.split()
        state = demonyms().get(" ".join(qualifier)) if qualifier else None
        if state:
            add(noun, currency.alpha_3, [state])
    return named, nouns, states


@cache
def currency_of_noun_and_state(noun: str, state: str) -> str | None:
    """The currency a currency noun names when a demonym of `state` follows it (`dólares australianos`,
    `dollars néo-zélandais`, `francos congoleses`): the one currency of that state that is named by the noun or
    by a noun of the same currencies in another language (`dólares`, `dollars`, `dollar`: each names USD); None
    when the state issues none of that noun (`dólares chinos` is Chinese money in dollars, no yuan)."""
    named, nouns, states = _name_nouns()
    family = set().union(*(nouns[c] for c in named.get(noun.casefold(), ())))
    found = {c for c, of in nouns.items() if of & family and state in states.get(c, ())}
    return found.pop() if len(found) == 1 else None
