"""Kinds that the noun or verb right at a monetary amount settles, whatever the rest of its clause says."""

from __future__ import annotations

import re

from pipelines.extract.money_kind_cues import KindCues

_DIGIT = re.compile(r"\d")
_RESTATED = re.compile(r"^\s*\([^()]*\d[^()]*\)")  # "($150 million)" right after the figure

_GIVEN = ("loan", "aid", "investment")  # what a total given is measured in ("$470 million in assistance")


def endowed_or_due(before: str, after: str, kind: str, c: KindCues) -> str:
    """The kind a noun or verb right at the figure settles: the capital a fund or a new body is given is
    committed ("a fund of", "whose authorised capital will amount to", "a $250 million fund"); debt falling due
    is neither pledged nor reported ("has to repay", "el vencimiento de"); the capital an investor holds ("the
    largest foreign investor in Vietnam, with registered capital of") is a stock reported."""
    if c.debt_due.search(before):
        return "other"
    words = c.compound.match(after)["phrase"].split()
    head = (words[-1] if c.head_last else words[0]) if words else ""
    endowment = c.endowment.search(before)
    if endowment and c.investor_with.search(before, max(0, endowment.start() - 100), endowment.start()):
        return "actual"  # "the largest foreign investor in Vietnam with registered capital of": a stock it holds
    if endowment or c.endowment_head.fullmatch(head):
        return "commitment"
    return kind


def period_total(before: str, after: str, kind: str, c: KindCues) -> str:
    """A total lent, granted or committed over one past period is a level reported, as "lending reached" is
    ("lent Peru a total of $410 million in its fiscal year 2004", "$470 million in assistance in fiscal year
    2023"); a running total since a year, a single loan ("approved a $150 million loan") or a pledge stays
    committed. `before` and `after` are the clause in lower case."""
    # "extended a Sh 19.4 billion ($150 million) loan": the figure restated in brackets stands outside the noun
    after = _RESTATED.sub("", c.conjunct.split(after)[0][:80], count=1)
    verb = max(c.period_given.finditer(before), key=lambda m: m.end(), default=None)
    if kind != "commitment" or verb is None:
        return kind
    if c.running_since.search(before) or c.running_since.search(after):
        return kind
    measured = c.compound.match(after)
    given = measured["lead"] is not None and any(c.subject(s).search(measured["phrase"]) for s in _GIVEN)
    # "In 2020 the bank approved operations worth": the period the clause opens on is what the verb totals, unless
    # the figure is one loan or grant ("In 2021 it approved a $150 million loan")
    single = measured["lead"] is None and any(c.subject(s).search(measured["phrase"]) for s in _GIVEN)
    opened = c.one_period.search(before, 0, verb.start()) is not None and not single
    if not (given or opened or c.total_of.search(before[-40:])):
        return kind  # "a $150 million loan": one loan, not a total; "in this year's budget" is where it goes
    return "actual" if c.one_period.search(after) or c.one_period.search(before) else kind


def disbursed_total(before: str, after: str, found: tuple[str, bool | None], c: KindCues) -> str:
    """Money paid out counted up is a figure reported, whatever the tense: disbursements as a total
    ("disbursements under the programme would reach", "bringing total disbursements under the $3 billion programme
    to"), the part of a sum that has been disbursed ("of which $700 million has been disbursed", "de los cuales se
    desembolsaron") or a bare participle of paying out or a verb of arriving right after the figure ("and some $120
    million disbursed", "another $500 million arrived"); so is money a past verb of transferring hands over
    ("transferred $150 million to the central bank on Sunday"). One disbursement ("an immediate disbursement of"),
    a schedule ("disbursed over three years") and the value of a noun the figure leads ("disbursements under the
    [$3 billion] programme") stay as found. `before` and `after` are the clause in lower case, `found` the kind and
    the tense of the clause (False for the past)."""
    kind, when = found
    counted = c.disbursements.search(before[-100:]) is not None and c.figure_article.search(before) is None
    if counted or c.disbursed.search(before) or c.disbursed.search(after) or c.paid_after.search(after):
        return "actual"
    return "actual" if when is False and c.transferred_past.search(before) else kind


def estimated_loss_or_debt(before: str, kind: str, c: KindCues) -> str:
    """Damage, losses or needs an estimate puts at the figure are no sum pledged, aimed at or counted: other
    ("floods caused damage estimated at", "estimated the damage at about", "reconstruction needs are estimated
    at"); a stock of debt right before it is reported ("grapples with national debt of more than", "assuming its
    debts of about"), unless relief names it ("o perdão de uma dívida de" is relief granted). `before` is the
    clause before the figure in lower case."""
    near = before[-80:]
    damage = max(c.damage.finditer(near), key=lambda m: m.end(), default=None)
    # the estimate is of this figure: no other figure stands between the damage word and it
    if damage is not None and c.works_estimate.search(near) and not _DIGIT.search(near, damage.end()):
        return "other"
    return "actual" if kind in ("commitment", "other") and debt_named_before(before, c) else kind


def debt_named_before(before: str, c: KindCues) -> bool:
    """Whether a stock of debt is named right before the figure ("national debt of more than", "its debts of
    about"), not a debt relieved or falling due ("the forgiveness of a debt of": what was lent; "to repay debts
    of"). `before` is the clause before the figure in lower case."""
    return bool(c.debt_of.search(before)) and not (c.debt_relief.search(before) or c.debt_due.search(before))
