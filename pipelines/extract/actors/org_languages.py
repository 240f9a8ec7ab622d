"""Organisations in Spanish, French and Portuguese articles: a head noun and the words that name it.

`Ministerio de Relaciones Exteriores`, `Banco Central do Brasil`, `ministère des Affaires étrangères`: a head
noun of the language (`knowledge/actor_words.toml`), then capitalised words joined by the language's small words
(`de`, `das`, `et`), and in French the lower-case adjectives of a name (`étrangères`, `mondiale`). A known
organisation keeps its id and is named as the article writes it.
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import alternation, country_pattern_in, words
from pipelines.extract.actors.organizations import OrgMention
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import organization_lookup, slug
from pipelines.knowledge.actor_words import country_names_in

_HEADS = words("org_heads_romance") - words("org_heads_romance_not")
_HEAD = re.compile(rf"(?<![\w-])(?:{alternation(_HEADS)}|{alternation(words('org_heads_romance_lower'))})(?![\w-])")
_TOKEN = re.compile(r"[ \t]*(?:,[ \t]*)?([^\W\d_](?:[\w'’-]|\.(?=\w))*)")
_CONNECTORS = words("org_connectors_romance")
_CONJUNCTIONS = frozenset({"y", "e", "et"})
_ARTICLES = frozenset({"el", "la", "los", "las", "le", "les"})  # "y el ...": a conjunction, then a new noun phrase
_OF_WORDS = frozenset(w for w in _CONNECTORS if w[0] == "d")  # "de la", "des", "do", "das", "d'"
_FRENCH_ADJECTIVE = re.compile(rf"[a-zà-ÿ]+(?:{alternation(words('adjective_endings_fr'))})")
# "a estatal chinesa State Grid", "la empresa española Repsol": a company introduced by what it is.
_FIRM = re.compile(
    rf"(?<![\w-])(?:{alternation(words('firm_words_romance'))})(?:[ \t]+[a-zà-ÿ]{{4,}}){{0,2}}[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][\w&'’.-]*\w(?:[ \t]+[A-ZÀ-Þ][\w&'’.-]*\w){0,3})"
)
_ELIDED = re.compile(r"^[dl]['’]")
# A word after a comma inside a name is one of a list of portfolios: a comma or a conjunction follows it.
_IN_A_LIST = re.compile(r"[ \t]*(?:,|(?:y|e|et)[ \t])")
_LONGEST = 14  # words after the head


def foreign_organization_claims(text: str, skip: tuple[Span, ...], language: str) -> list[Claim]:
    """Organisations named in the article's language, as claims (made before the English rules' claims)."""
    claims = []
    for head in _HEAD.finditer(text):
        end = _name_end(text, head.end(), language)
        if end == head.end() and head.group()[0].islower():
            continue  # "le ministère a dit": a lower-case head needs a name after it
        span = (head.start(), end)
        if end > head.end() and not overlaps_any(span, skip):
            claims.append(Claim(span, "organization", _mention(text[head.start() : end], language)))
    for firm in _FIRM.finditer(text):
        name = firm.group("name")
        span = firm.span("name")
        state = country_pattern_in(language).fullmatch(name)
        if _HEAD.match(name) is None and state is None and not overlaps_any(span, skip):
            claims.append(Claim(span, "organization", _mention(name, language)))
    return claims


def _name_end(text: str, position: int, language: str) -> int:
    """Where the name that starts with a head ends: its last capitalised word or French adjective."""
    end, pending, previous_named = position, [], True
    known = organization_lookup()
    for _ in range(_LONGEST):
        token = _TOKEN.match(text, position)
        if token is None:
            break
        word = token.group(1)
        if "," in token.group() and not _IN_A_LIST.match(text, token.end()):
            break  # "Banque pour le Niger, NAME": a comma ends the name unless a list of portfolios goes on
        if word in _CONNECTORS:
            pending.append(word)
        elif _ELIDED.sub("", word)[:1].isupper():  # "d'Ivoire", "l'Économie" are capitalised words
            if set(pending) & _CONJUNCTIONS and (
                _HEAD.fullmatch(word) or word.isupper() or word in known or pending[-1] in _ARTICLES
            ):
                break  # "Banco Central do Brasil e o Ministério ...", "Comisión Mixta y el Mecanismo": a second name
            end, pending, previous_named = token.end(), [], True
        elif language == "fr" and previous_named and not pending and _FRENCH_ADJECTIVE.fullmatch(word):
            end = token.end()
        elif previous_named and _portfolio_link(pending) and len(word) > 3:
            # "ministère de la Culture et de la communication": a second portfolio, written in lower case
            end, pending = token.end(), []
        else:
            break
        if "," in token.group() and word not in _CONNECTORS and not _ELIDED.sub("", word)[:1].isupper():
            break
        position = token.end()
    return end


def _portfolio_link(pending: list[str]) -> bool:
    """`et de la`, `e das`, `y del`: a conjunction, then the small word that opens a portfolio."""
    return 2 <= len(pending) <= 3 and pending[0] in _CONJUNCTIONS and pending[1] in _OF_WORDS


def _mention(name: str, language: str) -> OrgMention:
    known = organization_lookup().get(name)
    country = _state_in(name, language)
    if known is not None:
        return OrgMention(known.actor_id, name, known.country)
    return OrgMention(slug(name), name, country)


def _state_in(name: str, language: str) -> str | None:
    state = country_pattern_in(language).search(name)
    return country_names_in(language)[state.group()] if state else None
