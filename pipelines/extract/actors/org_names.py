"""Cutting a run of capitalised words into organisation names, with sentence furniture trimmed."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.lexicon import (
    CALENDAR_WORDS,
    CONNECTORS,
    FOREIGN_HEADS,
    LEADING_NOISE,
    NOT_NAME_WORDS,
    NOT_ORG_WORDS,
    OFFICE_FIELDS,
    ORG_HEADS,
    alternation,
    words,
)
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.records import Span
from pipelines.knowledge import city_countries, country_names, demonyms, organization_lookup

_LEGAL_FORMS = words("legal_forms")
_FIRM_FORMS = words("firm_forms_after_a_state")
_CLOSING_FORMS = words("company_closing_heads")
_KNOWN_WORDS = 8  # the most words a known name before a `for the` phrase is looked up with
_SECTOR_HEADS = words("sector_company_heads")
_SERVED_HEADS = words("served_heads")
# "Shipping Co., Ltd.": a legal form keeps its dot, and a comma may come before it.
_KEEPS_DOT = "|".join(rf"(?<=\b{re.escape(w[:-1])})" for w in sorted(_LEGAL_FORMS) if w.endswith("."))
# "U.S. Congress": letters with dots keep their last dot
# "Parliamentarians' Friendship League": a plural possessive inside a name keeps its apostrophe.
# "Samsung C&T", "AT&T", "BM&FBovespa": an ampersand between capitals, with no space, is inside one word.
_CAP_TOKEN = (
    rf"(?:[A-Z]\.){{2,}}(?![\w-])|[A-Z][A-Za-z]{{0,3}}&[A-Z][\w'’-]*(?<=\w)"
    rf"|[A-Z][\w'’.-]*[\w](?:(?:{_KEEPS_DOT})\.(?!\w)|(?<=s)['’](?=[ \t]+[A-Z]))?|[A-Z]"
)
_LEGAL_FORM_AFTER_COMMA = rf",[ \t]*(?=(?:{alternation(_LEGAL_FORMS)})(?![\w-]))"
CAP_RUN = re.compile(
    rf"(?<![/\w])(?:{_CAP_TOKEN})(?:(?:[ \t]+|[ \t]*-[ \t]*|{_LEGAL_FORM_AFTER_COMMA})"
    rf"(?:(?:of|for|on|and|&|the|de|al|bin|bint|ibn)[ \t]+)*(?:{_CAP_TOKEN}))*"
)
# "UK Export Finance and Department for International Trade": a head noun and its `of` or `for` phrase right after
# `and` open a body's own name; no name goes on over them
_OPENS_A_BODY = re.compile(
    rf"(?:the[ \t]+)?(?:{alternation(ORG_HEADS | _SERVED_HEADS)})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]"
)
_HEAD_WORD = re.compile(rf"(?<![\w-])(?:{alternation(ORG_HEADS)})(?![\w-])")
# A known acronym hyphened to a body's head noun names the organisation, then its body.
_ACRONYM_THEN_BODY = re.compile(rf"(?P<acr>[A-Z][A-Za-z&]{{1,8}}[A-Z])[ \t]*-[ \t]*(?=(?:{alternation(ORG_HEADS)})\b)")
# Not `&`: it joins the words of one name ("Hyundai Engineering & Construction Co.", "Johnson & Johnson").
_AND = re.compile(r"\s+and\s+(?=(?:the\s+)?[A-Z])")
# "Vietnam Oil and Gas Group and X", "Kenya Power and Lighting Company": two trades joined in a company's name, then
# only its heads and legal forms up to the run's end, another `and`, a stop or a lower-case word: one name
_PAIRED_TRADES = re.compile(
    rf"(?<![\w&-])(?:{alternation(words('paired_trades'))})"
    rf"(?=(?:[ \t]+(?:{alternation(ORG_HEADS | _LEGAL_FORMS | words('company_heads'))}))*"
    r"(?:[ \t]+(?:and|&)[ \t]|[ \t]*[^\w \t&]|[ \t]+[a-z]|[ \t]*\Z))"
)
_FURNITURE_WORDS = words("furniture_words")
_ROOMS = words("rooms_named_like_bodies")
_HEADLINE_WORDS = words("headline_words")
_STATE_FORMS = words("state_forms")
_PLACE_KINDS = words("places_opening_a_body_name")
_COMPANY_PREFIXES = words("company_prefixes")
_CHAMBERS = words("legislature_names")
_CHAMBER_ORGANS = words("chamber_organs")
_ROLE_FIELDS = words("role_fields")
_PORTFOLIO_OFFICES = words("portfolio_offices")
_CHAMBER_START = re.compile(rf"(?:{alternation(_CHAMBERS)})(?![\w-])")
_DASHES = frozenset({"-", "–", "—"})
_GOVERNMENTS = words("possessive_governments")
_GOVERNMENT_QUALIFIERS = words("possessive_government_qualifiers")
_POSSESSIVE_ENDS = frozenset({"'s", "’s"})
_PLURAL_POSSESSIVE_ENDS = frozenset({"s'", "s’"})
_LONGEST_KNOWN_NAME = 120
_MEMBER_HEADS = words("member_heads")
_REMIT_HEADS = words("remit_end_heads")
# "Ministry of Labour and Social Policy", "Department of Road Transport and Highways": a state body's `of` phrase
# names its portfolios, where a programme's word is a portfolio's
_PORTFOLIO_HEADS = words("state_body_heads_of")
_PORTFOLIO_PROGRAMME_WORDS = words("portfolio_programme_words")
_THE = re.compile(r"(?:[Tt]he[ \t]+)?")
_TRADES = words("company_trades")
_COMPANY_ENDS = words("company_heads") | _LEGAL_FORMS
_MOST_BRAND_WORDS = 3  # "Zambeef", "Sahara Energy Fields": the words of a company's name without a head noun
_GENERIC = words("generic_trade_modifiers")
_OWN_HEADS = ORG_HEADS | _SERVED_HEADS | words("spelled_heads")
# "BusinessEurope", "TeraGroup": a brand's camel case names a body of its own
_CALENDAR_OPENERS = words("calendar_openers")
_AGENCY_FIELDS = words("agency_field_words")
_CAMEL_BRAND = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+")
_OPENING_HEADS = words("heads_opening_names")
_ARTICLES_BEFORE_HEAD = words("articles_before_a_head")
_ANY_LANGUAGE_HEADS = ORG_HEADS | words("org_heads_romance")
_OPENING_COMPOUNDS = words("opening_head_compounds")
_MISSION_HEADS = words("mission_heads")
_ORGAN_WORDS = re.compile(rf"(?<![\w'’-])(?:{alternation(words('body_organs'))})(?![\w'’-])")


def split_run(text: str, start: int, end: int) -> list[Span]:
    """Organisation-shaped pieces of a run of capitalised words, with sentence furniture trimmed."""
    run = text[start:end]
    # "the Ministry of Foreign Affairs and Ministry of Finance": two names. Each side is judged on the words
    # since the last cut (left) and up to the next `and` (right); a head noun seen once stays seen.
    known = [m.span() for m in _known_names_with_and().finditer(run)]
    known += [m.span() for m in _PAIRED_TRADES.finditer(run)] if " and " in run else []
    joins = [j for j in _AND.finditer(run) if not any(a < j.start() < b for a, b in known)]
    bounds = [0]
    left_has_head = False
    for k, match in enumerate(joins):
        previous_end = joins[k - 1].end() if k else 0
        left_has_head = (
            left_has_head or _HEAD_WORD.search(run, max(previous_end, bounds[-1]), match.start()) is not None
        )
        right_end = joins[k + 1].start() if k + 1 < len(joins) else len(run)
        short_left = match.start() - bounds[-1] <= _LONGEST_KNOWN_NAME  # a long one is judged by its heads
        left = run[bounds[-1] : match.start()]
        left_names = left_has_head or (short_left and (_names_a_body(left) or _ends_with_a_person(left)))
        # "X and the Y Council": no name reads "and the" before its own head, so the two are two, and the
        # right one runs to its head ("and the Industrial and Commercial Bank").
        if run.startswith("the ", match.end()):
            left_names = True
            right_end = next(
                (j.start() for j in joins[k + 1 :] if _HEAD_WORD.search(run, match.end(), j.start())), len(run)
            )
        left_known = re.sub(r"^[Tt]he\s+", "", run[bounds[-1] : match.start()]) in organization_lookup()
        right = run[match.end() : right_end]
        # "Tatra and Siemens", "X and the U.S. Federal Reserve": a known name after `and` (after its state) is one
        # of two, whatever the other is
        right_known = _known_after_state(right)
        # "Daewoo Corp. and Alcatel SA": a legal form ends a company's name; "OAO Gazprom and Sibneft Oil Co.": one
        # written first opens it, when a body's or a company's name follows
        # "Samsung of South Korea and Bombardier Inc.": a company's home state ends the name before `and`
        companies = (
            _ends_a_company(left)
            or _two_companies(left, right)
            or (_opens_a_company(left) and (_names_a_body(right) or _ends_a_company(right)))
            or (_ends_with_a_state(left) and _LEGAL_FORMS.intersection(right.split()) != set())
        )
        if (
            left_known
            or right_known
            or companies
            or (left_names and _names_a_body(right) and not _last_remit_item(left, right))
            or _states_own_body(left, right)
            or _owned_by_a_state(left, right)
            or _OPENS_A_BODY.match(right) is not None
            or _THE.sub("", right, count=1).split(" ", 1)[0] in FOREIGN_HEADS  # "X and the Banque de France"
        ):
            bounds += [match.start(), match.end()]
            left_has_head = False
    bounds.append(len(run))
    pieces = []
    for i in range(0, len(bounds), 2):
        trimmed = _trim(text, start + bounds[i], start + bounds[i + 1])
        if trimmed is None:
            continue
        # "SCO-Council of ...": the organisation and its body, as when its full name comes first
        parent = _ACRONYM_THEN_BODY.match(text, *trimmed)
        if parent and parent.group("acr") in organization_lookup():
            pieces.append(parent.span("acr"))
            trimmed = (parent.end(), trimmed[1])
        pieces.extend(_split_at_heads(text, *trimmed))
    return pieces


def _last_remit_item(left: str, right: str) -> bool:
    """ "Agency for Communal and Urban Services", "Ministry of Energy and Mineral Industries": after an open `of` or
    `for` phrase, a short item whose only head is one a remit may end on is the remit's last item, no body."""
    words_ = left.split()
    heads = [i for i, w in enumerate(words_) if w in ORG_HEADS]
    opened = any(w in ("of", "for") for w in words_[heads[-1] + 1 :]) if heads else False
    items = right.split()
    if " of " in right and _is_state(right.rpartition(" of ")[2]):
        items = right.rpartition(" of ")[0].split()  # "... and Social Services of Namibia": the state is the body's
    return (
        opened
        and 0 < len(items) <= 3
        and items[-1] in _REMIT_HEADS
        and not any(w in ORG_HEADS and w not in _REMIT_HEADS for w in items)
        and not any(_is_state(w) for w in items)
    )


def _known_after_state(side: str) -> bool:
    """The side is a known name, maybe after `the` and its state's name ("the U.S. Federal Reserve")."""
    side = re.sub(r"^[Tt]he\s+", "", side.strip())
    if side in organization_lookup():
        return True
    first, _, rest = side.partition(" ")
    return bool(rest) and _is_state(first) and rest in organization_lookup()


def _ends_a_company(side: str) -> bool:
    """A legal form ends the words: a company's whole name ("Daewoo Corp.")."""
    words_ = side.split()
    return len(words_) > 1 and words_[-1] in _LEGAL_FORMS


def _two_companies(left: str, right: str) -> bool:
    """ "Saudi Electricity and Marafiq", "Almarai Dairy and Savola Foods Group": a company's name (a state's, or
    proper words and a trade) before `and` and a brand's words after it, or a brand's words before it and a
    company's name of two proper words and its head after it, are two companies. One word before a company's head
    joins the name before `and` ("Procter and Gamble Company", "X Weapon and Munition GmbH"), and two trades
    joined are one line of business."""
    left_words = _THE.sub("", left.strip(), count=1).split()
    right_words = _THE.sub("", right.strip(), count=1).split()
    if not left_words or not right_words or right_words[0] in _TRADES:
        return False
    left_company = state_company(" ".join(left_words)) or _trade_name(" ".join(left_words))
    if left_company and _brand_words(right_words):
        return True
    return (
        len(left_words) > 1
        and _brand_words(left_words)
        and len(right_words) > 2
        and right_words[-1] in _COMPANY_ENDS
        and _brand_words([w for w in right_words[:-1] if w not in _TRADES])  # "Copperbelt Energy Corporation"
    )


def _brand_words(name_words: list[str]) -> bool:
    """A few capitalised words of a name of its own: no head noun, office, state, city, remit or calendar word."""
    return (
        0 < len(name_words) <= _MOST_BRAND_WORDS
        and all(w[:1].isupper() for w in name_words)
        and not any(
            w in ORG_HEADS or w in OFFICE_FIELDS or w in NOT_ORG_WORDS or w in CALENDAR_WORDS or _is_state(w)
            for w in name_words
        )
        and " ".join(name_words) not in city_countries()
    )


def _ends_with_a_state(side: str) -> bool:
    """The words end with `of` and a state ("Samsung of South Korea")."""
    head, of, state = side.rpartition(" of ")
    return bool(head and of) and state.removeprefix("the ") in country_names()


def _opens_a_company(side: str) -> bool:
    """A legal form written first opens a company's name among the words ("OAO Gazprom")."""
    words_ = side.split()
    return any(word in _COMPANY_PREFIXES for word in words_[:-1])


@cache
def _known_names_with_and() -> re.Pattern:
    """Known names that hold an `and` ("Turkish Radio and Television Corporation"): never cut there."""
    joined = [name for name in organization_lookup() if re.search(r"\s(?:and|&)\s", name)]
    return re.compile(rf"(?<![\w-])(?:{alternation(joined)})(?![\w-])")


# "... and Korea's Hyundai Rotem": a state's possessive right after `and`, a name after it
_STATE_POSSESSIVE = re.compile(r"(?:the[ \t]+)?(?P<state>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3})['’]s[ \t]+[A-Z]")


def _owned_by_a_state(left: str, right: str) -> bool:
    """ "Japan's Marubeni and Korea's Hyundai Rotem", "Kenya's National Treasury and Uganda's Ministry of Finance": a
    state's possessive after `and` opens a name the state owns, which no name before it runs on into; not the second
    part of a state's own name ("Bosnia and Herzegovina's X", "Trinidad and Tobago's X")."""
    owned = _STATE_POSSESSIVE.match(right)
    if owned is None or owned.group("state") not in country_names():
        return False
    last = left.split()[-2:]
    return not any(" ".join([*last[k:], "and", owned.group("state")]) in country_names() for k in range(len(last)))


def _states_own_body(left: str, right: str) -> bool:
    """ "Royal Jordanian and Iraqi Airways", "NAME and Malaysian Employers Federation": a body's name that opens with
    a state or its demonym after `and` is a name of its own; not after a state ("British and French Cabinet", two
    states' one body) or inside an `of` phrase ("Ministry of Industry and Mines").
    """
    left = re.sub(r"^[Tt]he\s+", "", left.strip())
    first, words_ = right.split()[:1], left.split()
    return (
        bool(first and words_)
        and _is_state(first[0])
        and _HEAD_WORD.search(right) is not None
        and not _is_state(left)
        and not set(words_) & {"of", "for", "on"}
        and not set(words_) <= OFFICE_FIELDS
    )


def _ends_with_a_person(side: str) -> bool:
    """ "US Treasury Secretary Steven Mnuchin": an office, then a name, ends the words before `and`."""
    words = side.split()
    office = next((i for i in range(len(words) - 1, -1, -1) if ROLE_WORD.fullmatch(words[i])), None)
    name = words[office + 1 :] if office is not None else []
    return 0 < len(name) <= 3 and all(w[:1].isupper() and w not in ORG_HEADS for w in name)


def _names_a_body(name: str) -> bool:
    """A head noun ("... Agency") or a name of its own ("SUPARCO"), so "A and the B Agency" are two names."""
    name = re.sub(r"^[Tt]he\s+", "", name.strip())
    return (
        _HEAD_WORD.search(name) is not None
        or name in _CHAMBERS
        or (len(name) <= _LONGEST_KNOWN_NAME and name in organization_lookup())
        or re.fullmatch(r"[A-Z]{3,}", name) is not None
        or _CAMEL_BRAND.fullmatch(name) is not None
        or state_company(name)
        or state_agency(name)
        or _trade_name(name)
    )


def _trade_name(name: str) -> bool:
    """ "Sun Pharma", "Tata Steel": proper words of its own, then a trade, name a company."""
    words_ = name.split()
    proper = words_[:-1]
    return (
        1 < len(words_) <= 4
        and words_[-1] in _TRADES
        and not any(w in _GENERIC or w in _TRADES or _is_state(w) or w in OFFICE_FIELDS for w in proper)
        and all(w[:1].isupper() for w in proper)
    )


def _trim(text: str, start: int, end: int) -> Span | None:
    # "the Office of the U.N. High Commissioner for Refugees": a known name is whole, offices in it included
    the = _THE.match(text, start, end)
    if end - start <= _LONGEST_KNOWN_NAME and text[the.end() : end] in organization_lookup():
        return the.end(), end
    # "La Senelec a signé", "A Braskem vai": an article opening the sentence before a known name is the sentence's
    article, _, rest = text[start:end].partition(" ")
    known = organization_lookup()
    if article in _ARTICLES_BEFORE_HEAD and rest in known and text[start:end] not in known:
        return end - len(rest), end
    tokens = list(re.finditer(r"\S+", text[start:end]))
    # Cut everything up to an office followed by a preposition: "Governor of the State Bank".
    cut = _after_sentence_or_office(tokens)
    cut = _after_dateline(tokens, cut)
    cut = _after_headless_for(tokens, _after_other_state(tokens, cut))
    while cut < len(tokens) and (tokens[cut].group() in LEADING_NOISE or tokens[cut].group() in CONNECTORS):
        cut += 1
    # "La Corporación Financiera Internacional (IFC)": an article before a head noun is the sentence's
    if cut + 1 < len(tokens) and tokens[cut].group() in _ARTICLES_BEFORE_HEAD:
        cut += tokens[cut + 1].group() in _ANY_LANGUAGE_HEADS
    cut = _after_date(tokens, cut)
    # "Quoting Pakistani Commerce Ministry": a sentence's verb before a state is not part of the name
    if cut + 1 < len(tokens) and tokens[cut].group().endswith("ing") and _is_state(tokens[cut + 1].group()):
        cut += 1
    cut = _after_possessive_state(tokens, cut)
    # "the British and French Cabinet": the bodies of two states, not one organisation's name
    if _two_states_bodies(tokens, cut):
        return None
    # A day or a month ends the name: "the Pakistan Navy on Monday"
    last = next((i for i in range(cut, len(tokens)) if tokens[i].group().rstrip(",.") in CALENDAR_WORDS), len(tokens))
    while last > cut and tokens[last - 1].group() in CONNECTORS:
        last -= 1
    if last <= cut:
        return None
    stop = start + tokens[last - 1].end()
    if text[stop - 2 : stop] in {"'s", "’s"}:  # "the Department’s capabilities"
        stop -= 2
    return start + tokens[cut].start(), stop


def _after_date(tokens: list[re.Match], cut: int) -> int:
    """ "in March the World Bank", "Last June the Fund", "in May the IMF": a month or a day (May only before `the`)
    opening the run, maybe after a word that opens a date, is the sentence's; the name starts after it."""
    day = cut + 1 if cut + 1 < len(tokens) and tokens[cut].group() in _CALENDAR_OPENERS else cut
    if day + 1 >= len(tokens):
        return cut
    word, after = tokens[day].group().rstrip(","), tokens[day + 1].group()
    if word not in CALENDAR_WORDS and not (word == "May" and after == "the"):
        return cut
    # one word after the date names a body only when the knowledge base knows it ("In April Gazprom completed")
    if day + 2 >= len(tokens) and after not in organization_lookup():
        return cut
    day += 1
    while day < len(tokens) - 1 and (tokens[day].group() in LEADING_NOISE or tokens[day].group() in CONNECTORS):
        day += 1
    return day


def _after_other_state(tokens: list[re.Match], cut: int) -> int:
    """ "Japan and China Exim Bank": a state, `and`, then a state that opens a body's name; the first state is
    an item of the sentence's list."""
    if cut + 3 < len(tokens) and tokens[cut + 1].group() == "and":
        first, second = tokens[cut].group(), tokens[cut + 2].group()
        if first in country_names() and second in country_names():
            return cut + 2
    return cut


def _after_headless_for(tokens: list[re.Match], cut: int) -> int:
    """ "built by Sikorsky for the Federal Police": a `for` after words without a head noun ("Fund for Peace",
    "Centre for Policy Dialogue") joins no name; the name starts after it."""
    for i in range(cut + 1, len(tokens) - 1):
        if tokens[i].group() == "for":
            before = {t.group().rstrip(",") for t in tokens[cut:i]}
            return cut if before & _OWN_HEADS or any(ROLE_WORD.fullmatch(w) for w in before) else i + 1
    return cut


def _after_dateline(tokens: list[re.Match], cut: int) -> int:
    """After a dateline's place and its dash ("LIMA - The World Bank", "Accra – the Ministry")."""
    for dash in range(cut + 1, min(cut + 4, len(tokens) - 1)):
        if tokens[dash].group() in _DASHES:
            place = " ".join(t.group() for t in tokens[cut:dash])
            known = place in city_countries() or place.title() in city_countries() or _is_state(place)
            return dash + 1 if known or _is_state(place.title()) else cut
    return cut


def _two_states_bodies(tokens: list[re.Match], cut: int) -> bool:
    """`British and French ...`: a state, `and`, a demonym."""
    return (
        cut + 2 < len(tokens)
        and tokens[cut + 1].group() in {"and", "&"}
        and _is_state(tokens[cut].group())
        and tokens[cut + 2].group() in demonyms()
    )


def _after_sentence_or_office(tokens: list[re.Match]) -> int:
    """Where a name may start: after an office and its preposition ("Governor of the State Bank"), after an
    office holder's possessive ("President Donald Trump's Board of Peace"), after a sentence's end ("U.S. The")."""
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        word, after = token.group().rstrip(","), tokens[i + 1].group()
        # "Consulate General of Brazil": the office word closes a mission's compound head, it opens no name
        compound = i > 0 and f"{tokens[i - 1].group()} {word}" in _MISSION_HEADS
        if ROLE_WORD.fullmatch(word) and after in {"of", "for", "to"} and not compound:
            cut = i + 2
        elif (word.endswith(".") and after in LEADING_NOISE) or _holders_possessive(tokens, cut, i):
            cut = i + 1
    return cut


def _holders_possessive(tokens: list[re.Match], cut: int, i: int) -> bool:
    """Token `i` is the possessive of a person named after an office ("President Donald Trump's")."""
    word = tokens[i].group()
    return (
        word[-2:] in {"'s", "’s"}
        and not ROLE_WORD.fullmatch(word[:-2])
        and any(ROLE_WORD.fullmatch(t.group()) for t in tokens[cut:i])
    )


def _is_state(word: str) -> bool:
    return word in country_names() or word in demonyms()


def _whole_state_end(words: list[str], i: int) -> int | None:
    """Where a state's name that opens on `words[i]` ends when it holds a word that would end a name: `and` ("...
    of Bosnia and Herzegovina") or a possessive ("... of the People's Republic of Bangladesh")."""
    if i + 2 < len(words) and " ".join(words[i : i + 3]) in country_names():
        return i + 3
    if words[i][-2:] not in _POSSESSIVE_ENDS:
        return None
    ends = range(min(len(words), i + 6), i + 1, -1)
    return next((k for k in ends if " ".join(words[i:k]).replace("’", "'") in country_names()), None)


def _after_possessive_state(tokens: list[re.Match], cut: int) -> int:
    """After a state or a city named in the possessive ("Sri Lanka's Finance Ministry" is the Finance Ministry,
    "Dubai's Department of ..." its department), a dateline before it too ("LIMA - Peru's Energy Ministry")."""
    for last in range(cut, min(cut + 4, len(tokens) - 1)):
        word = tokens[last].group()
        # "the Philippines' Department of Finance": a name ending in `s` takes the apostrophe alone
        mark = 2 if word[-2:] in _POSSESSIVE_ENDS else 1 if word[-2:] in _PLURAL_POSSESSIVE_ENDS else 0
        if mark:
            dash = max((i + 1 for i in range(cut, last) if tokens[i].group() in _DASHES), default=cut)
            place = " ".join(t.group() for t in tokens[dash : last + 1])[:-mark]
            if place in country_names() or place in city_countries():
                return _after_possessive_state(tokens, last + 1)  # "Nigeria's Federal Government's Bureau of ..."
            return last + 1 if _a_states_government(place) else cut
    return cut


def _a_states_government(place: str) -> bool:
    """ "Indonesian Government's", "the Federal Government's": a state's government in the possessive, before
    a body of its own ("... National Agency for Disaster Management")."""
    place_words = place.split()
    return (
        bool(place_words)
        and place_words[-1] in _GOVERNMENTS
        and all(_is_state(w) or w in _GOVERNMENT_QUALIFIERS or w in LEADING_NOISE for w in place_words[:-1])
    )


def _of_phrase_end(words: list[str], stop: int) -> int:
    """Where a head's `of ...` phrase ends: at a new head, an office, or right after a state."""
    j = stop + 1
    while (
        j < len(words)
        and (words[j] in CONNECTORS or words[j][0].isupper())
        # "Federation of Korean Industries": the members after a people's adjective go on with the phrase
        and (
            words[j] not in ORG_HEADS
            or (words[j] in _MEMBER_HEADS and words[j - 1] in demonyms())
            or _ends_the_remit(words, j)
        )
        and not ROLE_WORD.fullmatch(words[j])
        and not _CHAMBER_START.match(" ".join(words[j : j + 2]))  # "Department of X Lok Sabha": a new name
    ):
        j += 1
        whole = _whole_state_end(words, j - 1)
        if whole is not None:
            j = whole
            break
        if (
            words[j - 1] in country_names() or words[j - 1][-2:] in _POSSESSIVE_ENDS
        ):  # "... of Pakistan", "... of Chile's"
            break
    after_state = _after_a_state(words, stop, j)
    if after_state is not None:
        return after_state
    # "Executive Board of the International Monetary Fund", "Board of Governors of the Asian Development Bank":
    # a known body that ends the phrase on its head is the organ's owner, named apart
    if j < len(words) and words[j] in ORG_HEADS and _ORGAN_WORDS.search(" ".join(words[max(0, stop - 3) : j])):
        for i in range(max(stop + 1, j - 6), j):
            if words[i - 1] in CONNECTORS and " ".join(words[i : j + 1]) in organization_lookup():
                j = i
                break
    # "Council of the European Union", "Court of Justice of the Andean Community": `the` and a name on its own head
    # inside the phrase name the body the first one belongs to; the whole is one name, the inner name's own `of`
    # phrase included
    elif j < len(words) and words[j] in ORG_HEADS and words[j] not in _LEGAL_FORMS:
        first = j
        while first > stop + 1 and words[first - 1][:1].isupper():
            first -= 1
        # not "Press Service of the Ministry": a head alone names no body ("of the Council of Europe" does)
        if words[first - 1] == "the" and (first < j or words[j + 1 : j + 2] == ["of"]):
            return _name_end(words, j)
    while j > stop and words[j - 1] in CONNECTORS:
        j -= 1
    return j


def _ends_the_remit(words: list[str], j: int) -> bool:
    """ "... for Communal Services", "... of Health and Social Services of Namibia": a head a remit may end on, last
    in the run or before `of` and a state only, is the remit's last item."""
    rest = words[j + 1 :]
    return words[j] in _REMIT_HEADS and (not rest or (rest[0] == "of" and _is_state(" ".join(rest[1:]))))


def _split_at_heads(text: str, start: int, end: int) -> list[Span]:
    """A name ends at its head noun or after the head's `of ...` phrase; an office or a new head starts anew."""
    if text[start:end] in organization_lookup():
        return [(start, end)]
    tokens = list(re.finditer(r"\S+", text[start:end]))
    words = [t.group().rstrip(",") for t in tokens]
    heads = [i for i, w in enumerate(words) if w in ORG_HEADS and not _is_prefix(words, i)]
    # "NAME of the Ford Foundation's Ghana office": a head noun with a possessive, no head after it, ends the name
    owner = next((i for i in range(len(words) - 1, -1, -1) if words[i][-2:] in _POSSESSIVE_ENDS), None)
    if owner is not None and words[owner][:-2] in ORG_HEADS and all(h < owner for h in heads):
        heads.append(owner)
    office = next((i for i in heads if _office_portfolio(words, i)), None)
    if office is not None:  # the words up to the office are its portfolio; a name may follow the office
        return _split_at_heads(text, start + tokens[office + 2].start(), end) if office + 2 < len(tokens) else []
    heads = [i for i in heads if not _chamber_of_organ(words, i)]
    if not heads:
        return [_without_home_state(text, start, end, words)]
    lead = _after_leading_of(words, 0, heads[0])  # "Shares of Bank Leumi": the name starts after `of`
    opened = _opened_name_end(words, lead) if heads[0] == lead else lead + 1
    if opened > lead + 1:  # "Bank Negara Malaysia Governor NAME": the name, then what follows it judged anew
        last = start + tokens[opened - 1].start() + len(words[opened - 1])
        last -= 2 if text[last - 2 : last] in _POSSESSIVE_ENDS else 0
        rest = _split_at_heads(text, start + tokens[opened].start(), end) if opened < len(tokens) else []
        return [(start + tokens[lead].start(), last), *rest]
    pieces, first, h = [], 0, 0
    while h < len(heads):
        first = _after_leading_of(words, first, heads[h])
        stop = _name_end(words, heads[h])
        # "Armed Forces Medical College", "State Bank Employees Federation": a body's name, then a word or two of
        # its own and a new head, is the first word of a longer name
        later = _modified_head(words, heads, h, first, stop)
        if later is not None:
            h = later
            continue
        # "the Extended Fund Facility", "a World Bank Project": a programme named after a body
        if stop >= len(words) or words[stop] not in NOT_ORG_WORDS:
            last = start + tokens[stop - 1].end()
            pieces.append(
                (start + tokens[first].start(), last - 2 if text[last - 2 : last] in _POSSESSIVE_ENDS else last)
            )
        while h < len(heads) and heads[h] < stop:
            h += 1
        if h == len(heads):
            break
        # The next piece starts after any office words ("Governor") between the two names.
        first = stop
        while first < heads[h] and (
            ROLE_WORD.fullmatch(words[first]) or words[first] in NOT_NAME_WORDS or words[first] in CONNECTORS
        ):
            first += 1
    return pieces


def _opened_name_end(words: list[str], head: int) -> int:
    """The index after a name that a head noun opens ("Bank Indonesia", "Bank Negara Malaysia"): the capitalised
    words after the head, up to an office, a sentence word, a date or a connector; the head's own index plus one
    when it opens no name or a second head follows (the name is then read from its heads)."""
    if words[head] not in _OPENING_HEADS:
        return head + 1
    k = head + 1
    while k < len(words) and _plain_name_word(words[k]) and words[k] not in _OPENING_COMPOUNDS:
        k += 1
    return head + 1 if k < len(words) and words[k] in ORG_HEADS else k


def _plain_name_word(word: str) -> bool:
    """A capitalised word that may be part of a name: no connector, office, sentence or calendar word, no head."""
    return (
        word[:1].isupper()
        and word not in CONNECTORS
        and word not in NOT_NAME_WORDS
        and word not in NOT_ORG_WORDS
        and word not in CALENDAR_WORDS
        and word not in ORG_HEADS
        and not ROLE_WORD.fullmatch(word)
    )


def _modified_head(words: list[str], heads: list[int], h: int, first: int, stop: int) -> int | None:
    """The index in `heads` of a head that the name from `first` to `stop` modifies: right after its last head, one
    or two capitalised words that are no office, place, sentence word or programme, then the head. A name with an
    `of` phrase is whole ("Republic of Fiji Military Forces Joint Task Force Command" names the forces' command)."""
    if stop >= len(words) or words[stop - 1] not in ORG_HEADS or words[stop - 1] in _LEGAL_FORMS:
        return None
    if {"of", "for"} & set(words[first:stop]):
        return None
    later = next((k for k in range(h + 1, len(heads)) if heads[k] >= stop), None)
    if later is None or not 1 <= heads[later] - stop <= 2:
        return None
    between = words[stop : heads[later]]
    plain = all(
        w[:1].isupper()
        and w not in CONNECTORS
        and w not in NOT_NAME_WORDS
        and w not in NOT_ORG_WORDS
        and w not in CALENDAR_WORDS
        and not ROLE_WORD.fullmatch(w)
        and not _is_state(w)
        and w not in city_countries()
        for w in between
    )
    return later if plain and words[heads[later]] not in _LEGAL_FORMS else None


def _without_home_state(text: str, start: int, end: int, words: list[str]) -> Span:
    """ "Samsung of South Korea", "Thomson-CSF of France": a name without a head noun or a state's form, then `of`
    and a state, is a company or a body of that state; the state is its home, not its name."""
    name = text[start:end]
    if not _ends_with_a_state(name) or words[0] in _STATE_FORMS or any(ROLE_WORD.fullmatch(w) for w in words):
        return start, end
    return start, start + name.rindex(" of ")


def _office_portfolio(words: list[str], i: int) -> bool:
    """A head noun that is a portfolio right before a government office ("Health Cabinet Secretary NAME",
    "Primary Industries Minister NAME"): a word of the office, not a body's head."""
    return words[i] in _ROLE_FIELDS and i + 1 < len(words) and words[i + 1] in _PORTFOLIO_OFFICES


def _chamber_of_organ(words: list[str], i: int) -> bool:
    """A chamber that opens the name of one of its organs ("Senate Foreign Relations Committee")."""
    if words[i] not in _CHAMBERS:
        return False
    for j in range(i + 1, min(i + 5, len(words))):
        if words[j] in _CHAMBER_ORGANS:
            return True
        if words[j] in ORG_HEADS or ROLE_WORD.fullmatch(words[j]) or not words[j][:1].isupper():
            return False
    return False


def _is_prefix(words: list[str], i: int) -> bool:
    """A legal form written first ("PJSC Aeroflot") opens the name rather than ending it."""
    return words[i] in _COMPANY_PREFIXES and i + 1 < len(words) and words[i + 1][:1].isupper()


def _after_a_state(words: list[str], stop: int, j: int) -> int | None:
    """Where an `of` phrase that names a state ends when a head follows: "Committee of the New Zealand Parliament",
    a state and its own body's head, is another body (the phrase ends before `of`); "Bank of America Corporation",
    a firm's form right after a state without `the`, goes on with the name. None when no state and head meet."""
    if j >= len(words) or not _is_state(" ".join(words[stop + 1 : j]).removeprefix("the ")):
        return None
    if words[j] in _FIRM_FORMS and words[stop + 1] != "the":
        return j
    if words[j] in ORG_HEADS and words[j] not in _LEGAL_FORMS:
        return stop
    return None


def _after_leading_of(words: list[str], first: int, head: int) -> int:
    """Where a name starts when words without a head come before `of` ("Membership of the European Union")."""
    if words[first] in _STATE_FORMS or words[first] in _PLACE_KINDS:  # "Republic of Fiji Military Forces"
        return first  # "Port of Durban Authority": a place's kind opens its body's name
    ofs = [k for k in range(first, head) if words[k] == "of"]
    if not ofs:
        return first
    # "Associated Press of Pakistan Corporation", "Electric Networks of Armenia CJSC": a firm's or a legal form right
    # after `of` and a state ends the whole name
    if (words[head] in _FIRM_FORMS or words[head] in _LEGAL_FORMS) and _is_state(" ".join(words[ofs[-1] + 1 : head])):
        return first
    k = ofs[-1] + 1
    while k < head and words[k] in CONNECTORS:
        k += 1
    # "the Government of Mexico's Secretariat of X": the state's possessive owns the body after it
    if k < head and words[k][-2:] in _POSSESSIVE_ENDS and _is_state(words[k][:-2]):
        k += 1
    return k


def _name_end(words: list[str], head: int) -> int:
    """The index after a name's last word: its heads, then the head's `of ...` phrase, if any."""
    stop = head + 1
    # "University Hospital"; "Consulate General": a mission's compound head
    while stop < len(words) and (words[stop] in ORG_HEADS or f"{words[stop - 1]} {words[stop]}" in _MISSION_HEADS):
        stop += 1
    # "Doosan Heavy Industries & Construction": `&` and a capitalised word after the head go on with the name
    # ("Industries & Production", portfolios of an office, are no name)
    if (
        stop + 1 < len(words)
        and words[stop] == "&"
        and words[stop + 1][:1].isupper()
        and words[stop + 1] not in OFFICE_FIELDS
    ):
        stop += 2
        while stop < len(words) and words[stop] in ORG_HEADS:
            stop += 1
    # "Karachi Shipyard & Engineering Works Ltd": one or two plain words, then a legal form, close the company's name
    k = stop
    while k < len(words) and k - stop < 2 and _plain_name_word(words[k]):
        k += 1
    if stop < k < len(words) and words[k] in _LEGAL_FORMS and words[stop - 1] not in _LEGAL_FORMS:
        stop = k + 1
        while stop < len(words) and words[stop] in _LEGAL_FORMS:
            stop += 1
    if stop < len(words) and words[stop] in {"of", "for", "on"}:
        stop_of = stop
        j = _of_phrase_end(words, stop)
        # "the World Trade Organization on Japan": a topic, not part of the name
        on_a_state = words[stop] == "on" and " ".join(words[stop + 1 : j]).removeprefix("the ") in country_names()
        # "China Merchants Holdings on Hambantota Port": a topic that is a place or a project, not a name's part
        on_a_topic = words[stop] == "on" and words[j - 1] in NOT_ORG_WORDS
        # "Hyundai Motor Co. of South Korea": a legal form ends a company's name; the state after it is its home
        home_state = words[stop - 1] in _LEGAL_FORMS and _is_state(" ".join(words[stop + 1 : j]).removeprefix("the "))
        if j > stop + 1 and not on_a_state and not on_a_topic and not home_state and not _task_after(words, stop):
            stop = j
            after_state = _is_state(" ".join(words[stop_of + 1 : j]))
            # "Company of Bangladesh Limited", "Bank of Georgia Group"
            while stop < len(words) and (words[stop] in _LEGAL_FORMS or (after_state and words[stop] in _FIRM_FORMS)):
                stop += 1
    return stop


def _task_after(words: list[str], stop: int) -> bool:
    """ "a loan from the Asian Development Bank for the Mindanao bridges", "China Merchants Port Holdings on the
    Hambantota port": a name already whole (known, or closed by a company's form) then `for the` or `on the` and
    what it works for or on; "Office for the Coordination of Humanitarian Affairs" is not whole before `for`."""
    if words[stop] not in ("for", "on") or words[stop + 1 : stop + 2] != ["the"]:
        return False
    if words[stop - 1] in _LEGAL_FORMS or words[stop - 1] in _CLOSING_FORMS:
        return True
    known = organization_lookup()
    return any(" ".join(words[k:stop]) in known for k in range(max(0, stop - _KNOWN_WORDS), stop - 1))


def is_org_name(name: str, strict: bool = True) -> bool:
    """Not page furniture, a headline, a programme or a forum; with `strict`, a head noun and two capitalised
    words. A programme word counts only after the last head: "Port Authority" is a body, "Bank Project" not."""
    words = re.findall(r"[\w'’.]+", name)
    words = [w.rstrip(".") if w.rstrip(".") + "." not in ORG_HEADS else w for w in words]
    if not words or words[0] in _FURNITURE_WORDS or set(words[1:]) & _HEADLINE_WORDS or name in _ROOMS:
        return False
    heads = [i for i, w in enumerate(words) if w in ORG_HEADS or _serves(words, i)]
    last_head = heads[-1] if heads else -1
    # "Authority for the Suez Canal Economic Zone": a programme word in the head's `for` phrase is what the body
    # serves, not what the name is ("Exchange of Notes and Grant Agreements" is a programme still)
    served = next((i for i in range(last_head + 1, len(words)) if words[i] == "for"), len(words))
    if any(w in NOT_ORG_WORDS for w in words[last_head + 1 : served if heads else len(words)]):
        return heads != [] and _portfolios(words, last_head)
    if not strict:
        return True
    return bool(heads) and sum(w[0].isupper() for w in words) >= 2


def _portfolios(words: list[str], head: int) -> bool:
    """ "Ministry of Labour and Social Policy", "Department of Industrial Policy and Promotion", "Ministry of Road
    Transport and Highways": a state body's `of` phrase lists portfolios; a programme's word there is one's, before
    the list's last `and` or last as one of the few portfolios a programme's word names ("Policy"). "Ministry of
    Trade Policy Forum", "Ministry of Finance Project Unit" stay a forum and a project's unit."""
    if words[head] not in _PORTFOLIO_HEADS or words[head + 1 : head + 2] != ["of"]:
        return False
    remit = words[head + 2 :]
    listed = max((i for i, w in enumerate(remit) if w in ("and", "&")), default=-1)  # the list's last `and`
    return bool(remit) and all(
        w not in NOT_ORG_WORDS or i < listed or (i == len(remit) - 1 and w in _PORTFOLIO_PROGRAMME_WORDS)
        for i, w in enumerate(remit)
    )


def _serves(words: list[str], i: int) -> bool:
    """ "Centre for Maritime Studies", "Administration of Customs": a head that names a body by what it serves."""
    served = words[i + 2 : i + 4]
    served = served[1:] if served[:1] == ["the"] else served
    return (
        words[i] in _SERVED_HEADS
        and words[i + 1 : i + 2] in (["of"], ["for"])
        and served[:1] != []
        and served[0][0].isupper()
    )


def state_agency(name: str) -> bool:
    """ "Export Development Canada", "Global Affairs Canada": two or three words of a portfolio or an agency's
    field, then a state's name, name that state's agency."""
    words_ = name.split()
    for size in (1, 2, 3):
        fields = words_[:-size]
        if " ".join(words_[-size:]) in country_names() and 2 <= len(fields) <= 3:
            return all(w in OFFICE_FIELDS or w in _AGENCY_FIELDS for w in fields) and fields[0] not in _STATE_FORMS
    return False


def state_company(name: str) -> bool:
    """ "Kenya Power", "Pakistan Steel", "Ethiopian Shipping": a state or a city, then a trade, is its company."""
    words = name.split()
    return (
        1 < len(words) <= 3
        and words[-1] in _SECTOR_HEADS
        and (words[0] in country_names() or words[0] in demonyms() or words[0] in city_countries())
        and not set(words[1:-1]) & (OFFICE_FIELDS | NOT_ORG_WORDS)
    )
