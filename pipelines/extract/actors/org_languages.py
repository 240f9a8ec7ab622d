"""Organisations in Spanish, French and Portuguese articles: a head noun and the words that name it.

`Ministerio de Relaciones Exteriores`, `Banco Central do Brasil`, `ministère des Affaires étrangères`: a head
noun of the language (`knowledge/actor_words.toml`), then capitalised words joined by the language's small words
(`de`, `das`, `et`), and in French the lower-case adjectives of a name (`étrangères`, `mondiale`). A known
organisation keeps its id and is named as the article writes it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import alternation, country_pattern_in, words
from pipelines.extract.actors.organizations import OrgMention
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import country_names, organization_lookup, slug
from pipelines.knowledge.actor_words import country_names_in, demonyms_in
from pipelines.knowledge.calendars import date_word_values

_HEADS = words("org_heads_romance") - words("org_heads_romance_not")
_DEMONYM_BODIES = words("org_bodies_with_demonym_romance")
_HEAD = re.compile(
    rf"(?<![\w-])(?:{alternation(_HEADS)}|{alternation(words('org_heads_romance_lower'))}"
    rf"|{alternation(_DEMONYM_BODIES)})(?![\w-])"
)
_TOKEN = re.compile(r"[ \t]*(?:,[ \t]*)?([^\W\d_](?:[\w'’-]|\.(?=\w))*)")
_CONNECTORS = words("org_connectors_romance")
_CONJUNCTIONS = frozenset({"y", "e", "et"})
_ARTICLES = frozenset(
    {"el", "la", "los", "las", "le", "les", "o", "a", "os", "as"}
)  # "y el ...": a conjunction, then a new noun phrase
_OF_WORDS = frozenset(w for w in _CONNECTORS if w[0] == "d")  # "de la", "des", "do", "das", "d'"
_FRENCH_ADJECTIVE = re.compile(rf"[a-zà-ÿ]+(?:{alternation(words('adjective_endings_fr'))})")
# "a estatal chinesa State Grid", "la empresa española Repsol": a company introduced by what it is.
_FIRM_WORD = r"[A-ZÀ-Þ][\w&'’.-]*\w"
_FIRM_NAME = rf"(?P<name>{_FIRM_WORD}(?:[ \t]+(?:de[ \t]+|del[ \t]+|do[ \t]+|da[ \t]+)?{_FIRM_WORD}){{0,3}})"
# "las constructoras chilenas como A, B y C": a list opener may come between the firm word and the names
_FIRM = re.compile(
    rf"(?<![\w-])(?:{alternation(words('firm_words_romance'))})(?:[ \t]+[a-zà-ÿ]{{4,}}){{0,2}}"
    rf"(?:,?[ \t]+(?:{alternation(words('firm_list_openers_romance'))}))?[ \t]+{_FIRM_NAME}"
)
# "l'italien NAME", "le suédois NAME": French writes a people's noun for a person in capitals ("le Français
# NAME"); in lower case it stands for a company of that people ("le groupe italien")
_FRENCH_FIRM = re.compile(
    rf"(?<![\w-])(?:[Ll]['’]|(?:le|la)[ \t]+)(?:{alternation(demonyms_in('fr'))})[ \t]+{_FIRM_NAME}"
)
# the next names of a list a firm word opened: "A, B y C", "A e a B", "A et l'italien B"
_NEXT_FIRM = re.compile(
    r"(?:,[ \t]*(?:(?:y|e|et)[ \t]+)?|[ \t]+(?:y|e|et)[ \t]+)(?:(?:el|la|le|a|o)[ \t]+|l['’])?" + _FIRM_NAME
)
_ELIDED = re.compile(r"^[dl]['’]")
_NAME_BEFORE_DASH = re.compile(
    r"(?:(?<=[a-zà-ÿ][ \t])|(?<=\b[OA][ \t])|(?<=\b(?:El|La|Le)[ \t]))(?P<name>[A-ZÀ-Þ][\w'’-]*\w)[ \t]+[–—-][ \t]+$"
)
# "el Nuevo Banco de Desarrollo", "o Novo Banco": a capitalised word after an article and before the head opens
# the name when it is an adjective of the name's own (not a state's or a people's)
_WORD_BEFORE_HEAD = re.compile(
    r"(?<![\w-])(?:el|la|los|las|le|les|o|a|os|as|l['’]|al|del|au|du|do|da|no|na|pelo|pela)[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+$"
)
_CAPITALS_BEFORE_HEAD = re.compile(r"(?<![\w'’&.-])(?P<acr>[A-Z]{2,6})[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-zà-ÿ]+)(?![\w-])")
_BODIES_ALONE = words("org_bodies_alone_romance")
_NAME_ADJECTIVES = words("name_adjectives_romance")
_FOR_WORDS = frozenset({"pour", "para"})
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_CALENDAR_WORDS = frozenset(date_word_values("month")) | frozenset(date_word_values("weekday"))
# A word after a comma inside a name is one of a list of portfolios: a comma or a conjunction follows it.
_IN_A_LIST = re.compile(r"[ \t]*(?:,|(?:y|e|et)[ \t])")
_LONGEST = 14  # words after the head


def foreign_organization_claims(text: str, skip: tuple[Span, ...], language: str) -> list[Claim]:
    """Organisations named in the article's language, as claims (made before the English rules' claims)."""
    claims = []
    for head in _HEAD.finditer(text):
        if head.group() in _DEMONYM_BODIES:
            claims += _body_with_demonym(text, skip, head, language)
            continue
        end = _name_end(text, head.start(), head.end(), language)
        if end == head.end() and head.group()[0].islower():
            continue  # "le ministère a dit": a lower-case head needs a name after it
        if end == head.end() and head.group() in _BODIES_ALONE and not overlaps_any(head.span(), skip):
            claims.append(Claim(head.span(), "organization", _body_alone(text, head, language)))
            continue
        end = _with_plural_demonym(text, end, language)
        span = (_adjective_start(text, _dashed_start(text, head.start()), language), end)
        if end > head.end() and not overlaps_any(span, skip):
            name = text[span[0] : end]
            said = next((c.owner for c in claims if c.owner.name.startswith(name + " ")), None)
            claims.append(Claim(span, "organization", said or _mention(name, language)))  # "Banco Central" again
    claims += _spelled_out_claims(text, skip, language) + _known_name_claims(text, skip)
    claims = [_known_by_its_acronym(text, claim) for claim in claims]
    claims += _acronym_claims(text, skip, claims)
    firms = [*_FIRM.finditer(text), *(_FRENCH_FIRM.finditer(text) if language == "fr" else ())]
    for firm in firms:
        listed = firm
        while listed is not None:
            name = listed.group("name")
            span = listed.span("name")
            if not _a_firms_name(name, language) or overlaps_any(span, skip):
                break
            claims.append(Claim(span, "organization", _mention(name, language)))
            listed = _NEXT_FIRM.match(text, span[1])
    return claims


def _a_firms_name(name: str, language: str) -> bool:
    """A company's name after a firm word: no body's head, no state's name, no month."""
    return (
        _HEAD.match(name) is None
        and country_pattern_in(language).fullmatch(name) is None
        and name.split()[0] not in _CALENDAR_WORDS
    )


def _name_end(text: str, start: int, position: int, language: str) -> int:
    """Where the name that starts with a head at `start` ends: its last capitalised word or French adjective."""
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
        elif pending and pending[0] in _FOR_WORDS and text[start:end] in known:
            break  # "Banque mondiale pour le Sénégal": a known body's office for a state is the body
        elif _ELIDED.sub("", word)[:1].isupper():  # "d'Ivoire", "l'Économie" are capitalised words
            bare = _ELIDED.sub("", word)
            if set(pending) & _CONJUNCTIONS and (
                _HEAD.fullmatch(bare) or word.isupper() or word in known or pending[-1] in _ARTICLES or word != bare
            ):
                break  # "Banco Central do Brasil e o Ministério ...", "Banque mondiale et l'Agence": a second name
            end, pending, previous_named = token.end(), [], True
        elif language == "fr" and previous_named and _french_complement(pending, word):
            # "Société nationale d'électricité", "Société de distribution d'eau": a noun after `de` names the trade
            end, pending = token.end(), []
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


def _body_with_demonym(text: str, skip: tuple[Span, ...], head: re.Match, language: str) -> list[Claim]:
    """ "les douanes françaises": a state's service named by its demonym, which is part of the name."""
    after = _WORD_AFTER.match(text, head.end())
    state = demonyms_in(language).get(after.group("word")) if after else None
    if state is None or overlaps_any((head.start(), after.end()), skip):
        return []
    name = text[head.start() : after.end()]
    return [Claim((head.start(), after.end()), "organization", OrgMention(f"{state}/customs", name, state))]


def _body_alone(text: str, head: re.Match, language: str) -> OrgMention:
    """ "la Cancillería chilena": a body named by its head alone, of the state its demonym names."""
    after = _WORD_AFTER.match(text, head.end())
    state = demonyms_in(language).get(after.group("word")) if after else None
    return OrgMention(slug(head.group()), head.group(), state)


def _dashed_start(text: str, start: int) -> int:
    """ "pelo Camões – Instituto da ...", "O Camões – Instituto": a proper word joined to the head by a dash,
    after a lower-case word or an article, is the first word of the name."""
    before = _NAME_BEFORE_DASH.search(text, max(0, start - 40), start)
    return before.start("name") if before else start


def _adjective_start(text: str, start: int, language: str) -> int:
    """Where a name opened by an adjective of its own starts ("Nuevo Banco", "Nova Agência"), or by a word in
    capitals that is no state's nor another body's ("TAAG Linhas Aéreas")."""
    capitals = _CAPITALS_BEFORE_HEAD.search(text, max(0, start - 10), start)
    if capitals and capitals.group("acr") not in organization_lookup() and capitals.group("acr") not in country_names():
        return capitals.start("acr")
    before = _WORD_BEFORE_HEAD.search(text, max(0, start - 30), start)
    if before is None:
        return start
    word = before.group("name")
    if word in _HEADS or word in demonyms_in(language) or country_pattern_in(language).fullmatch(word):
        return start
    return before.start("name") if word in _NAME_ADJECTIVES else start


def _with_plural_demonym(text: str, end: int, language: str) -> int:
    """ "Forças Armadas angolanas": a plural demonym right after a plural name belongs to it."""
    after = _WORD_AFTER.match(text, end)
    if language == "fr" or after is None or text[end - 1 : end] != "s":
        return end
    word = after.group("word")
    return after.end() if word.endswith("s") and word in demonyms_in(language) else end


def _french_complement(pending: list[str], word: str) -> bool:
    """`d'électricité`, `de distribution`: `de` (elided or not) and a lower-case noun that is no verb in the
    infinitive ("la Banque mondiale de financer"), no calendar word and not a small word."""
    bare = _ELIDED.sub("", word)
    elided = word != bare and word[0] == "d"
    of_only = (not pending and elided) or (pending in (["de"], ["des"], ["du"]) and not elided)
    return (
        of_only
        and len(bare) >= 3
        and bare.isalpha()
        and bare.islower()
        and not bare.endswith(_INFINITIVE_ENDINGS)
        and bare not in _CALENDAR_WORDS
    )


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


# "Banco Nacional de Desenvolvimento Econômico e Social (BNDES)": an acronym in brackets after the name it spells.
_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z]?[A-Z]{1,8})\)")
_ACRONYM_AFTER = re.compile(r"[ \t]*\((?P<acr>[A-Z][A-Za-z]?[A-Z]{1,8})\)")
_KNOWN_AFTER = re.compile(r"[ \t]*\((?P<acr>[A-Z][\w.-]{1,11})\)")
_WORD_BEFORE = re.compile(r"([^\W\d_](?:[\w'’-]*\w)?)[ \t]*$")
_NOT_BODIES = words("org_heads_romance_not")


def _spelled_out_claims(text: str, skip: tuple[Span, ...], language: str) -> list[Claim]:
    """A name whose words' initials spell the bracketed acronym after it, in order (small words may be skipped):
    `Hidroelétrica de Cahora Bassa (HCB)`, `Banque africaine de développement (BAD)`."""
    claims = []
    for match in _BRACKETED_ACRONYM.finditer(text):
        start = _spelled_start(text, match.start(), match.group("acr"))
        if start is None:
            continue
        end = len(text[: match.start()].rstrip())
        name = text[start:end]
        if overlaps_any((start, end), skip) or name.split()[0] in _NOT_BODIES or _names_a_state(name, language):
            continue
        claims.append(Claim((start, end), "organization", _mention(name, language)))
    return claims


def _spelled_start(text: str, position: int, acronym: str) -> int | None:
    """Where the name ending at `position` starts if its words' initials spell `acronym`, reading back (each part
    of a hyphenated word gives an initial: `ouest-africaine`)."""
    letters = list(acronym.casefold())
    for _ in range(3 * len(acronym) + 3):
        word = _WORD_BEFORE.search(text, max(0, position - 40), position)
        if word is None or "\n" in text[word.start() : position]:
            return None
        token = _ELIDED.sub("", word.group(1))
        spelled = _spell_back(token, letters)
        if not letters:  # the name starts after an elided article: "l'Agence ..."
            return word.start() + len(word.group(1)) - len(token) if token[0].isupper() else None
        if not spelled and word.group(1) not in _CONNECTORS and word.group(1).lower() not in _ARTICLES:
            return None
        position = word.start()
    return None


def _spell_back(token: str, letters: list[str]) -> bool:
    """Take the initials of the token's parts off the end of `letters`, last part first; whether any was."""
    taken = False
    for part in reversed([p for p in token.split("-") if p]):
        if not letters or _fold(part[0]) != letters[-1]:
            break
        letters.pop()
        taken = True
    return taken


def _fold(letter: str) -> str:
    return unicodedata.normalize("NFKD", letter)[0].casefold()


def _names_a_state(name: str, language: str) -> bool:
    state = country_pattern_in(language).fullmatch(name)
    return state is not None


def _known_by_its_acronym(text: str, claim: Claim) -> Claim:
    """A name followed by the bracketed acronym of a known body is that body, named as the article writes it:
    `Comunidade dos Estados da América Latina e Caribe (Celac)`."""
    after = _KNOWN_AFTER.match(text, claim.span[1])
    known = organization_lookup().get(after.group("acr")) if after and claim.owner is not None else None
    if known is None or known.actor_id == claim.owner.key:
        return claim
    return Claim(claim.span, claim.actor_type, OrgMention(known.actor_id, claim.owner.name, known.country))


def _acronym_claims(text: str, skip: tuple[Span, ...], claims: list[Claim]) -> list[Claim]:
    """An acronym in brackets right after a name is that body's; so is each later use of it."""
    defined: dict[str, OrgMention] = {}
    found = []
    for claim in claims:
        after = _ACRONYM_AFTER.match(text, claim.span[1])
        if after and claim.owner is not None and after.group("acr") not in defined:
            defined[after.group("acr")] = claim.owner
    for acronym, mention in defined.items():
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            if not overlaps_any(use.span(), skip):
                found.append(Claim(use.span(), "organization", mention))
    return found


# "Conferência das Nações Unidas sobre ...": a known body inside the name of an event or programme.
_EVENT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{alternation(words('event_heads_romance'))})[ \t]+(?:{alternation(_OF_WORDS)})[ \t]*$"
)


@cache
def _known_pattern() -> re.Pattern:
    names = [n for n in organization_lookup() if " " in n]
    return re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w-])")


def _known_name_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """Known bodies by a name of several words, also after an elided article (`l'Union européenne`)."""
    known = organization_lookup()
    claims = []
    for match in _known_pattern().finditer(text):
        org = known[match.group()]
        event = _EVENT_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if event:  # the event's name blocks the body's: it is no mention of it
            claims.append(Claim((event.start(), match.end()), "organization"))
        elif not overlaps_any(match.span(), skip):
            claims.append(Claim(match.span(), "organization", OrgMention(org.actor_id, match.group(), org.country)))
    return claims
