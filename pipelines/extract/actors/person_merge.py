"""From introductions to persons: one per name and its shorter forms, with an office and a state each."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from itertools import islice, takewhile
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from pipelines.extract.actors import person_patterns as p
from pipelines.extract.actors.claims import Candidate, Claim, Resolved, Taken, resolve
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.languages import LANGUAGES, state_office, stated_state
from pipelines.extract.actors.lexicon import (
    CITY,
    COUNTRY,
    DEMONYM,
    HONORIFIC,
    NOT_NAME_WORDS,
    ORG_HEADS,
    PATRONYMIC,
    alternation,
    phrases,
)
from pipelines.extract.actors.names import is_rank
from pipelines.extract.actors.person_bodies import (
    body_only_office,
    office_at_international_body,
    office_of_body_before,
    office_taken_at_international_body,
    unit_of_international_body,
)
from pipelines.extract.actors.person_ministries import give_ministry_states
from pipelines.extract.actors.person_places import place_office_state
from pipelines.extract.actors.person_states import cosigning_sentence, read_sentences
from pipelines.extract.actors.persons import (
    Introduction,
    join_mothers_surname,
    office_names_state_again,
    state_named_before,
)
from pipelines.extract.actors.report_home import (
    body_release_place,
    counting_state,
    dateline_countries,
    dateline_town,
    embassy_page_issuer,
    masthead_country,
    page_head_state,
    seat_state,
    speaker_currency_state,
)
from pipelines.extract.name_keys import person_key, same_word, skeleton
from pipelines.extract.records import Span
from pipelines.extract.spans import line_around, overlaps_any
from pipelines.knowledge import (
    city_countries,
    country_names,
    demonyms,
    fold,
    historic_states,
    international_official,
    office_holder,
    office_holder_named,
    office_holders_by_surname,
    office_holders_with_name_word,
    slug,
    subdivision_states,
)
from pipelines.knowledge.actor_words import actor_word_map, actor_words, country_names_in
from pipelines.knowledge.identity_tables import states_writing


def person_candidates(
    text: str,
    skip: tuple[Span, ...],
    resolved: list[Resolved],
    taken: Taken,
    countries: dict[str, Candidate],
    reporting: str | None,
    speaking: str | None = None,
    language: str = "en",
) -> list[Candidate]:
    """Persons of the article: introductions merged by name, then their later mentions by name or surname.

    `speaking`: the one state named whose press writes in the article's language (a side, as a masthead is)."""
    introductions = [(r.claim.owner, r.counted) for r in resolved if r.claim.actor_type == "person"]
    introductions.sort(key=lambda item: item[0].span)
    found = [introduction for introduction, _ in introductions]
    marked = _marked_states(text, found)
    posted = _unstated_envoy_posts(text, found, language)
    named = frozenset(countries)
    for introduction in found:
        join_mothers_surname(text, introduction)
        if introduction.country is None and not introduction.stateless:
            # "Sarawak Chief Minister NAME", "Riyadh's envoy NAME": a province's or a city's office is its state's
            introduction.country = place_office_state(text, introduction.start, introduction.span, named)
            if introduction.country is None and language in LANGUAGES and office_names_state_again(text, introduction):
                introduction.country = state_named_before(text, introduction.start, language)
            # a known state's leader whom the article titles with an office of an international body ("Commissioner
            # NAME" in a story on the EU) serves the body: the office the article states wins over the holders' table
            titled = introduction.role is not None and introduction.country is None
            introduction.stateless = titled and _serves_a_body(text, introduction)
            # "NAME as president of the New Development Bank": an office the person takes at such a body
            introduction.stateless = introduction.stateless or (
                introduction.country is None and office_taken_at_international_body(text, introduction.span[1])
            )
            if not introduction.stateless:
                introduction.country = introduction.country or _known_country(introduction.name)
                # a well-known official of an international body, named with no state nor body ("said Georgieva")
                introduction.stateless = introduction.country is None and _serves_a_body(text, introduction)
    mates = _envoy_list_mates(text, _share_countries_in_lists(text, found, language))
    rival_spans = _holders_of_one_title(found)
    persons = _join_spellings(_merge(introductions))
    _add_later_mentions(text, skip, persons, taken)
    persons = [person for person in persons if not _headline_word(text, person)]
    tabled = set()  # the persons whose office only the holders' table gives
    for person in persons:
        holders = _known_holders(person.name)
        if holders and len({h.country for h in holders}) == 1 and not person.stateless:
            person.country = person.country or holders[0].country
        if holders and len({h.office for h in holders}) == 1 and not person.role:
            person.role = holders[0].office
            tabled.add(id(person))
        if not person.stateless:
            person.country = person.country or _ruling_family_state(person.name)
    read_sentences(text, persons, several_states=len(countries) > 1)
    _read_offices_said_before(text, persons, named, tabled)
    _read_offices_signed_under(text, persons, tabled)
    _read_offices_before_surnames(text, persons, tabled, language)
    seat = seat_state(text)
    for person in persons:
        if not (person.country or person.stateless):
            person.country = _honorific_state(text, person)
    _read_speakers_currencies(text, persons, named, (speaking, seat), language)
    give_ministry_states(persons, _named_bodies(resolved))
    aides = _aides(persons)
    visitors = {country_names().get(m.group("state")) or demonyms()[m.group("dem")] for m in p.VISITING.finditer(text)}
    lands = _former_lands(countries)
    # "Cairo, 3 December 2020 - The African Export-Import Bank has signed ...": an international body's release
    # from its seat or meeting place files for no side
    filed = () if body_release_place(text) is not None else tuple(lands.get(c, c) for c in dateline_countries(text))
    province = _province_state(text, found, named)
    # the provinces' state whose press writes the article's language too ("el gobernador NAME" of Neuquén in a story
    # naming only Chile): the one state named that writes it speaks for no side
    writes = language in LANGUAGES and province in states_writing(language)
    town = dateline_town(text)
    home = _Home(
        filed,
        masthead_country(text),
        None if writes and speaking != province else speaking,
        page_head_state(text),
        counting_state(text, language),
        province,
        counting_state(text, language, least=1),
        # a dateline town, no wire's city, in a state whose press writes the article's language ("Antofagasta, 5 de
        # septiembre.-" in Spanish) is that press at home, named again or not
        town if filed and filed[-1] == town and language in LANGUAGES and town in states_writing(language) else None,
        seat,
    )
    rivals = _rivals(persons, rival_spans)
    envoys = _states_of_marked_envoys(found, marked)
    postings = _envoy_postings(text, found, language)
    _give_mission_envoys(persons, embassy_page_issuer(text))
    _assign_unstated_countries(
        text, persons, countries, visitors, reporting, home, marked, rivals, envoys, postings, posted, mates
    )
    for aide, principal in aides:
        aide.country = principal.country or aide.country
    _say_table_offices_in(language, persons, tabled)
    return persons


def _say_table_offices_in(language: str, persons: list[Candidate], tabled: set[int]) -> None:
    """A Spanish, French or Portuguese article that names a known leader without an office the rules read ("el
    canciller NAME y Argentina", "Según el Gobierno de NAME") states the office in its own language: the holders'
    table's English office, said as that language says it (`holder_offices_es`: `Prime Minister` -> `primer
    ministro`), where the table gives the office."""
    if language not in LANGUAGES:
        return
    said = actor_word_map(f"holder_offices_{language}")
    for person in persons:
        if id(person) in tabled and person.role in said:
            person.role = said[person.role]


def _read_speakers_currencies(
    text: str, persons: list[Candidate], named: frozenset[str], sides: tuple[str | None, ...], language: str
) -> None:
    """Give a person of no state the state whose own currency their sentences count in ("Minister NAME said trade
    reached SR 147 billion"; `speaker_currency_state`), where the article names it; not a partner's currency ("el
    swap de 5.000 millones de yuanes" in an Argentine story) against `sides`: the one state named whose press writes
    the article's language and the one whose seat of government it names, as for the report's home."""
    for person in persons:
        if person.country or person.stateless:
            continue
        counted = speaker_currency_state(text, person.spans, language)
        if counted in named and counted not in person.not_countries and set(sides) <= {None, counted}:
            person.country = counted


def _named_bodies(resolved: list[Resolved]) -> list[tuple[str, str | None]]:
    """The organisations the article names, each with the state its name gives."""
    owners = (r.claim.owner for r in resolved if r.counted and r.claim.actor_type == "organization")
    return [(owner.name, owner.country) for owner in owners if owner is not None]


def _province_state(text: str, found: list[Introduction], named: frozenset[str]) -> str | None:
    """The one state whose provinces' offices the article's titles name ("Western Australian Premier NAME", "the
    governor of Mendoza, NAME"): a report names its own side's provincial officials, rarely another side's."""
    states = {
        place_office_state(text, introduction.start, introduction.span, named, cities=False)
        for introduction in found
        if introduction.start < introduction.span[0]
    }
    states.discard(None)
    if not states and any(
        introduction.country is None and (introduction.role or "").lower() in _PROVINCE_HEADS for introduction in found
    ):
        # "el gobernador NAME" in a page whose provinces are all one state's ("Neuquén", "Diario | Mendoza")
        states = {state for phrase in _capitalised_runs(text) for state in subdivision_states().get(phrase, ())}
    return next(iter(states)) if len(states) == 1 else None


_PROVINCE_HEADS = frozenset(word.lower() for word in actor_words("province_head_offices"))
_RUN_LINKS = frozenset(actor_words("place_name_links"))
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:(?:{alternation(_RUN_LINKS)})[ \t]+)?[A-ZÀ-Ý][\w'’-]*){{0,4}}"
)


def _capitalised_runs(text: str) -> Iterator[str]:
    """Each part of a run of capitalised words that opens and ends with one (a province's name: `Neuquén`, `Santa
    Cruz`, `Rio Grande do Sul`, read in `O Rio Grande do Sul`)."""
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        for first in range(len(words)):
            for last in range(first, len(words)):
                if words[first] not in _RUN_LINKS and words[last] not in _RUN_LINKS:
                    yield " ".join(words[first : last + 1])


def _marked_states(text: str, found: list[Introduction]) -> frozenset[str]:
    """States the article gives its persons in a title before the name ("Chinese Ambassador NAME", "Egypt's
    Minister NAME", "his Egyptian counterpart NAME"): a report so marks the other side, not its own."""
    marked = set()
    for introduction in found:
        if introduction.country and introduction.start < introduction.span[0]:
            title = text[introduction.start : introduction.span[0]]
            if _LED_BY.search(title):  # "the Pakistani delegation was headed by NAME": one of two sides, no mark
                continue
            # "Minister of Foreign Affairs of the Republic of Kazakhstan NAME": the formal name a state's own press
            # gives it in its officials' titles, no mark of the other side
            if _FORMAL_STATE.search(title):
                continue
            named = {
                country_names().get(m.group()) or demonyms().get(m.group())
                for m in _STATE_WORD.finditer(text, introduction.start, introduction.span[0])
                if not _names_a_body(text, m) and not _names_a_province(text, m)
            }
            # "le ministre ivoirien du Commerce, NAME": a demonym or a name in Spanish, French or Portuguese
            named |= (
                {stated_state(language, title) for language in LANGUAGES}
                if introduction.country not in named
                else set()
            )
            if introduction.country in named:
                marked.add(introduction.country)
    return frozenset(marked)


def _unstated_envoy_posts(text: str, found: list[Introduction], language: str = "en") -> frozenset[str]:
    """The names of envoys the article gives no state whose office names the city or state of their post ("l'ambassadeur
    du Royaume à Bamako, NAME", "el embajador designado en Quito, NAME", "NAME, the ambassador in Addis Ababa"): each
    is not of the post's state (its `not_country`), the guest there."""
    pattern, places = _posted_in(language)
    names = set()
    for introduction in found:
        if introduction.country or introduction.stateless or introduction.role not in _RESIDENT_ENVOYS:
            continue
        before = text[introduction.start : introduction.span[0]] if introduction.start < introduction.span[0] else ""
        after = _OFFICE_AFTER_NAME.match(text, introduction.span[1]).group()
        posted = pattern.search(before) or (pattern.search(after) if introduction.role in after else None)
        host = places[posted.group("place")] if posted else None
        if host:
            introduction.not_country = introduction.not_country or host
            names.add(introduction.name)
    return frozenset(names)


def _give_mission_envoys(persons: list[Candidate], issuer: str | None) -> None:
    """On a mission's own page (`embassy_page_issuer`: "Embassy of the Republic of Ghana in Japan"), the envoy named
    without a state ("Ambassador NAME attended the signing") is the mission's state's."""
    if issuer is None:
        return
    for person in persons:
        if person.country is None and not person.stateless and person.role in _RESIDENT_ENVOYS:
            person.country = issuer if issuer not in person.not_countries else None


def _states_of_marked_envoys(found: list[Introduction], marked: frozenset[str]) -> frozenset[str]:
    """The marked states whose envoy posted abroad the article names ("l'ambassadeur de France en Arménie, NAME"):
    that state is the guest side of the story, even in its own language's press."""
    return frozenset(
        introduction.country
        for introduction in found
        if introduction.country in marked and introduction.role in _RESIDENT_ENVOYS
    )


def _envoy_postings(text: str, found: list[Introduction], language: str = "en") -> dict[str, set[str]]:
    """The states whose envoy the article names accredited to another state it names, each with those states (see
    `_posted_host`; "Ambassador of Japan to Cambodia", not "India's ambassador in Kathmandu", as a home's own press
    writes of its envoy): the envoy is the guest, and the officials a report leaves unqualified beside them are of
    the host."""
    postings: dict[str, set[str]] = {}
    for introduction in found:
        host, accredited = _posted_host(text, introduction, language)
        if host and accredited:
            postings.setdefault(introduction.country, set()).add(host)
    return postings


def _posted_host(text: str, introduction: Introduction, language: str = "en") -> tuple[str | None, bool]:
    """The state an envoy of a stated state is posted in, as the envoy's office says ("the Ambassador of Japan to
    Cambodia, NAME", "NAME, Germany's ambassador to Kenya", "l'ambassadeur de France au Sénégal, NAME", "el embajador
    de China en Argentina, NAME"), when it is another state; and whether the office says it is accredited there
    ("to Cambodia", "au Sénégal"), not only where it sits ("in Kathmandu")."""
    if introduction.role not in _RESIDENT_ENVOYS or not introduction.country:
        return None, False
    pattern, names = _posted_in(language)
    before = text[introduction.start : introduction.span[0]] if introduction.start < introduction.span[0] else ""
    posted = pattern.search(before) or pattern.search(_OFFICE_AFTER_NAME.match(text, introduction.span[1]).group())
    host = names.get(posted.group("place")) if posted else introduction.not_country
    accredited = bool(posted) and posted.group("link") != "in"
    return (host, accredited) if host != introduction.country else (None, False)


# after a name, its apposed office up to the clause's end: ", Ambassador of Japan to Cambodia,"
_OFFICE_AFTER_NAME = re.compile(r"(?:,[^,;.!?\n()]{0,90})?")


@cache
def _posted_in(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """A post in a state or city after an envoy's office: "to Cambodia", "in Nairobi", "au Sénégal", "en Perú",
    "em Angola", "no Japão"."""
    names = {**city_countries(), **country_names()}
    if language in LANGUAGES:
        names.update(country_names_in(language))
    links = actor_words("envoy_post_links")
    return (
        re.compile(
            rf"(?<![\w-])(?P<link>{alternation(links)})\s+(?:(?:the|el|la|le|les|l['’]|o|a|os|as)\s*)?"
            rf"(?:(?:Republic|Kingdom|República|République|Royaume|Reino)\s+(?:of|de|du|do|da)\s+(?:the\s+|la\s+)?)?"
            rf"(?P<place>{alternation(names)})(?![\w-])"
        ),
        names,
    )


def _names_a_body(text: str, state: re.Match) -> bool:
    """Whether the state's name in a title opens a body's own name ("Kenya Railways Corporation Managing
    Director", "Ethiopian Airlines CEO", "Sri Lanka Ports Authority Chairman"): a report writes it for its own
    side's bodies too, so it marks no side; not a state's organ ("Chinese Foreign Ministry spokesperson", "Indian
    Army chief")."""
    after = _BODY_AFTER.match(text, state.end(), state.endpos)
    words = after.group().split() if after else []
    return any(w in ORG_HEADS for w in words) and not any(w in _STATE_ORGAN_WORDS for w in words)


def _names_a_province(text: str, state: re.Match) -> bool:
    """Whether the state's name or demonym ends a province's name or adjective with the word before it ("Western
    Australian Premier", "South Australia Minister"): a report writes it for its own side's provinces, so it marks
    no side."""
    before = _WORD_BEFORE.search(text, max(0, state.start() - 30), state.start())
    if not before:
        return False
    phrase = f"{before.group(1)} {state.group()}"
    return phrase in subdivision_states() or (phrase.endswith("n") and phrase[:-1] in subdivision_states())


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+$")
# the capitalised words of a body's name after a state's name
_BODY_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][\w&'’-]*|of|and|&|\([A-Z]{2,8}\)))+")
_STATE_ORGAN_WORDS = frozenset(actor_words("state_organ_words"))
_LED_BY = re.compile(r"\b(?:led|headed)\s+by\b")
_FORMAL_STATE = re.compile(r"\b(?:Republic|Kingdom|Sultanate)\s+of\s")
_STATE_WORD = re.compile(rf"(?<![\w-])(?:{COUNTRY}|{DEMONYM})(?![\w-])")


def _honorific_state(text: str, person: Candidate) -> str | None:
    """The state that alone confers an honorific written before one of the person's mentions ("Deputy Prime
    Minister Datuk Seri Dr NAME": Malaysia's)."""
    for start, _ in sorted(person.spans):
        found = _HONORIFIC_OF_STATE.search(text, max(0, start - _HONORIFIC_REACH), start)
        if found:
            return _HONORIFIC_STATES[found.group("honorific")]
    return None


_HONORIFIC_STATES = actor_word_map("honorific_states")
_HONORIFIC_OF_STATE = re.compile(
    rf"(?<![\w'’-])(?P<honorific>{alternation(_HONORIFIC_STATES)})\s+(?:(?:{HONORIFIC})\.?\s+)*$"
)
_HONORIFIC_REACH = 40


def _headline_word(text: str, person: Candidate) -> bool:
    """A one-word name said only in title-case lines: a headline's verb after an office ("Minister Visits ...")."""
    if " " in person.name or not person.spans:
        return False
    return all(_headline(text[slice(*line_around(text, start))]) for start, _ in person.spans)


def _headline(line: str) -> bool:
    """A line without a final stop whose words of four letters or more are nearly all capitalised (short ones
    may not be: `to`)."""
    long_words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    return (
        not re.search(r"[.!?:;\"”]\s*$", line)
        and 3 <= len(long_words) <= 20
        and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)
    )


def _aides(persons: list[Candidate]) -> list[tuple[Candidate, Candidate]]:
    """Aides of a person the article names ("Ramaphosa's spokesperson NAME") whose state it does not give."""
    by_name = {alias: person for person in persons for alias in (*person.aliases, person.name.split()[-1])}
    return [
        (person, by_name[person.serves])
        for person in persons
        if person.serves and person.country is None and by_name.get(person.serves) not in (None, person)
    ]


def _merge(introductions: list[tuple[Introduction, bool]]) -> list[Candidate]:
    """One person per name: a name joins the first person whose name holds all its words, or whose words it holds."""
    persons: list[Candidate] = []
    by_word: dict[str, list[int]] = {}  # word of a person's name -> those persons, in order
    for introduction, counted in introductions:
        known = office_holder_named(introduction.name)  # "Prachanda" is "Pushpa Kamal Dahal"
        full = known.name if known else introduction.name
        tokens, fathers = set(_words(full)), _fathers_names(full)
        options = sorted({i for t in tokens for i in by_word.get(t, ())})
        index = next((i for i in options if _same_person(tokens, fathers, persons[i])), None)
        if index is None:  # "Kasym-Zhomart Tokayev" after "Kassym-Zhomart Tokayev": one name spelled twice
            index = next((i for i in options if _spelled_alike(full, persons[i].name)), len(persons))
        if index == len(persons):
            persons.append(Candidate("person", "", introduction.name, introduction.country, introduction.role))
        match = persons[index]
        if len(introduction.name) > len(match.name):
            match.name = introduction.name
        for word in tokens:
            if index not in by_word.setdefault(word, []):
                by_word[word].append(index)
        _take_office_and_state(match, introduction)
        match.aliases.add(introduction.name)
        if counted:
            match.spans.append(introduction.span)
    for person in persons:
        person.key = f"person:{slug(person.name)}"
    return persons


def _join_spellings(persons: list[Candidate]) -> list[Candidate]:
    """Persons whose full names are one name in two spellings (`Emomali Rakhmon`, `Emomali Rahmon`) as one: a
    surname said alone before either spelling joins the first one only."""
    kept: list[Candidate] = []
    blocks: dict[tuple[int, str], list[Candidate]] = {}  # words and the last word's skeleton -> persons
    for person in persons:
        words = person_key(person.name)
        if len(words) < 2:
            kept.append(person)
            continue
        block = blocks.setdefault((len(words), skeleton(words[-1])), [])
        same = next((other for other in block if all(map(same_word, words, person_key(other.name)))), None)
        if same is None:
            block.append(person)
            kept.append(person)
            continue
        same.spans += person.spans
        same.aliases |= person.aliases
        same.not_countries |= person.not_countries
        same.role = same.role or person.role
        same.country = same.country or (None if same.stateless else person.country)
        same.serves = same.serves or person.serves
        same.counterpart_of = same.counterpart_of or person.counterpart_of
    return kept


def _take_office_and_state(person: Candidate, introduction: Introduction) -> None:
    """What one more introduction of a person says about their office and state."""
    if not person.role or (is_rank(person.role) and introduction.role and not is_rank(introduction.role)):
        person.role = introduction.role  # "Major General A, Minister of State ...": the office is the role
    if _rotating_chair(person, introduction):
        return  # "Mr NAME, who chairs the Intergovernmental Authority on Development": the state's leader chairs it
    if introduction.stateless and not introduction.country:
        person.country = None  # an office at an international body outweighs a state guessed without an office
    if not (person.stateless and introduction.role is None):
        person.country = person.country or introduction.country
    person.stateless = person.stateless or introduction.stateless
    person.serves = person.serves or introduction.serves
    person.counterpart_of = person.counterpart_of or introduction.counterpart_of
    if introduction.not_country:
        person.not_countries.add(introduction.not_country)


def _rotating_chair(person: Candidate, introduction: Introduction) -> bool:
    """Whether the introduction makes a state's leader, whom an earlier one gives their state and a state's office
    ("Ethiopian Prime Minister NAME"), the chair of a body of states ("who chairs the Intergovernmental Authority on
    Development", "Chairman of the ECOWAS Authority"; `rotating_chair_offices`): a chair held for the state."""
    if not (introduction.stateless and person.country and not person.stateless):
        return False
    if (introduction.role or "").casefold() not in _ROTATING_CHAIRS:
        return False
    return person.role in _ONE_HOLDER_OFFICES or state_office(person.role)


_ROTATING_CHAIRS = frozenset(word.casefold() for word in actor_words("rotating_chair_offices"))


def _same_person(tokens: set[str], fathers: set[str], person: Candidate) -> bool:
    """Whether a name's words hold the person's, or the reverse; a father's name after `bin` is not a surname
    ("King Salman" is not "Mohammed bin Salman")."""
    known = set(_words(person.name))
    if (len(tokens) == 1 and tokens <= _fathers_names(person.name)) or (len(known) == 1 and known <= fathers):
        return False
    return _holds(known, tokens) or _holds(tokens, known)


def _holds(words: set[str], name: set[str]) -> bool:
    """Whether `words` hold a name's words, an initial standing for a word of its letter ("E. Rahmonov" in
    "Emomali Rahmonov")."""
    initials = {word for word in name if _INITIAL.fullmatch(word)}
    full = name - initials
    if not full or not full <= words:
        return False
    rest = words - full
    return all(any(word[0] == initial[0] for word in rest) for initial in initials)


def _spelled_alike(name: str, other: str) -> bool:
    """Two spellings of one name: as many words, the same last word, and each other word nearly the same."""
    words, others = fold(name).split(), fold(other).split()
    return (
        len(words) == len(others) >= 2
        and words[-1] == others[-1]
        and all(Levenshtein.normalized_similarity(a, b) >= _ALIKE for a, b in zip(words, others, strict=True))
    )


def _fathers_names(name: str) -> set[str]:
    """The words of a name right after a patronymic particle: `Salman` in `Mohammed bin Salman`."""
    return {m.group(1) for m in _PATRONYMIC.finditer(fold(name))}


def _surname(name: str) -> str:
    """What a later mention may call the person: the last word, with its particle when it is a father's name; the
    father's surname of a Spanish name that joins the mother's with "y" ("Cerisola" of "Pedro Cerisola y Weber")."""
    name = _JOINED_SURNAME_END.sub("", name)
    found = _PATRONYMIC_END.search(name)
    return found.group() if found else _GLUED_INITIALS.sub(r"\1 ", name).split()[-1]


def _words(name: str) -> list[str]:
    """The folded words of a name, an initial glued to the next word apart ("B.Battsetseg": `b.`, `battsetseg`)."""
    return fold(_GLUED_INITIALS.sub(r"\1 ", name)).split()


_RESIDENT_ENVOYS = frozenset(actor_words("resident_envoys"))
_ONE_HOLDER_OFFICES = actor_word_map("one_holder_offices")
_STATE_OFFICES = {office: tuple(states.split()) for office, states in actor_word_map("state_offices").items()}
_RULING_FAMILIES = {fold(family): state for family, state in actor_word_map("ruling_families").items()}
_ALIKE = (
    0.8  # "kassym-zhomart" and "kasym-zhomart" (0.93), "sergei" and "sergey" (0.83); not "nawaz" and "shehbaz" (0.29)
)
_INITIAL = re.compile(r"\w{1,2}\.")  # "E.", and a Cyrillic letter spelled with two ("Ch.")
_GLUED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z][a-z]?\.)+)(?=[A-Z])")  # "B.Battsetseg", "Ch.Oyunbileg"
_PATRONYMIC = re.compile(r"\b(?:bin|bint|ibn)\s+(\S+)")
_JOINED_SURNAME_END = re.compile(r"(?<=\S)\s+y\s+\S+$")
_PATRONYMIC_END = re.compile(rf"\b(?:bin|bint|ibn)\s+\S+$|\S+\s+{PATRONYMIC}$")


def _add_later_mentions(text: str, skip: tuple[Span, ...], persons: list[Candidate], taken: Taken) -> None:
    """Every later use of a person's name, an alias or the surname, found in one pass over the text."""
    owners: dict[str, list[Candidate]] = {}
    for person in persons:
        for alias in {_surname(person.name), *person.aliases}:
            if len(alias) >= 3 and alias not in NOT_NAME_WORDS:
                owners.setdefault(alias, []).append(person)
    if not owners:
        return
    names = "|".join(re.escape(a) for a in sorted(owners, key=lambda a: (-len(a), a)))
    claims = [
        Claim(found.span(), "person", person)
        for found in re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", text)
        if not overlaps_any(found.span(), skip)
        for person in owners[found.group()]
    ]
    for item in resolve(claims, taken):
        if item.counted:
            item.claim.owner.spans.append(item.claim.span)


def _ruling_family_state(name: str) -> str | None:
    """The state of a ruling house whose family name ends the name ("Sheikh NAME bin NAME Al Thani")."""
    words = fold(name.replace("-", " ")).split()
    return _RULING_FAMILIES.get(" ".join(words[-2:])) if len(words) > 2 else None


def _known_holders(name: str, given_names: bool = False) -> tuple:
    """Known office holders a name may refer to: by full name, else by surname, else (if asked) by given name."""
    # the name as written, else in canonical spelling ("Serguéi Lavrov", "Kristalina Gueorguieva")
    holder = office_holder(name) or office_holder(" ".join(person_key(name)))
    if holder is not None:
        return (holder,)
    holders = office_holders_by_surname(name)
    if not holders and given_names and len(name) >= 5 and " " not in name:  # "PM Shehbaz"
        holders = office_holders_with_name_word(name)
    return holders


def _known_country(name: str) -> str | None:
    """The state all the known office holders a name may refer to share."""
    states = {h.country for h in _known_holders(name, given_names=True)}
    return states.pop() if len(states) == 1 else None


def _serves_a_body(text: str, introduction: Introduction) -> bool:
    """Whether a name is a well-known official of an international body's (and no known state holder's), or holds
    an office only a kind of international body the article names has (a union's commissioner), one in a unit
    of an international body ("NAME, Director of the Bank's North Africa Department") or one the body's name
    qualifies ("UN coordinator NAME", "NAME, ADB Principal Specialist")."""
    name = introduction.name
    official = international_official(name) or international_official(" ".join(person_key(name)))
    # "Finance Minister NAME" (now at the IMF) holds a state's office in this report, and so does a minister whose
    # portfolio lists a body ("la ministra de Asuntos Exteriores, Unión Europea y Cooperación, NAME")
    if state_office(introduction.role):
        return False
    known = official is not None and not _known_holders(name)
    start, end = introduction.span
    return (
        known
        or body_only_office(text, introduction.role, end, start)
        or unit_of_international_body(text, end)
        or office_at_international_body(text, start, end)
        or office_of_body_before(text, start)
    )


def _share_countries_in_lists(text: str, found: list[Introduction], language: str = "en") -> list[list[Introduction]]:
    """Officials listed together serve one state: "Turkiye's Foreign Minister A and Defence Minister B", and
    lines of "NAME, office" one under the other (a media release's signatories).

    The state passes forward along a list. It passes backward only in a list of three or more, since in
    "Minister A and Turkish Minister B" the title of B marks the other side, and only from an office said before
    the name ("..., Lord Mayor of London NAME"), not after it ("..., and NAME, Foreign Minister of Tajikistan"),
    nor from one that opens with its state ("A, B and Mexico's Attorney General C"). An envoy posted in another
    state ("the Ambassador of Japan to Cambodia, A, and the Minister of Economy, B") passes their state to no one
    who is not an envoy: the host's official is listed beside the guest's envoy.
    """
    lists: list[list[Introduction]] = []
    firsts: dict[Span, Introduction] = {}  # one introduction per name span: the one that starts first
    for introduction in found:
        first = firsts.setdefault(introduction.span, introduction)
        if introduction.start < first.start:
            firsts[introduction.span] = introduction
    for introduction in sorted(firsts.values(), key=lambda i: i.span):
        previous = lists[-1][-1] if lists else None
        separators = (p.LIST_SEPARATOR, p.LINE_LIST_SEPARATOR)
        if previous and any(s.fullmatch(text, previous.span[1], introduction.start) for s in separators):
            lists[-1].append(introduction)
        else:
            lists.append([introduction])
    for members in lists:
        # an official of an international body ("UN chief A, Palestinian President B") neither takes nor gives one
        members = [m for m in members if not m.stateless]
        if _two_signatories(text, members):
            # "Japanese Ambassador A and Finance Secretary B signed the loan": two signatories, two sides
            members[1].not_country = members[1].not_country or (None if members[1].country else members[0].country)
            continue
        _pass_states_along(text, members, language)
    return lists


def _envoy_list_mates(text: str, lists: list[list[Introduction]]) -> dict[str, set[str]]:
    """Each envoy listed with other persons ("Commerce Secretary A, Ambassador B, and Trade Representative C"), with
    the names of the others: an envoy listed so is of their side, wherever they meet; but not in a list of those
    who sign ("Ambassador A and Deputy Minister B signed the notes"): each signs for a side."""
    mates: dict[str, set[str]] = {}
    for members in lists:
        if len(members) > 1 and cosigning_sentence(text, min(members[0].start, members[0].span[0])):
            continue
        for member in members:
            if member.role in _RESIDENT_ENVOYS and len(members) > 1:
                mates.setdefault(member.name, set()).update(m.name for m in members if m.name != member.name)
    return mates


def _pass_states_along(text: str, members: list[Introduction], language: str = "en") -> None:
    """The states a list's members pass to one another (see `_share_countries_in_lists`). An envoy listed after
    officials of two states ("the Foreign Minister of A NAME, the Foreign Minister of B NAME and Ambassador NAME")
    takes neither: an envoy sits beside both sides."""
    for at, (before, after) in enumerate(zip(members, members[1:], strict=False)):
        if after.role not in _RESIDENT_ENVOYS and _posted_host(text, before, language)[0]:
            after.not_country = after.not_country or (None if after.country else before.country)
            continue
        if after.role in _RESIDENT_ENVOYS and len({m.country for m in members[: at + 1] if m.country}) > 1:
            continue
        if not _two_states(before, after):
            after.country = after.country or before.country
        elif before.country and not after.not_country:  # a state has one: the second is another's
            after.not_country = before.country
    if len(members) >= 3:
        for before, after in reversed(list(zip(members, members[1:], strict=False))):
            # "A, Minister of X; B, Minister of Y; and C, Foreign Minister of Tajikistan": a name that states
            # its own office and state after it marks the other side, as a title does in a pair
            # "..., and Mexico's Attorney General C": a title that opens with its state marks the other side
            opens_marked = _STATE_OPENS.match(text, after.start)
            if not _two_states(before, after) and after.start != after.span[0] and not opens_marked:
                before.country = before.country or after.country


def _two_signatories(text: str, members: list[Introduction]) -> bool:
    """Whether a list is two persons who sign an agreement, the first with a state its title or office states
    ("Japanese Ambassador A and Finance Secretary B signed", "firmado por el embajador de Corea A y el ministro B"):
    each signs for a side."""
    if len(members) != 2 or not members[0].country:
        return False
    first, second = members
    marked = _STATE_NAMED.search(text, min(first.start, first.span[0]), second.start)
    return bool(marked) and cosigning_sentence(text, min(first.start, first.span[0]))


_STATE_NAMED = re.compile(rf"(?<![\w-])(?:{COUNTRY}|{DEMONYM})(?![\w-])")
_STATE_OPENS = re.compile(rf"(?:[Tt]he\s+)?(?:(?:{COUNTRY})['’]s|{DEMONYM})\s")


def _holders_of_one_title(found: list[Introduction]) -> list[tuple[Span, Span]]:
    """Names that share one plural title of an office a state has one of ("Presidents A and B"), which are two
    states' holders: a state one of them has, the other has not; the pairs where neither has one yet."""
    titled = sorted((i for i in found if i.role and i.start < i.span[0]), key=lambda i: i.span)
    pairs: list[tuple[Span, Span]] = []
    for before, after in zip(titled, titled[1:], strict=False):
        if after.start != before.start or before.span == after.span or not _two_states(before, after):
            continue
        if before.country or after.country:
            after.not_country = after.not_country or (None if after.country else before.country)
            before.not_country = before.not_country or (None if before.country else after.country)
        else:
            pairs.append((before.span, after.span))
    return pairs


def _rivals(persons: list[Candidate], spans: list[tuple[Span, Span]]) -> dict[int, Candidate]:
    """The second holder of a shared title (by `id`) -> the first."""
    by_span = {span: person for person in persons for span in person.spans}
    pairs = ((by_span.get(first), by_span.get(second)) for first, second in spans)
    return {id(second): first for first, second in pairs if first and second and first is not second}


def _two_states(one: Introduction, other: Introduction) -> bool:
    """Whether two listed persons hold offices a state has one of, of one kind ("President A and King B")."""
    kind = _office_kind(one.role)
    return kind is not None and kind == _office_kind(other.role)


def _office_kind(role: str | None) -> str | None:
    """The kind of an office a state has one holder of ("Foreign minister": a foreign minister), if it is one."""
    return _ONE_HOLDER_OFFICES.get(role or "") or _ONE_HOLDER_OFFICES.get((role or "").lower())


def _assign_unstated_countries(
    text: str,
    persons: list[Candidate],
    countries: dict[str, Candidate],
    visitors: set[str],
    reporting: str | None,
    filed: _Home | None = None,
    marked: frozenset[str] = frozenset(),
    rivals: dict[int, Candidate] | None = None,
    envoys: frozenset[str] = frozenset(),
    postings: dict[str, set[str]] | None = None,
    posted: frozenset[str] = frozenset(),
    mates: dict[str, set[str]] | None = None,
) -> None:
    """Officials whose state the article never gives serve the article's home state.

    A report names the foreign side's officials with their state and leaves its own side's unqualified ("Foreign
    Minister Qureshi and his Egyptian counterpart"). The home state is the state the report is filed for: its
    dateline's news agency's (`(APP)`), else its dateline place's (or its byline's, `By NAME, Abuja`), else its
    masthead's outlet's (`Agência Brasil`), else the one state named whose press writes in the article's language
    (Brazil in a Portuguese story on Brazil and China), each only when the story names that state other than in its
    dateline, unless a national agency files from home (a world wire's state, `(Reuters)`, or a lender's seat,
    `WASHINGTON --`, is no side); else the corpus's reporting country when the article names it; else the state of
    the one figure counted in its own currency without naming it (`counted_once`); unless that is the
    visiting side ("visiting Pakistani minister"): then it is the most named state that is not visiting (its cities
    count as its mentions). A state the report gives its officials in their titles (`marked`: "Chinese Ambassador
    NAME") is the other side's: the first of those sides (the dateline's, the masthead's, the reporting country, the
    two most named states) that it leaves unmarked is home, when there is one (the reporting country, the state
    of the article's language unless the article names its envoy abroad (`envoys`), and the state whose body's page
    or site section this is, stay home). An official
    who cannot be of the home state (a counterpart, an envoy "for Pakistan") serves the most named other state. A
    person serving an international body (`UN Secretary-General`) serves no state. In an article that names no
    state, the reporting country. Of two holders of one shared title ("Presidents A and B"), the second serves
    another state than the first (`rivals`). An office whose title is by custom one state's ("Secretary of State
    NAME") is that state's when the article names it or a person of it. A home whose envoy the article names posted in
    one other state it names (`postings`: "the Ambassador of Japan to Cambodia") is the guest: the host is home,
    unless the page's dateline, masthead or head names that home. An envoy whose office names the post abroad
    (`posted`: "l'ambassadeur du Royaume à Bamako") is no foreign envoy in a report from the home state's city,
    nor one standing alone in a story set in the cities of one state (`_envoy_host`); an envoy listed with others
    (`mates`) is of their side.
    """
    if all(person.country or person.stateless for person in persons):
        return
    filed = filed or _Home((), None)
    surnames = {word for person in persons for word in person.name.split()[1:]}
    lands = _former_lands(countries)
    weights = _state_weights(text, countries, surnames, lands)
    ranked = sorted(weights, key=weights.get)
    named = set(countries) | {lands.get(c, c) for c in _states_of_cities_in_body(text, surnames)}
    dateline = filed.dateline
    if len(dateline) == 2 and dateline[0] == dateline[1]:
        named.add(dateline[0])  # a national agency at home ("TOKYO (Kyodo)") is a side, named or not
    if dateline and dateline[-1] in _states_qualifying(text):
        named.add(dateline[-1])  # "MANILA -- ... Philippine bananas": the place's state is a side of the story
    # a partner's currency ("70.000 millones de yuanes" in an Argentine story) names no home against the one state
    # named whose press writes the article's language, nor against the one state whose seat of government it names
    counting = filed.counting if {filed.speaking, filed.seat} <= {None, filed.counting} else None
    home = next(
        (
            c
            for c in (*dateline[:-1], counting, *dateline[-1:], filed.masthead, filed.head, filed.speaking)
            if c and c not in visitors and (c in named or c in (counting, filed.local))
        ),
        None,
    )
    home = home or (reporting if reporting in countries and reporting not in visitors else None)
    once = filed.counted_once
    home = home or (once if once in named and once not in visitors else None)
    home = home or (filed.province if filed.province not in visitors else None)
    home = home or (filed.seat if filed.seat in named and filed.seat not in visitors else None)
    home = home or next((c for c in ranked if c not in visitors), None)
    sides = [c for c in (*dateline, filed.masthead, filed.head, filed.speaking, filed.counting) if c and c in named]
    sides += [reporting] if reporting in countries else []
    # the corpus's own press marks its officials at times, and so does a press whose language only home writes
    # ... but not the state of the article's language whose envoy abroad it names: a French-language report on
    # "l'ambassadeur de France" and a minister of no stated state is the host's press (`envoys`)
    stays_home = (reporting, filed.head, filed.speaking if filed.speaking not in envoys else None)
    if home in marked and home not in stays_home:
        unmarked = next((c for c in (*sides, *ranked[:2]) if c not in visitors and c not in marked), None)
        home = unmarked or _abroad_place(dateline, named, visitors) or home
    home = _host_of_guest(home, postings or {}, named - visitors, filed)
    held = _offices_held(text, persons)
    unset = {id(person) for person in persons if person.country is None and not person.stateless}
    present = named | {person.country for person in persons if person.country}
    by_alias = {alias: person for person in persons for alias in person.aliases}
    for person in persons:
        # "Secretary of State NAME" in a story that names the United States; "Finance Secretary NAME" in a story on
        # Japan and the Philippines: of the states that style the office so, those the story names
        customs = [c for c in _custom_office_states(text, person) if c in present - person.not_countries]
        if person.country is None and not person.stateless and len(customs) == 1:
            person.country = customs[0]
        if person.country is None and not person.stateless:
            _not_the_counterparts_state(person, by_alias)
            abroad = bool(posted & {person.name, *person.aliases})
            listed = any(name in (mates or {}) for name in (*person.aliases, person.name))
            if person.role in _RESIDENT_ENVOYS and not abroad:
                person.not_countries |= _not_envoy_states(text, person, surnames, dateline, home, listed, named)
            first = (rivals or {}).get(id(person))
            if first is not None and first.country:
                person.not_countries.add(first.country)
            kind = _office_kind(person.role)
            # an office several named states style so ("Energy Secretary" in a Mexico-US story): the first of them
            options = _first_of(customs, (home, *ranked, reporting))
            # the home state's holder of an office a state has one of is named: this holder is another state's (not
            # a body's president: "el presidente del Banco Central, NAME")
            home_held = home in held.get(kind, set()) and not _office_of_a_body(text, person)
            if first is not None or person.not_countries & held.get(kind, set()) or home_held:
                # one of several holders of a shared title: of a side whose holder of it the article does not name
                person.not_countries.update(held.get(kind, ()))
                sides_served = {other.country for other in persons if other.country}
                options = (*(c for c in (home, *ranked) if c in sides_served), *options)
            person.country = next((c for c in options if c and c not in person.not_countries), None)
            if kind and person.country and not _office_of_a_body(text, person):
                held.setdefault(kind, set()).add(person.country)
    _envoys_join_their_lists(persons, unset, mates or {})


def _not_envoy_states(
    text: str,
    person: Candidate,
    surnames: set[str],
    dateline: tuple[str | None, ...],
    home: str | None,
    listed: bool,
    named: set[str],
) -> set[str]:
    """The states an envoy named without a state is not of: the home in a report from the home state's city, and
    the state the envoy stands in alone (`_envoy_host`: "Ambassador NAME, speaking in Colombo", a guest there) where
    the story names another state the envoy may serve."""
    states = {home} if home and dateline and dateline[-1] == home else set()
    host = None if listed else _envoy_host(text, person, surnames, dateline)
    return states | ({host} if host and named - {host} else set())


def _envoys_join_their_lists(persons: list[Candidate], unset: set[int], mates: dict[str, set[str]]) -> None:
    """An envoy given a state here (`unset`: by id) listed with others of one state is of that state."""
    by_name = {name: person for person in persons for name in (*person.aliases, person.name)}
    for person in persons:
        listed = {mate for name in (*person.aliases, person.name) for mate in mates.get(name, ())}
        if id(person) not in unset or not listed:
            continue
        sides = {by_name[name].country for name in listed if name in by_name and by_name[name].country}
        if len(sides) == 1 and not sides & person.not_countries:
            person.country = sides.pop()


def _envoy_host(text: str, person: Candidate, surnames: set[str], dateline: tuple[str | None, ...]) -> str | None:
    """The state an envoy named without a state serves in: the one state whose cities the paragraph of the envoy's
    first mention names ("hosted in London by High Commissioner NAME"), else the one state of the cities the
    story names, its dateline's place among them ("Ambassador NAME" in a story of talks in Belgrade)."""
    if not person.spans:
        return None
    start, end = line_around(text, person.spans[0][0])
    near = {city_countries()[found.group()] for found in _city_mentions(text[start:end], surnames)}
    if len(near) == 1:
        return next(iter(near))
    if near:
        return None
    story = _states_of_cities_in_body(text, surnames) | {state for state in dateline[-1:] if state}
    return next(iter(story)) if len(story) == 1 else None


def _first_of(states: list[str], options: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """The options, those among `states` first."""
    return (*(c for c in options if c in states), *options)


def _custom_office_states(text: str, person: Candidate) -> tuple[str, ...]:
    """The states whose governments style the person's office by its title (`state_offices`): the role, else the
    title said right before a mention of the name, in full ('Transportation Secretary NAME', 'Security Secretary
    NAME', whose role keeps the head alone); Kenya's 'Cabinet Secretary for Transport' and 'Transport Cabinet
    Secretary' under 'Cabinet Secretary for'."""
    titles = [person.role] if person.role else []
    for start, _ in person.spans[:3]:
        words = text[max(0, start - 80) : start].split()[-6:]
        titles += [" ".join(words[i:]) for i in range(len(words) - 1)]
    for title in titles:
        title = title.rstrip(",")
        if title in _STATE_OFFICES:
            return _STATE_OFFICES[title]
        head, found, _ = title.partition(" for ")
        if found and f"{head} for" in _STATE_OFFICES:
            return _STATE_OFFICES[f"{head} for"]
        if title.endswith(" Cabinet Secretary") and " " not in title.removesuffix(" Cabinet Secretary"):
            return _STATE_OFFICES.get("Cabinet Secretary for", ())
    return ()


def _host_of_guest(home: str | None, postings: dict[str, set[str]], named: set[str], filed: _Home) -> str | None:
    """The one state named (`named`, less the visitors) in which the home's envoy is posted, where the page does not
    say it is filed from or for the home (its dateline, masthead or head): the home is then the guest side."""
    hosts = postings.get(home, set()) & named
    host = next(iter(hosts)) if len(hosts) == 1 else None
    # two envoys each accredited to the other's state ("Ambassador of India to the UAE, A, and UAE Ambassador to
    # India, B") say nothing of the home
    if host and home not in postings.get(host, ()) and home not in (*filed.dateline, filed.masthead, filed.head):
        return host
    return home


def _not_the_counterparts_state(person: Candidate, by_alias: dict[str, Candidate]) -> None:
    """ "A met his counterpart B", "A e o seu homólogo B": B is not of A's state, even where only the report's home
    gave A one (`by_alias`: the persons by each name they are called)."""
    other = by_alias.get(person.counterpart_of or "")
    if other is not None and other is not person and other.country and not other.stateless:
        person.not_countries.add(other.country)


def _office_of_a_body(text: str, person: Candidate) -> bool:
    """Whether the office said before the person's first mention goes on with a body's name ("presidente del Banco
    Central, NAME", "président de la Banque, NAME")."""
    if not person.role or not person.spans:
        return False
    start = min(person.spans)[0]
    window = text[max(0, start - 120) : start]
    return bool(re.search(rf"{re.escape(person.role)}\s+{_OF_A_BODY}", window))


_OF_A_BODY = r"(?:del|de\s+la|de\s+l['’]|de|da|do|du|des|of\s+the|of)\s+[A-ZÀ-Þ]"


def _abroad_place(dateline: tuple[str | None, ...], named: set[str], visitors: set[str]) -> str | None:
    """The place of a national agency's report from abroad ("NAIROBI (Xinhua)") that marks every side: it marks its
    own state's officials ("Chinese Ambassador NAME"), so those it leaves unmarked are the place's."""
    if len(dateline) != 2 or not dateline[0] or dateline[0] == dateline[1]:
        return None
    place = dateline[1]
    return place if place in named and place not in visitors else None


def _offices_held(text: str, persons: list[Candidate]) -> dict[str | None, set[str]]:
    """The states whose holder of an office a state has one of the article names, by kind of office; a body's
    president ("presidente do Instituto Nacional de Petróleo, NAME") holds no state's presidency."""
    held: dict[str | None, set[str]] = {}
    for person in persons:
        kind = _office_kind(person.role)
        if kind and person.country and not person.stateless and not _office_of_a_body(text, person):
            held.setdefault(kind, set()).add(person.country)
    return held


class _Home(NamedTuple):
    """What the page says about where the report is filed from and for."""

    dateline: tuple[str | None, ...]  # the dateline's agency's state and place's, or the byline's place's
    masthead: str | None  # the state of the outlet the masthead names
    speaking: str | None = None  # the one state named whose press writes in the article's language
    head: str | None = None  # the state whose body's page this is, or whose section of a site ("NEWS › Egypt")
    counting: str | None = None  # the one state whose own currency the article counts most figures in ("A$")
    province: str | None = None  # the one state whose provinces' offices the titles name ("Tasmanian Premier")
    counted_once: str | None = None  # the one state whose own currency counts a figure, where no state counts two
    local: str | None = None  # the dateline place's state, where its press writes the article's language
    seat: str | None = None  # the one state whose seat of government the article names ("en la Casa Rosada")


def _former_lands(countries: dict[str, Candidate]) -> dict[str, str]:
    """In an article that names a state that no longer exists (the Soviet Union) and none of the present states
    on its former lands, those states' cities are its cities ("Moscow" in 1990 is the Soviet capital)."""
    return {
        successor: historic
        for historic, (_, successors) in historic_states().items()
        if historic in countries and not set(successors) & set(countries)
        for successor in successors
    }


def _state_weights(
    text: str, countries: dict[str, Candidate], surnames: set[str], lands: dict[str, str] | None = None
) -> dict[str, tuple[int, int]]:
    """The states of the article, each with a sort key, most named first: by name or demonym, and by the names
    of their cities (a story from Dhaka that says "Bangladesh" once is still Bangladesh's); ties by first
    mention. The key is (minus the mentions, the first mention). `lands`: a present state's cities that were a
    former state's."""
    weight = {key: len(c.spans) for key, c in countries.items()}
    first = {key: c.spans[0][0] for key, c in countries.items()}
    release = body_release_place(text)
    for found in _city_mentions(text, surnames):
        if found.start() == release:
            continue  # "Cairo, 3 December - The African Export-Import Bank has signed": the body's seat is no side
        state = city_countries()[found.group()]
        state = (lands or {}).get(state, state)
        weight[state] = weight.get(state, 0) + 1
        first.setdefault(state, found.start())
    return {state: (-weight[state], first[state]) for state in weight}


_CITY_MENTION = re.compile(rf"(?<![\w-])(?:{CITY})(?![\w-])")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?$")
# A press release's contact label: "In Washington: NAME, +1 202 ..." says where its press office sits.
_CONTACT_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Contacts?:[ \t]*)?In[ \t]+$")


def _city_mentions(text: str, surnames: set[str]) -> Iterator[re.Match[str]]:
    """Names of cities in the text, but a person's surname ("Lagos" in a story on Ricardo Lagos) and a contact
    label's place."""
    for found in _CITY_MENTION.finditer(text):
        label = text.startswith(":", found.end()) and _CONTACT_LABEL.search(
            text, max(0, found.start() - 20), found.start()
        )
        if found.group() not in surnames and not label:
            yield found


def _states_of_cities_in_body(text: str, surnames: set[str]) -> set[str]:
    """The states whose cities the text names other than at the start of a line, where a dateline puts them."""
    return {
        city_countries()[found.group()]
        for found in _city_mentions(text, surnames)
        if not _LINE_START.search(text, max(0, found.start() - 30), found.start())
    }


_DEMONYM_WORD = re.compile(rf"(?<![\w-])(?:{DEMONYM})(?![\w])")


def _states_qualifying(text: str) -> set[str]:
    """The states whose demonym the text writes anywhere, of a people, a product or a compound ("Philippine
    bananas", "Filipino fishermen"): the state of a dateline's place so qualified is a side of the story even where
    the story never names it (not a masthead's nor an agency's: a wire's own state is "Chinese-built" in any
    report it files from abroad)."""
    return {demonyms()[found.group()] for found in _DEMONYM_WORD.finditer(text)}


# a word of an office's portfolio or body: capitalised, dotted initials ("the A.F.L.-C.I.O."), a small word, an
# acronym in brackets, or a body's possessive and the lower-case unit of it that ends the office ("the Kenyan
# Embassy's trade section,")
_OFFICE_WORD = (
    r"(?:[A-Z]\.(?:-?[A-Z]\.)+|[A-Z][\w&-]*['’]s(?:\s+[a-z][\w-]*){1,2}(?=,)|[A-Z][\w'’&-]*"
    r"|and|of|the|for|to|on|in|&|\([A-Z][\w&.-]{1,10}\))"
)
_LONG_HEADS = [head for head in actor_words("role_heads") if len(head) > 3]


@cache
def _office_before_name() -> re.Pattern:
    """An office, its portfolios and body, a comma and titles of address right before a name: "The Honourable
    Minister of Finance, Dr. (Mrs.) NAME", "the Minister for Foreign Affairs, Regional Integration and NEPAD, Hon.
    NAME", "the chief executive officer of the Malaysian Investment Development Authority (MIDA), Datuk NAME". The
    portfolio is a run of capitalised words and small words after of/for/to/on, lists joined by commas; no verb."""
    head = rf"(?:(?i:{alternation(_LONG_HEADS)})|{p.ROLE_HEAD})"
    modifiers = rf"(?:(?i:{alternation(actor_words('role_modifiers'))})\s+){{0,3}}"
    # a list of portfolios may put a comma before its `and` ("Energy, Power, and Petroleum")
    words = rf"(?:\s+{_OFFICE_WORD}){{0,12}}"
    more = rf"(?:,\s+(?:and\s+)?[A-Z][\w'’&-]*(?:\s+{_OFFICE_WORD}){{0,8}}){{0,3}}"
    portfolio = rf"(?:\s+(?:of|for|to|on)\s+{_OFFICE_WORD}{words}{more})?"
    courtesy = alternation(_COURTESY_TITLES)
    address = rf"(?:(?:{HONORIFIC}|{courtesy}|\((?:Mrs?|Ms|Dr)\.?\)|(?<=[a-z.]\s)the)\s+)*"  # "Senator the Hon"
    # a release's letterhead puts the office on a line of its own above the name's ("Minister for Trade\nThe Hon NAME")
    letterhead = r"[ \t]*\n[ \t]*(?:[Tt]he[ \t]+)?"
    return re.compile(
        rf"(?<![\w-])(?P<office>{modifiers}{head}(?![\w-]){portfolio})(?:,\s+(?:the\s+)?|{letterhead}){address}\Z"
    )


_STATE_IN_OFFICE = re.compile(
    rf"\s+(?:of|to|in)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){{0,3}}(?:Republic|Kingdom|Sultanate|State)\s+of\s+(?:the\s+)?)?"
    rf"(?:{COUNTRY})(?![\w-])"
)
_OFFICE_BEFORE_REACH = 200
_AFTER_A_NAME = re.compile(r"[A-Z][\w'’.-]*,\s+(?:(?:the|The|Honourable|Hon\.)\s+)?\Z")


_COURTESY_TITLES = frozenset(actor_words("courtesy_titles"))
_NAME_AND = re.compile(r",?\s+and\s")


def _read_offices_said_before(
    text: str, persons: list[Candidate], named: frozenset[str], tabled: set[int] = frozenset()
) -> None:
    """Give a person of no office the one said right before the name, and its place's state ("Karachi's mayor,
    NAME") to one of no state; an office so said outweighs a title of address ("the Minister for Agriculture,
    Senator NAME") and the holders' table's office (`tabled`: the ids of the persons that only the table gives one;
    a release's letterhead "Minister for Foreign Affairs" over "Foreign Minister")."""
    names = sorted(span for person in persons for span in person.spans)
    for person in persons:
        if not person.spans:
            continue
        first = min(person.spans)
        said = _office_said_before(text, first[0], names)
        # the office said in full where the lower-case rules read its first words only ("the chief executive
        # officer of the X Authority, Datuk NAME"); a capitalised office is read without its body on purpose
        longer = bool(said and person.role) and person.role[:1].islower() and said[0].startswith(person.role)
        if not person.role or person.role in _COURTESY_TITLES or id(person) in tabled or longer:
            person.role = said[0] if said else person.role
            if said and not (person.country or person.stateless):
                # "Karachi's mayor, NAME"; "the Head of the Kenyan Embassy's trade section, Mr. NAME"
                person.country = place_office_state(text, said[1], first, named) or country_in(said[0])


# A signature block: the name alone on its line, the office alone on the next ("NAME\nChief Executive Officer\n"),
# perhaps with its body after a comma ("Chairman of the Management Board, Samruk-Kazyna")
_SIGNED_OFFICE = re.compile(rf"[ \t]*\n[ \t]*(?P<office>{p.ROLE})[ \t]*(?:,[^\n]{{0,80}})?(?:\n|\Z)")
_LINE_OPEN = re.compile(r"(?:\A|\n)[ \t]*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?\Z")


@cache
def _office_before_surname(language: str) -> re.Pattern:
    """An article and an office of the language right before a name ("el canciller ", "le ministre ", "o chanceler
    ", "la presidenta ")."""
    return re.compile(
        rf"(?<![\w'’-])(?:[Ee]l|[Ll]a|[Ll]e|[Ll]['’]|[Oo]|[Aa])\s*(?<=\s|['’])"
        rf"(?P<office>{phrases('role_heads_' + language, either_case=True)})\s+\Z"
    )


_OFFICE_BEFORE_SURNAME_REACH = 60


def _read_offices_before_surnames(text: str, persons: list[Candidate], tabled: set[int], language: str) -> None:
    """In Spanish, French and Portuguese, give a person of no office (or only the holders' table's) the office said
    right before a later mention by surname ("Rafael Bielsa habló ... el canciller Bielsa viajó", "le ministre
    Talbi", "o chanceler Vieira"): the writer's own word for the office."""
    if language not in LANGUAGES:
        return
    for person in persons:
        if person.role and id(person) not in tabled:
            continue
        surnames = person.name.split()[1:]
        for start, end in sorted(person.spans):
            if text[start:end] not in surnames:
                continue  # a mention by one surname only
            said = _office_before_surname(language).search(text, max(0, start - _OFFICE_BEFORE_SURNAME_REACH), start)
            if said:
                person.role = " ".join(said.group("office").split())
                break


def _read_offices_signed_under(text: str, persons: list[Candidate], tabled: set[int]) -> None:
    """Give a person of no office (or only the holders' table's) the office written alone on the line under the
    name, where the name is alone on its line: a letter's, a filing's or a release's signature block."""
    for person in persons:
        if person.role and id(person) not in tabled:
            continue
        for start, end in sorted(person.spans):
            signed = _SIGNED_OFFICE.match(text, end)
            if signed and _LINE_OPEN.search(text, max(0, start - 12), start):
                person.role = " ".join(signed.group("office").split())
                break


_BARE_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+(?!(?:the|an?|its|his|her|their|our|this|that)\b)[a-z]+(?=,)")


def _office_said_before(text: str, start: int, names: list[Span]) -> tuple[str, int] | None:
    """The office said right before a name and a comma (see `_office_before_name`), without the state it names
    ("the Ambassador of the Federal Republic of Germany to the Republic of Serbia, Dr. NAME": Ambassador), and
    where it opens; one that runs over another person's name and an `and` (`names`: the persons' mentions, in
    order) begins after them ("Deputy Minister A and the Head of the EU Delegation, Ambassador B": B is the Head;
    not "Special Assistant to Prime Minister A on Information, Dr B")."""
    found = _office_before_name().search(text, max(0, start - _OFFICE_BEFORE_REACH), start)
    while found:
        at = bisect.bisect_left(names, (found.start(), found.start()))
        inside = takewhile(lambda span: span[0] < start, islice(names, at, None))
        listed = next((end for _, end in inside if _NAME_AND.match(text, end)), None)
        if listed is None:
            break
        found = _office_before_name().search(text, listed, start)
    if not found:
        # "the governor of Russia's Sakhalin region, NAME", "the agency's head, NAME": an office whose complement is
        # no run of capitalised words, read without it
        phrase = p.OFFICE_OF_A_PHRASE_BEFORE.search(text, max(0, start - _OFFICE_BEFORE_REACH), start)
        group = ("office" if phrase.group("office") else "owned") if phrase else None
        if phrase and not _AFTER_A_NAME.search(text, max(0, phrase.start() - 60), phrase.start()):
            # a complement of one bare lower-case noun names the office whole ("head of state", "head of mission")
            bare = _BARE_COMPLEMENT.match(text, phrase.end(group)) if group == "office" else None
            return " ".join(
                text[phrase.start(group) : bare.end() if bare else phrase.end(group)].split()
            ), phrase.start(group)
    # "A, Prime Minister of Tonga, B, Deputy Prime Minister, C": an office after "NAME," is that name's
    if not found or _AFTER_A_NAME.search(text, max(0, found.start() - 60), found.start()):
        return None
    office = found.group("office")
    state = _STATE_IN_OFFICE.search(office)
    return (office[: state.start()] if state else office), found.start("office")
