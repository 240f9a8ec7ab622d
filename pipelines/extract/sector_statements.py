"""Sector evidence that is no cue word of running text: a bank named as the one that puts up money (finance), a
bank before a verb of paying (finance too), a Spanish, French or Portuguese verb or noun of training before its
trainees, a course of study taken and people learning to do a thing (education), a company bought or sold, a sum
put into one or spent on a plant (investment), and a company's plant (industry)."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.records import Span
from pipelines.extract.regex_dispatch import grouped_alternation
from pipelines.extract.spans import overlaps_any, sentence_around
from pipelines.knowledge import city_countries, country_names, demonyms, organization_lookup
from pipelines.knowledge.actor_words import actor_words, country_names_in, demonyms_in
from pipelines.knowledge.money_vocabulary import currency_tokens
from pipelines.knowledge.sector_vocabulary import sector_words


def _alternation(words: list[str]) -> str:
    """Whole words or phrases, longest first, spaces matching any run of blanks; grouped by their first character, so
    that each position of a text tries only the phrases that start with its character."""
    ordered = sorted(words, key=len, reverse=True)
    return grouped_alternation((re.escape(w[0]), re.escape(w[1:]).replace(r"\ ", r"\s+")) for w in ordered)


_FUND_NAME_WORDS = 6  # the words between a fund's word and its aim: "Fund for Arab Economic and Social Development"


@cache
def _lender() -> re.Pattern:
    """A capitalised word that is a bank ("Bank", "Banco") or ends in one ("Afreximbank", "Eximbank"), a fund named
    for development ("Saudi Fund for Development", "Asian Development Fund") or an export credit agency's name."""
    words = sector_words()
    whole = _alternation(words["lender_words"] + words["export_lenders"])
    endings = _alternation([w.lower() for w in words["lender_words"]])
    funds, aims = _alternation(words["lending_funds"]), _alternation(words["lending_fund_aims"])
    fund = rf"(?:{funds})(?:\s+[\w'’-]+){{0,{_FUND_NAME_WORDS}}}?\s+(?:{aims})|(?:{aims})\s+(?:{funds})"
    return re.compile(rf"(?<!\w)(?:(?:{whole})|[A-Z]\w*(?:{endings})|{fund})(?!\w)")


@cache
def _figure() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternation(sector_words()['figure_words'])})(?!\w)", re.IGNORECASE)


def states_a_sum(text: str, start: int, end: int) -> bool:
    """True when the text between start and end states a sum of money ("$4 billion", "20 millones")."""
    return _figure().search(text, start, end) is not None


@cache
def _staff_before_a_bank() -> re.Pattern:
    """A staff word and its link at the end of the text before a bank's word, the bank's other capitalised words
    between ("an economist at Standard ", "un analista del ")."""
    words = sector_words()
    staff, links = _alternation(words["bank_staff"]), _alternation(words["bank_staff_links"])
    article = r"(?:(?:the|el|la|le|o|a)\s+|l['’])?"
    return re.compile(
        rf"(?<!\w)(?:{staff})\s+(?:{links})(?:\s+|(?<=['’])){article}(?-i:(?:[A-Z][\w&.-]*\s+){{0,4}})\Z",
        re.IGNORECASE,
    )


_CITED_NAME_WORDS = 4  # the words of a cited name before its cue: "the Nepal Rastra Bank", "the National Bank of"


@cache
def _cited_name_lead() -> re.Pattern:
    words = sector_words()
    leads, articles = _alternation(words["source_leads"]), _alternation(words["cited_name_articles"])
    joiners = _alternation(words["cited_name_joiners"])
    word = rf"(?:(?-i:[A-ZÀ-Þ])[\w'’.-]*|{joiners})\s+"
    article = rf"(?:(?:{articles})(?:\s+|(?<=['’])))?"
    return re.compile(rf"(?<!\w)(?:{leads})\s+{article}(?:{word}){{0,{_CITED_NAME_WORDS}}}\Z", re.IGNORECASE)


def a_body_cited(text: str, match: re.Match) -> bool:
    """True when the cue is in a body's name that a source lead opens ("according to the National Bank of Poland",
    "según el Banco de México"): the source of a figure, no work of its own in its sector."""
    return _cited_name_lead().search(text, max(0, match.start() - 80), match.start()) is not None


def lenders(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """Banks named in a sentence that states a sum of money: a lender at work, which is finance. A bank that employs
    the person who speaks ("an economist at Standard Bank") or that a figure is cited from ("according to the National
    Bank of Poland") is no lender."""
    found, sentence = [], (-1, -1)
    for match in _lender().finditer(text):
        if overlaps_any(match.span(), skip) or sentence[0] <= match.start() < sentence[1]:
            continue  # one bank a sentence is enough, and each sentence is searched once
        if _staff_before_a_bank().search(text, max(0, match.start() - 80), match.start()) or a_body_cited(text, match):
            continue  # a bank's economist, or a bank cited as the source of a figure, lends nothing
        sentence = sentence_around(text, match.span())
        if states_a_sum(text, *sentence) and not _gives_a_grant(text, *sentence):
            found.append(match)
    return found


@cache
def _bank_words(name: str) -> re.Pattern:
    words = sorted(sector_words()[name], key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\*", r"[\w-]*") for w in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _gives_a_grant(text: str, start: int, end: int) -> bool:
    """True when the sentence gives a grant and names no loan, credit or financing: the bank is a donor there."""
    return _bank_words("bank_grant_words").search(text, start, end) is not None and (
        _bank_words("bank_loan_words").search(text, start, end) is None
    )


@cache
def _bank_word() -> re.Pattern:
    """A bank in either case ("o banco", "Attijariwafa bank", "Banco Mundial") or a name ending in one."""
    return re.compile(rf"(?<!\w)\w*(?:{_alternation(sector_words()['lender_words'])})(?!\w)", re.IGNORECASE)


_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z](?![\w-])")


_AGENT_REACH = 80  # the characters after a passive paying verb read for its agent: "financed largely by the Exim Bank"


@cache
def _agent_after() -> re.Pattern:
    """The word that opens a passive verb's agent ("financed largely by", "financiado por", "financé par"), a few
    adverbs at most between."""
    agents = _alternation(sector_words()["agent_words"])
    return re.compile(rf"\A(?:\s+[a-z]+ly)?\s+(?:{agents})(?!\w)", re.IGNORECASE)


def a_bank_pays(text: str, span: Span) -> bool:
    """True when a bank is named before a paying verb in its sentence ("o banco poderá financiar", "la banque
    s'est engagée à financer"), or by the acronym of a known bank ("El BID financiará"), or as the agent of the verb
    in the passive ("financed by the Export-Import Bank", "financiado por el BID"): the bank lends, which is finance."""
    start, end = sentence_around(text, span)
    if _names_a_bank(text, start, span[0]):
        return True
    agent = _agent_after().match(text[span[1] : min(end, span[1] + _AGENT_REACH)])
    if agent is None:
        return False
    clause = re.split(r"[,;:.!?]", text[span[1] + agent.end() : min(end, span[1] + _AGENT_REACH)], maxsplit=1)[0]
    return _names_a_bank(clause, 0, len(clause))


def _names_a_bank(text: str, start: int, end: int) -> bool:
    """A bank's word or the acronym of a known bank between `start` and `end`."""
    return _bank_word().search(text, start, end) is not None or any(
        _a_known_bank(m.group()) for m in _ACRONYM.finditer(text, start, end)
    )


@cache
def _a_known_bank(acronym: str) -> bool:
    """An acronym the knowledge base knows as a bank's (`BID`: the Inter-American Development Bank)."""
    body = organization_lookup().get(acronym)
    return body is not None and _bank_word().search(body.name) is not None


@cache
def _trained() -> re.Pattern:
    """A verb of training before its trainees or their number ("capacitará a 500 docentes"), or a noun of training
    before 'of' and them ("la formation des imams", "la formation d'ingénieurs")."""
    words = sector_words()
    verbs = _alternation(words["romance_training_verbs"])
    links = _alternation(words["romance_training_links"])
    nouns = _alternation(words["romance_training_nouns"])
    of = _alternation(words["romance_training_noun_links"])
    trainees = _alternation(words["romance_trainees"])
    verb = rf"(?:{verbs})\s+(?:(?:{links})\s+)?"
    noun = rf"(?:{nouns})\s+(?:{of})\s*(?:(?:{links})\s+)?"
    return re.compile(rf"(?<!\w)(?:{verb}|{noun})(?:\d|(?:{trainees})(?!\w))", re.IGNORECASE)


def romance_training(text: str, skip: tuple[Span, ...], language: str) -> list[re.Match]:
    """Verbs and nouns of training before a number of trainees or the trainees, in Spanish, French or Portuguese."""
    if language == "en":
        return []
    return [m for m in _trained().finditer(text) if not overlaps_any(m.span(), skip)]


def _in_order(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


_NUMBER_WORDS = rf"(?:\d+|{_in_order(sector_words()['course_numbers'])})"
_SPAN_WORDS_AFTER = rf"(?:\d+|{_in_order(sector_words()['course_numbers_after'])})"


@cache
def _studied() -> re.Pattern:
    """A course of study: after a verb of taking it, after a span of time written as a compound ("a six-week course"),
    or before a span in Spanish and Portuguese ("un curso de seis semanas"); and a verb of learning before "to" and a
    verb ("they will learn to service", "apprendront à entretenir")."""
    words = sector_words()
    courses, verbs = _alternation(words["study_courses"]), _alternation(words["course_verbs"])
    spans, spans_after = _alternation(words["course_spans"]), _alternation(words["course_spans_after"])
    learning, links = _alternation(words["learning_verbs"]), _alternation(words["learning_links"])
    article = rf"(?:(?:{_in_order(words['course_articles'])}|{_NUMBER_WORDS})\s+)?"
    modifiers = r"(?:(?!(?:of|in|on|for|to|de|da|do|en|em)\s)[\w'’-]+\s+){0,2}?"
    taken = rf"(?:{verbs})\s+{article}{modifiers}(?:{courses})"
    span = rf"{_NUMBER_WORDS}[\s-](?:{spans})(?:-long)?\s+{modifiers}(?:{courses})"
    span_after = rf"(?:{courses})\s+(?:de\s+)?{_SPAN_WORDS_AFTER}\s+(?:{spans_after})"
    learn = rf"(?:{learning})\s+(?:{links})\s+(?-i:[a-zà-ÿ])[\w-]+"
    return re.compile(rf"(?<![\w-])(?:{taken}|{span}|{span_after}|{learn})(?![\w-])", re.IGNORECASE)


def courses_taken(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """A course of study taken, or people learning to do a thing: schooling, which is education."""
    if _study_word().search(text) is None:  # most texts name no course and no learning: one cheap scan
        return []
    return [match for match in _studied().finditer(text) if not overlaps_any(match.span(), skip)]


@cache
def _study_word() -> re.Pattern:
    words = sector_words()
    return re.compile(
        rf"(?<!\w)(?:{_alternation(words['study_courses'] + words['learning_verbs'])})(?!\w)", re.IGNORECASE
    )


# How many words after a verb of acquiring are read for what is bought: "acquired two German machine-tool firms",
# "adquirió el 60 % de la empresa"
_ACQUIRED_REACH = 8


@cache
def _acquiring() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternation(sector_words()['acquiring_words'])})(?!\w)", re.IGNORECASE)


@cache
def _acquired() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What a company bought is called (in lower case), its legal forms (as written), and the words that end it."""
    words = sector_words()
    return (
        frozenset(words["acquired_objects"]),
        frozenset(actor_words("company_heads")),
        frozenset(words["acquired_object_ends"]),
    )


def _buys_a_company(text: str, end: int) -> bool:
    """True when the words after a verb of acquiring, up to a preposition or a clause's end, name a company."""
    objects, legal_forms, ends = _acquired()
    for token in text[end : end + 120].split()[:_ACQUIRED_REACH]:
        word = token.strip("\"'“”‘’(),;:.")
        if word.lower() in objects or token.rstrip(",;:") in legal_forms or word in legal_forms:
            return True
        if word.lower() in ends or token[-1] in ",;:.!?" or not word:
            return False
    return False


def acquisitions(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """Verbs and nouns of acquiring or selling whose object is a company, a unit or a stake: investment."""
    return [
        m for m in _acquiring().finditer(text) if not overlaps_any(m.span(), skip) and _buys_a_company(text, m.end())
    ]


@cache
def _states(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """Names, demonyms and cities of states (English, and the article's language), to their ISO3 code."""
    codes = {**city_countries(), **country_names(), **demonyms()}
    if language != "en":
        codes.update(country_names_in(language))
        # Romance demonyms are adjectives in lower case ("médicos cubanos"), capitalised when they open a sentence
        codes.update({form: c for w, c in demonyms_in(language).items() for form in (w, w.capitalize())})
    words = sorted(codes, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"), codes


def names_two_states(text: str, start: int, end: int, language: str) -> bool:
    """True when the text between start and end names two different states: what it says is between them."""
    pattern, codes = _states(language)
    seen: set[str] = set()
    for match in pattern.finditer(text, start, end):
        seen.add(codes[match.group()])
        if len(seen) > 1:
            return True
    return False


@cache
def _company_plant() -> re.Pattern:
    """A plant after its owner and up to three words naming it ("its Kolín plant", "Toyota's Durban plant", "su planta
    de Toluca"), or before what it makes ("plants producing solvents", "a plant to assemble buses")."""
    words = sector_words()
    plants = _alternation(words["factory_plants"])
    owner = rf"(?:{_alternation(words['plant_owners'])}|(?-i:(?P<possessor>[A-Z][\w&.-]*))['’]s)"
    named = rf"{owner}\s+(?P<modifiers>(?:[\w-]+\s+){{0,3}}?)(?:{plants})(?!\w)"
    making = rf"(?:{plants}),?\s+(?:{_alternation(words['plant_making'])})(?!\w)"
    return re.compile(rf"(?<!\w)(?:{named}|{making})", re.IGNORECASE)


_PLANT_AFTER = 2  # the words after a plant read for a utility ("planta de energía", "plant species")


@cache
def _utility_plants() -> frozenset[str]:
    return frozenset(sector_words()["utility_plants"])


@cache
def _places() -> frozenset[str]:
    return frozenset((*country_names(), *demonyms(), *city_countries()))


def company_plants(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """A company's plant or a plant that makes goods: manufacturing, which is industry. A plant of energy, water or
    waste, a living plant and a state's or a city's plant are not."""
    found = []
    for match in _company_plant().finditer(text):
        if overlaps_any(match.span(), skip) or match.group("possessor") in _places():
            continue
        around = (match.group("modifiers") or "").split() + text[match.end() : match.end() + 40].split()[:_PLANT_AFTER]
        if not _utility_plants().intersection(word.strip(",;:.").lower() for word in around):
            found.append(match)
    return found


_CAPITAL_REACH = 8  # the words between a verb of putting money and what receives it: "put about $5.8 billion into"


@cache
def _capital_put(language: str) -> re.Pattern:
    """A verb of putting money of the text's language (English verbs in English, Spanish, French and Portuguese ones
    in those) and, a few words on in its clause, the word that opens what receives it."""
    words = sector_words()
    verbs = _alternation(words["capital_verbs" if language == "en" else "romance_capital_verbs"])
    into = _alternation(words["capital_receivers"])
    return re.compile(
        rf"(?<!\w)(?:{verbs})\s+(?P<sum>(?:[^\s;:!?]*[^\s.;:!?]\s+){{1,{_CAPITAL_REACH}}}?)(?:{into})(?!\w)",
        re.IGNORECASE,
    )


@cache
def _capital_owned() -> re.Pattern:
    """A state's or foreign capital in a firm ("with Korean capital", "with the participation of Uzbek capital"), not a
    capital city ("the Saudi capital, Riyadh") nor a market ("capital markets")."""
    words = sector_words()
    owners, not_owned = _alternation(words["capital_owners"]), _alternation(words["capital_not_owned"])
    # a comma or a capitalised name after it makes it a city ("the Saudi capital, Riyadh"; "Kenyan capital Nairobi")
    city = rf"\s*,|\s+(?-i:[A-Z])|\s+(?:{not_owned})(?!\w)"
    owner = r"(?:foreign|(?-i:[A-Z][\w-]*))"
    return re.compile(rf"(?<!\w)(?:{owners})\s+{owner}\s+capital(?![\w-])(?!{city})", re.IGNORECASE)


_MONEY_SIGN = re.compile(r"[$€£¥₹₦]")


@cache
def _state_received() -> re.Pattern:
    """A state's name, after the articles that may open it, as what receives money ("into the former Soviet Union")."""
    names = sorted(country_names(), key=len, reverse=True)
    lead = r"(?:(?:the|former|la|le|el|o|a)\s+|l['’])*"
    return re.compile(rf"\s+{lead}(?:{'|'.join(map(re.escape, names))})(?![\w-])", re.IGNORECASE)


@cache
def _quantity() -> re.Pattern:
    """A unit of goods in a sum ("30 billion cubic metres"): a quantity put in, no money."""
    return re.compile(rf"(?<![\w-])(?:{_with_endings(sector_words()['capital_not_sums'])})(?![\w-])", re.IGNORECASE)


def capital_put_in(text: str, skip: tuple[Span, ...], language: str = "en") -> list[re.Match]:
    """A sum of money put, poured or injected into a company, a plant or works, and a firm's capital from a state:
    investment. Money put into a state is its aid or its loans as well ("Bonn has put DM 80 billion into the former
    Soviet Union"): the sentence's own words tell, so it is not read here."""
    put = [
        match
        for match in _capital_put(language).finditer(text)
        if (states_a_sum(text, *match.span("sum")) or _MONEY_SIGN.search(match.group("sum")))
        and not _state_received().match(text, match.end())
        and not _quantity().search(match.group("sum"))
    ]
    owned = list(_capital_owned().finditer(text))
    return [match for match in (*put, *owned) if not overlaps_any(match.span(), skip)]


_RESIDENTS_REACH = 3  # the words naming the people between their article and their abroad: "des Marocains résidant"


@cache
def _sent_home() -> re.Pattern:
    """A sum sent home ("sent home an estimated $20 billion"), or the transfers of a people living abroad ("les
    transferts des Marocains résidant à l'étranger")."""
    words = sector_words()
    verbs, hedges = _with_endings(words["home_sending_verbs"]), _with_endings(words["sum_hedges"])
    transfers, links = _with_endings(words["abroad_transfers"]), _with_endings(words["abroad_transfer_reach"])
    abroad = _with_endings(words["abroad_residents"])
    sent = rf"(?:{verbs})\s+(?:(?:{hedges})\s+)?{money_sum()}"
    people = rf"(?:{transfers})\s+(?:{links})\s+(?:[\w'’-]+\s+){{0,{_RESIDENTS_REACH}}}?(?:{abroad})"
    return re.compile(rf"(?<!\w)(?:{sent}|{people})(?!\w)", re.IGNORECASE)


def money_sent_home(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """Money that emigrants send home: a sum sent home or the transfers of a people living abroad: labour."""
    return [match for match in _sent_home().finditer(text) if not overlaps_any(match.span(), skip)]


_HEADS = r"(?<![\w$€£¥₹.,])(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)"  # "60,000", "4.200", "1 200"
_JOB_MODIFIERS = 2  # the words between a figure and its jobs: "1,800 direct jobs", "4.200 empleos directos y otros"
_EMPLOYING_LINKS = 2  # the words between a verb of employing and its figure: "employ more than 200,000"
_EMPLOYED_AUXILIARIES = 3  # the words between the people and "employed": "25,000 Kenyans had now been employed"


@cache
def _headcount() -> re.Pattern:
    """Work counted in heads: a figure of jobs ("1,800 direct jobs", "4.200 empleos directos"), a verb of employing or
    hiring before a figure ("will employ about 60,000 people", "hired 6,000 Kenyans", "empleará a 900 personas"), or
    a figure of people who are employed ("25,000 Kenyans are now employed"); a figure of money ("40 milhões estavam
    contratados") or a firm's staff ("más de 1.000 empleados") is no such count."""
    words = sector_words()
    nouns, modifiers = _with_endings(words["job_nouns"]), _with_endings(words["job_modifiers"])
    headcount = rf"{_HEADS}(?:\s+(?:{_with_endings(words['headcount_scales'])}))?"
    verbs, links = _with_endings(words["employing_verbs"]), _with_endings(words["employing_links"])
    auxiliaries, employed = _with_endings(words["employed_auxiliaries"]), _with_endings(words["employed_words"])
    jobs = rf"{headcount}\s+(?:(?:{modifiers})\s+){{0,{_JOB_MODIFIERS}}}(?:{nouns})"
    shares = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in words["job_share_words"])
    hired = rf"(?:{verbs})\s+(?:(?:{links})\s+){{0,{_EMPLOYING_LINKS}}}{headcount}(?!\s*(?:{shares}))"
    people = rf"{_HEADS}\s+(?:[^\W\d_][\w-]*\s+)?(?:(?:{auxiliaries})\s+){{1,{_EMPLOYED_AUXILIARIES}}}(?:{employed})"
    return re.compile(rf"(?<![\w-])(?:{jobs}|{hired}|{people})(?![\w-])", re.IGNORECASE)


def jobs_counted(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """Jobs or employed people counted by a figure: labour (the guidelines' workers and manpower), whatever the works
    or the firm that gives them."""
    return [match for match in _headcount().finditer(text) if not overlaps_any(match.span(), skip)]


_CLAUSE_END = re.compile(r"[;:!?]|\.(?!\d)")
_BOUGHT_REACH = 8  # the words between a verb of buying and its goods: "bought about 350,000 barrels a day of Iranian"


@cache
def _goods_bought(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A verb of buying; the seller's demonym and the goods (English: the demonym before a lower-case word; Spanish,
    French and Portuguese: a lower-case word and the demonym after "de"); and a share of a firm."""
    words = sector_words()
    verbs = re.compile(rf"(?<![\w-])(?:{_with_endings(words['buying_verbs'])})(?![\w-])", re.IGNORECASE)
    if language == "en":
        names = sorted((d for d in demonyms() if d[:1].isupper()), key=len, reverse=True)
        goods = rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})\s+(?-i:[a-z])[\w-]*"
    else:
        names = sorted(demonyms_in(language), key=len, reverse=True)
        goods = rf"(?<![\w-])(?:de|d['’])\s*(?-i:[a-zà-ÿ])[\w-]*\s+(?:{'|'.join(map(re.escape, names))})(?![\w-])"
    shares = re.compile(rf"(?<![\w-])(?:{_with_endings(words['bought_share_words'])})|%", re.IGNORECASE)
    return verbs, re.compile(goods), shares


def goods_bought(text: str, skip: tuple[Span, ...], language: str) -> list[re.Match]:
    """A state's goods bought in a figure ("bought about 350,000 barrels a day of Iranian crude", "compró 300.000
    toneladas de trigo ruso"): trade, whatever the goods."""
    verbs, goods, shares = _goods_bought(language)
    found = []
    for verb in verbs.finditer(text):
        reach = text[verb.end() : verb.end() + 160].split()[: _BOUGHT_REACH + 2]
        end = verb.end() + (len(" ".join(reach)) + 1 if reach else 0)
        thing = goods.search(text, verb.end(), min(len(text), end))
        if thing is None:
            continue
        gap = text[verb.end() : thing.start()]
        if _CLAUSE_END.search(gap):
            continue  # the goods of another clause
        if not any(c.isdigit() for c in gap) or shares.search(gap):
            continue
        if not overlaps_any((verb.start(), thing.end()), skip):
            found.append(thing)
    return found


@cache
def _epidemic_response() -> re.Pattern:
    """An epidemic that a response fights: one before a word of its response ("COVID-19 budget support", "pandemic
    preparedness"), or after a fight against it or its effects ("to fight the pandemic", "la riposte contre les effets
    du COVID-19", "mitigar los efectos económicos de la pandemia")."""
    words = sector_words()
    epidemics, heads = _alternation(words["epidemics"]), _with_endings(words["epidemic_heads"])
    fights, effects = _alternation(words["epidemic_fights"]), _with_endings(words["epidemic_effects"])
    elided = [w for w in words["epidemic_articles"] if w[-1] in "'’"]
    spaced = [w for w in words["epidemic_articles"] if w[-1] not in "'’"]
    article = rf"(?:(?:{_with_endings(spaced)})\s+|(?:{_with_endings(elided)}))?"
    links = _with_endings(words["epidemic_effect_links"])
    effect = rf"(?:(?:{effects})\s+(?:{links})(?:\s+|(?<=['’])){article})?"
    fought = rf"(?:{fights})\s+{article}{effect}(?:{epidemics})"
    responded = rf"(?:{epidemics})\s+(?:{heads})"
    return re.compile(rf"(?<![\w-])(?:{fought}|{responded})(?![\w-])", re.IGNORECASE)


def epidemic_responses(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """An epidemic fought or responded to: health work. One named in passing ("despite the pandemic") is none."""
    return [match for match in _epidemic_response().finditer(text) if not overlaps_any(match.span(), skip)]


def _with_endings(words: list[str]) -> str:
    """Whole words or phrases, longest first, `*` standing for any ending ("valorad*")."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\*", r"[\w-]*").replace(r"\ ", r"\s+") for word in ordered)


@cache
def money_sum() -> str:
    """A sum of money: a currency's sign, abbreviation or code before its figure ("$2bn", "EUR 120m", "A$45 million",
    "R$ 3 bilhões"), or a figure and its scale before a currency's name ("1.1 billion dollars", "450 millones de
    dólares", "1 milliard d'euros")."""
    tokens = currency_tokens()
    signs = _alternation(sorted({t.token for t in tokens if t.kind != "name"}))
    names = _alternation(sorted({t.token for t in tokens if t.kind == "name"}))
    scale = _alternation(sector_words()["figure_words"])
    signed = rf"(?:{signs})\s?\d[\d.,]*(?:\s*(?:{scale})(?!\w)|[mbk]n?(?!\w))?"
    named = rf"(?<![\w.,])\d[\d.,]*\s*(?:(?:{scale})\s+)?(?:(?:de|of)\s+|d['’])?(?:{names})(?!\w)"
    return rf"(?:{signed}|{named})"


@cache
def _money_sum_pattern() -> re.Pattern:
    return re.compile(money_sum())


_PLANT_REACH = 4  # the words naming a plant between its article and its word: "a semiconductor and pager plant"
_SUM_REACH = 8  # the words of a sum and its time between a verb of spending and what receives it


@cache
def _plant_paid() -> re.Pattern:
    """A plant that makes goods with a sum for it: spent, earmarked or committed on it ("will spend $120 million over
    three years on a chip plant"), set before it ("a $2.7bn steel mill", "a further EUR 120m for its Poznan plant"), or
    its value after it ("the refinery, costing about US$1.6 billion")."""
    words = sector_words()
    sites = _alternation(words["production_sites"])
    verbs, receivers = _alternation(words["spending_verbs"]), _alternation(words["sum_receivers"])
    values = _with_endings(words["works_values"])
    not_modifiers = _alternation(words["not_plant_modifiers"])
    article = rf"(?:(?:{_alternation(words['plant_articles'])})\s+|l['’]|[\w-]+['’]s\s+)?"
    modifiers = rf"(?P<modifiers>(?:(?!(?:{not_modifiers})\s)[\w'’-]+\s+){{0,{_PLANT_REACH}}}?)"
    money = money_sum()
    spent = rf"(?:{verbs})\s+(?P<sum>(?:[^\s;:!?]*[^\s.;:!?]\s+){{1,{_SUM_REACH}}}?)(?:{receivers})\s+{article}"
    set_before = rf"{money}\s+(?:(?:for|on|para|pour)\s+)?{article}"
    # the plant's own words end at a word that opens another clause ("the refinery, and PKN Orlen has put the cost")
    own_words = r"(?:\s+(?!(?:and|but|while|which|that|y|et|e|mais|pero|mas)\s)[\w'’-]+){0,3}?"
    copula = r"(?:(?:is|was|are|were|will be|would be)\s+)?"
    hedge = rf"(?:(?:{_alternation(words['value_hedges'])})\s+)?"
    valued = rf"(?P<valued_site>{sites})(?!\w){own_words},?\s+{copula}(?:{values})\s+{hedge}{money}"
    return re.compile(
        rf"(?<!\w)(?:(?:{spent}|{set_before}){modifiers}(?P<site>{sites})(?!\w)|{valued})",
        re.IGNORECASE,
    )


_LENT_REACH = 3  # the words before a sum read for a loan or a grant: "a soft loan of"


@cache
def _lent() -> re.Pattern:
    words = sector_words()
    return re.compile(
        rf"(?<!\w)(?:{_with_endings(words['paying_words'] + words['route_paying_words'])})(?!\w)", re.IGNORECASE
    )


_PLANT_WINDOW = 200  # the characters read before and after a plant's word for its sum: a clause, not the whole text


@cache
def _production_site() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternation(sector_words()['production_sites'])})(?!\w)", re.IGNORECASE)


def _paid_plant_matches(text: str) -> list[re.Match]:
    """The matches of `_plant_paid` read only around the plants' words: most of a text names no plant."""
    windows: list[list[int]] = []
    for site in _production_site().finditer(text):
        start, end = max(0, site.start() - _PLANT_WINDOW), site.end() + _PLANT_WINDOW
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [match for start, end in windows for match in _plant_paid().finditer(text, start, end)]


def capital_for_plants(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """A sum spent, earmarked or committed on a plant that makes goods, or a plant priced: investment. A power, water or
    waste plant is works, read by its own words, and a sum must be money, not tonnes."""
    found = []
    money = _money_sum_pattern()
    for match in _paid_plant_matches(text):
        if overlaps_any(match.span(), skip):
            continue
        if match.group("sum") is not None and not money.search(match.group("sum")):
            continue
        if _lent().search(" ".join(text[max(0, match.start() - 40) : match.start()].split()[-_LENT_REACH:])):
            continue  # "a soft loan of Tk 1,400 crore for a fertiliser factory": money lent, which is finance
        site = "valued_site" if match.group("valued_site") else "site"
        before = text[max(0, match.start(site) - 60) : match.start(site)].split()[-3:]
        after = text[match.end(site) : match.end(site) + 40].split()[:_PLANT_AFTER]
        if not _utility_plants().intersection(word.strip(",;:.").lower() for word in (*before, *after)):
            found.append(match)
    return found


_STAPLE_REACH = 8  # the words between a verb of giving and its staple: "donated about 40,000 tonnes of milled rice"


@cache
def _staples_given() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A verb of giving, a staple food, and a word of seed after the staple."""
    words = sector_words()
    verbs = re.compile(rf"(?<![\w-])(?:{_with_endings(words['staple_giving_verbs'])})(?![\w-])", re.IGNORECASE)
    staples = re.compile(rf"(?<![\w-])(?:{_with_endings(words['given_staples'])})(?![\w-])", re.IGNORECASE)
    sown = re.compile(rf"\s+(?:{_with_endings(words['sown_staples'])})(?![\w-])", re.IGNORECASE)
    return verbs, staples, sown


def staples_given(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """Staple food one side gives, donates or hands out ("donated 12,000 tonnes of rice", "doará arroz e feijão"):
    relief, humanitarian. The staple is read in the verb's clause within a few words; seed is sown, no relief."""
    verbs, staples, sown = _staples_given()
    found = []
    for verb in verbs.finditer(text):
        reach = text[verb.end() : verb.end() + 120].split()[:_STAPLE_REACH]
        end = verb.end() + (len(" ".join(reach)) + 1 if reach else 0)
        staple = staples.search(text, verb.end(), min(len(text), end))
        if staple is None or _CLAUSE_END.search(text, verb.end(), staple.start()):
            continue
        if sown.match(text, staple.end()) or overlaps_any((verb.start(), staple.end()), skip):
            continue
        found.append(staple)
    return found


@cache
def _builder_names() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """A trade word of a construction firm's name; the firm's name by its trade (a trade word after capitalised words
    of the name, or a Romance trade word before one); the words that say the firm works in its sentence; and a
    body's portfolio or a preposition right before the name."""
    words = sector_words()
    trades, firsts = _alternation(words["builder_trades"]), _alternation(words["builder_trades_first"])
    part = r"(?:[A-Z][\w.'’-]*|&|and)"
    name = rf"(?<![\w&])[A-Z][\w.'’-]*(?:\s+{part}){{0,3}}\s+(?:{trades})(?![\w-])|(?<![\w-])(?:{firsts})\s+(?=[A-Z])"
    work = re.compile(rf"(?<![\w-])(?:{_with_endings(words['builder_work_words'])})(?![\w-])", re.IGNORECASE)
    offices = _alternation(words["builder_office_heads"])
    office = re.compile(rf"(?:\b(?:of|for|de|del|du|des|da|do|dos|das)|{offices})\s+\Z")
    return re.compile(f"{trades}|{firsts}"), re.compile(name), work, office


def builders_at_work(text: str, skip: tuple[Span, ...]) -> list[re.Match]:
    """A construction firm named by its trade whose sentence says it works ("Daewoo Engineering & Construction won a
    contract", "executada pela Construtora Ribeiro Lopes"): contracting, infrastructure. A body's portfolio ("Ministry
    of Housing and Construction") is no firm; a firm named in passing does no works."""
    trade, names, work, office = _builder_names()
    if trade.search(text) is None:  # every name holds a trade word: most texts have none, and are done at once
        return []
    found = []
    for name in names.finditer(text):
        if overlaps_any(name.span(), skip) or office.search(text, max(0, name.start() - 12), name.start()):
            continue
        start, end = sentence_around(text, name.span())
        if any(not overlaps_any(w.span(), (name.span(),)) for w in work.finditer(text, start, end)):
            found.append(name)
    return found
