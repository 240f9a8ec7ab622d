"""Spanish, French and Portuguese companies named by a brand alone, shown acting ('a Gerdau anunciou').

The English model's proposals are not read in these languages; the clause says who acts instead: a name right
before a verb of doing in the third person ('firmó', 'investirá', 'anunciou') or an auxiliary and a verb ('a
annoncé', 'vai construir'). In Spanish and Portuguese a clause may drop its subject ('Ayer firmó'), so the name
follows an article ('la', 'a') or a comma; in French it may open a sentence. No state, city, people, office,
head noun, calendar word nor a word of a person the article names makes up the name.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import CALENDAR_WORDS, LEADING_NOISE, alternation, country_pattern_in, words
from pipelines.extract.actors.org_model import person_name_words
from pipelines.extract.actors.org_phrases import is_place_or_office
from pipelines.extract.actors.organizations import OrgMention, known_body
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import organization_lookup, slug
from pipelines.knowledge.actor_words import actor_word_tables, demonyms_in
from pipelines.knowledge.calendars import date_word_values

_WORD = r"[A-ZÀ-Þ][\w&'’.-]*[^\W_]"
_ARTICLE = r"(?:(?:el|la|o|a|le)[ \t]+|l['’])"
# what opens the clause: an article after a comma, a sentence's start or `and` ("e a NAME"; not "sobre o NAME", a
# name's inner word), a comma, or a sentence's start in French (Spanish and Portuguese drop a clause's subject)
_OPENING = re.compile(
    rf"(?:(?P<stop>^|\n|[.!?:;][ \t]+)|(?P<comma>,[ \t]*)|(?<![\w'’-])(?:e|y|et)[ \t]+)(?P<article>{_ARTICLE})?$"
)
# "le ministre de la Défense a rappelé": a name after `de` ends an office's or a body's name
_OF_BEFORE = re.compile(
    r"(?<![\w'’-])(?:de[ \t]+(?:la[ \t]+|l['’])?|del[ \t]+|du[ \t]+|des[ \t]+|d[ao]s?[ \t]+|d['’])$"
)
_ELIDED = re.compile(r"^[LlDd]['’]")  # "L'accord a été signé": an article and a noun opening a sentence
_LOOK_BACK = 12
# Spanish and Portuguese write a brand with its article ("a NAME, que explora carvão", "la NAME, que opera tres
# plantas"): there a relative clause after it tells what it does. French writes none, and places and persons take
# relative clauses too ("Lisboa, que acolhe"). Spanish "a" is a preposition ("a NAME, que": to a person).
_ARTICLE_BEFORE = {
    "es": re.compile(r"(?<![\w'’-])(?:el|la)[ \t]+$"),
    "pt": re.compile(r"(?<![\w'’-])(?:a|o|A|O)[ \t]+$"),
}
_SENTENCE_ARTICLE = re.compile(r"(?:El|La)[ \t]+(?=\S)")  # "La NAME, que": read as the name's first word


@cache
def _agent(language: str) -> re.Pattern:
    """One or two capitalised words, then the language's verb of doing (or, where a brand takes an article, a
    relative clause)."""
    verbs = [rf"(?:{alternation(words(f'org_agent_auxiliaries_{language}'))})[ \t]+[a-zà-ÿ]{{2,}}"]
    # French has no table: a past or future ending there is a noun's too, so only an auxiliary shows a verb
    table = f"org_agent_endings_{language}"
    if table in actor_word_tables():
        verbs.append(rf"[a-zà-ÿ]{{3,}}(?:{alternation(words(table))})")
    relative = r"|,[ \t]+(?P<relative>que)[ \t]+[a-zà-ÿ]{2,}" if language in _ARTICLE_BEFORE else ""
    return re.compile(
        rf"(?<![\w'’&.-])(?P<name>{_WORD}(?:[ \t]+{_WORD})?)(?:[ \t]+(?:{'|'.join(verbs)})(?![\w-]){relative})"
    )


@cache
def _not_name_words(language: str) -> frozenset[str]:
    """Head nouns, offices, demonyms and calendar words of the language, capitalised, and the pronouns that open
    a sentence ("Il a été investi")."""
    lower = words(f"role_heads_{language}") | set(demonyms_in(language)) | set(date_word_values("month"))
    lower |= set(date_word_values("weekday"))
    capitalised = {w[:1].upper() + w[1:] for w in lower if " " not in w}
    return frozenset(capitalised | words("org_heads_romance") | words("sentence_pronouns_romance"))


def romance_agent_claims(
    text: str, skip: tuple[Span, ...], claimed: tuple[Span, ...], persons: list[str], language: str
) -> list[Claim]:
    """Brands shown acting in a Spanish, French or Portuguese text, as claims. `claimed`: the sorted, disjoint
    spans of every claim made; `persons`: the names of the persons claimed."""
    person_words = person_name_words(persons)
    claims = []
    for found in _agent(language).finditer(text):
        span = found.span("name")
        name = found.group("name")
        before = text[max(0, span[0] - _LOOK_BACK) : span[0]]
        if found.groupdict().get("relative"):
            # "Lisboa, que acolhe": a name without its article before a relative clause is a place's or a person's
            opening = _OPENING.search(before)
            sentence_article = _SENTENCE_ARTICLE.match(name)
            if sentence_article and opening is not None and opening.group("stop") is not None:
                # "La NAME, que": the article that opens the sentence is no word of the name
                span, name = (span[0] + sentence_article.end(), span[1]), name[sentence_article.end() :]
            elif _ARTICLE_BEFORE[language].search(before) is None:
                continue
        elif not _opens_clause(before, language) or _OF_BEFORE.search(before) or _ELIDED.match(name):
            continue
        if overlaps_any(span, skip) or overlaps_any(span, claimed):
            continue
        if not _a_brand(name, person_words, language):
            continue
        known = organization_lookup().get(name)
        mention = known_body(known) if known else OrgMention(slug(name), name, None)
        claims.append(Claim(span, "organization", mention))
    return claims


def _opens_clause(before: str, language: str) -> bool:
    """An article after a comma, a sentence's start or `and`; a comma; a sentence's start in French."""
    opening = _OPENING.search(before)
    if opening is None:
        return False
    if opening.group("article") or opening.group("comma") is not None:
        return True
    return language == "fr" and opening.group("stop") is not None


def _a_brand(name: str, person_words: set[str], language: str) -> bool:
    """No state, city, people, office, head, calendar or sentence word, nor a word of a person named."""
    if country_pattern_in(language).fullmatch(name):
        return False
    not_name = _not_name_words(language)
    return not any(
        w in person_words or w in not_name or w in LEADING_NOISE or w in CALENDAR_WORDS or is_place_or_office(w)
        for w in name.split()
    )
