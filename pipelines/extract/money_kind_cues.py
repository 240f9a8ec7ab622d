"""The compiled cue patterns that say what a monetary amount is, one set per language, from the language
data in `pipelines/knowledge/money_cues.toml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipelines.knowledge.money_vocabulary import cue_pattern, cue_words, currency_rows, grammar_words

SUBJECTS_BY_PRECEDENCE = ("loan", "aid", "investment", "trade", "project")
_WORDS = "|".join  # joins alternatives that are already regex bodies


@dataclass(frozen=True, slots=True)
class KindCues:
    """The compiled cue patterns of one language."""

    target: re.Pattern
    target_word: re.Pattern
    goal_to: re.Pattern  # "... to (about) " right before the figure
    current: re.Pattern
    from_figure_to: re.Pattern  # "from $1 billion to ": the figure after "to" is the goal
    goal_after: re.Pattern  # " both governments want to reach": a goal the clause right after the figure sets
    to_reach: re.Pattern  # "expected to cross (about) "
    reaching: re.Pattern  # "achieving (about) "
    grew: re.Pattern  # "rose 10 percent to reach": a figure grown to, not aimed at
    potential: re.Pattern
    commitment: re.Pattern
    anaphor: re.Pattern  # "That is", "This": a sentence about what the previous one named
    pronoun: re.Pattern  # "it stood at ": a pronoun a few words before the figure
    giving: re.Pattern  # "were allocated", "pledged": a sum given, whose subject may be a sentence back
    strong_commitment: re.Pattern
    signed: re.Pattern
    supply_contract: re.Pattern  # "contracts": valued by the year, a sale's
    arms: re.Pattern  # "fighter jets", "howitzers": a contract for them is procurement, not trade
    worth: re.Pattern  # "worth (about) " right before the figure
    flow: re.Pattern
    actual: re.Pattern
    reported: re.Pattern  # "reached (a high of) " right before the figure
    given: re.Pattern  # money given, lent or pledged, whose total a reported figure may be
    per_unit: re.Pattern  # "a barrel", "/tonne" right after the figure: a price
    per_currency: re.Pattern  # "per US dollar", "to the dollar" right after the figure: an exchange rate
    quote_at: re.Pattern  # "IBM closed at ", "Brent settled at " right before the figure: a market quote
    charged: re.Pattern  # "sells gas to Armenia at ": a seller's or buyer's verb right before a price
    quoted: re.Pattern  # "was quoted at ", "averaged ": a market price reported, right before a price
    disbursements: re.Pattern  # "disbursements": money paid out, counted up, whose total the figure is
    disbursed: re.Pattern  # "has been disbursed", "se desembolsaron": a passive of disbursing right at the figure
    paid_after: re.Pattern  # " disbursed", " arrived": a participle of paying out right after the figure, no schedule
    transferred_past: re.Pattern  # "transferred (the first) ": a past verb of handing money over, at the figure
    figure_article: re.Pattern  # "under the ": a determiner right before the figure, which leads a noun
    price: re.Pattern
    clause_break: re.Pattern
    target_year: re.Pattern
    deadline_year: re.Pattern  # a target year before the figure: a deadline, not a plain "in 2014"
    relative_year: re.Pattern  # "next year", "this year": a target year counted from the article's date
    # "want trade to pass ", "is targeting annual revenue of ": a wish or an aim whose object the figure is
    wanted_level: re.Pattern
    # "up from a modest ", "from the current level of about ": a comparison's base a few words on, the figure's level
    compared_base: re.Pattern
    body_name: re.Pattern
    body_title: re.Pattern  # "Trade Minister", "Export-Import Bank": a capitalised name ending in a body word
    weak_other: re.Pattern  # "tourism", "revenues": no subject, where the clause names no other
    added_to: re.Pattern  # " to the UAE economy": a sum added to an economy's output, right after the figure
    weak_aid: re.Pattern  # aid cues that count only where no other subject is named ("ODA")
    in_kind: re.Pattern  # "handed over", "free of charge": goods given, not sold nor built
    no_subject: re.Pattern  # cue words in another sense ("search and rescue"): no subject
    weak_loan: re.Pattern  # "financing": a loan only where the clause names a lender
    subjects: tuple[tuple[str, re.Pattern], ...]
    works_noun: re.Pattern  # the project cues that name works, not the verbs that build them
    cost: re.Pattern
    swap: re.Pattern
    sale: re.Pattern  # "to export", "the purchase of": what makes a contract one of sale
    acquiring: re.Pattern  # "bought", "acquire": a verb of buying or selling, whose object may be a firm
    acquired: re.Pattern  # "unit", "stake", "assets": what makes what is bought or sold an investment
    securities: re.Pattern  # "notes", "the interbank market": what makes what is bought or sold money dealt for money
    currency_dealer: re.Pattern  # "the central bank": who buys or sells currency for a state's reserves
    currency_dealer_of: re.Pattern  # "Bank of": a central bank, before a state's name ("the Bank of Japan")
    export_cover: re.Pattern  # "UK Export Finance", "export credit insurance": a state's cover of its exporters' sales
    damage_done: re.Pattern  # "damage to": works named after it are what was damaged
    repair: re.Pattern  # "to repair": money that mends what was damaged goes to works
    period: re.Pattern  # " in FY2022": a year or fiscal year right after the figure
    debt_stock: re.Pattern  # "public debt", not "debt to China"
    unpaid_bill: re.Pattern  # "owes ... X for gas imports", "arrears for those imports": a bill owed for goods
    # "owes suppliers", "arrears to contractors", "contractors are still owed": a sum owed to a seller of goods or works
    owed_supplier: re.Pattern
    owed_for_goods: re.Pattern  # "owes Iran $2 billion for earlier gas deliveries": a bill owed for goods
    debt_operation: re.Pattern  # "restructuring", "write off": an operation on debt, not money lent
    debt_instrument: re.Pattern  # "bonds", "creditors": what a debt operation acts on
    reaching_level: re.Pattern  # "reaching ": a participle of a level reached
    valued: re.Pattern  # "estimated at (about) ": a value put on works, right before the figure
    stock: re.Pattern  # "accumulated investment of ": a stock reported, right before the figure
    to_date: re.Pattern  # " so far": a total up to now, right after the figure
    paid_out: re.Pattern  # "has paid (them) about ": a past outlay, right before the figure
    paid_to_date: re.Pattern  # "has so far disbursed (about) ": an outlay counted up to now, right at the figure
    moved_to_date: re.Pattern  # "has so far received (about) ", "liberou até agora ": money moved up to now
    moved_after: re.Pattern  # " released so far" right after the figure
    since_year: re.Pattern  # "since": a running total of a period that opened before
    saving: re.Pattern  # "would save (exporters) some ": a saving, right before the figure
    earned: re.Pattern  # "it earned (about) ": earnings or losses reported, right before the figure
    saved: re.Pattern  # "had saved the utility (about) ": a saving reported, right before the figure
    earning: re.Pattern  # "could earn (it) ", "revenues of ": earnings, right before the figure
    forecast: re.Pattern  # "could", "expects": what makes earnings a forecast
    cost_object: re.Pattern  # " the country about ": whom a cost falls on, right after the cost word
    budget: re.Pattern  # "a deficit of ", right before the figure
    budget_word: re.Pattern
    partner_balance: re.Pattern  # "the deficit with China (widened to) ": a trade balance, before the figure
    balance: re.Pattern  # "deficit", "surplus": a balance, of trade or of a budget
    balance_reported: re.Pattern  # "posted", "narrowed to": a verb that reports a balance's level
    trade_balance: re.Pattern  # "leaving a deficit of nearly ": a balance noun whose phrase the figure ends
    balance_not_trade: re.Pattern  # "budget", "current account": what makes a balance no trade balance
    contract_before: re.Pattern  # "un contrat de ": a contract noun governing the figure right after it
    contract_after: re.Pattern  # " contract for the development of": a contract for works, right after the figure
    works_purpose: re.Pattern  # " pour la fabrication de": what a contract named before the figure makes
    # "awarded contracts worth", "a remporté un marché de", "was awarded the": a contract awarded or won, the
    # verb and the contract before the figure (`awarded_object`), the verb alone before it and the contract right
    # after it (`award_ends`, `award_object_after`), or the contract awarded to someone for the figure (`awarded_for`)
    # " chip plant in", " for its Poznań plant", " usine d'engrais": a plant the figure measures, the words before it
    # (`mods`) and the few after it (`rest`) to tell a utility's plant from a firm's
    factory_after: re.Pattern
    utility_plant: re.Pattern
    awarded_object: re.Pattern
    award_ends: re.Pattern
    award_object_after: re.Pattern
    awarded_for: re.Pattern
    budget_stated: re.Pattern  # "deficit for 2024/25 is projected at ": a budget word, then what states its figure
    compound: re.Pattern  # the noun phrase right after a figure ("macro-financial assistance loan")
    head_last: bool  # a compound ends on its head (English), else starts on it
    received: re.Pattern  # "received (about) " right before the figure, a day between ("a reçu lundi")
    receipt_day: re.Pattern  # "on Tuesday", "last March": the day, week or month of a receipt before now
    tranche_moved: re.Pattern  # "disbursed a first tranche of ": a tranche paid out or received, its sum at the figure
    payout: re.Pattern  # "will be disbursed", "the second tranche": a sum paid out of money named before it
    spending: re.Pattern
    spent: re.Pattern  # "has spent (about) ": money spent before now, right before the figure
    yearly: re.Pattern  # " a year", " annually" right after the figure
    level: re.Pattern  # "was (about) " right before the figure
    past_time: re.Pattern  # " last year" right after the figure
    gap: re.Pattern  # " of about ", " worth ": what may stand between a noun and the figure it governs
    money_line: re.Pattern  # "a line of ", "the earlier line, of ": a credit line, right before the figure
    financing_of: re.Pattern  # "a financing of ", "el financiamiento, de ": financing the figure measures, before it
    purpose: re.Pattern  # "for": what a loan named before it is for ("credit line for fuel imports")
    partitive: re.Pattern  # "of which": a part of the figure before it
    tranche: re.Pattern
    conjunct: re.Pattern  # ", and ": another statement after the figure
    condition: re.Pattern  # " once the ": a condition after the figure, which says not what it is of
    parts: re.Pattern  # ", including": the parts of the figure's whole follow
    record_level: re.Pattern  # "a record", "an all-time high of": a level of a year, reported
    comparison: re.Pattern  # "up from (about) " right before the figure: the base of a comparison
    running_total: re.Pattern  # "brings total aid for the quake to ": a running total the news reports
    coordinated_reach: re.Pattern  # "want to recover that level and reach ": a goal verb in a coordination
    purpose_flow: re.Pattern  # "for fuel imports": a flow word that says what money is for
    period_before: re.Pattern  # "In fiscal 2014, ": a year before the figure in its clause
    size_of_aggregate: re.Pattern  # "the halal food market is valued at about ": the size of a market, no sum
    cost_determiner: re.Pattern  # "whose " right before a cost word: the noun, not the verb
    potential_of: re.Pattern  # "demandará una inversión de (unos) ": a need or a future demand, before the figure
    valued_investment: re.Pattern  # "an investment estimated at ": one body's investment valued, before the figure
    discussed_works: re.Pattern  # "discussed the ": works only talked of, a few words before their value
    investment_stock: re.Pattern  # "investments in egypt amount to about ": a stock of investment, reported
    endowment: re.Pattern  # "a fund of ", "whose authorised capital will amount to ": capital given, before the figure
    endowment_head: re.Pattern  # "fund": the head of the noun after the figure ("a $250 million fund")
    investor_with: re.Pattern  # "the largest investor in Vietnam, with": who holds the capital named next
    capital_holder: re.Pattern  # "investors": whose works a value put on them is, where they hold them
    debt_due: re.Pattern  # "has to repay (creditors) ": debt falling due, right before the figure
    period_given: re.Pattern  # "lent Peru a total of ": a giving verb in the past, right before the figure
    total_of: re.Pattern
    one_period: re.Pattern  # "in fiscal year 2023", "this year": one period a figure is the total of
    running_since: re.Pattern  # "since", "so far": a running total up to now
    outstanding: re.Pattern  # "outstanding loans": a stock still owed
    figure_anaphor: re.Pattern  # "this figure": the level a goal is set for, not a current one
    forecast_only: re.Pattern  # "expects", "could": a forecast, not a wish or a plan
    and_word: re.Pattern  # "and": what coordinates two clauses
    holding: re.Pattern  # "companies hold (assets worth) ", "owes (lenders) ": a stock held or owed, before the figure
    works_worth: re.Pattern  # "housing projects worth (about) ": the value of works, right before the figure
    appeal: re.Pattern  # "has appealed for ": a sum to raise, right before the figure
    appeal_of: re.Pattern  # "has requested additional budget support of ": a sum asked for, a noun phrase between
    request_of: re.Pattern  # "is seeking up to ", "had asked Japan for a loan of ": a request made, its sum governed
    estimate: re.Pattern  # "officials estimate that": a forecast, no one's goal
    present: re.Pattern  # "is", "currently": a verb of the present, or a word that puts its clause there
    lent_support: re.Pattern  # "budget support": a loan where a lender gives it, aid where a donor does
    works_part: re.Pattern  # "phase", "section": a part of works a value may be put on
    counterpart: re.Pattern  # "the government's counterpart of (about) ": its share of works, before the figure
    counterpart_after: re.Pattern  # " as counterpart funds": a side's share of works, right after the figure
    counterpart_person: re.Pattern  # "his Iraqi ": a possessive right before a counterpart who is a person
    works_estimate: re.Pattern  # "estimated", "put at": a value an estimate puts on works or their cost
    worth_word: re.Pattern  # "worth", "valued at" anywhere: a deal's or works' worth, not an estimate's
    apposed_flow: re.Pattern  # "two-way trade, worth about ": the flow a figure set off by a comma values
    counterpart_word: re.Pattern  # "counterpart" anywhere: a side's share of works
    cost_ahead: re.Pattern  # "will cost (about) ": a cost still to come, right before the figure
    from_base: re.Pattern  # "from (about) " right before the figure: the level a change starts from
    of_base: re.Pattern  # "of (about) " right before the figure: "de" is both in Romance languages
    expected_outlay: re.Pattern  # "expects to lend (about) ": money someone expects or is asked to give
    weighed: re.Pattern  # "is considering a further ": a loan or deal under study, before the figure
    plan_to_invest: re.Pattern  # "prevê investir": an investor's plan, as "plans to invest" is, not an expectation
    programme_noun: re.Pattern  # "programme": a programme whose size the figure gives
    single_article: re.Pattern  # "a": one thing the figure is the value of
    impersonal_forecast: re.Pattern  # "is expected to exceed ": a forecast no one is named as making
    damage: re.Pattern  # "damage", "reconstruction needs": what an estimate may put at the figure
    debt_of: re.Pattern  # "national debt of (more than) ": a stock of debt, right before the figure
    debt_relief: re.Pattern  # "forgave", "write off": debt relieved, which was lent; a debt word may name its sum
    language: str = "en"  # the language whose cue lists the rules of `money_kind_rules.toml` may name

    def subject(self, name: str) -> re.Pattern:
        """The cue words of one subject (`loan`: "loan", "credit line")."""
        return self.subjects[SUBJECTS_BY_PRECEDENCE.index(name)][1]


def _currency_names(language: str) -> list[str]:
    """The names of currencies an article in `language` writes ("dollar", "dólares", "francs CFA")."""
    names = {r["token"] for r in currency_rows() if r["kind"] == "name" and _read_in(r["languages"], language)}
    return sorted(names)


def _read_in(languages: str, language: str) -> bool:
    return "*" in languages.split("|") or language in languages.split("|")


def _body_name(body_words: list[str], titles: list[str]) -> re.Pattern:
    """A capitalised name ending in a body word ("Asian Infrastructure Investment Bank"), or a body word
    followed by what it is of ("Board of Investment"), or a title before a name ("Trade Minister Ana Ruiz");
    "Extended Fund Facility" is no body but a loan."""
    body = _WORDS(re.escape(w) for w in body_words)
    title = _WORDS(re.escape(w) for w in titles)
    name_word = r"[A-Z][\w&'’-]*,?"
    names = rf"{name_word}(?:\s+(?:and\s+|&\s+|y\s+|e\s+|et\s+)?{name_word})*"
    return re.compile(
        # a Romance name: the body word, an adjective, then what it is of ("la Banque européenne d'investissement",
        # "El Banco Europeo de Inversiones")
        rf"(?=[A-Z])\b(?:{name_word}\s+)?(?:{body})\s+[^\W\d_][\w-]*\s+(?:d['’]|de\s+|del\s+|do\s+|da\s+)[^\W\d_][\w-]*"
        rf"|(?=[A-Z])\b(?:{name_word}\s+)+(?:{title})\b(?=\s+[A-Z])"
        # names before the body word; in a Romance name, what it is of after it too: a capitalised article before
        # it reads as a name word ("O Banco de Exportação e Importação da China"), so the name runs on past the body
        rf"|(?=[A-Z])\b(?:{name_word}\s+(?:(?:of|for|and|&|de|du|des|da|do)\s+)?)+(?:{body})\b"
        rf"(?:\s+(?:de|du|des|da|do)\s+(?:la\s+|l'\s*)?{names})?(?!\s+[A-Z])"
        rf"|(?=[A-Z])\b(?:{body})\s+(?:of|for|de|du|des|da|do)\s+(?:the\s+|la\s+|l'\s*)?{names}"
    )


@cache
def kind_cues(language: str) -> KindCues:
    words = cue_words(language)

    def find(name: str) -> re.Pattern:
        return re.compile(cue_pattern(words[name]))

    approx = rf"(?:(?:{cue_pattern(words['approximately'])})\s+)*"
    few_words = r"(?:\s+[^\s,;.]+){0,3}?"  # whom, or what of: "paid the contractor", "save exporters"
    # a verb and its object, without a clause mark: "to contribute", "multilateral lenders to contribute"
    few_verbs = r"(?:\s+[^\s,;.]+){0,12}?"
    ending = rf"\s+{approx}$"
    # a passive of the past of paying out ("has already been disbursed", "se han desembolsado", "a déjà été
    # décaissée", "havia sido desembolsada"): perfect auxiliaries and marks of a count to now around a passive one
    around = rf"(?:{cue_pattern([*words['paid_perfect'], *words['to_date_mark']])})"
    paid_passive = (
        rf"(?:{around}\s+){{0,2}}(?:{cue_pattern(words['paid_passive'])})(?:\s+{around}){{0,2}}"
        rf"\s+(?:{cue_pattern(words['paid_participle'])})"
    )
    # "achieving a trade turnover of $500 million": a short noun phrase between the verb and the figure
    noun_of = rf"(?:\s+(?:\S+\s+){{0,3}}?{cue_pattern(words['of'])})?"
    # a few words with no clause mark between a goal modal and the verb it coordinates ("esperan ampliar la
    # cooperación y alcanzar")
    coordination = rf"(?:[^\s,;.]+\s+){{1,6}}?{cue_pattern(grammar_words(language)['and'])}\s+"
    return KindCues(
        target=find("target"),
        target_word=find("target_word"),
        goal_to=re.compile(rf"{cue_pattern(words['goal_to'])}{ending}"),
        current=find("current"),
        from_figure_to=re.compile(rf"{cue_pattern(words['from'])}[^.]*\d[^.]*{cue_pattern(words['goal_to'])}{ending}"),
        to_reach=re.compile(rf"{cue_pattern(words['reach_modal'])}\s+{cue_pattern(words['reach'])}{noun_of}{ending}"),
        # "the $10 billion (that) both governments want to reach": a few words of who wants it, no clause mark
        goal_after=re.compile(
            rf"^\s*(?:[^\s,;.:\d()]+\s+){{0,5}}?{cue_pattern(words['goal_want'])}\s+{cue_pattern(words['reach'])}"
            # the figure is the verb's object: a time or a clause's end follows it, no object ("aims to reach 10
            # million farmers" is another goal)
            rf"(?:\s*(?:[,.;:)]|$)|\s+{cue_pattern(words['goal_after_end'])})"
            # "the $6 billion (that) the two ministries have set for 2027": a goal set for a year
            rf"|^\s*(?:[^\s,;.:\d()]+\s+){{0,5}}?{cue_pattern(words['goal_set'])}\s+"
            rf"{cue_pattern(words['goal_set_year'])}\s+(?:19|20)\d\d\b"
        ),
        reaching=re.compile(rf"{cue_pattern(words['reaching'])}{noun_of}{ending}"),
        grew=find("grew"),
        potential=find("potential"),
        commitment=find("commitment"),
        pronoun=re.compile(rf"{cue_pattern(words['pronoun'])}(?:\s+\S+){{1,3}}\s+$"),
        anaphor=re.compile(rf"[\s\"'“‘]*(?:{cue_pattern(words['anaphor'])})", re.IGNORECASE),
        giving=find("giving"),
        strong_commitment=find("strong_commitment"),
        signed=find("signed"),
        supply_contract=find("supply_contract"),
        arms=find("arms"),
        worth=re.compile(rf"{cue_pattern(words['worth'])}{ending}"),
        flow=find("flow"),
        actual=find("actual"),
        reported=re.compile(rf"{cue_pattern(words['reported'])}{noun_of}{ending}"),
        given=find("given"),
        # "per 1,000 cubic metres", "por cada mil metros cúbicos": per words, then a count, then the unit
        per_unit=re.compile(
            rf"\s*(?:(?:(?:{cue_pattern(words['per'])})\s+)+|/\s*)"
            rf"(?:(?:\d[\d.,]*|{cue_pattern(words['per_count'])})\s+)?(?:{cue_pattern(words['units'])})",
            re.IGNORECASE,
        ),
        # "Rs 176.80 per US dollar", "Rp 9,900 to the dollar", "655 francs CFA pour un euro": the currency's name
        # as currencies.csv writes it in the language, not a currency area ("to the euro zone")
        per_currency=re.compile(
            rf"\s*(?:{cue_pattern(words['per_currency'])})\s+(?:(?:US|U\.S\.|American)\s+)?"
            rf"(?:{cue_pattern(_currency_names(language))})(?!\s+(?:zone|area|region|bonds?|denominated)\b)",
            re.IGNORECASE,
        ),
        quote_at=re.compile(rf"(?:{cue_pattern(words['quote_at'])}){ending}"),
        charged=re.compile(
            rf"(?:{cue_pattern(words['charged'])})(?!\s+(?:{cue_pattern(words['charged_at'])}){ending})"
            rf"(?:\s+[^\s,;.]+){{0,6}}?{ending}"
        ),
        price=find("price"),
        quoted=re.compile(rf"(?:{cue_pattern(words['quoted'])})(?:\s+[^\s,;.]+){{0,4}}?{ending}"),
        # no comma between the noun and the figure: the figure ends the phrase the noun opens
        # or a verb brings them to the figure, whatever figures the programme's name holds ("bringing
        # disbursements under the €50bn programme for 2024-2027 to")
        disbursements=re.compile(
            rf"(?:{cue_pattern(words['disbursements'])})"
            rf"(?:[^,;:()\d]*$|[^,;:()]*?{cue_pattern(words['goal_to'])}{ending})"
        ),
        paid_after=re.compile(
            rf"^,?(?:\s+{cue_pattern(words['to_date_mark'])})?\s+(?:{cue_pattern(words['paid_after'])})"
            rf"(?!\s+(?:{cue_pattern(words['paid_schedule'])}))"
        ),
        transferred_past=re.compile(rf"(?:{cue_pattern(words['transferred_past'])}){few_words}{ending}"),
        figure_article=re.compile(rf"(?:{cue_pattern(words['figure_article'])})\s*$"),
        # a comma, or what the figure is a part of, may stand between it and the passive ("of it", "of the bank's
        # credit"); not a part of it ("of which", "de los cuales"), whose own figure the passive is
        disbursed=re.compile(
            rf"{paid_passive}{ending}"
            rf"|^(?:,|(?!\s+{cue_pattern(words['partitive'])})\s+{cue_pattern(words['of'])}(?:\s+[^\s,;.\d]+){{1,5}}?)?"
            rf"\s+{paid_passive}"
        ),
        clause_break=re.compile(rf";|{cue_pattern(words['clause_break'])}", re.IGNORECASE),
        target_year=re.compile(rf"{cue_pattern(words['target_year'])}\s+(20\d\d)\b"),
        deadline_year=re.compile(rf"{cue_pattern(words['deadline_year'])}\s+(20\d\d)\b"),
        wanted_level=re.compile(
            rf"(?:{cue_pattern(words['wanting'])}(?:\s+[^\s,;.:\d()]+){{0,6}}?\s+{cue_pattern(words['wanted_reach'])}"
            rf"(?:\s+{cue_pattern(words['wanted_article'])})?"
            # the wish governs the figure itself or its "to" ("both capitals want $3 billion", "want it at")
            rf"|{cue_pattern(words['wanting'])}(?:(?:\s+[^\s,;.:\d()]+){{0,6}}?\s+{cue_pattern(words['goal_to'])})?"
            rf"|{cue_pattern(words['targeting'])}(?:\s+[^\s,;.:\d()]+){{0,4}}?\s+{cue_pattern(words['of'])}){ending}"
        ),
        relative_year=re.compile(rf"(?P<next>{cue_pattern(words['next_year'])})|{cue_pattern(words['this_year'])}"),
        body_name=_body_name(words["body"], words["title"]),
        body_title=re.compile(rf"(?=[A-Z])\b(?:[A-Z][\w&'’-]*\s+)+(?:{_WORDS(re.escape(w) for w in words['body'])})\b"),
        weak_other=re.compile(cue_pattern(words["weak_other"]), re.IGNORECASE),
        added_to=re.compile(
            rf"\s+{cue_pattern(words['added_to'])}\s+(?:[^\s,;.]+\s+){{0,3}}?(?:l['’])?{cue_pattern(words['economy'])}",
            re.IGNORECASE,
        ),
        weak_aid=re.compile(cue_pattern(words["weak_aid"]), re.IGNORECASE),
        in_kind=re.compile(cue_pattern(words["in_kind"]), re.IGNORECASE),
        no_subject=find("no_subject"),
        weak_loan=re.compile(cue_pattern(words["weak_loan"]), re.IGNORECASE),
        subjects=tuple(
            (s, re.compile(cue_pattern([*words[s], *words["build"]])) if s == "project" else find(s))
            for s in (*SUBJECTS_BY_PRECEDENCE, "other")
        ),
        works_noun=find("project"),
        cost=find("cost"),
        swap=find("swap"),
        sale=find("sale"),
        acquiring=find("acquiring"),
        acquired=find("acquired"),
        securities=find("securities"),
        currency_dealer=find("currency_dealer"),
        currency_dealer_of=re.compile(rf"{cue_pattern(words['currency_dealer_of'])}\s+"),
        export_cover=re.compile(cue_pattern([*words["export_cover"], *words["export_credit_agencies"]])),
        damage_done=find("damage_done"),
        repair=find("repair"),
        period=re.compile(rf"\s+(?:{cue_pattern(words['period'])})\s+(?:fy\s?)?(?:19|20)\d\d\b"),
        # a few words between the debt word, the purpose word and the goods (the figure stands for one of them)
        unpaid_bill=re.compile(
            rf"{cue_pattern(words['unpaid'])}(?:\s+[^\s,;.]+){{0,8}}?\s+{cue_pattern(words['purpose'])}"
            rf"(?:\s+[^\s,;.]+){{0,4}}?\s+{cue_pattern(words['trade'])}"
        ),
        # the debt word, a few words (the debtor, "to", "envers des"), the creditor; or the creditor, then owed
        owed_supplier=re.compile(
            rf"{cue_pattern(words['unpaid'])}(?:\s+[^\s,;.]+){{0,6}}?\s+{cue_pattern(words['bill_creditor'])}"
            rf"|{cue_pattern(words['bill_creditor'])}(?:\s+[^\s,;.]+){{0,3}}?\s+{cue_pattern(words['billed_debt'])}"
        ),
        # the goods not the works they feed ("for the gas pipeline" is a loan's purpose)
        owed_for_goods=re.compile(
            rf"{cue_pattern(words['billed_debt'])}(?:\s+[^\s,;.]+){{0,8}}?\s+{cue_pattern(words['purpose'])}"
            rf"(?:\s+[^\s,;.]+){{0,4}}?\s+{cue_pattern(words['billed_goods'])}"
            rf"(?!\s+(?:[^\s,;.]+\s+)?(?:{cue_pattern([*words['project'], *words['build']])}))"
        ),
        debt_operation=find("debt_operation"),
        debt_instrument=find("debt_instrument"),
        debt_stock=re.compile(rf"{cue_pattern(words['debt_stock'])}(?!\s+(?:{cue_pattern(words['creditor'])}))"),
        # "would be paid $2 billion" is a sum to come
        paid_out=re.compile(rf"(?<!\bbe )(?<!\bbeen )(?:{cue_pattern(words['paid_out'])}){few_words}{ending}"),
        paid_to_date=re.compile(
            rf"(?:{cue_pattern(words['paid_to_date'])})(?:\s+[^\s,;.]+){{0,2}}?\s+(?:{cue_pattern(words['paid_to_date_verb'])})"
            rf"{few_words}{ending}"
        ),
        moved_to_date=re.compile(
            rf"(?:{cue_pattern(words['to_date_mark'])})(?:\s+[^\s,;.]+){{0,2}}?\s+(?:{cue_pattern(words['moved_verb'])})"
            rf"{few_words}{ending}"
            rf"|(?:{cue_pattern(words['moved_verb'])})\s+(?:{cue_pattern(words['to_date_mark'])}){few_words}{ending}"
        ),
        moved_after=re.compile(
            rf"^\s+(?:{cue_pattern(words['moved_verb'])})\s+(?:{cue_pattern(words['to_date_mark'])})(?!\w)"
        ),
        since_year=re.compile(cue_pattern(words["since_year"])),
        saving=re.compile(rf"(?:{cue_pattern(words['saving'])}){few_words}{ending}"),
        earned=re.compile(rf"(?:{cue_pattern(words['earned'])}){few_words}{ending}"),
        saved=re.compile(rf"(?:{cue_pattern(words['saved'])}){few_words}{ending}"),
        earning=re.compile(rf"(?:{cue_pattern(words['earning'])}){few_words}{ending}"),
        forecast=find("forecast"),
        valued=re.compile(rf"{cue_pattern(words['valued'])}{ending}"),
        reaching_level=re.compile(rf"{cue_pattern(words['reaching_level'])}{noun_of}{ending}"),
        stock=re.compile(rf"(?:{cue_pattern(words['stock'])})(?:\s+\S+){{0,3}}\s*$"),
        to_date=re.compile(rf"(?:\s+[^\s,;.]+){{0,6}}?\s+(?:{cue_pattern(words['to_date'])})"),
        cost_object=re.compile(rf"\s+{cue_pattern(words['cost_object'])}"),
        budget_word=find("budget"),
        contract_before=re.compile(
            rf"{cue_pattern(words['contract_noun'])}\s+"
            rf"(?:(?:{cue_pattern([*words['of'], *words['worth']])})\s*)?{approx}$"
        ),
        contract_after=re.compile(
            rf"\s*(?:[^\s,;.\d]+\s+){{0,2}}?{cue_pattern(words['contract_noun'])}\s+{cue_pattern(words['works_purpose'])}"
        ),
        works_purpose=re.compile(rf"\s*{cue_pattern(words['works_purpose'])}"),
        # the verb, a few words (whom, which), the contract, up to three words of what it is and the word of its price
        factory_after=re.compile(
            rf"\s*(?:\([^)]*\)\s*)?(?:(?:{cue_pattern(words['factory_link'])})\s+)?(?P<mods>(?:[^\s,;.()]+\s+){{0,4}}?)"
            rf"{cue_pattern(words['factory_noun'])}(?!\w)(?P<rest>[^,;.]{{0,25}})"
        ),
        utility_plant=find("utility_plant"),
        awarded_object=re.compile(
            rf"{cue_pattern(words['award_verb'])}(?:\s+[^\s,;.]+){{0,8}}?\s+(?P<object>{cue_pattern(words['award_object'])})"
            rf"(?:\s+[^\s,;.\d]+){{0,3}}?,?\s+(?:(?:{cue_pattern(words['award_price'])})\s*)?{approx}$"
        ),
        award_ends=re.compile(rf"{cue_pattern(words['award_verb'])}(?:\s+[^\s,;.\d]+){{0,5}}?\s*$"),
        award_object_after=re.compile(rf"\s*(?:[^\s,;.\d()]+\s+){{0,2}}?{cue_pattern(words['award_object'])}(?!\w)"),
        awarded_for=re.compile(
            rf"{cue_pattern(words['award_object'])}(?:\s+[^\s;.]+){{0,8}}?\s+(?:{cue_pattern(words['award_passive'])})"
            rf"(?:\s+[^\s,;.]+){{0,6}}?\s+(?:{cue_pattern(words['award_price'])})\s*{approx}$"
        ),
        partner_balance=re.compile(
            rf"{cue_pattern(words['trade_balance'])}\s+{cue_pattern(words['balance_partner'])}\s[^\d;]*$"
        ),
        balance=find("trade_balance"),
        balance_reported=find("balance_reported"),
        trade_balance=re.compile(rf"{cue_pattern(words['trade_balance'])}[^\d;:.()]{{0,60}}$"),
        balance_not_trade=find("balance_not_trade"),
        budget=re.compile(rf"{cue_pattern(words['budget'])}(?:\s+{cue_pattern(words['of'])})?{ending}"),
        budget_stated=re.compile(
            rf"{cue_pattern(words['budget'])}(?:\s+[^\s,;]+){{0,8}}?\s+(?:{cue_pattern(words['budget_stated'])}){ending}"
        ),
        compound=re.compile(
            rf"\s*(?:(?P<lead>{cue_pattern(words['compound_lead'])})\s+)?(?P<phrase>.*?)"
            rf"(?:[,.;:()\"“”]|{cue_pattern(words['compound_breaks'])}|$)",
            re.DOTALL,
        ),
        head_last=words["compound_head"] == ["last"],
        received=re.compile(
            rf"{cue_pattern(words['received'])}(?:\s+(?:{cue_pattern(words['receipt_day'])}))?{ending}"
        ),
        receipt_day=find("receipt_day"),
        # the verb (not a passive to come: "to be paid in two tranches of"), a few words of its object or date ("the
        # third", "en marzo el segundo", ", na segunda-feira, a segunda"), the tranche, and what joins it to its sum
        tranche_moved=re.compile(
            rf"(?<!\bbe )(?<!\bbeen )(?:{cue_pattern(words['tranche_moved'])})(?:\s+[^\s;.:\d]+){{0,5}}?\s+"
            rf"(?:{cue_pattern(words['tranche'])}),?"
            rf"(?:\s+(?:{cue_pattern(words['tranche_sum'])}))?{ending}"
        ),
        spending=find("spending"),
        spent=re.compile(rf"(?:{cue_pattern(words['spent'])}){few_words}{ending}"),
        yearly=re.compile(rf"\s+(?:{cue_pattern(words['yearly'])})"),
        level=re.compile(rf"{cue_pattern(words['level'])}{ending}"),
        past_time=re.compile(rf"\s+(?:{cue_pattern(words['past_time'])})"),
        gap=re.compile(rf"\s*(?:(?:{cue_pattern([*words['measure'], *words['worth']])})\s+)?{approx}"),
        money_line=re.compile(
            rf"{cue_pattern(words['money_line'])}(?:\s+[^\s,;.]+)?,?\s+(?:{cue_pattern(words['measure'])})\s+{approx}$"
        ),
        financing_of=re.compile(
            rf"{cue_pattern(words['weak_loan'])}(?:\s+[^\s,;.]+)?,?\s+(?:{cue_pattern(words['measure'])})(?:\s+|(?<=['’])){approx}$",
            re.IGNORECASE,
        ),
        purpose=find("purpose"),
        partitive=re.compile(cue_pattern(words["partitive"]), re.IGNORECASE),
        tranche=find("tranche"),
        payout=find("payout"),
        conjunct=re.compile(rf",\s+{cue_pattern(words['conjunction'])}\s", re.IGNORECASE),
        condition=re.compile(cue_pattern(words["condition"]), re.IGNORECASE),
        parts=re.compile(rf",?\s+{cue_pattern(words['parts'])}\s", re.IGNORECASE),
        record_level=find("record_level"),
        # "compared with net income of ": the noun the base measures may stand between
        compared_base=re.compile(
            rf"(?:{cue_pattern(words['comparison'])}|{cue_pattern(words['current_base'])})(?:\s+[^\s,;.:\d]+){{0,3}}?\s*$"
        ),
        comparison=re.compile(rf"{cue_pattern(words['comparison'])}{noun_of}{ending}"),
        running_total=re.compile(
            rf"{cue_pattern(words['running_total'])}\s+(?:[^\s,;.]+\s+){{0,4}}?{cue_pattern(words['total_word'])}"
            rf"(?:\s+[^\s,;.]+){{0,10}}?\s+{cue_pattern(words['goal_to'])}{ending}"
        ),
        purpose_flow=re.compile(
            rf"{cue_pattern(words['purpose'])}\s+(?:[^\s,;.]+\s+){{0,2}}?{cue_pattern(words['flow'])}"
        ),
        size_of_aggregate=re.compile(
            # "the largest market, with shipments worth": the noun "with" names is what the figure measures
            rf"{cue_pattern(words['aggregate'])},?(?:\s+(?!{cue_pattern(words['aggregate_with'])})[^\s.;]+){{0,4}}?\s+"
            rf"(?:{cue_pattern(words['size_stated'])}){ending}"
        ),
        cost_determiner=re.compile(rf"{cue_pattern(words['cost_determiner'])}\s*$"),
        potential_of=re.compile(rf"{cue_pattern(words['potential'])}{noun_of}{ending}"),
        period_before=re.compile(rf"(?:{cue_pattern(words['period'])})\s+(?:fy\s?)?(?:19|20)\d\d\b"),
        # the noun, an adjective, where the money went ("in egypt": six words, no clause mark), the verb, fillers
        investment_stock=re.compile(
            rf"{cue_pattern(words['investment_stock'])}(?:\s+[^\s,;.\d]+)??"
            rf"\s+(?:{cue_pattern(words['stock_place'])})(?:\s+[^\s,;.\d]+){{1,6}}?"
            rf"\s+(?:{cue_pattern(words['stock_verb'])})(?:,?\s+(?:{cue_pattern(words['stock_filler'])})){{0,3}},?{ending}"
        ),
        valued_investment=re.compile(
            rf"{cue_pattern(words['investment_noun'])}\s+(?:{cue_pattern(words['valued'])}){ending}"
        ),
        endowment=re.compile(
            rf"{cue_pattern(words['endowment'])}\s+(?:{cue_pattern(words['endowment_stated'])}){ending}"
        ),
        endowment_head=re.compile(cue_pattern(words["endowment_head"])),
        # "investor in Vietnam, with 796 projects and a": a holder, then "with" a few words before the capital noun
        investor_with=re.compile(
            rf"{cue_pattern(words['capital_holder'])}[^.;:]{{0,60}}?{cue_pattern(words['holder_with'])}"
            rf"(?:\s+[^\s.;:]+){{0,5}}?\s+$"
        ),
        capital_holder=find("capital_holder"),
        debt_due=re.compile(rf"(?:{cue_pattern(words['debt_due'])}){few_words}{ending}"),
        period_given=re.compile(
            rf"(?:{cue_pattern(words['period_given'])})(?:\s+[^\s,;.]+){{0,2}}?"
            rf"(?:\s+(?:{cue_pattern(words['total_of'])}))?{ending}"
        ),
        total_of=re.compile(cue_pattern(words["total_of"])),
        one_period=re.compile(
            rf"(?:{cue_pattern(words['one_period'])})\s+(?:fy\s?)?(?:19|20)\d\d\b"
            rf"|{cue_pattern([w for w in words['one_period'] if ' ' in w])}"
        ),
        running_since=re.compile(cue_pattern(words["running_since"])),
        outstanding=find("outstanding"),
        figure_anaphor=find("figure_anaphor"),
        forecast_only=find("forecast_only"),
        and_word=re.compile(cue_pattern(grammar_words(language)["and"])),
        # "hold British assets worth about ": a few words of what is held may stand before the figure
        holding=re.compile(
            rf"{cue_pattern(words['holding'])}(?:\s+[^\s,;.]+){{0,4}}?(?:\s+{cue_pattern(words['worth'])})?{ending}"
        ),
        present=find("present"),
        appeal=find("appeal"),
        appeal_of=re.compile(
            rf"(?:{cue_pattern(words['appeal'])})(?:\s+[^\s,;.:\d]+){{0,8}}?\s+(?:{cue_pattern(words['of'])}){ending}"
        ),
        # a few words of what is asked for, none the marker of another verb ("asked New Delhi to invest"), no figure
        request_of=re.compile(
            rf"(?:(?:{cue_pattern(words['request_verb'])})|(?:{cue_pattern(words['request_asked'])})"
            rf"(?:\s+(?!{cue_pattern(words['request_to'])})[^\s,;.:\d]+){{0,4}}?\s+(?:{cue_pattern(words['request_for'])}))"
            rf"(?:\s+(?!{cue_pattern(words['request_to'])})[^\s,;.:\d]+){{0,8}}?{ending}"
        ),
        estimate=find("estimate"),
        works_worth=re.compile(rf"{cue_pattern(words['project'])}\s+(?:{cue_pattern(words['worth'])}){ending}"),
        lent_support=find("lent_support"),
        works_part=find("works_part"),
        # a few words may name whose share it is: "aporte de contrapartida del Tesoro paraguayo de"; a value word
        # may put the figure on it ("the counterpart for the project is estimated at")
        # a label's colon may end it ("Contraparte local: ")
        counterpart=re.compile(
            rf"{cue_pattern(words['counterpart'])}(?:[\s,]+[^\s,;.\d()]+){{0,4}}?:?[\s,]+"
            rf"(?:(?:{cue_pattern([*words['measure'], *words['valued']])})\s+)?{approx}$"
        ),
        # the counterpart named right after the figure, a bracket between ("(MT) de contrapartida", " as counterpart
        # funds", " au titre de la contrepartie nationale")
        # a possessive a word or two before the counterpart: a person ("his Iraqi counterpart"), not a share
        counterpart_person=re.compile(rf"(?:{cue_pattern(words['counterpart_person'])})\s+(?:\S+\s+)?$"),
        counterpart_after=re.compile(
            rf"^\s*(?:\([^()]{{0,12}}\)\s*)?(?:(?:{cue_pattern(words['counterpart_link'])})\s+)?"
            rf"{cue_pattern(words['counterpart'])}"
        ),
        works_estimate=find("works_estimate"),
        worth_word=find("worth"),
        # "two-way trade, worth about ", "el comercio bilateral, por valor de ": a flow noun, an adjective after it
        apposed_flow=re.compile(
            rf"{cue_pattern(words['flow'])}(?:\s+[^\s,;.\d]+){{0,2}}?,\s+(?:{cue_pattern(words['worth'])}){ending}"
        ),
        counterpart_word=find("counterpart"),
        cost_ahead=re.compile(rf"{cue_pattern(words['cost_ahead'])}{ending}"),
        from_base=re.compile(rf"{cue_pattern(words['from'])}{ending}"),
        of_base=re.compile(rf"{cue_pattern(words['of'])}{ending}"),
        expected_outlay=re.compile(rf"{cue_pattern(words['expected_outlay'])}(?P<gap>{few_verbs}){ending}"),
        discussed_works=re.compile(rf"{cue_pattern(words['discussed_works'])}(?:\s+[^\s,;.\d]+){{0,6}}?{ending}"),
        weighed=re.compile(rf"{cue_pattern(words['weighed'])}(?P<gap>{few_verbs}){ending}"),
        plan_to_invest=find("plan_to_invest"),
        programme_noun=find("programme_noun"),
        single_article=find("single_article"),
        impersonal_forecast=re.compile(rf"{cue_pattern(words['impersonal_forecast'])}(?P<gap>{few_verbs}){ending}"),
        damage=find("damage"),
        debt_relief=find("debt_relief"),
        debt_of=re.compile(rf"{cue_pattern(words['debt_stock'])}\s+{cue_pattern(words['of'])}{ending}"),
        coordinated_reach=re.compile(
            rf"{cue_pattern(words['reach_modal'])}\s+{coordination}{cue_pattern(words['reach'])}{noun_of}{ending}"
        ),
        language=language,
    )


@cache
def shaped_cue(language: str, name: str, form: str) -> re.Pattern:
    """A cue list of `money_cues.toml` in the shape a kind rule's condition asks for: `in` anywhere; `ends` right
    before the figure, with an "of" and approximation words between ("net income of about "); `governs` right
    before it, with up to three words of its object between ("gives Israel about "); `heads` a whole head word."""
    words = cue_words(language)
    cue = cue_pattern(words[name])
    approx = rf"(?:(?:{cue_pattern(words['approximately'])})\s+)*"
    shapes = {
        "in": cue,
        "ends": rf"{cue}(?:\s+(?:{cue_pattern(words['of'])}))?\s+{approx}$",
        "governs": rf"{cue}(?:\s+[^\s,;.:]+){{0,3}}?\s+{approx}$",
        "heads": rf"(?:{cue})",
    }
    return re.compile(shapes[form])
