"""Whether a line at a page's head only names who issued the page: bodies, states and places as the actor
extractors read them (`Central Bank of Sri Lanka`, `Royaume du Maroc — Ministère de l'Agriculture`, `Embassy of
Japan in Kenya`), joined by dashes, bars, commas and small words. A headline names them too, but says something
of them (`Central Bank of Sri Lanka cuts rates`): a word no name covers."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extract.actors.claims import Candidate
from pipelines.extract.actors.countries import find_countries
from pipelines.extract.actors.languages import LANGUAGES, foreign_countries
from pipelines.extract.actors.lexicon import CITY, ORG_HEADS, words
from pipelines.extract.actors.org_languages import foreign_organization_claims
from pipelines.extract.actors.organizations import organization_claims
from pipelines.extract.name_keys import initials
from pipelines.extract.records import Span
from pipelines.knowledge import country_names, demonyms, organization_lookup
from pipelines.knowledge.actor_words import country_names_in, demonyms_in
from pipelines.knowledge.calendars import page_cues

_WORD = re.compile(r"[^\W_][\w'’.-]*")
_PLACE = re.compile(rf"(?<![\w-])(?:{CITY})(?![\w-])")
# An acronym beside the name it stands for (`RTS — Radiodiffusion Télévision Sénégalaise`, `Korea Exchange (KRX)`).
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
# A run of capitalised words and a name's small words: the words an acronym on the line may spell.
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|of|and|for|de|du|des|la|do|da|das|dos|y|et|e))*"
)
# A body's remit listed on after a comma (`Ministère des Affaires Étrangères, de la Coopération Africaine et des
# Marocains Résidant à l'Étranger`, `Ministerio de Industria, Comercio y Turismo`): perhaps a small word of `of`,
# then capitalised words and a name's small words to the line's end.
_REMIT_AFTER_COMMA = re.compile(
    r",[ \t]*(?:(?:of|de|du|des|da|do|das|dos|del)[ \t]+)?(?:(?:the|la|le|les|el|los|las)[ \t]+)?"
    r"(?:[A-ZÀ-Ý]|[ldLD]['’])[\w'’-]*"
    r"(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|[ldLD]['’][\w'’-]+|of|and|de|du|des|la|le|les|da|do|das|dos|del|y|e|et|à|au|aux))*"
    r"[ \t]*\Z"
)
_LINE_CHARS = 160
# The small words a name holds between its words (`Embassy of Japan in Kenya`, `Ministère de l'Agriculture et de
# la Pêche`); `to`, `with`, `from` join a headline's words, not a name's.
_NAME_JOINERS = frozenset(
    {"of", "and", "the", "for", "in", "&", "de", "del", "la", "le", "les", "l", "des", "du", "da", "do", "das", "dos"}
    | {"el", "los", "las", "y", "e", "et", "à", "au", "aux", "en", "em", "no", "na", "d"}
)


@lru_cache(maxsize=4096)
def names_only_issuers(line: str) -> bool:
    """The line names bodies, states or places and nothing else: every word lies in a name the organisation,
    state or place extractors find, or is a name's small word, a state's form (`Kingdom`, `Royaume`) or an acronym
    that another name on the line spells. At least one body or state is named."""
    if not line or len(line) > _LINE_CHARS or any(c.isdigit() for c in line):
        return False
    runs = list(_CAPITALISED_RUN.finditer(line))
    spelled = {a for run in runs for a in initials(run.group())}
    acronyms = {m.group().casefold() for m in _ACRONYM.finditer(line)}
    # the words an acronym on the line spells are the name it stands for (`RTS — Radiodiffusion Télévision ...`)
    named = _named_spans(line) + [run.span() for run in runs if initials(run.group()) & acronyms]
    if not named:
        return False
    small = _NAME_JOINERS | {w.casefold() for f in page_cues("state_form") for w in f.split()}
    for word in _WORD.finditer(line):
        if any(start <= word.start() and word.end() <= end for start, end in named):
            continue
        text = word.group().rstrip(".")
        if text.casefold() in small or (_ACRONYM.fullmatch(text) and text.casefold() in spelled):
            continue
        return False
    return True


def _named_spans(line: str) -> list[Span]:
    """The spans of the bodies and states the extractors find on the line, in English and each language read; a
    body's name only when its words up to its remit are words that names use."""
    claims = organization_claims(line, ())
    countries: dict[str, Candidate] = find_countries(line, ())
    for language in sorted(LANGUAGES):
        claims += foreign_organization_claims(line, (), language)
        foreign_countries(line, (), language, countries)
    spans = [c.span for c in claims if _reads_as_a_name(line[c.span[0] : c.span[1]])]
    spans += [s for candidate in countries.values() for s in candidate.spans]
    if not spans:
        return []
    remit = _REMIT_AFTER_COMMA.search(line, max(end for _, end in spans))
    return spans + [m.span() for m in _PLACE.finditer(line)] + ([remit.span()] if remit else [])


def _reads_as_a_name(name: str) -> bool:
    """A body's name whose words before its remit (the words after its first `of`, `for`, `de`) are all words that
    names use: those of the known organisations, states, peoples and head nouns. The extractors read a run of
    capitalised words around a head noun as a name, which in a headline set in title case holds its verb (`Kenya
    Wins Top UN Post`, `Republic of Korea to Open Embassy in Lima`)."""
    known = _name_words()
    for word in _WORD.findall(name):
        if word.casefold() in _NAME_JOINERS:
            return True  # the remit: what the body serves or covers
        if word not in known and not _ACRONYM.fullmatch(word):
            return False
    return True


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """The words of the organisations' names the knowledge holds, of the states' names and peoples, and the head
    nouns of bodies in each language read."""
    names = [*organization_lookup(), *country_names(), *demonyms()]
    for language in LANGUAGES:
        names += [*country_names_in(language), *demonyms_in(language)]
    return frozenset(w for name in names for w in _WORD.findall(name)) | ORG_HEADS | words("org_heads_romance")
