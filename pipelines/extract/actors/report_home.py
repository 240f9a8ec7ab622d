"""Where a report is filed from and for: its dateline (place and news agency), its byline's place, and the
national outlet its masthead names. A report leaves the officials of that home side unqualified."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors.languages import LANGUAGES
from pipelines.extract.actors.lexicon import COUNTRY, DEMONYM, GOVERNMENT_SEATS, alternation
from pipelines.extract.spans import sentence_around
from pipelines.knowledge import city_countries, country_names, dateline_towns, demonyms, organization_lookup
from pipelines.knowledge.actor_words import actor_words, country_names_any_language, country_names_in, demonyms_in
from pipelines.knowledge.calendars import state_regions
from pipelines.knowledge.money_vocabulary import currency_tokens, scale_words

# The dateline that opens a report: `ISLAMABAD:`, `New Delhi [India], May 2 (ANI):`, `BEIJING, Sept. 2 --`,
# `NEW DELHI, India (AP) --`,
# `Bishkek (Kabar) -`, `Ulaanbaatar /MONTSAME/`, `ALGIERS- `; the Spanish-language press's `LIMA.-` and
# `BUENOS AIRES (AFP).-`.
_PLACE = r"[A-Z][\w.'’-]+(?:[ \t]+(?:(?:de|do|da|del|dos|das|des|du)[ \t]+)?[A-Z][\w.'’-]+){0,2}"
# the date after a dateline's place: a month or a weekday before the day, in capitals too, or an article
# (`Cairo, Thursday, December 10`, `Dakar, le 8 juillet`, `Santiago, martes 2 de julio`, `YEREVAN, FEBRUARY 14`)
_DATE_AFTER = (
    r"(?:(?:le|el|[a-zé]{3,9}|[A-Z][a-z]{2,5}day|[A-Z]{3,6}DAY)(?:,[ \t]*|[ \t]+))?"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+|[A-Z]{3,9}\.?[ \t]+)?\d"
)
_DATELINE = re.compile(
    rf"^[ \t]*(?:date[ \t]+\d{{4}}-\d{{2}}-\d{{2}}[ \t]+)?(?P<place>{_PLACE})"
    rf"(?:(?:,[ \t]*(?P<state>{_PLACE})?)?"
    r"[ \t]*[\[(][^\])\n]{1,40}[\])][ \t]*(?:[,:]|\.?[-–—_]+(?:[ \t]|$))|[ \t]*/[A-Z][\w .&-]{1,30}/[ \t]"
    r"|[ \t]*[:]|[ \t]+[-–—]+[ \t]|(?<=[A-Z]-)[ \t]|\.[-–—][ \t]"
    rf"|,[ \t]*{_DATE_AFTER}"
    # the place's state, then the date or the dash (`RIYADH, Saudi Arabia, July 11`, `SUVA, Fiji —`)
    rf"|,[ \t]*(?P<land>{_PLACE})(?:,[ \t]*{_DATE_AFTER}|[ \t]+[-–—]+[ \t]))",
    re.M,
)
_DATELINE_AGENCY = re.compile(
    r"[^\n(/]{0,30}?(?:\((?P<agency>[A-Z][\w .&-]{1,30})\)|/(?P<slashed>[A-Z][\w .&-]{1,30})/)"
)


# A home wire's dateline: a town, then its state or province of one country only, then the dash or the agency
# (`PEORIA, Ill. --`, `ARMONK, N.Y. -(Dow Jones)-`, `RED DEER, Alberta (CP) -`)
@cache
def _region_dateline() -> re.Pattern:
    return re.compile(
        r"^[ \t]*(?:date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2},[ \t]*"
        rf"(?P<region>{alternation(state_regions())})(?![\w.])[ \t]*-?"
        r"(?:\((?P<agency>[A-Z][\w .&-]{1,30})\))?-?[ \t]*(?:[-–—]+[ \t]|(?<=[)-])[ \t]|:)",
        re.M,
    )


_HEAD_LINES = 6
# The opening paragraph, which carries the dateline, may come after menus and a headline: the first line this
# long, among the first lines of the page.
_PARAGRAPH_CHARS = 80
_PAGE_HEAD_LINES = 25
# "By Chinedu Eze, Abuja": a byline that says where its writer files from
_BYLINE_PLACE = re.compile(
    r"^[ \t]*By[ \t]+[A-Z][^\n,]{2,60},[ \t]*(?P<place>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2})[ \t]*$", re.M
)
_BYLINE_LINES = 12
# A masthead line: the outlet's name alone, or before a separator and words that are all capitalised or numbers
# (`Ahram Online , Thursday 16 Feb 2023`, `WAM | Emirates News Agency`); a headline has lower-case words.
_MASTHEAD = re.compile(r"^[ \t]*(?P<outlet>[^\n|,·]{2,40}?)[ \t]*(?:[|,·](?P<rest>[^\n]*))?$", re.M)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]")
_MASTHEAD_LINES = 4


def dateline_countries(text: str) -> tuple[str | None, ...]:
    """The states a report is filed for, surest first: its dateline's news agency's (`(APP)`), its place's (a town's
    state or province: `PEORIA, Ill. --`); else the place its byline files from (`By NAME, Abuja`)."""
    for match in _DATELINE.finditer(_dateline_head(text)):
        place = match.group("place").rstrip("-")
        place = place.title() if place.isupper() else place
        # "NEW DELHI, India (AP) --", "VALLETTA, Malta (UPI) --": a wire's city, then its state
        found = (
            city_countries().get(place)
            or country_names().get(place)
            or country_names().get(match["state"] or match["land"] or "")
            or country_names().get((match["state"] or match["land"] or "").title())
            or dateline_towns().get(place)  # a town of a hundred thousand: "LVIV, June 3 -", "Antofagasta, 5 de"
        )
        if found and match["land"] and found not in _states_named(text[match.end() :], "en"):
            continue  # "NICOSIA, Cyprus, Sept. 7 (UPI) --": a wire's place abroad that the story never names again
        if found:
            agency = _DATELINE_AGENCY.match(match.string, match.end("place"))
            name = (agency.group("agency") or agency.group("slashed")).strip() if agency else None
            known = organization_lookup().get(name) if name else None
            return (known.country if known else None, found)
    # a town named by its state or province is the country's own press at home ("PEORIA, Ill. --"), as a national
    # agency at home is, unless a known agency of another state files it
    region = _region_dateline().search(_dateline_head(text))
    if region:
        state = state_regions()[region.group("region")]
        known = organization_lookup().get(region.group("agency").strip()) if region.group("agency") else None
        return (known.country if known and known.country else state, state)
    head = "\n".join(text.lstrip().split("\n", _BYLINE_LINES)[:_BYLINE_LINES])
    byline = _BYLINE_PLACE.search(head)
    return (
        (city_countries().get(byline.group("place")) or dateline_towns().get(byline.group("place")),) if byline else ()
    )


_OPENING_DASH = re.compile(r"^[^\n]{0,40}?(?:\s[-–—]+\s|[)]\s*[-–—:]+\s*|\.-\s*)")


def body_release_place(text: str) -> int | None:
    """Where the dateline's place stands in the text, on a release whose first sentence an international body opens
    ("Cairo, 3 December 2020 - The African Export-Import Bank (Afreximbank) has signed", "ABIDJAN - La Banque
    africaine de développement a approuvé"): the place is the body's seat or meeting, no side of the story."""
    from pipelines.extract.actors.person_bodies import international_name

    found = _DATELINE.search(_dateline_head(text))
    at = text.find(found.group()) if found else -1
    if at < 0:
        return None
    opening = found.string[found.end() : found.end() + 120]
    dash = _OPENING_DASH.search(opening)  # the rest of the date ("3 December 2020 -") before the sentence
    opening = opening[dash.end() :] if dash else opening
    body = international_name().search(opening)
    # the body opens the sentence: a few words before it at most ("The", "La", "The Board of Directors of the")
    if body is None or len(opening[: body.start()].split()) > 6:
        return None
    return at + found.start("place") - found.start()


def dateline_town(text: str) -> str | None:
    """The state of a dateline's town that is no capital nor a city a world wire files from (`Antofagasta, 5 de
    septiembre.-`, `Bilbao, 3 de marzo.-`): a local press's own place, not a wire's (`PARIS --`, `MADRID (EFE)`)."""
    match = _DATELINE.search(_dateline_head(text))
    if not match:
        return None
    place = match.group("place").rstrip("-")
    place = place.title() if place.isupper() else place
    return None if place in city_countries() else dateline_towns().get(place)


def _dateline_head(text: str) -> str:
    """The first lines of the text, and its opening paragraph when menus and a headline push it further down."""
    lines = text.lstrip().split("\n", _PAGE_HEAD_LINES)[:_PAGE_HEAD_LINES]
    head = lines[:_HEAD_LINES]
    # a long headline among the first lines is no opening paragraph: look past them
    opening = next((at for at in range(_HEAD_LINES, len(lines)) if len(lines[at]) >= _PARAGRAPH_CHARS), len(lines))
    before = next((at for at in range(opening - 1, _HEAD_LINES - 1, -1) if lines[at].strip()), None)
    # the opening paragraph, and the line before it ("MADRID, 5 Mar. (EUROPA PRESS) -" on a line of its own)
    head += [lines[at] for at in (before, opening) if at is not None and _HEAD_LINES <= at < len(lines)]
    return "\n".join(head)


def masthead_country(text: str) -> str | None:
    """The state of the national outlet a masthead line at the top of the page names (`Agência Brasil`)."""
    head = "\n".join(text.lstrip().split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES])
    for match in _MASTHEAD.finditer(head):
        rest = match.group("rest")
        if rest and _LOWER_WORD.search(rest):
            continue
        known = organization_lookup().get(match.group("outlet").strip())
        if known and known.country:
            return known.country
    return None


# The head of a state body's own page, its letterhead: the body and its state end the line or come before a
# separator ("Ministry of Foreign Affairs of Mongolia", "Gov.kz | Ministry of Foreign Affairs of the Republic of
# Kazakhstan", "Press Service of the President of the Republic of Uzbekistan"), in Spanish, French or Portuguese too
# ("Ministère des Affaires étrangères du Sénégal", "Embaixada do Brasil"). An embassy's names its host after its own
# state ("EMBASSY OF THE REPUBLIC OF GHANA IN JAPAN", "Royal Embassy of Saudi Arabia - Washington", "Ambassade de
# France au Japon"): the first state is the issuer, but such a page is of two sides and names no home. The body opens
# its line or follows a separator: a headline that ends with one is none. A head in capitals is read in a name's case.
_OF = r"(?:of|de|du|des|da|do|das|dos|del|d['’])"
_ARTICLE = r"(?:(?:the|la|le|les|el|los|las|a|o|os|as)[ \t]+|l['’])"
# the words of a body's name between its head word and its state: capitalised words, small words, and the lower-case
# adjectives of a French name ("des Affaires étrangères", "de l'Intégration africaine")
_BODY_WORD = (
    r"(?:[A-ZÀ-Ý][\w'’&.-]*|[dl]['’][A-ZÀ-Ý][\w'’-]*|of|and|for|the|on|de|la|le|les|du|des|da|do|das|dos|del|el|y|et|e"
    r"|[a-zà-ÿ][\w'’-]*(?:ères|ère|aux|ale|ales|ique|iques|elle|elles|aire|aires|ieures|ieur|ieure|ienne|iennes))"
)
_FORMAL = (
    r"(?:(?:(?:Federal|Democratic|Islamic|People's|Socialist|United|Plurinational|Bolivarian|Cooperative)[ \t]+)*"
    r"(?:Republic|Kingdom|Sultanate|State|Emirate|Principality|Grand Duchy|Commonwealth)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"|(?:République|República|Royaume|Reino|Estado|État|Sultanat|Sultanato)[ \t]+(?:[a-zà-ÿ]+[ \t]+)?"
    rf"{_OF}[ \t]*{_ARTICLE}?)"
)
# the host after an embassy's own state: "in Japan", "en Perú", "au Japon", "em Angola", "- Washington", ", Tokyo"
_HOST = (
    r"(?P<HOST>[ \t]+(?:in|at|to|en|au|aux|à|em|no|na|nos|nas|ante|auprès[ \t]+de)[ \t]+"
    rf"{_ARTICLE}?[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|of|and|de|del|du|do|da|la)){{0,4}}"
    r"|[ \t]*[-–—,][ \t]*[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,2})?"
)


@cache
def _head_body() -> re.Pattern:
    names = country_names_any_language()
    bodies = (*actor_words("page_head_bodies"), *actor_words("page_head_bodies_romance"))
    after = actor_words("page_head_bodies_after")
    return re.compile(
        rf"(?:^|[|›»/>:])[ \t]*(?:(?:The|La|Le|El|A|O|Royal|Royale|Real)[ \t]+|L['’])?(?i:{alternation(bodies)})"
        rf"(?:[ \t]+{_BODY_WORD}){{0,8}}?"
        rf"[ \t]*(?<![\w'’]){_OF}[ \t]*{_ARTICLE}?{_FORMAL}?"
        rf"(?P<state>{alternation(names)}){_HOST.replace('HOST', 'host')}[ \t]*(?=$|[|›»/>])"
        # the state's name or demonym before the body, the whole line or its part before a separator
        rf"|(?:^|[|›»/>])[ \t]*(?:The[ \t]+)?(?:Royal[ \t]+)?(?:(?P<named>{COUNTRY})|(?P<dem>{DEMONYM}))[ \t]+"
        rf"(?:{alternation(after)}){_HOST.replace('HOST', 'host_after')}[ \t]*(?=$|[|›»/>])",
        re.M,
    )


_SMALL_WORDS = frozenset(actor_words("name_small_words"))
_CAPITAL_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _name_case(line: str) -> str:
    """A line in capitals as a name is written ("EMBASSY OF THE REPUBLIC OF GHANA" -> "Embassy of the Republic of
    Ghana"); any other line as it is."""
    if not any(ch.isalpha() for ch in line) or line != line.upper():
        return line
    return _CAPITAL_WORD.sub(
        lambda m: m.group().lower() if m.group().lower() in _SMALL_WORDS and m.start() else m.group().capitalize(),
        line,
    )


# A page's trail of sections with one named after a state ("AL-NILE DAILY › Egypt › Economy")
_SECTION_STATE = re.compile(rf"(?:^|[|›»>])[ \t]*(?P<state>{COUNTRY})[ \t]*(?=[|›»>]|$)", re.M)
_SEPARATOR = re.compile(r"[|›»>]")


def page_head_state(text: str) -> str | None:
    """The state whose own body's page this is, by its head ("Ministry of Foreign Affairs of Mongolia"), or whose
    section of a site the trail of sections names ("NEWS › Egypt › Economy"): its officials are the page's own,
    even where it names their state."""
    head = "\n".join(_name_case(line) for line in text.lstrip().split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES])
    body = _head_body().search(head)
    if body:
        state = body.group("state") or body.group("named")
        issuer = demonyms()[body.group("dem")] if body.group("dem") else None
        issuer = issuer or country_names_any_language()[state]
        host = body.group("host") or body.group("host_after")
        hosts = set().union(*(_states_named(host, language) for language in ("es", "fr", "pt"))) if host else set()
        # an embassy abroad that names its host: its page leaves the officials of either side unmarked, so it names
        # no home (fix sets: the issuer's state lost 4 persons' countries, the host's lost 3 and won 2)
        return None if hosts - {issuer} else issuer
    for line in head.split("\n"):
        section = _SECTION_STATE.search(line) if _SEPARATOR.search(line) else None
        if section:
            return country_names()[section.group("state")]
    return None


_HEAD_DASH = re.compile(r"[ \t]+[—–][ \t]+")


def embassy_page_issuer(text: str) -> str | None:
    """The state whose mission abroad this page is, by its head ("Embassy of the Republic of Ghana in Japan",
    "Royal Thai Embassy, Canberra — News", "Embajada de Chile en Perú", "Embaixada do Brasil em Angola"): the page
    names no home (`page_head_state`), but the envoy it names without a state is its own."""
    lines = text.lstrip().split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES]
    head = "\n".join(_HEAD_DASH.sub(" | ", _name_case(line)) for line in lines)
    body = _head_body().search(head)
    if body is None or not (body.group("host") or body.group("host_after")):
        return None
    if not _mission_head().search(body.group()):
        return None
    if body.group("dem"):
        return demonyms()[body.group("dem")]
    return country_names_any_language()[body.group("state") or body.group("named")]


@cache
def _mission_head() -> re.Pattern:
    """A state's mission abroad among the bodies a page's head names (`page_head_missions`)."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(actor_words('page_head_missions'))})(?![\w-])")


@cache
def _own_currency_pattern(language: str) -> tuple[re.Pattern, dict[str, str], dict[str, frozenset[str]]]:
    """Tokens of a currency one state alone issues (currencies.csv), where they count a figure: before it (`A$10.7
    billion`, `RM55 billion`, `MNT 5.4 trillion`, `₱40 billion`) or after it and its scale (`7.5 trillion rupiah`,
    `3 bilhões de reais`). Not the dollar of the United States nor the euro, in which every state's trade and aid
    are counted; a single letter only before a figure with its scale (`R45 billion`, `N450 billion`; `P5` and `R2`
    are other things too). A letter several states' currencies share (`P`: the Philippine peso and the Botswana
    pula) comes with those states, of which the article then names one."""
    issued: dict[str, set[str]] = {}  # a code the table lists without its state (`MNT`) is its currency's
    for token in currency_tokens():
        issued.setdefault(token.currency, set()).add(token.country)
    states: dict[str, set[str]] = {}
    for token in currency_tokens():
        if token.applies_to(language) and token.currency not in _WORLD_CURRENCIES:
            found = {token.country} if token.country else issued[token.currency] - {""} or {""}
            states.setdefault(token.token, set()).update(found)
    issuers = {token: next(iter(found)) for token, found in states.items() if len(found) == 1 and "" not in found}
    shared = {
        token: frozenset(found)
        for token, found in states.items()
        if len(found) > 1 and "" not in found and len(token) == 1 and token.isascii() and token.isalpha()
    }
    before = [t for t in issuers if any(k.kind != "name" for k in currency_tokens() if k.token == t)]
    letters = [t for t in before if len(t) == 1 and t.isascii()] + list(shared)
    before = [t for t in before if t not in letters]
    scales = alternation(scale_words(language))
    named_after = alternation(t for t in issuers if t not in letters)
    pattern = re.compile(
        rf"(?<![\w.$])(?P<before>{alternation(before)})[ \t]?(?=\d)"
        rf"|(?<![\w.$])(?P<letter>{alternation(letters)})(?=\d[\d.,]*[ \t]?(?:{scales})(?![\w]))"
        rf"|(?<=\d)(?:[ \t]+(?:{scales}))?[ \t]*(?:(?:de|d['’])[ \t]*)?(?P<after>{named_after})(?![\w$])"
    )
    return pattern, issuers, shared


_WORLD_CURRENCIES = frozenset({"USD", "EUR"})


def counting_state(text: str, language: str = "en", least: int = 2) -> str | None:
    """The one state whose own currency the article counts its figures in without naming that state: a report
    counts its home's money so (`paid RM19.7 billion to the contractor` in a Malaysian paper, `allocated Tk 3,060
    crore in the budget` in a Bangladeshi release), while a figure whose sentence names its currency's state is a
    side's sum that any press counts in it (`Japan agreed to lend Indonesia 50 billion yen`). Two such figures at
    least, more than of any other state's currency. A letter of several states' currencies (`P2.1 billion`) is the
    currency of the one of them the article names (`the Philippines`, not Botswana).

    `least`: the figures it takes (one, where nothing surer names the home: `allocated Tk 38,500 crore` in a story
    on Bangladesh and India); a state one of whose figures has its sentence name it (`Japan will lend 39.5 billion
    yen`) is then a side that counts its own sums, not the home."""
    pattern, issuers, shared = _own_currency_pattern(language)
    counts: dict[str, int] = {}
    counting_sides: set[str] = set()  # states a figure's own sentence names: sides that count their own sums
    named: set[str] | None = None  # the states the whole article names, read once a shared letter needs them
    for match in pattern.finditer(text):
        token = match.group("before") or match.group("letter") or match.group("after")
        state = issuers.get(token)
        if state is None:
            named = _states_named(text, language) if named is None else named
            sides = shared[token] & named
            if len(sides) != 1:
                continue
            state = next(iter(sides))
        start, end = sentence_around(text, match.span())
        if state not in _states_named(text[start:end], language):
            counts[state] = counts.get(state, 0) + 1
        elif least < _COUNTED_FIGURES:
            counting_sides.add(state)
    counts = {state: count for state, count in counts.items() if state not in counting_sides}
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < least or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.get)


_COUNTED_FIGURES = 2


def speaker_currency_state(text: str, spans: list[tuple[int, int]], language: str = "en") -> str | None:
    """The one state whose own currency counts a figure in the sentences of a person's mentions, where the sentence
    does not name that state (`Minister NAME said trade reached SR 147 billion`): a person counts in the money of the
    side they speak for, as a report counts in its home's (`counting_state`); a sentence that names the currency's
    state (`NAME said Japan would lend 40 billion yen`) is a side's sum that anyone counts in. None where the
    sentences count in two states' own currencies, or only in a letter several states' currencies share."""
    pattern, issuers, _ = _own_currency_pattern(language)
    found: set[str] = set()
    for span in spans:
        start, end = sentence_around(text, span)
        for match in pattern.finditer(text, start, end):
            state = issuers.get(match.group("before") or match.group("letter") or match.group("after"))
            if state and state not in _states_named(text[start:end], language):
                found.add(state)
    return next(iter(found)) if len(found) == 1 else None


@cache
def _seats() -> re.Pattern:
    return re.compile(
        rf"(?<![\w-])(?i:{alternation(actor_words('seat_venue_words'))})[ \t]+"
        r"(?:(?:the|la|el|le|o|a)[ \t]+|l['’][ \t]?)?(?:(?:Palacio|Palácio|Palais)[ \t]+(?:de[ \t]+|do[ \t]+)?)?"
        rf"(?P<seat>{alternation(GOVERNMENT_SEATS)})(?![\w-])"
    )


def seat_state(text: str) -> str | None:
    """The one state whose seat of government the article names as where a meeting is held (`firmaron en la Casa
    Rosada`, `received at the Blue House`, `reçu à l'Élysée`; government_seats and seat_venue_words in
    actor_words.toml): the host, its report's home side. Not a seat that speaks or acts (`the Pentagon is
    preparing`), which any press names; none where the article names two states' seats so."""
    states = {GOVERNMENT_SEATS[m.group("seat")] for m in _seats().finditer(text)}
    return next(iter(states)) if len(states) == 1 else None


@cache
def _state_words(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """Names, demonyms and cities of states (in the article's language too), to the state."""
    names = {**city_countries(), **country_names(), **demonyms()}
    if language in LANGUAGES:
        names.update({**country_names_in(language), **demonyms_in(language)})
    return re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w-])"), names


def _states_named(words: str, language: str) -> set[str]:
    pattern, names = _state_words(language)
    return {names[m.group()] for m in pattern.finditer(words)}
