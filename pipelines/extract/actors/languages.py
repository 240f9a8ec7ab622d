"""Countries and persons in Spanish, French and Portuguese articles: the same rules with language data.

Country names come from pycountry's translations; offices (`presidente`, `ministre`, `embaixador`) from
`knowledge/actor_words.toml`. An office introduces the name that follows it, after any words that qualify it
("el presidente de Brasil, NAME", "le ministre des Affaires étrangères NAME").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipelines.extract.actors.claims import Candidate, Claim
from pipelines.extract.actors.countries import COUNTRY_PATTERN, country_in
from pipelines.extract.actors.lexicon import (
    COUNTRY,
    LANGUAGES,
    NAME_END,
    NAME_LINK,
    UPPER,
    alternation,
    country_pattern_in,
    phrases,
)
from pipelines.extract.actors.person_bodies import (
    Body,
    international,
    international_body_in,
    international_name,
    national_body_state,
)
from pipelines.extract.actors.person_patterns import PLACE_PREPOSITION_BEFORE
from pipelines.extract.actors.persons import Introduction, counterpart_office, counterpart_subject
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any, sentence_around
from pipelines.knowledge import city_countries, country_display_name, country_names
from pipelines.knowledge.actor_words import actor_word_map, actor_words, country_names_in, demonyms_in

_PORTFOLIO_WORDS = frozenset(actor_words("portfolio_words_romance"))
_ORG_HEADS = frozenset(actor_words("org_heads_romance"))
_UPPER = UPPER
_NAME_TOKEN = rf"(?:[{_UPPER}]['’](?=[{_UPPER}]))?[{_UPPER}][^\W\d_]+(?:[-'’][{_UPPER}a-z][^\W\d_]*)*"
# Two name words or more: "Luiz Inácio Lula da Silva", "Jean-Noël Barrot", "Gloria de la Fuente"; a middle
# initial may stand between them ("Joaquim B. Kiala").
_FULL_NAME = (
    rf"{_NAME_TOKEN}(?:[ \t]+(?:[{_UPPER}]\.[ \t]+)?(?:{NAME_LINK}[ \t]+){{0,2}}{_NAME_TOKEN}){{1,5}}{NAME_END}"
)
# A surname after an initial, where an office introduces it ("le directeur général de la BAD, M. O. Kaboré").
_INITIAL_NAME = rf"[{_UPPER}]\.[ \t]+{_NAME_TOKEN}{NAME_END}"
# An honorific with its stop between an office and the name ("le ministre ..., M. NAME", "la ministra, Sra. NAME"),
# or two ("son homologue, Son Excellence Monsieur NAME").
_STOPPED_HONORIFIC = rf"(?:(?:{alternation(actor_words('honorifics_romance_stopped'))})[ \t]+){{0,2}}"

# Capitalised words right after "de", "des", "do" name the portfolio ("ministro de Relaciones Exteriores"), and
# after "para", "pour" the region or field an office is for ("vicepresidente para América Latina y el Caribe").
_NOT_AFTER_OF = "".join(
    rf"(?<!\b{word}\s)"
    for word in (
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "des",
        "du",
        "of",
        "la",
        "le",
        "el",
        "y",
        "e",
        "et",
        "para",
        "pour",
    )
)


def stated_state(language: str, words: str) -> str | None:
    """The state a phrase names in the language, by its name or a demonym (`de Brasil`, `sénégalais`)."""
    found = country_pattern_in(language).search(words)
    if found:
        return country_names_in(language)[found.group()]
    found = _demonym_in(language).search(words)
    return demonyms_in(language)[found.group()] if found else None


@cache
def _demonym_in(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(demonyms_in(language))})(?![\w-])")


# A comma inside a ministry's list of portfolios ("ministre de l'Économie, du Plan et de la Coopération"): before
# another capitalised portfolio, not before a clause ("le chef de la diplomatie, qui a transmis ...").
_PORTFOLIO_COMMA = rf",(?=[ \t]+(?:(?:de|du|des|da|do|das|dos|del|la|et|e|y)[ \t]+)*(?:l['’]|d['’])?[{_UPPER}])"


# A relative pronoun or a conjunction that opens a clause ends an office's qualifier: "el ministro angolano recordó
# que el Presupuesto General" names no one.
_NOT_A_CLAUSE = r"(?!(?:que|qui|quien|quienes|quem|dont|cuyo|cuya|cuyos|cuyas|lequel|laquelle|qual|cual)(?![\w'’-]))"


@cache
def _nationality(language: str) -> str:
    """After an office's comma, an article and a demonym before the name state the person's nationality ("el
    presidente del BID, el colombiano NAME", "le directeur de la FAO, le Sénégalais NAME"): group `dem`."""
    articles = alternation(actor_words("nationality_articles_romance"))
    return rf"(?:(?<=,\s)(?:{articles})[ \t]+(?P<dem>(?i:{alternation(demonyms_in(language))}))[ \t]+)?"


def _demonym_state(language: str, match: re.Match) -> str | None:
    """The state of the demonym the match read before the name, if any."""
    dem = match.groupdict().get("dem")
    return demonyms_in(language).get(dem.lower()) if dem else None


@cache
def _title_pattern(language: str) -> re.Pattern:
    heads = phrases("role_heads_" + language, either_case=True)
    # another office ends the qualifier: "el presidente agradeció al titular del Banco Central, NAME" is the titular
    another = rf"(?!(?:{heads})(?![\w'’-]))"
    word = rf"(?:(?:{_PORTFOLIO_COMMA})?[ \t]+\(?{_NOT_A_CLAUSE}{another}[\w'’-]+\)?)"
    # "del Interior, Obras Públicas y Vivienda": after a qualifier (group `qualified`), capitalised words that a
    # conjunction joins to another are portfolios, no name; right after the office they are a name, and the next
    # person's follows ("el canciller A y B firmaron", "le ministre A et B"), unless one word closes the name after the
    # conjunction ("o primeiro-ministro, NAME Correia e Silva, e ...": a surname of two parts)
    return re.compile(
        rf"(?<![\w-])(?P<role>{heads})"
        rf"(?P<qualifier>(?:(?P<qualified>{word}){word}{{0,13}}?)??),?\s+"
        rf"{_nationality(language)}{_NOT_AFTER_OF}{_STOPPED_HONORIFIC}(?P<name>{_FULL_NAME}|{_INITIAL_NAME})"
        r"(?![\w'’-])(?(qualified)(?![ \t]+(?:y|e|et)[ \t]+[A-ZÀ-Þ])|(?![ \t]+(?:y|e|et)[ \t]+[A-ZÀ-Þ][\w'’-]*[,.;:)]))"
    )


@cache
def _demonym_pattern(language: str) -> re.Pattern:
    """A demonym after the office or body it qualifies: "el gobierno mexicano", "les autorités ivoiriennes"."""
    return re.compile(
        rf"(?<![\w-])(?:{phrases('affiliation_nouns_' + language, either_case=True)})\s+"
        rf"(?P<dem>{alternation(demonyms_in(language))})(?![\w-])"
    )


def foreign_countries(text: str, skip: tuple[Span, ...], language: str, found: dict[str, Candidate]) -> None:
    """Add the mentions of states named in the article's language to `found`: names, and demonyms that
    qualify an office or body. An English name inside a longer one ("Congo" in "RD Congo") gives way."""
    if language not in LANGUAGES:
        return
    names, demonyms = country_names_in(language), demonyms_in(language)
    mentions = [(m.span(), names[m.group()]) for m in country_pattern_in(language).finditer(text)]
    mentions += [(m.span("dem"), demonyms[m.group("dem")]) for m in _demonym_pattern(language).finditer(text)]
    spans = [span for span, _ in mentions]
    for candidate in found.values():
        candidate.spans = [
            s for s in candidate.spans if not any(a <= s[0] and s[1] <= b and (a, b) != s for a, b in spans)
        ]
    for span, code in mentions:
        if not overlaps_any(span, skip):
            candidate = found.setdefault(code, Candidate("country", code, country_display_name(code), code))
            candidate.spans.append(span)
    for code in [code for code, candidate in found.items() if not candidate.spans]:
        del found[code]


def foreign_title_claims(text: str, skip: tuple[Span, ...], language: str, bodies: Sequence[Body] = ()) -> list[Claim]:
    """Persons introduced by an office in the article's language, with the state the office names; none for an
    office at an international body of the article (`représentant de la BOAD au Togo`)."""
    if language not in LANGUAGES:
        return []
    claims = []
    for match in _title_pattern(language).finditer(text):
        name, qualifier = match, _before_international_body(match, bodies)
        at_body = len(qualifier) < len(match.group("qualifier"))
        # "Relaciones Exteriores de Argentina, NAME"; "embajador chino en Buenos Aires, NAME": a place, then the name
        # "Relaciones Económicas Internacionales, NAME": portfolio words, then the name
        nationality = _demonym_state(language, match)
        after_comma = None
        if nationality is None and _body_runs_into_name(match):
            after_comma = _name_after_comma(language).match(text, match.end("name"))
            nationality = _demonym_state(language, after_comma) if after_comma else None
        # "ministro de Agricultura y Desarrollo Rural NAME": the portfolio's last words, then the name
        name, leading = (match, "") if after_comma or nationality else _portfolio_opening(match)
        qualifier += leading
        if after_comma:
            # "presidente do Instituto Nacional de Estatística, NAME": the capitalised words are the body's name,
            # and its holder is named after the comma ("ministro da Economia NAME" names the holder at once)
            qualifier += " " + match.group("name") + after_comma.group("tail")
            name = after_comma
        elif nationality is None and (
            _names_a_state(language, name.group("name"))
            or _LOCATIVE_END.search(qualifier)
            or set(name.group("name").split()) & _PORTFOLIO_WORDS
        ):
            # after an international body the state is its host's ("de la OIM en Costa Rica, NAME")
            qualifier += "" if at_body else " " + name.group("name")
            name = _NAME_AFTER.match(text, match.end("name"))
            # a state's formal name read in part as a name, then the post: "embajador de la República Popular China
            # en México, NAME"
            posted = None if name or at_body else _NAME_AFTER_POST.match(text, match.end("name"))
            if posted:
                qualifier += " " + posted.group("place")
            name = name or posted
            if name is None:
                continue
        span, literal = name.span("name"), name.group("name")
        # "représentante ..., Mme NAME", "son homologue, Son Excellence Monsieur NAME": the name follows
        address = _address_words(literal.split(), _HONORIFICS)
        if address:
            literal = " ".join(literal.split()[address:])
            span = (span[1] - len(literal), span[1])
        if overlaps_any(span, skip) or set(literal.split()) & _ORG_HEADS:
            continue  # "Agência Brasileira" is a body
        if literal.split()[0] in _NAME_OPENERS or an_office_not_a_name(literal, language):
            continue  # "Por Redacción": a byline, "Selon M. X": the name comes later; "La Ministra de ...": an office
        country = nationality or _qualifier_state(language, qualifier) or _body_named_before(match, language, bodies)
        posted = _posted_to(language, match.group("role"), qualifier)
        country = None if posted and posted == country else country
        introduction = Introduction(literal, match.group("role"), country, span, match.start())
        introduction.not_country = posted or introduction.not_country
        introduction.stateless = (
            country is None
            and not state_office(match.group("role"))
            and (at_body or _serves_a_body(match.group("role"), qualifier))
        )
        claims.append(Claim(span, "person", introduction))
    claims += _apposition_claims(text, skip, language, bodies) + _pair_claims(text, skip, language)
    claims += _portfolio_pair_claims(text, skip, language)
    claims += _counterpart_claims(text, skip, language, [c.owner for c in claims])
    for claim in claims:
        _not_of_the_side_met(text, language, claim.owner)
    return claims


_OF_THE_NOUN = re.compile(r"\s*(?:du|de\s+la|de\s+l['’]|del|do|da)\s*(?P<noun>[\w-]+)\s*$")


def _body_named_before(match: re.Match, language: str, bodies: Sequence[Body]) -> str | None:
    """The state of the body an office names again by its noun ("le porte-parole du ministère", "el presidente
    de la empresa"): the last body before it whose name holds the noun, else the last "noun + demonym" phrase
    ("la empresa china Sinohydro")."""
    again = _OF_THE_NOUN.fullmatch(match.group("qualifier"))
    if again is None or again.group("noun").casefold() not in _BODY_NOUNS:
        return None
    noun, text = again.group("noun").casefold(), match.string
    named = [b for b in bodies if b[1] <= match.start() and noun in text[b[0] : b[1]].casefold()]
    if named and named[-1][2]:
        return named[-1][2]
    phrase = re.compile(rf"(?i:{re.escape(noun)})\s+(?P<dem>{alternation(demonyms_in(language))})(?![\w-])")
    said = list(phrase.finditer(text, max(0, match.start() - 1500), match.start()))
    return demonyms_in(language)[said[-1].group("dem")] if said else None


_BODY_NOUNS = frozenset(actor_words("body_nouns_romance"))


def _before_international_body(match: re.Match, bodies: Sequence[Body]) -> str:
    """The words after an office up to an international body they name, where a state is the host's."""
    start, end = match.span("qualifier")
    inside = next((b for b in bodies if start <= b[0] and b[1] <= end and international(b)), None)
    return match.group("qualifier") if inside is None else match.string[start : inside[0]]


_PLURAL_OFFICES = actor_word_map("role_plurals_romance")
# "des Affaires étrangères des deux pays": the two sides that hold a shared office close it, no part of it
_BOTH_STATES_END = re.compile(rf"\s+(?:{phrases('both_states_romance')})$")
_OF_STATE = r"(?:de\s+la\s+|de\s+l['’]|d['’]|del\s+|de\s+|da\s+|do\s+|du\s+|des\s+)"


def _either_case(words) -> str:
    """Words as one alternative, longest first, the first letter in either case."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(rf"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in ordered)


@cache
def _pair_pattern(language: str) -> re.Pattern:
    """`los cancilleres de Argentina, NAME, y de Chile, NAME`: an office in the plural, then pairs of a state and
    the name of its holder."""
    state = rf"(?:{country_pattern_in(language).pattern}|(?<![\w-])(?:{COUNTRY})(?![\w-]))"
    pair = rf"{_OF_STATE}(?P<sN>{state}),\s+(?P<nN>{_FULL_NAME})(?![\w'’-])"
    return re.compile(
        rf"(?<![\w-])(?P<role>{_either_case(_PLURAL_OFFICES)})(?P<qualifier>(?:\s+[\w'’-]+){{0,5}}?)"
        rf"\s+{pair.replace('N>', '1>')},?\s+(?:y|e|et)\s+{pair.replace('N>', '2>')}"
    )


# A portfolio after "de": a capitalised word and a few more ("Economía", "Minas y Energía", "Affaires étrangères").
_PORTFOLIO = rf"[{_UPPER}][\w'’-]+(?:[ \t]+[\w'’-]+){{0,4}}?"
_OF_PORTFOLIO = rf"(?:{_OF_STATE}|dos\s+|das\s+)"


@cache
def _portfolio_pair_pattern() -> re.Pattern:
    """`los ministros de Economía, NAME, y de Planificación, NAME`: an office in the plural, then pairs of a
    portfolio and the name of its holder."""
    pair = rf"(?P<oN>{_OF_PORTFOLIO})(?P<pN>{_PORTFOLIO}),\s+(?P<nN>{_FULL_NAME})(?![\w'’-])"
    return re.compile(
        rf"(?<![\w-])(?P<role>{_either_case(_PLURAL_OFFICES)})(?P<qualifier>(?:\s+[\w'’-]+){{0,2}}?)"
        rf"\s+{pair.replace('N>', '1>')},?\s+(?:y|e|et)\s+{pair.replace('N>', '2>')}"
    )


def _portfolio_pair_claims(text: str, skip: tuple[Span, ...], language: str) -> list[Claim]:
    """Two holders of one office in the plural, each with their portfolio, of the state the office's words give."""
    claims = []
    for match in _portfolio_pair_pattern().finditer(text):
        if _names_a_state(language, match.group("p1")) or _names_a_state(language, match.group("p2")):
            continue  # pairs of states: `_pair_pattern`'s
        plural = match.group("role")
        office = _PLURAL_OFFICES.get(plural) or _PLURAL_OFFICES.get(plural[0].lower() + plural[1:], plural)
        country = stated_state(language, match.group("qualifier"))
        for n in (1, 2):
            span = match.span(f"n{n}")
            if overlaps_any(span, skip) or set(match.group(f"n{n}").split()) & _ORG_HEADS:
                continue
            role = f"{office} {match.group(f'o{n}')}{match.group(f'p{n}')}"
            claims.append(Claim(span, "person", Introduction(match.group(f"n{n}"), role, country, span, span[0])))
    return claims


@cache
def _shared_title_pattern() -> re.Pattern:
    """`os ministros dos Negócios Estrangeiros, NAME e NAME`: an office in the plural, then two names, no state; the
    office's words may run on to the states that hold it (`des Affaires étrangères des deux pays, NAME et NAME`), when
    they open with `of` ("Os presidentes também trataram da ponte entre Foz do Iguaçu e Presidente Franco": places)."""
    return re.compile(
        rf"(?<![\w-])(?P<role>{_either_case(_PLURAL_OFFICES)})(?P<qualifier>(?:\s+[\w'’-]+){{0,5}}?"
        rf"|\s+{_OF_PORTFOLIO}[\w'’-]+(?:\s+[\w'’-]+){{0,6}}?),?\s+"
        rf"{_NOT_AFTER_OF}(?P<n1>{_FULL_NAME}),?\s+(?:y|e|et)\s+(?P<n2>{_FULL_NAME})(?![\w'’-])"
    )


def _pair_claims(text: str, skip: tuple[Span, ...], language: str) -> list[Claim]:
    """Two holders of one office in the plural: each with the state paired with them, or none; two holders of an
    office a state has one of, titled together, serve two states (the merge sees they share the title's start)."""
    claims = []
    found = [*_pair_pattern(language).finditer(text), *_shared_title_pattern().finditer(text)]
    for match in found:
        plural = match.group("role")
        office = _PLURAL_OFFICES.get(plural) or _PLURAL_OFFICES.get(plural[0].lower() + plural[1:], plural)
        role = _BOTH_STATES_END.sub("", office + match.group("qualifier"))
        for n in (1, 2):
            span, state = match.span(f"n{n}"), match.groupdict().get(f"s{n}")
            if overlaps_any(span, skip) or set(match.group(f"n{n}").split()) & _ORG_HEADS:
                continue
            country = (country_names_in(language).get(state) or country_names().get(state)) if state else None
            start = span[0] if state else match.start()  # a shared title starts where both holders' does
            claims.append(Claim(span, "person", Introduction(match.group(f"n{n}"), role, country, span, start)))
    return claims


@cache
def _meeting_verb() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{phrases('meeting_verbs_romance')})(?![\w-])")


def _not_of_the_side_met(text: str, language: str, introduction: Introduction) -> None:
    """An official without a stated state who receives or meets the other side is not of that side's state."""
    if introduction.country is not None:
        return
    end = sentence_around(text, introduction.span)[1]
    met = _meeting_verb().search(text, introduction.span[1], end)
    if met:
        introduction.not_country = stated_state(language, text[met.end() : end]) or country_in(text[met.end() : end])


def _qualifier_state(language: str, qualifier: str) -> str | None:
    """The state the words after an office name (`de Brasil`, `de France`, `sénégalais`), in the language or in
    English; none after an international body, where a state is the host (`de la Banque mondiale pour le
    Sénégal`, `du FMI au Niger`); a national body's state before its host's (`de l'AFD à Dakar`)."""
    body = international_name().search(qualifier)
    if body:
        qualifier = qualifier[: body.start()]
    national = national_body_state(qualifier)
    if national:
        return national
    return _first_state(language, qualifier)


def _first_state(language: str, words: str) -> str | None:
    """The state words name first, by a name in the language or one spelled as in English (`France`, which the
    language's names leave out): `de France au Sénégal` is France."""
    found = [m for m in (country_pattern_in(language).search(words), COUNTRY_PATTERN.search(words)) if m]
    first = min(found, key=lambda m: m.start(), default=None)
    if first is not None and not _demonym_in(language).search(words, 0, first.start()):
        return country_names_in(language).get(first.group()) or country_names()[first.group()]
    return stated_state(language, words)


_INTERNATIONAL_OFFICES = frozenset(actor_words("international_offices_romance"))
_ENVOY_OFFICES = frozenset(word.casefold() for word in actor_words("resident_envoys"))


@cache
def _host_before() -> re.Pattern:
    """What stands between an envoy's office and the state it is posted to: a preposition of a host, an article
    (`en`, `au`, `aux`, `em el`, `no`, `na`, `ante el`, `auprès du`)."""
    prepositions = alternation(actor_words("body_office_host_prepositions"))
    articles = alternation(actor_words("body_office_articles"))
    return re.compile(
        rf"\s*(?:(?:{prepositions})(?![\w'’-])|auprès\s+(?:de|du|des|d['’]))\s*(?:(?:{articles})(?:\s+|(?<=['’])))?\Z",
        re.IGNORECASE,
    )


def _posted_to(language: str, role: str, qualifier: str) -> str | None:
    """The state an envoy's office names as the post where nothing but a host's preposition stands before it
    (`embajador en México`, `ambassadeur au Maroc`, `embaixadora no Brasil`, `embajador ante el Perú`): the host,
    not the state the envoy serves (`embajador de España en México` serves Spain)."""
    if role.casefold() not in _ENVOY_OFFICES:
        return None
    found = [m for m in (country_pattern_in(language).search(qualifier), COUNTRY_PATTERN.search(qualifier)) if m]
    first = min(found, key=lambda m: m.start(), default=None)
    if first is None or not _host_before().match(qualifier[: first.start()]):
        return None
    return country_names_in(language).get(first.group()) or country_names().get(first.group())


def _serves_a_body(role: str, qualifier: str) -> bool:
    """An office of an international body (`secrétaire général de l'ONU`), or one that only such a body has; one
    whose own words name its region's body keeps it whatever portfolio follows (`comisaria europea de Comercio`)."""
    if international_body_in(qualifier) is not None:
        return True
    if role.casefold() not in _INTERNATIONAL_OFFICES:
        return False
    return not qualifier.strip(" ,") or bool(_REGIONAL_WORD.search(role))  # a state in it is said (a caller's)


def state_office(role: str | None) -> bool:
    """Whether an office is one only a state's government has (a minister: `state_office_words`): its portfolio may
    list an international body among its items ("ministra de Asuntos Exteriores, Unión Europea y Cooperación",
    "ministre déléguée chargée de l'Union européenne"), but its holder is a state's."""
    return bool(set(re.split(r"[\s-]+", role or "")) & _STATE_OFFICE_WORDS)


_STATE_OFFICE_WORDS = frozenset(actor_words("state_office_words"))
_REGIONAL_WORD = re.compile(rf"(?<![\w-])(?:{alternation(actor_words('regional_body_adjectives'))})(?![\w-])")


# The name after a portfolio that ends with a state: "..., NAME".
_NAME_OPENERS = frozenset(actor_words("name_openers_romance"))
_HONORIFICS = frozenset(actor_words("honorifics_romance"))
_LOCATIVE_END = re.compile(rf"(?<![\w'’-])(?:{phrases('place_prepositions_romance')})\s*$")
# The words of a portfolio that open what the title pattern read as a name, then a name of two words or more:
# "de Medio Ambiente y Recursos Naturales NAME", "de Agricultura y Desarrollo Rural NAME" (`portfolio_words_romance`)
_PORTFOLIO_THEN_NAME = re.compile(
    rf"(?P<words>(?:{alternation(_PORTFOLIO_WORDS)})(?:[ \t]+(?:{alternation(_PORTFOLIO_WORDS)})){{0,3}})[ \t]+"
    rf"(?P<name>{_FULL_NAME})(?![\w'’-])"
)


def _portfolio_opening(match: re.Match) -> tuple[re.Match, str]:
    """The name after the portfolio's words that open the matched name, when it has two words or more and none of
    them is a portfolio's, and those words (with a space before them); else the match and no words."""
    found = _PORTFOLIO_THEN_NAME.match(match.string, match.start("name"), match.end("name"))
    if found is None or found.end("name") != match.end("name"):
        return match, ""
    words = found.group("name").split()
    if len(words) < 2 or set(words) & _PORTFOLIO_WORDS:
        return match, ""
    return found, " " + found.group("words")


_NAME_AFTER = re.compile(rf"(?:\s*\([^()\n]{{1,20}}\))?,?\s+(?P<name>{_FULL_NAME})(?![\w'’-])")  # "(BCRA), NAME"
# "(BID) en el país, NAME", "(BOAD) au Togo, NAME": where the body's office is held may come before the comma (the
# body's state, not the place's, is the holder's)
# The body's name may go on past the words read as a name, its words joined by "y", "e", "et" (which a name does not
# take): "do Banco Nacional de Desenvolvimento Econômico e Social, NAME" (group `tail`).
_BODY_TAIL = (
    rf"(?P<tail>(?:[ \t]+(?:(?:de|del|da|do|dos|das|des|du|y|e|et|la|le|los|las|les)[ \t]+|(?:d|l)['’][ \t]*){{0,2}}"
    rf"[{_UPPER}][\w'’-]*){{0,6}})"
)


@cache
def _name_after_comma(language: str) -> re.Pattern:
    return re.compile(
        rf"{_BODY_TAIL}(?:\s*\([^()\n]{{1,20}}\))?"
        rf"(?P<place>\s+(?:{phrases('place_prepositions_romance')})\s+[\w'’-]+(?:\s+[\w'’-]+){{0,2}})?"
        rf",\s+{_nationality(language)}{_STOPPED_HONORIFIC}(?P<name>{_FULL_NAME})(?![\w'’-])"
    )


# The place an envoy is posted to, then the name: "(de la República Popular China) en México, NAME"
_NAME_AFTER_POST = re.compile(
    rf"\s+(?P<place>(?:{phrases('place_prepositions_romance')})\s+[{_UPPER}][\w'’-]*(?:\s+[{_UPPER}][\w'’-]*){{0,2}}),"
    rf"\s+{_STOPPED_HONORIFIC}(?P<name>{_FULL_NAME})(?![\w'’-])"
)
# The capitalised words of a body or place after "de", "do", "du" that go on without a comma up to the words read
# as a name: one name of a body or place ("do Instituto Nacional de Estatística", "de la Société Nationale des")
_CAPITALISED_AFTER_OF = re.compile(
    rf"(?:^|\s)(?:de|del|da|do|dos|das|des|du|d['’])\s*(?:la\s+|l['’])?[{_UPPER}][\w'’-]*"
    rf"(?:\s+(?:(?:de|del|da|do|dos|das|des|du|y|e|et|la|le|los|las|les)\s+|(?:d|l)['’]\s*)*[{_UPPER}][\w'’-]*)*$"
)


def _body_runs_into_name(match: re.Match) -> bool:
    """Whether the words read as the name go on the capitalised name of a body or place that "de" opens in the
    qualifier, with no comma between them ("presidente do Instituto Nacional de Estatística, NAME")."""
    qualifier = match.group("qualifier")
    between = match.string[match.end("qualifier") : match.start("name")]
    return "," not in between and bool(_CAPITALISED_AFTER_OF.search(qualifier))


def _names_a_state(language: str, words: str) -> bool:
    """`Emirados Árabes Unidos`, `Exteriores de Argentina`: a state's name, in the language or in English."""
    return bool(country_pattern_in(language).search(words) or COUNTRY_PATTERN.search(words))


@cache
def _apposition_pattern(language: str) -> re.Pattern:
    """`NAME, directeur général de Kenya Railways,`: a name, then its office up to the end of the apposition; in
    French after an elided preposition too ("en présence d'NAME, ministre de ...")."""
    return re.compile(
        rf"(?:(?<![\w'’-])|(?<=(?<![\w'’-])[dD]['’]))(?P<name>{_FULL_NAME}),\s+(?:(?:el|la|le|o|a)\s+|l['’])?"
        rf"(?P<role>{phrases('role_heads_' + language, either_case=True)})(?![\w-])(?P<qualifier>[^,.;:\n]{{0,80}})"
    )


@cache
def _office_words(language: str) -> frozenset[str]:
    """The one-word offices of a language, in lower case."""
    return frozenset(head.lower() for head in actor_words("role_heads_" + language) if " " not in head)


def _apposition_claims(text: str, skip: tuple[Span, ...], language: str, bodies: Sequence[Body]) -> list[Claim]:
    claims = []
    for match in _apposition_pattern(language).finditer(text):
        span = _without_openers(text, match.span("name"))
        name = text[span[0] : span[1]]
        if overlaps_any(span, skip) or set(name.split()) & _ORG_HEADS:
            continue
        if name.split()[0].lower() in _office_words(language) or an_office_not_a_name(name, language):
            continue  # "le Président NAME, le Chef de l'Etat": the name has its office before it; "Le Ministre, ..."
        if PLACE_PREPOSITION_BEFORE.search(text, max(0, span[0] - 15), span[0]):
            continue  # "en la Casa Rosada, el presidente": a place
        if _NEXT_NAME.match(text, match.end()):
            continue  # "NAME, le directeur général de la BAD, M. NAME": in a list, the office is the next name's
        qualifier = _before_international_body(match, bodies)
        country = _qualifier_state(language, qualifier) or country_in(qualifier)
        posted = _posted_to(language, match.group("role"), qualifier)
        country = None if posted and posted == country else country
        introduction = Introduction(name, match.group("role"), country, span, span[0])
        introduction.not_country = posted or introduction.not_country
        at_body = len(qualifier) < len(match.group("qualifier"))
        introduction.stateless = (
            country is None
            and not state_office(match.group("role"))
            and (at_body or _serves_a_body(match.group("role"), qualifier))
        )
        claims.append(Claim(span, "person", introduction))
    return claims


# A name (after an honorific, or of initials) right after an apposition's office: the office introduces it.
_NEXT_NAME = re.compile(rf",\s+{_STOPPED_HONORIFIC}(?:{_FULL_NAME}|{_INITIAL_NAME})")

_WORD = re.compile(r"\S+")


def _without_openers(text: str, span: Span) -> Span:
    """The name without the words that open its phrase ("Selon Mme NAME", "Son Excellence NAME"): a preposition or
    a word of address (`name_openers_romance`), or a place and the `de` after it ("La visite à Rabat de NAME,
    ministre"); the last word stays a name."""
    words = list(_WORD.finditer(text, *span))
    first = _address_words([w.group() for w in words], _NAME_OPENERS, kept=1)
    if first < len(words) - 3 and words[first + 1].group() in _PLACE_OF and _a_place(words[first].group()):
        first += 2
    return (words[first].start(), span[1]) if words else span


def _address_words(words: Sequence[str], address: frozenset[str], kept: int = 2) -> int:
    """How many of a name's first words are words of address of one or two words (`address`: "Mme", "Maître",
    "Son Excellence Monsieur"), so that `kept` words of the name remain."""
    count = 0
    while True:
        width = 2 if " ".join(words[count : count + 2]) in address else 1 if words[count] in address else 0
        if not width or len(words) - count - width < kept:
            return count
        count += width


def an_office_not_a_name(name: str, language: str) -> bool:
    """`Le Ministre`, `La Ministra de Relaciones Exteriores`, `O Presidente`, `Ministre` (after the English
    `Premier`): an article and an office open the capitalised words, or offices are all of them; they name the
    office, never a person."""
    words = name.split()
    if len(words) > 1 and words[0] in _ARTICLES and words[1].lower() in _office_words(language):
        return True
    return all(word.lower() in _office_words(language) for word in words)


# the articles that open a sentence before a head noun ("La Ministra", "Le Ministre", "O Presidente")
_ARTICLES = frozenset(actor_words("articles_before_a_head"))
_PLACE_OF = frozenset({"de", "du", "da", "do"})
_GIVEN_NAMES_OF_PLACES = frozenset(actor_words("given_names_of_places"))


def _a_place(word: str) -> bool:
    """A city or a state that is no given name too (`Santiago de la Fuente` is a person)."""
    return word not in _GIVEN_NAMES_OF_PLACES and (word in city_countries() or word in country_names())


@cache
def _counterpart_pattern() -> re.Pattern:
    return re.compile(
        rf"(?<![\w-])(?:{phrases('counterparts_romance')})"
        rf"(?P<qualifier>(?:(?:{_PORTFOLIO_COMMA})?\s+{_NOT_A_CLAUSE}[\w'’-]+){{0,10}}?),?\s+"
        rf"{_NOT_AFTER_OF}{_STOPPED_HONORIFIC}(?P<name>{_FULL_NAME})(?![\w'’-])"
    )


def _feminine(words: str, language: str) -> bool:
    """Whether a counterpart's words say she is a woman ("su homóloga", "su par paraguaya": a feminine demonym whose
    masculine the language's demonyms hold too)."""
    demonyms = demonyms_in(language)
    for word in words.lower().split():
        word = word.strip(",")
        if word in ("homóloga", "homologa"):
            return True
        if word.endswith("a") and word in demonyms and (word[:-1] + "o" in demonyms or word[:-1] in demonyms):
            return True
    return False


def _counterpart_claims(text: str, skip: tuple[Span, ...], language: str, titled: list[Introduction]) -> list[Claim]:
    """ "su homólogo argentino, NAME", "son homologue ivoirien NAME": the office of the person named last who is
    not of the counterpart's state, for the state the words give."""
    claims = []
    for match in _counterpart_pattern().finditer(text):
        span, name = match.span("name"), match.group("name")
        if overlaps_any(span, skip) or any(t.span == span for t in titled) or an_office_not_a_name(name, language):
            continue
        country = stated_state(language, match.group("qualifier"))
        before = [t for t in titled if t.span[1] <= match.start() and (country is None or t.country != country)]
        previous = max(before, key=lambda t: t.span, default=None)
        subject = counterpart_subject(text, match.start(), sorted(before, key=lambda t: t.span, reverse=True))
        if subject is not None:  # "A se reunió con su homólogo B": A's office, not the last one named before
            previous = subject if isinstance(subject, Introduction) else None
        role = previous.role if previous else (subject if isinstance(subject, str) else None)
        role = (
            role if _feminine(text[match.start() : match.start("name")], language) else counterpart_office(role, None)
        )
        introduction = Introduction(name, role, country, span, span[0])
        if previous and previous.country and not country:
            introduction.not_country = previous.country
        if previous and not country:
            introduction.counterpart_of = previous.name
        if previous and country and not previous.country:
            previous.not_country = country
        claims.append(Claim(span, "person", introduction))
    return claims
