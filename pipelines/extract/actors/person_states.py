"""What the sentence around a person says about the state they serve, when no office of theirs names it.

A person who visits a state, arrives in one of its cities or holds talks with it is not of that state ("NAME,
while visiting Fiji, said ..."), nor of the state of a counterpart or an official they meet ("NAME and his
Egyptian counterpart", "NAME met the Egyptian president"); a person who says "his country" would help a state
is not of it either. A person a demonym qualifies ("Qatari mediator NAME") is of its state. A person who
receives a visitor who arrived in a city is of that city's state, and one named after "from the Ethiopian side" of
that side's ("NAME arrived in Dhaka and was received by
Foreign Secretary NAME"). A United States legislator's party and state tag (`NAME (D-Maryland)`) names the
United States.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from pipelines.extract.actors.claims import Candidate
from pipelines.extract.actors.lexicon import (
    CITY,
    COUNTRY,
    DEMONYM,
    HONORIFIC,
    ORG_HEADS,
    ROLE_HEAD,
    alternation,
    phrases,
)
from pipelines.extract.actors.person_bodies import international_name
from pipelines.extract.actors.person_patterns import QUALIFIER_WORD
from pipelines.extract.spans import sentence_around
from pipelines.knowledge import city_countries, country_names, demonyms
from pipelines.knowledge.actor_words import actor_words, country_names_any_language, demonyms_in

_PLACE = rf"(?:the\s+)?(?:Republic\s+of\s+)?(?P<place>{COUNTRY}|{CITY})(?![\w-])"
_OWN_STATE = re.compile(r"\b(?:his|her)\s+country(?:['’]s)?(?![\w-])")
_OWN_STATE_NAMED = re.compile(rf"\b(?:his|her)\s+country,?\s+{_PLACE}")
_ARRIVED = re.compile(rf"\barriv(?:ed|es|ing)\s+(?:in|at)\s+{_PLACE}")
_RECEIVED_BY = re.compile(r"\b(?:received|welcomed|greeted)\s+(?:[a-z]+\s+){0,4}?by\s+[^,;]{0,80}$")
_US_LEGISLATOR = re.compile(r"\s*\((?:D|R|I)-[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)")
_STATE = re.compile(rf"(?<![\w-]){_PLACE}")
# "NAME of Argentina", "NAME of Brazil and NAME of Argentina": a state written right after the name, closing it
_OF_STATE_AFTER = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<place>{COUNTRY})(?![\w-])(?=\s*(?:[,;.)]|and\s|said\s|$))"
)
# "Governor NAME of the Bank of Mongolia", "NAME of the Export-Import Bank of China": a body named after the name
# whose name ends in its state
_OF_BODY_OF_STATE_AFTER = re.compile(
    rf"\s+of\s+the\s+(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|&)\s+(?!the\s+)(?=[A-Z]))?){{1,6}}of\s+(?:the\s+)?"
    rf"(?:Republic\s+of\s+)?(?P<place>{COUNTRY})(?![\w-])(?!\s+(?:[A-Z]|and\s+[A-Z]))"
)
# "Uganda, which plans its own line, sent a delegation led by Works Minister NAME": the state that sends one
_SENT_DELEGATION = re.compile(
    rf"(?<![\w-])(?P<place>{COUNTRY})(?![\w-])[^.;!?\n]{{0,120}}?\b(?:sent|sends|dispatched|fielded)\s+"
    rf"(?:an?|its|a\s+high-level)\s+(?:[\w-]+\s+){{0,2}}?delegation,?\s+(?:led|headed)\s+by\s+"
    r"(?:[\w.'’-]+\s+){0,6}$"
)
# "In Warsaw, Deputy Prime Minister NAME told reporters": a sentence that opens in a city, then an office of no
# stated state; not a visitor's ("In Tokyo, the visiting minister NAME")
_IN_CITY_OPENER = re.compile(
    rf"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”])\s*)In\s+(?P<place>{CITY}),\s+(?:the\s+)?"
    r"(?!(?:[\w.'’-]+\s+){0,6}?(?:visiting|foreign|guest)\s)(?:[A-Z][\w.'’-]*\s+|[a-z][\w-]*\s+){1,6}$"
)
_SIDE = rf"(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY})['’]s)"
# "his Egyptian counterpart", "met the Egyptian president": the other side's state, not the person's
_COUNTERPART = re.compile(rf"\b(?:his|her|their)\s+(?:visiting\s+)?{_SIDE}\s+counterparts?\b")


# "Qatari mediator NAME", "Ghana's chief negotiator NAME", "Georgian Railway general director NAME": a state, a
# body's name, and a lower-case noun or two before the name
_STATE_NOUN_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY})['’]s)(?:\s+[A-Z][\w&'’-]*){{0,2}}(?:\s+{QUALIFIER_WORD}){{1,2}}\s+$"
)


# "Her Ugandan counterpart, Foreign Affairs Minister NAME", "Kenya's chief negotiator, Trade Secretary NAME": a
# state's noun for a person, a comma, then the person's own office (capitalised words and their small links) up to
# the name: the apposition names the same person
@cache
def _state_noun_apposed() -> re.Pattern:
    return re.compile(
        rf"(?<![\w-])(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY})['’]s)(?:\s+{QUALIFIER_WORD})?\s+"
        rf"(?:{phrases('apposed_person_nouns')}),\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|for|and|&)\s+){{1,8}}$"
    )


# "Maldivian Transport and Civil Aviation Minister NAME", "Indonesian State-Owned Enterprises Minister NAME",
# "Ukraine's Agrarian Policy Minister NAME": a state, the capitalised words of a portfolio (joined by and, &,
# hyphens), then the office's head right before the name; not a body's name, which a demonym may open for several
# states ("Indian Ocean Commission Secretary General NAME": the body's officers are left to its rules)
@cache
def _state_field_office_before() -> re.Pattern:
    return re.compile(
        rf"(?<![\w-])(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY})['’]s)"
        rf"(?P<field>(?:\s+(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*){{0,3}}|and|&)){{1,6}}?)\s+(?:{ROLE_HEAD})\s+"
        rf"(?:(?:{HONORIFIC})\.?\s+)*$"
    )


# a body's head word, or an office's that stands for another person's before this one ("Korean Ambassador A and UP
# Diliman Chancellor NAME"), is no portfolio's
_NOT_PORTFOLIO_WORDS = ORG_HEADS | {word for head in actor_words("role_heads") for word in head.split()}


# "and, from the Ethiopian side, Foreign Minister NAME", "on behalf of the Zambian side": a list of attendees
# turns to one side; the persons named after the turn are of it, those before it of the other side; a sentence may
# open with the turn ("On the Korean side, Minister NAME attended")
# "The Georgian side was also represented by Prime Minister NAME": a side the sentence opens with turns it too
# "The Polish side was led by A; the Ukrainian side by B", "..., and the Korean side by B": a second side whose verb
# the sentence leaves out after a semicolon, a comma or "and"/"while"
_SIDE_TURN = (
    rf"(?<![\w-])(?:(?:[Ff]rom|[Oo]n|[Ff]or|[Oo]n\s+behalf\s+of)\s+the|(?P<subject>The)"
    rf"|(?:(?<=[;,]\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bwhereas\s))(?P<gapped>the))\s+"
    rf"(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY})(?:['’]s)?)\s+sides?"
    rf"(?(subject)\s+(?:was|were)\s+(?:also\s+)?(?:represented|led|headed)\s+by|)"
    rf"(?(gapped)(?:\s+(?:was|were)\s+(?:also\s+)?(?:represented|led|headed))?\s+by|)(?![\w-])"
)
# the office up to the name may hold a portfolio's small words and commas ("On the Korean side, Minister of Trade,
# Industry and Energy NAME")
_SIDE_BEFORE = re.compile(rf"{_SIDE_TURN}\s*[,:]?\s+(?:(?:[A-Z][\w.'’-]*|of|and|for|the|&),?\s+){{0,10}}$")
_SIDE_LATER = re.compile(_SIDE_TURN)


@cache
def _met_other_side() -> re.Pattern:
    return re.compile(
        rf"(?<![\w-])(?:{phrases('meeting_verbs', either_case=True)})\s+(?:his\s+|her\s+|their\s+|the\s+)?"
        rf"(?:visiting\s+)?{_SIDE}\s+(?:[\w-]+\s+){{0,2}}?(?:{phrases('other_side_nouns')})(?![\w-])"
    )


@cache
def _romance_side_before() -> re.Pattern:
    """A Spanish, French or Portuguese list turned to one side, then the words up to the name in the sentence ("Por
    la parte cubana firmaron el ministro de Comercio, NAME", "du côté ivoirien, le ministre NAME")."""
    return re.compile(
        rf"(?<![\w-])(?:{phrases('side_turns_romance', either_case=True)})\s+"
        rf"(?P<dem>{alternation(_romance_demonyms())})(?![\w-])[^.;!?\n]{{0,150}}$"
    )


@cache
def _romance_counterpart_apposed() -> re.Pattern:
    """A Spanish, French or Portuguese counterpart of a state, a comma, then the person's office up to the name ("Su
    homólogo ugandés, el canciller NAME", "son homologue ivoirien, le ministre du Commerce NAME", "o seu homólogo
    angolano, o ministro NAME")."""
    return re.compile(
        rf"(?<![\w-])(?:{phrases('counterparts_romance', either_case=True)})\s+"
        rf"(?P<dem>{alternation(_romance_demonyms())}),\s+(?:(?:el|la|le|o|a)\s+|l['’])"
        rf"(?:[^\s,;:.!?()]+\s+){{1,8}}?(?:,\s+)?$"
    )


@cache
def _romance_delegation_led() -> re.Pattern:
    """A Spanish, French or Portuguese delegation of a state, led by the person named in the words after ("une
    délégation ghanéenne conduite par le ministre des Finances, NAME", "la delegación boliviana encabezada por
    NAME")."""
    return re.compile(
        rf"(?<![\w-])(?:{phrases('delegations_romance', either_case=True)})\s+"
        rf"(?P<dem>{alternation(_romance_demonyms())})(?![\w-])\s*,?\s+"
        rf"(?:{phrases('delegation_leads_romance', either_case=True)})\s+[^.;!?\n]{{0,100}}$"
    )


@cache
def _romance_demonyms() -> dict[str, str]:
    return {word: code for language in ("es", "fr", "pt") for word, code in demonyms_in(language).items()}


@cache
def _signed_for() -> re.Pattern:
    """After a name (and an apposition of its office): signing for a state ("NAME, the Permanent Secretary,
    signed for Tanzania")."""
    return re.compile(
        rf"(?:,[^,;.!?\n]{{1,100}},)?,?\s+(?:also\s+)?(?:{phrases('signed_for_cues', either_case=True)})\s+"
        rf"(?:the\s+)?(?:(?:Government|government|Republic)\s+of\s+(?:the\s+)?)?{_PLACE}"
    )


@cache
def _signed_for_body() -> re.Pattern:
    """After a name (and an apposition of its office): signing for an international body ("NAME, Country
    Director, signed for ADB", "NAME signed on behalf of the World Bank"): its official serves no state."""
    return re.compile(
        rf"(?:,[^,;.!?\n]{{1,100}},)?,?\s+(?:also\s+)?(?:{phrases('signed_for_cues', either_case=True)})\s+"
        rf"(?:the\s+)?(?:{international_name().pattern})"
    )


@cache
def _elsewhere() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{phrases('elsewhere_cues', either_case=True)})\s+{_PLACE}")


@cache
def _visit_agent() -> re.Pattern:
    """After a visit's place, up to the next person's name: the word that opens the visit's agent, then a few
    words of the agent's office ("a Chile del viceprimer ministro chino ", "au Mali du Premier ministre ", "to Chile
    by Chinese Vice Premier "): the visit is that person's."""
    return re.compile(rf"\s+(?:{phrases('visit_agent_words', either_case=True)})(?:\s+[^\s,;:()]+){{0,6}}?\s*")


@cache
def _travels() -> re.Pattern:
    """Right after a name: a journey its holder sets out on ("NAME will fly to Beijing", "NAME, viajou para
    Pequim"), not one a noun later in the clause takes ("NAME welcomed the delegation, which flew to Tokyo")."""
    return re.compile(
        rf",?\s+(?:(?:{phrases('travel_auxiliaries', either_case=True)})\s+){{0,4}}"
        rf"(?:{phrases('travel_cues', either_case=True)})\s+{_PLACE}"
    )


@cache
def _visit_of_before() -> re.Pattern:
    """Before a name, up to it: a visit's noun and the word that opens its agent, then the agent's office ("the
    visit of King ", "la visite du président ", "la visita del canciller ", "a visita do ministro ")."""
    return re.compile(
        rf"(?<![\w-])(?:{phrases('visit_nouns', either_case=True)})\s+"
        rf"(?:{phrases('visit_agent_words', either_case=True)})(?:\s+[^\s,;:.!?()]+){{0,8}}?\s*$"
    )


@cache
def _visit_destination() -> re.Pattern:
    """Right after the visitor's name: the link to the place visited and the place, a state's name in any of the
    languages read or a city ("NAME to Hanoi", "NAME au Sénégal", "NAME a China", "NAME ao Brasil")."""
    places = alternation({**country_names_any_language(), **city_countries()})
    return re.compile(
        rf"(?:\s*\([^()\n]{{0,40}}\))?,?\s+(?:{phrases('visit_destination_links', either_case=True)})\s+"
        rf"(?:(?:the|la|le|el|o|a|os|as)\s+|l['’])?(?P<place>{places})(?![\w-])"
    )


_VISIT_OF_REACH = 90


def _visit_of_destination(text: str, span: tuple[int, int], start: int, end: int, mentions, person) -> str | None:
    """The state of the place a person visits, as a visit named before the name and its place after say ("the visit
    of King NAME to Cairo", "la visite du président NAME au Sénégal", "a visita do presidente NAME a Angola")."""
    visit = _visit_of_before().search(text, max(start, span[0] - _VISIT_OF_REACH), span[0])
    if not visit or mentions.next_start(visit.start(), span[0], person) < span[0]:
        return None
    place = _visit_destination().match(text, span[1], end)
    if not place:
        return None
    name = place.group("place")
    return country_names_any_language().get(name) or city_countries().get(name)


def _side_of(match: re.Match) -> str | None:
    return demonyms().get(match.group("dem")) if match.group("dem") else country_names().get(match.group("poss"))


def _state_of(match: re.Match) -> str | None:
    place = match.group("place")
    return country_names().get(place) or city_countries().get(place)


@cache
def _accompanying() -> re.Pattern:
    """A cue before the persons who go with someone, with the state a delegation names ("the Tanzanian
    delegation included")."""
    return re.compile(rf"(?<![\w-])(?:{_SIDE}\s+)?(?:{phrases('accompanying_cues', either_case=True)})(?![\w-])")


@cache
def _received_by() -> re.Pattern:
    """A guest's reception by a host: the participle, a few words (a day, a place), the agent word."""
    return re.compile(
        rf"(?<![\w-])(?:{phrases('received_participles')})(?![\w-])[^.;:!?\n]{{0,80}}?"
        rf"(?<![\w-])(?:{phrases('received_agents')})(?![\w-])"
    )


_ACCOMPANYING_REACH = 300


class _Mentions:
    """The persons' mentions in text order, to find who a sentence names before a point."""

    def __init__(self, persons: list[Candidate]) -> None:
        self.items = sorted((span, index) for index, person in enumerate(persons) for span in person.spans)
        self.starts = [span[0] for span, _ in self.items]
        self.persons = persons

    def last_before(self, start: int, position: int) -> Candidate | None:
        at = bisect.bisect_left(self.starts, position) - 1
        return self.persons[self.items[at][1]] if at >= 0 and self.starts[at] >= start else None

    def next_start(self, start: int, end: int, person: Candidate) -> int:
        """Where the first mention of another person between two points begins, else the end."""
        at = bisect.bisect_left(self.starts, start)
        while at < len(self.starts) and self.starts[at] < end:
            if self.persons[self.items[at][1]] is not person:
                return self.starts[at]
            at += 1
        return end

    def first_in(self, start: int, end: int) -> Candidate | None:
        at = bisect.bisect_left(self.starts, start)
        return self.persons[self.items[at][1]] if at < len(self.starts) and self.starts[at] < end else None


def read_sentences(text: str, persons: list[Candidate], several_states: bool = True) -> None:
    """Give persons without a state the one their sentences imply, or the states they cannot be of; whom they
    meet says so only in an article that names several states (a king and his crown prince meet at home)."""
    mentions = _Mentions(persons)
    for person in persons:
        if person.country or person.stateless:
            continue
        for span in sorted(person.spans):
            start, end = sentence_around(text, span)
            if _signed_for_body().match(text, span[1], end):
                person.stateless = True
                break
            person.country = person.country or _stated_around(text, span, start, end)
            person.country = person.country or _accompanied_state(text, span, start, mentions, person)
            person.country = person.country or _delegation_state(text, span, mentions, person)
            guest = _guest_before(text, span, start, mentions, person)
            if guest and guest.country:
                person.not_countries.add(guest.country)
            host = _host_after(text, span, end, mentions, person)
            if host and host.country and not host.stateless:
                person.not_countries.add(host.country)
            for other in _met(text, span, start, end, mentions, person) if several_states else ():
                if other.country and not other.stateless:
                    person.not_countries.add(other.country)
            # what the sentence says after the name and before the next person's is about this one
            following = mentions.next_start(span[1], end, person)
            clause_end = _clause_end(text, span, start, following)
            after = text[span[1] : clause_end]
            # "NAME habló tras la visita a Chile del viceprimer ministro chino NAME2": the visit is the next person's
            agent = clause_end == following < end
            visits = _elsewhere().finditer(after)
            places = [m for m in visits if not (agent and _visit_agent().fullmatch(after, m.end()))]
            person.not_countries.update(filter(None, map(_state_of, places)))
            travel = _travels().match(after)
            if travel and _state_of(travel):
                person.not_countries.add(_state_of(travel))
            visited = _visit_of_destination(text, span, start, end, mentions, person)
            if visited:
                person.not_countries.add(visited)
            sides = [*_COUNTERPART.finditer(after), *_met_other_side().finditer(after), *_SIDE_LATER.finditer(after)]
            person.not_countries.update(filter(None, map(_side_of, sides)))
            own = _OWN_STATE.search(after)
            if own and not _OWN_STATE_NAMED.match(after, own.start()):
                person.not_countries.update(filter(None, map(_state_of, _STATE.finditer(after, own.end()))))


# "A, who hosted NAME in Beijing, will visit Washington": a relative clause open before the name
_OPEN_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\s[^,;()]*\Z")
_RELATIVE_REACH = 120


def _clause_end(text: str, span: tuple[int, int], start: int, end: int) -> int:
    """Where what is said about a person after their name ends: at the comma that closes a relative clause the
    name is inside ("A, who hosted NAME in Beijing, is expected to visit Washington": the visit is A's)."""
    if not _OPEN_RELATIVE.search(text, max(start, span[0] - _RELATIVE_REACH), span[0]):
        return end
    comma = text.find(",", span[1], end)
    return end if comma < 0 else comma


@cache
def _member_after() -> re.Pattern:
    """After a name (and a bracket): a comma, then a cue that makes the person one of a delegation or one who goes
    with someone, up to the clause's end ("NAME, who is part of NAME's delegation,", "NAME, who accompanied NAME.")."""
    return re.compile(
        rf"(?:\s*\([^()\n]{{0,40}}\))?,\s+(?:(?P<member>{phrases('delegation_member_cues', either_case=True)})|"
        rf"(?P<companion>{phrases('companion_cues', either_case=True)}))\s+(?P<rest>[^,;.!?\n]{{1,80}})"
    )


@cache
def _delegation_word() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{phrases('delegation_words', either_case=True)})(?![\w-])")


@cache
def _delegation_lead() -> re.Pattern:
    return re.compile(rf"\s+(?:{phrases('delegation_leads', either_case=True)})\s")


_LEADER_REACH = 50  # the words of the leader's office and name after "led by": "the Finance Minister, NAME"
_SIDE_IN_CLAUSE = re.compile(rf"(?<![\w-])(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY}))(?![\w-])")


def _delegation_state(text: str, span: tuple[int, int], mentions: _Mentions, person: Candidate) -> str | None:
    """The state of the delegation a person is one of, or of the one the person goes with, as the clause after the
    name says: the state it names ("a member of the Kenyan delegation"), else the state of the person it names
    ("who is part of NAME's delegation", "who accompanied NAME")."""
    found = _member_after().match(text, span[1])
    if not found:
        return None
    start, end = found.span("rest")
    if found.group("member"):
        # the delegation's state or leader stands before its noun, or after it and a word that leads to them
        noun = _delegation_word().search(text, start, end)
        if not noun:
            return None
        lead = _delegation_lead().match(text, noun.end(), end)
        end = lead.end() + _LEADER_REACH if lead else noun.end()
        end = min(end, found.end("rest"))
    side = _SIDE_IN_CLAUSE.search(text, start, end)
    if side:
        return _side_of(side)
    leader = mentions.first_in(start, end)
    return leader.country if leader and leader is not person and not leader.stateless else None


def _accompanied_state(
    text: str, span: tuple[int, int], start: int, mentions: _Mentions, person: Candidate
) -> str | None:
    """The state of the one a person goes with: "NAME was accompanied by Foreign Minister NAME", "a delegation
    including NAME", "The Tanzanian delegation included NAME"; a bare "He" is the last sentence's subject."""
    cues = list(_accompanying().finditer(text, max(start, span[0] - _ACCOMPANYING_REACH), span[0]))
    if not cues:
        return None
    cue = cues[-1]
    if cue.group("dem") or cue.group("poss"):
        return _side_of(cue)
    named = _delegation_named_before(text, cue) if _delegation_word().search(cue.group()) else None
    if named:
        return named
    leader = mentions.last_before(start, cue.start())
    # "He", "The visiting minister": the subject of the last sentence that names a person, two sentences back
    before = start
    for _ in range(_SENTENCES_BACK):
        if leader is not None or before <= 0:
            break
        before, end = sentence_around(text, (before - 1, before - 1))[0], before
        leader = mentions.first_in(before, end)
    return leader.country if leader and leader is not person else None


_SENTENCES_BACK = 2
_DELEGATION_REACH = 1500


def _delegation_named_before(text: str, cue: re.Match) -> str | None:
    """The state of the delegation a cue speaks of again ("The delegation included NAME"), as the article named it
    first: its demonym or state before the noun ("A UAE delegation", "Japan's delegation"), or after the noun and a
    word that leads to it ("a delegation of Japan's parliament", "a delegation from the House of Councillors of
    Japan headed by")."""
    nouns = list(_delegation_word().finditer(text, max(0, cue.start() - _DELEGATION_REACH), cue.start()))
    for noun in reversed(nouns):
        side = _SIDE_BEFORE_NOUN.search(text, max(0, noun.start() - 30), noun.start())
        if side:
            return _side_of(side)
        lead = _delegation_lead().match(text, noun.end())
        if lead:
            clause = re.match(r"[^,;.!?\n]{0,80}", text[lead.end() :]).group()
            clause = clause.split(" led by ")[0].split(" headed by ")[0]
            side = _SIDE_IN_CLAUSE.search(clause)
            if side:
                return _side_of(side)
    return None


_SIDE_BEFORE_NOUN = re.compile(rf"(?<![\w-])(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY})(?:['’]s)?)(?:\s+[\w-]+)?\s+\Z")


@cache
def _meets_before() -> re.Pattern:
    """A verb of meeting, then only an article and title words up to the end (where the name starts)."""
    return re.compile(
        rf"(?<![\w-])(?:{phrases('meeting_object_verbs', either_case=True)})\s+(?:(?:the|el|la|le|l['’]|o|a)\s+)?"
        rf"(?:[\w.'’-]+\s+){{0,5}}$"
    )


@cache
def _meets_after() -> re.Pattern:
    """After a name: a few words, then a verb of meeting."""
    return re.compile(rf"[^.;!?\n]{{0,40}}?(?<![\w-])(?:{phrases('meeting_object_verbs', either_case=True)})\s")


_TITLE_REACH = 60


def _met(text: str, span: tuple[int, int], start: int, end: int, mentions: _Mentions, person: Candidate) -> list:
    """The persons a person meets in the sentence: its subject, when the person is the object ("A held talks with
    B and called on C"), the one right after the verb, when the person is the subject."""
    found = []
    verb = _meets_before().search(text, max(start, span[0] - 90), span[0])
    if verb:
        found.append(mentions.first_in(start, verb.start()))  # the sentence's subject, not a person met before
    after = _meets_after().match(text, span[1], end)
    if after:
        found.append(mentions.first_in(after.end(), min(end, after.end() + _TITLE_REACH)))
    return [other for other in found if other is not None and other is not person]


@cache
def _cosigning() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?i:{phrases('cosigning_words')})(?![\w-])")


def cosigning_sentence(text: str, position: int) -> bool:
    """Whether the sentence around a point is one in which persons sign or initial an agreement, and the persons
    listed from that point are no witnesses ("in the presence of A and B", "witnessed by A and B")."""
    start, end = sentence_around(text, (position, position + 1))
    witness = _witnessing().search(text, max(start, position - _WITNESS_REACH), position)
    return bool(_cosigning().search(text, start, end)) and witness is None


_WITNESS_REACH = 60  # from a witness cue to the first witness's name: "in the presence of Deputy Prime Minister"


@cache
def _witnessing() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?i:{phrases('cosigning_witness_words')})(?![\w-])")


def _guest_before(text: str, span: tuple[int, int], start: int, mentions: _Mentions, person: Candidate):
    """The guest a person named after "was received by" in the sentence receives (the sentence's subject)."""
    if not _received_by().search(text, start, span[0]):
        return None
    guest = mentions.first_in(start, span[0])
    return guest if guest is not person else None


def _host_after(text: str, span: tuple[int, int], end: int, mentions: _Mentions, person: Candidate):
    """The host who receives a person, named right after "was received by" ("NAME, que foi recebido pelo
    presidente NAME"): a guest is not of the host's state."""
    reach = mentions.next_start(span[1], min(end, span[1] + _GUEST_REACH), person)
    received = _received_by().search(text, span[1], end)
    if not received or received.start() > reach:
        return None
    host = mentions.first_in(received.end(), min(end, received.end() + _TITLE_REACH))
    return host if host is not person else None


_GUEST_REACH = 60  # from the guest's name to the participle: ", who was also", ", que também foi"


def _stated_around(text: str, span: tuple[int, int], start: int, end: int) -> str | None:
    """A state the sentence gives the person: `(D-Maryland)`, "NAME of Ghana", "Qatari mediator NAME", "his
    country, Ghana,", the state the person signs for ("NAME signed for Ghana"), the state that sent the delegation
    the person leads, the city a sentence opens in ("In
    Warsaw, Deputy Prime Minister NAME"), a visitor's host."""
    if _US_LEGISLATOR.match(text, span[1]):
        return "USA"
    of_state = _OF_STATE_AFTER.match(text, span[1]) or _OF_BODY_OF_STATE_AFTER.match(text, span[1])
    if of_state:
        return _state_of(of_state)
    noun = _STATE_NOUN_BEFORE.search(text, max(start, span[0] - 60), span[0])
    noun = noun or _state_noun_apposed().search(text, max(start, span[0] - 120), span[0])
    noun = noun or _SIDE_BEFORE.search(text, max(start, span[0] - 120), span[0])
    if noun:
        return _side_of(noun)
    field = _state_field_office_before().search(text, max(start, span[0] - 100), span[0])
    if field and not set(field.group("field").split()) & _NOT_PORTFOLIO_WORDS:
        return _side_of(field)
    turned = _romance_side_before().search(text, max(start, span[0] - 200), span[0])
    turned = turned or _romance_delegation_led().search(text, max(start, span[0] - 160), span[0])
    turned = turned or _romance_counterpart_apposed().search(text, max(start, span[0] - 160), span[0])
    if turned:
        return _romance_demonyms()[turned.group("dem")]
    own = _OWN_STATE_NAMED.search(text, span[1], end)
    own = own or _signed_for().match(text, span[1], end)
    if own:
        return _state_of(own)
    sent = _SENT_DELEGATION.search(text, max(start, span[0] - 200), span[0])
    sent = sent or _IN_CITY_OPENER.search(text, max(start, span[0] - 120), span[0])
    if sent:
        return _state_of(sent)
    arrived = _ARRIVED.search(text, start, span[0])
    if arrived and _RECEIVED_BY.search(text, arrived.end(), span[0]):
        return _state_of(arrived)
    return None
