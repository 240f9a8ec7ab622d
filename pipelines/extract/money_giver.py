"""Who gives a sum, as far as it says what the sum is: a lender's money is a loan, a donor state's or aid
agency's is aid, a company's is investment, and a government's own share of works that others finance is
the project's. The words are language data (`pipelines/knowledge/money_cues.toml`); state names come from
the country lexicon the actor rules use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipelines.extract.actors.lexicon import CITY, COUNTRY, DEMONYM, alternation, country_pattern_in
from pipelines.extract.money_kind_cues import kind_cues
from pipelines.knowledge import city_countries, country_names, demonyms
from pipelines.knowledge.actor_words import country_names_in, demonyms_in
from pipelines.knowledge.money_vocabulary import cue_pattern, cue_words

# how far before its verb a giver is looked for: the subject of the verb, not a name a clause earlier
_GIVER_REACH = 70
# how far after a budget's figure its purpose is looked for ("N10bn in the 2020 Appropriation Bill as counterpart")
_PURPOSE_REACH = 80
# how far before the figure a line of the budget is looked for, and how far before that line its holder
# ("the Roads Division's allocation for 2024 rises to")
_LINE_REACH = 100
_LINE_HOLDER_REACH = 40
# how far after the figure public investment is looked for ("$2 billion in public investment")
_PUBLIC_REACH = 30
# words between an allocating verb and its figure ("earmarked an envelope of DA 555 billion")
_ALLOCATION_GAP = 4
_DIGIT = re.compile(r"\d")
# an appositive between the giver and its verb, and the auxiliaries after it ("La Banque mondiale, représentée par
# sa directrice générale, a promis"): the giver stands before it
_APPOSITIVE = re.compile(r",[^,;.\d]{3,120},\s*(?:[^\s,;.]+\s+){0,2}$")


@dataclass(frozen=True, slots=True)
class GiverCues:
    """The compiled giver patterns of one language."""

    verb: re.Pattern
    investor_verb: re.Pattern  # "spend", "signed": a verb whose giver counts only where it is a firm
    sale: re.Pattern  # "for the supply of": what a contract a firm signs sells
    counterpart_verb: re.Pattern
    share_verb: re.Pattern  # "provide", "finance": a government's share of works only with nothing else named
    pledge_verb: re.Pattern
    own_funds: re.Pattern
    own_funds_after: re.Pattern
    lender: re.Pattern
    not_lender: re.Pattern
    donor: re.Pattern
    investor: re.Pattern
    state: re.Pattern  # a state's name, as written (capitalised)
    demonym: re.Pattern  # "Ethiopian farmers": a state named as whom money is for
    # "Tokyo disbursed", "the Japanese government will provide": a state named by its capital or its government
    state_named: re.Pattern
    codes: dict[str, str]  # state names and demonyms, in lower case, to ISO3
    named_after: re.Pattern  # " pledged by ", " from the ": a giver named right after the figure
    relative: re.Pattern  # ", which ": a relative pronoun right before the giving verb, after its giver
    lender_after: re.Pattern
    allocation_verb: re.Pattern
    budget_source: re.Pattern  # "budget", "appropriation": money a state's own budget holds
    budget_holder: re.Pattern  # "the government", "the Treasury": who holds a state's budget
    allocation_purpose: re.Pattern  # " for ", " as counterpart": what an allocation is for, after the figure
    recipient_article: re.Pattern  # "le ", "el ": an article before the state an allocation is for
    allocation_works: re.Pattern  # works, utilities, land or a counterpart share an allocation may be for
    holder_works: re.Pattern  # the works a budget's holder names: those of an allocation, or an energy sector
    energy_works: re.Pattern  # an energy sector: works where the budget's holder names it too
    set_aside_works: re.Pattern  # works or a part of them (land, design, a phase): what any holder sets money aside for
    budget_line: re.Pattern  # "allocation", "outlay": a line of a state's budget, named before its figure
    works_budget_line: re.Pattern  # "capital spending", "development programme": a line of works by name
    own_part: re.Pattern  # "'s share", "'s section": a state's own part of shared works, after its name
    invest_verb: re.Pattern  # "will invest", "invertirá": whose giver, a government at home, makes it works' money
    # a verb of putting money in and the words up to the figure, right before it ("will put some", "poured more
    # than", "will put in a further"); `particle` is set where "in" stands between the verb and the figure
    put: re.Pattern
    into: re.Pattern  # "into", "dans": where money put in goes, a few words after the figure
    public_investment: re.Pattern  # "public investment", "inversión pública"
    aid_story: re.Pattern  # "aid", "humanitarian", "donors": words of a story of money given as aid
    # a giving or handing verb and a few words of its object, ending right before the figure ("released the first")
    handed_over: re.Pattern
    # a verb or a noun of needing, seeking or asking for money and a few words of its object, ending right before the
    # figure ("the agency says it needs a further", "estimates its needs at", "had requested", "unmet requirements:")
    sought: re.Pattern
    # a participle of giving or handing right after the figure, a few words between ("$40 million will be disbursed",
    # "EUR 72 million pledged in January", "1,2 milliard d'euros engagés")
    handed_after: re.Pattern


@cache
def giver_cues(language: str) -> GiverCues:
    words = cue_words(language)

    def find(name: str) -> re.Pattern:
        return re.compile(cue_pattern(words[name]))

    # a translation lists only the names it spells otherwise ("Allemagne"), not "Niger" or "Portugal"
    states = rf"(?<![\w-])(?:{COUNTRY})"
    if language in ("es", "fr", "pt"):
        states += "|" + country_pattern_in(language).pattern
    recipients = DEMONYM if language == "en" else alternation(demonyms_in(language))
    verb = cue_pattern(words["giver_verb"])
    return GiverCues(
        verb=find("giver_verb"),
        investor_verb=find("investor_verb"),
        sale=find("sale"),
        counterpart_verb=find("counterpart_verb"),
        share_verb=find("share_verb"),
        pledge_verb=find("pledge_verb"),
        own_funds=find("own_funds"),
        own_funds_after=re.compile(rf"\s*(?:\([^)]*\)\s*)?(?:\S+\s+){{0,3}}?{cue_pattern(words['own_funds_after'])}"),
        lender=find("lender"),
        not_lender=find("not_lender"),
        donor=find("donor"),
        investor=find("investor"),
        state=re.compile(rf"(?:{states})(?![\w-])", re.IGNORECASE),
        demonym=re.compile(rf"(?<![\w-])(?:{recipients})(?![\w-])"),
        state_named=re.compile(
            rf"(?<![\w-])(?:(?:{CITY})(?![\w-])|(?:{recipients})\s+(?i:{cue_pattern(words['budget_holder'])}))"
        ),
        codes=_state_codes(language),
        # " pledged by the ", " programme approved by the ": the noun the figure measures may stand before the verb
        named_after=re.compile(
            rf"\s*(?:[^\W\d]+\s+){{0,2}}?(?:{verb})\s+{cue_pattern(words['giver_by'])}\s+(?:the\s+)?"
        ),
        relative=re.compile(rf",\s*{cue_pattern(words['giver_relative'])}\s+(?:[^\s,;.]+\s+){{0,2}}$", re.IGNORECASE),
        lender_after=re.compile(rf"\s*{cue_pattern(words['giver_from'])}(?:\s+|['’])(?:the\s+)?"),
        allocation_verb=find("allocation_verb"),
        budget_source=find("budget_source"),
        budget_holder=find("budget_holder"),
        allocation_purpose=find("allocation_purpose"),
        recipient_article=re.compile(rf"(?:{cue_pattern(words['recipient_article'])})\s+", re.IGNORECASE),
        allocation_works=re.compile(
            cue_pattern([*words["project"], *words["allocation_works"], *words["set_aside_works"]])
        ),
        energy_works=find("allocation_holder_works"),
        holder_works=re.compile(
            cue_pattern(
                [
                    *words["project"],
                    *words["allocation_works"],
                    *words["set_aside_works"],
                    *words["allocation_holder_works"],
                ]
            )
        ),
        set_aside_works=re.compile(cue_pattern([*words["project"], *words["set_aside_works"]])),
        budget_line=find("budget_line"),
        works_budget_line=find("works_budget_line"),
        own_part=re.compile(rf"['’]s\s+{cue_pattern(words['own_part'])}"),
        invest_verb=re.compile(cue_pattern([*words["invest_verb"], *words["put_verb"]])),
        put=_put_pattern(words),
        into=re.compile(
            rf"\s*(?:\([^)]*\)\s*)?(?:[^\s,;.:\d()]+\s+){{0,{_INTO_GAP}}}?{cue_pattern(words['put_into'])}"
        ),
        public_investment=find("public_investment"),
        aid_story=find("aid_story"),
        handed_over=re.compile(rf"(?:{verb}|{cue_pattern(words['handed_verb'])})(?:\s+[^\s,;.:\d()]+){{0,4}}?\s*$"),
        handed_after=re.compile(rf"\s*(?:[^\W\d]+\s+){{0,3}}?{cue_pattern(words['handed_participle'])}"),
        sought=re.compile(rf"{cue_pattern(words['sought_verb'])}\s*:?(?:\s+[^\s,;.:\d()]+){{0,4}}?\s*$"),
    )


# words between a verb of putting money in and its figure ("put some", "poured more than"), and between the figure
# and "into" ("$1 billion of capital into")
_PUT_GAP = 3
_INTO_GAP = 3


def _put_pattern(words: dict[str, list[str]]) -> re.Pattern:
    """A verb of putting money in, right before the figure: with "in" between, only words of approximation may follow
    ("will put in a further", "put in about"; not "put in place a"); else up to `_PUT_GAP` words of its object."""
    verb = cue_pattern(words["put_verb"])
    gap = rf"(?:\s+[^\s,;.:\d()]+){{0,{_PUT_GAP}}}?"
    if not words["put_in"]:
        return re.compile(rf"(?:{verb}){gap}\s*$")
    approx = rf"(?:\s+(?:{cue_pattern(words['approximately'])}))*"
    return re.compile(rf"(?:{verb})(?:(?P<particle>\s+(?:{cue_pattern(words['put_in'])}){approx})|{gap})\s*$")


def put_into(before: str, after: str, language: str) -> str | None:
    """The subject of a figure that a verb of putting money in governs, where the figure goes "into" something
    or "in" stands between verb and figure: "Aramco will put $7 billion into the refinery", "Canadian firms have
    poured some $7 billion into Chilean mines", "the group will put in a further PLN 4.6 billion", "inyectará
    500 millones de dólares en la planta". Money put in is invested, as "invest" says, whatever the venture is
    (works, a fund, a firm); a donor's is aid and a lender's a loan ("USAID put $2 million into the library"). A
    government's at home is its works' money: `invested_at_home` reads that after. None where no such verb governs
    the figure, or where a state puts the money in abroad (not a state's fund for investment, "the Qatar Investment
    Authority"): the giver rules read that. `before` and `after` are the figure's clause as written."""
    put = puts_in(before, after, language)
    if put is None:
        return None
    g = giver_cues(language)
    giver = before[max(0, put - _GIVER_REACH) : put]
    found = _giver_at(giver, g, last=True)
    if found == "state" and not kind_cues(language).subject("investment").search(giver.lower()):
        # a government's at home is its works' money ("the Government of Uzbekistan will put in $41 million"); a
        # state's abroad is read by the giver rules ("Bonn has put DM 80 billion into the former Soviet Union")
        return "project" if invested_at_home(before, after, language, before + after) else None
    return found if found in ("aid", "loan") else "investment"


def puts_in(before: str, after: str, language: str) -> int | None:
    """Where the verb of putting money in that governs the figure starts in `before` ("will put some $2 billion into
    the fund", "will put in a further"), else None (`put_into`)."""
    g = giver_cues(language)
    put = g.put.search(before.lower())
    if put is None or not (put.groupdict().get("particle") or g.into.match(after.lower())):
        return None
    return put.start()


def _state_codes(language: str) -> dict[str, str]:
    words = {**city_countries(), **country_names(), **demonyms()}
    if language in ("es", "fr", "pt"):
        words |= {**country_names_in(language), **demonyms_in(language)}
    return {word.lower(): code for word, code in words.items()}


def giver_subject(before: str, after: str, language: str, clause: str, listed: bool = False) -> str | None:
    """The subject the giver of a figure says, where the text names one: `before` and `after` are the
    figure's own clause on either side of it, as written, `clause` the whole of it; `listed` whether its parts
    are listed after it ("including $7 billion in loans")."""
    g = giver_cues(language)
    lower = before.lower()
    verbs = (m for p in (g.verb, g.investor_verb) for m in p.finditer(lower))
    verb = max(verbs, key=lambda m: m.end(), default=None)
    if verb is not None:
        head = before[: verb.start()]
        # "the World Bank, which approved": a relative clause's giver stands right before it, not an appositive
        apposed = None if g.relative.search(head) else _APPOSITIVE.search(head)
        subject_end = apposed.start() if apposed else len(head)
        giver = head[max(0, subject_end - _GIVER_REACH) : subject_end]
        found = _giver_at(giver, g, last=True)
        if g.investor_verb.fullmatch(lower, verb.start(), verb.end()):
            # what a firm spends or signs is invested, unless it signs a sale ("a contract for the supply of gas
            # worth") or deals whose parts the text lists ("including loans"); what an aid agency spends or signs
            # is aid ("DFID plans to spend £1 billion in Nigeria"); a state's or a bank's says nothing
            sold = g.sale.search(lower, verb.end()) is not None
            if found == "aid":
                return found
            return found if found == "investment" and not (sold or listed) else None
        # a state pledges money abroad ("Canada pledged $80 million"); it allocates at home ("to the road project")
        pledge = g.pledge_verb.fullmatch(before.lower(), verb.start(), verb.end()) is not None
        if found and (found != "state" or pledge or _another_state(giver, clause, g)):
            return "aid" if found == "state" else found
    named = g.named_after.match(after.lower())
    if named:
        found = _giver_at(after[named.end() : named.end() + 40], g, last=False)
        return "aid" if found == "state" else found
    return _giver_after_from(before, after, language, g)


def _giver_after_from(before: str, after: str, language: str, g: GiverCues) -> str | None:
    """The subject the giver named right after the figure, on "from", says: a lender's money is a loan ("$160
    million from the bank"), a donor's aid ("EUR 28 million from the European Union"), and a state's aid where the
    figure is received ("Poland had so far received €2.1 billion from Brussels", "Kenya received $40 million from
    Japan"); a donor's or a state's money for works named after it is the works' ("received Nu 4.5 billion from
    India for the hydropower project")."""
    found = g.lender_after.match(after.lower())
    if found is None:
        return None
    giver = _giver_at(after[found.end() : found.end() + _FROM_REACH], g, last=False)
    if giver == "loan":
        return giver
    if kind_cues(language).subject("project").search(after.lower()):
        return None  # "received Nu 4.5 billion from India for the hydropower project": the works' money
    received = kind_cues(language).received.search(before.lower()[-_RECEIVED_REACH:])
    return "aid" if giver == "aid" or (giver == "state" and received is not None) else None


# how far after "from" its giver is looked for, and how far before the figure a verb of receiving it
_FROM_REACH = 40
_RECEIVED_REACH = 40


def handed_over_in_aid_story(text: str, near: tuple[str, str], language: str) -> bool:
    """Whether a verb that gives, hands over or receives a sum governs the figure (`near` its clause before and after
    it, as written), before it or as a participle right after it, or one that needs, seeks or asks for it, in an
    article that tells of aid, its words said twice or more and more often than those of a state's budget: "the
    emergency fund released $28 million", "the Commission had transferred the first €6.3 billion", "Norway paid NOK
    500 million", "of the $4.5 billion pledged at the conference", "only $3.2m has been received so far", and "the
    agency says it needs a further $190 million", "the government estimates its needs at" give aid where the clause
    names no other subject: money given by donors, or asked of them (not needs a damage word names: "reconstruction
    needs are estimated at" is a damage estimate); in a budget story, "the Minister set aside Sh4.6 billion for the
    lake region" is money spent at home."""
    g = giver_cues(language)
    before, after = near
    lower = before.lower()
    sought = g.sought.search(lower)
    if sought and kind_cues(language).damage.search(lower, max(0, sought.start() - _DAMAGE_REACH)):
        sought = None  # "reconstruction needs are estimated at": a damage estimate, no money asked of donors
    if g.handed_over.search(lower) is None and sought is None and g.handed_after.match(after.lower()) is None:
        return False
    aid, budget = _story_words(text, language)
    return aid >= _AID_STORY_WORDS and aid > budget


# how far before a word of needs a damage word makes them the damage's ("reconstruction needs", "recovery needs")
_DAMAGE_REACH = 20
# how often an article names aid before its sums handed over with no other subject are read as aid
_AID_STORY_WORDS = 2


@lru_cache(maxsize=8)
def _story_words(text: str, language: str) -> tuple[int, int]:
    """How many words of aid and of a state's budget the article says (counted once per article: every figure
    asks)."""
    g, lower = giver_cues(language), text.lower()
    return sum(1 for _ in g.aid_story.finditer(lower)), sum(1 for _ in g.budget_source.finditer(lower))


def invested_at_home(before: str, after: str, language: str, clause: str) -> bool:
    """Whether the figure is a government's investment at home, the money of its works: public investment named
    around it ("a public investment plan of", "$2 billion in public investment"), or a government that invests
    it, no firm nor another state named ("the government will invest $300 million in roads"; not "the Chinese
    government will invest $5 billion in Pakistan")."""
    g = giver_cues(language)
    lower = before.lower()
    if g.public_investment.search(lower[-_GIVER_REACH:]) or g.public_investment.search(after.lower()[:_PUBLIC_REACH]):
        return True
    verb = max(g.invest_verb.finditer(lower), key=lambda m: m.end(), default=None)
    if verb is None or len(lower[verb.end() :].split()) > _ALLOCATION_GAP:
        return False
    head = before[max(0, verb.start() - _GIVER_REACH) : verb.start()]
    holder = max(g.budget_holder.finditer(head.lower()), key=lambda m: m.end(), default=None)
    if holder is None or g.investor.search(head.lower(), holder.end()):
        return False
    return not _another_state(head, clause, g)


def names_lender(clause: str, language: str) -> bool:
    """Whether the clause names a lender ("the BNDES and the China Development Bank signed a financing deal")."""
    g = giver_cues(language)
    return g.lender.search(g.not_lender.sub(" ", clause.lower())) is not None


def own_share(before: str, after: str, language: str) -> bool:
    """Whether a government puts up the figure as its own share of works others finance: "the government
    will contribute a further $14 million", "will put up $700 million of their own", or any verb's figure said to
    come from its own budget ("will provide RSD 2 billion from the budget")."""
    g = giver_cues(language)
    lower = before.lower()
    verbs = (m for p in (g.verb, g.investor_verb) for m in p.finditer(lower))
    verb = max(verbs, key=lambda m: m.end(), default=None)
    if verb is None or _DIGIT.search(lower, verb.end()):
        return False  # "will contribute $10 million, and a $3 million grant": the verb's figure is the earlier one
    if g.own_funds_after.match(after.lower()):
        # "will provide RSD 2 billion from the budget", "had spent 9 billion dinars from its own budget on", "would
        # provide GH¢ 40 million as counterpart funds": said to be its own money, whatever the verb
        return True
    start = max(0, verb.start() - _GIVER_REACH)
    if g.share_verb.fullmatch(lower, verb.start(), verb.end()):
        # "the Government of Ghana will provide $45 million", "will finance the remaining $25 million": a share of
        # works where the government is the giver, the figure is for nothing but works and no other state is named
        # ("the Government of Canada will provide C$12 million to support Jamaica's courts" is aid)
        giver = before[start : verb.start()]
        measured = kind_cues(language).compound.match(after.lower())["phrase"]
        return (
            g.own_funds.search(lower, start, verb.start()) is not None
            and not any(p.search(measured) for s, p in kind_cues(language).subjects if s != "project")
            and _purpose_is_works(after, g)
            and not _another_state(giver, before[verb.end() :] + after, g)
        )
    if not g.counterpart_verb.fullmatch(lower, verb.start(), verb.end()):
        return False
    return bool(g.own_funds.search(lower, start, verb.start()))


def _purpose_is_works(after: str, g: GiverCues) -> bool:
    """Whether the text after a figure names no purpose, or names works as its purpose ("for the road")."""
    tail = after.lower()[:_PURPOSE_REACH]
    purpose = g.allocation_purpose.search(tail)
    return purpose is None or g.allocation_works.search(tail, purpose.start()) is not None


def works_budget_line(before: str, after: str, language: str) -> bool:
    """Whether the figure is a line of a state's budget that funds works: capital spending or a development
    programme ("capital spending is set at", "the revised annual development programme was cut to"), or an
    allocation or an outlay whose holder or purpose, named around it, builds, even inside a body's name ("the
    allocation for the Ministry of Railways", "the Roads Division's allocation rises to"). `before` and `after`
    are the figure's clause as written."""
    g = giver_cues(language)
    lower = before.lower()[-_LINE_REACH:]
    if g.works_budget_line.search(lower):
        return True
    line = max(g.budget_line.finditer(lower), key=lambda m: m.end(), default=None)
    if line is None:
        return False
    holder = lower[max(0, line.start() - _LINE_HOLDER_REACH) :]
    return (
        g.holder_works.search(holder) is not None
        or g.allocation_works.search(after.lower()[:_PURPOSE_REACH]) is not None
    )


def budget_allocation(before: str, after: str, language: str) -> str | None:
    """What a state's allocation from its own budget is: works, utilities, land or a counterpart share at home
    are the project's ("the 2024 budget allocates 5 billion dinars to the power grid", "the Treasury has set
    aside $80 million as counterpart funding"), money for another state ("$75 million for Honduras") is aid,
    money for anything else at home ("N140 billion for basic education") is other; None where no budget
    allocates the figure."""
    g = giver_cues(language)
    found = _allocation(before, after, g)
    if found is None or not (found[1] or g.budget_holder.search(found[0].lower())):
        return None
    if g.lender.search(g.not_lender.sub(" ", found[0].lower())):
        return None  # "the World Bank and the ADB are expected to approve": a lender's money, no state's budget
    return _allocated_to(after, found, language)


# how far before its allocating verb the holder of a budget is looked for
_HOLDER_REACH = 100


def _allocated_to(after: str, found: tuple[str, bool, str, re.Match], language: str) -> str:
    """What an allocation `found` (`_allocation`) is for: aid for another state, the project for works at home,
    else other."""
    g = giver_cues(language)
    holder, _, tail, purpose = found
    recipient = after[purpose.end() :].lstrip()
    article = g.recipient_article.match(recipient)
    recipient = recipient[article.end() :] if article else recipient  # "pour le Liban": the state after it
    state = g.state.match(recipient)
    own = state is not None and g.own_part.match(recipient.lower(), state.end()) is not None
    if state and state.group()[0].isupper() and not own and not _same_state(state.group(), holder, g):
        return "aid"
    # a sector or a service at home ("for basic education", "for civil protection") is the state's own spending;
    # a body's name names no works ("for biofuels research at the Energy Department")
    written = after[: len(tail)]
    if written.lower() == tail:
        tail = kind_cues(language).body_name.sub(lambda m: " " * len(m.group()), written).lower()
    if g.allocation_works.search(tail, purpose.start()):
        return "project"
    # an energy sector is works where the holder is of that sector ("the power ministry's budget includes EGP 24
    # billion for grid reinforcement"), else the state's own spending ("the budget sets aside 71 billion pounds for
    # the electricity sector")
    energy = g.energy_works.search(tail, purpose.start()) and g.energy_works.search(holder.lower()[-_HOLDER_REACH:])
    return "project" if energy else "other"


def set_aside_for_works(before: str, after: str, language: str) -> bool:
    """Whether an allocating verb, whoever holds it, sets the figure aside for works, land or a phase of them at
    home ("the port authority has earmarked $12 million for two new weighbridges", "had set aside Tk 310 crore for
    land and right-of-way", "destinó 40 millones a la segunda fase"): the works' money, where nothing else in the
    clause said what the figure is; a sector at home ("earmarked Dh2 billion for housing") is not works. `before`
    and `after` are the figure's clause as written."""
    g = giver_cues(language)
    found = _allocation(before, after, g)
    if found is None or _allocated_to(after, found, language) != "project":
        return False
    _, _, tail, purpose = found
    return g.set_aside_works.search(tail, purpose.start()) is not None


def budget_sets_aside(before: str, after: str, language: str) -> bool:
    """Whether a budget, named as the allocating verb's subject, sets the figure aside for a purpose named after
    it ("the budget request includes $310 million for Mexico", "el presupuesto incluye ... para"), whoever or
    whatever it is for; not a sum paid out of one ("had paid 12 billion drams from its budget for")."""
    g = giver_cues(language)
    found = _allocation(before, after, g)
    return found is not None and g.budget_source.search(found[0].lower()) is not None


def _allocation(before: str, after: str, g: GiverCues) -> tuple[str, bool, str, re.Match] | None:
    """Where an allocating verb governs the figure and a purpose follows it: the text before the verb (its
    holder, as written), whether a budget is named around the figure, the text after it in lower case and the
    purpose word in that text; else None."""
    lower, tail = before.lower(), after.lower()[:_PURPOSE_REACH]
    verb = max(g.allocation_verb.finditer(lower), key=lambda m: m.end(), default=None)
    if verb is None or len(lower[verb.end() :].split()) > _ALLOCATION_GAP:
        return None  # "allocates an envelope of": the figure is the verb's object, a few words on at most
    holder = before[max(0, verb.start() - _GIVER_REACH) : verb.end()]
    purpose = g.allocation_purpose.search(tail)
    if purpose is None:
        return None
    budget = g.budget_source.search(holder.lower()) is not None or g.budget_source.search(tail) is not None
    return holder, budget, tail, purpose


def _same_state(name: str, giver: str, g: GiverCues) -> bool:
    return g.codes.get(name.lower()) in {g.codes.get(m.group().lower()) for m in g.state.finditer(giver)}


def _another_state(giver: str, rest: str, g: GiverCues) -> bool:
    """Whether the clause names a state besides the giver: money a state gives abroad ("Norway will provide
    $5 million to help Malawi") is aid, money it allocates at home ("to the road project") is not."""
    givers = {g.codes.get(m.group().lower()) for m in g.state.finditer(giver)}
    givers |= {g.codes.get(m.group().split()[0].lower()) for m in g.state_named.finditer(giver)}
    named = [m.group() for m in g.state.finditer(rest) if m.group()[0].isupper()]
    named += [m.group() for m in g.demonym.finditer(rest)]
    return any(g.codes.get(name.lower()) not in givers for name in named)


def _giver_at(context: str, g: GiverCues, last: bool) -> str | None:
    """The kind of giver named in `context` (a subject, or "state"): the one nearest its end (`last`), else
    nearest its start."""
    lower = g.not_lender.sub(lambda m: " " * len(m.group()), context.lower())
    found = [(m, "loan") for m in g.lender.finditer(lower)]
    found += [(m, "aid") for m in g.donor.finditer(lower)]
    found += [(m, "investment") for m in g.investor.finditer(lower)]
    # a state is named with a capital ("Norway", "GERMANY"), not a word that spells like one ("chad")
    found += [(m, "state") for m in g.state.finditer(context) if m.group()[0].isupper()]
    found += [(m, "state") for m in g.state_named.finditer(context)]
    if not found:
        return None
    if last:
        return max(found, key=lambda f: (f[0].end(), f[0].end() - f[0].start()))[1]
    return min(found, key=lambda f: (f[0].start(), -f[0].end()))[1]


def donor_named(head: str, sentence: str, language: str) -> bool:
    """Whether the first giver `head` (the sentence up to a figure, as written) names is a donor, or a state
    that the sentence shows giving abroad by naming another state ("Britain will train 800 Kenyan police officers
    under a £3 million programme")."""
    g = giver_cues(language)
    found = _giver_at(head, g, last=False)
    if found != "state":
        return found == "aid"
    return len({g.codes.get(m.group().lower()) for m in _states_named(sentence, g)} - {None}) > 1


def _states_named(text: str, g: GiverCues) -> list[re.Match]:
    """The states a text names with a capital, or by a demonym."""
    return [m for m in g.state.finditer(text) if m.group()[0].isupper()] + list(g.demonym.finditer(text))
