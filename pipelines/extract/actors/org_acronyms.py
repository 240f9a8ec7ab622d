"""A name that its acronym in brackets spells out: it runs back as far as the acronym's letters go.

`la Banque africaine de développement (BAD)`, `l'Agence française de développement (AFD)`: a name with
words in lower case, which the capitalised-run rules cut short (`Banque africaine`). The words before the
bracket whose initials spell the acronym, small words (`de`, `of`, `y`) skipped, and one head noun among
them make the name; the acronym is its alias wherever the article writes it.

A capitalised name the acronym spells is the rules' to read, unless they would cut it: a name joined by
`and` (`Georgian Oil and Gas Corporation (GOGC)`), words after its head that are no `of` phrase
(`Special Economic Zone Authority at Duqm (SEZAD)`), or a proper name without a head noun
(`Uzbekistan Temir Yullari (UTY)`) which no programme, treaty or concept word ends (`Free Trade Agreement`,
`Gross Domestic Product`, `Liquefied Natural Gas` stay no bodies).
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import CONNECTORS, NOT_ORG_WORDS, OFFICE_FIELDS, ORG_HEADS, words
from pipelines.extract.actors.organizations import OrgMention, named_body, state_before
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import country_names, demonyms, fold, organization_lookup

_DEFINED = re.compile(r"[ \t]*\((?P<acr>[A-Z][A-Za-z]{1,7})\)")
_BRACKET = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ELISION = re.compile(r"^(?:[dlDL]['’])")
_MAX_WORDS = 12
_LOOK_BACK = 160
# "Gross Domestic Product", "Foreign Direct Investment", "Official Development Assistance": a concept's shape
_CONCEPT_END = re.compile(r"(?:tion|sion|ment|ness|ism|ance|ence|ity|ship)s?$")
# "of", "for", "on" after a head open its phrase, which the capitalised-run rules keep
_PHRASE_WORDS = frozenset({"of", "for", "on"})


@cache
def _small_words() -> frozenset[str]:
    """Words a name may hold that its acronym skips: English and Romance connectors and articles."""
    phrases = words("org_connectors_romance") | words("org_connectors_other_languages")
    romance = {w for phrase in phrases for w in re.findall(r"[\w]+", phrase)}
    return frozenset(CONNECTORS | romance | {"des", "du", "der", "und", "a", "o", "en", "in", "at"})


@cache
def _heads() -> frozenset[str]:
    return frozenset(
        ORG_HEADS | words("org_heads_romance") | words("org_heads_other_languages") | words("spelled_heads")
    )


def spelled_out_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """The names that a bracketed acronym spells out, and every later use of that acronym."""
    if "(" not in text:
        return []
    claims: list[Claim] = []
    for bracket in _BRACKET.finditer(text):
        acronym = bracket.group()[1:-1]
        span = _spelled_name(text, bracket.start(), acronym)
        if span is None or overlaps_any(span, skip):
            continue
        name = text[span[0] : span[1]]
        known = organization_lookup().get(acronym)
        mention = (
            OrgMention(known.actor_id, name, known.country)
            if known is not None and fold(known.name) == fold(name)
            else named_body(name)
        )
        if mention.country is None:  # "Kenya's Ministry of Roads and Transport (MRT)": the state before the name
            mention = OrgMention(mention.key, mention.name, state_before(text, span[0]))
        claims.append(Claim(span, "organization", mention))
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            if not overlaps_any(use.span(), skip):
                claims.append(Claim(use.span(), "organization", mention))
    return claims


def _spelled_name(text: str, bracket: int, acronym: str) -> Span | None:
    """The span of the words right before `bracket` (on its line) whose initials spell `acronym`."""
    line_start = max(text.rfind("\n", 0, bracket) + 1, bracket - _LOOK_BACK)
    tokens = list(_WORD.finditer(text, line_start, bracket))
    if not tokens or text[tokens[-1].end() : bracket].strip():
        return None  # a comma or a figure between the words and the bracket
    for first in range(len(tokens) - 1, max(-1, len(tokens) - _MAX_WORDS - 1), -1):
        words_ = [_ELISION.sub("", t.group()) for t in tokens[first:]]
        if not words_[0][:1].isupper() or words_[0].lower() in _small_words():
            continue
        if _spells(words_, acronym.upper()):
            heads = [i for i, w in enumerate(words_) if w in _heads()]
            capitalised = all(w[:1].isupper() or w.lower() in _small_words() for w in words_)
            if not heads and not (capitalised and _proper_name(words_)):
                return None
            # "Defense Acquisition Program Administration": a programme word before the head qualifies it
            if heads and set(words_[heads[-1] + 1 :]) & NOT_ORG_WORDS:
                return None
            if capitalised and set(words_) & ORG_HEADS and not _cut_by_the_run_rules(words_):
                return None  # a capitalised name with a head noun: the capitalised-run rules read it
            start = tokens[first].start() + (len(tokens[first].group()) - len(words_[0]))
            return start, tokens[-1].end()
    return None


def _cut_by_the_run_rules(name_words: list[str]) -> bool:
    """A name the capitalised-run rules would cut: one joined by `and`, or with words after its last head that
    open no `of` phrase ("Bank Gospodarstwa Krajowego", "Authority at Duqm")."""
    last = max(i for i, w in enumerate(name_words) if w in ORG_HEADS)
    after = name_words[last + 1 :]
    return "and" in name_words or "&" in name_words or bool(after and after[0] not in _PHRASE_WORDS)


def _proper_name(name_words: list[str]) -> bool:
    """Two proper words or more without a head noun that name a body ("Uzbekistan Temir Yullari", "Sociedad
    Química y Minera"): no programme, treaty or project word, no concept at the end (a portfolio, a trade, an
    abstract noun: "Foreign Direct Investment", "Liquefied Natural Gas"), not states alone."""
    proper = [w for w in name_words if w.lower() not in _small_words()]
    last = proper[-1] if proper else ""
    return (
        len(proper) >= 2
        and not set(proper) & (NOT_ORG_WORDS | _concept_words())
        and last not in OFFICE_FIELDS
        and _CONCEPT_END.search(last) is None
        and " ".join(proper) not in country_names()  # "United Kingdom (UK)"
        and not all(w in country_names() or w in demonyms() for w in proper)
    )


@cache
def _concept_words() -> frozenset[str]:
    return frozenset(words("concept_nouns") | words("company_trades") | words("generic_trade_modifiers"))


def _spells(name_words: list[str], acronym: str) -> bool:
    """Every word but a small one gives its initial, in order, and the initials are the acronym."""
    letters = [w[0].upper() for w in name_words if w.lower() not in _small_words()]
    return "".join(letters) == acronym
