"""Bodies named in their own language inside an English article: `Banque Nationale de Paris`, `Cassa Depositi e
Prestiti`, `Bangko Sentral ng Pilipinas`, `Caixa Geral de Depósitos`.

The English rules read runs of capitalised words joined by English small words, and an English head noun; a
foreign name opens with its own language's head and holds that language's small words, so they cut it into
pieces or miss it. Here a foreign head (`knowledge/actor_words.toml`; none that English writes as its own word)
opens a name that runs on over capitalised words and the foreign small words between them, and ends at its last
capitalised word: before an English word, an office (`Banco de México Governor NAME`), a day, or a conjunction
that opens a second body (`Banco do Brasil e Caixa Econômica`).
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import (
    CALENDAR_WORDS,
    FOREIGN_HEADS,
    NOT_NAME_WORDS,
    ORG_HEADS,
    alternation,
    words,
)
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.actors.org_pieces import menu_lines
from pipelines.extract.actors.organizations import known_body, named_body
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import organization_lookup

# a word on the same line: "d'Industrie", "l'Ouest" are capitalised words after their elision
_TOKEN = re.compile(r"[ \t]+([^\W\d_](?:[\w'’-]|\.(?=\w))*)")
_ELIDED = re.compile(r"^[dlDL]['’]")
_POSSESSIVE = re.compile(r"['’]s$")
_CONJUNCTIONS = frozenset({"e", "y", "et"})
_LONGEST = 12  # words after the head


@cache
def foreign_connectors() -> frozenset[str]:
    """The small words of other languages' names, one word each (`de la` is `de` then `la`)."""
    phrases = words("org_connectors_romance") | words("org_connectors_other_languages")
    return frozenset(w for phrase in phrases for w in phrase.split() if w[-1] not in "'’")


@cache
def _head() -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?:{alternation(FOREIGN_HEADS)})(?![\w'’-])")


def foreign_named_bodies(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """Claims for the bodies an English text names in their own language, a head and at least one word after it;
    a name the knowledge base knows keeps its id. Not on a line of page furniture, unless known."""
    if _head().search(text) is None:
        return []
    menus = menu_lines(text)
    known = organization_lookup()
    claims = []
    for head in _head().finditer(text):
        end = _name_end(text, head.end())
        span = (head.start(), end)
        name = text[head.start() : end]
        if end == head.end() or overlaps_any(span, skip) or (overlaps_any(span, menus) and name not in known):
            continue
        body = known.get(name)
        mention = known_body(body) if body else named_body(name)
        claims.append(Claim(span, "organization", mention))
    return claims


def _name_end(text: str, position: int) -> int:
    """Where the name whose head ends at `position` ends: its last capitalised word before anything else."""
    end, pending = position, []
    for _ in range(_LONGEST):
        token = _TOKEN.match(text, position)
        if token is None:
            break
        word = token.group(1)
        if word in foreign_connectors():
            pending.append(word)
        elif _name_word(_ELIDED.sub("", word)) and not _opens_another_body(pending, word):
            possessive = _POSSESSIVE.search(word)
            if possessive:  # "Banque de France's governor": the name ends on its owner's mark
                return token.end() - len(possessive.group())
            end, pending = token.end(), []
        else:
            break
        position = token.end()
    return end


def _name_word(word: str) -> bool:
    """A capitalised word of a name: not an office, a day or month, or a word that opens a sentence's clause."""
    bare = _POSSESSIVE.sub("", word)
    return (
        bare[:1].isupper()
        and ROLE_WORD.fullmatch(bare) is None
        and bare not in CALENDAR_WORDS
        and (bare not in NOT_NAME_WORDS or bare in ORG_HEADS)
    )


def _opens_another_body(pending: list[str], word: str) -> bool:
    """ "Banco do Brasil e Caixa Econômica": a conjunction before a head joins two bodies, not two words of one."""
    return bool(pending) and pending[-1] in _CONJUNCTIONS and word in FOREIGN_HEADS
