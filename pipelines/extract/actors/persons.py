"""Person introductions: where the article names a person, with the office and state it gives them there."""

from __future__ import annotations

import bisect
import collections
import re
from dataclasses import dataclass
from functools import cache

from pipelines.extract.actors import person_patterns as p
from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.lexicon import (
    BARE_HEADS,
    BLOC_CODES,
    GOVERNMENT_SEATS,
    HONORIFIC,
    LANGUAGES,
    LEADING_TITLES,
    NOT_NAME_WORDS,
    UPPER,
    alternation,
    phrases,
)
from pipelines.extract.actors.names import ROLE_WORD, clean_role, title_inside, trim_name
from pipelines.extract.actors.person_bodies import (
    Body,
    body_across,
    body_after,
    body_before,
    body_meant_before,
    international,
    international_body_before,
    international_name,
    state_of,
)
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import (
    city_countries,
    country_names,
    demonyms,
    office_holder,
    office_holders_by_surname,
    organization_lookup,
)
from pipelines.knowledge.actor_words import actor_word_map, actor_words, country_names_in, demonyms_in


@dataclass
class Introduction:
    """One place where the article introduces a person, with what it says about them there."""

    name: str
    role: str | None
    country: str | None
    span: Span  # the name
    start: int  # where the introduction begins (its title, if any)
    not_country: str | None = None  # a counterpart's state: this person serves another one
    stateless: bool = False  # an office at an international body (`UN Secretary-General`): no state
    serves: str | None = None  # the person whose aide this is ("Ramaphosa's spokesperson NAME"): their state
    counterpart_of: str | None = None  # the person whose counterpart this is ("A met his counterpart B"): not A's state


class _Found:
    """Introductions found so far, in the order the passes find them."""

    def __init__(self, text: str, skip: tuple[Span, ...]) -> None:
        self.text, self.skip, self.items = text, skip, []

    def add(self, match: re.Match, group: str | int, role: str | None, country: str | None, start: int):
        return self.add_at(match.group(group), match.start(group), role, country, start)

    def add_at(self, literal: str, at: int, role: str | None, country: str | None, start: int):
        """The name in `literal`, written at `at`, introduced with this office and state."""
        name = trim_name(literal)
        if not name or overlaps_any((at, at + len(literal)), self.skip):
            return None
        if _CLOCK_TIME_BEFORE.search(self.text, max(0, at - 12), at):
            return None  # "11:42 PM IST", "4:32 PM EDT": a time zone after a clock time, not the Prime Minister's name
        if name in organization_lookup() or name in country_names() or _ABSTRACT_NOUN.search(name):
            return None  # "Minister of Foreign Affairs, African Cooperation and ...": a portfolio, no name
        if name in _OFFICE_SEAT_NOUNS:
            return None  # "at the PM House": the office's seat
        begin = at + max(literal.find(name), literal.find(name.split()[0]))
        self.items.append(Introduction(name, role, country, (begin, begin + len(name)), start))
        return self.items[-1]


def join_mothers_surname(text: str, introduction: Introduction) -> None:
    """A Spanish name that goes on with "y" and the mother's surname ("Pedro Cerisola y Weber") takes it in; a
    surname alone before "y" is one of two persons ("Zapatero y Sócrates")."""
    begin, end = introduction.span
    joined = p.JOINED_SURNAME.match(text, end) if " " in introduction.name else None
    if joined and _a_surname(joined.group("surname")):
        introduction.name, introduction.span = text[begin : joined.end()], (begin, joined.end())


def _a_surname(word: str) -> bool:
    """Whether a word joined to a name with "y" may be a surname: no state, city, body or office word ("NAME y
    Chile firmaron")."""
    return not (
        word in country_names()
        or word in city_countries()
        or word in organization_lookup()
        or word in NOT_NAME_WORDS
        or ROLE_WORD.fullmatch(word)
    )


_OFFICE_SEAT_NOUNS = frozenset(actor_words("office_seat_nouns"))
# a clock time's hour and its "PM" (`PM` also abbreviates Prime Minister)
_CLOCK_TIME_BEFORE = re.compile(r"\d[ \t]*(?:[AaPp]\.?[Mm]\.?)[ \t]+$")
# A word of a portfolio by its ending ("Cooperation", "Integration"): no name holds one.
_ABSTRACT_NOUN = re.compile(rf"(?<![\w-])[A-Z][a-z]+(?:{alternation(actor_words('portfolio_noun_endings'))})(?![\w-])")


def introduction_claims(text: str, skip: tuple[Span, ...], bodies: list[Body]) -> list[Claim]:
    """Every introduction of a person in the article, as a claim on the name's span."""
    found = _Found(text, skip)
    title_roles = _titled(found, bodies)
    _listed_under_one_title(found)
    _named_then_titled(found, title_roles, bodies)
    _who_heads(found)
    _takes_office(found)
    _name_then_body_office(found, bodies)
    _name_then_office_of_body_named_again(found, bodies)
    _offices_of_the_state_named_before(found)
    _at_bodies(found, bodies)
    _counterparts(found)
    _without_office(found)
    return [Claim(i.span, "person", i) for i in found.items]


def _titled(found: _Found, bodies: list[Body]) -> set[int]:
    """Office first: `Turkish President NAME`, `UN Secretary-General NAME`, `the Turkish envoy, NAME`.

    Returns where those offices start.
    """
    title_roles = _offices_before_names(found, bodies)
    for match in p.DEMONYM_OFFICE_NAME.finditer(found.text):
        found.add(match, "name", match.group("role"), stated_country(match), match.start())
    for match in _near(p.LOWER_TITLE_NAME, p.LOWER_OFFICE_WORD, found.text):
        if len(match.group("name").split()) < 2:
            continue
        # "A, the president of Israel, B, ...": the office is A's, said after A's name; B is listed next (without
        # a comma before B, "Eastern Visayas, embassy spokesperson B said", the office is B's)
        if _after_a_name(found.text, match.start()) and "," in found.text[match.end("role") : match.start("name")]:
            found.add(match, "name", None, None, match.start("name"))
        else:
            country = stated_country(match)
            introduction = found.add(match, "name", clean_role(match.group("role")), country, match.start())
            if introduction:  # "the ambassador to Japan NAME", "mission chief for Egypt NAME": not Japan's, Egypt's
                introduction.not_country = _host_state(match) or country_names().get(match.group("portfolio") or "")
            meant = None if country else body_meant_before(found.text, match.start("role"), bodies)
            if introduction and meant:  # "the bank's acting director of communications, NAME"
                introduction.country = state_of(meant)
                if international(meant):
                    _serve_body(introduction, found.text[meant[0] : meant[1]])
            elif introduction and not country and state_of(body_before(found.text, match.start(), bodies)):
                introduction.country = state_of(body_before(found.text, match.start(), bodies))  # "BYD Americas chief"
            elif introduction and not country:  # "AU Commission chair NAME", "UN chief NAME", "the IMF's mission chief"
                holder = match.group("holder")
                body = holder if holder and international_name().fullmatch(holder) else None
                _serve_body(introduction, body or international_body_before(found.text, match.start()))
                introduction.serves = match.group("holder")
    for match in _near(p.LED_BY, p.LED_BY_WORDS, found.text):
        found.add(match, "name", None, stated_country(match), match.start())
    _sentence_case_titled(found, bodies)
    return title_roles


def _sentence_case_titled(found: _Found, bodies: list[Body]) -> None:
    """A lower-case office opening a sentence, capitalised as its first word: "Chief executive NAME", "General
    manager NAME", "Managing director of the IMF NAME" (the body's office: of its state, or of none)."""
    text = found.text
    starts = {body[0]: body for body in bodies}
    for match in p.SENTENCE_CASE_TITLE.finditer(text):
        role = match.group("role")
        if not p.SENTENCE_CASE_OFFICE.fullmatch(role.lower()):
            continue
        body = starts.get(match.end()) if match.group("of") else None
        if match.group("of") and body is None:
            continue
        name = p.SENTENCE_CASE_NAME.match(text, body[1] if body else match.end("role"))
        if name is None:
            continue
        introduction = found.add(name, "name", role, state_of(body), match.start())
        if introduction and international(body):
            _serve_body(introduction, text[body[0] : body[1]])


def _after_a_name(text: str, position: int) -> bool:
    """Whether a name and a comma come right before (a few lower-case words may follow the comma).

    A capitalised word that opens a sentence ("Earlier, ") or a place is no name, and a verb of meeting after the
    comma starts a new clause.
    """
    before = p.APPOSITION_OPEN.search(text, max(0, position - 60), position)
    word = before.group(1) if before else None
    if not word or word in NOT_NAME_WORDS or word in city_countries() or word in country_names():
        return False  # "In Nairobi, trade minister NAME": a place, not a name
    if p.PLACE_PREPOSITION_BEFORE_RUN.search(text, max(0, before.start(1) - 60), before.start(1)):
        return False  # "farmers in Eastern Visayas, embassy spokesperson NAME": a place too
    if _meeting_verb().match(text, before.end(1) + 1, position):
        return False  # "A, met Taliban commerce minister B": B's office
    return not re.search(r"(?:^|[.!?:;\n])[\s\"“]*$", text[max(0, before.start(1) - 4) : before.start(1)])


_LIST_COMMA = re.compile(r",[ \t]*")


def _offices_before_names(found: _Found, bodies: list[Body]) -> set[int]:
    """Where the offices said before their names start (`Turkish President NAME`)."""
    title_roles, titled_end = set(), -1
    for match in p.TITLE_NAME.finditer(found.text):
        # "Minister of Mines, A, Nigerian Minister of Gas, B and ...": a list of offices each before its name
        listed = _LIST_COMMA.fullmatch(found.text, titled_end, match.start()) is not None
        if _title_then_name(found, match, bodies, listed):
            title_roles.add(match.start("role"))
            titled_end = match.end()
    return title_roles


def _title_then_name(found: _Found, match: re.Match, bodies: list[Body], listed: bool = False) -> bool:
    """`Turkish President NAME`; whether the office is the name's (in "A, Ambassador of X, B, ..." it is A's, unless
    A's own office came before A: `listed`)."""
    role = clean_role(match.group("role"))
    if role in BARE_HEADS:  # "Chief JICA Office": no office before a name
        return False
    if "," in found.text[match.end("role") : match.start("name")]:
        if not listed and _after_a_name(found.text, match.start()):  # "A, Ambassador of X, B, Director ...": A's
            found.add(match, "name", None, None, match.start("name"))
            return False
        role = title_inside(match.group("name")) or role  # "The Prime Minister, President NAME"
    country = stated_country(match)
    # "JICA Bangladesh Chief Representative", "UNDP Nepal Resident Representative": a body's office in a state, the
    # body's, not the host's
    host = country if match.group("adj") and body_before(found.text, match.start(), bodies) else None
    country = None if host else country
    body = None if country else body_before(found.text, match.start(), bodies)
    body = body or (None if country else body_meant_before(found.text, match.start(), bodies))
    introduction = found.add(match, "name", role, country or state_of(body), match.start())
    if not introduction:
        return False
    portfolio = match.group("portfolio")
    introduction.not_country = country_names()[portfolio] if portfolio else (host or _host_state(match))
    if international(body):
        _serve_body(introduction, found.text[body[0] : body[1]])
    elif not country and not body:
        _serve_body(introduction, international_body_before(found.text, match.start()))
    return True


def _listed_under_one_title(found: _Found) -> None:
    """`Presidents A, B and C`: each holds the office. They need not serve one state, so none passes its state
    to the next (each introduction starts at the shared title)."""
    listed = set()
    for match in _near(p.PLURAL_TITLE_NAMES, p.PLURAL_TITLE_WORD, found.text):
        _each_holds(found, match, clean_role(match.group("role")).removesuffix("s"), stated_country(match))
        listed.add(match.start("names"))
    # "the foreign ministers of the three countries, A, B and C", "the Ministers of Foreign Affairs of the two
    # countries, A and B", "Deputies A and B": of no one state
    for match in _near(p.LOWER_PLURAL_TITLE_NAMES, p.LOWER_PLURAL_TITLE_WORD, found.text):
        if match.start("names") in listed:
            continue
        plural = match.group("plural")
        office = p.PLURAL_OFFICES_LOWER[plural[:1].lower() + plural[1:]]
        office = office[:1].upper() + office[1:] if plural[:1].isupper() else office
        role = match.group("role")[: match.start("plural") - match.start("role")] + office
        portfolio = match.group("portfolio")
        _each_holds(found, match, f"{role} {' '.join(portfolio.split())}" if portfolio else role, None)


def _each_holds(found: _Found, match: re.Match, role: str, country: str | None) -> None:
    """Each name the match lists holds the office; the introductions start at the shared title."""
    for name in re.finditer(r"[^,]+?(?=\s*,|\s+and\s|$)", match.group("names")):
        literal = re.sub(r"^and\s+", "", name.group().strip())
        at = match.start("names") + name.start() + name.group().find(literal)
        found.add_at(literal, at, role, country, match.start())


def _near(pattern: re.Pattern, anchor: re.Pattern, text: str, reach: int = 80):
    """The matches of `pattern` that start at most `reach` characters before a match of the cheap `anchor`.

    A pattern that may start at any word is slow to try everywhere; the anchor finds the few places.
    """
    end = 0
    for hit in anchor.finditer(text):
        match = pattern.search(text, max(end, hit.start() - reach), hit.end() + 3 * reach)
        if match and match.start() <= hit.start():
            yield match
            end = match.end()


def _named_then_titled(found: _Found, title_roles: set[int], bodies: list[Body]) -> None:
    """Name first: `NAME, Deputy Minister of ...`, `NAME, chairman of the Board`."""
    for pattern in (p.NAME_TITLE, p.NAME_LOWER_TITLE):
        for match in pattern.finditer(found.text):
            # "A, Trade envoy B", "A, embassy spokesperson B said": the office belongs to the name after it, not
            # before it; "in A, official B": a place
            lower = pattern is p.NAME_LOWER_TITLE
            if match.start("role") in title_roles or (lower and _NAME_NEXT.match(found.text, match.end())):
                continue
            if not lower and _a_body(match, bodies):
                continue  # "NAME, the EBRD's Managing Director": an office at a body (`_name_then_body_office`)
            if len(match.group("name").split()) >= 2 and not p.PLACE_PREPOSITION_BEFORE.search(
                found.text, max(0, match.start() - 15), match.start()
            ):
                _name_then_office(found, match, bodies)


_NAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


def _a_body(match: re.Match, bodies: list[Body]) -> bool:
    """Whether the owner said before an office after a name is a body ("NAME, Aramco's President"), no place or
    person."""
    owner = match.groupdict().get("owner")
    if not owner:
        return False
    start = match.start("owner")
    return owner in organization_lookup() or any(body[0] <= start < body[1] for body in bodies)


def _who_heads(found: _Found) -> None:
    """`NAME, who heads Nigeria's central bank`, `NAME, who chairs the AU Commission`: the office the verb names,
    of the body's state, or of none for an international body."""
    for match in _near(p.NAME_WHO_HEADS, p.WHO_HEADS_WORDS, found.text):
        body = match.group("body")
        introduction = found.add(match, "name", p.HEADING_VERBS[match.group("verb")], country_in(body), match.start())
        if introduction and not introduction.country:
            international = international_name().search(body)
            _serve_body(introduction, international.group() if international else None)


def _takes_office(found: _Found) -> None:
    """`NAME, who took over as chairman`, `NAME, who was appointed as envoy`: the office the clause after the name
    says its holder took or holds (`former` offices are the holder's as said: the tense is dropped)."""
    for match in _near(p.NAME_TAKES_OFFICE, p.TAKES_OFFICE_WORDS, found.text, reach=120):
        found.add(match, "name", clean_role(match.group("role")), stated_country(match), match.start())


def _name_then_office(found: _Found, match: re.Match, bodies: list[Body]) -> None:
    """`NAME, Ambassador of X`, `NAME, a spokesperson for the Afghan embassy`, `NAME, envoy for Pakistan`."""
    text = found.text
    body = body_after(text, match.end("role"), bodies)
    role = match.group("role")
    across = None if body else body_across(text, match.start("role"), match.end("role"), bodies)
    if across is not None:  # the office's last words begin the body's name: the office runs to its end
        body, role = across, text[match.start("role") : across[1]]
    state_body = (
        p.STATE_BODY_AFTER.match(text, match.end("role"))
        or p.STATE_CLOSING_AFTER.match(text, match.end("role"))
        or p.GOVERNMENT_AFTER.match(text, match.end("role"))
    )
    country = stated_country(match) or state_of(body) or (stated_country(state_body) if state_body else None)
    introduction = found.add(match, "name", clean_role(role), country, match.start())
    if not introduction:
        return
    portfolio = match.groupdict().get("portfolio")
    if portfolio:  # an official "for Pakistan" serves another state
        introduction.not_country = country_names()[portfolio]
    if country is None:
        introduction.not_country = introduction.not_country or _host_state(match)
        inside = international_name().search(match.group("role"))  # "NAME, the AU's commissioner for ..."
        if international(body):
            _serve_body(introduction, text[body[0] : body[1]])
        elif inside:
            _serve_body(introduction, inside.group())


def _at_bodies(found: _Found, bodies: list[Body]) -> None:
    """An office at an organisation or mission: `Secretary, Economic Affairs Division, NAME`."""
    text = found.text
    for body in bodies:
        start, end, country, _ = body
        before = p.ROLE_BEFORE_BODY.search(text, max(0, start - 150), start)
        after = p.BODY_THEN_NAME.match(text, end)
        found_here = []
        if before and after and clean_role(before.group("role")) not in BARE_HEADS:
            found_here.append(found.add(after, "name", clean_role(before.group("role")), country, before.start()))
        after = p.BODY_OFFICE_NAME.match(text, end)
        if after:
            found_here.append(found.add(after, "name", after.group("role"), country, start))
        lower = p.LOWER_OFFICE_OF_BODY.search(text, max(0, start - 40), start)
        if lower and _after_a_name(text, lower.start()):  # "A, the head of X, B": the office is A's
            lower = None
        after = p.BODY_THEN_NAME.match(text, end) if lower else None
        if after:  # "president of Uzbekistan Airways NAME"
            found_here.append(found.add(after, "name", lower.group("role"), country, lower.start()))
        # "Kazakhstan Temir Zholy, headed by NAME", "An IMF mission led by NAME"; a title before the name ("led by
        # CEO NAME") is read with its name by the rules of offices before names
        after = p.BODY_HEADED_BY.match(text, end)
        if after and not ROLE_WORD.match(after.group("name")):
            noun = p.MISSION_BEFORE_BODY.search(text, max(0, start - 30), start)
            mission = after.group("mission") or (noun.group("mission") if noun else None)
            role = p.mission_chief(mission, after.group("by")) if mission else p.HEADED_BY_VERBS[after.group("verb")]
            found_here.append(found.add(after, "name", role, country, start))
        for introduction in found_here:
            if introduction:
                introduction.stateless = international(body)


def _name_then_body_office(found: _Found, bodies: list[Body]) -> None:
    """`NAME, EBRD Director for Energy`, `NAME, Aramco President and CEO`: an office at the body named before it,
    of the body's state (a company's, a ministry's), or of none at an international body."""
    spans = {body[:2]: body for body in bodies}
    for match in p.NAME_BODY_OFFICE.finditer(found.text):
        # "NAME, the EBRD's Managing Director": the body without its possessive
        name = _POSSESSIVE_END.sub("", match.group("body"))
        known = organization_lookup().get(name)
        body = spans.get((match.start("body"), match.start("body") + len(name)))
        if known is None and body is None or match.group("name") in city_countries():
            continue
        country = known.country if known else state_of(body)
        role = clean_role(match.group("role"))
        introduction = found.add(match, "name", role, country, match.start())
        if introduction and country is None and (known or international(body)):
            _serve_body(introduction, name)


_POSSESSIVE_END = re.compile(r"['’]s$")


def _name_then_office_of_body_named_again(found: _Found, bodies: list[Body]) -> None:
    """`NAME, the Bank's Director General for East Africa`, `NAME, its chairman`: an office at the body the noun
    or "its" names again, of that body's state, or of none at an international body; the office alone where the
    article named no such body."""
    for match in _near(p.NAME_ANAPHOR_OFFICE, p.BODY_ANAPHOR_AFTER_COMMA, found.text):
        body = body_meant_before(found.text, match.start("role"), bodies)
        introduction = found.add(match, "name", clean_role(match.group("role")), state_of(body), match.start())
        if introduction and international(body):
            _serve_body(introduction, found.text[body[0] : body[1]])


def _offices_of_the_state_named_before(found: _Found) -> None:
    """`NAME, the country's economy minister`, `the nation's finance minister, NAME`: an office of the state the
    noun names again: the first state named in the last sentence before it that names one (the sentence's subject:
    "Kenya signed a loan with China. The country's finance minister, NAME" is Kenya's)."""
    text = found.text
    for anaphor in p.STATE_ANAPHOR.finditer(text):
        start = anaphor.start()
        before = p.NAME_STATE_ANAPHOR_OFFICE.search(text, max(0, start - 80), anaphor.end() + 120)
        match = before if before and before.end("name") < start <= before.start("role") else None
        match = match or p.STATE_ANAPHOR_OFFICE_NAME.match(text, start)
        if match is None:
            continue
        found.add(match, "name", clean_role(match.group("role")), state_named_before(text, start), match.start())


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@cache
def _state_names(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """The names and demonyms of states, in English and the article's language, to the state."""
    names = {**country_names(), **demonyms()}
    if language in LANGUAGES:
        names.update({**country_names_in(language), **demonyms_in(language)})
    return re.compile(rf"(?<![\w.-])(?=[{UPPER}])(?:{alternation(names)})(?![\w-])"), names


def state_named_before(text: str, at: int, language: str = "en", reach: int = 600) -> str | None:
    """The first state named in the last sentence before `at` (within `reach` characters) that names one."""
    pattern, names = _state_names(language)
    window = max(0, at - reach)
    last = collections.deque(pattern.finditer(text, window, at), maxlen=1)
    if not last:
        return None
    opening = window
    for end in _SENTENCE_END.finditer(text, window, last[0].start()):
        opening = end.end()
    return names[pattern.search(text, opening, at).group()]


def office_names_state_again(text: str, introduction: Introduction) -> bool:
    """Whether the office said before the name, or after its comma, names a state again in Spanish, French or
    Portuguese ("el ministro de Hacienda del país, NAME", "NAME, ministre des Finances du pays,")."""
    begin, end = introduction.span
    if introduction.role is None:
        return False
    if introduction.start < begin and p.STATE_ANAPHOR_ROMANCE.search(text, introduction.start, begin):
        return True
    after = re.match(r",[^,.;:\n]{1,100}", text[end : end + 101])
    return bool(after and p.STATE_ANAPHOR_ROMANCE.search(after.group()))


def _counterparts(found: _Found) -> None:
    """A counterpart holds the same office as the person named just before, for the other side; counterparts
    listed after as many persons hold their offices in turn ("Foreign Minister A and Defence Minister B met their
    counterparts C and D": C is a foreign minister, D a defence minister)."""
    ordered = sorted(found.items, key=lambda i: i.span)
    starts = [i.span[0] for i in ordered]
    for match in p.COUNTERPART.finditer(found.text):
        country = stated_country(match)
        at = bisect.bisect_left(starts, match.start())
        # the persons named last who are not of the counterpart's state: "his Nepal counterpart" is not Nepal's
        sides = [i for i in reversed(ordered[:at]) if country is None or i.country != country]
        more = _more_counterparts(found.text, match)
        more = more if len(sides) > len(more) else []
        previous = sides[len(more)] if sides else None
        subject = None if more else counterpart_subject(found.text, match.start(), sides)
        if subject is not None:
            previous = subject if isinstance(subject, Introduction) else None
        for name, other in zip(more, sides, strict=False):
            introduction = found.add(name, "name", counterpart_office(other.role), country, name.start("name"))
            if introduction and other.country and not country:
                introduction.not_country = other.country
            if introduction and not country:
                introduction.counterpart_of = other.name
        role = (previous.role if previous else None) or (subject if isinstance(subject, str) else None)
        role = role or _known_office_before(found.text, match.start())
        introduction = found.add(match, "name", counterpart_office(role), country, match.start())
        if previous and country:
            previous.not_country = country
        if introduction and previous and previous.country and not country:  # "his counterpart NAME"
            introduction.not_country = previous.country
        if introduction and previous and not country:  # the other's state may be known only at the end
            introduction.counterpart_of = previous.name
        if introduction:
            at = bisect.bisect_left(starts, introduction.span[0])
            starts.insert(at, introduction.span[0])
            ordered.insert(at, introduction)


_COUNTERPART_OFFICES = actor_word_map("counterpart_offices")


def counterpart_office(role: str | None, default: str | None = "counterpart") -> str | None:
    """The office a counterpart of the holder of `role` holds: the common name of an office one state names its own
    way (External Affairs Minister: Foreign Minister), the masculine of a feminine es/fr/pt office."""
    if not role:
        return default
    return _COUNTERPART_OFFICES.get(role) or _COUNTERPART_OFFICES.get(role[:1].lower() + role[1:]) or role


def _more_counterparts(text: str, match: re.Match) -> list[re.Match]:
    """The names after the first that plural counterparts list ("counterparts A, B and C"), last first."""
    if not text[: match.start("name")].rstrip(" \t\n,").endswith("counterparts"):
        return []
    more = []
    while match is not None:
        match = p.COUNTERPARTS_MORE.match(text, match.end())
        more += [match] if match else []
    return more[::-1]


def counterpart_subject(text: str, position: int, sides: list[Introduction]) -> Introduction | str | None:
    """Whose counterpart this is: the one named last before it in its sentence, by full name or surname ("Mr A
    held talks with his counterpart B", "A se reunió con su homólogo B"), a known leader named without an office
    ("Modi and his Japanese counterpart B": his office) or an office named without a name ("the Prime Minister
    would hold talks with his counterpart B"). None where the sentence names none of them before it."""
    start = max(text.rfind(".", max(0, position - 300), position), text.rfind("\n", max(0, position - 300), position))
    start = max(start + 1, position - 300)
    best: tuple[int, Introduction | str | None] = (-1, None)
    for side in sides[:12]:
        for word in {side.name, side.name.split()[-1]}:
            at = _word_before(text, word, start, position)
            if at > best[0]:
                best = (at, side)
    known = [*p.KNOWN_PERSON.finditer(text, start, position), *p.KNOWN_SURNAME.finditer(text, start, position)]
    for match in known:
        if match.start() > best[0] and not any(match.group() in side.name for side in sides[:12]):
            best = (match.start(), _known_office_before(text, match.end()) or best[1])
    for match in p.UNNAMED_OFFICE.finditer(text, start, position):
        if match.start() > best[0]:
            best = (match.start(), match.group("role"))
    return best[1]


def _word_before(text: str, word: str, start: int, end: int) -> int:
    """Where `word` is last written as a whole word in text[start:end], else -1."""
    at = text.rfind(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            return at
        at = text.rfind(word, start, at)
    return -1


def _known_office_before(text: str, position: int) -> str | None:
    """The office of a known leader named just before ("Putin and his Armenian counterpart NAME")."""
    names = [m.group() for m in p.KNOWN_PERSON.finditer(text, max(0, position - 60), position)]
    names += [m.group() for m in p.KNOWN_SURNAME.finditer(text, max(0, position - 60), position)]
    holders = {h.office for name in names[-1:] for h in (office_holder(name), *office_holders_by_surname(name)) if h}
    return holders.pop() if len(holders) == 1 else None


def _without_office(found: _Found) -> None:
    """An honorific (`Mr NAME`), a known office holder's name, or a leader's distinctive surname."""
    text = found.text
    for match in p.HONORIFIC_NAME.finditer(text):
        # "Mr. Tanaka" alone may be a reader's signature; named in full elsewhere, later mentions find it
        if len(match.group("name").split()) >= 2:
            found.add(match, "name", None, None, match.start())
    for match in p.KNOWN_PERSON.finditer(text):
        found.add(match, 0, None, None, match.start())
    others: dict[str, bool] = {}
    for match in p.KNOWN_SURNAME.finditer(text):
        before = re.search(r"([A-Z][\w'’.-]*)\s+$", text[max(0, match.start() - 40) : match.start()])
        if before and before.group(1) not in NOT_NAME_WORDS:  # part of a longer name; "On Monday NAME" is not
            continue
        surname = match.group()
        if surname not in others:
            others[surname] = _someone_else_named(text, surname)
        if not others[surname]:
            found.add(match, 0, None, None, match.start())


def _someone_else_named(text: str, surname: str) -> bool:
    """Whether the article names another person with this surname ("Asad Gilani ... Gilani said")."""
    for found in re.finditer(rf"\b([A-Z][\w'’.-]*)\s+{re.escape(surname)}\b", text):
        before = found.group(1)
        if (
            before not in LEADING_TITLES
            and before not in NOT_NAME_WORDS
            and not ROLE_WORD.fullmatch(before)
            and not re.fullmatch(HONORIFIC, before)
            and office_holder(found.group()) is None
        ):
            return True
    return False


def stated_country(match: re.Match) -> str | None:
    """The state a title names: `Turkish`, `Pakistan's`, `of Kazakhstan`, or a state or city inside the office."""
    groups = match.groupdict()
    affiliation = groups.get("poss") or groups.get("adj") or groups.get("of") or groups.get("of2")
    if affiliation:
        return country_names()[affiliation]
    if groups.get("dem") or groups.get("dem2"):
        return demonyms()[groups.get("dem") or groups["dem2"]]
    if groups.get("seat"):
        return GOVERNMENT_SEATS[groups["seat"]]
    return country_in(p.REGIONS_SERVED.sub("", groups["role"])) if groups.get("role") else None


def _host_state(match: re.Match) -> str | None:
    """The state where an office is held ("Ambassador in Pakistan", "in Kabul"): not the state it serves."""
    host = match.groupdict().get("host")
    return (country_names().get(host) or city_countries().get(host)) if host else None


@cache
def _meeting_verb() -> re.Pattern:
    return re.compile(rf"\s*(?:{phrases('meeting_verbs')})\s")


_ENVOYS = frozenset(actor_words("resident_envoys"))


def bloc_code(body: str, role: str | None) -> str | None:
    """The code an envoy of a bloc with one of its own carries (`EU Ambassador`); none for its other officials."""
    known = organization_lookup().get(body)
    return BLOC_CODES.get(known.actor_id) if known and role in _ENVOYS else None


def _serve_body(introduction: Introduction, body: str | None) -> None:
    """An official of an international body serves no state; of a bloc with a code of its own (the EU), that."""
    if body is None:
        return
    code = bloc_code(body, introduction.role)
    introduction.country = introduction.country or code
    introduction.stateless = code is None
