"""Companies named without a head noun the rules know, and organisation names as the article writes them.

- A trade word ends many company names (`Kansai Electric Power`, `China Harbour Engineering`, `Tata Steel`):
  a proper name, then the trade, is a company unless its words are generic (`Renewable Energy`).
- `Air` before a state or city is that state's airline (`Air New Zealand`, `Air Astana`).
- A name joined by `and` to a company (`Gazprom and Uzbekneftegaz`, `Maersk and the X Shipping Company`) is
  a company too, when it is no state, city, people, office or calendar word.
- An organisation the knowledge base knows is named as the article writes it when the article never writes
  the base's own name (`IMF` alone; `Organisation of ...` against the base's `Organization of ...`).
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.claims import Candidate, Claim
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.lexicon import (
    CALENDAR_WORDS,
    LANGUAGES,
    LEADING_NOISE,
    NOT_NAME_WORDS,
    NOT_ORG_WORDS,
    OFFICE_FIELDS,
    ORG_HEADS,
    POSSESSIVE_END,
    alternation,
    phrases,
    words,
)
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.actors.org_phrases import is_place_or_office, is_place_pair
from pipelines.extract.actors.org_pieces import HYPHENED_MODIFIER
from pipelines.extract.actors.organizations import OWNER, OrgMention, known_body, named_body
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import city_countries, country_names, demonyms, organization_lookup, slug
from pipelines.knowledge.actor_words import country_names_in

_TRADES = words("company_trades")
_GENERIC = words("generic_trade_modifiers")
_COMPANY_HEADS = words("company_heads")
_REGIONS = words("region_names")
_LINE_TRADES = words("line_trades")
_LINE_KINDS = words("line_kind_words")
_ROUTE_WORDS = words("route_words")
_NAME_WORD = r"[A-Z][\w&'’-]*[\w&]"
# One to three proper words, then one or two trade words: "Kansai Electric Power", "Tata Steel".
_PAIRED = alternation(words("paired_trades"))  # "Baotou Iron and Steel": two trades joined are one
_TRADE = f"{_PAIRED}|{alternation(_TRADES)}"
# "Hyundai Engineering & Construction": two trades joined.
_TRADE_NAME = re.compile(
    rf"(?<![\w&'’-])(?P<name>(?:{_NAME_WORD}[ \t]+){{1,3}}(?:{_TRADE})(?:[ \t]+(?:(?:&|and)[ \t]+)?(?:{_TRADE}))?)"
    r"(?![\w'’-]|[ \t]+[A-Z])"
)
# "Royal Air Maroc", "TAP Air Portugal": a name's own word may come before `Air`
_AIRLINE = re.compile(
    rf"(?<![\w-])(?:(?P<own>{_NAME_WORD})[ \t]+)?Air[ \t]+(?P<place>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
)
# Two companies joined: "A and B", "A e a B" (pt), "A et B" (fr), "A y B" (es). Not after a comma: "the
# Committee, NAME, said" is an apposition.
_JOIN = r"[ \t]+(?:and|&|e|et|y)[ \t]+(?:(?:the|a|o|la|le|el)[ \t]+)?"
_LISTED_AFTER = re.compile(rf"{_JOIN}(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?![\w'’-])")
_LISTED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}){_JOIN}$")
_LOOK = 60
# A list's items: "A, B, C and D", "A, B y C"; a comma parts them, a conjunction closes the list.
_ARTICLE = r"(?:(?:the|a|o|la|le|el)[ \t]+)?"
# "the Qeshm Shipping Company (QSC) and X": an item's bracketed acronym; "and carmaker X": a trade word.
_ACRONYM_AFTER = r"(?:[ \t]*\([A-Z][\w&.-]{1,11}\))?"
_TRADE_WORD = rf"(?:(?:{phrases('firm_words')})[ \t]+)?"
_COMMA = rf",[ \t]*(?:(?:and|&|e|et|y)[ \t]+)?{_ARTICLE}"
_SEPARATOR = rf"{_ACRONYM_AFTER}(?:{_COMMA}|{_JOIN}){_TRADE_WORD}"
_ITEM_AFTER = re.compile(rf"(?P<sep>{_SEPARATOR})(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?![\w'’-])")
_SEP_AFTER = re.compile(_SEPARATOR)
_ITEM_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?P<sep>{_SEPARATOR})$")
_CONJUNCTION = re.compile(r"(?<![\w-])(?:and|&|e|et|y)(?![\w-])")
_MAX_ITEMS = 12
# "the Sevmash shipyard", "a Metrojet airliner", "the AFL-CIO labor federation": an article, a proper name (no
# figure in it: "the RM1.2 billion joint venture", "a Boeing 737 airliner"), at most two lower-case words of its
# trade, then a noun of its kind
_KIND_NAME_WORD = r"[A-Z][A-Za-z&'’.-]*[A-Za-z&]"
_KIND_GAP_STOPS = words("kind_noun_gap_stops")
_NAME_BEFORE_KIND = re.compile(
    rf"(?<![\w-])(?:[Tt]he|an?)[ \t]+(?P<name>{_KIND_NAME_WORD}(?:[ \t]+{_KIND_NAME_WORD}){{0,3}})"
    rf"(?P<trade>(?:[ \t]+[a-z][a-z-]+){{0,2}})[ \t]+(?:{phrases('kind_nouns_after_name')})(?![\w'’-])"
)
_PLACE_NOUNS = words("place_nouns_after")
# "Daimler's aerospace arm, DASA,", "its Dutch aircraft unit Fokker NV": a part of a company named after its owner
_PART_OF_A_COMPANY = re.compile(
    rf"(?:['’]s|(?<![\w-])(?:[Ii]ts|[Tt]heir))[ \t]+(?:[A-Za-z-]+[ \t]+){{0,2}}"
    rf"(?:{phrases('company_part_nouns')}),?[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})(?![\w'’-])"
)
# "PT Pertamina (Persero)", "PT Angkasa Pura II Tbk": a legal form written first opens a company's name, which runs
# over capitalised words (a series' Roman numeral among them) and keeps a bracketed form and a closing `Tbk`.
_PREFIXED_NAME = re.compile(
    rf"(?<![\w.&'’-])(?:{alternation(words('legal_forms_opening_a_name'))})"
    rf"(?P<words>(?:[ \t]+(?:{_NAME_WORD}|[IVX]+))+?)"
    rf"(?P<closing>(?:[ \t]*\((?:{alternation(words('bracketed_legal_forms'))})\))?(?:[ \t]+Tbk\.?)?)"
    r"(?=[ \t]*(?:[^\w \t&'’-]|[a-z]|\Z))"
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[OoAa]|[DdNn][oa]|[Pp]elo|[Aa]o)[ \t]+\Z")
_REGION_ADJECTIVES = words("regional_body_adjectives")  # "the European union of employers", "an Asian airline"
# "Siemens Energy", "Bank of Georgia", "the Xinhua news agency": the name goes on (an outlet's noun in lower case too)
_LONGER_NAME = re.compile(rf"[ \t]+(?:of[ \t]+)?[A-Z]|[ \t]+(?:{alternation(words('outlet_name_closers'))})(?![\w-])")
_LIST_BEFORE = re.compile(rf"(?<![\w'’-]){_NAME_WORD}{_ACRONYM_AFTER},[ \t]*$")


def firm_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """Companies named by a trade word, airlines named by `Air`, names a noun of their kind follows and parts of a
    company named after their owner."""
    found = [c for c in (_trade_claim(m) for m in _TRADE_NAME.finditer(text)) if c is not None]
    found += [c for c in (_airline_claim(m) for m in _AIRLINE.finditer(text)) if c is not None]
    found += [c for c in (_kind_claim(m) for m in _NAME_BEFORE_KIND.finditer(text)) if c is not None]
    found += [c for c in (_part_claim(m) for m in _PART_OF_A_COMPANY.finditer(text)) if c is not None]
    found += [c for c in (_prefixed_claim(m) for m in _PREFIXED_NAME.finditer(text)) if c is not None]
    return [c for c in found if not overlaps_any(c.span, skip)]


def joined_firm_claims(
    text: str, skip: tuple[Span, ...], claims: list[Claim], persons: list[Claim]
) -> tuple[list[Claim], list[Claim]]:
    """The claims with "Sinohydro and X Engineering Corporation" cut in two, and the names joined to a company
    by `and` that no person claim holds."""
    claims = _with_cuts(text, claims)
    companies = [c for c in claims if c.owner is not None and _a_company(c.owner)]
    enterprises = [c for c in claims if c.owner is not None and _an_enterprise(c.owner)]
    listed = _listed_claims(text, companies) + _list_claims(text, claims, companies + enterprises)
    listed = [c for c in listed if not overlaps_any(c.span, skip) and not _held(c.span, persons)]
    return claims, listed


def _with_cuts(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with joined names cut; an acronym defined after the joined name ("A and B Industries (BI)")
    names the right one wherever the text uses it."""
    cut, renamed = [], {}
    for claim in claims:
        parts = _cut_joined(text, claim)
        if len(parts) == 2:
            renamed[claim.owner.key] = parts[1].owner
        cut += parts
    if not renamed:
        return cut
    return [
        Claim(c.span, c.actor_type, renamed[c.owner.key])
        if isinstance(c.owner, OrgMention) and c.owner.key in renamed
        else c
        for c in cut
    ]


def _held(span: Span, persons: list[Claim]) -> bool:
    return any(p.span[0] < span[1] and span[0] < p.span[1] for p in persons)


# Not `&`: "Meskay & Femtee Trading Company" is one firm.
_JOINED = re.compile(
    rf"(?P<left>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}?)[ \t]+and[ \t]+(?:the[ \t]+)?(?P<right>[A-Z][^\n]+)"
)


def _cut_joined(text: str, claim: Claim) -> list[Claim]:
    """ "Sinohydro and China Energy Engineering Corporation": one name of its own (a word the text never
    writes in lower case, no trade, place or office), `and`, then a company's full name, are two companies."""
    mention = claim.owner
    if not isinstance(mention, OrgMention) or organization_lookup().get(mention.name) is not None:
        return [claim]
    start, end = claim.span
    joined = _JOINED.fullmatch(text, start, end)
    if joined is None:
        return [claim]
    left, right = joined.group("left"), joined.group("right")
    right_words = right.split()
    # "A, B and the C Bank": the last two items of a list, whatever the right one's head
    listed = _LIST_BEFORE.search(text, max(0, start - _LOOK), start) is not None
    company = set(right_words) & (_COMPANY_HEADS | _TRADES) and not set(right_words) & (ORG_HEADS - _COMPANY_HEADS)
    left_words = left.split()
    if (
        len(right_words) < 2
        or not (company or (listed and set(right_words) & ORG_HEADS))
        or (len(left_words) > 1 and not listed)  # "Hanwha Defense and X Industries" only as a list's items
        or left_words[0] in _TRADES
        or all(w in _GENERIC or w in _TRADES for w in left_words)
        # "Haskan Defense": a portfolio's word may follow the name's own first word
        or _not_a_name_word(left_words[0])
        or any(is_place_or_office(w) or w in ORG_HEADS for w in left_words)
        or (len(left_words) == 1 and _written_in_lower_case(text, left))
    ):
        return [claim]
    return [
        Claim(joined.span("left"), "organization", OrgMention(slug(left), left, country_in(left))),
        Claim(joined.span("right"), "organization", OrgMention(slug(right), right, mention.country)),
    ]


def _trade_claim(match: re.Match) -> Claim | None:
    name = match.group("name")
    words_ = name.split()
    cut = 0
    # "the Dubai-based Gulfstar Logistics": a word with a participle hyphened to it modifies the name
    while cut < len(words_) - 1 and (words_[cut] in LEADING_NOISE or HYPHENED_MODIFIER.search(words_[cut])):
        cut += 1
    # "Abu Dhabi's Mubadala Petroleum": a possessive names the owner, and the name starts after it
    owned = [i for i, w in enumerate(words_[:-1]) if POSSESSIVE_END.search(w)]
    cut = max(cut, owned[-1] + 1) if owned else cut
    words_ = words_[cut:]
    paired = re.search(rf"(?:{_PAIRED})\Z", " ".join(words_))
    trade_words = len(paired.group().split()) if paired else 0
    proper = [w for w in words_[: len(words_) - trade_words] if w not in _TRADES]
    # "Kenya Power" is the state company rule's; "China Harbour Engineering" has a name after its state
    named = proper[1:] if proper and (proper[0] in country_names() or proper[0] in demonyms()) else proper
    # "Wuhan Iron and Steel": a city's or a state's two trades joined name its company
    placed = bool(trade_words and proper) and all(w in city_countries() or w in country_names() for w in proper)
    if not placed and (not named or any(_not_a_name_word(w) for w in named) or all(w in _GENERIC for w in named)):
        return None
    if words_[-1] in _LINE_TRADES and any(w in _LINE_KINDS or _a_route(w) for w in words_[:-1]):
        return None  # "the Standard Gauge Railway", "the Addis Ababa-Djibouti Railway": a line, not its operator
    name = " ".join(words_)
    start = match.end("name") - len(name)
    return Claim((start, match.end("name")), "organization", named_body(name))


def _prefixed_claim(match: re.Match) -> Claim | None:
    """ "PT Kereta Api Indonesia": the form and the name's words up to an office, a calendar word or a possessive
    ("PT Timah Director NAME", "9 a.m. PT Monday": a time zone, no company). After an article it is a party's
    acronym ("the PT", "o PT": Brazil's Workers' Party), no legal form."""
    if _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 5), match.start()):
        return None
    name_words = list(re.finditer(r"\S+", match.group("words")))
    kept = 0
    for word in name_words:
        bare = re.sub(r"['’]s$", "", word.group())
        if (
            bare != word.group()
            or ROLE_WORD.fullmatch(bare)
            or bare in CALENDAR_WORDS
            or (bare in NOT_NAME_WORDS and bare not in ORG_HEADS and bare not in _TRADES)
        ):
            break
        kept += 1
    if kept == 0:
        return None
    offset = match.start("words")
    end = offset + name_words[kept - 1].end()
    if kept == len(name_words):
        end = match.end("closing")
    name = " ".join(match.string[match.start() : end].split())
    return Claim((match.start(), end), "organization", named_body(name))


def _kind_claim(match: re.Match) -> Claim | None:
    """ "the Sevmash shipyard": the name before a noun of its kind, when no word of it is a state's, a city's, a
    people's, an office's or a body's head ("the Russian defence company", "the Ulaanbaatar power station")."""
    name, trade = match.group("name"), match.group("trade").split()
    name_words = name.split()
    if any(w in _KIND_GAP_STOPS or w in _PLACE_NOUNS for w in trade):
        return None  # "the EU and the group": no trade between
    # a portfolio's word may be a trade inside a name of its own ("the Getty Petroleum Marketing chain")
    own = [w for w in name_words if w not in OFFICE_FIELDS]
    if not own or any(
        _not_a_name_word(w) or w in ORG_HEADS or w in _GENERIC or w in LEADING_NOISE or w in _KIND_GAP_STOPS
        for w in own
    ):
        return None
    if any(is_place_or_office(w) for w in name_words) or (len(own) == 1 and own[0] in NOT_NAME_WORDS):
        return None
    if (
        HYPHENED_MODIFIER.search(name)
        or name in _REGION_ADJECTIVES
        or name in country_names()
        or name in city_countries()
    ):
        return None  # "the London-based company": a modifier, no name
    known = organization_lookup().get(name)
    mention = known_body(known) if known else None
    return Claim(match.span("name"), "organization", mention or named_body(name))


def _part_claim(match: re.Match) -> Claim | None:
    """ "Daimler's aerospace arm, DASA": the part's name, when no word of it is a state's, a city's, a people's, an
    office's or a calendar's ("its unit in Kenya", "the bank's arm, Minister NAME")."""
    name = match.group("name")
    if any(_not_a_name_word(w) or w in LEADING_NOISE for w in name.split()):
        return None
    known = organization_lookup().get(name)
    mention = known_body(known) if known else None
    return Claim(match.span("name"), "organization", mention or named_body(name))


def _a_route(word: str) -> bool:
    """ "North-South", "Trans-Siberian", "Ababa-Djibouti": a hyphened word with a compass word or a place in it
    names a route."""
    parts = word.split("-")
    return len(parts) > 1 and any(p in _ROUTE_WORDS or _a_place(p) for p in parts)


def _airline_claim(match: re.Match) -> Claim | None:
    place = match.group("place").split()
    while place and not _a_place(" ".join(place)):
        place.pop()
    if not place:
        return None
    end = match.start("place") + len(" ".join(place))
    own = match.group("own")
    start = match.start("own") if own and _owns_airline(own) else match.start("place") - len("Air ")
    name = f"{own} Air {' '.join(place)}" if start == match.start("own") else f"Air {' '.join(place)}"
    known = organization_lookup().get(name)
    mention = known_body(known) if known else OrgMention(slug(name), name, None)
    return Claim((start, end), "organization", mention)


def _a_place(name: str) -> bool:
    """A state's or a city's name, in English or in Spanish, French or Portuguese (`Air Maroc`)."""
    return name in country_names() or name in city_countries() or name in _romance_places()


@cache
def _romance_places() -> frozenset[str]:
    return frozenset(n for language in LANGUAGES for n in country_names_in(language))


def _owns_airline(word: str) -> bool:
    """A word before `Air` that is the airline's own ("Royal", "TAP"), not a sentence's, a state's or a people's."""
    return not (
        word in LEADING_NOISE
        or word in NOT_NAME_WORDS
        or word in CALENDAR_WORDS
        or word in country_names()
        or word in demonyms()
        or _not_a_name_word(word)
    )


def _a_company(mention: OrgMention) -> bool:
    """A company: one named by a trade, a company's head or a legal form, or a known state enterprise named by
    one word without an acronym (`Gazprom`, `Petrobras`: a body's name has a head noun or an acronym)."""
    name_words = mention.name.split()
    if set(name_words) & (ORG_HEADS - _COMPANY_HEADS):
        return False  # "Civil Aviation Committee": a body's head
    if set(name_words) & (_TRADES | _COMPANY_HEADS):
        return True
    known = organization_lookup().get(mention.name)
    return (
        known is not None
        and known.country is not None  # a state's enterprise; a bloc (`BRICS`) belongs to none
        and not known.acronym
        and len(name_words) == 1
        and not mention.name.isupper()
        and name_words[0] not in ORG_HEADS
    )


def _an_enterprise(mention: OrgMention) -> bool:
    """A known organisation of one state without a body's head noun (`SOCAR`, `BP`): a company in a list."""
    known = organization_lookup().get(mention.name)
    return known is not None and known.country is not None and not set(mention.name.split()) & ORG_HEADS


def _listed_claims(text: str, companies: list[Claim]) -> list[Claim]:
    found = []
    for company in companies:
        start, end = company.span
        after = _LISTED_AFTER.match(text, end)
        before = _LISTED_BEFORE.search(text, max(0, start - _LOOK), start)
        for match in (after, before):
            if match is None:
                continue
            span = _without_owner(text, match.span("name"))
            name = text[span[0] : span[1]]
            if _a_listed_name(name):
                known = organization_lookup().get(name)
                mention = known_body(known) if known else named_body(name)
                found.append(Claim(span, "organization", mention))
    return found


def _without_owner(text: str, span: Span) -> Span:
    """ "Sonatrach and Italy's Eni", "Japan's Sumitomo and KEPCO": a listed name's owner, named in the
    possessive before it, is not part of it; the name starts after the owner."""
    owner = OWNER.match(text, *span)
    return (owner.end(), span[1]) if owner and owner.end() < span[1] else span


def _list_claims(text: str, claims: list[Claim], companies: list[Claim]) -> list[Claim]:
    """ "include Gazprom, Veltrova, Kesmark and Ondrix": the other names of a list (commas, then a conjunction)
    that holds a company are companies too; a name already claimed is stepped over, a state or a person not."""
    by_start = {c.span[0]: c.span[1] for c in claims if c.owner is not None}
    by_end = {c.span[1]: c.span[0] for c in claims if c.owner is not None}
    found, seen = [], set()
    for company in companies:
        if company.span in seen:
            continue
        items, separators = _list_around(text, company.span, by_start, by_end)
        seen.update(items)
        if not any(_CONJUNCTION.search(sep) for sep in separators):
            continue  # "Gazprom, Veltrova said": an apposition, not a list
        if len(items) == 2 and "," in separators[0]:
            continue  # "a service to Bushehr, and Gazprom plans": `, and` joins two clauses, not two names
        for span in items:
            span = _without_owner(text, span)
            name = text[span[0] : span[1]]
            if span[0] in by_start or not _a_listed_name(name) or _written_in_lower_case(text, name):
                continue
            known = organization_lookup().get(name)
            mention = known_body(known) if known else named_body(name)
            found.append(Claim(span, "organization", mention))
    return found


def _list_around(text: str, span: Span, by_start: dict, by_end: dict) -> tuple[list[Span], list[str]]:
    """The items of the list a name stands in, and the separators between them."""
    items, separators = [span], []
    end = span[1]
    while len(items) < _MAX_ITEMS:
        item = _ITEM_AFTER.match(text, end)
        sep = _SEP_AFTER.match(text, end)
        if sep is not None and sep.end() in by_start:  # an item the rules claimed: step over it whole
            items.append((sep.end(), by_start[sep.end()]))
            separators.append(sep.group())
        elif item is not None:
            items.append(item.span("name"))
            separators.append(item.group("sep"))
        else:
            break
        end = items[-1][1]
    start = span[0]
    while len(items) < 2 * _MAX_ITEMS:
        item = _ITEM_BEFORE.search(text, max(0, start - _LOOK), start)
        if item is None:
            break
        stepped = by_end.get(item.start("sep"))
        items.append((stepped, item.start("sep")) if stepped is not None else item.span("name"))
        separators.append(item.group("sep"))
        start = items[-1][0]
    return items, separators


def _written_in_lower_case(text: str, name: str) -> bool:
    """ "Cement" where the text also writes "cement": a common word, not a brand."""
    return " " not in name and re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None


def _a_listed_name(name: str) -> bool:
    """A name that may be a company: no state, city, people, office, calendar or sentence word in it."""
    name_words = name.split()
    # Two words or more without a trade or a word in capitals may be a person the rules did not see
    personal = len(name_words) > 1 and not any(w in _TRADES or w in _COMPANY_HEADS or w.isupper() for w in name_words)
    return not (
        personal
        or all(w in _TRADES or w in _GENERIC for w in name_words)
        or name in country_names()
        or name in city_countries()
        or any(_not_a_name_word(w) or w in ORG_HEADS for w in name_words)
    )


def _not_a_name_word(word: str) -> bool:
    bare = re.sub(r"['’]s$", "", word)
    return (
        is_place_or_office(word)
        or is_place_pair(word)  # "the Laos-China Railway" is a line, not a company
        or bare in NOT_ORG_WORDS
        or bare in _REGIONS
        or bare in OFFICE_FIELDS
    )


def name_as_written(candidate: Candidate, text: str) -> None:
    """A known organisation whose base name the text never writes takes the fullest form the text does."""
    if not candidate.spans or _stands_alone(candidate.name, text):
        return  # written so ("DEPARTMENT OF TRADE AFFAIRS" is read in title case)
    written = [" ".join(text[a:b].split()) for a, b in sorted(candidate.spans)]
    candidate.name = max(written, key=lambda w: len(w.split()))


def _stands_alone(name: str, text: str) -> bool:
    """The text writes the name as a whole name, not as the start of a longer one ("Siemens" in "Siemens
    Energy", "State Grid" in "State Grid Corporation of China")."""
    for found in re.finditer(rf"(?<![\w-])(?i:{re.escape(name)})(?![\w-])", text):
        # a name in a line of capitals ("DEPARTMENT OF TRADE AFFAIRS RAJYA SABHA") stands as written
        if found.group().isupper() or _LONGER_NAME.match(text, found.end()) is None:
            return True
    return False
