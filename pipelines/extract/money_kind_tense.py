"""The kind that the tense and mood of a monetary amount's governing verb settle (`date_tense` reads the
tense): a figure put ahead is no level reported, an estimate is no one's goal, and a price charged now or
before is reported."""

from __future__ import annotations

import re

from pipelines.extract.date_tense import cue, tense
from pipelines.extract.money_kind_cues import KindCues, shaped_cue
from pipelines.extract.records import Span

# Money given, or works to be paid for, put ahead is pledged; trade put ahead is a goal to reach; a forecast of
# anything else (reserves, a deficit, an economy's gain) is other.
_PLEDGED = ("loan", "aid", "investment", "project")


def ahead_kind(found: tuple[str, str], ahead: bool | None, near: tuple[str, str], gap: str, c: KindCues) -> str:
    """The kind of a figure whose governing verb speaks of the future (`ahead`: "will pour", "is expected in
    June", `vai retomar`): a level a verb reports ("increased to", "trade ... will pass") is reported only in
    the past; ahead it is a pledge, a goal or a forecast by its subject. A figure dated in a past period
    ("against $5 billion last year") or the level a change starts from ("from $10 billion to $20 billion")
    stays reported. A goal under an estimate ("officials estimate that tariffs will lift exports by"), or one
    that only a forecast names for no trade or investment, is a forecast. `near` is the clause before and
    after the figure, in lower case, `gap` the text up to the next figure."""
    kind, subject = found
    before, after = c.conjunct.split(near[0])[-1], near[1]  # ", and officials hope it will pass": its own clause
    if kind == "actual" and ahead is True and not _reported_now(before, after, gap, c):
        kind = "target" if subject == "trade" else "commitment" if subject in _PLEDGED else "other"
    estimate = max(c.estimate.finditer(near[0]), key=lambda m: m.end(), default=None)
    if kind == "target" and estimate and not c.target_word.search(near[0], estimate.end()):
        return "other"
    if kind == "target" and subject == "other" and c.forecast_only.search(near[0]):
        return "other"  # "analysts expect reserves to recover to": a forecast of no trade or investment, no goal
    return kind


def _reported_now(before: str, after: str, gap: str, c: KindCues) -> bool:
    """Whether a verb of the present stands nearest the figure ("trade, which is currently around"), a past
    period dates it, or it is a comparison's base or the level a change starts from."""
    present = max(c.present.finditer(before), key=lambda m: m.end(), default=None)
    if present is not None and not cue("future").search(before, present.end()):
        return True
    dated = c.period.match(after) or c.past_time.match(after) or c.period_before.search(before)
    compared = c.comparison.search(before) or c.compared_base.search(before)
    return bool(dated or compared or c.goal_to.fullmatch(gap.lstrip()))


def price_kind(text: str, span: Span, before: str, language: str, c: KindCues) -> str:
    """The kind of a price per unit: one a seller's or a buyer's verb governs ("Gazprom sells gas to Armenia at",
    "truckers pay", "charged Lithuania about"), or a market quote or an average reports ("wheat was quoted at",
    "nickel closed Friday around", "at an average realised price of"), now or before, is a figure reported; a
    price set, agreed or to come ("will sell the power at", "the guaranteed price is set at") is other. `before`
    is the clause before the figure in lower case."""
    near = before[-80:]
    if c.charged.search(near) is None and c.quoted.search(near) is None and c.quote_at.search(near) is None:
        return "other"
    return "other" if tense(text, span, language) is True else "actual"


def mood_kind(found: tuple[str, str], before: str, c: KindCues) -> str:
    """The kind a mood right before the figure settles, in its own clause: money someone expects or is asked to
    give is a plan, so a target ("the bank expects to lend about", "firms are expected to sign deals worth",
    "asked Japan to invest"), unless the figure is the value of one thing ("expected to finalise a $1 billion
    joint venture" is contracted), the verb plans an investment ("prevê investir", as "plans to invest") or a
    budget provides for it ("el presupuesto prevé" allocates); a loan or a deal under study is neither pledged
    nor a goal ("is considering a further $250 million loan"), but an investment its investor weighs is its plan,
    as "plans to invest" is ("is considering investing", "estuda investir", "envisage un investissement de");
    trade that a forecast no one is named as making puts at a figure is no one's goal ("two-way trade is expected
    to exceed"). `found` is the kind and subject, `before` the clause before the figure in lower case with names
    blanked."""
    kind, subject = found
    weighed = c.weighed.search(before) if kind == "commitment" else None
    if weighed and not _own_investment_weighed(weighed["gap"], c):
        return "other"
    expected = c.expected_outlay.search(before) if kind == "commitment" else None
    # "El presupuesto prevé 50 millones para": what a budget provides for is allocated
    planned = expected and not c.budget_word.search(re.split(r"[,;]", before[: expected.start()])[-1])
    # "a Petrobras prevê investir": a plan to invest is money put in, as "plans to invest" is
    planned = planned and not c.plan_to_invest.match(before, expected.start())
    if planned and not (c.single_article.search(expected["gap"]) or c.and_word.search(expected["gap"])):
        if _lender_expected_to_give(before, expected, c):
            return kind  # "the World Bank is expected to lend Russia up to": pledged, as reported
        return "other" if _others_expected_to_invest(before, expected, c) else "target"
    forecast = c.impersonal_forecast.search(before) if (kind, subject) == ("target", "trade") else None
    if forecast and not c.target_word.search(forecast["gap"]):
        return "other"
    return kind


def _own_investment_weighed(gap: str, c: KindCues) -> bool:
    """Whether what a weighing verb governs is an investment of the one who weighs it ("is studying investing",
    "estudia invertir", "envisage un investissement de", "estuda um segundo investimento de"), not a loan or a
    credit it might give ("is considering an investment loan of"). `gap` is the words between verb and figure."""
    language = c.language
    return (
        shaped_cue(language, "investment", "in").search(gap) is not None
        and shaped_cue(language, "loan", "in").search(gap) is None
    )


def _lender_expected_to_give(before: str, expected: re.Match, c: KindCues) -> bool:
    """Whether a lender or donor is said, in the passive, to be expected to give the money ("Tokyo is expected to
    extend soft loans of about", "the World Bank is expected to lend", "with the Commission expected to contribute",
    "se espera que el BID apruebe"): money pledged as others report it, not the giver's own plan ("the bank expects
    to lend about" is its goal) nor a forecast of a flow ("firms are expected to invest"). `expected` is the match
    of the expected outlay in `before`, the clause in lower case."""
    gap = expected["gap"]
    if not shaped_cue(c.language, "expected_giving", "in").search(gap):
        return False
    preceding = before[: expected.start()].split()
    if preceding and shaped_cue(c.language, "expectation_passive", "in").fullmatch(preceding[-1]):
        return shaped_cue(c.language, "expectation", "in").match(expected.group()) is not None
    words = gap.split()
    participle = shaped_cue(c.language, "expectation_participle", "in").match(expected.group())
    return (
        participle is not None
        and bool(words)
        and shaped_cue(c.language, "own_plan_opening", "in").fullmatch(words[0]) is not None
    )


def _others_expected_to_invest(before: str, expected: re.Match, c: KindCues) -> bool:
    """Whether the expected outlay is investment that others are expected to put in, a forecast of a flow, not
    anyone's plan: an expectation word governs a verb of investing whose subject is someone else, in a passive
    ("Japanese firms are expected to invest about", "se espera que las empresas inviertan") or as the object
    before the verb ("expected Australian companies to pour in another", "espera que as empresas invistam");
    "the fund expects to invest", "prevé invertir" are the investor's own plan, and "asked Japan to invest" a
    request. `expected` is the match of the expected outlay in `before`, the clause in lower case."""
    gap = expected["gap"]
    if not (
        shaped_cue(c.language, "expectation", "in").match(expected.group())
        and shaped_cue(c.language, "expected_investing", "in").search(gap)
    ):
        return False
    words = gap.split()
    passive = shaped_cue(c.language, "expectation_passive", "in")
    preceding = before[: expected.start()].split()
    if preceding and passive.fullmatch(preceding[-1]):
        return True
    return bool(words) and not shaped_cue(c.language, "own_plan_opening", "in").fullmatch(words[0])
