"""Organisations named by the phrase around them: news outlets cited as sources, a state's lower-case bodies.

A dateline's `(AFP) -`, `told the Guardian`, `the news agency PAP`, `PAP reported` name an outlet whatever its
name; `the Chinese foreign ministry` and `Japan's embassy` name a body of that state.
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.lexicon import (
    CALENDAR_WORDS,
    COUNTRY,
    DEMONYM,
    GOVERNMENT_SEATS,
    LEADING_NOISE,
    NOT_NAME_WORDS,
    OFFICE_FIELDS,
    ORG_HEADS,
    POSSESSIVE_END,
    SEAT,
    alternation,
    phrases,
    words,
)
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.actors.org_names import is_org_name
from pipelines.extract.actors.org_pieces import HYPHENED_MODIFIER
from pipelines.extract.actors.organizations import OWNER, OrgMention, known_body, named_body, with_host
from pipelines.extract.actors.report_home import dateline_countries
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import (
    city_countries,
    country_names,
    demonyms,
    organization_lookup,
    slug,
    subdivision_names,
)

_BYLINE_WORDS = words("byline_words")
_END_MARKS = words("story_end_marks")
_WORD = r"[A-Z][\w.&'’-]*[\w&]|[A-Z]{2,}"
_NAME = rf"(?:{_WORD})(?:[ \t]+(?:{_WORD})){{0,3}}"
# "NAIROBI, Feb 17 (Reuters) -", "New Delhi [India], May 2 (ANI):", "MADRID, 24 may (EFE).-": the outlet opens the
# story's first line (after the page's date header, if any).
_DATE_HEADER = r"(?:date[ \t]+\d{4}-\d\d(?:-\d\d)?[ \t]+)?"
_DATELINE = re.compile(rf"(?m)^[ \t]*{_DATE_HEADER}[A-Z][^\n()]{{1,60}}?\((?P<name>{_NAME})\)[ \t]*\.?(?:--|[-–—:])")
# "MOSCOW, May 4. /TASS/.", "Hanoi /VNA/": the outlet between slashes; "ASTANA. KAZINFORM -": in capitals after
# the place in capitals and a full stop.
_DATELINE_SLASHES = re.compile(
    rf"(?m)^[ \t]*{_DATE_HEADER}[A-Z][^\n/]{{1,60}}?[ \t]/(?P<name>[A-Z][\w&.-]*\w)/(?=[\s.])"
)
_DATELINE_CAPITALS = re.compile(
    rf"(?m)^[ \t]*{_DATE_HEADER}[A-Z][A-Z'’ -]{{1,30}}\.[ \t]+(?P<name>[A-Z][A-Z&]{{1,14}})[ \t]+(?:--|[-–—])"
)
# "Lima, jul. 17 (ANDINA). El ...", "Abidjan, 1er mars 2013 (AIP)": the outlet's acronym after the place and a date (a
# figure, no clock's colon), closed by a full stop before the story's first sentence or by the end of its line (not a
# word: "Issue No. 26 (Supplement)").
_DATELINE_DATED = re.compile(
    rf"(?m)^[ \t]*{_DATE_HEADER}[A-ZÀ-Þ][^\n():]{{0,40}}?\d[^\n():]{{0,20}}?\((?P<name>[A-Z][A-Z&]{{1,7}})\)"
    r"(?=[ \t]*\.[ \t]+[A-ZÀ-Þ]|[ \t]*$)"
)
# "(APS)" alone on a line, after the story's last sentence: the agency it comes from ("(Avec APS)", "(With AFP)").
_CREDIT_LINE = re.compile(
    rf"(?m)^[ \t]*\((?:(?:{alternation(words('credit_line_openers'))})[ \t]+)?"
    r"(?P<name>[A-Z][A-Za-z]{1,5}[A-Z])\)[ \t]*$"
)
# "rapporte la MAP", "según la AFP": an acronym cited as a source in Spanish, French or Portuguese.
_TOLD_ROMANCE = re.compile(
    rf"(?<![\w-])(?:{phrases('source_cues_romance')})\s+(?:(?:{phrases('source_data_romance')})\s+)?"
    rf"(?:(?:la|le|el|a|o)\s+|l['’])?(?P<acr>[A-Z]{{2,6}})(?![\w-])"
)
_TOLD = re.compile(rf"\b(?:{phrases('source_cues')})\s+(?:the\s+(?P<the>(?:The\s+)?{_NAME})|(?P<acr>[A-Z]{{2,6}})\b)")
_OUTLET_NOUN = re.compile(rf"\b(?:{phrases('outlet_nouns')})\s+(?P<name>{_NAME})")
# "according to Tuoi Tre newspaper": a name, then a lower-case outlet noun
_OUTLET_NOUN_AFTER = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_NAME})[ \t]+(?:{phrases('outlet_nouns_after_name')})(?![\w-])"
)
_REPORTED = re.compile(rf"\s+(?:{phrases('outlet_verbs')})\b")
# "By Philippine News Agency", "By Anadolu Agency reporters": a byline that names an outlet, not a writer (its last
# word an outlet's: `outlet_heads`), alone on its line or before its staff's word ("By The NAME" is the other rules')
_BYLINE_OUTLET = re.compile(
    rf"(?m)^[ \t]*(?:[Bb]y|BY)[ \t]+(?!The[ \t])(?P<name>{_NAME})"
    rf"(?:[ \t]+(?:{alternation(words('byline_staff_words'))}))?[ \t]*$"
)
_OUTLET_HEADS = words("outlet_heads")
# "according to Geostat", "según Adif", "selon Bercy": a source cited by its name
_ROMANCE_CUES = (
    rf"{phrases('source_cues_romance', either_case=True)}|{phrases('source_cues_romance_phrases', either_case=True)}"
)
_ACCORDING = re.compile(rf"\b(?:[Aa]ccording[ \t]+to[ \t]+(?:the[ \t]+)?|(?:{_ROMANCE_CUES})[ \t]+)(?P<name>{_NAME})")
# "representatives of Adif, Renfe and Ineco", "les dirigeants de Total et de GDF": staff of the bodies listed. One
# item is a capitalised run; the list's one-word items are read here (the head-noun rules read the longer ones).
_NAME_WORD = r"[A-Z](?:[\w'’&.-]*\w)?"
_LIST_ITEM = rf"{_NAME_WORD}(?:[ \t]+(?:(?:de|del|di|e|y|of|das|dos|da|do)[ \t]+)?{_NAME_WORD}){{0,3}}"
_LIST_JOIN = r"(?:,[ \t]*|[ \t]+(?:and|y|e|et)[ \t]+)(?:(?:de|of|the)[ \t]+)?"
_STAFF_LIST = re.compile(
    rf"(?<![\w-])(?:{phrases('staff_before_bodies', either_case=True)})[ \t]+(?:of|from|de|del|da|do|des|du|d['’])"
    rf"[ \t]*(?:(?:the|la|el|le|o|a)[ \t]+|l['’])?(?P<list>{_LIST_ITEM}(?:{_LIST_JOIN}{_LIST_ITEM}){{0,4}})"
)
_ITEM_IN_LIST = re.compile(rf"(?<![\w'’&.-])(?P<name>{_LIST_ITEM})")
# a one-word item ends at a list's comma or joint, the clause's end or a preposition, not before a noun it
# qualifies ("officials from the Trump administration")
_ITEM_END = re.compile(
    r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:and|or|y|e|et|ou|to|in|on|at|for|with|para|pour|en|à|com|con|avec|who|which|que"
    r"|qui)(?![\w'’-])"
)
# "MITI said", "NAN recalls that", "MEA spokesperson X": an acronym that speaks, or whose spokesperson speaks; in
# Spanish, French and Portuguese "el BID señaló", "la CFDT demande", "a CNI alertou"
_ACRONYM_SPEAKS = re.compile(
    rf"(?<![\w/&'’.-])(?P<acr>[A-Z][A-Za-z]{{1,5}}[A-Z])[ \t]+"
    rf"(?:{phrases('acronym_source_words')}|{phrases('acronym_source_words_romance')})(?![\w'’-])"
)
# "according to Geostat": one word alone, which no capitalised word stands before anywhere in the text
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][\w-]*)[ \t]+$")
_NEXT_NAME_WORD = re.compile(r"[ \t]*[A-Z\d]|,[ \t]*[A-Z]")
_SOURCE_BEFORE = re.compile(rf"(?<![\w-])(?P<name>[A-Z]{{2,6}}|{_NAME})$")
# "the Indian external affairs ministry", "Kenya's energy and petroleum ministry": portfolio words, then the head.
_PORTFOLIO = rf"(?:{alternation(words('portfolios_lower'))})"
_STATE_BODY = re.compile(
    rf"(?<![\w-])(?:{_PORTFOLIO}(?:[ \t]+(?:and[ \t]+)?{_PORTFOLIO}){{0,3}}[ \t]+"
    rf"(?:{alternation(words('portfolio_heads_lower'))})|{phrases('state_bodies_lower')})(?![\w-])"
)
_STATE_BEFORE = re.compile(rf"(?<![\w-])(?:(?P<country>{COUNTRY})(?P<own>['’]s)?|(?P<dem>{DEMONYM}))\s+$")
_PORTFOLIO_HEADS = words("portfolio_heads_lower")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")
_OF_AFTER = re.compile(r"[ \t]+of[ \t]")
_LOOK_BACK = 40
# "China's Exim bank", "reported Akorda press service": a proper name before a lower-case head names a body.
# The head is found first (it is rare), then the name right before it.
_LOWER_HEAD = re.compile(rf"(?<![\w-])(?:{phrases('org_heads_lower_after_name')})(?![\w-])")
_NAME_BEFORE_HEAD = re.compile(r"(?<![\w'’.-])[A-Z][\w-]*[\w](?:[ \t]+[A-Z][\w-]*[\w]){0,2}[ \t]+$")
# "Mahindra & Mahindra", "Larsen & Toubro": two names joined by `&` are a firm.
_AMPERSAND_FIRM = re.compile(r"(?<![\w&-])(?P<name>[A-Z][a-z]+[ \t]*&[ \t]*[A-Z][a-z]+)(?![\w&-])")
_NOT_FIRM_SIDES = ORG_HEADS | OFFICE_FIELDS  # "Industries & Production" is a portfolio
# "Jamaat-e-Islami", "Tehreek-e-Labbaik Pakistan": a party's head noun joined to its name by an izafat.
_IZAFAT = r"-(?:e|i|ul|ud|ut|al)-"
_IZAFAT_NAME = re.compile(
    rf"(?<![\w-])(?:{alternation(words('izafat_heads'))})(?:{_IZAFAT}|[ \t]+)[A-Z][\w]+(?:(?:{_IZAFAT}|-)[A-Z][\w]+)*"
)
# "the press service of the President of Kazakhstan": the office it serves, and that office's state, name it.
_OFFICE_SERVED = r"(?:[Pp]resident|[Pp]rime[ \t]+[Mm]inister|[Hh]ead(?:[ \t]+of[ \t]+[Ss]tate)?|[Gg]overnment)"
_PRESS_SERVICE = re.compile(
    rf"(?<![\w-])[Pp]ress[ \t]+(?:service|office)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<office>{_OFFICE_SERVED})"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:Republic[ \t]+of[ \t]+)?(?P<state>{COUNTRY})(?![\w-]))?"
)
# "Kazinform.kz reports", "told bdnews24.com": a web address cited as a source is the outlet.
_WEB_OUTLET = r"[A-Za-z][\w-]*\.(?:com|net|org|kz|uz|kg|tj|pk|in|bd|lk|np|az|ge|am|ru|ua|cn|co\.\w\w|info|news)"
_WEB_SOURCE = re.compile(
    rf"(?:(?<![\w-])(?:{phrases('source_cues')})\s+(?P<after>[A-Za-z][\w-]*\.[a-z]{{2,6}})(?![\w.])"
    rf"|(?<![\w@/.-])(?P<before>{_WEB_OUTLET})(?=\s+(?:{phrases('outlet_verbs')}|reports|said|says|writes)\b))"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n][\"'”’)]*)\s*$")
# "The White House said", "according to the Kremlin", "según la Casa Rosada": a seat of government that speaks
# or acts is the body that sits there; "at the White House" is a place, "Kremlin spokesman" an affiliation.
# "the Government of Tonga", "the Iraqi Government", "the Pakistan Government": a state's government, capitalised
_GOVERNMENT = re.compile(
    rf"(?<![\w-])(?:(?:(?P<dem>{DEMONYM})|(?P<state>{COUNTRY}))[ \t]+Government"
    rf"|Government[ \t]+of[ \t]+(?:the[ \t]+)?(?P<of>{COUNTRY}))(?![\w-])"
)
# "the EU Delegation to Serbia", "Pakistan's Permanent Mission to the UN": a state's or a body's mission to a state
# or a body is named with both
_MISSION_TO = re.compile(
    rf"(?<![\w-])(?P<owner>[A-Z]{{2,5}}|{COUNTRY}|{DEMONYM})(?:['’]s)?[ \t]+(?:Permanent[ \t]+)?"
    rf"(?:{alternation(words('missions_to'))})[ \t]+to[ \t]+(?:the[ \t]+)?(?P<host>{COUNTRY}|[A-Z]{{2,5}})(?![\w-])"
)
_SHARED_SEATS = frozenset(words("shared_government_seats"))
_SEAT_NAME = re.compile(rf"(?<![\w-])(?:{SEAT}|{alternation(_SHARED_SEATS)})(?![\w'’-])")
_AUXILIARY = alternation(words("org_agent_perfect") | words("org_agent_progressive"))
_SEAT_ACTS = re.compile(
    rf"[ \t]+(?:(?:{_AUXILIARY})[ \t]+)?(?:{phrases('org_agent_verbs')}|{phrases('seat_verbs')})(?![\w-])"
    rf"|[ \t]+(?:{phrases('seat_offices', either_case=True)})(?![\w-])"
)
_SEAT_CITED = re.compile(
    rf"(?<![\w-])(?:[Aa]ccording[ \t]+to|{phrases('source_cues_romance', either_case=True)}"
    rf"|{phrases('source_cues_romance_phrases', either_case=True)})"
    r"[ \t]+(?:(?:the|la|le|el|o|a)[ \t]+|l['’])?$"
)


def phrase_claims(text: str, skip: tuple[Span, ...]) -> list[Claim]:
    """Outlets cited as sources and the lower-case bodies of a named state, as organisation claims."""
    claims = []
    for pattern, group in (
        (_DATELINE, "name"),
        (_DATELINE_DATED, "name"),
        (_DATELINE_SLASHES, "name"),
        (_DATELINE_CAPITALS, "name"),
        (_CREDIT_LINE, "name"),
        (_OUTLET_NOUN, "name"),
        (_OUTLET_NOUN_AFTER, "name"),
    ):
        claims += [
            _outlet(text, m, group)
            for m in pattern.finditer(text)
            if m.group(group) not in _END_MARKS
            and not _speaker_label(text, m, group)
            and not set(m.group(group).split()) <= _STAFF_CREDITS
        ]
    claims += [_outlet(text, m, "acr") for m in _TOLD_ROMANCE.finditer(text)]
    for match in _TOLD.finditer(text):
        claims.append(_outlet(text, match, "the" if match.group("the") else "acr"))
    for verb in _REPORTED.finditer(text):
        source = _SOURCE_BEFORE.search(text, max(0, verb.start() - _LOOK_BACK), verb.start())
        if source and (_outlet_shaped(source.group()) or source.group() in organization_lookup()):
            claims.append(_outlet(text, source, "name"))  # "Khan reported" is a person
    for match in _ACCORDING.finditer(text):
        if _outlet_shaped(match.group("name")) or _lone_source(text, match):
            claims.append(_outlet(text, match, "name"))
    claims += [
        _outlet(text, m, "acr")
        for m in _ACRONYM_SPEAKS.finditer(text)
        if _speaking_acronym(text, m["acr"]) and not _ends_a_name(text, m.start())
    ]
    claims += [
        _listed_body(text, item) for staff in _STAFF_LIST.finditer(text) for item in _one_word_items(text, staff)
    ]
    claims += [_state_body(text, m) for m in _STATE_BODY.finditer(text)]
    claims += [_lower_head_body(text, m) for m in _LOWER_HEAD.finditer(text)]
    claims += _ampersand_firms(text)
    claims += [_press_service(m) for m in _PRESS_SERVICE.finditer(text)]
    for match in _WEB_SOURCE.finditer(text):
        name = match.group("after") or match.group("before")
        span = match.span("after" if match.group("after") else "before")
        claims.append(Claim(span, "organization", OrgMention(slug(name), name, None)))
    claims += [_izafat_body(text, m) for m in _IZAFAT_NAME.finditer(text) if re.search(_IZAFAT, m.group())]
    claims += [_seat(m) for m in _SEAT_NAME.finditer(text) if _seat_speaks(text, m)]
    claims += [_mission_to(m) for m in _MISSION_TO.finditer(text)] if " to " in text else []
    claims += [_government(m) for m in _GOVERNMENT.finditer(text)] if "Government" in text else []
    claims = [c for c in claims if c is not None and not overlaps_any(c.span, skip)]
    # a byline is page furniture, but an outlet that signs the story is named there
    bylines = (_byline_outlet(m, text) for m in _BYLINE_OUTLET.finditer(text)) if "y " in text else ()
    return claims + [c for c in bylines if c is not None]


def _byline_outlet(match: re.Match, text: str) -> Claim | None:
    name = match.group("name")
    return _outlet(text, match, "name") if " " in name and name.split()[-1] in _OUTLET_HEADS else None


# "Renfe e Ineco": an item that is one-word names joined, not a name with a joint inside ("Cassa Depositi e Prestiti")
_JOINED_WORDS = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:e|y)[ \t]+{_NAME_WORD})+")
_WORD_IN_ITEM = re.compile(rf"(?P<name>{_NAME_WORD})")


def _one_word_items(text: str, staff: re.Match) -> list[re.Match]:
    """The names of one word in a list of bodies whose staff are named, each ending where an item may."""
    found = []
    for item in _ITEM_IN_LIST.finditer(text, *staff.span("list")):
        if not _ITEM_END.match(text, item.end()):
            continue
        if _JOINED_WORDS.fullmatch(item.group()):
            found += _WORD_IN_ITEM.finditer(text, *item.span())
        elif " " not in item.group() and "\t" not in item.group():
            found.append(item)
    return found


def _listed_body(text: str, item: re.Match) -> Claim | None:
    """A listed name is a body unless it is a region ("representatives of Punjab"); the outlet rules' checks
    drop states, cities, peoples and office words."""
    return None if item.group() in subdivision_names() else _outlet(text, item, "name")


def _seat_speaks(text: str, seat: re.Match) -> bool:
    """The seat acts ("the Kremlin said", "the White House has announced") or is cited ("de acordo com o
    Itamaraty")."""
    return (
        _SEAT_ACTS.match(text, seat.end()) is not None
        or _SEAT_CITED.search(text, max(0, seat.start() - _LOOK_BACK), seat.start()) is not None
    )


def _government(match: re.Match) -> Claim:
    """A state's government, named with its state: the state's body (`TON/government`)."""
    name = match.group()
    state = country_names().get(match.group("state") or match.group("of") or "") or demonyms().get(match.group("dem"))
    return Claim(match.span(), "organization", OrgMention(slug(name), name, state))


def _mission_to(match: re.Match) -> Claim | None:
    """The mission of a state, or the delegation of a body the knowledge base knows by its acronym, to a state or
    a known body; its country is the state that sends it."""
    owner, host = match.group("owner"), match.group("host")
    known = organization_lookup()
    if (owner.isupper() and owner not in country_names() and owner not in known) or (
        host.isupper() and host not in country_names() and host not in known
    ):
        return None
    state = country_names().get(owner) or demonyms().get(owner)
    if state is None and not match.group().split()[1].startswith("Delegation"):
        return None  # "the IMF mission to Egypt": a body's staff on a visit; its delegation is a standing one
    start = match.end("owner") + 2 if _possessive(match) else match.start()
    name = match.group()[start - match.start() :]
    return Claim((start, match.end()), "organization", OrgMention(slug(name), name, state))


def _possessive(match: re.Match) -> bool:
    return match.group()[len(match.group("owner")) :][:2] in ("'s", "’s")


def _seat(seat: re.Match) -> Claim:
    known = organization_lookup().get(seat.group())
    if known is not None:
        return Claim(seat.span(), "organization", known_body(known))
    state = GOVERNMENT_SEATS.get(seat.group())  # a seat several states have names none by itself
    return Claim(seat.span(), "organization", OrgMention(slug(seat.group()), seat.group(), state))


def _ends_a_name(text: str, start: int) -> bool:
    """ "Oman LNG signed": an acronym after a capitalised word that is no state's adjective or possessive ends a
    longer name, which the rules for names read."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group("word") not in demonyms() and before.group("word") not in LEADING_NOISE


_TRANSCRIPT_CUES = words("transcript_cues")
_STAFF_CREDITS = words("dateline_staff_credits")  # "(Wire)", "(Corresponsal)": the outlet's own, no outlet


def _speaker_label(text: str, match: re.Match, group: str) -> bool:
    """ "HOST (RINA):", "BARROW (SOT):": a transcript's turn, not a dateline. The bracket before the colon holds a
    cue of the script (`transcript_cues`) or the speaker's own name, which labels turns of its own elsewhere
    (`RINA: Welcome back.`)."""
    if not match.group().endswith(":"):
        return False
    name = match.group(group)
    return name in _TRANSCRIPT_CUES or re.search(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*:", text) is not None


def _speaking_acronym(text: str, acronym: str) -> bool:
    """No office ("the CEO said") and none the text spells out in brackets: the rules for names read that one
    (a programme's, "CPEC officials", is no body); a dateline's "2021 (NAN)" defines none."""
    defined = re.search(rf"[A-Za-z][ \t]*\({re.escape(acronym)}\)", text)
    return ROLE_WORD.fullmatch(acronym) is None and defined is None


def _lone_source(text: str, match: re.Match) -> bool:
    """ "according to Geostat": a single word cited as a source, no capitalised word or figure after it, that the
    text never writes after another capitalised word (a surname: "according to Nurtleu" after "Murat Nurtleu");
    a possessive ("according to Jakarta's ...") owns what follows, and a portfolio opens an office ("according to
    Investment, Trade and Industry Minister ...")."""
    name = match.group("name")
    if (
        " " in name
        or name[-2:] in ("'s", "’s")
        or name in OFFICE_FIELDS
        or _NEXT_NAME_WORD.match(text, match.end())
        or match.group()[: match.start("name") - match.start()].rstrip().endswith("the")
    ):
        return False
    # a cue that opens a sentence ("Según Adif") is no given name
    surname = rf"(?<![\w'’.-])(?!(?:{_ROMANCE_CUES})[ \t])[A-Z][\w'’.-]*[ \t]+{re.escape(name)}(?![\w-])"
    return re.search(surname, text) is None


def _outlet_shaped(name: str) -> bool:
    """An acronym ("PAP") or a name ending as outlets' names do ("the Daily Star", "Khaleej Times")."""
    return name.isupper() or (" " in name and name.split()[-1] in _OUTLET_HEADS)


def _outlet(text: str, match: re.Match, group: str) -> Claim | None:
    name = match.group(group)
    if name.startswith("The ") and name not in organization_lookup():
        name = name[4:]
    owner = OWNER.match(name)
    name = name[owner.end() :] if owner else name  # "Russia's TASS news agency": the owner is not the outlet's name
    start = match.end(group) - len(name)
    name = POSSESSIVE_END.sub("", name)  # "told the Supreme Soviet's committee": the owner is the body
    known = organization_lookup().get(name)
    if known is not None:
        return Claim((start, start + len(name)), "organization", known_body(known))
    tokens = name.split()
    if (
        name in country_names()
        or name in city_countries()
        or name in demonyms()
        or tokens[0] in NOT_NAME_WORDS
        or set(tokens) & _BYLINE_WORDS
        or set(tokens) & CALENDAR_WORDS
        or ROLE_WORD.search(name)
        or not is_org_name(name, strict=False)
    ):
        return None
    return Claim((start, start + len(name)), "organization", named_body(name))


def _state_body(text: str, body: re.Match) -> Claim | None:
    """`Japan's embassy` is the embassy; `the Chinese foreign ministry` keeps its state's adjective."""
    state = _STATE_BEFORE.search(text, max(0, body.start() - _LOOK_BACK), body.start())
    if state is None:
        return _unowned_ministry(text, body)
    start = body.start() if state.group("own") else state.start()
    country = country_names()[state.group("country")] if state.group("country") else demonyms()[state.group("dem")]
    name = text[start : body.end()]
    mention, end = with_host(text, OrgMention(slug(name), name, country), body.end())
    return Claim((start, end), "organization", mention)


def _unowned_ministry(text: str, body: re.Match) -> Claim | None:
    """ "the finance ministry said": a portfolio's ministry with no state named is that of the state the report
    is filed from (its dateline's place, else its agency's), else the identity step finds it; "the ministry
    of X" says its state after it."""
    name = body.group()
    if (
        name.split()[-1] not in _PORTFOLIO_HEADS
        or not _THE_BEFORE.search(text, max(0, body.start() - 4), body.start())
        or _OF_AFTER.match(text, body.end())
    ):
        return None
    home = next((state for state in reversed(dateline_countries(text)) if state), None)  # the place, then the agency
    return Claim(body.span(), "organization", OrgMention(slug(name), name, home))


def _press_service(match: re.Match) -> Claim:
    """One press service per office and state: "of the head of Uzbekistan" is "of the President of Uzbekistan"."""
    state = country_names()[match.group("state")] if match.group("state") else None
    office = re.sub(r"^(?:the\s+)?(?:head(?:\s+of\s+state)?)$", "president", match.group("office").lower())
    key = slug(f"{state or ''} press service {office}")
    return Claim(match.span(), "organization", OrgMention(key, match.group(), state))


def _izafat_body(text: str, match: re.Match) -> Claim:
    name = match.group()
    state = _STATE_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start())
    country = None
    if state is not None:
        country = country_names()[state.group("country")] if state.group("country") else demonyms()[state.group("dem")]
    return Claim(match.span(), "organization", OrgMention(slug(name), name, country or country_in(name)))


def _lower_head_body(text: str, head: re.Match) -> Claim | None:
    """`Exim bank`, `Akorda press service`: a name that is no state, city, office, known body or sentence
    start ("Central bank officials said" opens a sentence), then a lower-case head."""
    match = _NAME_BEFORE_HEAD.search(text, max(0, head.start() - _LOOK_BACK), head.start())
    if match is None:
        return None
    name, full, span = match.group().rstrip(), text[match.start() : head.end()], (match.start(), head.end())
    if name in GOVERNMENT_SEATS:  # "the Akorda press service reports": the seat speaks through its service
        return _seat(_SEAT_NAME.match(text, match.start()))
    state = _STATE_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start())
    country = country_names()[state.group("country")] if state is not None and state.group("own") else None
    # "China's Exim bank", "the Korea Exim bank": the known "China Exim Bank", "Korea Exim Bank"
    titled = f"{name} {head.group().title()}"
    for known_name in (f"{state.group('country')} {titled}" if country else titled, titled):
        known = organization_lookup().get(known_name)
        if known is not None:
            return Claim(span, "organization", known_body(known))
    if (
        name in organization_lookup()
        or HYPHENED_MODIFIER.search(name) is not None  # "the London-based bank": a modifier, no name
        or any(is_place_or_office(w) for w in name.split())
        or _SENTENCE_START.search(text, max(0, match.start() - 4), match.start())
    ):
        return None
    return Claim(span, "organization", OrgMention(slug(full), full, country or country_in(full)))


def is_place_or_office(word: str) -> bool:
    """A country, demonym, city, calendar or role word, or a possessive: no word of a body's own name."""
    bare = re.sub(r"['’ꞌ]s$", "", word)
    return (
        bare in country_names()
        or bare in demonyms()
        or bare in city_countries()
        or bare in NOT_NAME_WORDS
        or bare in CALENDAR_WORDS
        or bare in LEADING_NOISE
        or ROLE_WORD.fullmatch(bare) is not None
        or word != bare
    )


def is_place_pair(word: str) -> bool:
    """ "Laos-China", "Mombasa-Kampala", "US-Mexico": places joined by a hyphen name a route or a pairing (a
    railway, a dialogue), not a body's own name."""
    parts = word.split("-")
    return len(parts) > 1 and all(p in country_names() or p in demonyms() or p in city_countries() for p in parts)


def _ampersand_firms(text: str) -> list[Claim]:
    """`X & Y` where neither word is written in lower case anywhere in the text: two names, not two topics
    of a menu ("Trade & Investment", whose words the article also writes in lower case)."""
    found = list(_AMPERSAND_FIRM.finditer(text)) if "&" in text else []
    if not found:
        return []
    lower = set(re.findall(r"(?<![\w-])[a-z]+", text))
    claims = []
    for match in found:
        name = match.group("name")
        sides = [w.strip() for w in name.split("&")]
        longer = re.search(r"(?:[A-Z][\w'’.-]*|,)[ \t]+$", text[max(0, match.start() - 30) : match.start()])
        if longer or re.match(r"[ \t]+[A-Z]", text[match.end() :]):
            continue  # "Solomon Islands & Papua New Guinea": parts of longer names
        if any(side.lower() in lower or is_place_or_office(side) or side in _NOT_FIRM_SIDES for side in sides):
            continue
        claims.append(Claim(match.span(), "organization", OrgMention(slug(name), name, None)))
    return claims
