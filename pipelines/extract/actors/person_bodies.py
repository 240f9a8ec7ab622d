"""Bodies an office is held at: organisations and diplomatic missions with their state, and international bodies
(`UN`, `IMF`, `African Union Commission`), whose officials serve no state."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from pipelines.extract.actors import person_patterns as p
from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.countries import COUNTRY_PATTERN
from pipelines.extract.actors.lexicon import (
    CITY,
    COUNTRY,
    DEMONYM,
    LANGUAGES,
    OFFICE_FIELD_WORDS,
    OFFICE_FIELDS,
    alternation,
    country_pattern_in,
    phrases,
)
from pipelines.extract.name_keys import org_fold, without_legal_form
from pipelines.extract.records import Span
from pipelines.extract.spans import disjoint, overlaps_any, sentence_around
from pipelines.knowledge import (
    city_countries,
    company_states,
    country_names,
    demonyms,
    international_bodies,
    organization_lookup,
    organizations,
)
from pipelines.knowledge.actor_words import actor_word_map, actor_words

# An organisation or mission: where it is, the state it belongs to, and whether it is an international body.
Body = tuple[int, int, str | None, bool]


def bodies_of(text: str, org_claims: list[Claim]) -> list[Body]:
    """Spans of organisations and diplomatic missions, with the state they belong to."""
    international = international_bodies()
    spans = []
    for c in org_claims:
        if c.owner is None:
            continue
        multilateral = c.owner.country is None and (
            c.owner.key in international
            or bool(international_name().search(c.owner.name))
            or regional_body(c.owner.name)
            or worldwide_body(c.owner.name)
        )
        named = text[c.span[0] : c.span[1]]
        country = c.owner.country or (
            None if multilateral else _state_before(text, c.span[0]) or _known_state(named, c.owner.name)
        )
        spans.append((c.span[0], c.span[1], country, multilateral))
    spans += [
        (m.start(), m.end(), country_names().get(m.group("side")) or demonyms().get(m.group("side")), False)
        for m in p.MISSION.finditer(text)
    ]
    spans += _companies(text, spans)
    spans += _named_again(text, spans)
    # one body per distinct row, in the order found (claims, companies, names said again), then by place: a set's
    # order would hang on hashes that differ from process to process (None's, before Python 3.12)
    return sorted(dict.fromkeys(spans), key=lambda body: body[:2])


def _known_state(named: str, owner: str) -> str | None:
    """The state of a known body by the name the text writes, unless that is the short form the article gave another
    body (`Bank of Industry Limited (BOI)`, then `BOI`: not another state's Board of Investment)."""
    if named != owner and known_body_state(owner) is None and company_states().get(owner) is None:
        return None
    return company_states().get(named) or known_body_state(named)


def known_body_state(name: str) -> str | None:
    """The state of the known company or body a name writes otherwise than the tables: in capitals, without its
    accents or with its legal form at either end (`LUKOIL`, `Rheinmetall AG`, `Toyota Motor Corp.`, `PT Pertamina`
    are Lukoil, Rheinmetall, Toyota Motor and Pertamina)."""
    return _known_body_states().get(org_fold(without_legal_form(name)))


@cache
def _known_body_states() -> dict[str, str]:
    """Folded names, acronyms and aliases of the known companies and bodies of one state, to that state; a folded
    name two states' bodies share is left out."""
    states: dict[str, set[str]] = {}
    named = [*company_states().items()]
    named += [(name, org.country) for name, org in organization_lookup().items() if org.country]
    for name, state in named:
        states.setdefault(org_fold(without_legal_form(name)), set()).add(state)
    return {key: next(iter(found)) for key, found in states.items() if len(found) == 1 and key}


@cache
def _company_names() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Well-known companies by name, and a company named after its state and a noun ("US group NAME", "Danish
    turbine maker NAME", "the Turkish builder NAME")."""
    known = re.compile(rf"(?<![\w-])(?:{alternation(company_states())})(?![\w-])")
    nouns = alternation({*actor_words("firm_words"), *actor_words("company_nouns")})
    introduced = re.compile(
        rf"(?<![\w-])(?:{nouns})[ \t]+(?P<name>[A-Z][\w&'’.-]*[\w&](?:[ \t]+[A-Z][\w&'’.-]*[\w&]){{0,3}})(?![\w&'’-])"
    )
    state_noun = re.compile(rf"{_STATE_BEFORE_FIRM.pattern.removesuffix('$')}(?:{nouns})\s+$")
    return known, introduced, state_noun


def _companies(text: str, spans: list[Body]) -> list[Body]:
    """Companies no organisation claim holds: well-known ones, of their state, and ones the text names after their
    state ("US group ConocoPhillips")."""
    taken = disjoint(body[:2] for body in spans)
    return [body for body in _company_mentions(text) if not overlaps_any(body[:2], taken)]


# `bodies_of` runs twice on each article's text (before and after the later organisation rules), and the
# company scans do not depend on the claims: the last text's result is kept, and only that one.
@lru_cache(maxsize=1)
def _company_mentions(text: str) -> tuple[Body, ...]:
    """Well-known companies, and companies the text names after their state, wherever the text names them."""
    known, introduced, _ = _company_names()
    found = [(m.start(), m.end(), company_states()[m.group()], False) for m in known.finditer(text)]
    for m in introduced.finditer(text):
        state = _STATE_BEFORE_FIRM.search(text, max(0, m.start() - 60), m.start())
        if state:
            found.append((m.start("name"), m.end("name"), _state_named(state), False))
    return tuple(found)


# "US group", "the Danish turbine maker", "Italy's": a state and up to two lower-case words before a firm's noun
_STATE_BEFORE_FIRM = re.compile(
    rf"(?<![\w-])(?:(?P<poss>{COUNTRY})['’]s|(?P<dem>{DEMONYM})|(?P<adj>{COUNTRY}))(?:\s+{p.QUALIFIER_WORD}){{0,2}}\s+$"
)


def _state_named(found: re.Match) -> str:
    if found.group("dem"):
        return demonyms()[found.group("dem")]
    return country_names()[found.group("poss") or found.group("adj")]


# "Italy's Snam", "Abu Dhabi sovereign wealth fund ADQ", "the Turkish builder Limak": a state, its city or its
# demonym, and a few lower-case words, right before a body's name
_STATE_BEFORE_BODY = re.compile(
    rf"(?<![\w-])(?:(?P<poss>{COUNTRY})['’]s|(?P<dem>{DEMONYM})|(?P<city>{CITY}))(?:\s+{p.QUALIFIER_WORD}){{0,4}}\s+$"
)


def _state_before(text: str, start: int) -> str | None:
    """The state a body's name is given right before it, when its own name gives none."""
    found = _STATE_BEFORE_BODY.search(text, max(0, start - 80), start)
    if not found:  # "US group ConocoPhillips": a state's bare name before a firm's noun
        firm = _company_names()[2].search(text, max(0, start - 80), start)
        return _state_named(firm) if firm else None
    if found.group("poss"):
        return country_names()[found.group("poss")]
    return demonyms()[found.group("dem")] if found.group("dem") else city_countries()[found.group("city")]


_STATE_OWNED = re.compile(rf"(?:{COUNTRY})['’]s\s+(?P<rest>[A-Z].+)")
_BRACKETED_ACRONYM = re.compile(r"[ \t]*\((?P<acronym>[A-Z][A-Za-z-]{1,14})\)")


def _named_again(text: str, spans: list[Body]) -> list[Body]:
    """Later uses of a body's name, and of the acronym its name gives in brackets ("the Eurasian Fund ... (EFSD)",
    then "EFSD Director"; "Boeing ..., Boeing Commercial Airplanes President"; "Italy's Snam", then "Snam CEO"):
    the same body."""
    given: dict[str, Body] = {}
    for body in spans:
        given.setdefault(text[body[0] : body[1]], body)
        owned = _STATE_OWNED.match(text, body[0], body[1])
        if owned:  # "Italy's Snam", then "Snam CEO"
            given.setdefault(owned.group("rest"), body)
        found = _BRACKETED_ACRONYM.match(text, body[1])
        if found and text[body[0] : body[1]] != found.group("acronym"):
            given.setdefault(found.group("acronym"), body)
    return [(start, end, *given[text[start:end]][2:]) for start, end in _whole_words(text, given)]


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _whole_words(text: str, names: Iterable[str]) -> list[Span]:
    """Where the text writes one of the names with no word character or hyphen against it, left to right, the longest
    where two start together: what one regex alternation of the names, longest first, finds, without compiling a
    pattern for each article."""
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0 and name:
            end = at + len(name)
            if not (at and _WORD_OR_HYPHEN.match(text, at - 1)) and not _WORD_OR_HYPHEN.match(text, end):
                found.append((at, end))
            at = text.find(name, at + 1)
    spans, reached = [], 0
    for start, end in sorted(found, key=lambda span: (span[0], -span[1])):
        if start >= reached:  # the scan goes on after the name it found
            spans.append((start, end))
            reached = end
    return spans


def body_after(text: str, position: int, bodies: list[Body]) -> Body | None:
    """The organisation an office is held at: "NAME, Chief Representative, JICA", "..., of the United Nations"."""
    join = p.BODY_JOIN.match(text, position)
    if not join:
        return None
    at = bisect.bisect_left(bodies, join.end(), key=lambda body: body[0])
    return bodies[at] if at < len(bodies) and bodies[at][0] == join.end() else None


def body_across(text: str, start: int, end: int, bodies: list[Body]) -> Body | None:
    """The organisation whose name an office read from `start` to `end` runs into after a joining word ("NAME,
    Director-General of the International Solar Energy| Agency": the portfolio words read into the office are the
    body's first words)."""
    at = bisect.bisect_right(bodies, start, key=lambda body: body[0])
    for body in bodies[at:]:
        if body[0] >= end:
            return None
        joined = _JOIN_BEFORE.search(text, start, body[0])
        if body[1] > end and joined is not None and joined.end() == body[0]:
            return body
    return None


# "of the ", "at ": the words that join an office to the body it is held at
_JOIN_BEFORE = re.compile(r"\s+(?:at|of|with)\s+(?:the\s+)?")


def body_before(text: str, position: int, bodies: list[Body]) -> Body | None:
    """The organisation an office written after it is held at: "UN Secretary-General", "the IMF's chief", and a
    unit of it named by a word or two more ("Boeing Commercial Airplanes President", "BYD Americas chief")."""
    first = bisect.bisect_left(bodies, position - _UNIT_REACH, key=lambda body: body[0])
    before = [body for body in bodies[first:] if body[1] <= position]
    fitting = [
        body
        for body in sorted(before, key=lambda body: -body[1])
        if p.BODY_BEFORE_JOIN.fullmatch(text, body[1], position) or _UNIT_THEN_OFFICE.fullmatch(text, body[1], position)
    ]
    # a unit without a state of its own ("Boeing Global Services") is its parent's ("Boeing")
    return next((body for body in fitting if body[2] or body[3]), fitting[0] if fitting else None)


_UNIT_REACH = 120
# "Boeing" + " Commercial Airplanes ": capitalised words of a unit of the body, then the office
_UNIT_THEN_OFFICE = re.compile(r"(?:[ \t]+[A-Z][\w&-]*){1,2}(?:['’]s)?[ \t]+")


_ANAPHORS = actor_word_map("body_anaphors")
_ANAPHOR_BEFORE = re.compile(
    rf"(?<![\w-])(?:[Tt]he\s+(?P<noun>{alternation(_ANAPHORS)})['’]s"
    rf"|(?:[Tt]he\s+)?(?P<name>{alternation(n.capitalize() for n in _ANAPHORS)})(?:['’]s)?"
    rf"|(?P<its>[Ii]ts|(?<=,\s)whose)(?:\s+[a-z][\w-]*){{0,2}})\s+$"
)


_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")


def body_meant_before(text: str, position: int, bodies: list[Body]) -> Body | None:
    """The body "the bank's" stands for before an office: of the bodies whose name holds the noun's word, the
    first of the sentence (its subject: "EBRD will lend to Khan Bank, the bank's director said"), else the one
    named before, when all of them belong to one side. A capitalised noun ("Bank President", "the Fund's
    Director") is how a body's own release names it: the first such body of the article. "its" is the body
    named last in the sentence ("the IMF will lend, its managing director said"), and so is "whose" after a comma
    ("the Bundesbank, whose president, NAME, ...")."""
    found = _ANAPHOR_BEFORE.search(text, max(0, position - 30), position)
    if not found:
        return None
    sentence_start = sentence_around(text, (position, position))[0]
    if found.group("its"):
        before = [b for b in bodies if sentence_start <= b[0] and b[1] <= found.start()]
        if before or text[sentence_start : found.start()].strip():
            return before[-1] if before else None
        # "SOCAR ... says it will invest. Its president, NAME, ...": a sentence that opens with "Its" speaks of the
        # subject of the sentence before, the first body it names
        previous_start = sentence_around(text, (sentence_start - 1, sentence_start - 1))[0] if sentence_start else 0
        previous = [b for b in bodies if previous_start <= b[0] and b[1] <= sentence_start]
        return previous[0] if previous else None
    noun = (found.group("noun") or found.group("name")).lower()
    words = (noun, _ANAPHORS[noun])  # "the airline's": "Ethiopian Airlines", "Uzbekistan Airways"
    fitting = [b for b in bodies if b[1] <= found.start() and any(w in text[b[0] : b[1]].casefold() for w in words)]
    if found.group("name"):
        before = _WORD_BEFORE.search(text, max(0, found.start("name") - 30), found.start("name"))
        if before and before.group(1)[0].isupper() and before.group(1) != "The":
            return None  # "Central Bank president": a name of its own, not the body named before
        return fitting[0] if fitting else None
    in_sentence = [b for b in fitting if b[0] >= sentence_start]
    if in_sentence:
        return in_sentence[0]
    return fitting[-1] if len({b[2:] for b in fitting}) == 1 else None


@cache
def _regional_words() -> tuple[re.Pattern, re.Pattern]:
    adjectives = alternation(actor_words("regional_body_adjectives"))
    heads = alternation(actor_words("regional_body_heads"))
    # "South African Reserve Bank" is a state's
    return re.compile(rf"(?<![\w-])(?<!South )(?:{adjectives})(?![\w-])"), re.compile(
        rf"(?<![\w-])(?:{heads})(?![\w-])"
    )


def regional_body(name: str) -> bool:
    """Whether a name is a regional multilateral body's: a region's adjective and a multilateral head (`Eurasian
    Development Bank`, `Banco Africano de Desenvolvimento`)."""
    adjective, head = _regional_words()
    return bool(adjective.search(name) and head.search(name))


@cache
def _worldwide_name() -> re.Pattern:
    """A name opened by a worldwide adjective (`International Energy Agency`), or by a head and one
    (`Organización Internacional para las Migraciones`, `Programme alimentaire mondial`), then its head."""
    adjectives = alternation(actor_words("worldwide_body_adjectives"))
    heads = alternation({*actor_words("regional_body_heads"), *actor_words("worldwide_body_heads")})
    head = rf"(?:{heads})(?![\w-])"
    opening = rf"(?:{adjectives})(?![\w-])"
    return re.compile(rf"(?:the\s+)?(?:{opening}(?:\s+[A-Z][\w-]*){{0,4}}?\s+{head}|{head}(?:\s+[\w-]+)?\s+{opening})")


def worldwide_body(name: str) -> bool:
    """Whether a name is that of a body of many states the tables do not know (`Global Green Growth Institute`,
    `Organisation internationale pour les migrations`): a worldwide adjective opens it with a head of such a body,
    and it names no state (`International Bank of Azerbaijan` is Azerbaijan's)."""
    return bool(_worldwide_name().match(name)) and not _names_a_state(name)


@cache
def _demonym_words() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{DEMONYM})(?![\w-])")


def _names_a_state(name: str) -> bool:
    """A state's name or people in English, Spanish, French or Portuguese (`Azerbaijan`, `del Ecuador`)."""
    return bool(COUNTRY_PATTERN.search(name) or _demonym_words().search(name)) or any(
        country_pattern_in(language).search(name) for language in LANGUAGES
    )


@cache
def _international_names() -> str:
    return alternation(
        n for org in organizations() if org.country is None for n in (org.name, org.acronym, *org.aliases) if n
    )


@cache
def international_name() -> re.Pattern:
    """The name of an international body (`United Nations`, `IMF`), also inside a longer name."""
    return re.compile(rf"(?<![\w-])(?:{_international_names()})(?![\w-])")


@cache
def _international_before() -> re.Pattern:
    """An international body, or a part of one, right before an office: `UN`, `African Union Commission`, and
    a lower-case word or two that qualify the office (`UN refugee chief`)."""
    return re.compile(
        rf"(?<![\w-])(?P<body>{_international_names()})(?:\s+(?:and\s+)?[A-Z][\w-]+){{0,3}}(?:['’]s)?"
        rf"(?:\s+{p.QUALIFIER_WORD}){{0,2}}\s+$"
    )


@cache
def _national_body() -> tuple[re.Pattern, dict[str, str]]:
    states = {
        n: org.country for org in organizations() if org.country for n in (org.name, org.acronym, *org.aliases) if n
    }
    return re.compile(rf"(?<![\w-])(?:{alternation(states)})(?![\w-])"), states


def national_body_state(words: str) -> str | None:
    """The state of a known national body a phrase names (`de l'AFD à Dakar`: France, not the host)."""
    pattern, states = _national_body()
    found = pattern.search(words)
    return states[found.group()] if found else None


def international_body_in(words: str) -> str | None:
    """The international body a phrase names (`de l'ONU`, `of the IMF`), if any."""
    found = international_name().search(words)
    return found.group() if found else None


def international_body_before(text: str, position: int) -> str | None:
    """The international body named right before an office (or a part of it: `AU Commission`), if any."""
    found = _international_before().search(text, max(0, position - 80), position)
    return found.group("body") if found else None


def state_of(body: Body | None) -> str | None:
    return body[2] if body else None


def international(body: Body | None) -> bool:
    return bool(body and body[3] and body[2] is None)


@cache
def _bodies_named(table: str) -> re.Pattern:
    # a full stop that ends the sentence ends the name too ("a grant from the World Bank."), not one of an
    # abbreviation's letters ("U.N.")
    return re.compile(rf"(?<![\w-])(?:{alternation(actor_words(table))})(?![\w-]|\.\w)")


# The offices a multilateral lender keeps in or for a borrowing state or a region of the world, in English, Spanish,
# French and Portuguese ("country director", "Country Manager for Peru", "Resident Representative", "Deputy
# Managing Director", "vice-président de la Banque pour la région Afrique", "directrice des opérations",
# "representante residente"); the words are data (lender_offices, lender_offices_cased, lender_region_offices,
# lender_region_bank, lender_region_for in actor_words.toml)
_LENDER_OFFICE = (
    rf"(?:\b(?i:{phrases('lender_offices')})\b|\b(?:{phrases('lender_offices_cased')})\b"
    rf"|\b(?i:{phrases('lender_region_offices')})\s+(?:(?:{phrases('lender_region_bank')})\s+)?"
    rf"(?:{phrases('lender_region_for')})\b)"
)


# Offices only one kind of international body has, with the table of its names the article must name: a union's
# commissioner ("Energy Commissioner NAME", "NAME, the European Commissioner for Trade", "le commissaire NAME"; a
# "High Commissioner" or a "haut-commissaire" is an envoy), a lender's mission chief ("Senior Mission Chief NAME")
# and first deputy managing director, the Secretary-General of a body with a secretariat ("Secretary-General NAME"
# in a story on the UN)
_BODY_ONLY_OFFICES = (
    (
        re.compile(r"(?<!High )(?<!high )\bCommissioner\b|^(?:[Cc]omisari[oa]|[Cc]ommissaire|[Cc]omiss[aá]ri[oa])\b"),
        "commission_unions",
    ),
    (re.compile(rf"\b[Mm]ission [Cc]hief\b|^First Deputy Managing Director$|{_LENDER_OFFICE}"), "mission_lenders"),
    # "Deputy Spokesperson for the Secretary-General", "Special Envoy of the Secretary-General": an office that
    # serves a body's Secretary-General
    (re.compile(r"\b(?:for|of|to)\s+the\s+Secretary[- ]General\b"), "secretariat_bodies"),
    (re.compile(r"^(?:Deputy\s+)?Secretary[- ]General$"), "secretariat_bodies"),
)
_OFFICE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?P<office>(?:[A-Z][\w-]*\s+){0,3}(?:Commissioner|Mission\s+Chief)\b"
    rf"|First Deputy Managing Director\b|(?:[Tt]he\s+(?:[Bb]ank|[Ff]und)['’]s\s+|its\s+)?{_LENDER_OFFICE}"
    r"|(?:[A-Z][\w-]*\s+){1,3}(?:for|of|to)\s+the\s+Secretary[- ]General\b)"
)
# A lender's office said right before the name, its host or region after it, then a comma ("la directrice des
# opérations pour le Sénégal, NAME", "sa vice-présidente pour la région Afrique, NAME"); no other clause between
_LENDER_OFFICE_BEFORE = re.compile(rf"(?P<office>{_LENDER_OFFICE})[^,;.:!?\n]{{0,80}}?,?\s+$")
_LENDER_REACH = 150


def body_only_office(text: str, role: str | None, name_end: int, name_start: int | None = None) -> bool:
    """Whether a person with no state stated holds an office only an international body of a kind the article
    names has: the body's official, of no state. The office is the person's role, the one said after the name, or
    a lender's said right before it (`name_start`)."""
    after = _OFFICE_AFTER.match(text, name_end)
    before = None
    if name_start is not None:
        window = max(sentence_around(text, (name_start, name_start + 1))[0], name_start - _LENDER_REACH, 0)
        before = _LENDER_OFFICE_BEFORE.search(text, window, name_start)
    offices = [
        office
        for office in (role, after.group("office") if after else None, before.group("office") if before else None)
        if office
    ]
    return any(
        title.search(office) and _bodies_named(table).search(text)
        for office in offices
        for title, table in _BODY_ONLY_OFFICES
    )


# "NAME, Director of the Bank's North Africa Department", "NAME, Principal Specialist in ADB's South Asia
# Department": an office in a unit of a body, said after the name
_UNIT_OF_BODY_AFTER = re.compile(
    r",\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){1,6}?(?:of|in|at)\s+(?:the\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}?)['’]s"
    r"\s+(?:[A-Z][\w-]*\s+){0,4}(?:Department|Division|Office|Unit|Region|Directorate|Complex)\b"
)


def unit_of_international_body(text: str, name_end: int) -> bool:
    """Whether the name is followed by an office in a unit of an international body: the body named (`ADB's`), or
    called by its head noun (`the Bank's`) after the article named one that holds it (`African Development Bank`)."""
    found = _UNIT_OF_BODY_AFTER.match(text, name_end)
    if not found:
        return False
    body = found.group("body")
    if international_name().fullmatch(body):
        return True
    noun = body.casefold()
    for named in international_name().finditer(text, 0, name_end):
        known = organization_lookup().get(named.group())
        if known and noun in known.name.casefold().split():
            return True
    return False


@cache
def _office_at_body() -> tuple[re.Pattern, re.Pattern]:
    """An international body's office right before a name, however long ("EU Commissioner for Neighbourhood Policy
    and Enlargement Negotiations NAME", "the European Union coordinator NAME"), and right after it ("NAME, ADB
    Principal Energy Specialist")."""
    body = rf"(?P<body>{_international_names()})(?:['’]s)?"
    before = re.compile(
        rf"(?<![\w-]){body}(?P<office>(?:\s+(?:(?:for|of|and|on)\s+)?[A-Z][\w-]+){{0,9}})"
        rf"(?:\s+{p.QUALIFIER_WORD}){{0,2}}\s+$"
    )
    after = re.compile(rf",\s+(?:the\s+)?{body}\s+[A-Z][\w-]+")
    return before, after


@cache
def _office_taken_at_body() -> re.Pattern:
    """Right after a name: "as", then an office of a few lower-case or capitalised words and an international body
    ("NAME as president of the New Development Bank", "NAME as head of the IMF")."""
    return re.compile(
        rf"\s+as\s+(?:the\s+)?(?:new\s+)?(?:[\w-]+\s+){{1,3}}?(?:of|at)\s+(?:the\s+)?"
        rf"(?:{_international_names()})(?![\w-])"
    )


def office_taken_at_international_body(text: str, name_end: int) -> bool:
    """Whether the name is followed by the office at an international body it takes ("the inauguration of NAME as
    president of the New Development Bank"): the holder serves the body, whatever state they once led."""
    return bool(_office_taken_at_body().match(text, name_end))


_STATE_IN_OFFICE = re.compile(rf"(?<![\w-])(?:{COUNTRY}|{DEMONYM})(?![\w-])")
_OFFICE_REACH = 130


def office_at_international_body(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is titled with an office at an international body, before or after it,
    that names no state ("UN envoy for Yemen NAME" names one: it may be an envoy's of a state)."""
    before, after = _office_at_body()
    found = before.search(text, max(0, start - _OFFICE_REACH), start)
    portfolio = found and _PORTFOLIO_BEFORE.search(text, max(0, found.start() - 30), found.start())
    if portfolio and _FIELD_FIRST.match(found.group("office")):
        return False  # "Minister for East African Community Affairs NAME": a state's portfolio names the body
    if found and (found.group("office").strip() or text[found.end("office") : start].strip()):
        return not _STATE_IN_OFFICE.search(found.group())
    return bool(after.match(text, end))


# "Minister for ", "Secretary of State for the ": an office's portfolio opens right before a body's name
_PORTFOLIO_BEFORE = re.compile(r"(?<![\w-])(?:for|of)\s+(?:the\s+)?\Z")
# the field word that closes it right after the name ("EAC Affairs")
_FIELD_FIRST = re.compile(rf"\s+{OFFICE_FIELD_WORDS}")


_GAP_WORDS = frozenset(actor_words("body_office_gap_words"))
_HOST_PREPOSITIONS = frozenset(actor_words("body_office_host_prepositions"))
_GAP_TOKEN = re.compile(r"\([^()\n]{1,15}\)|['’]s|[\w'’.-]+|,")
_OFFICE_REACH_BEFORE = 160


@cache
def _office_words() -> frozenset[str]:
    """The words of offices in English, Spanish, French and Portuguese, in lower case (`director`, `jefa`)."""
    tables = ("role_heads", "role_heads_es", "role_heads_fr", "role_heads_pt", "role_modifiers")
    return frozenset(word.casefold() for table in tables for head in actor_words(table) for word in head.split())


def office_of_body_before(text: str, start: int) -> bool:
    """Whether the words right before a name hold an office at an international body, whatever their order: the
    body, then its office ("the Asian Development Bank's country director, Mr NAME", "World Bank regional vice
    president NAME"), or the office, then its body ("the President of the African Development Bank (AfDB) Group, Dr
    NAME", "Head of the EU Delegation to Serbia NAME", "el representante del BID en el país, NAME"). Between the body
    and the name stand only words of offices, capitalised words, a bracketed acronym and a state the office serves
    as its host (`to Serbia`, `en el país`); the office is said before the first comma, and after it only a title
    of address ("Ambassador", "Dr"). Any other word makes a clause ("the IMF approved the loan, Minister NAME")."""
    window_start = max(sentence_around(text, (start, start + 1))[0], start - _OFFICE_REACH_BEFORE, 0)
    stop = max(text.rfind("\n", window_start, start), window_start - 1)
    # an acronym in brackets spells out the body before it: that body is the one the office is at
    bodies = [
        b.span() for b in international_name().finditer(text, stop + 1, start) if text[b.start() - 1 : b.start()] != "("
    ]
    # "le président de la Banque, NAME": the body called by its head noun, after the article named it
    bodies = sorted([*bodies, *_body_called_by_noun(text, stop + 1, start)])
    if not bodies:
        return False
    body_start, body_end = bodies[-1]
    for state in _STATE_NAME.finditer(text, body_end, start):
        words = [w for w in text[body_end : state.start()].split() if w.casefold() not in _ARTICLES]
        if not words or words[-1].casefold() not in _HOST_PREPOSITIONS:
            return False  # a state's own office ("the EU, Kenya's Trade Minister NAME")
    before = text[max(stop + 1, body_start - 40) : body_start].split()
    office = bool(before) and before[-1] in _OF_WORDS and any(_office_word(w) for w in before[-4:])
    comma = False
    for token in _GAP_TOKEN.findall(text, body_end, start):
        if token == ",":
            comma = True
        elif token.startswith("("):
            continue
        elif comma:
            if not (_office_word(token) or token.rstrip(".") in _address_titles() or token in _address_titles()):
                return False
        elif token.casefold() in _GAP_WORDS or token[0].isupper() or _ELIDED_CAPITAL.match(token):
            office = office or _office_word(token)
        elif _office_word(token) or token in _field_words():
            # a lower-case office and its portfolio ("the Council of Europe's human rights commissioner, NAME",
            # "the Commission's trade chief, NAME")
            office = office or _office_word(token)
        else:
            return False
    return office


@cache
def _field_words() -> frozenset[str]:
    """The words of offices' portfolios and fields in lower case (`trade`, `human`, `rights`, `policy`)."""
    return frozenset(word.casefold() for field in OFFICE_FIELDS for word in field.split())


_STATE_NAME = re.compile(rf"(?<![\w-])(?:{COUNTRY})(?![\w-])")
# a French place or unit after an elided article, read as a capitalised word ("pour l'Afrique de l'Ouest")
_ELIDED_CAPITAL = re.compile(r"[ld]['’][A-ZÀ-Ý]")


@cache
def _body_nouns() -> tuple[re.Pattern, dict[str, str]]:
    """A body's head noun standing alone (`Bank`, `la Banque`, `del Banco`): a comma, a possessive, a bracket or a
    sentence's end after it, or a word that may stand between a body and its official (`pour`, `in`); not a word
    of a longer name (`la Banque centrale`)."""
    nouns = actor_word_map("international_body_nouns")
    gap = alternation(_GAP_WORDS | _HOST_PREPOSITIONS)
    return re.compile(
        rf"(?<![\w-])(?P<noun>{alternation(nouns)})(?=\s*(?:[,;:.)]|['’]s(?![\w-])|$)|\s+(?:{gap})\s)"
    ), nouns


def _body_called_by_noun(text: str, start: int, end: int) -> list[Span]:
    """Where a body's head noun between two points calls an international body the article named before it whose
    known name holds the noun's English word ("the African Development Bank ... the President of the Bank")."""
    pattern, nouns = _body_nouns()
    found = []
    for noun in pattern.finditer(text, start, end):
        before = text[max(0, noun.start() - 40) : noun.start()].split()
        if before and before[-1][:1].isupper() and before[-1][-1:] not in ",;:":
            continue  # a word of a longer name ("Central Bank president NAME"), not one a comma closes
        word = nouns[noun.group("noun")]
        for named in international_name().finditer(text, 0, noun.start()):
            known = organization_lookup().get(named.group())
            if known and word in known.name.casefold().split():
                found.append(noun.span())
                break
    return found


_ARTICLES = frozenset(actor_words("body_office_articles"))


@cache
def _address_titles() -> frozenset[str]:
    words = (*actor_words("honorifics"), *actor_words("honorifics_romance_stopped"))
    return frozenset(w.rstrip(".") for w in words) | frozenset(words)


_OF_WORDS = frozenset(actor_words("body_office_of_words"))


def _office_word(word: str) -> bool:
    """A word of an office, not one that also qualifies a state or a rank alone (`State`, `First`, `Prime`)."""
    return word.casefold() in _office_words() - {"state", "first", "prime", "european", "federal", "provincial"}
