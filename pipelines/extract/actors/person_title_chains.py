"""Names after a title that runs on through a body or a place the office grammar does not list.

`Chairman of the Cabinet of Ministers of Kyrgyzstan NAME`, `Ambassador to the Kingdom NAME`, `Director for the
Caucasus NAME`, `Director of SASSI NAME`: an office head, a preposition, then the words of a body or a place
(capitalised words, acronyms, connectors, a few lower-case qualifiers), then the holder's name, before a
lower-case word or a stop. Where the body ends and the name begins is told by the words: a word right after `the`
or a preposition is the body's or the place's, never a name's first word ("the Kingdom", "of SASSI"); so is a word
no name holds (an office, a state, a body's head, a word in capitals). What is left must be two or three name
words, and a body word must stand right before them: a name after a verb (`Minister of Trade met NAME`) is not
introduced by the title.
"""

from __future__ import annotations

import bisect
import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.lexicon import COUNTRY, DEMONYM, ROLE_FIELD, ROLE_HEAD, ROLE_MODIFIER
from pipelines.extract.actors.model import a_place, may_be_name_word
from pipelines.extract.actors.names import clean_role
from pipelines.extract.actors.person_bodies import international_body_before
from pipelines.extract.actors.person_patterns import QUALIFIER_WORD
from pipelines.extract.actors.persons import Introduction, bloc_code
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import country_names, demonyms, organization_lookup
from pipelines.knowledge.actor_words import actor_words

_PREPOSITIONS = ("of", "for", "to", "at")
_CONNECTOR = r"(?:of|for|to|at|the|and|&|on|de|du|des)"
# The office and its first preposition: "Foreign Minister of", "General Director of", "Ambassador to".
_OFFICE = re.compile(
    rf"(?<![\w-])(?P<role>(?:(?:{ROLE_MODIFIER}|{ROLE_FIELD})[ \t]+)*(?:{ROLE_HEAD}))"
    rf"[ \t]+(?:{'|'.join(_PREPOSITIONS)})(?=[ \t])"
)
# The chain after it, shortest first, and the capitalised words that end it before a lower-case word or a stop.
_CHAIN = re.compile(
    rf"(?P<chain>(?:[ \t]+(?:{_CONNECTOR}|{QUALIFIER_WORD}|[A-Z][\w'’&.-]*)){{0,10}}?)"
    rf"(?P<tail>(?:[ \t]+[A-Z][\w'’-]*){{2,4}})(?=[ \t]*(?:[,.;:!?)]|[ \t]and[ \t]|[ \t][a-z]|$))"
)
_DEMONYM_BEFORE = re.compile(rf"(?<![\w-])(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY})['’]s)[ \t]+$")
_KOREAN_SURNAMES = frozenset(actor_words("korean_surnames"))
_REGIONS = frozenset(actor_words("region_names"))
_REACH = 200  # characters the chain and the name may take after the office


def title_chain_claims(text: str, skip: tuple[Span, ...], found: list[Claim]) -> list[Claim]:
    """Claims on the names such titles introduce, with the office and the state the title says, where the
    persons `found` by the other rules claim no part of the name (their grammar knows the titles it lists)."""
    taken = _merged([c.span for c in found if c.actor_type == "person"])
    claims = []
    for office in _OFFICE.finditer(text):
        found = _CHAIN.match(text, office.end(), office.end() + _REACH)
        if not found:
            continue
        words = list(re.finditer(r"\S+", found.group("tail")))
        previous = found.group("chain").split()[-1:] or [text[office.start() : office.end()].split()[-1]]
        first = _name_start([w.group() for w in words], previous[0])
        if first is None:
            continue
        start = found.start("tail") + words[first].start()
        span = (start, found.start("tail") + words[-1].end())
        name = text[span[0] : span[1]]
        if overlaps_any(span, skip) or _overlaps(span, taken) or a_place(name) or name in organization_lookup():
            continue
        role_text = text[office.start() : start].strip()
        role, country = _office_and_state(text, office, role_text)
        introduction = Introduction(name, role, country, span, office.start())
        body = None if country else international_body_before(text, office.start())
        if body:  # "EBRD Director for the Caucasus NAME": an international body's official serves no state
            introduction.country = bloc_code(body, role)
            introduction.stateless = introduction.country is None
        claims.append(Claim(span, "person", introduction))
    return claims


def _merged(spans: list[Span]) -> list[Span]:
    """Sorted spans with overlapping ones merged (for a look-up in log time)."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _overlaps(span: Span, taken: list[Span]) -> bool:
    i = bisect.bisect_left(taken, (span[1],))  # the first merged span starting at or after our end
    return i > 0 and taken[i - 1][1] > span[0]


def _name_start(tail: list[str], previous: str) -> int | None:
    """Where the name starts in the capitalised words that end the chain; None when they hold no name."""
    first = 0
    while first < len(tail) and (previous in ("the", *_PREPOSITIONS) or not _name_word(tail[first], tail[first + 1 :])):
        previous, first = tail[first], first + 1
    name = tail[first:]
    if not 2 <= len(name) <= 3 or not previous[:1].isupper():  # a body or a place right before the name
        return None
    if not all(_name_word(word, name[i + 1 :]) for i, word in enumerate(name)):
        return None
    return first


def _name_word(word: str, following: list[str]) -> bool:
    """A word a name may hold here: a Korean family name that is also a word (`Park`) opens one."""
    if word.isupper() and len(word) > 1:
        return False
    if word in _REGIONS:  # "for East Africa NAME"
        return False
    return may_be_name_word(word) or (word in _KOREAN_SURNAMES and len(following) == 1)


def _office_and_state(text: str, office: re.Match, role_text: str) -> tuple[str, str | None]:
    """The office as said, without its state, and the state: a demonym or a possessive before it (`Chinese
    Ambassador to ...`), else one the title names after `of` (`... of Kyrgyzstan`), not one it is posted to
    (`Ambassador to ...`)."""
    before = _DEMONYM_BEFORE.search(text, max(0, office.start() - 40), office.start())
    if before:  # "Chinese Ambassador to ...", "Nigeria's Ambassador to the Kingdom NAME"
        state = demonyms().get(before.group("dem")) or country_names().get(before.group("poss"))
        return clean_role(role_text), state
    said_of = text[office.end("role") : office.end()].split()[-1] == "of"  # not "for", "to": another state
    return clean_role(role_text), country_in(role_text) if said_of else None
