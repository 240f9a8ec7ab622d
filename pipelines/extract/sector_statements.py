"""Sector evidence that is no cue word of running text: a bank named as the one that puts up money (finance), a
bank before a verb of paying (finance too), and a Spanish, French or Portuguese verb of training before its trainees
(education)."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any, sentence_around
from pipelines.knowledge import city_countries, country_names, demonyms, organization_lookup
from pipelines.knowledge.actor_words import country_names_in, demonyms_in
from pipelines.knowledge.sector_vocabulary import sector_words


def _alternation(words: list[str]) -> str:
    """Whole words or phrases, longest first, spaces matching any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _lender() -> re.Pattern:
    """A capitalised word that is a bank ("Bank", "Banco") or ends in one ("Afreximbank", "Eximbank")."""
    words = sector_words()["lender_words"]
    whole = _alternation(words)
    endings = _alternation([w.lower() for w in words])
    return re.compile(rf"(?<!\w)(?:(?:{whole})|[A-Z]\w*(?:{endings}))(?!\w)")


@cache
def _figure() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternation(sector_words()['figure_words'])})(?!\w)", re.IGNORECASE)


def states_a_sum(text: str, start: int, end: int) -> bool:
    """True when the text between start and end states a sum of money ("$4 billion", "20 millones")."""
    return _figure().search(text, start, end) is not None


def lenders(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """Banks named in a sentence that states a sum of money: a lender at work, which is finance."""
    found, sentence = [], (-1, -1)
    for match in _lender().finditer(text):
        if overlaps_any(match.span(), skip) or sentence[0] <= match.start() < sentence[1]:
            continue  # one bank a sentence is enough, and each sentence is searched once
        sentence = sentence_around(text, match.span())
        if states_a_sum(text, *sentence):
            found.append(match)
    return found


@cache
def _bank_word() -> re.Pattern:
    """A bank in either case ("o banco", "Attijariwafa bank", "Banco Mundial") or a name ending in one."""
    return re.compile(rf"(?<!\w)\w*(?:{_alternation(sector_words()['lender_words'])})(?!\w)", re.IGNORECASE)


_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z](?![\w-])")


def a_bank_pays(text: str, span: Span) -> bool:
    """True when a bank is named before a paying verb in its sentence ("o banco poderá financiar", "la banque
    s'est engagée à financer"), or by the acronym of a known bank ("El BID financiará"): the bank lends, which is
    finance."""
    start = sentence_around(text, span)[0]
    if _bank_word().search(text, start, span[0]):
        return True
    return any(_a_known_bank(m.group()) for m in _ACRONYM.finditer(text, start, span[0]))


@cache
def _a_known_bank(acronym: str) -> bool:
    """An acronym the knowledge base knows as a bank's (`BID`: the Inter-American Development Bank)."""
    body = organization_lookup().get(acronym)
    return body is not None and _bank_word().search(body.name) is not None


@cache
def _trained() -> re.Pattern:
    words = sector_words()
    verbs = _alternation(words["romance_training_verbs"])
    links = _alternation(words["romance_training_links"])
    trainees = _alternation(words["romance_trainees"])
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:(?:{links})\s+)?(?:\d|(?:{trainees})(?!\w))", re.IGNORECASE)


def romance_training(text: str, skip: tuple[Span, ...], language: str) -> list[re.Match]:
    """Verbs of training before a number of trainees or the trainees, in Spanish, French or Portuguese."""
    if language == "en":
        return []
    return [m for m in _trained().finditer(text) if not overlaps_any(m.span(), skip)]


@cache
def _states(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """Names, demonyms and cities of states (English, and the article's language), to their ISO3 code."""
    codes = {**city_countries(), **country_names(), **demonyms()}
    if language != "en":
        codes.update(country_names_in(language))
        # Romance demonyms are adjectives in lower case ("médicos cubanos"), capitalised when they open a sentence
        codes.update({form: c for w, c in demonyms_in(language).items() for form in (w, w.capitalize())})
    words = sorted(codes, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"), codes


def names_two_states(text: str, start: int, end: int, language: str) -> bool:
    """True when the text between start and end names two different states: what it says is between them."""
    pattern, codes = _states(language)
    seen: set[str] = set()
    for match in pattern.finditer(text, start, end):
        seen.add(codes[match.group()])
        if len(seen) > 1:
            return True
    return False
