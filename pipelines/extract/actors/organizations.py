"""Organisation claims: known names and acronyms, names built on a head noun, firms introduced by what they are."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from pipelines.extract.actors.claims import Candidate, Claim, Resolved
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.lexicon import (
    CALENDAR_WORDS,
    CONNECTORS,
    COUNTRY,
    DEMONYM,
    NOT_NAME_HEADS,
    NOT_NAME_WORDS,
    NOT_ORG_WORDS,
    OFFICE_FIELDS,
    ORG_HEADS,
    PLACE_HEADS,
    UPPER,
    alternation,
    phrases,
)
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.actors.org_names import is_org_name, state_agency, state_company
from pipelines.extract.actors.org_pieces import HYPHENED_MODIFIER, menu_lines, pieces
from pipelines.extract.name_keys import any_states_body, initials
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import (
    Organization,
    city_countries,
    country_names,
    currency_codes,
    demonyms,
    fold,
    longest_organization_name,
    organization_lookup,
    slug,
    subdivision_names,
    town_names,
)
from pipelines.knowledge.actor_words import actor_words, country_names_in

_FIRM = r"[A-Z][\w&'’.-]*\w(?:[ \t]+[A-Z][\w&'’.-]*\w){0,3}"
_LIST_OPENER = phrases("firm_list_openers")
_FIRM_NAME = re.compile(
    rf"(?<![\w-])(?:{phrases('firm_words', either_case=True)}|{phrases('firm_words_lower')})"
    # "firms such as A", "firms, among them A", "firms operate here, among them A"
    rf"(?:(?:[ \t]+[^.;:\n,]{{1,60}}?)?,[ \t]+(?:{_LIST_OPENER})|[ \t]+(?:{_LIST_OPENER})"
    # "the two operators, A and B, will": names in apposition, closed by a comma or listed on with `and`
    rf"|,(?=[ \t]+{_FIRM}(?:,|[ \t]+and[ \t])))?"
    rf"[ \t]+(?P<name>{_FIRM})"  # on one line: "European firms" ending a headline names no firm below
)
# "companies Standard Bank and Naspers", "firms such as A, B and C": the names listed after the first.
# "Italy's Eni", "Abu Dhabi's Mubadala": an owner named in the possessive before a name is not part of it
OWNER = re.compile(r"(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*['’]s[ \t]+(?=[A-Z])")
_NEXT_FIRM = re.compile(rf"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?P<name>{_FIRM})")
_DEMONYM_BEFORE = re.compile(rf"(?P<dem>{DEMONYM})\s+$")
# "Kenya's", "the Philippines'": a state's possessive, the apostrophe alone after a name ending in `s`; "Kingdom of
# Morocco - Ministry of Tourism": a letterhead's state before a dash between spaces
_STATE_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<country>{COUNTRY})(?:['’]s|(?<=s)['’]|(?=[ \t]+-))|(?P<dem>{DEMONYM}))"
    rf"(?:[ \t]+-)?\s+(?:[Tt]he\s+)?$"
)
# "the Afghan Ministry of Commerce", "the Austrian Federal Ministry for Climate Action": a demonym before a state
# body's full name says whose body it is
_DEMONYM_OF_BODY = re.compile(
    rf"(?:{DEMONYM})[ \t]+(?=(?:(?:{alternation(actor_words('state_body_head_prefixes'))})[ \t]+)?"
    rf"(?:{alternation(actor_words('state_body_heads_of'))})[ \t]+(?:of|for)[ \t]+[A-Z])"
)
_SHORT_NAME_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<alias>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,2})[ \t]*\)")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?P<acr>[A-Z][A-Za-z&.-]{1,9}[A-Z])\s*\)")
# "Central Bank of Nigeria, CBN, said": an acronym after a comma is the name's when it spells its initials.
_ACRONYM_AFTER_COMMA = re.compile(r",[ \t]*(?P<acr>[A-Z][A-Za-z&]{1,8}[A-Z])(?=[ \t]*[,.;:)]|[ \t]+[a-z])")
# an acronym before `$` is a currency's ("AU$ 5 million"); two capitals before a figure qualify it ("AU 40")
_ACRONYM = re.compile(
    r"(?<![\w/-])[A-Z]{2,5}/[A-Z]{2,5}(?![\w/-])"  # "RFE/RL"
    r"|(?<![\w/-])[A-Z][A-Za-z&]{1,8}[A-Z](?![\w$/-])|(?<![\w/-])[A-Z]{2}(?![\w$/-])"
)
_FIGURE_AFTER = re.compile(r"[$€£]|[ \t]?\d")
# "2.5 billion BRL", "300m MYR", "15 milliards MAD": a figure, its scale word if any, then the code
_FIGURE_BEFORE = re.compile(rf"\d(?:[ \t]*(?:{alternation(actor_words('figure_scale_words'))}))?[ \t]*$")
_FIGURE_REACH = 24
# "MINISTRY OF EXTERNAL AFFAIRS": two or more words in capitals, one of them of three letters or more.
_CAPITALS_RUN = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’&.-]*(?:[ \t]+[A-Z][A-Z'’&.-]*)+(?![\w'’-])")
# its state in capitalised words or by a name of the state that holds small words ("of the Republic of Korea")
_MISSION_END = re.compile(
    rf"(?<![\w-])(?:{alternation(actor_words('mission_heads'))})"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:{COUNTRY}|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}}))?$"
)
_JOINS_NEXT = re.compile(r"[ \t]+(?:and|or|&)(?![\w-])")
# "University of Engineering and Technology, Lahore": a university named with its campus
# (the name's own head: "Liaqat University Hospital, Hyderabad" is a hospital's name and its city)
_CAMPUS_HEAD = re.compile(
    rf"(?<![\w-])(?:{alternation(actor_words('campus_heads'))})(?:$|[ \t]+(?:of|for|de|do|da|del)[ \t])"
)
# "the Japan Chamber of Commerce in Malaysia": a state's business body abroad, named by its state first
_CHAMBER_ABROAD = re.compile(
    rf"(?:{COUNTRY}|{DEMONYM})[ \t]+(?:{alternation(actor_words('chambers_abroad'))})(?![\w-])"
)
# "the Statistics Agency under the President of Uzbekistan": a body attached to its head of state or government
_UNDER_PATRON = re.compile(
    rf"[ \t]+under[ \t]+the[ \t]+(?:{alternation(actor_words('patron_offices'))})"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:{COUNTRY}))?(?![\w'’-])"
)
_GOVERNMENT_OWN_HEADS = frozenset(actor_words("state_body_heads_of"))
_HOST_PREPOSITIONS = frozenset({"IN", "TO"})  # "EMBASSY OF GEORGIA TO THE UNITED STATES": lower case in a heading
# the place it is in, or the state it is sent to ("Embassy of Chile to the Kingdom of Sweden"): up to four words
# from a capital; a known city may hold small words ("Dar es Salaam", "Rio de Janeiro")
_HOST = re.compile(r"[ \t]+(?P<prep>in|to)[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})")
# "the Embassy of India, Kabul", "Royal Embassy of Saudi Arabia - Amman": a mission's seat after a comma or a spaced
# dash, a city of the tables that opens no name of its own ("Peking University, Beijing Normal University")
_SEAT = re.compile(
    r"(?:,[ \t]+|[ \t]+[-–—][ \t]+)(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?![\w'’-])"
    r"(?![ \t]+[A-Z&]|['’]?[\w-])"
)
_LEGISLATURES = frozenset(actor_words("legislature_names"))
_MEMBER_OF = re.compile(r"\b[Mm]embers?[ \t]+of[ \t]+(?:the[ \t]+)?$")  # "Member of Parliament": an office
# "the State Great Khural", "the State Duma": a prefix that says the chamber is the state's is part of its name
_LEGISLATURE = re.compile(
    rf"(?<![\w-])(?:(?:{alternation(actor_words('legislature_prefixes'))})[ \t]+)?"
    rf"(?:{alternation(_LEGISLATURES)})(?![\w-])"
)
# "Kenya's National Treasury", "the US Treasury": a state's body named alone, with the state's short name before it
# a name of two words is a body's own before its officers' titles ("National Treasury Cabinet Secretary NAME", as
# "Finance Ministry spokesman NAME"); only a security or a building after it is no body
_NAMED_ALONE = actor_words("bodies_named_alone")
_NAMED_ALONE_WORDS = alternation(n for n in _NAMED_ALONE if " " in n)
_NAMED_ALONE_WORD = alternation(n for n in _NAMED_ALONE if " " not in n)
_BODY_ALONE = re.compile(
    rf"(?<![\w-])(?:(?P<state>US|UK|U\.S\.|U\.K\.)[ \t]+)?"
    rf"(?:(?:{_NAMED_ALONE_WORDS})"
    rf"(?![\w-])(?![ \t]+(?:{alternation(actor_words('named_bodies_not_before'))})(?![\w-]))"
    rf"|(?:{_NAMED_ALONE_WORD})"
    rf"(?![\w-])(?![ \t]+(?:{alternation(actor_words('bodies_named_alone_not_before'))})(?![\w-])))"
)
# "the National Treasury ... the Treasury": a body named alone is said again by its last word, as a head noun is
_ALONE = frozenset(actor_words("bodies_named_alone"))
_BACK_HEADS = ORG_HEADS | {name.split()[-1] for name in _ALONE}
# the whole run of capitalised words: "Saudi-led Islamic Military Counter Terrorism Coalition" is one name
_FIRM_AFTER_MODIFIER = re.compile(r"[A-Z][\w&'’.-]*\w(?:[ \t]+[A-Z][\w&'’.-]*\w){0,5}(?![\w&'’.-])(?![ \t]+[A-Z])")
# "Minister of Trade Canada": a portfolio after `of` is an office's, not an agency's name
_OF_BEFORE = re.compile(r"[ \t]of[ \t]+(?:the[ \t]+)?$")
# A cheap test first: most texts have no two words in capitals.
_ANY_CAPITALS_RUN = re.compile(r"[A-Z]{2}[A-Z]*[ \t]+[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class OrgMention:
    key: str
    name: str
    country: str | None


def known_body(org: Organization) -> OrgMention:
    """A body the knowledge base holds: its id, canonical name and state."""
    return OrgMention(org.actor_id, org.name, org.country)


def named_body(name: str) -> OrgMention:
    """A body the knowledge base does not hold, as the article names it: its name's slug, the state its name holds."""
    return OrgMention(slug(name), name, country_in(name))


def organization_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """Every span that may name an organisation, unsettled; an acronym's definition blocks its span."""
    written, text = text, _title_cased(text)
    claims: list[Claim] = []
    acronyms: dict[str, OrgMention] = {}  # acronym defined in this text -> what it stands for
    excluded: set[str] = set()  # acronyms of programmes and forums
    definitions: set[Span] = set()
    aliases: dict[str, OrgMention] = {}  # a short name in brackets after a full name -> the full name's body
    bare_heads: list[Span] = []  # "the Fund", "the Bank's": a name said again by its head noun
    menus = menu_lines(text)
    for start, end in pieces(text):
        if overlaps_any((start, end), skip) or (start, end) in definitions or text.startswith("$", end):
            continue  # "AU$ 5 million": a currency
        if overlaps_any((start, end), menus) and text[start:end] not in organization_lookup():
            continue
        if _qualifies_figure(text, start, end):
            continue
        demonym = _DEMONYM_OF_BODY.match(text, start, end)
        start = demonym.end() if demonym else start
        mention, acronym = _piece_mention(text, start, end, written)
        if text[start:end] in acronyms:  # an acronym this text defined means what the text said it does
            mention, acronym = acronyms[text[start:end]], None
        elif text[start:end] in aliases:  # so does a short name it gave in brackets
            mention, acronym = aliases[text[start:end]], None
        if acronym and mention is None and set(re.findall(r"[\w'’]+", text[start:end])) & NOT_ORG_WORDS:
            excluded.add(acronym.group("acr"))
        if mention is None:
            if text[start:end] in ORG_HEADS:
                bare_heads.append((start, end))
            else:
                claims += _known_opening(text, start, end) or _known_closing(text, start, end)
            continue
        mention, end = with_patron(text, *with_host(text, mention, end))
        claims.append(Claim((start, end), "organization", mention))
        _restated_acronym(text[start:end], mention, acronyms)
        alias = None if acronym else _short_name_after(text, mention.name, end)
        if alias:
            aliases[alias.group("alias")] = mention
            definitions.add(alias.span("alias"))
        if acronym:
            acronyms[acronym.group("acr")] = mention
            definitions.add(acronym.span("acr"))
            claims.append(Claim(acronym.span("acr"), "organization"))  # the definition is part of this mention
    claims += _head_references(text, claims, bare_heads) + _alias_claims(text, skip, aliases)
    claims += _firm_claims(text, skip) + _legislature_claims(text, skip) + _modified_firm_claims(text, skip)
    claims += _known_names_with_commas(text, skip)
    return claims + _acronym_claims(text, skip, acronyms, excluded | set(definitions))


@cache
def _comma_names() -> re.Pattern | None:
    """The known names that hold a comma ("Japan Oil, Gas and Metals National Corporation"), which no run of
    capitalised words spans."""
    names = [name for name in organization_lookup() if "," in name]
    return re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w-])") if names else None


def _known_names_with_commas(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """Known names written with a comma, whole: longer than the pieces its commas part, they win over them."""
    pattern = _comma_names() if "," in text else None
    if pattern is None:
        return []
    claims = []
    for found in pattern.finditer(text):
        if not overlaps_any(found.span(), skip):
            known = organization_lookup()[found.group()]
            claims.append(Claim(found.span(), "organization", known_body(known)))
    return claims


def _acronym_claims(text: str, skip: tuple[Span, ...], acronyms: dict[str, OrgMention], not_bodies: set) -> list[Claim]:
    """Acronyms: those the article defines, then those the knowledge base knows; `not_bodies` holds the
    acronyms of programmes and the spans of the definitions."""
    lookup = organization_lookup()
    claims = []
    for match in _ACRONYM.finditer(text):
        word, span = match.group(), match.span()
        if overlaps_any(span, skip) or word in not_bodies or span in not_bodies or _qualifies_figure(text, *span):
            continue
        if word in acronyms:
            claims.append(Claim(span, "organization", acronyms[word]))
        elif word in lookup and (word.isupper() or word in {lookup[word].acronym, lookup[word].name}):
            known = lookup[word]
            claims.append(Claim(span, "organization", known_body(known)))
    return claims


def _short_name_after(text: str, name: str, end: int) -> re.Match | None:
    """ "Export-Import Bank of India (Exim Bank)", "African Export-Import Bank (Afreximbank)": a short name in
    brackets that shares a word with the full name, or runs from its first letters to its head's last word."""
    found = _SHORT_NAME_AFTER.match(text, end)
    if found is None or found.group("alias") in organization_lookup():
        return None
    short, full = fold(found.group("alias")).replace(" ", ""), fold(re.split(r"\s+(?:of|for)\s+", name)[0]).split()
    if _shares_a_word(found.group("alias"), name) and len(found.group("alias").split()) < len(name.split()):
        return found
    return found if len(full) > 1 and short.startswith(full[0][:3]) and short.endswith(full[-1]) else None


def _alias_claims(text: str, skip: tuple[Span, ...], aliases: dict[str, OrgMention]) -> list[Claim]:
    """Every use of a short name the text gave in brackets, as the full name's body."""
    if not aliases:
        return []
    # one pass over the text for all of them, the longest first where one holds another
    names = "|".join(re.escape(alias) for alias in sorted(aliases, key=len, reverse=True))
    uses = re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", text)
    return [Claim(u.span(), "organization", aliases[u.group()]) for u in uses if not overlaps_any(u.span(), skip)]


def with_host(text: str, mention: OrgMention, end: int) -> tuple[OrgMention, int]:
    """ "the Israeli Embassy in Abu Dhabi", "the Embassy of Peru to the United Kingdom": a mission's name holds the
    city or state it is in or sent to; "the Japan Chamber of Commerce in Malaysia": a state's chamber abroad holds
    the other state it is in."""
    mission = _MISSION_END.search(mention.name.replace("’", "'")) is not None
    if not mission and _CAMPUS_HEAD.search(mention.name) is not None:
        return with_seat(text, mention, end, campus=True)  # "University of Engineering and Technology, Lahore"
    if not mission and _CHAMBER_ABROAD.match(mention.name) is None:
        return mention, end
    host = _HOST.match(text, end)
    if host is None:
        return with_seat(text, mention, end) if mission else (mention, end)
    words = host.group("place").split()
    place = list(words)
    while place and " ".join(place) not in city_countries() and " ".join(place) not in country_names():
        place.pop()
    if not mission:  # a chamber: only in another state, not in a city or region of its own
        state = country_names().get(" ".join(place))
        if state is None or state == mention.country:
            return mention, end
    elif not place and host.group("prep") == "to":  # "to" a person or a body the tables lack: an addressee
        return mention, end
    if not place:  # a place the tables lack ("Tel Aviv"): its capitalised words before any calendar or sentence word
        place = list(
            itertools.takewhile(
                lambda w: w[:1].isupper() and w not in NOT_NAME_WORDS and w not in CALENDAR_WORDS, words
            )
        )[:2]
    if not place:
        return mention, end
    stop = host.start("place") + len(" ".join(place))
    name = f"{mention.name}{text[end:stop]}"
    return OrgMention(slug(name), name, mention.country), stop


def with_seat(text: str, mention: OrgMention, end: int, campus: bool = False) -> tuple[OrgMention, int]:
    """ "the Embassy of India, Kabul", "New Zealand Embassy, Beijing", "Royal Embassy of Saudi Arabia - Amman": a
    mission named with the city it sits in after a comma or a spaced dash, as letterheads and sign-offs write it; the
    whole of the words after it must be a city of the tables, and no capitalised word may follow ("the Embassy of
    Japan, Seoul National University and ..." names two bodies). `campus`: a university named with the city or
    town of its campus ("University of Engineering and Technology, Lahore", "University of California, Davis")."""
    stop = seat_end(text, end, campus)
    if stop == end:
        return mention, end
    name = f"{mention.name}{text[end:stop]}"
    return OrgMention(slug(name), name, mention.country), stop


def seat_end(text: str, end: int, campus: bool = False) -> int:
    """Where a mission's name that ends at `end` ends with its seat: after a comma or a spaced dash, a city of the
    tables that no capitalised word or possessive follows; `end` where there is none. A campus may be in a town
    of the tables too; a campus is not after a dash ("University of Dhaka - a report")."""
    seat = _SEAT.match(text, end)
    if seat is None or seat.group("place") in country_names():
        return end
    place = seat.group("place")
    if campus and (
        not text.startswith(",", end)
        or (place not in town_names() and place not in city_countries())
        or _JOINS_NEXT.match(text, seat.end())  # "Kenyatta University, Nairobi and Makerere University"
    ):
        return end
    if not campus and place not in city_countries():
        return end
    return seat.end()


def with_patron(text: str, mention: OrgMention, end: int) -> tuple[OrgMention, int]:
    """ "the Institute for Strategic Studies under the President of the Republic of Uzbekistan": a body the knowledge
    base lacks, attached to a head of state or government, is named with it and is that state's; a ministry is the
    government's own and attached to none ("the Ministry of Energy under the Government of Kenya")."""
    under = _UNDER_PATRON.match(text, end)
    if under is None or mention.key != slug(mention.name) or mention.name.split()[0] in _GOVERNMENT_OWN_HEADS:
        return mention, end
    name = f"{mention.name}{under.group()}"
    return OrgMention(slug(name), name, mention.country or country_in(name)), under.end()


def _qualifies_figure(text: str, start: int, end: int) -> bool:
    """Two capitals before a currency sign or a figure qualify it ("AU$ 5 million", "AU 40"): no body. Nor is a
    currency's ISO 4217 code next to a figure ("PLN 8 billion", "2.5 billion BRL"), a known body's acronym too."""
    word = text[start:end]
    if end - start == 2 and word.isupper() and _FIGURE_AFTER.match(text, end) is not None:
        return True
    return word in currency_codes() and (
        _FIGURE_AFTER.match(text, end) is not None
        or _FIGURE_BEFORE.search(text, max(0, start - _FIGURE_REACH), start) is not None
    )


def _title_cased(text: str) -> str:
    """The text with runs of words in capitals written in title case, offsets unchanged ("LOK SABHA" is
    "Lok Sabha"); acronyms the knowledge base knows stay in capitals, with a sentence's full stop after them too,
    small words go to lower case."""
    if _ANY_CAPITALS_RUN.search(text) is None:
        return text
    runs = [m for m in _CAPITALS_RUN.finditer(text) if any(len(w) > 3 for w in m.group().split())]
    if not runs:
        return text
    lookup = organization_lookup()
    out, done = [], 0
    for run in runs:
        out.append(text[done : run.start()])
        for piece in re.split(r"([ \t]+)", run.group()):
            cased = piece.lower() if piece.lower() in CONNECTORS or piece in _HOST_PREPOSITIONS else piece.capitalize()
            # a known acronym that ends a sentence stays too ("organizado pela AICEP. O ministro")
            known = piece in lookup or piece.rstrip(".") in lookup
            out.append(piece if known or len(cased) != len(piece) else cased)
        done = run.end()
    out.append(text[done:])
    return "".join(out)


def _head_references(text: str, claims: list[Claim], heads: list[Span]) -> list[Claim]:
    """ "The International Monetary Fund ... the Fund's board": a head noun alone is the one body named before
    whose head it is; with none or several, it names nothing."""
    found = []
    for start, end in heads:
        named = {c.owner.key: c.owner for c in claims if c.owner is not None and c.span[1] <= start}
        bodies = [m for m in named.values() if _head_noun(m.name) == text[start:end]]
        if len(bodies) == 1:
            found.append(Claim((start, end), "organization", bodies[0]))
    return found


def _head_noun(name: str) -> str | None:
    """The head of a name: its last head noun before any `of` phrase ("Council of the European Union")."""
    words = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0].split()
    return next((w for w in reversed(words) if w in ORG_HEADS), None)


def _known_opening(text: str, start: int, end: int) -> list[Claim]:
    """ "the Pacific Islands Forum Leaders Meeting": a known body that opens the name of its event or
    programme takes part in it."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for last in range(len(words) - 2, -1, -1):
        if words[last].end() > longest_organization_name():  # no known name is that long: skip the lookup
            continue
        known = organization_lookup().get(text[start : start + words[last].end()])
        if known is not None and last >= 1:
            span = (start, start + words[last].end())
            return [Claim(span, "organization", known_body(known))]
    return []


_OF_THE = re.compile(r"[ \t]of[ \t]+(?:the[ \t]+)?")


def _known_closing(text: str, start: int, end: int) -> list[Claim]:
    """ "Staff of the U.N. Development Programme": a known body after `of` closes a run that names nothing else."""
    for of in _OF_THE.finditer(text, start, end):
        if end - of.end() > longest_organization_name():  # no known name is that long: skip the lookup
            continue
        known = organization_lookup().get(text[of.end() : end])
        if known is not None:
            return [Claim((of.end(), end), "organization", known_body(known))]
    return []


def _piece_mention(
    text: str, start: int, end: int, written: str | None = None
) -> tuple[OrgMention | None, re.Match | None]:
    """What a piece of a capitalised run names, if an organisation, and the acronym defined right after it
    (`written`: the text before runs in capitals were title-cased)."""
    lookup = organization_lookup()
    name = text[start:end]
    acronym = _ACRONYM_AFTER.match(text, end) or _spelled_after_comma(text, name, end)
    known = lookup.get(name)
    if known is None and acronym and acronym.group("acr") in lookup and is_org_name(name, strict=False):
        known = lookup[acronym.group("acr")]
        # "Public Investment Fund (PIF)" is not the known PIF: the two names must share a word; "Board of Investment of
        # Sri Lanka (BOI)" is not Pakistan's BOI: a name that names another state is that state's body
        another_state = known.country is not None and country_in(name) not in (None, known.country)
        known = known if _shares_a_word(name, known.name) and not another_state else None
    if known is not None:
        return _of_its_state(text, start, name, known), acronym
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if bare in country_names():  # "the Russian Federation" is a state
        return None, acronym
    if bare in subdivision_names():  # "the West Bank", "the Gaza Strip": a region named with a body's head
        return None, acronym
    if (
        is_org_name(name)
        or state_company(name)
        or (state_agency(name) and not _OF_BEFORE.search(text, max(0, start - 10), start))
    ):
        return OrgMention(slug(name), name, country_in(name) or state_before(text, start)), acronym
    return _subsidiary(name) or _company_unit(written or text, start, end), acronym


def _of_its_state(text: str, start: int, name: str, known: Organization) -> OrgMention:
    """ "Thailand's Board of Investment", "Nepal's National Disaster Management Authority": a known body's name that
    any state's body may bear, after another state's possessive, is that state's body, not the known one."""
    state = state_before(text, start) if known.country and any_states_body(name, known.country) else None
    return OrgMention(slug(name), name, state) if state not in (None, known.country) else known_body(known)


def _restated_acronym(name: str, mention: OrgMention, acronyms: dict[str, OrgMention]) -> None:
    """ "Thailand's Board of Investment ... the BOI": a known body's name that another state's body bears here gives
    it the known body's acronym in this text."""
    restated = organization_lookup().get(name)
    if restated is not None and restated.acronym and mention.key != restated.actor_id:
        acronyms.setdefault(restated.acronym, mention)


def _subsidiary(name: str) -> OrgMention | None:
    """ "Gazprom Armenia", "Huawei Pakistan": a known company of one state, then another state, is its
    subsidiary there; so with a word or two of its unit between ("SOCAR Energy Georgia", "Samsung Display
    Vietnam", "Siemens Energy Egypt")."""
    words = name.split()
    for cut in range(len(words) - 1, max(0, len(words) - 5), -1):  # a state's name has at most four words
        place = " ".join(words[cut:])
        if place not in country_names():
            continue
        for unit in range(cut, max(0, cut - 3), -1):  # at most two words of the unit before the state
            known = organization_lookup().get(" ".join(words[:unit]))
            if known is not None and known.country and all(_unit_word(w) for w in words[unit:cut]):
                return OrgMention(slug(name), name, country_names()[place])
    return None


# a word of a company's unit or subsidiary: capitalised, not in capitals ("CEO"), no figure ("A321XLR")
_UNIT_WORD = re.compile(rf"[{UPPER}][^\W\d_]*[a-zß-ÿ][^\W\d_]*(?:-[^\W\d_]+)?")
_NOT_UNIT_WORDS = (
    ORG_HEADS
    | NOT_ORG_WORDS
    | NOT_NAME_WORDS
    | NOT_NAME_HEADS
    | CALENDAR_WORDS
    | PLACE_HEADS
    | frozenset(actor_words("headline_words"))
    | frozenset(actor_words("thing_heads_after_name"))
)


# the last words of an outlet's or a news agency's name (`Jordan News Agency`, known as `Petra`)
_OUTLET_NAME_ENDS = frozenset(actor_words("outlet_heads"))


def _unit_word(word: str) -> bool:
    """A word of a company's unit: capitalised, no head noun, office, role, state, people, city or region."""
    return not (
        not _UNIT_WORD.fullmatch(word)
        or word in _NOT_UNIT_WORDS
        or ROLE_WORD.fullmatch(word)
        or word in country_names()
        or word in demonyms()
        or word in city_countries()
        or word in subdivision_names()
    )


def _company_unit(text: str, start: int, end: int) -> OrgMention | None:
    """ "ADNOC Distribution", "Pemex Refinación", "NTPC Vidyut Vyapar Nigam": a known company or state body of one
    state whose name opens a run of up to three words of its own names its unit or subsidiary, of its state.

    A known name of one word with one capital before one word has a person's name's shape (`Petra Lindqvist`:
    `Petra` is the Jordan News Agency): only a name in capitals or camel case opens a unit so (`KfW Entwicklungsbank`).
    Not an international body's ("UN News"), an outlet's ("Arab News Online") or a headline's run ("Fitch Affirms
    Kazakhstan"); not an office ("Kazatomprom CEO"), a place ("JICA Nepal Office"), a head noun of its own ("ADB
    Board"), a place's head ("Stadium"), a programme, event or calendar word, nor a word written in capitals or with
    a figure (`text` is as written). The unit is a body of its own, as a company's subsidiary in another state is
    (`_subsidiary`): writers name `OCP Africa` beside `OCP` as two.
    """
    name = text[start:end]
    words = name.split()
    for cut in range(min(len(words) - 1, 4), 0, -1):
        known = organization_lookup().get(" ".join(words[:cut]))
        if known is None:
            continue
        rest = words[cut:]
        if not known.country or known.name.split()[-1] in _OUTLET_NAME_ENDS or len(rest) > 3:
            return None
        # "Petra Lindqvist", "Xinhua Chen": one word written as a given name is, before one word, a person's name
        if cut == 1 and len(rest) == 1 and sum(c.isupper() for c in words[0]) < 2:
            return None
        if not all(_unit_word(word) for word in rest):
            return None
        line_end = text.find("\n", start)
        line = re.findall(r"[^\W\d_]+", text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)])
        if len(line) >= 4 and sum(w[0].isupper() for w in line) >= 0.75 * len(line):  # a Title Case headline
            return None
        return OrgMention(slug(name), name, known.country)
    return None


def _spelled_after_comma(text: str, name: str, end: int) -> re.Match | None:
    after = _ACRONYM_AFTER_COMMA.match(text, end)
    return after if after and fold(after.group("acr")) in initials(name) else None


def _legislature_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """A legislature or a state's body named alone ("the Senate", "LOK SABHA", "the Treasury"): a longer name
    that holds it wins the span."""
    found = [
        Claim(m.span(), "organization", OrgMention(slug(m.group()), m.group(), state_before(text, m.start())))
        for m in _LEGISLATURE.finditer(text)
        if not overlaps_any(m.span(), skip) and not _MEMBER_OF.search(text, max(0, m.start() - 15), m.start())
    ]
    for m in _BODY_ALONE.finditer(text):
        state = country_names().get(m.group("state") or "")
        if not overlaps_any(m.span(), skip):
            mention = OrgMention(slug(m.group()), m.group(), state or state_before(text, m.start()))
            found.append(Claim(m.span(), "organization", mention))
    return found


def _shares_a_word(name: str, other: str) -> bool:
    """Two names share a word that is not a connector ("Organisation" and "Organization" are one word)."""
    stems = {w.lower()[:6] for w in re.findall(r"[\w'’]+", other) if w not in CONNECTORS}
    return any(w.lower()[:6] in stems for w in re.findall(r"[\w'’]+", name) if w not in CONNECTORS and w != "The")


def state_before(text: str, start: int) -> str | None:
    """The state named right before a body: "Russia's Foreign Ministry", "the Chinese Ministry of Commerce"."""
    before = _STATE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    return country_names()[before.group("country")] if before.group("country") else demonyms()[before.group("dem")]


def _firm_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """A company introduced by what it is: "the Russian firm Astarta-Agrotrading"."""
    claims = []
    for match in _FIRM_NAME.finditer(text):
        demonym = _DEMONYM_BEFORE.search(text, max(0, match.start() - 25), match.start())
        listed = match
        while listed is not None:
            owner = OWNER.match(listed.group("name"))  # "the company X and Italy's Y": Y, of Italy
            start = listed.start("name") + (owner.end() if owner and owner.end() < len(listed.group("name")) else 0)
            name = _firm_name(text[start : listed.end("name")])
            span = (start, start + len(name))
            if not name or overlaps_any(span, skip):
                break
            if not set(name.split()) & ORG_HEADS:  # a name with a head noun is the head rules' to judge
                country = demonyms()[demonym.group("dem")] if demonym else country_in(name)
                claims.append(Claim(span, "organization", OrgMention(slug(name), name, country)))
            listed = _NEXT_FIRM.match(text, span[1])
    return claims


def _modified_firm_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """ "Shandong-based Sailun Group", "Tata Motors-owned Jaguar Land Rover": a name right after a participle
    hyphened to a place or an owner is a company's, head noun or not."""
    claims = []
    for modifier in HYPHENED_MODIFIER.finditer(text):
        found = _FIRM_AFTER_MODIFIER.match(text, modifier.end())
        name = _firm_name(found.group()) if found else ""
        span = (modifier.end(), modifier.end() + len(name))
        if name and not overlaps_any(span, skip) and not is_org_name(name):
            claims.append(Claim(span, "organization", named_body(name)))
    return claims


def _firm_name(found: str) -> str:
    """The company's name in what follows a firm word: "Kenya Power" keeps its state, a sentence word ends it;
    "" for a state, a city, a demonym, an office or a programme."""
    words = []
    for word in re.sub(r"['’]s$", "", found).split():
        if word in CALENDAR_WORDS or (word in NOT_NAME_WORDS and word not in ORG_HEADS) or word in NOT_ORG_WORDS:
            break
        words.append(word)
    name = " ".join(words)
    if not words or name in country_names() or name in city_countries() or words[0] in demonyms():
        return ""
    return "" if set(words) <= OFFICE_FIELDS or ROLE_WORD.fullmatch(words[0]) else name


def organization_candidates(resolved: list[Resolved], text: str = "") -> dict[str, Candidate]:
    """One candidate per organisation with the mentions that won, named as first mentioned, of the state a
    mention gives it; a shorter name that is part of one other's name and ends with its head noun is that one
    said again."""
    found: dict[str, Candidate] = {}
    for item in sorted(resolved, key=lambda r: r.claim.span):
        mention = item.claim.owner
        if item.claim.actor_type != "organization" or not item.counted or mention is None:
            continue
        candidate = found.setdefault(mention.key, Candidate("organization", mention.key, mention.name, mention.country))
        candidate.spans.append(item.claim.span)
        # "Kenya's Ministry of Roads and Transport (MRT)": a mention that gives the body's state gives it to all
        candidate.country = candidate.country or mention.country
    if text:
        _join_back_references(found, text)
        _join_group_and_outlet_forms(found, text)
    return found


# "DP World Group Chairman", "Groupe de la Banque africaine de développement", "the Tanjug news agency": a body's
# name in its group's or its outlet's words
_GROUP_CLOSER = re.compile(
    rf"[ \t]+(?:{alternation(actor_words('key_group_words'))}|{alternation(actor_words('outlet_name_closers'))})$"
)
_GROUP_OPENER = re.compile(rf"^(?:{alternation(actor_words('group_name_openers'))})[ \t]+(?=\S)")


def _join_group_and_outlet_forms(found: dict[str, Candidate], text: str) -> None:
    """ "DP World ... DP World Group Chairman", "la BAD ... le Groupe de la BAD", "(Tanjug) ... the Tanjug news
    agency": a name that is another's of the article with a group's or an outlet's words around it is that body,
    named as the article names it without them; a name the knowledge base holds is its own body."""
    forms = {key: {" ".join(text[a:b].split()) for a, b in c.spans} | {c.name} for key, c in found.items()}
    folded = {
        key: {f.casefold() for f in written | set(_known_short_forms(found[key].name))}
        for key, written in forms.items()
    }
    for key, candidate in list(found.items()):
        if key not in found or organization_lookup().get(candidate.name) is not None:
            continue
        bare = {_GROUP_OPENER.sub("", _GROUP_CLOSER.sub("", form)).casefold() for form in forms[key]} - folded[key]
        bare.discard("")
        if not bare:
            continue
        others = [other for other, words in folded.items() if other != key and other in found and words & bare]
        if len(others) == 1:
            target = found[others[0]]
            target.spans += found.pop(key).spans
            target.country = target.country or candidate.country


def _known_short_forms(name: str) -> tuple[str, ...]:
    """The acronym of the body the knowledge base knows by `name` ("BAD" of the Banque africaine de
    développement: "le Groupe de la BAD" is its group)."""
    known = organization_lookup().get(name)
    return (known.acronym,) if known is not None and known.acronym else ()


def _join_back_references(found: dict[str, Candidate], text: str) -> None:
    """ "the UN Security Council ... the Security Council", "China's Exim Bank ... the Exim Bank", "the Pakistan
    Embassy in Kabul ... the Pakistan Embassy": the short name joins the one longer name whose head it ends on."""
    forms = {key: {_name_words(text[a:b]) for a, b in c.spans} | {_name_words(c.name)} for key, c in found.items()}
    for key, candidate in list(found.items()):
        short = _name_words(candidate.name)
        if not short or short[-1] not in _BACK_HEADS:
            continue
        longer = [
            other
            for other, words in forms.items()
            if other != key
            and other in found
            and any(
                len(w) > len(short) and _head_of(w) == short[-1] and (_holds(w, short) or " ".join(w) in _ALONE)
                for w in words
            )
            and (candidate.country is None or found[other].country in (None, candidate.country))
        ]
        if len(longer) == 1:
            found[longer[0]].spans += found.pop(key).spans


def _name_words(name: str) -> tuple[str, ...]:
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’&.-]+", name)]
    return tuple(w for w in words if w not in ("the", "The"))


def _head_of(words: tuple[str, ...]) -> str | None:
    return next((w for w in reversed(words) if w in _BACK_HEADS), None)


def _holds(longer: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """`longer` is `short` with its owner before it (a state, a known body: "UN", "China's") or the place it is in
    after it ("in Kabul"); "Combined Joint Expeditionary Force" is another body than "Joint Expeditionary Force"."""
    n = len(short)
    for i in range(len(longer) - n + 1):
        if longer[i : i + n] != short:
            continue
        owner, rest = " ".join(longer[:i]), longer[i + n :]
        if (not owner or _is_owner(owner)) and (not rest or rest[0] == "in" or _states_only(rest)):
            return True
    return False


def _states_only(rest: tuple[str, ...]) -> bool:
    """ "of Russia Belarus and Kazakhstan" (a name's words, its commas gone): an `of` phrase of states only."""
    if len(rest) < 2 or rest[0] != "of":
        return False
    words = [w for w in rest[1:] if w not in ("and", "the")]
    i = 0
    while i < len(words):  # the longest state's name at each word (a state's name has at most four words)
        size = next(
            (n for n in range(min(4, len(words) - i), 0, -1) if " ".join(words[i : i + n]) in country_names()), 0
        )
        if not size:
            return False
        i += size
    return True


def _is_owner(name: str) -> bool:
    """A state ("Chinas": a possessive written without its apostrophe) or a known body."""
    return any(n in country_names() or n in demonyms() or n in organization_lookup() for n in (name, name[:-1]))


# "the helicopter carrier Izumo", "la frégate NAME": a ship's noun before the name; "the carrier Admiral NAME": a
# carrier named after an officer is a ship
_VESSEL_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{phrases('vessel_nouns_before_name', either_case=True)})|(?P<carrier>carrier))[ \t]+$"
)
_SHIP_RANK = re.compile(rf"(?:{alternation(actor_words('ship_name_ranks'))})[ \t]+[A-Z]")


_STATE_NAMES_ALSO_BODIES = frozenset(actor_words("state_names_also_bodies"))


def without_vessels_and_states(text: str, claims: list[Claim], language: str = "en") -> list[Claim]:
    """The claims less the unknown bodies a ship's noun names as ships ("the destroyer NAME") and the bodies named
    by a state's name alone, in English or in the article's language ("Angola", "Sénégal": the state)."""
    known = organization_lookup()
    states = country_names_in(language) if language in ("es", "fr", "pt") else {}
    kept = []
    for claim in claims:
        start, end = claim.span
        if claim.actor_type == "organization" and isinstance(claim.owner, OrgMention) and claim.owner.name not in known:
            before = _VESSEL_BEFORE.search(text, max(0, start - 40), start)
            if before and (not before.group("carrier") or _SHIP_RANK.match(text, start, end)):
                continue
            name = claim.owner.name
            if (name in country_names() or name in states) and name not in _STATE_NAMES_ALSO_BODIES:
                continue
        kept.append(claim)
    return kept
