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
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.lexicon import alternation, country_pattern_in, words
from pipelines.extract.actors.organizations import OrgMention, seat_end
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import city_countries, country_names, organization_lookup, slug
from pipelines.knowledge.actor_words import actor_word_map, country_names_in, demonyms_in
from pipelines.knowledge.calendars import date_word_values

_HEADS = words("org_heads_romance") - words("org_heads_romance_not")
_DEMONYM_BODIES = words("org_bodies_with_demonym_romance")
_MINISTRY_HEADS = words("ministry_heads_romance")
# a ministry's portfolio: `de`, `des`, `da` and a capitalised word ("de Economía", "de l'Agriculture", "das Minas")
_PORTFOLIO_BEFORE = re.compile(
    r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|del[ \t]+|d['’]|(?:de|des|da|do|das|dos|du)[ \t]+)[A-ZÀ-Þ]"
)
_PERSON_HEADS = actor_word_map("org_heads_lower_persons_romance")
_HEAD = re.compile(
    rf"(?<![\w-])(?:{alternation(_HEADS)}|{alternation(words('org_heads_romance_lower'))}"
    rf"|{alternation(_DEMONYM_BODIES)})(?![\w-])"
)
# missions, and the words before the state they serve in
_BILATERAL_MISSION = re.compile(rf"(?:{alternation(words('bilateral_mission_heads_romance'))})(?![\w-])")
_MISSION = re.compile(
    rf"(?:{alternation(words('mission_heads_romance') | words('bilateral_mission_heads_romance'))})(?![\w-])"
)
_PLACE_WORDS = words("mission_place_words_romance")
_CITY_WORDS = words("mission_city_words_romance")
_PLACE_SPLIT = re.compile(rf"[ \t](?:{alternation(_PLACE_WORDS | _CITY_WORDS)})[ \t]")
# a head after another head and `de`: "Consejo de Administración", "Conseil d'administration"
_INNER_HEAD = re.compile(rf"(?<![\w-])(?:{alternation(_HEADS)})[ \t]+(?:de|d['’])[ \t]*$")
# "Grupo C&V": an ampersand between capitals, with no space, is inside one word
_TOKEN = re.compile(r"[ \t]*(?:,[ \t]*)?([^\W\d_](?:[\w'’-]|\.(?=\w)|(?<=[A-Z])&(?=[A-Z]))*)")
_CONNECTORS = words("org_connectors_romance")
_CONJUNCTIONS = frozenset({"y", "e", "et"})
_ARTICLES = frozenset(
    {"el", "la", "los", "las", "le", "les", "o", "a", "os", "as"}
)  # "y el ...": a conjunction, then a new noun phrase
_OF_WORDS = frozenset(w for w in _CONNECTORS if w[0] == "d")  # "de la", "des", "do", "das", "d'"
# a French adjective in lower case, also of two words joined by a hyphen ("ouest-africaine"); some endings need three
# letters before them ("potable", not the verb "table")
_FRENCH_ADJECTIVE = re.compile(
    rf"(?:[a-zà-ÿ]+-)?(?:[a-zà-ÿ]+(?:{alternation(words('adjective_endings_fr'))})"
    rf"|[a-zà-ÿ]{{3,}}(?:{alternation(words('adjective_endings_fr_long'))}))"
)
# "ressources en hydrocarbures", "transport par rail": a preposition and a lower-case noun inside a French field
_FIELD_PREPOSITIONS = words("complement_prepositions_fr")
_FIELD_PREPOSITIONS_NOT = words("complement_prepositions_fr_not")
# "a estatal chinesa State Grid", "la empresa española Repsol": a company introduced by what it is.
_FIRM_NAME = r"[A-ZÀ-Þ][\w&'’.-]*\w(?:[ \t]+(?:de[ \t]+|del[ \t]+|do[ \t]+|da[ \t]+)?[A-ZÀ-Þ][\w&'’.-]*\w){0,3}"
_FIRM_WORDS = alternation(words("firm_words_romance"))
_FIRM_OPENERS = alternation(words("firm_list_openers_romance"))
_NAME_ARTICLE = r"(?:(?:a|o|la|el|le|l['’]|à|au|aux|pela|pelo)[ \t]*)?"
# "construtoras brasileiras como A, B e C", "entreprises, dont A et B", "la agencia de noticias NAME": the firm
# word may be plural and a list opener (after a comma too) may stand before the name (which is never an opener's
# word: `[a-zà-ÿ]{4,}` words are not `como`)
_FIRM = re.compile(
    rf"(?<![\w-])(?:{_FIRM_WORDS})(?:e?s)?"
    rf"(?:[ \t]+(?:(?:de|d['’])[ \t]*)?(?!(?:{_FIRM_OPENERS})(?![\w-]))[a-zà-ÿ]{{4,}}){{0,2}}"
    rf"(?:,?[ \t]+(?P<opener>{_FIRM_OPENERS}))?[ \t]+{_NAME_ARTICLE}(?P<name>{_FIRM_NAME})"
)
# "l'italien NAME", "le japonais NAME": a people's word in lower case as a noun stands for its company in French
_FRENCH_FIRM = re.compile(
    rf"(?<![\w-])(?:l['’]|le[ \t]+|du[ \t]+|au[ \t]+)(?P<demonym>[a-zà-ÿ]+)[ \t]+(?P<name>{_FIRM_NAME})"
)
# "la china Gezhouba", "a francesa Total": so it does in Spanish and Portuguese, where a person is written alike
# ("la alemana Angela Merkel"): one word, or a name in capitals ("la española CAF"), and no particle after it
_ROMANCE_FIRM = re.compile(
    rf"(?<![\w-])(?:{alternation(words('demonym_firm_articles'))})[ \t]+(?P<demonym>[a-zà-ÿ-]+)[ \t]+"
    rf"(?P<name>[A-ZÀ-Þ][\w&'’.-]*\w)(?![\w&'’-])(?!\.\w)"
    rf"(?![ \t]+(?:[A-ZÀ-Þ]|(?:{alternation(words('name_particles'))})[ \t]))"
)
# "A y B, las empresas ...", "NAME, a empresa ...": a firm word in apposition after the names; the article may be
# left out before a firm word that a lower-case word or `de` qualifies ("NAME, empresa pública de água", "NAME,
# filiale de la SNCF")
_FIRM_APPOSITION = re.compile(
    rf",[ \t]+(?:(?:la|las|el|los|a|as|o|os|le|les|l['’]|un|una|uma|une)[ \t]*(?:{_FIRM_WORDS})(?:e?s)?(?![\w-])"
    rf"|(?:{_FIRM_WORDS})(?=[ \t]+[a-zà-ÿ]))"
)
_LIST_ITEM = re.compile(rf"(?P<sep>,[ \t]*|[ \t]+(?:y|e|et)[ \t]+){_NAME_ARTICLE}(?P<name>{_FIRM_NAME})(?![\w'’-])")
_ITEM_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_FIRM_NAME})(?P<sep>,[ \t]*|[ \t]+(?:y|e|et)[ \t]+){_NAME_ARTICLE}$")
_MAX_ITEMS = 8
_JOINED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_FIRM_NAME})[ \t]+(?:y|e|et)[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n])[ \t]*$")
# "La SETRAM", "El ICEX", "O BFA": a singular article written with a capital before a name's capitalised word
_OPENING_ARTICLE = re.compile(r"(?:La|Le|El|O|A)[ \t]+(?=[A-ZÀ-Þ])|L['’](?=[A-ZÀ-Þ])")
_FIRM_OPENER_WORDS = frozenset(w.capitalize() for w in words("firm_list_openers_romance"))
_ELIDED = re.compile(r"^[dl]['’]")
# "la TAAG Linhas Aéreas de Angola", "TAP Air Portugal": a firm's acronym before the head opens its name
_ACRONYM_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z]{2,6})[ \t]+$")
_NAME_BEFORE_DASH = re.compile(
    r"(?:(?<=[a-zà-ÿ][ \t])|(?<=\b[OA][ \t])|(?<=\b(?:El|La|Le)[ \t]))(?P<name>[A-ZÀ-Þ][\w'’-]*\w)[ \t]+[–—-][ \t]+$"
)
# "el Nuevo Banco de Desarrollo", "o Novo Banco": a capitalised word after an article and before the head opens
# the name when it is an adjective of the name's own (not a state's or a people's)
# an article or the start of a sentence before it
_WORD_BEFORE_HEAD = re.compile(
    r"(?:(?<![\w-])(?:el|la|los|las|le|les|o|a|os|as|l['’]|al|del|au|du|do|da|no|na|pelo|pela)[ \t]+|^|[.!?\n][ \t]*)"
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+$"
)
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-zà-ÿ]+)(?![\w-])")
_BODIES_ALONE = words("org_bodies_alone_romance")
_NAME_ADJECTIVES = words("name_adjectives_romance")
_FOR_WORDS = frozenset({"pour", "para"})
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_CALENDAR_WORDS = frozenset(date_word_values("month")) | frozenset(date_word_values("weekday"))
# A word after a comma inside a name is one of a list of portfolios: a comma or a conjunction follows it.
_IN_A_LIST = re.compile(r"[ \t]*(?:,|(?:y|e|et)[ \t])")
_LONGEST = 14  # words after the head
_TO_ACRONYM = re.compile(r"(?:[ \t]+[\w'’-]+){1,10}?(?P<bracket>)[ \t]*\((?P<acr>[A-Z][A-Za-z]{1,9})\)")
_PORTFOLIO_ITEM = re.compile(
    rf"(?:(?:{alternation(_ARTICLES)})[ \t]+)?(?P<words>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){{0,2}})"
)
# ", Comercio Internacional y", ", la Industria, la Energía y": items after commas, the last before a conjunction
_PORTFOLIO_LIST = re.compile(
    rf"(?:[ \t]*,[ \t]*(?:(?:{alternation(_ARTICLES)})[ \t]+)?[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){{0,2}})+"
    r"[ \t]+(?:y|e|et)[ \t]"
)
# a portfolio's word after a comma and `de`: capitalised, or in French a lower-case noun of four letters or more, and
# in French its adjective ("de la planification et", "de l'économie générale et", "des Ressources hydrauliques et",
# "de la Coopération africaine et")
_PORTFOLIO_WORD = re.compile(
    rf"(?:[ \t]+(?:{alternation(_CONNECTORS)}))*[ \t]*(?:[dl]['’])?"
    rf"(?:[A-ZÀ-Þ][\w'’-]*(?:[ \t]+{_FRENCH_ADJECTIVE.pattern}(?=[ \t]+(?:y|e|et)[ \t]))?"
    rf"|[a-zà-ÿ]{{4,}}(?:[ \t]+{_FRENCH_ADJECTIVE.pattern})?(?=[ \t]+(?:y|e|et)[ \t]))"
)


def foreign_organization_claims(text: str, skip: tuple[Span, ...], language: str) -> list[Claim]:
    """Organisations named in the article's language, as claims (made before the English rules' claims)."""
    claims = []
    for head in _HEAD.finditer(text):
        if _INNER_HEAD.search(text, max(0, head.start() - 30), head.start()):
            continue  # "Conselho de Administração da EDM": a board's field, inside the name of its head
        if head.group() in _DEMONYM_BODIES:
            claims += _body_with_demonym(text, skip, head, language)
            continue
        end = _name_end(text, head.start(), head.end(), language)
        if head.group()[0].islower() and (end == head.end() or _PERSON_HEADS.get(head.group()) == language):
            continue  # "le ministère a dit": a lower-case head needs a name after it, and names no person
        if end == head.end() and head.group() in _BODIES_ALONE and not overlaps_any(head.span(), skip):
            claims.append(Claim(head.span(), "organization", _body_alone(text, head, language)))
            continue
        end = _with_plural_demonym(text, _to_its_acronym(text, head.start(), end), language)
        if _BILATERAL_MISSION.match(text, head.start()) and end > head.end():  # "Embajada de Chile, Lima"
            end = seat_end(text, end)
        span = (_adjective_start(text, _dashed_start(text, head.start(), language), language), end)
        # "la Fédération de Russie", "a República da Coreia": a state's formal name is the state, no body
        if end > head.end() and not overlaps_any(span, skip) and text[span[0] : end] not in country_names_in(language):
            end, closing = _without_closing_state(text, head, end, language)
            span, name = (span[0], end), text[span[0] : end]
            said = next((c.owner for c in claims if c.owner.name.startswith(name + " ")), None)
            # "Banco Central" again
            mention = said or _mention(name, language, closing or _demonym_after(text, end, language))
            claims.append(Claim(span, "organization", mention))
    claims += _spelled_out_claims(text, skip, language) + _known_name_claims(text, skip)
    claims = [_known_by_its_acronym(text, claim) for claim in claims]
    claims += _acronym_claims(text, skip, claims)
    for span in _firm_spans(text, language):
        name = text[span[0] : span[1]]
        if _HEAD.match(name) is None and _a_firm_name(name, language) and not overlaps_any(span, skip):
            claims.append(Claim(span, "organization", _mention(name, language)))
    return claims


def _firm_spans(text: str, language: str) -> list[Span]:
    """The names a firm word introduces, with the rest of the list they open, and the names a firm word in
    apposition follows ("A y B, las empresas públicas")."""
    spans = []
    cues = list(_FIRM.finditer(text))
    if language == "fr":
        cues += [m for m in _FRENCH_FIRM.finditer(text) if m.group("demonym") in demonyms_in(language)]
    elif language in ("es", "pt"):
        cues += [m for m in _ROMANCE_FIRM.finditer(text) if m.group("demonym") in demonyms_in(language)]
    for cue in cues:
        spans += _listed_after(text, cue.span("name"))
        joined = _JOINED_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
        if joined and " " not in joined.group("name"):  # "Sonelgaz et l'italien NAME"; two words may be a person
            spans.append(joined.span("name"))
    for apposition in _FIRM_APPOSITION.finditer(text):
        spans += _listed_before(text, apposition.start())
    return spans


def _listed_after(text: str, first: Span) -> list[Span]:
    """The first name and the names of the list it opens; a list of commas only ends with its first name
    ("la petrolera NAME, Bogotá confirmó": no conjunction, no list)."""
    items, joined, end = [first], False, first[1]
    while len(items) < _MAX_ITEMS and (item := _LIST_ITEM.match(text, end)) is not None:
        items.append(item.span("name"))
        joined = joined or "," not in item.group("sep")
        end = item.end()
        if joined:
            break  # a conjunction joins the last item
    return items if joined else items[:1]


def _listed_before(text: str, end: int) -> list[Span]:
    """The names before an apposition: one, or a list whose last two are joined by a conjunction."""
    first = re.search(rf"(?<![\w'’-])(?:{_FIRM_NAME})$", text[max(0, end - 60) : end])
    if first is None:
        return []
    items = [(end - len(first.group()), end)]
    start = items[0][0]
    article = _OPENING_ARTICLE.match(first.group())
    if article:  # "La SETRAM, filiale de ...", "El ICEX, la agencia ...": the article opens the sentence, not the name
        items, start = [(start + article.end(), end)], start + article.end()
    elif _SENTENCE_START.search(text, max(0, start - 3), start):
        return []  # "Además, la empresa ...": a name opening a sentence may be an adverb
    while len(items) < _MAX_ITEMS:
        item = _ITEM_BEFORE.search(text, max(0, start - 60), start)
        if item is None or (len(items) == 1 and "," in item.group("sep")):
            break  # "En Madrid, NAME, la empresa": a comma before the last name opens no list
        items.append(item.span("name"))
        start = item.start()
    return items


def _a_firm_name(name: str, language: str) -> bool:
    """No state, city or sentence's first word ("Según") for a name."""
    first = name.split()[0]
    return not (
        country_pattern_in(language).fullmatch(name)
        or name in city_countries()
        or first.lower() in _CONNECTORS
        or first in _FIRM_OPENER_WORDS
    )


def _name_end(text: str, start: int, position: int, language: str) -> int:
    """Where the name that starts with a head at `start` ends: its last capitalised word or French adjective."""
    end, pending, previous_named = position, [], True
    lower = ""  # the name's last word when it is a lower-case word of a French field or adjective, else ""
    known = organization_lookup()
    for _ in range(_LONGEST):
        token = _TOKEN.match(text, position)
        if token is None:
            break
        word = token.group(1)
        field = _french_field_word(text, token, pending, lower, language)
        if field is False:
            break
        if field:
            end, position, pending, lower = field.end(), field.end(), [], field.group(1)
            continue
        # "ministère ivoirien des Affaires étrangères", "Ministerio chino de Comercio": a state's word right after the
        # head is the name's when a portfolio follows it; ending the name, it is none ("Gendarmería Real marroquí"),
        # but for a French adjective's ending ("Banque centrale tunisienne")
        # "Missão da SADC em Moçambique": a mission's name holds the state it serves in
        if word in _CONNECTORS or (
            previous_named
            and not pending
            and (_state_word(word, language) or _opens_a_missions_place(text, start, word))
        ):
            pending.append(word)
        elif pending and pending[0] in _FOR_WORDS and text[start:end] in known:
            break  # "Banque mondiale pour le Sénégal": a known body's office for a state is the body
        elif _ELIDED.sub("", word)[:1].isupper():  # "d'Ivoire", "l'Économie" are capitalised words
            if _capital_ends(text, (start, end), pending, token, language):
                break
            end, pending, previous_named, lower = token.end(), [], True, ""
        elif (
            language == "fr"
            and previous_named
            and (
                _french_complement(pending, word, text[start:end])
                or (not pending and _FRENCH_ADJECTIVE.fullmatch(word))
            )
        ):
            # "Société nationale d'électricité", "Société de distribution d'eau": a noun after `de` names the trade;
            # "Banque mondiale": a French adjective in lower case
            end, pending, lower = token.end(), [], _ELIDED.sub("", word)
        elif previous_named and _portfolio_link(pending) and len(word) > 3:
            # "ministère de la Culture et de la communication": a second portfolio, written in lower case
            end, pending, lower = token.end(), [], ""
        else:
            break
        if "," in token.group() and word not in _CONNECTORS and not _ELIDED.sub("", word)[:1].isupper():
            break
        position = token.end()
    return end


def _french_field_word(
    text: str, token: re.Match, pending: list[str], lower: str, language: str
) -> re.Match | bool | None:
    """The token that goes on a French name's lower-case field after its lower-case word `lower`, from `token` on:
    an adjective of a list after a comma ("Conseil économique, social et environnemental"), a second adjective after
    `et` ("développement économique et social", "eaux usées et pluviales"), a noun after `en` or `par` ("ressources en
    hydrocarbures", "transport africain par rail"); False where the name ends before `token` (a comma that
    `_comma_ends`, or `en` or `par` before no noun), None where no such word follows."""
    if _comma_ends(text, token, token.group(1)):
        return False
    if language != "fr" or not lower:
        return None
    word = token.group(1)
    adjective = _FRENCH_ADJECTIVE.fullmatch(lower) is not None
    if adjective and _in_adjective_list(text, token, word):
        return token
    if adjective and pending == ["et"] and "," not in token.group() and _FRENCH_ADJECTIVE.fullmatch(word):
        return token
    if pending or word not in _FIELD_PREPOSITIONS:
        return None
    after = _TOKEN.match(text, token.end())
    noun = "," not in token.group() and after is not None and "," not in after.group() and _field_noun(after.group(1))
    return after if noun else False


def _field_noun(word: str) -> bool:
    """A lower-case noun after `en` or `par` in a French field: no adverbial phrase's ("en cours", "par an"), no
    participle ("en attendant"), no calendar word."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word.islower()
        and word not in _FIELD_PREPOSITIONS_NOT
        and not word.endswith("ant")
        and word not in _CALENDAR_WORDS
    )


_ADJECTIVES_LISTED = 4


def _a_lower_noun(word: str) -> bool:
    return len(word) >= 4 and word.isalpha() and word.islower() and word not in _CONNECTORS


def _in_adjective_list(text: str, token: re.Match, word: str) -> bool:
    """Whether `token` is an adjective after a comma that opens a list of adjectives closed by `et` and one more
    ("économique, social et environnemental")."""
    if "," not in token.group() or not _FRENCH_ADJECTIVE.fullmatch(word):
        return False
    position = token.end()
    for _ in range(_ADJECTIVES_LISTED):
        after = _TOKEN.match(text, position)
        if after is None or not (after.group(1) == "et" or _FRENCH_ADJECTIVE.fullmatch(after.group(1))):
            return False
        if after.group(1) == "et" and "," not in after.group():
            last = _TOKEN.match(text, after.end())
            if last is None or "," in last.group() or not _FRENCH_ADJECTIVE.fullmatch(last.group(1)):
                return False
            noun = _TOKEN.match(text, last.end())  # "principale et unique banque": adjectives of a noun after them
            return noun is None or "," in noun.group() or not _a_lower_noun(noun.group(1))

        if "," not in after.group():
            return False
        position = after.end()
    return False


def _comma_ends(text: str, token: re.Match, word: str) -> bool:
    """ "Banque pour le Niger, NAME": a comma ends the name unless a list of portfolios goes on; an acronym after
    it is the name's own ("Institut ... agricoles, l'ISRA, partira")."""
    return "," in token.group() and (
        _ELIDED.sub("", word).isupper() or not _IN_A_LIST.match(text, _portfolio_end(text, token, word))
    )


def _capital_ends(text: str, named: Span, pending: list[str], token: re.Match, language: str) -> bool:
    """Whether the capitalised word of `token`, after the small words `pending`, is no word of the name `named`: it
    opens another name, or it is a city after a mission's preposition ("la Misión de la ONU en Bogotá")."""
    word = token.group(1)
    if _closes_a_portfolio_list(text, named, pending, token):
        return False
    if _opens_another_name(pending, word, language) or _joins_another_body(
        text[named[0] : named[1]], pending, word, language
    ):
        return True
    # "Consulado-Geral de Angola em Lisboa": a state's mission in another state may be named by its city too
    return (
        bool(pending)
        and (pending[0] in _PLACE_WORDS or pending[0] in _CITY_WORDS)
        and not _state_at_start(language).match(text, token.start(1))
        and _BILATERAL_MISSION.match(text, named[0]) is None
    )


def _closes_a_portfolio_list(text: str, named: Span, pending: list[str], token: re.Match) -> bool:
    """ "Ministerio de Economía, Comercio y Empresa", "Ministério da Indústria, Comércio e Serviços": after a list of
    portfolios opened by a comma, a conjunction and one capitalised word that ends the run (a lower-case word, a
    stop or the end follows) is the list's last portfolio, even a head's word; one that goes on opens a name of its
    own ("..., Comercio y Empresa Nacional de Minas")."""
    if pending not in (["y"], ["e"], ["et"]) or "," not in text[named[0] : named[1]]:
        return False
    after = _TOKEN.match(text, token.end())
    return (
        after is None
        or "," in after.group()
        or (not after.group(1)[:1].isupper() and after.group(1) not in _CONNECTORS)
    )


def _opens_a_missions_place(text: str, start: int, word: str) -> bool:
    """ "Missão da SADC em Moçambique", "Consulat général du Maroc à Montréal": the preposition before where the
    mission that starts at `start` serves."""
    return (word in _PLACE_WORDS and _MISSION.match(text, start) is not None) or (
        word in _CITY_WORDS and _BILATERAL_MISSION.match(text, start) is not None
    )


def _state_word(word: str, language: str) -> bool:
    """A state's word in lower case that no French adjective's ending keeps in the name."""
    return word in demonyms_in(language) and not (language == "fr" and _FRENCH_ADJECTIVE.fullmatch(word))


def _opens_another_name(pending: list[str], word: str, language: str) -> bool:
    """Whether a capitalised word after the small words `pending` starts a name of its own."""
    bare = _ELIDED.sub("", word)
    if pending and pending[0] == "por" and (len(pending) < 2 or country_pattern_in(language).match(bare)):
        return True  # "vetada en el Consejo por Rusia": `por` joins a name only through an article
    # "Banco Central do Brasil e o Ministério ...", "Banque mondiale et l'Agence": a second name; "et de
    # l'Énergie", "y de la Minería": one more portfolio of the name, unless a head opens it
    return bool(set(pending) & _CONJUNCTIONS) and bool(
        _HEAD.fullmatch(bare)
        or word.isupper()
        or word in organization_lookup()
        or ((pending[-1] in _ARTICLES or word != bare) and not _portfolio_link(pending))
    )


def _joins_another_body(named: str, pending: list[str], word: str, language: str) -> bool:
    """ "Guardia Civil y Policía Nacional", "Polícia Federal do Brasil e Receita Federal": a conjunction right before a
    capitalised word adds a portfolio to a name only inside its complement (`Ministerio de Industria y Comercio`), and
    to a name closed by its state only another state (`Comisión Binacional de Ecuador y Perú`); else it joins two."""
    if len(pending) != 1 or pending[0] not in _CONJUNCTIONS:
        return False
    if _COMPLEMENT.search(named) is None:
        return True
    return _state_at_end(language).search(named) is not None and not _state_at_start(language).match(word)


# `de`, `del`, `d'`, `para`, `pour`: what opens a name's complement, where its portfolios are listed
_COMPLEMENT = re.compile(rf"(?<![\w'’-])(?:{alternation(_OF_WORDS | _FOR_WORDS)})(?![\w-])|(?<![\w'’-])d['’]")


@cache
def _closing_state(language: str) -> re.Pattern:
    """`de Guatemala`, `du Sénégal`, `da China`: a state's name after `de`, closing a ministry's name."""
    states = alternation(_state_names(language))
    return re.compile(rf"[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|del|de|da|do|du|d['’])[ \t]*(?P<state>{states})\Z")


def _without_closing_state(text: str, head: re.Match, end: int, language: str) -> tuple[int, str | None]:
    """A ministry's name without the state that closes it after its portfolio ("Ministerio de Economía de
    Guatemala" is the "Ministerio de Economía" of Guatemala), and that state; the name as it is otherwise."""
    if head.group() not in _MINISTRY_HEADS:
        return end, None
    closing = _closing_state(language).search(text, head.end(), end)
    if closing is None or not _PORTFOLIO_BEFORE.match(text, head.end(), closing.start()):
        return end, None
    state = closing.group("state")
    return closing.start(), country_names_in(language).get(state) or country_names().get(state)


@cache
def _state_at_end(language: str) -> re.Pattern:
    """A state's name in the language or as in English (`Colombia`, `d'Ivoire` of `Côte d'Ivoire`) closing a name."""
    return re.compile(rf"(?<![\w-])(?:{alternation(_state_names(language))})\Z")


@cache
def _state_at_start(language: str) -> re.Pattern:
    return re.compile(rf"(?:{alternation(_state_names(language))})(?![\w-])")


def _state_names(language: str) -> frozenset[str]:
    return frozenset(country_names_in(language)) | frozenset(country_names())


def _to_its_acronym(text: str, start: int, end: int) -> int:
    """ "Mission des Nations unies pour la stabilisation en Haïti (MINUSTAH)": lower-case words up to a bracketed
    acronym are the name's when the initials of its words of three letters or more spell the acronym in order."""
    after = _TO_ACRONYM.match(text, end)
    if after is None:
        return end
    words_ = [_ELIDED.sub("", w) for w in re.findall(r"[\w'’-]+", text[start : after.start("bracket")])]
    initials = [_fold(w[0]) for w in words_ if len(w) >= 3 and w.lower() not in _CONNECTORS]
    letters = iter(after.group("acr").casefold())
    spelled = bool(initials) and initials[0] == _fold(after.group("acr")[0]) and all(i in letters for i in initials)
    return after.start("bracket") if spelled else end


def _portfolio_end(text: str, token: re.Match, word: str) -> int:
    """Where the portfolio a comma opens ends: at its word, or at the capitalised word after its small words
    ("de l'Economie, des Finances et du Plan"), or over the words of a portfolio of two or three words or one after
    an article ("Relaciones Exteriores, Comercio Internacional y Culto", "de la Producción, la Industria y el
    Comercio"); an acronym, a head or a known name there opens another name ("de China, el ICBC y ...")."""
    if word in _OF_WORDS:
        after = _PORTFOLIO_WORD.match(text, token.end())
        return after.end() if after else token.end()
    item = _PORTFOLIO_ITEM.match(text, token.start(1))
    if item is None or item.end() == token.end() or not _PORTFOLIO_LIST.match(text, token.start()):
        return token.end()  # "Banco Central, NAME SURNAME, dijo": no list of portfolios closed by a conjunction
    named = item.group("words")
    if any(w.isupper() or _HEAD.fullmatch(w) for w in named.split()) or named in organization_lookup():
        return token.end()
    return item.end()


def _body_with_demonym(text: str, skip: tuple[Span, ...], head: re.Match, language: str) -> list[Claim]:
    """ "les douanes françaises": a state's service named by its demonym, which is part of the name."""
    after = _WORD_AFTER.match(text, head.end())
    state = demonyms_in(language).get(after.group("word")) if after else None
    if state is None or overlaps_any((head.start(), after.end()), skip):
        return []
    name = text[head.start() : after.end()]
    return [Claim((head.start(), after.end()), "organization", OrgMention(f"{state}/customs", name, state))]


def _demonym_after(text: str, end: int, language: str) -> str | None:
    """ "el Ministerio de Asuntos Exteriores chino": the state of the demonym right after a body's name."""
    after = _WORD_AFTER.match(text, end)
    return demonyms_in(language).get(after.group("word")) if after else None


def _body_alone(text: str, head: re.Match, language: str) -> OrgMention:
    """ "la Cancillería chilena": a body named by its head alone, of the state its demonym names."""
    after = _WORD_AFTER.match(text, head.end())
    state = demonyms_in(language).get(after.group("word")) if after else None
    return OrgMention(slug(head.group()), head.group(), state)


def _dashed_start(text: str, start: int, language: str) -> int:
    """ "pelo Camões – Instituto da ...", "O Camões – Instituto": a proper word joined to the head by a dash,
    after a lower-case word or an article, is the first word of the name; the end of a state's name is not
    ("Royaume du Maroc — Ministère de ...": a letterhead's state, then its body)."""
    before = _NAME_BEFORE_DASH.search(text, max(0, start - 40), start) or _ACRONYM_BEFORE.search(
        text, max(0, start - 12), start
    )
    if before is None or _state_at_end(language).search(text, max(0, start - 40), before.end("name")):
        return start
    return before.start("name")


def _adjective_start(text: str, start: int, language: str) -> int:
    """Where a name opened by an adjective of its own starts ("Nuevo Banco", "Nova Agência")."""
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


def _french_complement(pending: list[str], word: str, named: str) -> bool:
    """`d'électricité`, `de distribution`, `de la statistique`: `de` (elided or not) and a lower-case noun that is no
    verb in the infinitive ("la Banque mondiale de financer"), no calendar word and not a small word; a state's word
    may stand before it (`Institut tchadien de recherches`). `pour la`, `pour l'` open the field of a name of a head and
    its lower-case adjectives alone (`Agence marocaine pour l'énergie`), not what a named body's money is for."""
    bare = _ELIDED.sub("", word)
    elided = word != bare and word[0] == "d"
    opener = tuple(pending[1:] if pending and pending[0] not in _CONNECTORS else pending)
    if not opener:
        linked = elided
    elif opener in _FOR_OPENERS or (opener == ("pour",) and word[:2] in ("l'", "l’")):
        linked = not elided and all(w[:1].islower() for w in named.split()[1:])
    else:
        linked = opener in _OF_OPENERS and not elided
    return (
        linked
        and len(bare) >= 3
        and bare.replace("-", "").isalpha()  # "d'import-export"
        and bare.islower()
        and not bare.endswith(_INFINITIVE_ENDINGS)
        and bare not in _CALENDAR_WORDS
    )


# what opens a French name's lower-case complement, and its field after `pour`
_OF_OPENERS = frozenset({("de",), ("des",), ("du",), ("de", "la")})
_FOR_OPENERS = frozenset({("pour", "la"), ("pour", "le"), ("pour", "les")})


def _portfolio_link(pending: list[str]) -> bool:
    """`et de la`, `e das`, `y del`: a conjunction, then the small word that opens a portfolio."""
    return 2 <= len(pending) <= 3 and pending[0] in _CONJUNCTIONS and pending[1] in _OF_WORDS


def _mention(name: str, language: str, state: str | None = None) -> OrgMention:
    """What a name stands for: a known body, else a body of the state its name holds or `state`."""
    known = organization_lookup().get(name)
    country = _sender_state(name, language) or _state_in(name, language) or state
    if known is not None:
        return OrgMention(known.actor_id, name, known.country)
    return OrgMention(slug(name), name, country)


def _sender_state(name: str, language: str) -> str | None:
    """ "Ambassade de France au Japon": a state's mission is the state's named before where it serves."""
    if _BILATERAL_MISSION.match(name) is None:
        return None
    sender = _PLACE_SPLIT.split(name, maxsplit=1)[0]
    return _state_in(sender, language) or country_in(sender)


def _state_in(name: str, language: str) -> str | None:
    state = country_pattern_in(language).search(name)
    return country_names_in(language)[state.group()] if state else None


# "Banco Nacional de Desenvolvimento Econômico e Social (BNDES)": an acronym in brackets after the name it spells.
_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z]?[A-Z]{1,8})\)")
_ACRONYM_AFTER = re.compile(r"[ \t]*\((?P<acr>[A-Z][A-Za-z]?[A-Z]{1,8})\)")
_KNOWN_AFTER = re.compile(r"[ \t]*\((?P<acr>[A-Z][\w.-]{1,11})\)")
_WORD_BEFORE = re.compile(r"([^\W\d_](?:[\w'’-]*\w)?)[ \t]*$")
_NOT_BODIES = words("org_heads_romance_not")
_EVENTS = words("event_heads_romance")  # "Train express régional (TER)": a programme's name spells its acronym
_NOT_SPELLED = _NOT_BODIES | _EVENTS


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
        first = name.split()[0]
        if overlaps_any((start, end), skip) or first in _NOT_SPELLED or _names_a_state(name, language):
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
