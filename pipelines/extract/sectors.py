"""Sectors of cooperation: cue terms of the closed vocabulary in `schemas/sectors.csv`, counted in context."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import takewhile

from pipelines.extract.boilerplate import caption_and_related_spans
from pipelines.extract.records import SectorHit, Span
from pipelines.extract.regex_dispatch import grouped_alternation
from pipelines.extract.sector_names import lower_case_names
from pipelines.extract.sector_statements import (
    a_bank_pays,
    a_body_cited,
    acquisitions,
    builders_at_work,
    capital_for_plants,
    capital_put_in,
    company_plants,
    courses_taken,
    epidemic_responses,
    goods_bought,
    jobs_counted,
    lenders,
    money_sent_home,
    money_sum,
    names_two_states,
    romance_training,
    staples_given,
    states_a_sum,
)
from pipelines.extract.spans import disjoint, overlaps_any, sentence_around
from pipelines.knowledge import city_countries, country_names, dateline_towns, demonyms
from pipelines.knowledge.actor_words import actor_words
from pipelines.knowledge.identity_tables import states_writing
from pipelines.knowledge.money_vocabulary import currency_tokens
from pipelines.knowledge.sector_vocabulary import (
    SECTOR_LANGUAGES,
    is_acronym,
    sector_cues,
    sector_phrases,
    sector_words,
)

_MIN_MENTIONS_WITHOUT_CONTEXT = 2


def _cue_body(cue: str) -> str:
    return re.escape(cue).replace(r"\*", r"[\w-]*").replace(r"\ ", r"[\s-]+")


def _cue_regex(cue: str) -> str:
    if is_acronym(cue):  # acronyms (IT, LNG) only in capitals
        return rf"(?-i:\b{_cue_body(cue)}\b)"
    return rf"\b{_cue_body(cue)}\b"


def _alternation_by_first_letter(cues: list[str]) -> str:
    """The cues as one alternation grouped by first letter, so each word tries a handful of cues, not all."""
    acronyms = [(_cue_regex(c), "") for c in cues if is_acronym(c)]
    words = [(c[0].lower(), _cue_body(c)[1:] + r"\b") for c in cues if not is_acronym(c)]
    return grouped_alternation(acronyms + words)


@dataclass(frozen=True, slots=True)
class _Cues:
    """The cue terms of one language as one alternation, longest first, and each cue's own pattern."""

    pattern: re.Pattern
    single: tuple[tuple[re.Pattern, str], ...]


@cache
def _cues(language: str) -> _Cues:
    """One alternation of every cue; the matched text's cue is found by a second, small match."""
    cue_sector = sector_cues(language)
    cue_sector.update(sector_phrases())
    ordered = sorted(cue_sector, key=lambda c: (-len(c.replace("*", "")), c))
    return _Cues(
        re.compile(r"(?<!\w)(?:" + _alternation_by_first_letter(ordered) + ")", re.IGNORECASE),
        tuple((re.compile(_cue_regex(c) + r"\Z", re.IGNORECASE), cue_sector[c]) for c in ordered),
    )


@cache
def _context() -> re.Pattern:
    words = sorted(sector_words()["context"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(_cue_body(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _sector_of(matched: str, language: str) -> str:
    # Same order as the alternation, so the first cue that spans the whole match is the one that matched.
    for pattern, sector in _cues(language).single:
        if pattern.match(matched):
            return sector
    return ""


_ELIDED_ARTICLE = re.compile(r"(?<!\w)[dl]['’]\Z", re.IGNORECASE)


def _in_a_proper_name(text: str, match: re.Match) -> bool:
    """A capitalised cue inside a sentence names something ("Board of Investment"), it reports no activity."""
    first = match.group().split()[0]  # an acronym opening a phrase ("COVID-19 recovery") is no name
    if not first[0].isupper() or first.isupper():
        return False
    before = text[max(0, match.start() - 200) : match.start()].rstrip(" \t")  # a window: linear in the text
    elided = _ELIDED_ARTICLE.search(before)  # "de l'Industrie": the article is a word of the phrase, no quote
    if elided:
        before = before[: elided.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"“‘'(—–-•"


# A name is a project when a word says so ("Trans-Asian Pipeline", "Housing Projects") or when it is
# titled by the work it does ("Promotion of Wind Power"); a body or an office in it makes it a name of
# the body ("Pipeline Authority", "Minister for Energy"), which reports no activity.
_PROJECT_WORDS = frozenset(sector_words()["project_words"])
_WORK_TITLES = frozenset(sector_words()["work_titles"])
_BODY_WORDS = frozenset(sector_words()["body_words"]).union(actor_words("company_heads"))
_WORKS_NAMES = frozenset(sector_words()["works_names"])
_NAME_JOINERS = frozenset(sector_words()["name_joiners"])
_FIELD_NOUNS = frozenset(sector_words()["field_nouns"])
_OPENING = "“‘\"'("
_CLOSING = ",;:.!?”’\"')"


_ONLY_LEADING = frozenset(sector_words()["leading_joiners"])
_LEADING_JOINERS = _NAME_JOINERS | _ONLY_LEADING


def _in_name(word: str, joiners: frozenset[str] = _NAME_JOINERS) -> bool:
    return word[:1].isupper() or word in joiners


def _name_parts(text: str, match: re.Match) -> tuple[list[str], list[str]]:
    """The capitalised words (and the small words joining them) before and after the cue in the name that
    holds it."""
    # Only words set apart by single spaces: punctuation or a line break next to the cue ends the name.
    left = text[max(0, match.start() - 120) : match.start()].split("\n")[-1].split(" ")
    right = text[match.end() : match.end() + 120].split("\n")[0].split(" ")
    left, right = (left[:-1] if left[-1] == "" else []), (right[1:] if right[0] == "" else [])
    before: list[str] = []
    for token in reversed(left):
        if not token or token[-1] in _CLOSING or not _in_name(token.lstrip(_OPENING), _LEADING_JOINERS):
            break
        if token.endswith(("'s", "’s")):
            break  # a possessor is not a part of the name ("Japan's Official Development Assistance")
        before.insert(0, token.lstrip(_OPENING))
        if token[0] in _OPENING:
            break
    after: list[str] = []
    for token in right:
        if not token or token[0] in _OPENING or not _in_name(token):
            break
        after.append(token.rstrip(_CLOSING))
        if token[-1] in _CLOSING:
            break
    while before and before[0] in _LEADING_JOINERS:
        before.pop(0)
    while after and after[-1] in _NAME_JOINERS:
        after.pop()
    return before, after


def _name_words(text: str, match: re.Match) -> list[str]:
    """The words of the capitalised name that holds the cue."""
    before, after = _name_parts(text, match)
    return before + match.group().split() + after


def _names_a_project(text: str, match: re.Match) -> bool:
    """True when the capitalised name holding the cue is a project or programme, not a body or an office."""
    words = _name_words(text, match)
    if _BODY_WORDS.intersection(words):
        return False
    titled = words[1:] if words[0] == "The" else words
    return bool(_PROJECT_WORDS.intersection(words)) or (
        len(titled) > 2 and titled[0] in _WORK_TITLES and titled[1] == "of"
    )


_POSSESSIVES = ("'s", "’s")


def _names_a_field(text: str, match: re.Match, language: str) -> bool:
    """True when the capitalised name holding the cue is made only of cue words and field nouns ("Humanitarian
    Assistance and Disaster Relief"): a field of work written in capitals, not the name of a body."""
    if text[match.end() : match.end() + 1] == "-":
        return False  # a part of a hyphenated name ("Export-Import Bank")
    before, after = _name_parts(text, match)
    if text.startswith(_POSSESSIVES, match.end()) or (after and after[-1].endswith(_POSSESSIVES)):
        return False  # a possessor is a party or a body ("since Labor's election win"), no field of work
    # a field named after "to" is read alone ("Protocol Related to Tourism Cooperation")
    own = before[max((i + 1 for i, word in enumerate(before) if word in _ONLY_LEADING), default=0) :]
    # the cue is one word of the name, however many it spells ("Boko Haram", "Islamic State")
    words = [w for w in own + after if w not in _NAME_JOINERS]
    if _BODY_WORDS.intersection(words + match.group().split()):
        return False
    return all(w in _FIELD_NOUNS or _sector_of(w, language) for w in words)


@cache
def _word_list(name: str) -> re.Pattern:
    """One of `sector_words.toml`'s lists as a pattern of whole words (`*` standing for any ending)."""
    words = sorted(sector_words()[name], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(_cue_body(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def _visited(text: str, match: re.Match, language: str) -> bool:
    """True when the capitalised name holding the cue is what a delegation visits ("visited the Armed Forces
    Medical College") or what is equipped or built ("equip the new Queen Alia Hospital"): a visit's or works'
    words end just before the name. The name's first cue tells its sector."""
    before, _ = _name_parts(text, match)
    if _cues(language).pattern.search(" ".join(before)):
        return False
    return _name_follows(text, match, before, ("visit_words", "works_verbs"))


def _name_follows(text: str, match: re.Match, before: list[str], lists: tuple[str, ...]) -> bool:
    """True when a word of one of `sector_words.toml`'s lists ends just before the name (an article between)."""
    name_start = match.start() - sum(len(word) + 1 for word in before)
    lead = _LEADING_THE.sub("", text[max(0, name_start - 30) : name_start])
    return any(found.end() == len(lead) for words in lists for found in _word_list(words).finditer(lead))


_FORCE_NAMES = frozenset(sector_words()["force_names"])


def _force_receives(text: str, match: re.Match) -> bool:
    """True when the cue is an armed force or a police force named as the one that equipment goes to ("aircraft
    to the Philippine Navy", "para la Policía Nacional"): the force at work, not a name cited in passing."""
    if match.group().lower() not in _FORCE_NAMES:
        return False
    before, _ = _name_parts(text, match)
    # the force's own name ends at a joining word: "by Sikorsky for the Federal Police" is read as one name
    joiner = max((i for i, word in enumerate(before) if word in _NAME_JOINERS), default=-1)
    own = before[joiner + 1 :]
    return _name_follows(text, match, own, ("recipient_words",)) and not _name_follows(
        text, match, own, ("not_recipients",)
    )


# an article, a possessor ("Turkiye's") and "new" may stand between a verb and the name it governs
_LEADING_THE = re.compile(r"(?:\s+(?:the|a|an))?(?:\s+[\w-]+['’]s)?(?:\s+new)?\s*\Z", re.IGNORECASE)


def _is_built(text: str, match: re.Match, paid: bool = True, route: bool = False) -> bool:
    """True when the sentence of a works word says, within a few words of it, that the works are built (or, when
    `paid`, that a fund or a loan pays for them, or their value after them; a route also when money is lent or granted
    or a sum set aside for it)."""
    start, end = sentence_around(text, match.span())
    start, end = max(start, match.start() - _BUILDING_REACH), min(end, match.end() + _BUILDING_REACH)
    lists = ("building_words", "paying_words") if paid else ("building_words",)
    if _object_building_verb().search(text, start, match.start()) and _heads_its_phrase(text, match, end):
        return True  # "to expand the access road": a verb whose object the works are
    if paid and _word_list("works_values").search(text, match.end(), end):
        return True  # "the Budapest-Belgrade railway, a project worth $2.9 billion": works priced are works to build
    if paid and _sum_set_for().search(text, start, match.start()) and _qualifies_no_head(text, match, end):
        return True  # "211 billion pesos for ports and rail": a sum set for works, or a list of them, builds them
    lent = _word_list("route_paying_words").search(text, start, end)
    if paid and route and lent and _heads_its_phrase(text, match, end):
        return True  # "a grant for the Kaladan road", not "will lend the port authority $90 million for cranes"
    # a word after a hyphen names who built works long done ("the Soviet-built pipeline"), no works now
    return any(
        text[found.start() - 1 : found.start()] != "-"
        for name in lists
        for found in _word_list(name).finditer(text, start, end)
    )


@cache
def _sum_set_for() -> re.Pattern:
    """A sum of money set for the works that follow it, at the end of the text before them ("twenty million Belize
    dollars for ", "Rs 45 billion earmarked for new ", "420 millones previstos para las ")."""
    words = sector_words()
    set_words = "|".join(_cue_body(w) for w in sorted(words["sum_set_words"], key=len, reverse=True))
    links = "|".join(_cue_body(w) for w in sorted(words["sum_set_links"], key=len, reverse=True))
    article = r"(?:(?:the|a|an|its|their|new|el|la|los|las|le|les|o|os|as)\s+|l['’])?"
    modifier = r"(?!(?:in|on|of|for|with|to|and|or|en|em|y|e|et|de|con|com|avec)\s)[\w-]+"
    return re.compile(
        rf"{money_sum()}(?:,?\s+(?:{set_words}))?\s+(?:{links})\s+{article}(?:{modifier}\s+){{0,2}}\Z", re.IGNORECASE
    )


def _heads_its_phrase(text: str, match: re.Match, end: int) -> bool:
    """True when the works head their noun phrase, not qualify another noun: no word of `qualified_heads` follows
    ("to expand road links"), nor a joining word without an article ("road and train links", not "the road and the
    bridge")."""
    after = [word.strip(",;:.!?()").lower() for word in text[match.end() : end].split()[:2]]
    if not after or text[match.end() : match.end() + 1] in ",;:.!?)":
        return True
    if after[0] in ("and", "or", "&", "y", "e", "et", "ou", "o"):
        return len(after) > 1 and after[1] in _ARTICLES
    return _word_list("qualified_heads").fullmatch(after[0]) is None


def _qualifies_no_head(text: str, match: re.Match, end: int) -> bool:
    """True when no word of `qualified_heads` follows the works ("for port cooperation"); a list of works ("ports and
    railways") is read as works, each one."""
    after = text[match.end() : end].split()[:1]
    return not after or _word_list("qualified_heads").fullmatch(after[0].strip(",;:.!?()").lower()) is None


_ARTICLES = frozenset(("the", "its", "their", "el", "la", "los", "las", "le", "les", "l", "o", "a", "os", "as"))


@cache
def _object_building_verb() -> re.Pattern:
    """A verb of `object_building_words` right before the works it governs, at the end of the text before them: an
    article or a possessor and two more words at most between ("expand the access road", "enlarge Mombasa's port")."""
    verbs = "|".join(_cue_body(w) for w in sorted(sector_words()["object_building_words"], key=len, reverse=True))
    of = r"(?:of|de|del|da|do|das|dos|du|des)"
    article = r"(?:the|a|an|its|their|this|that|el|la|los|las|le|les|o|os|as|[\w-]+['’]s)"
    # the words between are the works' modifiers, no phrase of another object ("cooperation in ports")
    modifier = r"(?!(?:in|on|of|for|with|to|and|or|en|em|y|e|et|de|con|com|avec|entre|between)\s)[\w-]+"
    return re.compile(
        rf"(?<!\w)(?:{verbs})\s+(?:{of}\s+)?(?:(?:{article}\s+)|l['’])?(?:{modifier}\s+){{0,2}}\Z", re.IGNORECASE
    )


def _builds_a_route(text: str, match: re.Match, sector: str, kind: str) -> bool:
    """True when the cue is a route's works (a port, a railway) and its sentence says they are built, or the
    route is a named project or link ("the Metro Line Project"): works to build."""
    if sector != "transport" or not _word_list("built_routes").fullmatch(match.group()):
        return False
    if kind == _PROJECT and _WORKS_NAMES.intersection(_name_words(text, match)):
        return True
    return _is_built(text, match, paid=kind == _COUNTED, route=True)


def _built_works(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """Works of any sector that the text says are built ("to build an airport", "construct two power plants"):
    construction, which is infrastructure whatever the works serve."""
    return [
        match
        for match in _word_list("built_works").finditer(text)
        if not overlaps_any(match.span(), skip) and _is_built(text, match)
    ]


# How far from a route's cue a word of building is read ("to build a new standard-gauge railway"): within a
# few words, not anywhere in a long list that also names "digital development".
_BUILDING_REACH = 50


_COUNTED, _PROJECT, _FIELD, _NAME = "counted", "project", "field", "name"


@cache
def _portfolio_before() -> re.Pattern:
    """An office or ministry and the small word that opens its portfolio (and the portfolios listed before this
    one), at the end of the text before a name."""
    offices = "|".join(_cue_body(w) for w in sorted(sector_words()["portfolio_offices"], key=len, reverse=True))
    links = "|".join(_cue_body(w) for w in sorted(sector_words()["portfolio_links"], key=len, reverse=True))
    # "Desenvolvimento, Indústria, Comércio e"; each may open with its small word ("des Mines, de l'Industrie et du")
    listed = rf"(?:(?-i:[A-ZÀ-Þ])[\w-]*,?\s+(?:(?:and|e|y|et)\s+)?(?:(?:{links})\s*)?)*"
    state = r"(?:(?-i:[a-zà-ÿ])[\w-]*\s+)?"  # the office's state in lower case ("ministra chilena de Comercio")
    return re.compile(rf"(?<!\w)(?:{offices})\s+{state}(?:{links})\s*{listed}\Z", re.IGNORECASE)


def _names_a_portfolio(text: str, match: re.Match) -> bool:
    """True when an office or ministry stands right before the name holding the cue ("ministro de Minas e
    Energia", "ministre du Commerce"): the name is its portfolio."""
    before, _ = _name_parts(text, match)
    name_start = match.start() - sum(len(word) + 1 for word in before)
    return _portfolio_before().search(text, max(0, name_start - 80), name_start) is not None


_QUALIFIER_WORDS = 3  # the lower-case words after a portfolio's noun: "Souveraineté industrielle et numérique"
_PORTFOLIO_NOUN = re.compile(
    rf"(?:\A|\s|(?<=['’]))((?-i:[A-ZÀ-Þ])[\w-]*)((?:\s+(?-i:[a-zà-ÿ])[\w-]*){{0,{_QUALIFIER_WORDS}}})\s+\Z"
)
_QUALIFIER_JOINERS = frozenset(("et", "e", "y"))


def _qualifies_a_portfolio(text: str, match: re.Match, language: str) -> bool:
    """True when a lower-case cue qualifies the capitalised noun of an office's portfolio, as Romance languages write
    a portfolio's adjectives after its noun and in lower case ("ministre de la Souveraineté industrielle et
    numérique", "ministre de l'Économie maritime"): a word of the office's name, which reports no activity. The
    words between the noun and the cue are other cues of the portfolio and the words that join them."""
    if language == "en" or not match.group()[:1].islower():
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    noun = _PORTFOLIO_NOUN.search(text, max(line_start, match.start() - 80), match.start())
    if noun is None:
        return False
    if any(word not in _QUALIFIER_JOINERS and not _sector_of(word, language) for word in noun.group(2).split()):
        return False
    return _portfolio_before().search(text, max(0, noun.start(1) - 80), noun.start(1)) is not None


_OFFICE_HEADS = frozenset(sector_words()["office_heads"])


_PORTFOLIO_WORDS = frozenset(sector_words()["portfolio_words"])
_PORTFOLIO_REACH = 4  # the words read after the cue for its office: "food and water safety minister"


def _heads_an_office(text: str, match: re.Match, language: str) -> bool:
    """True when an office or a ministry follows the cue in lower case ("according to the finance ministry", "the
    trade minister said"), maybe after more of its portfolio ("the trade and industry minister", "food and water
    safety minister"), or in capitals where the name opens a sentence ("Finance Ministry figures showed"): the name
    of a body or a post, which reports no activity."""
    if text[match.end() : match.end() + 1] != " ":
        return False
    for word in text[match.end() : match.end() + 60].split()[:_PORTFOLIO_REACH]:
        bare = word.rstrip(",;:.")
        if bare.lower() in _OFFICE_HEADS:
            return True
        if bare != word or not (bare in _PORTFOLIO_WORDS or _sector_of(bare, language)):
            return False  # a clause ends, or a word of no portfolio: the cue is running text
    return False


def _kind(text: str, match: re.Match, language: str) -> str:
    """How a cue is used: a word of running text, a project's name, a field of work in capitals, or a name."""
    if not _in_a_proper_name(text, match):
        return (
            _NAME
            if _heads_an_office(text, match, language) or _qualifies_a_portfolio(text, match, language)
            else _COUNTED
        )
    if _names_a_portfolio(text, match):
        return _NAME
    if _names_a_project(text, match) or _visited(text, match, language) or _force_receives(text, match):
        return _PROJECT
    return _FIELD if _names_a_field(text, match, language) else _NAME


_VERB_SECTORS = (
    {word: "education" for word in sector_words()["training_verbs"]}
    | {word: "" for word in sector_words()["paying_verbs"]}
    | {word: "" for word in sector_words()["romance_paying_verbs"]}
    | {word: "" for word in sector_words()["figurative_verbs"]}
)
# Forms that are verbs wherever they stand, as English forms in -ed are.
_VERB_FORMS = frozenset(sector_words()["romance_paying_verbs"])
_PAYING_VERBS = _VERB_FORMS.union(sector_words()["paying_verbs"])
_VERB_LEADS = frozenset(sector_words()["verb_leads"])
_TRAINEES = frozenset(sector_words()["trainees"])
_PAID_FOR = frozenset(sector_words()["paid_for"])
_FIGURATIVE_OBJECTS = frozenset(sector_words()["figurative_objects"])


def _as_verb(text: str, match: re.Match, sector: str) -> str:
    """A cue that is a verb has the sector of the verb: training ("will train 400 technicians", "and train
    nurses") is education; paying for a thing ("will finance a stadium", "financiará el hospital") and a figure of
    speech ("to cement ties") are none (''), but a bank that pays lends ("o banco poderá financiar", "financed by the
    Exim Bank")."""
    word = match.group().lower()
    if word not in _VERB_SECTORS:
        return sector
    if word in _PAYING_VERBS and a_bank_pays(text, match.span()):
        return sector  # a bank that pays for a thing lends it the money: finance
    if word in _VERB_FORMS:
        return _VERB_SECTORS[word]
    before = text[max(0, match.start() - 20) : match.start()].split()
    after = text[match.end() : match.end() + 14].split()
    objects = _TRAINEES if _VERB_SECTORS[word] else _PAID_FOR | _FIGURATIVE_OBJECTS
    if (
        word.endswith("ed")
        or (before and before[-1].lower() in _VERB_LEADS)
        or (after and (after[0][:1].isdigit() or after[0].lower().rstrip(".,;:") in objects))
        or (_VERB_SECTORS[word] and after and after[0] in demonyms())  # "and train Nepali engineers"
    ):
        return _VERB_SECTORS[word]
    return sector


_CARRYING_VERBS = frozenset(sector_words()["carrying_verbs"])
_CARRIED_SECTORS = frozenset(sector_words()["carried_sectors"])
_CARRIED_REACH = 80  # how far the object of a carrying verb is read: its own clause, a few words


_GOODS_CARRIED = tuple(
    (tuple(sector_words()[f"{kind}_stems"]), frozenset(sector_words()[f"{kind}_carried_sectors"]))
    for kind in ("flow", "price")
)
_FLOW_STEMS = _GOODS_CARRIED[0][0]
_GOODS_LINKS = frozenset(sector_words()["flow_goods_links"])
_GOODS_FIGURE_WORDS = frozenset(sector_words()["goods_figure_words"])
_GOODS_GAP_WORDS = 8  # the words between a flow and its goods after it: "roughly 1.7 billion cubic metres of Russian"
_GOODS_LINK_REACH = 3  # the words between the goods and their link or figure: "of Russian gas", "d'électricité"


def _goods_before(text: str, match: re.Match, language: str) -> re.Match | None:
    """The cue right before the flow, joined to it by a blank or a hyphen ("gas exports", "LNG-imports"), that is no
    part of a prefixed word ("non-oil exports")."""
    low, end = max(0, match.start() - 40), match.start()
    while end > low and text[end - 1] in " \t-":
        end -= 1
    if end == match.start():
        return None
    last = None
    for cue in _cues(language).pattern.finditer(text, low, end):
        last = cue
    if last is None or last.end() != end or _after_a_prefix(text, last):
        return None
    return last


_LISTED_AFTER = re.compile(r"\s*(?:,|&|(?:and|or|y|o|e|et|ou)\s)", re.IGNORECASE)


def _goods_after(text: str, match: re.Match, language: str) -> re.Match | None:
    """The first cue of the flow's own object after it, when a link or a figure leads to it ("exports of power",
    "import up to 450 megawatts", "exportou 3,9 milhões de toneladas de carvão"); None when a figure word stands
    between ("imports rose 20% as oil prices climbed") or the clause ends first."""
    clause = re.split(r"[.;:,!?()](?!\d)", text[match.end() : match.end() + _CARRIED_REACH], maxsplit=1)[0]
    goods = _cues(language).pattern.search(text, match.end(), match.end() + len(clause))
    if goods is None:
        return None
    gap = text[match.end() : goods.start()]
    words = gap.lower().split()
    if _LISTED_AFTER.match(text, goods.end()):
        return None  # a list of goods ("exports of gold and cocoa"), perhaps of several sectors: a trade flow
    if not words:
        return goods  # "exports LNG", "export power"
    if len(words) > _GOODS_GAP_WORDS or _GOODS_FIGURE_WORDS.intersection(words):
        return None
    elided = gap.endswith(("d'", "d’")) and not gap[-3:-2].isalpha()
    near = words[-_GOODS_LINK_REACH:]
    if elided or any(w in _GOODS_LINKS or any(c.isdigit() for c in w) for w in near):
        return goods
    return None


@cache
def _money_marks() -> tuple[frozenset[str], frozenset[str]]:
    """Currency words of `currencies.csv` (names in lower case, codes and abbreviations as written), and the
    characters of its symbols."""
    tokens = currency_tokens()
    words = {t.token.lower() if t.kind == "name" else t.token for t in tokens if t.kind != "symbol"}
    symbols = {c for t in tokens if t.kind == "symbol" for c in t.token if not c.isalnum() and c not in ".-' "}
    return frozenset(words), frozenset(symbols)


def _states_money(text: str, start: int, end: int) -> bool:
    """True when the text between start and end names money: a currency's symbol or word ("$2 billion", "£27bn",
    "1.000 milhões de dólares", "KZT 40 billion")."""
    words, symbols = _money_marks()
    span = text[start:end]
    if any(c in symbols for c in span):
        return True
    return any(w.strip(".,;:()") in words or w.strip(".,;:()").lower() in words for w in span.split())


def _carried_goods(text: str, match: re.Match, sector: str, language: str) -> str:
    """A trade flow or a price whose goods are another sector's has that sector: goods right before it ("gas
    exports", "LNG imports", "power sector tariffs") or its object after it (`_goods_after`): the work of a pipeline,
    a power line or a mine, not trade. A flow whose sentence gives money or a change ("gas imports worth $300
    million", "coal exports rose 18%") is a trade figure, and goods of another sector or of none leave it trade."""
    if sector != "trade":
        return sector
    word = match.group().lower()
    for stems, carried in _GOODS_CARRIED:
        if not word.startswith(stems):
            continue
        goods = _goods_before(text, match, language) or _goods_after(text, match, language)
        if goods is None or _sector_of(goods.group(), language) not in carried:
            return sector
        start, end = sentence_around(text, match.span())
        if stems is _FLOW_STEMS and (
            _states_money(text, start, end)
            or _GOODS_FIGURE_WORDS.intersection(w.strip(".,;:").lower() for w in text[start:end].split())
        ):
            return sector  # the flow's value or its change ("gas imports worth $300 million", "coal exports rose")
        return _sector_of(goods.group(), language)
    return sector


_CHANNEL_AID_CUES = frozenset(sector_words()["channel_aid_cues"])
_CHANNEL_AID_SECTORS = frozenset(sector_words()["channel_aid_sectors"])
_AID_CHANNEL_WORDS: dict[str, str] = sector_words()["aid_channel_words"]
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w-]*)")


def _aid_by_channel(text: str, match: re.Match, sector: str, language: str) -> str:
    """A word of aid named by its channel has the channel's sector: the word before it in English, after it in
    Spanish, French and Portuguese, when that is a cue of `_CHANNEL_AID_SECTORS` ("security aid", "macro-financial
    assistance", "aide financière") or a word of a state's budget ("budget aid", "aide budgétaire")."""
    if sector != "humanitarian" or match.group().lower() not in _CHANNEL_AID_CUES:
        return sector
    if language == "en":
        near = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    else:
        near = _WORD_AFTER.match(text, match.end(), match.end() + 40)
    if near is None:
        return sector
    word = near.group(1)
    channel = _AID_CHANNEL_WORDS.get(word.lower()) or _sector_of(word.split("-")[-1], language)
    return channel if channel in _CHANNEL_AID_SECTORS else sector


def _as_carrier(text: str, match: re.Match, sector: str, language: str) -> str:
    """A carrying verb ("will transport 30 billion cubic metres of gas") has the sector of what it carries when
    that is one of `_CARRIED_SECTORS`: the work of a pipeline or a power line, not of transport; a trade flow or a
    price has the sector of its goods (`_carried_goods`)."""
    if match.group().lower() not in _CARRYING_VERBS:
        return _aid_by_channel(text, match, _carried_goods(text, match, sector, language), language)
    before = text[max(0, match.start() - 20) : match.start()].split()
    after = text[match.end() : match.end() + 14].split()
    if not ((before and before[-1].lower() in _VERB_LEADS) or (after and (after[0][:1].isdigit() or after[0] == "up"))):
        return sector
    clause = re.split(r"[.;:,](?!\d)", text[match.end() : match.end() + _CARRIED_REACH], maxsplit=1)[0]
    for carried in _cues(language).pattern.finditer(clause):
        if _sector_of(carried.group(), language) in _CARRIED_SECTORS:
            return _sector_of(carried.group(), language)
    return sector


_DRILLS = frozenset(sector_words()["drill_phrases"])
_FORCE_SECTORS = frozenset(sector_words()["force_sectors"])
_FORCE_TRAINING = frozenset(sector_words()["force_training"])
_FORCE_TRAINED = frozenset(sector_words()["force_trained"])


def _as_drill(text: str, match: re.Match, sector: str, language: str) -> str:
    """Training held jointly ("joint training between the two coast guards") is the forces' drills when its sentence
    names a force (a cue of defence or security), and schooling otherwise ("joint training of nurses"); training given
    to a force ("equipment and training for the police") is the force's, no schooling ('')."""
    word = match.group().lower()
    if word not in _DRILLS and word not in _FORCE_TRAINING and word.split()[-1] not in _FORCE_TRAINED:
        return sector
    if word in _FORCE_TRAINING and _schooling_holds(text, match):
        return sector  # "a training course for navy officers": a course of study, whoever attends it
    start, end = sentence_around(text, match.span())
    for other in _cues(language).pattern.finditer(text, start, end):
        if other.start() != match.start() and _sector_of(other.group(), language) in _FORCE_SECTORS:
            return sector if word in _DRILLS else ""
    return "education" if word in _DRILLS else sector


_SCHOOLING_HEADS = frozenset(sector_words()["schooling_heads"])


def _schooling_holds(text: str, match: re.Match) -> bool:
    """True when a course, a school or a place of study holds the training: a word of `schooling_heads` right after it
    ("training course", "training slots") or of `schooling_leads` right before it ("curso de formación")."""
    after = text[match.end() : match.end() + 20].split()[:1]
    if after and after[0].lower().rstrip(",;:.!?") in _SCHOOLING_HEADS:
        return True
    lead = " ".join(text[max(0, match.start() - 25) : match.start()].lower().split()[-2:])
    return lead in _SCHOOLING_LEADS


_SCHOOLING_LEADS = frozenset(sector_words()["schooling_leads"])


_FOOD_GIVEN = frozenset(sector_words()["food_given"])
# A cue that names a second sector's works too, as a whole cue (`sewer*` any of its forms), to that sector.
_SECOND_SECTORS = tuple(
    (re.compile(rf"{_cue_body(cue)}\Z", re.IGNORECASE), second)
    for cue, second in sector_words()["second_sectors"].items()
)


def _compound_sectors(matched: str, sector: str, language: str) -> set[str]:
    """The other sectors a cue with an open ending swallowed after a hyphen ("agro-industrial"): both words count.
    Food given as aid is food supply too ("food aid"): agriculture. A cue of `second_sectors` names the works of a
    second sector too ("sanitation": infrastructure; "represas": energy)."""
    if " ".join(matched.lower().split()) in _FOOD_GIVEN:
        return {"agriculture"} - {sector}
    second = next((second for cue, second in _SECOND_SECTORS if cue.match(matched)), None)
    if second is not None:
        return {second} - {sector}
    if "-" not in matched or " " in matched:
        return set()
    return {_sector_of(part, language) for part in matched.split("-")[1:]} - {sector, ""}


_BACK_HEADS = frozenset(sector_words()["back_heads"])


def _head(word: str) -> str:
    return word.lower().removesuffix("s")


def _named_before(matched: str, sector: str, heads: dict[str, str], language: str) -> str:
    """The sector of a cue, read against the phrases before it: a phrase whose last word is a thing of another
    sector ("a wind farm") makes that word, said alone later, the same thing ("the farm", "offshore farms")."""
    words = matched.split()
    if len(words) > 1:
        if _head(words[-1]) in _BACK_HEADS and _sector_of(words[-1], language) not in ("", sector):
            heads[_head(words[-1])] = sector
        return sector
    return heads.get(_head(matched), sector)


_MODIFIED_HEADS: dict[str, list[str]] = sector_words()["modified_heads"]
_MODIFIED_REACH = 60  # the compound's head: a few words after the cue, past two more modifiers at most


@cache
def _modified_head(cue: str) -> re.Pattern:
    """The head of a compound that a modifier cue opens, right after it or after more modifiers joined to it ("power
    cables", "power and water projects", "power, water and road projects", "commercial and economic ties")."""
    heads = "|".join(_cue_body(w) for w in sorted(_MODIFIED_HEADS[cue], key=len, reverse=True))
    more = r"(?:\s*,\s*[\w-]+|\s+(?:and|or|&)\s+[\w-]+)"
    return re.compile(rf"{more}{{0,2}}\s+(?:{heads})(?!\w)", re.IGNORECASE)


def _a_bare_modifier(text: str, match: re.Match, language: str) -> bool:
    """True when an English cue that is its sector only in a compound ("power", "commercial") heads no compound of its
    `modified_heads` ("a world power", "commercial lenders")."""
    cue = match.group().lower()
    if language != "en" or cue not in _MODIFIED_HEADS:
        return False
    if _modified_head(cue).match(text, match.end(), match.end() + _MODIFIED_REACH):
        return False
    return not (cue in _LISTED_FIELDS and _a_field_among_fields(text, match, language))


_LISTED_FIELDS = frozenset(sector_words()["listed_fields"])
# the word before a field that stands alone as an item of a list: a link of the list or a preposition that opens it
# ("in power, railways and roads", "for roads and power"), no word that makes it a noun of its own ("a world power")
_FIELD_ITEM_BEFORE = re.compile(
    r"(?:,|(?<!\w)(?:" + "|".join(map(re.escape, sector_words()["listed_field_links"])) + r"))\s*\Z", re.IGNORECASE
)


def _a_field_among_fields(text: str, match: re.Match, language: str) -> bool:
    """True when a modifier cue of `listed_fields` stands alone as an item of a list whose next or previous item is a
    field of another sector ("15 projects in power, railways and roads", "a loan for roads and power", "focuses on
    power, transport and climate resilience"): the field itself, as the other items are theirs."""
    if not _FIELD_ITEM_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return False
    own = _sector_of(match.group(), language)
    for item in _list_neighbours(text, match, _LINK_BEFORE):
        for other in _cues(language).pattern.finditer(item):
            if other.group().lower() not in _MODIFIED_HEADS and _sector_of(other.group(), language) not in ("", own):
                return True
    return False


_MATERIAL_CUES = frozenset(sector_words()["material_cues"])
_MINED_HEADS = frozenset(sector_words()["mined_heads"])
_MATERIAL_FREE_WORDS = frozenset(sector_words()["material_free_words"])
_NEXT_WORD = re.compile(r"(?:-| +)([^\W\d_]+)")
_OWNER_BEFORE_OF = re.compile(r"(?<![\w-])([^\W\d_]+) +(?:de +|d['’])\Z")


def _a_material(text: str, match: re.Match, language: str) -> bool:
    """True when a metal or a made material of `material_cues` only qualifies a thing made of it: the lower-case word
    after it in English ("gold medals", "lithium-ion batteries", "steel rails") or before its "de" in Spanish, French
    and Portuguese ("medalla de oro", "médailles d'or", "rieles de acero"), that no word of `mined_heads` (the heads of
    its mining or making) or `material_free_words` is ("a gold mine", "a steel mill", "mina de oro")."""
    if match.group().lower() not in _MATERIAL_CUES:
        return False
    if _in_a_proper_name(text, match):
        return False  # a word of a name ("Krakatau Steel said", "Gold Fields"), read as the name
    if language == "en":
        qualified = _NEXT_WORD.match(text, match.end())
    else:
        qualified = _OWNER_BEFORE_OF.search(text, max(0, match.start() - 40), match.start())
    word = qualified.group(1) if qualified else ""
    if language == "en" and word.endswith("ed"):
        return False  # the metal is the subject of a verb ("Chinese steel flooded the market"), no qualifier
    return word.islower() and word not in _MINED_HEADS and word not in _MATERIAL_FREE_WORDS


_JOINED_WORD = re.compile(r"([^\W\d_]+)-\Z")
_JOINED_FIRSTS = frozenset(sector_words()["joined_firsts"])


def _after_a_prefix(text: str, match: re.Match) -> bool:
    """True when a cue word starts inside a hyphenated word after a prefix ("non-oil"); after a word of its own
    that joins two fields ("técnico-militar", "politico-military") it counts, and a phrase always may."""
    if text[match.start() - 1 : match.start()] != "-" or " " in match.group():
        return False
    first = _JOINED_WORD.search(text, max(0, match.start() - 30), match.start())
    return not (first and first.group(1).lower() in _JOINED_FIRSTS)


_CONSTRUCTION_WORDS = frozenset(sector_words()["construction_words"])
_BUILT_OBJECT_REACH = 60  # the object of "construction of": a few words, up to the end of its clause


def _builds_no_works(text: str, match: re.Match) -> bool:
    """True when a word of construction builds a thing that is no works: a vessel ("the construction of ten patrol
    vessels") or a plant that processes or makes goods ("la construction d'un complexe de transformation du cacao"),
    which are industry, not infrastructure."""
    if match.group().lower() not in _CONSTRUCTION_WORDS:
        return False
    clause = re.split(r"[.;:,!?]", text[match.end() : match.end() + _BUILT_OBJECT_REACH], maxsplit=1)[0]
    return _word_list("not_works").search(clause) is not None


_PROCESSED_SECTORS = frozenset(sector_words()["processed_sectors"])


@cache
def _goods_plant() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A plant word, and manufactured goods of no other sector right before it ("a chip plant", "the tyre factory"):
    the text is scanned for the few plant words, the long list of goods read only before each."""
    words = sector_words()
    goods = "|".join(_cue_body(w) for w in sorted(words["manufactured_goods"], key=len, reverse=True))
    plants = "|".join(_cue_body(w) for w in sorted(words["plant_words"], key=len, reverse=True))
    return (
        re.compile(rf"(?<!\w)(?:{plants})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{goods})[\s-]+\Z", re.IGNORECASE),
        re.compile(rf"(?:{goods})[\s-]+(?:{plants})(?!\w)", re.IGNORECASE),
    )


_PLANT_GOODS_REACH = 40  # the goods before a plant word: a word or two ("rolling stock", "solar module")


def _count_goods_plants(
    text: str, skip: tuple[Span, ...], found: list[re.Match], in_context: dict[str, re.Match]
) -> None:
    """The plants the text names by the goods they make ("Motorola's chip plant in Tianjin", "a polymer plant"):
    manufacturing named by its head, counted as a cue of industry, in context or said twice; "a car plant" is a cue of
    its own already."""
    counted = tuple(match.span() for match in found)
    plant, goods_before, goods_plant = _goods_plant()
    for head in plant.finditer(text):
        goods = goods_before.search(text, max(0, head.start() - _PLANT_GOODS_REACH), head.start())
        match = goods and goods_plant.match(text, goods.start())
        if not match or overlaps_any(match.span(), skip) or overlaps_any(match.span(), counted):
            continue
        found.append(match)
        if "industry" not in in_context and _context().search(text, *sentence_around(text, match.span())):
            in_context["industry"] = match


@cache
def _plant_after() -> re.Pattern:
    words = "|".join(_cue_body(w) for w in sorted(sector_words()["plant_words"], key=len, reverse=True))
    return re.compile(rf"[\s-]+(?:{words})(?!\w)", re.IGNORECASE)


@cache
def _making_before() -> re.Pattern:
    words = "|".join(_cue_body(w) for w in sorted(sector_words()["making_words"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\s*\Z", re.IGNORECASE)


@cache
def _production_before() -> re.Pattern:
    words = "|".join(_cue_body(w) for w in sorted(sector_words()["production_words"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\s*\Z", re.IGNORECASE)


def _made_in_a_plant(text: str, match: re.Match) -> bool:
    """True when farm goods are made in a plant or manufactured ("a fertiliser plant", "a urea plant", "una fábrica de
    fertilizantes"), or are goods only a plant makes and are produced ("relancer la production d'engrais"):
    manufacturing, so industry as well as their own sector. A crop produced is farmed ("la produção de soja")."""
    if _plant_after().match(text, match.end()):
        return True
    lead = text[max(0, match.start() - 30) : match.start()]
    if _making_before().search(lead):
        return True
    return _production_before().search(lead) is not None and _word_list("made_farm_goods").fullmatch(match.group())


_LIST_LINK = re.compile(r"\s*(?:,|;)\s*(?:(?:and|or|e|y|et|ou|o)\s+)?|\s+(?:and|or|e|y|et|ou|o|&)\s+", re.IGNORECASE)
_LIST_NEIGHBOUR_WORDS = 3  # how many words of the next or the previous item of a list are read
_LINK_BEFORE = re.compile(r"(?:,|;|\s(?:and|e|y|et|&))\s*\Z", re.IGNORECASE)
# the words that qualify an item are its own ("safe water", "água potável"): the item before ends at a link
_LINK_BEFORE_QUALIFIED = re.compile(r"(?:,|;|\s(?:and|e|y|et|&))\s*(?:[\w-]+\s+){0,2}(?:[dl]['’])?\Z", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r",|;|\s(?:and|e|y|et|&)\s", re.IGNORECASE)


def _list_neighbours(text: str, match: re.Match, link_before: re.Pattern) -> list[str]:
    """The first words of the item after `match` in its sentence's list and the last words of the item before it
    (where `link_before` finds the link that ends that item), those that are there."""
    start, end = sentence_around(text, match.span())
    items = []
    link = _LIST_LINK.match(text, match.end(), end)
    if link:  # the next item, up to the link after it
        following = _LIST_LINK.search(text, link.end(), end)
        items.append(
            " ".join(text[link.end() : following.start() if following else end].split()[:_LIST_NEIGHBOUR_WORDS])
        )
    before = text[max(start, match.start() - 60) : match.start()]
    link = link_before.search(before)
    if link:
        preceding = _ITEM_SPLIT.split(before[: link.start()])[-1]
        items.append(" ".join(preceding.split()[-_LIST_NEIGHBOUR_WORDS:]))
    return items


def _roads_among_works(text: str, match: re.Match, language: str) -> tuple[str, ...]:
    """The sectors of plural roads (`roads_as_works`) that are an item of a list whose next or previous item is a field
    of another sector. Next to other construction works, whose own sector is infrastructure ("contracts for roads, dams
    and housing", "estradas, barragens e habitação"), they are works built: infrastructure alone. Next to fields of
    other sectors ("credit for roads, water and schools", "energia, água e estradas") they are the road network among
    the fields a programme serves, and built: transport and infrastructure. Next to bridges or another route, or alone,
    they are the routes (empty)."""
    if not _word_list("roads_as_works").fullmatch(match.group()):
        return ()
    works, built = False, False
    for item in _list_neighbours(text, match, _LINK_BEFORE):
        if _word_list("road_companions").search(item):
            return ()  # "roads and bridges", "roads, railways": the road network, routes
        cues = (  # a field alone as the item ("roads and power") is the field
            other
            for other in _cues(language).pattern.finditer(item)
            if not _a_bare_modifier(item, other, language) or item.strip(" ,;:.!?").lower() in _LISTED_FIELDS
        )
        sectors = set()
        for other in cues:
            sector = _sector_of(other.group(), language)
            sectors |= {sector, *_compound_sectors(other.group(), sector, language)}
        if "transport" in sectors:
            return ()
        works = works or bool(sectors - {""})
        built = built or "infrastructure" in sectors
    if built:
        return ("infrastructure",)
    return ("transport", "infrastructure") if works else ()


_SUPPLIED_GOODS = frozenset(sector_words()["supplied_goods_cues"])
# what may follow a bare good: the end of its clause, a link of its list or a preposition ("water for the troops",
# "agua en Turkana"), no noun that it qualifies ("water supply")
_BARE_GOOD_END = re.compile(
    r"\s*(?:[,;.:!?)]|\Z)|\s+(?:and|or|&|y|e|et|ou|o|for|to|in|at|on|para|en|em|pour|à|aux|a|no|na|nos|nas)\s",
    re.IGNORECASE,
)


def _supplied_among_goods(text: str, match: re.Match) -> bool:
    """True when a bare good of `supplied_goods_cues` ("water", not "water supply") is an item of a list whose next or
    previous item is one of `supplies` ("food, water and building materials", "shelter kits, safe water and cash
    grants", "abrigos e água"): a good handed out or shipped, no water resource."""
    if match.group().lower() not in _SUPPLIED_GOODS or not _BARE_GOOD_END.match(text, match.end()):
        return False
    items = _list_neighbours(text, match, _LINK_BEFORE_QUALIFIED)
    return any(_word_list("supplies").search(item) for item in items)


_SANITATION_CUES = frozenset(sector_words()["sanitation_cues"])
_SANITATION_WORKS = frozenset(sector_words()["sanitation_work_sectors"])


def _sanitation_among_works(text: str, match: re.Match, language: str) -> bool:
    """True when a sanitation cue is an item of a list whose next or previous item names other public works ("housing,
    sewerage and IT projects", "obras de saneamento e escolas"): civil works a credit pays for, no work on the
    environment."""
    if match.group().lower() not in _SANITATION_CUES:
        return False
    for item in _list_neighbours(text, match, _LINK_BEFORE_QUALIFIED):
        for other in _cues(language).pattern.finditer(item):
            sector = _sector_of(other.group(), language)
            if {sector, *_compound_sectors(other.group(), sector, language)} & _SANITATION_WORKS:
                return True
    return False


_UTILITY_FACTORY_CUES = frozenset(sector_words()["utility_factory_cues"])
_UTILITIES = frozenset(sector_words()["utility_plants"])
_FACTORY_NAMING_WORDS = 3  # the words after a factory read for a utility: "usine de dessalement", "fábrica de gás"
_ELISION = re.compile(r"\A[dl]['’]", re.IGNORECASE)


def _a_utility_factory(text: str, match: re.Match) -> bool:
    """True when a factory word is named a plant of energy, water or waste by a word of `utility_plants` among the three
    after it or, in English, the two before it ("l'usine de dessalement", "a fábrica de gás natural", "the water
    treatment factory"): a utility, no manufacturing."""
    if match.group().lower() not in _UTILITY_FACTORY_CUES:
        return False
    english = match.group().lower().startswith("factor")  # English names a factory's kind before it
    before = text[max(0, match.start() - 40) : match.start()].split()[-2:] if english else []
    after = text[match.end() : match.end() + 50].split()[:_FACTORY_NAMING_WORDS]
    words = {_ELISION.sub("", word.strip(",;:.()").lower()) for word in (*before, *after)}
    return not words.isdisjoint(_UTILITIES)


_VIGOUR_CUES = frozenset(sector_words()["vigour_cues"])


@cache
def _vigour_around() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A measure of effort right before a cue of `vigour_cues` ("a lot of ", "plenty of ", "mucha "), the words after
    it that leave it no noun to qualify (" into", " to the talks", a clause's end), and an event whose vigour it is
    after it (" of the negotiations", " de las conversaciones")."""
    words = sector_words()
    leads = "|".join(_cue_body(w) for w in sorted(words["vigour_leads"], key=len, reverse=True))
    ends = "|".join(_cue_body(w) for w in sorted(words["vigour_ends"], key=len, reverse=True))
    events = "|".join(_cue_body(w) for w in sorted(words["vigour_events"], key=len, reverse=True))
    linked = sorted(words["vigour_event_links"], key=len, reverse=True)
    links = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in linked) + ")"
    return (
        re.compile(rf"(?<!\w)(?:{leads})\s*\Z", re.IGNORECASE),
        re.compile(rf"\s*(?:[,;.:!?)]|\Z)|\s+(?:{ends})(?!\w)", re.IGNORECASE),
        re.compile(rf"\s+{links}\s+(?:{events})(?!\w)", re.IGNORECASE),
    )


def _a_vigour(text: str, match: re.Match) -> bool:
    """True when a cue of `vigour_cues` is the vigour of people at work, no energy sector: a measure of effort before it
    and no noun after it ("put a lot of energy into their campaign", "brought plenty of energy to the talks", "con mucha
    energía"), or the event it is of after it ("the energy of the negotiations")."""
    if match.group().lower() not in _VIGOUR_CUES:
        return False
    lead, end, event = _vigour_around()
    if event.match(text, match.end()):
        return True
    return bool(lead.search(text, max(0, match.start() - 20), match.start()) and end.match(text, match.end()))


def _no_cue_here(text: str, match: re.Match, language: str) -> bool:
    """True when the cue's words are no cue where they stand: a part of a prefixed word, construction of no works, a
    bare modifier, a word in capitals, a material, a plant's unit or a good among supplies."""
    return (
        _after_a_prefix(text, match)
        or _builds_no_works(text, match)
        or _a_bare_modifier(text, match, language)
        or _a_word_in_capitals(text, match)
        or _a_material(text, match, language)
        or _a_plant_unit(text, match)
        or _supplied_among_goods(text, match)
        or _sanitation_among_works(text, match, language)
        or _a_utility_factory(text, match)
        or _a_vigour(text, match)
    )


def _cue_uses(
    text: str, skip: tuple[Span, ...], language: str
) -> tuple[list[tuple[str, re.Match, str]], tuple[Span, ...]]:
    """Every cue of the text outside `skip`, with its sector and its use; a capitalised word that is also part
    of a name in the text ("Labor delegates" after "the Labor Party") is that name, not a field of work. Second, the
    spans of the phrases that name no sector ("in the pipeline", "World Food Programme"), whose words are no works
    built, no lender and no purchase either."""
    uses = []
    silent: list[Span] = []
    heads: dict[str, str] = {}
    names = tuple(lower_case_names(text))
    for match in _phrase_cues(text, language):
        sector = _sector_of(match.group(), language)
        if not sector:
            silent.append(match.span())
            continue
        if overlaps_any(match.span(), skip):
            continue
        if _no_cue_here(text, match, language):
            continue
        sector = _named_before(match.group(), sector, heads, language)
        if _a_named_deposit(text, match):
            sector = "mining"
        kind = _kind(text, match, language)
        if kind == _COUNTED and overlaps_any(match.span(), names):
            kind = _NAME  # a name written in lower case after its head ("Banque européenne d'investissement (BEI)")
        if kind == _COUNTED and _traded(text, match, sector):
            continue  # goods in passing in a trade flow, however many the list names
        as_verb = _as_carrier(text, match, _as_drill(text, match, _as_verb(text, match, sector), language), language)
        among = _roads_among_works(text, match, language) if as_verb == "transport" and kind == _COUNTED else ()
        if among:  # "contracts for roads, dams and housing": works; "roads, water and schools": routes and works
            as_verb = among[0]
        if not as_verb:
            continue
        uses.append((as_verb, match, kind))
        uses.extend((sector, match, kind) for sector in among[1:])
        uses.extend((second, match, kind) for second in _compound_sectors(match.group(), sector, language))
        if as_verb in _PROCESSED_SECTORS and _made_in_a_plant(text, match):
            uses.append(("industry", match, kind))
    in_names = {m.group() for _, m, kind in uses if kind == _NAME}
    uses = [(s, m, _NAME if kind == _FIELD and m.group() in in_names else kind) for s, m, kind in uses]
    return [use for i, use in enumerate(uses) if not _an_own_industry(text, uses, i)], tuple(silent)


_LAST_WORD = re.compile(r"[\s-](?=[^\s-]+\Z)")


def _overlapping_phrase_end(text: str, match: re.Match, language: str) -> int:
    """The end of a cue of the same sector that opens at the last word of a phrase cue and runs past it ("offshore
    wind" and "wind farm" in "an offshore wind farm"), else -1."""
    last = _LAST_WORD.search(match.group())
    if last is None:
        return -1
    longer = _cues(language).pattern.match(text, match.start() + last.end())
    if longer is None or longer.end() <= match.end():
        return -1
    return longer.end() if _sector_of(longer.group(), language) == _sector_of(match.group(), language) else -1


def _phrase_cues(text: str, language: str) -> Iterator[re.Match]:
    """The cues of the text, less a cue that only ends a longer phrase of the cue before it: in "an offshore wind farm"
    the words after "offshore wind" are "wind farm"'s, no cue of their own ("farm" is no agriculture there)."""
    phrase_end = -1
    for match in _cues(language).pattern.finditer(text):
        if match.start() >= phrase_end:
            phrase_end = _overlapping_phrase_end(text, match, language)
            yield match


_NAMED_DEPOSITS = frozenset(sector_words()["named_deposits"])


def _a_named_deposit(text: str, match: re.Match) -> bool:
    """True when a deposit follows a capitalised name that is no state's ("a stake in the Gaby deposit"): a deposit in
    the ground, named for its place. An acronym or a state's name before it is a state's money with a bank ("the UAE
    deposit", "the Saudi deposit")."""
    if match.group().lower() not in _NAMED_DEPOSITS:
        return False
    before, _ = _name_parts(text, match)
    if not before or not before[-1][:1].isupper():
        return False  # a list before it joins no name to it ("Eurobonds and deposits")
    return not before[-1].isupper() and before[-1] not in _STATE_WORDS


_STATE_WORDS = frozenset((*country_names(), *demonyms()))


_PLANT_UNITS = frozenset(sector_words()["plant_units"])


@cache
def _plant_unit_namers() -> tuple[re.Pattern, re.Pattern]:
    """What names a plant's unit right before it ("a third LNG train", "ammonia-urea train", "the plant's second
    train") and, in es/fr/pt, right after it ("un tren de GNL", "le train de liquéfaction")."""
    words = sector_words()
    products = "|".join(_cue_body(w) for w in sorted(words["plant_unit_products"], key=len, reverse=True))
    owners = "|".join(_cue_body(w) for w in sorted(words["plant_unit_owners"], key=len, reverse=True))
    ordinal = r"(?:\s+(?:" + "|".join(sorted(words["plant_unit_ordinals"], key=len, reverse=True)) + "))?"
    before = re.compile(rf"(?<!\w)(?:(?:{products})|(?:{owners})['’]s{ordinal})[\s-]+\Z", re.IGNORECASE)
    after = re.compile(rf"\s+(?:de|d['’])\s*(?:la\s+|l['’])?(?:{products})(?!\w)", re.IGNORECASE)
    return before, after


def _a_plant_unit(text: str, match: re.Match) -> bool:
    """True when a train is a process plant's unit, not rail: a product or a process names it, or the plant owns it."""
    if match.group().lower() not in _PLANT_UNITS:
        return False
    before, after = _plant_unit_namers()
    return before.search(text, max(0, match.start() - 40), match.start()) is not None or (
        after.match(text, match.end()) is not None
    )


_INDUSTRY_HEADS = frozenset(sector_words()["industry_heads"])
_OWN_INDUSTRIES = frozenset(sector_words()["own_industries"])


@cache
def _industry_link() -> re.Pattern:
    """What stands between an industry word and the sector that names it: a blank or a hyphen ("tourism industry"),
    or a Romance 'of' ("industria del turismo", "industrie pétrolière")."""
    links = "|".join(_cue_body(w) for w in sorted(sector_words()["industry_links"], key=len, reverse=True))
    return re.compile(rf"[\s-]+(?:(?:{links})(?:\s+|(?<=')))?", re.IGNORECASE)


def _an_own_industry(text: str, uses: list[tuple[str, re.Match, str]], i: int) -> bool:
    """True when the cue is an industry word named by the cue next to it, of a sector whose industry is its own
    trade, not manufacturing ("the oil and gas industry", "l'industrie touristique"): the neighbour tells."""
    _, match, _ = uses[i]
    if match.group().lower() not in _INDUSTRY_HEADS:
        return False
    before = uses[i - 1] if i > 0 else None
    after = uses[i + 1] if i + 1 < len(uses) else None
    if before and before[0] in _OWN_INDUSTRIES and _industry_link().fullmatch(text, before[1].end(), match.start()):
        return True
    return bool(
        after and after[0] in _OWN_INDUSTRIES and _industry_link().fullmatch(text, match.end(), after[1].start())
    )


_COMPANY_HEADS = frozenset(actor_words("company_heads"))
_TRADE_HEADS = _COMPANY_HEADS | frozenset(actor_words("sector_company_heads"))
_COMPANY_WORDS = _COMPANY_HEADS | frozenset(sector_words()["company_words"])


_ROMANCE_TRADE_COMPANIES = frozenset(sector_words()["romance_trade_companies"])
# the place or owner a Spanish, French or Portuguese company named by its trade is of ("de Cahora Bassa", "del Orinoco")
_PLACE_LINKS = "|".join(map(re.escape, sector_words()["romance_trade_place_links"]))
_PLACE_ARTICLES = "|".join(
    re.escape(w) + ("" if w[-1] in "'’" else r"\s+") for w in sector_words()["romance_trade_place_articles"]
)
_PLACE_AFTER = re.compile(rf"\s+(?:{_PLACE_LINKS})\s+(?:{_PLACE_ARTICLES})?(?-i:[A-ZÀ-Þ])|\s+d['’](?-i:[A-ZÀ-Þ])")


def _a_trading_company(text: str, match: re.Match, language: str) -> bool:
    """True when the name holding the cue is a company named for its trade, at work in its sector: a company's
    head follows the cue ("X Construction Company") or the cue is a trade ending the name ("Korea Aerospace
    Industries"), and no office or public body is in it. A place named for a field ("the Airport") is no company,
    and a trade after the cue makes the cue a mere part of the name ("Atlantic Energy Industries"). The last fields of
    a ministry's portfolio, after a comma ("the Ministry of Trade, Industry and Energy"), are no company either. In
    Spanish, French and Portuguese a company's name may open with its trade, of a place ("Hidroeléctrica de Cahora
    Bassa", `romance_trade_companies`)."""
    before, after = _name_parts(text, match)
    opening = all(word.lower() in _NAME_LINE_ARTICLES for word in before)  # "La Siderúrgica del Orinoco"
    if opening and match.group() in _ROMANCE_TRADE_COMPANIES and _PLACE_AFTER.match(text, match.end()):
        return True  # "Hidroeléctrica de Cahora Bassa", "Siderúrgica del Orinoco": a trade heading a company's name
    after = list(takewhile(lambda word: word not in _NAME_JOINERS, after))  # "NAME on Monday"
    if not before or any(w not in _COMPANY_HEADS or _sector_of(w, language) for w in after):
        return False
    if not after and match.group() not in _TRADE_HEADS:
        return False
    if _names_a_portfolio(text, match):
        return False
    return not (_BODY_WORDS - _COMPANY_WORDS).intersection(before + match.group().split() + after)


_GOODS_SECTORS = frozenset(sector_words()["goods_sectors"])
_FLOW_WORDS = frozenset(sector_words()["trade_flows"])
_LIST_OPENERS = frozenset(sector_words()["goods_list_openers"])
_MAKEUP_WORDS = frozenset(sector_words()["goods_makeup_words"])
_LIST_JOINERS = frozenset(sector_words()["goods_list_joiners"])
# How many words a list of goods spans from its trade flow ("exports of tea, coffee and cut flowers"), how many when
# a make-up word opens it (the flow's figure may stand between: "exports stood at $2 billion, mainly tea and cement"),
# and how many words before the flow are read for a plan or work on it ("agreed to increase imports of")
_GOODS_REACH, _MAKEUP_REACH, _FLOW_LEAD = 8, 16, 4


@cache
def _figure_words() -> re.Pattern:
    words = sorted(sector_words()["goods_figure_words"], key=len, reverse=True)
    return re.compile(r"\d|(?<!\w)(?:" + "|".join(_cue_body(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def _states_a_figure(text: str, match: re.Match) -> bool:
    """True when the sentence gives the flow's figure after its goods ("rose by a third", "reached $3 billion")."""
    _, end = sentence_around(text, match.span())
    return _figure_words().search(text, match.end(), end) is not None


def _traded(text: str, match: re.Match, sector: str) -> bool:
    """True when the cue is goods named in passing in a trade flow: its make-up ("exports remained dominated by
    iron ore", "exports reached $2 billion, mainly tea") or a list of goods without a figure of their own ("its
    exports of tea, coffee and cut flowers").
    Goods whose flow has a figure ("exports of honey and cheese rose by a third") are figures in their sector,
    and so is a flow that the sides plan or work on ("agreed to increase imports of tea and fruit")."""
    if sector not in _GOODS_SECTORS:
        return False
    start, _ = sentence_around(text, match.span())
    tokens = text[max(start, match.start() - 160) : match.start()].split()
    words = [w.strip(",;:").lower() for w in tokens]
    following = text[match.end() : match.end() + 6].split()
    listed = text[match.end() : match.end() + 1] == "," or (following and following[0] in _LIST_JOINERS)
    context, opener, makeup = _context(), "", False
    for i in range(len(words) - 1, max(-1, len(words) - 1 - _MAKEUP_REACH), -1):
        word = words[i]
        if word in _FLOW_WORDS:
            lead = []  # the words of the flow's own clause before it
            for j in range(i - 1, max(-1, i - 1 - _FLOW_LEAD), -1):
                if tokens[j][-1] in ",;:":
                    break
                lead.append(words[j])
            if any(context.fullmatch(w) for w in lead if w not in _FLOW_WORDS):
                return False
            return makeup or (opener in _LIST_OPENERS and listed and not _states_a_figure(text, match))
        if makeup:
            continue  # the flow's own figure and verb may stand between the flow and its make-up
        if i < len(words) - _GOODS_REACH or not word or not word[0].isalpha() or context.fullmatch(word):
            return False
        listed = listed or tokens[i].endswith(",") or word in _LIST_JOINERS
        makeup = word in _MAKEUP_WORDS
        opener = word
    return False


# A line of at least this many short items set apart by bars or wide gaps is a site's menu
# ("Home | Politics | Culture | Sports"), page furniture whose words report nothing.
_MENU_ITEMS, _MENU_ITEM_WORDS = 4, 3
_MENU_SEPARATOR = re.compile(r"[|•·\t]| {2,}")


_SITE_NAME_WORDS = 6  # a menu's first item may be the site's own name ("PORT OF CEBU AUTHORITY | News | Tenders | ...")


def _menu_lines(text: str) -> list[Span]:
    """Spans of the lines of the text that are a site's menu: short items, the first of which may be the site's name;
    or other stories' headlines after a label of a few words and a colon, set apart by bars."""
    spans, position, body = [], 0, False
    for line in text.split("\n"):
        if _MENU_SEPARATOR.search(line):  # most lines are prose: no split for them
            items = [item for item in (part.strip() for part in _MENU_SEPARATOR.split(line)) if item]
            if (
                len(items) >= _MENU_ITEMS
                and len(items[0].split()) <= _SITE_NAME_WORDS
                and all(len(item.split()) <= _MENU_ITEM_WORDS for item in items[1:])
            ) or (body and _is_a_headline_list(line)):
                spans.append((position, position + len(line)))
        body = body or _PROSE_LINE.search(line) is not None
        position += len(line) + 1
    return spans


# Other stories' headlines after a label and a colon, set apart by bars ("More from Asia Desk: Typhoon relief flights
# resume | ASEAN summit wrap", "Also in this issue: Kazakh wheat | Live exports", ">> Also this week: Port volumes up
# 9%"): a label of a few words, then two headlines at least, short, without a sentence's end or a field's colon (a
# record's fields, "Sector: Transport | Status: Approved", are the page's own facts).
# A list above the story's first sentence is the page's own contents ("IN THIS ISSUE: Astana-Tashkent trade push |
# New customs rules"), which holds the story: it is read.
_LIST_LABEL_WORDS, _LISTED_HEADLINES, _LISTED_HEADLINE_WORDS = 6, 2, 10
_PROSE_LINE = re.compile(r"\w[.!?][\"'”’)]?[ \t]*\Z")
_HEADLINE_BAR = re.compile(r"[|•·]")
_NOT_A_HEADLINE = re.compile(r"[:;!?]|\.(?:\s|\Z)")


def _is_a_headline_list(line: str) -> bool:
    label, colon, rest = line.partition(":")
    if not colon or _HEADLINE_BAR.search(label) or not 1 <= len(label.split()) <= _LIST_LABEL_WORDS:
        return False
    items = [item.strip() for item in _HEADLINE_BAR.split(rest)]
    return (
        len(items) >= _LISTED_HEADLINES
        and all(1 <= len(item.split()) <= _LISTED_HEADLINE_WORDS for item in items)
        and not any(_NOT_A_HEADLINE.search(item) for item in items)
    )


_HEADING_WORDS = 6  # a backgrounder's heading: its word and a name ("About the Saudi Ports Authority")


@cache
def _backgrounder_heading() -> re.Pattern:
    """A short line that is one of `backgrounder_headings` and a capitalised name, without a sentence's punctuation."""
    words = "|".join(_cue_body(w) for w in sorted(sector_words()["backgrounder_headings"], key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:{words})(?:[ \t]+|(?<=['’]))(?-i:[A-Z])[^\n.,;:!?]*\Z", re.IGNORECASE)


def _backgrounders(text: str) -> list[Span]:
    """Spans of a press release's backgrounders: an 'About NAME' heading and the paragraph under it (after one blank
    line at most), which tells what the issuer does, not what the sides do."""
    spans = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if len(line.split()) > _HEADING_WORDS or line.strip()[:1].islower() or not _backgrounder_heading().match(line):
            continue
        first = i + 1 if i + 1 < len(lines) and lines[i + 1].strip() else i + 2
        last = first
        while last < len(lines) and lines[last].strip():
            last += 1
        if last > first:
            spans.append((starts[i], starts[last] - 1))
    return spans


_NAME_LINE_WORDS = 12  # a body's full name in a letterhead or a signature, not a sentence
_NAME_LINE_HEADS = _BODY_WORDS | frozenset(sector_words()["name_line_heads"])
_NAME_LINE_ARTICLES = frozenset(sector_words()["name_line_articles"])
_NAME_LINE_BREAK = re.compile(r"[.!?;|\d]")  # a sentence, a menu or a figure is no name alone
_ELIDED_WORD = re.compile(r"\A[dl]['’]", re.IGNORECASE)


@cache
def _name_line_label() -> re.Pattern:
    """A label before a colon ("CC:", "De:") or a byline word ("By") that may open a line of a body's name."""
    labels = "|".join(map(re.escape, sorted(sector_words()["name_line_labels"], key=len, reverse=True)))
    bylines = "|".join(map(re.escape, sector_words()["name_line_bylines"]))
    return re.compile(rf"\A(?:(?:{labels})[ \t]*:|(?:{bylines})[ \t])[ \t]*", re.IGNORECASE)


def _capitalised(word: str) -> str:
    """A word of a line in capitals as it is written in a name: an elided article stays small and the word after it
    takes the capital ("L'ÉCONOMIE" is "l'Économie", as in "Ministère de l'Économie")."""
    elided = _ELIDED_WORD.match(word)
    if elided is None:
        return word.capitalize()
    return word[: elided.end()].lower() + word[elided.end() :].capitalize()


_LETTERHEAD_DASHES = tuple(f" {dash} " for dash in sector_words()["letterhead_dashes"])


def _is_a_name_line(line: str) -> bool:
    """True when the line is only the name of a body or an office: a letterhead, an address or copy line, a
    signature's office (ending in a comma, whose adjectives may be in lower case) or a desk's byline."""
    body = _name_line_label().sub("", line.strip(), count=1)
    if (
        body.isupper()
    ):  # a letterhead's label after a dash is no part of its name ("MUSCAT STOCK EXCHANGE — DISCLOSURE")
        for dash in _LETTERHEAD_DASHES:
            body = body.split(dash, 1)[0]
    signature = body.endswith(",")
    words = body.rstrip(",").split()
    if not 2 <= len(words) <= _NAME_LINE_WORDS or _NAME_LINE_BREAK.search(body):
        return False
    if body.isupper():  # a letterhead in capitals is read as its words capitalised
        words = [_capitalised(word) for word in words]
    if words[0].lower() in _NAME_LINE_ARTICLES:
        words = words[1:]
    named = all(_in_name(_ELIDED_WORD.sub("", word)) for word in words)
    if words and words[-1] in _NAME_LINE_HEADS and named:
        return True  # "Investor Relations Department", "By the Research Desk"
    return bool(words) and words[0] in _BODY_WORDS and (named or signature)  # "Ministério dos Recursos Minerais"


def _name_lines(text: str) -> list[Span]:
    """Spans of the lines of the text that are only a body's or an office's name: page furniture that names."""
    spans, position = [], 0
    for line in text.split("\n"):
        if _is_a_name_line(line):
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


_WORD_ACRONYMS = frozenset(sector_words()["word_acronyms"])


def _a_word_in_capitals(text: str, match: re.Match) -> bool:
    """True when an acronym cue that is also a word ("IT") stands in a line without a lower-case letter ("WHAT IT
    MEANS"): the word, written in capitals with its line."""
    if match.group() not in _WORD_ACRONYMS:
        return False
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start : end if end >= 0 else len(text)]
    return not any(character.islower() for character in line)


# A town whose name is one cue word ("Porto") is the town only inside running text, after a lower-case word ("segue
# para o Porto", "no Porto"), and only where no joining word or name follows ("o Porto de Santos" is a port).
_TOWN_NOT_AFTER = r"(?!\s+(?:(?:of|de|do|da|dos|das|del|di|du|des)\s|(?-i:[A-ZÀ-Þ])))"


@cache
def _cued_places(language: str) -> re.Pattern | None:
    """Cities and large towns whose name holds a cue ("Port Moresby", "Porto Alegre", "Port Sudan", "Puerto Montt"), as
    written or in a dateline's capitals ("PORT-AU-PRINCE —"), and a town named by a cue alone in running text
    ("para o Porto"): a place, which reports no activity."""
    pattern = _cues(language).pattern
    places = {**dateline_towns(), **city_countries()}
    named = [c for c in places if pattern.search(c)]
    # a word of the language names a town in a state whose press writes it ("Porto", not Indonesia's "Metro")
    home = states_writing(language)
    cities = city_countries()
    whole = {c for c in named if c not in cities and pattern.fullmatch(c) and c.isalpha()}
    cued = sorted({form for c in named if c not in whole for form in (c, c.upper())}, key=len, reverse=True)
    whole = {c for c in whole if places[c] in home}
    parts = ["(?<![\\w-])(?:" + "|".join(map(re.escape, cued)) + r")(?![\w-])"] if cued else []
    if whole:
        alone = "|".join(map(re.escape, sorted(whole, key=len, reverse=True)))
        parts.append(rf"(?<=(?-i:[a-zà-ÿ]) )(?:{alone})(?![\w-]){_TOWN_NOT_AFTER}")
    return re.compile("|".join(parts)) if parts else None


def _place_spans(text: str, language: str) -> list[Span]:
    places = _cued_places(language)
    return [match.span() for match in places.finditer(text)] if places else []


# Cues that are their sector only beside a stated sum: "assistance" is aid when money is given ("$4 billion in
# assistance to Colombia"), and mere help otherwise.
_SUM_CUES = frozenset(sector_words()["sum_cues"])


_INVESTING_BODIES = frozenset(sector_words()["investing_bodies"])
_NOT_INVESTING = frozenset(sector_words()["not_investing"])
_TEACHING_HEADS = frozenset(sector_words()["teaching_heads"])


def _a_body_at_work(text: str, match: re.Match, language: str) -> bool:
    """True when the name holding the cue is a body whose work is the cue's sector and its sentence reports activity
    outside the name: an investment authority, board, agency, fund or office ("the Oman Investment Authority", "the
    Board of Investment"), not a bank or a ministry; or a university heading its name ("Monash University will
    open"), not a part of another name ("University Hospital") nor a person's affiliation ("professor of")."""
    before, after = _name_parts(text, match)
    name_start = match.start() - sum(len(word) + 1 for word in before)
    name_end = match.end() + sum(len(word) + 1 for word in after)
    if match.group() in _TEACHING_HEADS:
        of = text[max(0, name_start - 4) : name_start].split()
        if (after and after[0] not in _NAME_JOINERS) or (of and of[-1].lower() == "of"):
            return False
    elif _sector_of(match.group(), language) == "investment":
        words = {*before, *match.group().split(), *after}
        if not words & _INVESTING_BODIES or words & _NOT_INVESTING:
            return False
    else:
        return False
    # at work: its sentence reports activity outside the name, whose own cue may be a context word ("invest*")
    start, end = sentence_around(text, match.span())
    return _context().search(text, start, name_start) is not None or _context().search(text, name_end, end) is not None


def _a_lending_body(match: re.Match) -> bool:
    """True when the cue is a lender of states named in full (`lending_bodies`): at work where its sentence says so."""
    return _word_list("lending_bodies").fullmatch(match.group()) is not None


def _a_working_body(match: re.Match) -> bool:
    """True when the cue is a body whose naming is itself activity in its sector: a central bank."""
    return _word_list("working_bodies").fullmatch(match.group()) is not None


_VISA_CUES = frozenset(sector_words()["visa_cues"])


def _visas_for_officials(text: str, match: re.Match) -> bool:
    """True when a visa cue's sentence names the diplomatic or official passports whose holders need no visa ("visa-free
    travel for holders of diplomatic and service passports"): travel of officials, no tourism."""
    if match.group().lower() not in _VISA_CUES:
        return False
    return _word_list("official_passports").search(text, *sentence_around(text, match.span())) is not None


def _reports_nothing(text: str, match: re.Match, kind: str, language: str) -> bool:
    """True for a cue in a name that is no company at work in its trade nor a body at work in its field, for a visa
    waived for officials, and for a cue of `_SUM_CUES` in a sentence without a sum that no side gives ("thanked Iran
    for its assistance"): help in general, not aid."""
    if kind == _NAME and not (
        _a_trading_company(text, match, language)
        or _a_body_at_work(text, match, language)
        or _a_working_body(match)
        or _a_lending_body(match)
    ):
        return True
    if (kind == _NAME or _a_working_body(match)) and a_body_cited(text, match):
        return True
    if _visas_for_officials(text, match):
        return True
    if _a_disaster_in_passing(text, match) or _a_stake_held_in_passing(text, match) or _traders_quoted(text, match):
        return True
    if _market_trading(text, match):
        return True
    if _aid_lent(text, match):
        return True
    if match.group().lower() not in _SUM_CUES:
        return False
    return not (states_a_sum(text, *sentence_around(text, match.span())) or _given(text, match))


_SOURCE_TRADERS = frozenset(sector_words()["source_traders"])
_SOURCE_VERBS = frozenset(sector_words()["source_verbs"])
_SOURCE_REACH = 3  # the words between the traders and their verb: "Currency traders in Nairobi expect"


@cache
def _source_lead() -> re.Pattern:
    leads = "|".join(_cue_body(w) for w in sorted(sector_words()["source_leads"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{leads})\s+\Z", re.IGNORECASE)


def _traders_quoted(text: str, match: re.Match) -> bool:
    """True when traders are a market's source ("Traders said", "traders in Nairobi expect", "according to traders"):
    comment on a market, no trade between the sides."""
    if match.group().lower() not in _SOURCE_TRADERS:
        return False
    if _source_lead().search(text, max(0, match.start() - 30), match.start()):
        return True
    for word in text[match.end() : match.end() + 60].split()[: _SOURCE_REACH + 1]:
        bare = word.rstrip(",;:.").lower()
        if bare in _SOURCE_VERBS:
            return True
        if bare != word.lower():
            return False  # a clause ends before any verb of saying
    return False


_MARKET_VERBS = frozenset(sector_words()["market_trade_verbs"])
_MARKET_MANNERS = frozenset(sector_words()["market_manners"])
_MARKET_SESSIONS = frozenset(sector_words()["market_sessions"])
_MARKET_LINKS = frozenset(sector_words()["market_links"])
_MARKET_LINKS_REACH = 2  # the words between the currency and its verb: "will trade", "continued to trade"
_SESSION_REACH = 3  # the words between "in" and "trading": "in late New York", "in Mumbai afternoon"


@cache
def _market_goods() -> frozenset[str]:
    """What changes hands on a market: `market_goods` and every currency's name ("peso", "rupee", "yuan")."""
    names = {token.token.lower() for token in currency_tokens() if token.kind == "name" and " " not in token.token}
    return frozenset(sector_words()["market_goods"]).union(names)


def _market_trading(text: str, match: re.Match) -> bool:
    """True when the trade cue is a market's trading: the verb after a currency or shares and before how they trade
    ("letting the peso trade in a band", "the currency will trade freely"), or "trading" or "trade" after "in" and the
    session's words ("in late trade"), or "trading" after its city ("in late New York trading"): no trade between
    states."""
    word = match.group().lower()
    if word not in _MARKET_VERBS:
        return False
    before = text[max(0, match.start() - 60) : match.start()].split()
    after = text[match.end() : match.end() + 20].split()[:2]
    words = [token.rstrip(",;:.").lower() for token in after]
    manner = bool(words) and (words[0] in _MARKET_MANNERS or " ".join(words) in _MARKET_MANNERS)
    subject = [token.lower() for token in before[-(_MARKET_LINKS_REACH + 1) :]]
    while subject and subject[-1] in _MARKET_LINKS:
        subject.pop()
    if subject and subject[-1] in _market_goods() and (manner or not after or after[0][-1:] in ",;:."):
        return True
    if word not in ("trade", "trading") or text[match.end() : match.end() + 1] not in ("", " ", ",", ".", ";", ":"):
        return False
    for reach, token in enumerate(reversed(before[-(_SESSION_REACH + 1) :])):
        if token.lower() == "in":
            return reach > 0
        # a city names the session of "trading" only: "in EU trade" is trade
        city = word == "trading" and token[:1].isupper()
        if token[-1] in ",;:.!?" or not (token.lower() in _MARKET_SESSIONS or city):
            return False
    return False


_HELD_STAKES = frozenset(sector_words()["held_stakes"])
_HOLDING_RELATIVES = frozenset(sector_words()["holding_relatives"])
_HOLDING_VERBS = frozenset(sector_words()["holding_verbs"])
_HOLDING_MODALS = frozenset(sector_words()["holding_modals"])
_HOLDING_REACH = 4  # words between a relative and its verb of holding: "whose government has", "dont l'État détient"


def _a_stake_held_in_passing(text: str, match: re.Match) -> bool:
    """True when a stake cue stands in a relative clause whose present verb of holding describes a party or a thing
    ("Rosneft, which owns a 49 percent stake in the refiner", "the terminal, where DP World holds a stake"): background,
    no investment reported."""
    if match.group().lower() not in _HELD_STAKES:
        return False
    start, _ = sentence_around(text, match.span())
    clause = re.split(r"[,;:(—–]", text[max(start, match.start() - 120) : match.start()])[-1].split()
    words = [word.lower() for word in clause]
    if not words or words[0] not in _HOLDING_RELATIVES:
        return False
    for word in words[1 : 1 + _HOLDING_REACH + 1]:
        if word in _HOLDING_MODALS:
            return False  # "which will hold a stake": a stake planned
        if word in _HOLDING_VERBS:
            return True
    return False


def _a_disaster_in_passing(text: str, match: re.Match) -> bool:
    """True when the cue is a disaster whose sentence speaks of no relief, help, victims, damage or rebuilding ("losses
    after last year's floods", "a setback, but not a disaster"): an event named in passing, no humanitarian work."""
    if not _word_list("disaster_events").fullmatch(match.group()):
        return False
    return _word_list("relief_words").search(text, *sentence_around(text, match.span())) is None


_LENT_AID_CUES = frozenset(sector_words()["lent_aid_cues"])


def _aid_lent(text: str, match: re.Match) -> bool:
    """True when a word of aid stands in a sentence that names a loan and no gift ("the yen loans would bring Japan's
    official development assistance to ¥500bn"): development lending, no humanitarian work."""
    if " ".join(match.group().lower().split()) not in _LENT_AID_CUES:
        return False
    start, end = sentence_around(text, match.span())
    if _AID_BESIDE_LOANS.match(text, match.end(), min(end, match.end() + 30)) or _LOANS_BESIDE_AID.search(
        text, max(start, match.start() - 30), match.start()
    ):
        return False  # "the aid and loans flowing to PNG": aid set beside the loans, another thing
    return _word_list("aid_loan_words").search(text, start, end) is not None and (
        _word_list("aid_gift_words").search(text, start, end) is None
    )


_LINKED_LOANS = r"(?:loans?|credits?|préstamos?|prêts?|empréstimos?)"
_AID_BESIDE_LOANS = re.compile(rf"\s+(?:and|or|y|e|et|ou|o)\s+{_LINKED_LOANS}(?!\w)", re.IGNORECASE)
_LOANS_BESIDE_AID = re.compile(rf"(?<!\w){_LINKED_LOANS}\s+(?:and|or|y|e|et|ou|o)\s+\Z", re.IGNORECASE)


_AID_HEADS = frozenset(sector_words()["aid_heads"])
_GIVER_REACH = 3  # how many words before the cue its verb of giving is read: "continue to provide further assistance"


def _given(text: str, match: re.Match) -> bool:
    """True when a verb of giving stands a few words before the cue in its clause ("providing assistance to Fiji"), or
    a package or a programme follows it ("a new assistance package"): aid a side gives."""
    after = text[match.end() : match.end() + 20].split()
    if after and after[0].lower().rstrip(",;:.") in _AID_HEADS:
        return True
    for token in reversed(text[max(0, match.start() - 60) : match.start()].split()[-_GIVER_REACH:]):
        if token[-1] in ",;:.!?":
            return False
        if _word_list("giving_verbs").fullmatch(token.lower()):
            return True
    return False


def extract_sectors(text: str, skip: tuple[Span, ...] = (), language: str = "en") -> list[SectorHit]:
    """One hit per sector the article reports activity in, with its evidence span and mention count."""
    language = language if language in SECTOR_LANGUAGES else "en"
    furniture = (_menu_lines(text), _name_lines(text), _backgrounders(text), caption_and_related_spans(text))
    skip = disjoint((*skip, *(span for more in (*furniture, _place_spans(text, language)) for span in more)))
    mentions: dict[str, list[re.Match]] = defaultdict(list)
    in_context: dict[str, re.Match] = {}
    context = _context()
    uses, silent = _cue_uses(text, skip, language)
    for sector, match, kind in uses:
        if _reports_nothing(text, match, kind, language):
            continue
        if kind == _PROJECT or _a_working_body(match):
            in_context.setdefault(sector, match)  # a named project or a central bank is itself activity
        mentions[sector].append(match)
        # works on a route are construction, and the route itself; a company's name builds nothing
        if kind != _NAME and _builds_a_route(text, match, sector, kind):
            mentions["infrastructure"].append(match)
            in_context.setdefault("infrastructure", match)
            in_context.setdefault(sector, match)
        if sector not in in_context:
            start, end = sentence_around(text, match.span())
            # a lender's own name ("Monetary Fund") is no word of activity around it
            own = (match.start(), match.end()) if _a_lending_body(match) else (end, end)
            if (
                context.search(text, start, own[0])
                or context.search(text, own[1], end)
                or names_two_states(text, start, end, language)
            ):
                in_context[sector] = match
    shielded = disjoint((*skip, *silent))
    stated = (
        ("infrastructure", _built_works(text, shielded)),
        ("finance", lenders(text, shielded)),
        ("education", romance_training(text, shielded, language)),
        ("education", courses_taken(text, shielded)),
        ("investment", acquisitions(text, shielded)),
        ("investment", capital_put_in(text, shielded, language)),
        ("investment", capital_for_plants(text, shielded)),
        ("industry", company_plants(text, shielded)),
        ("labour", money_sent_home(text, shielded)),
        ("labour", jobs_counted(text, shielded)),
        ("trade", goods_bought(text, shielded, language)),
        ("health", epidemic_responses(text, shielded)),
        ("humanitarian", staples_given(text, shielded)),
        ("infrastructure", builders_at_work(text, shielded)),
    )
    for sector, matches in stated:  # each is activity in its sector by what its sentence says
        for match in matches:
            mentions[sector].append(match)
            in_context.setdefault(sector, match)
    _count_goods_plants(text, shielded, mentions["industry"], in_context)
    hits = []
    for sector, found in mentions.items():
        evidence = in_context.get(sector)
        if evidence is None and len(found) < _MIN_MENTIONS_WITHOUT_CONTEXT:
            continue
        evidence = evidence or found[0]
        hits.append(SectorHit(sector, len(found), evidence.start(), evidence.end(), evidence.group()))
    return sorted(hits, key=lambda h: h.char_start)
