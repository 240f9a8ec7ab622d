"""What a monetary amount is: its kind (target, actual, commitment, other), subject and target year.

The cue words are language data (`pipelines/knowledge/money_cues.toml`); the rules below only say where in
the sentence each kind of cue is looked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipelines.extract.date_tense import tense
from pipelines.extract.money_giver import (
    budget_allocation,
    budget_sets_aside,
    donor_named,
    giver_cues,
    giver_subject,
    handed_over_in_aid_story,
    invested_at_home,
    names_lender,
    own_share,
    put_into,
    puts_in,
    set_aside_for_works,
    works_budget_line,
)
from pipelines.extract.money_kind_cues import KindCues, kind_cues, shaped_cue
from pipelines.extract.money_kind_nouns import (
    debt_named_before,
    disbursed_total,
    endowed_or_due,
    estimated_loss_or_debt,
    period_total,
)
from pipelines.extract.money_kind_rules import first_kind, overridden
from pipelines.extract.money_kind_tense import ahead_kind, mood_kind, price_kind
from pipelines.extract.records import Span
from pipelines.extract.spans import sentence_around

# A project is what money is for: where the sentence names the money's source, that is the subject.
_SOURCES = ("loan", "aid", "investment")
# what earnings may be of without being that subject: "canal revenues" are what works earn
_NOT_SOURCES = ("other", "project")
# a figure before a short name of works is their value: "the $17 billion Northern Corridor project"
_WORKS_WORDS = 4
# the words right before a works noun that may name the money's source ("non-refundable aid projects")
_MODIFIER_WORDS = 2
# how far before the figure the noun of a verb of reaching it is looked for, and the words between them
_VERB_SUBJECT_REACH = 90
_NOUN_TAIL = re.compile(r"(?:\s+[^\s,;:.\d]+){0,4}\s*")
# how far before works valued an investor holding them is looked for ("investor in Viet Nam, with 859 projects worth")
_HOLDER_REACH = 80
_PAST_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a cost word governs a figure a few words on, in the same phrase: "the total cost of the dam is put at"; or as a
# label, with what it covers in brackets, and a colon: "Total project cost (all contracts): "
_COST_GAP = re.compile(r"(?:\s*[^\s,;:.()]+|\s*\([^()]{0,40}\)){0,7}\s*:?\s*")
_DIGIT = re.compile(r"\d")
_QUOTE = re.compile(r"[\"“”«»]")
# a verb of a few words between a noun and the figure it ends on ("fall to", "have risen sharply to")
_SHORT_VERB = re.compile(r"(?:\s+[^\s,;.:\d]+){1,4}\s*")
# how far after a figure the assets or firm it buys are named ("$3 billion of U.S. assets")
_ACQUIRED_REACH = 30
_WORD_START = re.compile(r"^\w+")
# how far after a figure a goal verb's object may stand in a Romance language ("para R$ 3 bilhões a linha de crédito")
_OBJECT_AFTER = 30
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")  # a proper name right after a cost verb: whom the cost falls on


def _clause(text: str, span: Span, sentence: Span, c: KindCues) -> tuple[str, str]:
    """Text before and after the amount within its sentence, bounded so a long sentence stays local."""
    before = text[max(sentence[0], span[0] - 120) : span[0]]
    after = text[span[1] : min(sentence[1], span[1] + 80)]
    # A quotation mark between the cues and the figure ('to generate "$1 trillion', 'would "mobilise $10 billion')
    # leaves the cues as they are.
    before = _QUOTE.sub(" ", before)
    # A semicolon or a new clause ("while", "whereas") starts another statement; "of which" a part of the whole.
    return c.partitive.split(c.clause_break.split(before)[-1])[-1], c.clause_break.split(after)[0]


def classify(
    text: str, span: Span, next_start: int, language: str, published_year: int | None = None
) -> tuple[str, str, int | None]:
    """Kind, subject and target year of the amount at `span`; `next_start` is where the next amount starts, and
    `published_year` the year of the article's date, from which "next year" is counted."""
    c = kind_cues(language)
    sentence = sentence_around(text, span)
    before, after = _clause(text, span, sentence, c)
    if _is_price(before.lower(), after.lower(), c):
        # "$80 a barrel", "a price cap of $60": a price, not a sum; one a seller charges now is reported
        return price_kind(text, span, before.lower(), language, c), "other", None
    kind = _kind(_names_blanked(before, c), _names_blanked(after, c), c)
    subject = _clause_subject(text, (span, sentence), (before, after), language, c)
    previous_text = _previous_sentence(text, sentence)
    # Nothing in its own clause, or an item of a breakdown ("citrus fruits ($16.8 million)"), or a sentence
    # that opens on "This" or "The agreement": it continues the previous one, which says what the figure is.
    refers_back = c.anaphor.match(text, sentence[0]) is not None or c.pronoun.search(before.lower()) is not None
    unstated = kind is None
    continued = unstated or before.rstrip().endswith("(") or refers_back
    if kind is None:
        kind = _kind(_names_blanked(previous_text, c), "", c) or "other"
    subject = _completed_subject(subject, kind, (continued, refers_back), before, previous_text, c)
    subject = _paid_out_subject(subject, (before, after), (text[sentence[0] : span[0]], previous_text), language, c)
    subject = subject or ("trade" if kind == "target" else "other")
    if subject == "other" and _donor_programme(text, (span, sentence), (before, after), language, c):
        subject = "aid"  # "Britain will train Kenyan police under a £3 million programme": a donor's programme
    elif subject == "other" and handed_over_in_aid_story(text, (before, after), language):
        subject = "aid"  # "the emergency fund released $28 million", in a story of aid: money given as aid
    subject = _allocated_subject(before, after, subject, language, c)
    if subject in ("trade", "other"):
        subject = _bought_subject(before, after, language, c) or subject
    if subject == "trade" and _export_cover(before, after, c):
        subject = "other"  # "UK Export Finance will make £3.5 billion of cover available": a state's cover of its sales
    if _governing_subject(before, c) not in _SOURCES:  # "through a state loan of $25 billion": not the cost
        kind, subject = _cost_of_works(before[-60:], after.lower(), (kind, subject), c)
    subject = _procurement_or_debt(text[sentence[0] : sentence[1]], (kind, subject), before, c)
    subject = _owed_not_lent(before, after, subject, c)
    own = _own_clause(text, span, sentence, c)
    if subject in ("other", "trade", "project") and _given_in_kind(own, before, after, c):
        subject = "aid"  # "handed over 8 million birr worth of medical equipment": goods given, not sold nor built
    subject = _invested_or_works(subject, (before, after), language, own, c)
    lower_before = before.lower()
    if c.saving.search(lower_before) or c.saved.search(lower_before):
        subject = "other"  # "the imports had saved the utility", "would save exporters": money of no subject
    figure = _Figure(
        _Windows(
            before=lambda: before.lower(),
            after=lambda: after.lower(),
            plain_before=lambda: _names_blanked(before, c),
            # the rest of the sentence up to the next figure: what is said of the figure after its clause
            rest=lambda: text[span[1] : min(sentence[1], max(span[1], next_start), span[1] + _REST_REACH)].lower(),
        ),
        c,
        (before, after),
        (text[sentence[0] : span[0]], previous_text),
        unstated,
        tense(text, span, language),
        text[span[1] : max(span[1], next_start)].lower(),
        language,
    )
    kind, subject = overridden(figure, (kind, subject), _TESTS, _STEPS)
    if subject == "project" and _firms_plant(after, c):
        # "Motorola will build a $120 million chip plant": a firm's factory is money invested; its kind is the one
        # the works' reading found (committed, as a plant's value is)
        subject = "investment"
    # "to $5 billion, against $1.4 billion in 2023": a year after the next amount is not this one's
    own_after = after[: max(0, next_start - span[1])].lower()
    year = None  # the spec's and the schema's year is a target's: money pledged "by 2027" has none
    if kind == "target":
        found = c.target_year.search(own_after) or c.deadline_year.search(before.lower())
        year = int(found.group(1)) if found else _relative_year(own_after, before.lower(), published_year, c)
    return kind, subject, year


# how far before and after the figure its own clause is read for a word of paying out
_PAYOUT_REACH = (30, 50)


def _paid_out_subject(
    subject: str | None, near: tuple[str, str], earlier: tuple[str, str], language: str, c: KindCues
) -> str | None:
    """A sum paid out whose clause names no money of its own ("of which $80 million was disbursed", "The first $30
    million will be disbursed", "The second tranche, €20 million,") is part of the loan or aid named before it:
    `near` is the figure's clause before and after it, `earlier` its sentence before it and the sentence before."""
    before, after = near
    if subject is not None and not (subject == "loan" and _tranche_alone(before, after, c)):
        return subject
    if not _paid_out(before, after, c):
        return subject
    return _paid_out_of((before, *earlier), language, c) or subject


def _paid_out(before: str, after: str, c: KindCues) -> bool:
    """Whether the figure's own clause says it is paid out, released or a tranche ("The second tranche, $20 million,
    was released", "So far EUR 9 million has been disbursed", "le premier versement sera décaissé")."""
    reach_before, reach_after = _PAYOUT_REACH
    return c.payout.search(before[-reach_before:].lower()) is not None or (
        c.payout.search(after[:reach_after].lower()) is not None
    )


def _tranche_alone(before: str, after: str, c: KindCues) -> bool:
    """Whether the figure's clause reads as a loan's only by a tranche word ("The second tranche, €20 million,"):
    a tranche of a grant is aid."""
    clause = _without_names(before, c) + " " + _without_names(after, c)
    return c.tranche.search(clause.lower()) is not None and c.subject("loan").search(clause) is None


def _paid_out_of(contexts: tuple[str, ...], language: str, c: KindCues) -> str | None:
    """The loan or aid of which a sum paid out is a part: the one the figure's clause names before it, else the rest
    of its sentence, else the sentence before; a lender named there, with no aid, makes it a loan; none for any
    other subject."""
    for context in contexts:
        plain = _without_names(context, c)
        found = next((s for s, pattern in c.subjects if s in ("loan", "aid") and pattern.search(plain)), None)
        if found is not None:
            return found
        if names_lender(context, language):
            return "loan"
    return None


def _donor_programme(text: str, spans: tuple[Span, Span], near: tuple[str, str], language: str, c: KindCues) -> bool:
    """Whether the figure is the size of a programme ("a £3 million programme", "a programme worth") that a donor,
    or a state giving abroad, named first in its sentence, runs."""
    (span, sentence), (before, after) = spans, near
    phrase = c.compound.match(after.lower())["phrase"]
    if not (c.programme_noun.search(phrase) or c.programme_noun.search(before.lower()[-30:])):
        return False
    return donor_named(text[sentence[0] : span[0]], text[sentence[0] : sentence[1]], language)


def _relative_year(after: str, before: str, published_year: int | None, c: KindCues) -> int | None:
    """ "to $1 billion next year", "by the end of this year": the target's year counted from the article's."""
    if published_year is None:
        return None
    found = c.relative_year.search(after) or c.relative_year.search(before)
    return None if found is None else published_year + (1 if found.group("next") else 0)


def _allocated_subject(before: str, after: str, subject: str, language: str, c: KindCues) -> str:
    """What a state's budget allocates the figure to says what it is: works at home are the project's, whatever
    finances them (not "$5 million in aid"), another state's money aid, anything else at home other; a line of
    the budget for works, named before the figure, is the project's; else the subject as found."""
    allocated = budget_allocation(before, after, language)
    if allocated == "other" and _names_source(after, c):
        return subject  # "set aside N50 billion for loans to farmers": what the purpose names says what it is
    if allocated and not _compound_head(_without_names(after, c), c, least=1):
        return allocated
    if subject == "other" and works_budget_line(before, after, language):
        return "project"  # "the allocation for the Ministry of Railways rises to": a line of the state's works
    if subject == "other" and set_aside_for_works(before, after, language):
        return "project"  # "the authority has earmarked $12 million for two new weighbridges": the works' money
    return subject


def _clause_subject(
    text: str, spans: tuple[Span, Span], near: tuple[str, str], language: str, c: KindCues
) -> str | None:
    """The subject the figure's own clause gives it, if any: `spans` are the figure's and its sentence's,
    `near` the clause text right before and after the figure."""
    (span, sentence), (before, after) = spans, near
    # "deals worth $24 billion, including $15 billion in investments": the parts say not what the whole is
    # "reserves would rise to $37 billion once the IMF money arrives": a condition's words are not the figure's
    own = c.condition.split(c.conjunct.split(after)[0])[0]
    after = c.parts.split(own)[0]
    listed = len(after) < len(own)
    # the noun the figure measures, or a verb of putting money in ("Aramco will put $7 billion into the refinery":
    # invested) settles the subject
    governed = _governing_noun(before, after, c) or put_into(before, after, language)
    if governed:
        return governed
    clause = _own_clause(text, span, sentence, c)
    subject = _subject_of(before, after, clause, c, lambda: giver_subject(before, after, language, clause, listed))
    if subject == "aid" and c.lent_support.search(clause.lower()) and names_lender(clause, language):
        subject = "loan"  # "the World Bank pledged $300 million in budget support": what a lender gives is lent
    if subject == "trade" or (subject == "project" and not _names_works(after, c)):
        head = c.clause_break.split(text[sentence[0] : span[0]])[-1]
        subject = _purpose_of_source(head, c) or subject
    if subject == "project":
        subject = _list_head(text[sentence[0] : span[0]], c) or subject
    if own_share(before, after, language) and _governing_subject(before, c) is None:
        return "project"  # "..., and the government will contribute $14 million": its share of the works
    if subject in (None, "project") and _earnings(before, c) or (subject == "project" and _damage_to_works(before, c)):
        # "the port will generate revenues of $4.5 billion a year", "damage to roads and bridges is estimated at
        # $400 million": earnings or damage, not the works
        return "other"
    if subject is None or (subject == "project" and not _names_works(after, c)):
        # who gives the money says what it is: "the bank will provide $35 million for three hospitals"; not the
        # value of works the figure names ("will provide $150 million for the road, and work on the Rs 40 billion
        # hydropower plant")
        subject = giver_subject(before, after, language, clause, listed) or subject
    if subject is None and c.weak_other.search(clause):
        return "other"  # the earnings of tourism: no subject to look for in the sentence before
    if subject is None and c.weak_loan.search(clause) and _lent_here(clause, text, sentence, language, c):
        return "loan"  # "the bank signed a financing agreement of $200 million": financing a lender gives
    if subject in ("project", "aid") and _lent_financing((before, after), subject, clause, language, c):
        return "loan"
    if subject is None and c.yearly.match(after) and c.supply_contract.search(before.lower()):
        return "trade"  # "put the value of the contracts at $2 billion a year": what a supply contract carries
    return subject


def _lent_financing(near: tuple[str, str], subject: str, clause: str, language: str, c: KindCues) -> bool:
    """Whether the figure measures financing that a lender its clause names gives: named after it, for works ("two
    banks signed a €1.5 billion co-financing framework for power projects"; "committing $60 million in financing
    for the hospital" names no lender: the works' money), or before it, as Spanish, French and Portuguese name it,
    for works or handed over ("contratação de financiamento de R$ 2,1 bilhões junto ao BNDES para a construção",
    "el financiamiento, de US$ 4.714 millones, lo aportan bancos chinos")."""
    before, after = near
    measured = c.compound.match(after.lower())
    named_after = subject == "project" and measured["lead"] is None and c.weak_loan.search(measured["phrase"])
    return bool(named_after or c.financing_of.search(before)) and names_lender(clause, language)


def _given_in_kind(clause: str, before: str, after: str, c: KindCues) -> bool:
    """Whether the figure's clause gives goods in kind ("handed over", "free of charge", "a remis"), the figure not
    the value of works it names or that its clause names before it ("handed over the $200 million stadium",
    "handed over 5,000 housing units under contracts worth" are the works')."""
    if c.in_kind.search(clause.lower()) is None or _names_works(after, c):
        return False
    return c.subject("project").search(_without_names(before, c)) is None


def _damage_to_works(before: str, c: KindCues) -> bool:
    """Whether the works the clause names are named as what was damaged ("damage to housing, roads and
    irrigation is estimated at"), not mended ("to repair the damage to the port")."""
    lower = before.lower()
    damage = c.damage_done.search(lower)
    return (
        damage is not None and c.repair.search(lower) is None and c.works_noun.search(lower, damage.end()) is not None
    )


def _lent_here(clause: str, text: str, sentence: Span, language: str, c: KindCues) -> bool:
    """Whether a lender is named in the clause, or a lender or a loan in the sentence before ("The loan is the
    second of a series. A first operation of $90 million was approved", "la institución aprobó operaciones por")."""
    if names_lender(clause, language):
        return True
    previous = _previous_sentence(text, sentence)
    return names_lender(previous, language) or c.subject("loan").search(_without_names(previous, c)) is not None


def _counterpart_before(before: str, c: KindCues) -> bool:
    """Whether a counterpart share names the figure right before it ("the government's counterpart of"), not a
    counterpart who is a person ("his Iraqi counterpart")."""
    found = c.counterpart.search(before)
    return found is not None and not c.counterpart_person.search(before, max(0, found.start() - 30), found.start())


def _governing_noun(before: str, after: str, c: KindCues) -> str | None:
    """The subject the noun the figure measures settles, whatever else its sentence names."""
    if _valued_works(_without_names(before, c), c):
        # the value put on works named right before it, whoever pays or buys into them; works a source names
        # ("four ODA projects worth", "aid projects valued at") are that source's
        return _source_of_works(before, c) or "project"
    if _credit_line(_without_names(before, c), c):
        return "loan"  # "o BNDES abrirá uma linha de R$ 1 bilhão": a line of a sum is a credit line
    if _works_contract(before, after, c):
        return "project"  # "a $600 million contract for the development of a gas field": works, whoever signs it
    if _counterpart_before(before.lower(), c) or c.counterpart_after.match(after.lower()):
        # "a counterpart of $30 million", "Rs 5 billion as counterpart funds": a state's share of works others finance
        return "project"
    if _measures_earnings(before, after, c):
        return "other"  # "lift tourism revenue to $900 million", "$40 billion of economic activity"
    moved = _verb_subject(before, c)
    if moved:
        return moved  # "China's investment in Latin America would reach": the noun whose level the verb gives
    if c.added_to.match(after) and not _source_verb(before, c):
        return "other"  # "could add Dh35 billion to the UAE economy": output gained, not a sum of trade or aid
    return None


def _works_contract(before: str, after: str, c: KindCues) -> bool:
    """Whether the figure measures a contract to make or develop something: "un contrat de 800 millions d'euros
    pour la fabrication de trains", "a $600 million contract for the development of a gas field"."""
    after = after.lower()
    if c.contract_after.match(after) or _awarded_contract(before.lower()[-_AWARD_REACH:], after, c):
        return True
    return c.contract_before.search(before.lower()) is not None and c.works_purpose.match(after) is not None


# how far before the figure the verb awarding or winning its contract is looked for
_AWARD_REACH = 160


def _awarded_contract(before: str, after: str, c: KindCues) -> bool:
    """Whether the figure measures a contract or an order awarded to a firm or won by one: "awarded contracts
    worth", "won the first contract, worth", "a remporté un marché de", "adjudicó a la firma un contrato de",
    "awarded the KSh 6.8 billion contract", "le marché a été attribué au groupe Colas pour": the works' value,
    whoever pays for them; not where what stands between the contract and the figure names money lent, given or
    invested ("won contracts and a loan of"). `before` and `after` are in lower case."""
    found = c.awarded_object.search(before)
    if found is not None:
        between = before[found.end("object") :]
        return not any(c.subject(s).search(between) for s in ("loan", "aid", "investment"))
    if c.award_ends.search(before) and c.award_object_after.match(after):
        return True
    return c.awarded_for.search(before) is not None


def _list_head(before: str, c: KindCues) -> str | None:
    """ "The loans cover: (1) the X project (¥21 billion); (2) ...": an item of a list is of the source the
    noun before the colon names, whatever works the item names."""
    colon = before.rfind(":")
    found = _subject(before[:colon], c) if colon >= 0 else None
    return found if found in _SOURCES else None


def _own_clause(text: str, span: Span, sentence: Span, c: KindCues) -> str:
    """The part of the sentence between the clause breaks around the amount ("..., while Tajik Railways set
    aside $15 million for wagons" is not of the investment the first clause names)."""
    head = c.clause_break.split(text[sentence[0] : span[0]])[-1]
    tail = c.parts.split(c.clause_break.split(text[span[0] : sentence[1]])[0])[0]
    return head + tail


def _completed_subject(
    subject: str | None, kind: str, continues: tuple[bool, bool], before: str, previous: str, c: KindCues
) -> str | None:
    """The subject, taken from the sentence before where the figure's own sentence leaves it open;
    `continues` says whether the sentence continues the previous one and whether it opens by referring back."""
    continued, refers_back = continues
    if subject is None and c.earned.search(before.lower()):
        return None  # "The loan matures in 2027. Last year, it earned $1.2 million": a result, of no loan
    contract = kind == "commitment" and c.signed.search(before[-60:].lower()) is not None
    if subject is None and (continued or kind == "target" or _asked_for(before, c)):
        # a goal without a subject is the goal of what the previous sentence speaks of, else of trade; so is a sum
        # asked for ("Morocco had requested KD 20 million" after a sentence on the loan)
        return _subject(previous, c) or (_sale(before, previous, c) if contract else None)
    if subject is None and kind == "commitment" and c.giving.search(before[-40:].lower()):
        # a sum given without saying what for ("were allocated $2 billion") is of the aid, loan or investment
        # the previous sentence speaks of; trade is no sum anyone gives
        found = _subject(previous, c)
        return None if found == "trade" else found
    if subject is None and contract:
        return _sale(before, previous, c)
    if subject == "project" and refers_back:
        # "The agreement will finance a hospital" after "signs loan agreement": the project's money is the loan
        found = _subject(previous, c)
        return found if found in _SOURCES else subject
    return subject


def _asked_for(before: str, c: KindCues) -> bool:
    """Whether a request made before or named as a noun governs the figure ("had requested", "a payment request
    for")."""
    lower = before.lower()
    return any(shaped_cue(c.language, cue, "governs").search(lower) for cue in ("request_made", "request_noun"))


def _sale(before: str, previous: str, c: KindCues) -> str | None:
    """ "The K2 contract is worth $3.4 billion" after "signed contracts to export 180 tanks": a contract whose
    sentence or the one before says it is a sale is of trade."""
    return "trade" if c.sale.search(before.lower()) or c.sale.search(previous.lower()) else None


def _cost_of_works(before: str, after: str, found: tuple[str, str], c: KindCues) -> tuple[str, str]:
    """A cost is the value of a project's works, which the spec counts as money committed ("projects worth
    $3.5 billion"): built, being built or estimated alike ("the line cost $3 billion", "estimated to cost"), as a
    loan stays committed after it is paid out. `found` is the kind and subject found."""
    named, before = before, before.lower()
    cost = max(c.cost.finditer(before), key=lambda m: m.end(), default=None)
    if cost is not None and not _COST_GAP.fullmatch(before, cost.end()):
        cost = None  # "fuel costs, adding that the energy bill reached": the cost is not this figure's
    if not (cost or c.cost.match(after.lstrip())) or _compound_head(after, c, least=1):
        return found  # "a $680 million cost covered by a $490 million EU grant": the grant is aid
    verb = cost is not None and not c.cost_determiner.search(before, 0, cost.start())
    if verb and (c.cost_object.match(before, cost.end()) or _NAME_NEXT.match(named, cost.end())):
        return found  # "the drought has cost the country $287 million", "cost Ruritania": a loss, not works
    return "commitment", "project"


def _procurement_or_debt(sentence: str, found: tuple[str, str], before: str, c: KindCues) -> str:
    """Other for arms bought or built under a contract ("contracts worth $5.8 billion for tanks and howitzers",
    "a package for fighters built by": arms procurement, not trade or works) and for a debt stock reported or
    named right before the figure ("grapples with national debt of more than", "assuming its debts of about"):
    not a loan; else the subject as found. `found` is the kind and subject found."""
    kind, subject = found
    arms = kind == "commitment" and c.arms.search(sentence.lower())
    if arms and (subject == "trade" or (subject == "project" and not c.works_noun.search(sentence.lower()))):
        return "other"
    if (
        subject == "loan"
        and (kind == "actual" or debt_named_before(_without_names(before, c).lower(), c))
        and _debt_stock(sentence, c)
    ):
        return "other"
    return subject


def _owed_not_lent(before: str, after: str, subject: str, c: KindCues) -> str:
    """Other for a bill owed for goods and for debt an operation acts on: neither is money lent nor a trade flow;
    else the subject as found."""
    if subject in ("loan", "trade") and _unpaid_bill(before, after, c):
        return "other"
    if subject in ("loan", "investment") and _owed_to_a_seller(before, after, c):
        return "other"
    if subject == "loan" and _debt_operation(before, after, c):
        return "other"
    return subject


def _unpaid_bill(before: str, after: str, c: KindCues) -> bool:
    """ "owes the gas company $11 billion for gas imports", "arrears for those imports are estimated at": a bill
    owed for goods bought is neither a loan nor a trade flow; the figure stands in its clause as one word."""
    near = f"{before[-100:]} X {after[:80]}".lower()
    return c.unpaid_bill.search(near) is not None


def _invested_or_works(subject: str, near: tuple[str, str], language: str, own: str, c: KindCues) -> str:
    """A state's investment at home is its works' money; else the subject as found."""
    before, after = near
    if subject == "investment" and invested_at_home(before, after, language, own):
        return "project"  # "the government will invest $300 million in roads": its works' money
    return subject


def _firms_plant(after: str, c: KindCues) -> bool:
    """Whether the figure measures a plant or a factory making goods ("a $120 million chip plant", "a €12 million
    assembly plant", "another 3.5 billion rubles on the cab plant", "200 milliards de FCFA dans une usine d'engrais"):
    a firm's investment, not works; a utility's plant ("a $2.8 billion power plant", "a desalination plant") is
    works."""
    found = c.factory_after.match(after.lower())
    return found is not None and c.utility_plant.search(f"{found['mods']} {found['rest']}") is None


def _owed_to_a_seller(before: str, after: str, c: KindCues) -> bool:
    """ "Pemex owes suppliers about", "contractors are still owed about", "arrears of about $2 billion owed to the
    National Iranian Gas Company", "owes Iran around $2 billion for earlier gas deliveries", "dívidas do Estado a
    empresas portuguesas": a sum owed to a seller of goods or works, or for goods, is a bill unpaid, not money lent;
    not where a loan is named between the debt and the figure ("debts to firms and a credit line of")."""
    near = f"{before[-120:]} X {after[:80]}".lower()
    found = c.owed_supplier.search(near) or c.owed_for_goods.search(near)
    if found is None:
        return False
    cut = len(before[-120:])
    between = near[found.end() : cut] if found.end() < cut else ""
    return c.subject("loan").search(between) is None


def _debt_operation(before: str, after: str, c: KindCues) -> bool:
    """ "completed a restructuring of bonds held by creditors with a face value of", "swapping GH¢87 billion of
    bonds": the figure is debt an operation acts on, with nothing lent named between them or right after the figure
    ("after the restructuring, the IMF approved a $3 billion loan" is a loan)."""
    near = before.lower()[-100:]
    operation = max(c.debt_operation.finditer(near), key=lambda m: m.end(), default=None)
    if operation is None:
        return False
    between = c.debt_instrument.sub(" ", near[operation.end() :])
    measured = c.debt_instrument.sub(" ", after.lower())
    return not c.subject("loan").search(between) and _compound_head(measured, c, least=1) != "loan"


def _operated_debt(before: str, after: str, found: tuple[str, bool | None], c: KindCues) -> str:
    """Actual for debt an operation acted on before now ("completed a restructuring of bonds held by creditors
    with a face value of", "swapping GH¢87 billion of bonds"): the debt is a stock reported, unless the figure
    is what a deal or programme is worth ("un programa de conversión de deuda por valor de"); else the kind as
    found. `found` is the kind and the tense (False for the past)."""
    kind, when = found
    if when is False and _debt_operation(before, after, c) and not c.worth.search(_names_blanked(before, c)):
        return "actual"
    return kind


def _debt_stock(sentence: str, c: KindCues) -> bool:
    """A sentence that reports a stock of debt ("Ghana's public debt stood at $55 billion") and names no loan
    or creditor: a debt is what is owed, on loans, bonds and arrears alike, not a loan itself."""
    plain = _without_names(sentence, c)
    if not c.debt_stock.search(plain):
        return False
    loan = c.subject("loan")
    return not loan.search(c.debt_stock.sub(" ", plain))


def _estimated_works(found: tuple[str, str], before: str, c: KindCues) -> str:
    """Other for a value an estimate puts on works, or their cost still to come ("whose cost was estimated at",
    "a project estimated at", "the line will cost about", "cuyo costo estimado es de"): it is neither money
    pledged, granted, lent, invested or contracted nor a figure reported. The worth of works or a deal ("projects
    worth", "valued at"), a side's share of the works ("the counterpart is estimated at") and works to be built
    at a cost stay committed. `found` is the kind and subject, `before` the clause before the figure in lower
    case with names blanked."""
    kind, subject = found
    near = before[-80:]
    if kind != "commitment" or subject != "project" or c.worth_word.search(near) or c.counterpart_word.search(near):
        return kind
    estimate = max(c.works_estimate.finditer(near), key=lambda m: m.end(), default=None)
    # the estimate is of this figure: no other figure stands between them
    estimated = estimate is not None and not _DIGIT.search(near, estimate.end())
    return "other" if estimated or c.cost_ahead.search(near) else kind


def _outlay_or_gain(before: str, after: str, found: tuple[str, str, bool], c: KindCues) -> str:
    """The kind, where the verb before the figure settles it: money paid out in a past period or up to now, or
    spent before now or each year, or released or received up to now, is reported ("has paid $400 million so far",
    "spent $1 billion on the port", "has so far received");
    a saving, or earnings a forecast names, is no one's pledge or goal ("exporters would save $500 million a
    year", "the deal could earn it $300 million"), unless it is trade or investment ("could bring in $2 billion
    of exports"); works are valued, not reported, by their figure ("the $1.4 billion port city, being built");
    `found` is the kind, the subject and whether the figure's own clause left the kind unstated."""
    kind, subject, unstated = found
    if c.paid_out.search(before) and (_dated(before, after, c) or c.paid_to_date.search(before)):
        return "actual"  # "disbursed $75 million in 2021", "has so far disbursed about": paid out before now
    if _moved_to_date(before, after, c):
        return "actual"  # "has so far received about", "$38 million released so far": money moved up to now
    if c.spent.search(before) or (c.spending.search(before[-40:]) and c.yearly.match(after)):
        return "actual"  # "it has spent $2 billion on substations", "spending $1 billion a year on fuel": reported
    gain = c.saving.search(before) or (c.earning.search(before) and c.forecast.search(before))
    if gain and _compound_head(after, c, least=1) not in ("trade", "investment"):
        return "other"
    # a level a verb reports stays one ("the energy bill reached"), unless it is a value put on the works
    valued = c.valued.search(before) is not None or c.reported.search(before) is None
    works_value = (kind == "actual" and valued) or (kind == "other" and unstated)
    return "commitment" if subject == "project" and works_value else kind


def _moved_to_date(before: str, after: str, c: KindCues) -> bool:
    """Whether the figure is money released or received up to now ("had so far received", "ya recibió", "with $38
    million released so far"), not a running total since a year (left as the guidelines read it)."""
    moved = c.moved_to_date.search(before)
    if moved is None and c.moved_after.match(after) is None:
        return False
    # a "since" of the clause the verb stands in, not of a pledge named before a comma ("Of the €70 million pledged
    # since 2014, the bank has so far released")
    opened = before.rfind(",", 0, moved.start()) + 1 if moved else 0
    return not (c.since_year.search(before, opened) or c.since_year.search(after))


def _goods_bought(found: tuple[str, str, bool | None], before: str, after: str, c: KindCues) -> str:
    """Actual for goods bought, sold or shipped in a past period that the figure values ("bought Chilean copper
    worth $2 billion in fiscal 2019", "bought 3 million tonnes of gas last year, worth roughly", "shipped C$4.9
    billion worth of goods to Japan in 2018"): a trade flow reported, not money contracted; the price of a
    purchase ("bought two vessels for $95 million"), a deal, a contract or a purchase agreed ("signed contracts
    worth", "agreed last year to buy") stays committed. `found` is the kind, the subject and the tense, `before`
    and `after` the clause in lower case."""
    kind, subject, ahead = found
    # the value said before the figure or right after it ("shipped C$4.9 billion worth of goods in 2018")
    valued = c.worth_word.search(before[-40:]) or c.worth_word.match(after.lstrip())
    # the figure set off after the flow it values ("two-way trade, worth about"): the deal or the verb ahead of the
    # flow are another statement's ("the deal could lift two-way trade, worth £23 billion last year, to")
    apposed = c.apposed_flow.search(before)
    if apposed:
        # the apposition's own words, up to its closing comma, date it ("worth £23 billion last year,")
        own, after = before[apposed.start() :], after.split(",", 1)[0]
    else:
        own = before
    if kind != "commitment" or subject != "trade" or (ahead is True and not apposed) or not valued:
        return kind
    near = f"{own} {after[:40]}"
    if c.signed.search(near) or c.supply_contract.search(near) or c.sale.search(near):
        return kind
    return "actual" if _dated(own, after, c) else kind


def _dated(before: str, after: str, c: KindCues) -> bool:
    """Whether the clause dates the figure in a past period or counts it up to now ("in 2022", "last year",
    "in the last fiscal year", "so far")."""
    near = after[:80]
    return bool(
        _PAST_YEAR.search(near)
        or c.past_time.search(near)
        or c.past_time.search(" " + before)
        or c.period_before.search(before)
        or c.to_date.match(after)
    )


def _balance_or_budget(
    context: tuple[str, str], near: tuple[str, str], found: tuple[str, str, bool | None], language: str, c: KindCues
) -> tuple[str, str]:
    """Kind and subject of a balance's or a budget's figure; `context` is the sentence up to the figure and the
    sentence before, `near` the clause on either side, `found` the kind, subject and tense found so far."""
    (lead, previous), (before, after), (kind, subject, when) = context, near, found
    traded = _trade_balance(lead, previous, c)
    if c.partner_balance.search(before.lower()):
        return kind, "trade"  # "the deficit with China exceeded $2 billion": a trade balance, not a budget's
    if _is_budget(before.lower(), after.lower(), c):
        # "leaving a deficit of nearly $23 billion" after a sentence on imports: the balance of that trade
        return _balance_reported(before.lower(), after.lower(), when, c), "trade" if traded else "other"
    if traded:
        return kind, "trade"
    if budget_sets_aside(before, after, language):
        return "commitment", subject  # "the budget request includes $310 million for Mexico": money allocated
    return kind, subject


def _bought_subject(before: str, after: str, language: str, c: KindCues) -> str | None:
    """What a figure bought or sold for is, where its object says: a firm, a stake or assets are an investment
    ("bought the chain of service stations for $71 million", "agreed to acquire the U.S. unit of Sanwa for", "have sold
    more than $3 billion of U.S. assets"); securities or currency, or what a central bank buys or sells, are money
    dealt for money, other ("sold $10 billion of three-year notes", "bought $420 million in the interbank market",
    "the Bank of Japan bought an estimated $1 billion"); else None: goods bought are trade ("to buy 100 aircraft
    valued at"), arms procured too."""
    plain = _without_names(before, c).lower()
    verb = max(c.acquiring.finditer(plain), key=lambda m: m.end(), default=None)
    if verb is None or c.arms.search(plain, verb.end()):
        return None
    # "$3 billion of U.S. assets", "$420 million in the interbank market": the few words after a lead word, to the
    # next comma
    lower = after.lower()
    lead = c.compound.match(lower)["lead"] is not None
    object_after = lower[:_ACQUIRED_REACH].split(",")[0] if lead else ""
    if c.acquired.search(plain, verb.end()) or c.acquired.search(object_after):
        return "investment"
    if c.securities.search(plain, verb.end()) or c.securities.search(object_after):
        return "other"
    return (
        "other" if _currency_dealer(before[max(0, verb.start() - _DEALER_REACH) : verb.start()], language, c) else None
    )


# how far before its verb of buying a central bank is looked for: the verb's subject
_DEALER_REACH = 50


def _currency_dealer(giver: str, language: str, c: KindCues) -> bool:
    """Whether `giver` (the text before a verb of buying or selling, as written) names a central bank: by its kind
    ("the central bank", "the Bundesbank") or as the bank of a state ("the Bank of Japan", "Banco de México")."""
    lower = giver.lower()
    if c.currency_dealer.search(lower):
        return True
    state = giver_cues(language).state
    return any(
        (found := state.match(giver, m.end())) is not None and found.group()[0].isupper()
        for m in c.currency_dealer_of.finditer(lower)
    )


# how far before the figure an export-credit agency is looked for in its clause: the giver of the verb that governs it
_COVER_REACH = 80


def _export_cover(before: str, after: str, c: KindCues) -> bool:
    """Whether a figure read as trade is an export-credit agency's cover: the agency or its cover named right before
    it in its clause or in the noun it measures ("UK Export Finance will make up to £3.5 billion of cover available",
    "la CESCE cubrirá hasta 300 millones de euros de las operaciones"), a state's insurance or guarantee of its own
    exporters' deals, not trade between states; the agency's support measured as the exports or sales themselves
    ("supported $51 billion in Canadian exports") stays trade."""
    near, lower = before.lower()[-_COVER_REACH:], after.lower()
    phrase = c.compound.match(lower)["phrase"]
    if not (c.export_cover.search(near) or c.export_cover.search(phrase)):
        return False
    return not c.subject("trade").search(c.export_cover.sub(lambda m: " " * len(m.group()), phrase))


def _trade_balance(lead: str, previous: str, c: KindCues) -> bool:
    """ "imports totaled $31.5 billion, leaving a deficit of nearly $23 billion", "The deficit is on track to pass
    $28 billion" after a sentence on exports: a balance the figure's phrase ends on, in a sentence or after one
    that speaks of trade, is the trade balance; not a budget's or a current account's ("the budget deficit")."""
    lower = lead.lower()
    found = c.trade_balance.search(lower[-80:])
    if found is None:
        return False
    start = len(lower) - len(lower[-80:]) + found.start()
    if c.balance_not_trade.search(lower[max(0, start - 25) :]):
        return False
    trade = c.subject("trade")
    return bool(trade.search(_without_names(lead, c)) or trade.search(_without_names(previous, c)))


def _is_budget(before: str, after: str, c: KindCues) -> bool:
    """A budget or deficit as a whole: "a Tk 7,97,000 crore budget", "a deficit of $4 billion" (not a trade
    deficit)."""
    compound = c.compound.match(after)
    phrase = compound["phrase"]
    words = phrase.split() if compound["lead"] is None else []  # "in the budget" is where, not what
    head = (words[-1] if c.head_last else words[0]) if words else ""  # "budget support" is support
    named = c.budget.search(before) or c.budget_stated.search(before) or c.budget_word.fullmatch(head) is not None
    return bool(named) and not c.subject("trade").search(before[-40:] + phrase)


def _balance_reported(before: str, after: str, ahead: bool | None, c: KindCues) -> str:
    """The kind of a budget's or a balance's figure: a deficit or surplus a verb reports, or one of a past period,
    is a figure reported ("posted a deficit of about $3 billion last year", "the current account deficit narrowed
    to"); a budget as a whole, or a balance planned or forecast ("the budget assumes a deficit of", "the deficit
    is projected at"), is other. `before` and `after` are the clause in lower case, `ahead` the tense."""
    near = before[-80:]
    balance = max(c.balance.finditer(near), key=lambda m: m.end(), default=None)
    if balance is None or ahead is True or c.forecast_only.search(near, balance.start()):
        return "other"
    # the verb stands a few words before the balance word ("posted a deficit of") or between it and the figure
    verb = c.balance_reported.search(near, max(0, balance.start() - 30))
    dated = c.past_time.match(after) or c.period.match(after)
    return "actual" if verb or dated or _balance_of_reported_level(near, balance.start(), c) else "other"


def _balance_of_reported_level(near: str, balance_start: int, c: KindCues) -> bool:
    """ "trade reached $590 million last year, with a deficit of", "trade stood at $16 billion in 2014, with
    Pakistan's deficit estimated at", "alcanzó US$ 12.400 millones, con un déficit de": a balance a clause on "with"
    adds to a level a verb reported, a figure before it, is reported with that level."""
    openings = shaped_cue(c.language, "with_clause", "in").finditer(near, 0, balance_start)
    opening = max(openings, key=lambda m: m.end(), default=None)
    if opening is None or balance_start - opening.end() > _WITH_BALANCE_GAP:
        return False
    head = near[: opening.start()]
    return _DIGIT.search(head) is not None and c.balance_reported.search(head) is not None


# how far a balance word may stand after the "with" that opens its clause ("with Pakistan's deficit")
_WITH_BALANCE_GAP = 25


def _previous_sentence(text: str, sentence: Span) -> str:
    """The sentence before `sentence`, across the blank lines between paragraphs (a paragraph that goes on
    about "that $600 billion" continues the one before)."""
    start = max(0, sentence[0] - 600)
    end = start + len(text[start : sentence[0]].rstrip())
    if end == start:
        return ""
    return text[sentence_around(text, (end - 1, end - 1))[0] : end]


def _is_price(before: str, after: str, c: KindCues) -> bool:
    """A price per unit ("$80 a barrel", "$60/tonne") or of another currency ("Rs 176.80 per US dollar"), a market
    quote ("IBM shares closed at"), the next figure of a series of prices ("from $60 per barrel to $47"), or a
    figure a price word introduces ("priced at")."""
    near = before[-30:]
    if len(before) > len(near) and before[-len(near) - 1].isalnum():
        near = _WORD_START.sub("", near)  # "Canadi|an unit of": the end of a word cut off is no "an" of a rate
    price = max(c.price.finditer(near), key=lambda m: m.end(), default=None)
    # "at domestic prices and will allocate $90 million": a price of another clause, the figure the verb's
    priced = price is not None and not c.and_word.search(near, price.end())
    # "the bridge, priced at 38 million lari": a value put on works named right before it is their cost
    priced = priced and not _valued_works(before, c)
    # "from $60 per barrel to $47": the next of a series of prices; "84 cents a share, up from $17.2 million" is
    # a price of the figure before, a comma away
    unit = max(c.per_unit.finditer(near), key=lambda m: m.end(), default=None)
    series = unit is not None and "," not in near[unit.end() :]
    quote = c.quote_at.search(near) is not None  # "Caterpillar closed at $58.25": a share's price quoted
    return bool(c.per_unit.match(after) or c.per_currency.match(after) or quote or series or priced)


def _subject_of(before: str, after: str, sentence: str, c: KindCues, giver: Callable[[], str | None]) -> str | None:
    """The subject nearest the figure in its clause, else the one its giver says, else the first its sentence
    names; a project gives way to the source of its money named in the sentence ("a tranche of the loan ... for
    the metro project")."""
    # "Australia will commit $50 million to Tonga's support platform, with targeted investment in health": who
    # gives says more than a noun a phrase away
    subject = _nearest_subject(before, after, c) or giver() or _subject(sentence, c)
    if subject == "project" and not _names_works(after, c):
        source = _subject(sentence, c)
        subject = source if source in _SOURCES else subject
    return subject


def _names_works(after: str, c: KindCues) -> bool:
    """ "a $1 billion power station": the figure is the value of the works it names, not of the loan or grant
    the sentence names for them ("$1 billion in its plant" is where money goes, not what it is)."""
    plain = _without_names(after, c)
    return c.compound.match(plain)["lead"] is None and _compound_head(plain, c, works=True) == "project"


def _reached_in(before: str, after: str, c: KindCues) -> bool:
    """ "trade reaching $5 billion in 2014": a level reached in a period, with no goal named before it ("aims
    at reaching $5 billion in 2030" is one)."""
    reaching = c.reaching_level.search(before)
    if reaching is None or not (c.period.match(after) or c.past_time.match(after)):
        return False
    head = before[: reaching.start()].split(",")[-1]  # "trade kept growing, reaching": no goal
    return not (c.target.search(head) or c.target_word.search(head))


def _is_goal(before: str, c: KindCues) -> bool:
    """A goal verb then "to (about) <figure>", unless the figure is the current one ("from the current"); or an
    appeal for funds, whose sum is one to raise ("the UN has appealed for $2 billion", "has requested additional
    budget support of")."""
    if c.appeal.search(before[-30:]) or c.appeal_of.search(before):
        return True
    if not c.goal_to.search(before):
        return False
    verb = max(c.target.finditer(before), key=lambda m: m.end(), default=None)
    if verb is None:
        return False
    wording = c.figure_anaphor.sub(" ", before[verb.end() :])  # "increase this figure to": the goal's level
    # "to increase trade, which stood at $718 million": a figure with its own report is no goal; "to raise trade,
    # which stood at $2 billion in 2019, to": the report is of the figure it names, the goal comes after it
    if c.from_figure_to.search(wording) or _report_closed(wording, c):
        return True
    return not (c.current.search(wording) or c.actual.search(wording))


def _change_base(before: str, gap: str, c: KindCues) -> bool:
    """ "double the fund from $10 billion to $20 billion", "to lift trade to $40 billion, from about $25 billion
    today": the level a change or a goal starts from is the current one, reported. `before` is the clause before
    the figure in lower case, `gap` the text up to the next figure. Where "from" is also "of" (Romance "de":
    "la meta es de"), only a "to" right after the figure makes it a change's base, and only under a verb of
    change: "anunciou investimentos de US$ 200 milhões a US$ 300 milhões" is a range."""
    if not c.from_base.search(before):
        return False
    changed = c.target.search(before) is not None or c.grew.search(before) is not None
    if c.goal_to.fullmatch(gap.lstrip()) is not None:
        return changed or not c.of_base.search(before)
    # "jumped to 4.9 billion ringgit in 2016 from": the level a change reported starts from is reported too
    return changed and not c.of_base.search(before)


def _report_closed(wording: str, c: KindCues) -> bool:
    """Whether a clause that reports another figure closes before the goal's "to" ("trade, which stood at
    $2 billion in 2019, to"; "somou US$ 7 bilhões em 2019, e ... dobrá-lo, para"): nothing but a comma stands
    between the last figure's phrase and the "to" right before this figure."""
    last = max((m.end() for m in _DIGIT.finditer(wording)), default=None)
    if last is None:
        return False
    comma = wording.find(",", last)
    return comma >= 0 and c.goal_to.fullmatch(wording[comma + 1 :].lstrip()) is not None


def _kind(before: str, after: str, c: KindCues) -> str | None:
    """The kind the clause states (`before` and `after` in lower case with names of bodies blanked): the first
    `clause` rule of `money_kind_rules.toml` that matches, else None."""
    return first_kind(
        _Clause(
            _Windows(
                before=lambda: before,
                after=lambda: after,
                near=lambda: before + " " + after,
                edges=lambda: before[-40:] + " " + after[:25],
                flows=lambda: c.purpose_flow.sub(" ", before + " " + after),
            ),
            c,
        ),
        _TESTS,
    )


def _reported_level(before: str, after: str, c: KindCues) -> bool:
    """ "received $820 million from the IMF", "spend $1 billion a year on rice", "support was $95 million in
    2021": money received, a yearly outlay, or the level of a past period is reported, not pledged."""
    if c.running_total.search(before):
        return True  # "brings total relief for the quake to": a running total the news reports
    # a tranche of a whole the figure sizes ("the first tranche of the $2 billion package") is no tranche's sum
    tranche = c.tranche_moved.search(before) is not None and c.figure_article.search(before) is None
    if tranche or c.received.search(before):
        # a receipt, or a tranche paid out or received, dated in the past is reported ("in the fourth quarter of
        # 2020", "on Tuesday", "last March alone", "disbursed a second tranche of $120 million in April"); "received a
        # $1 billion loan" names the loan (a tranche's loan after it is the one it is of: "the second tranche, of
        # $90 million, of its loan"), and an undated receipt or tranche is the sum handed over
        dated = (
            _PAST_YEAR.search(after[:80])
            or c.past_time.search(after[:80])
            or c.receipt_day.search(after[:80])
            or c.receipt_day.search(before)
        )
        return bool(dated) and (tranche or not c.strong_commitment.search(after[:25]))
    if c.spending.search(before[-40:]) and c.yearly.match(after):
        return True
    dated = c.period.match(after) or c.past_time.match(after) or c.period_before.search(before)
    return c.level.search(before) is not None and bool(dated)


def _raises_given_money(before: str, after: str, c: KindCues) -> bool:
    """ "would double its assistance to Bhutan to", "doubler son aide pour la porter à", "double the size of the
    fund to": the goal verb's object is aid, a loan named in full (not "cooperation") or a fund, money its giver
    pledges to raise; in a Romance language the object may follow the figure ("vai ampliar para R$ 3 bilhões a
    linha de crédito")."""
    plain = _names_blanked(before, c)
    verb = c.target.search(plain)  # the first goal verb: "doubler son aide pour la porter à"
    if verb is None:
        return False
    given = [c.subject(s) for s in ("aid", "loan")] + [c.endowment_head]
    if any(p.search(plain, verb.end()) for p in given):
        return True
    if c.head_last or _DIGIT.search(plain, verb.end()):
        return False
    # the object right after the figure, before any other clause word: "para R$ 3 bilhões a linha de crédito"
    object_after = _names_blanked(after, c)[:_OBJECT_AFTER]
    return any(p.search(object_after) for p in given[:2])


def _reports_given_money(before: str, c: KindCues) -> bool:
    """ "loans totalling $3.2 billion", "IDA commitments now exceed $700 million": the reported total of money
    given, lent or pledged, unless trade is named after it ("after the loan, exports reached $2 billion")."""
    given = max(c.given.finditer(before), key=lambda m: m.end(), default=None)
    return given is not None and not c.subject("trade").search(before, given.end())


def _names_blanked(context: str, c: KindCues) -> str:
    """The context in lower case with names of bodies blanked, offsets kept: a "Trade Minister" or an
    "Export-Import Bank" says nothing of what a figure is."""
    context = c.body_name.sub(lambda m: " " * len(m.group()), context)
    return c.body_title.sub(lambda m: " " * len(m.group()), context).lower()


def _without_names(context: str, c: KindCues) -> str:
    """The context in lower case with names of bodies, weak aid cues and cue words in another sense blanked ("Asian
    Infrastructure Investment Bank" says what the bank does, not what a figure is; "search and rescue" is no
    lenders' rescue), offsets kept."""
    context = c.body_name.sub(lambda m: " " * len(m.group()), context).lower()
    context = c.no_subject.sub(lambda m: " " * len(m.group()), context)
    return c.weak_aid.sub(lambda m: " " * len(m.group()), context)


def _subject(context: str, c: KindCues) -> str | None:
    """The first subject, in order of precedence, that the context speaks of (names of bodies aside); a
    tranche is of a loan where the context names no other source ("the tranche ... for the metro")."""
    plain = _without_names(context, c)
    found = next((subject for subject, pattern in c.subjects if pattern.search(plain)), None)
    if found in (None, "project") and c.tranche.search(plain):
        return "loan"
    return found or ("aid" if c.weak_aid.search(context.lower()) else None)


def _governing_subject(before: str, c: KindCues) -> str | None:
    """The subject of the noun the figure right after it measures ("a state loan of", "assistance worth")."""
    plain = _without_names(before, c)
    for subject, pattern in c.subjects:
        cue = max(pattern.finditer(plain[-60:]), key=lambda m: m.end(), default=None)
        if cue is not None and c.gap.fullmatch(plain[-60:], cue.end()):
            return subject
    return None


def _credit_line(before: str, c: KindCues) -> bool:
    """ "a line of $300 million", "the earlier line, of $1.5 billion": a line of a sum is a credit line, unless a
    swap names it ("a swap line of 35 billion yuan")."""
    line = c.money_line.search(before)
    return line is not None and not c.swap.search(before, max(0, line.start() - 25), line.start())


def _measures_earnings(before: str, after: str, c: KindCues) -> bool:
    """Whether the noun the figure measures is an economy's or a sector's earnings, and names no subject:
    right after it ("$40 billion of economic activity") or right before it, as a goal's or a level's noun
    ("lift tourism revenue to $900 million"); "export revenues of $2 billion" are trade's."""
    plain = _without_names(before, c)[-60:]
    phrase = c.compound.match(_names_blanked(after, c))["phrase"]
    if c.weak_other.search(phrase):
        # "have invested $600 million in the economy": a verb right before says what the money is
        verb = " ".join(plain.split()[-3:])
        return not any(p.search(phrase) or p.search(verb) for s, p in c.subjects if s != "other")
    cue = max(c.weak_other.finditer(plain), key=lambda m: m.end(), default=None)
    if cue is None:
        return False
    rest = plain[cue.end() :]
    # "revenues fall to", "receipts reached": the earnings noun is the subject of the verb the figure ends
    moved = _SHORT_VERB.fullmatch(rest) is not None and bool(c.goal_to.search(rest) or c.reported.search(rest))
    if moved and any(p.search(plain[: cue.start()].split(",")[-1]) for s, p in c.subjects if s not in _NOT_SOURCES):
        return False  # "investments in the economy exceed": the noun the verb's subject phrase heads is another
    if not (c.gap.fullmatch(rest) or c.goal_to.fullmatch(rest.lstrip()) or moved):
        return False
    noun = " ".join(plain[: cue.start()].split()[-2:])  # the words the earnings noun may be compounded with
    # "export revenues" are trade's; "canal revenues" are what works earn, not the works
    return not any(p.search(noun) for s, p in c.subjects if s not in _NOT_SOURCES)


def _earnings(before: str, c: KindCues) -> bool:
    """Whether the figure measures earnings ("revenues of", "ingresos por"): a sector's or an economy's."""
    plain = _without_names(before, c)[-60:]
    cue = max(c.weak_other.finditer(plain), key=lambda m: m.end(), default=None)
    return cue is not None and c.gap.fullmatch(plain, cue.end()) is not None


def _purpose_of_source(head: str, c: KindCues) -> str | None:
    """ "extend the credit line for fuel imports by a further $200 million": trade or works named after "for"
    are what a loan, grant or investment named before them is for; that source is what the money is."""
    plain = _without_names(head, c)
    purpose = max(c.purpose.finditer(plain), key=lambda m: m.end(), default=None)
    if purpose is None:
        return None
    named = [(m.end(), s) for s, p in c.subjects if s != "other" for m in p.finditer(plain, 0, purpose.start())]
    if not named:
        return None
    end, subject = max(named)
    # the source names the purpose phrase's noun: nothing else named between them
    return subject if subject in _SOURCES and purpose.start() - end < 90 else None


def _nearest_subject(before: str, after: str, c: KindCues) -> str | None:
    """The subject whose cue stands nearest the figure in its clause ("$2 million for technical assistance"
    after "lending"); on a tie, the first in order of precedence. A project is what money is for, so it is the
    subject only when the clause names no other."""
    if _measures_weak_aid(after, c):
        return "aid"
    before, after = _without_names(before, c), _without_names(after, c)
    rate = c.yearly.match(after)  # "$5 billion a year in canal fees": the noun measured follows the rate
    measured = after[rate.end() if rate else 0 :]
    head = _compound_head(measured, c, works=True)
    # "$900 million in its plant": works after a preposition are where the money goes, which the verb says
    if head and not (head == "project" and c.compound.match(measured)["lead"] is not None):
        return head
    headed = _lead_head(measured, c)
    if headed:
        return headed
    best: tuple[tuple[int, int], str] | None = None
    for subject, pattern in c.subjects:
        # by distance, then the longer cue: "climate financing" (aid) over the "financing" (loan) it ends with
        distances = [(len(before) - m.end(), m.start() - m.end()) for m in pattern.finditer(before)]
        found = pattern.search(after)
        distances += [(found.start(), found.start() - found.end())] if found else []
        if distances and (best is None or (min(distances) < best[0] and subject != "project")):
            best = (min(distances), subject)
    return best[1] if best else None


def _names_source(after: str, c: KindCues) -> bool:
    """Whether the clause after the figure names a source or trade ("for loans to small firms")."""
    plain = _without_names(after, c)
    return any(p.search(plain) for s, p in c.subjects if s not in _NOT_SOURCES) or bool(c.weak_aid.search(after))


def _verb_subject(before: str, c: KindCues) -> str | None:
    """The source or trade a noun names a few words before the verb of reaching the figure ends on ("China's
    investment in Latin America would reach", "trade with the region reached"): the noun whose level it is."""
    plain = _without_names(before, c)[-_VERB_SUBJECT_REACH:]
    verb = c.to_reach.search(plain) or c.reported.search(plain)
    if verb is None:
        return None
    head = plain[: verb.start()]
    named = [(m.end(), -m.start(), s) for s, p in c.subjects if s not in _NOT_SOURCES for m in p.finditer(head)]
    if not named:
        return None
    end, _, subject = max(named)  # the last, and of two ending together the longer: "grants and loans" is aid
    between = head[end:]
    return subject if _NOUN_TAIL.fullmatch(between) else None


def _source_verb(before: str, c: KindCues) -> bool:
    """Whether a source word stands among the last two words before the figure ("will invest $2 billion into the
    economy" is invested)."""
    verb = " ".join(_without_names(before, c).split()[-2:])
    return any(p.search(verb) for s, p in c.subjects if s not in _NOT_SOURCES)


def _lead_head(after: str, c: KindCues) -> str | None:
    """ "$5 billion in private investment", "$300 million of new loans": the source (a loan, aid or investment) an
    English phrase opening on "in" or "of" right after the figure ends on is what the figure measures, whatever
    stands before it ("development aid and up to"); "$2 billion in investment zones" is headed by no source."""
    compound = c.compound.match(after)
    phrase = compound["phrase"].rstrip()
    lead = compound["lead"]
    if lead is None or " " in lead or not phrase or not c.head_last:
        # "préstamo de 40 millones de euros de ayuda": a Romance figure's own noun comes before it; "$1.2 billion
        # worth of oil supplied" is goods, whatever word ends the phrase
        return None
    both = c.subject("aid").match(after, compound.start("phrase"))
    if both and both.end() > compound.start("phrase") + len(phrase):
        return None  # "$10 billion in loans and grants": the two together are aid, which the cues find
    for subject in _SOURCES:
        found = list(c.subject(subject).finditer(phrase))
        if found and found[-1].end() == len(phrase):
            return subject
    return None


def _valued_works(before: str, c: KindCues) -> bool:
    """ "a 60 percent stake in the airport, a project estimated at $1.3 billion": works named right before a
    value put on them are what the figure is, whatever the clause says of who buys into them."""
    valued = c.valued.search(before)
    if valued is None:
        return False
    head = before[: valued.start()].rstrip().removesuffix(",").rstrip()  # "the hydro project, estimated at"
    near = head[-40:]
    named = [m for p in (c.subject("project"), c.works_part) for m in p.finditer(near)]
    if any(m.end() == len(near) for m in named):
        return True
    # "the section crossing the border, of 841 km, is estimated at": works the clause speaks of, nothing else
    # named in it ("agreed to supply power from a plant in a deal valued at" is a sale)
    works = any(p.search(head) for p in (c.subject("project"), c.works_part))
    others = any(p.search(head) for s, p in c.subjects if s != "project") or c.weak_other.search(head)
    return works and not others


def _source_of_works(before: str, c: KindCues) -> str | None:
    """ "three ODA projects worth", "two grant aid projects valued at": the aid, loan or investment a word right
    before the works noun names (the works are that money's), where the works noun ends right before the value."""
    plain = _names_blanked(before, c)
    valued = c.valued.search(plain)
    if valued is None:
        return None
    head = plain[: valued.start()].rstrip().removesuffix(",").rstrip()
    near = head[-40:]
    works = [m for p in (c.subject("project"), c.works_part) for m in p.finditer(near) if m.end() == len(near)]
    if not works:
        return None
    if c.capital_holder.search(head[-_HOLDER_REACH:]):
        # "investors had registered projects worth", "the fourth largest investor, with 859 projects worth": the
        # works investors hold are their investment
        return "investment"
    if not c.head_last:
        return None  # "proyectos de ayuda": a Romance noun is named after its works, which its own cues find
    modifier = " ".join(near[: min(m.start() for m in works)].split()[-_MODIFIER_WORDS:])
    if c.weak_aid.search(modifier):
        return "aid"
    return next((s for s in _SOURCES if c.subject(s).search(modifier)), None)


def _measures_weak_aid(after: str, c: KindCues) -> bool:
    """ "40 billion yen in ODA", "$300 million of development assistance": the noun the figure measures is aid,
    whatever loan the sentence names further on; a weak aid cue counts here, where it is that noun."""
    phrase = c.compound.match(_names_blanked(after, c))["phrase"]
    if not c.weak_aid.search(phrase):
        return False
    rest = c.weak_aid.sub(" ", phrase)
    return not any(p.search(rest) for s, p in c.subjects if s not in ("aid", "project"))


def _compound_head(after: str, c: KindCues, least: int = 2, works: bool = False) -> str | None:
    """Of the subjects (at `least` of them) named in the noun phrase right after the figure, its head: "a €1.5 billion
    macro-financial assistance loan" is a loan, "$50 billion in yen loans" too. A project is what money is for,
    never what it is ("$5 million aid project")."""
    phrase = c.compound.match(after)["phrase"]
    # by position, then the longer cue: "climate financing" (aid) over the "financing" (loan) it ends with
    found = [(m, s) for s, p in c.subjects if s != "project" for m in p.finditer(phrase)]
    if len({s for _, s in found}) < least:
        # the works the figure is the value of: "the $17 billion Northern Corridor project"; beside another
        # noun, the works say what that noun is for or of ("$5 billion in canal fees" are fees)
        named = works and c.subject("project").search(phrase)
        if named and found:
            return found[0][1]
        return "project" if named and len(phrase.split()) <= _WORKS_WORDS else None
    if c.head_last:
        return max(found, key=lambda f: (f[0].end(), -f[0].start()))[1]
    return min(found, key=lambda f: (f[0].start(), -f[0].end()))[1]


class _Windows(dict):
    """The windows of text a rule's cue is looked for in, each made the first time a rule asks for it."""

    def __init__(self, **makers: Callable[[], str]) -> None:
        super().__init__()
        self._makers = makers

    def __missing__(self, name: str) -> str:
        self[name] = text = self._makers[name]()
        return text


@dataclass(frozen=True, slots=True)
class _Clause:
    """A clause read by the `clause` rules: `before` and `after` the figure, names of bodies blanked."""

    texts: _Windows
    cues: KindCues


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure read by the `override` rules: its windows and cues, the clause around it as written, the sentence
    up to it and the sentence before, whether its clause left its kind unstated, the tense of its verb, the text
    up to the next figure, and the article's language."""

    texts: _Windows
    cues: KindCues
    near: tuple[str, str]
    context: tuple[str, str]
    unstated: bool
    when: bool | None
    gap: str
    language: str


def _reported_verb(x: _Clause) -> bool:
    """ "investment reached $2 billion": a verb reports the figure itself, whatever goal the clause names next;
    "surpassed our target of $5 billion" names the goal."""
    before, c = x.texts["before"], x.cues
    reported = c.reported.search(before)
    return reported is not None and not c.target_word.search(before, reported.start())


def _given_total(x: _Clause) -> bool:
    """The reported total of money given, lent or pledged, not the level of one period: "ODA reached 327.6
    billion yen in FY2022", "Last year British aid to Ghana reached", "ODA reached a record 365 billion yen"
    are levels."""
    before, after, c = x.texts["before"], x.texts["after"], x.cues
    of_period = c.period.match(after) or c.past_time.match(after) or c.period_before.search(before)
    of_period = of_period or c.past_time.search(" " + before) or c.record_level.search(before[-40:])
    # "lending ran at about $2 billion a year": a yearly rate is the level of each year
    of_period = of_period or c.yearly.match(after)
    return _reports_given_money(before, c) and not of_period


def _wanted_by_year(before: str, after: str, c: KindCues) -> bool:
    """ "Both sides want bilateral trade to pass $10 billion by 2028", "se proponen superar los 3.000 millones en
    2026", "is targeting annual revenue of $3 billion from the smelter by 2030": a wish or an aim governs the verb
    or the noun the figure ends, and a year the level is wanted by closes it."""
    return c.wanted_level.search(before) is not None and c.target_year.search(after[:_WANTED_YEAR_REACH]) is not None


# how far after a wanted figure the year it is wanted by is looked for ("of $3 billion from the new smelter by 2030")
_WANTED_YEAR_REACH = 80


def _discussed_with(f: _Figure) -> bool:
    """ "Petrobras e Sonangol discutiram a exploração de dois blocos, com investimento estimado em", "the ministers
    discussed a joint refinery, with investment estimated at": a clause opening on "with" after works or a venture
    the sentence only talks of, nothing signed before it."""
    before = f.texts["before"]
    opening = max(_WITH_CLAUSE.finditer(before), key=lambda m: m.end(), default=None)
    if opening is None or shaped_cue(f.language, "with_clause", "in").match(before, opening.end()) is None:
        return False
    head, rest = before[: opening.start()], before[opening.end() :]
    if _DIGIT.search(rest) or shaped_cue(f.language, "signed", "in").search(head):
        return False
    return shaped_cue(f.language, "discussed_works", "in").search(head) is not None


# a comma and the word after it: where a clause on "with" may open
_WITH_CLAUSE = re.compile(r",\s*(?=\w)")


# a past year right after the figure, a word or two between ("in 2006", "registrada em 2023", "recorded in 2019")
_PAST_YEAR_AFTER = re.compile(
    r"^[\s,(]*(?:[^\s,;.]+\s+){0,2}?(?:in|en|em|au|during|durante)\s+(?:fy\s*)?(?:19|20)\d\d\b"
)
# how far the next figure, whose goal the words after this one state, may stand
_GOAL_REACH = 160


def _dated_before_a_goal(f: _Figure) -> bool:
    """ "trade, about $1.1 billion last year, is targeted at $2 billion", "superó los 600 millones en 2005 y la meta
    es llegar a mil millones": the figure's own words date it in a past period, and the goal the words after it name
    governs the next figure of the sentence, not this one."""
    gap, c = f.gap, f.cues
    if len(gap) > _GOAL_REACH or ". " in gap or "\n" in gap:
        return False  # no next figure in the sentence: a goal after the figure may be its own
    before = f.texts["before"]
    dated = (
        c.past_time.search(gap[:30]) is not None
        or _PAST_YEAR_AFTER.match(gap) is not None
        # "trade grew 12% last year to", "sales at last year's fair were"
        or c.past_time.search(before[-60:]) is not None
    )
    return dated and (c.target_word.search(gap) is not None or c.target.search(gap) is not None)


def _past_period(f: _Figure) -> bool:
    """Whether one period dates the figure ("last year", "in 2019", "el año pasado") and its verb does not speak of
    the future ("will invest $2 billion in 2026")."""
    before, after, c = f.texts["before"], f.texts["after"], f.cues
    dated = c.one_period.search(after[:60]) or c.one_period.search(before)
    return dated is not None and f.when is not True


def _paid_before_now(f: _Figure) -> bool:
    """Whether a verb of paying, buying or selling in a past form governs the figure as the sum it moved, a few
    words of its object between ("paid Iran about", "bought some", "a payé"); not as a price ("bought equipment
    for": goods bought for a price stay contracted), nor with the agent of a passive payment between ("was paid
    for by a $300 million loan" is the loan); and the sentence's verb does not look ahead."""
    before = f.texts["plain_before"]
    verb = shaped_cue(f.language, "transacted", "governs").search(before)
    if verb is None or f.when is True or shaped_cue(f.language, "price_for", "ends").search(before, verb.start()):
        return False
    return shaped_cue(f.language, "paid_through", "in").search(before, verb.start()) is None


def _committed_after(f: _Figure) -> bool:
    """Whether a participle of approving, allocating or pledging follows the figure, with at most two words and
    no figure, punctuation or "of" between ("the $4.4 billion originally approved", "$98 billion was allocated",
    "the $800 million Congress approved", "R$ 27 bilhões aprovados"; not "$1.3 billion of the promised credit",
    whose participle is the credit's)."""
    return _participle_after(f.language).match(f.texts["after"]) is not None


@cache
def _participle_after(language: str) -> re.Pattern:
    participle = shaped_cue(language, "committed_participle", "in").pattern
    of = shaped_cue(language, "of", "in").pattern
    return re.compile(rf"\s*(?:(?!{of})[^\W\d]+\s+){{0,2}}?{participle}")


# how far after the figure the rest of its sentence is read ("..., which the board has yet to approve")
_REST_REACH = 160


def _pending_decision(f: _Figure) -> bool:
    """Whether the rest of the figure's sentence says a decision on it is still pending ("a further $80 million, which
    Taipei has yet to approve", "remains under discussion", "que aún no han sido aprobados", "qui sera examiné"):
    in the figure's own statement (up to a semicolon or ", and"), or in the one clause after a semicolon that names
    the request again ("; the bank has not yet reviewed the application")."""
    pending = shaped_cue(f.language, "pending_decision", "in")
    clauses = f.texts["rest"].split(";", 2)  # a clause after a semicolon speaks of it only if it names it again
    if pending.search(f.cues.conjunct.split(clauses[0])[0]):
        return True
    return len(clauses) > 1 and bool(
        pending.search(clauses[1]) and shaped_cue(f.language, "request_again", "in").search(clauses[1])
    )


# how far before the figure a rank among sources is looked for ("the largest source of FDI in the year, at")
_RANK_REACH = 100


def _ranked_source(f: _Figure) -> bool:
    """Whether the figure is what a source, donor, investor or partner is ranked by: a rank word with its holder a
    few words on, or a word that follows the one ranked first, then a link that governs the figure ("Saudi Arabia
    remained the largest source, with", "the fourth-largest source of FDI at", "followed by the UAE at", "followed by
    Japan (", "el mayor inversor, con", "le premier bailleur avec"), no verb of giving between ("the largest donor,
    committed" is a pledge) and the sentence's verb not ahead."""
    if f.when is True:
        return False
    near = f.texts["before"][-_RANK_REACH:]
    rank = max(_rank_pattern(f.language).finditer(near), key=lambda m: m.end(), default=None)
    if rank is None:
        return False
    tail = near[rank.end() :]
    if shaped_cue(f.language, "giving", "in").search(tail):
        return False
    return tail.rstrip().endswith("(") or shaped_cue(f.language, "rank_link", "governs").search(tail) is not None


@cache
def _rank_pattern(language: str) -> re.Pattern:
    rank = shaped_cue(language, "source_rank", "in").pattern
    holder = shaped_cue(language, "rank_holder", "in").pattern
    follow = shaped_cue(language, "rank_follow", "in").pattern
    return re.compile(rf"(?:{rank})(?:\s+[^\s,;.:\d]+){{0,2}}?\s+(?:{holder})|(?:{follow})")


_TESTS: dict[str, Callable[..., bool]] = {
    "ranked_source": _ranked_source,
    "reached_in": lambda x: _reached_in(x.texts["before"], x.texts["after"], x.cues),
    "goal": lambda x: _is_goal(x.texts["before"], x.cues),
    "reported_verb": _reported_verb,
    "given_total": _given_total,
    "reported_level": lambda x: _reported_level(x.texts["before"], x.texts["after"], x.cues),
    "change_base": lambda f: _change_base(f.texts["before"], f.gap, f.cues),
    "raises_given_money": lambda f: _raises_given_money(f.near[0], f.near[1], f.cues),
    "past_period": _past_period,
    "dated_before_a_goal": _dated_before_a_goal,
    "discussed_with": _discussed_with,
    "wanted_by_year": lambda x: _wanted_by_year(x.texts["before"], x.texts["after"], x.cues),
    "before_now": lambda f: f.when is not True,
    "paid_before_now": _paid_before_now,
    "committed_after": _committed_after,
    "pending_decision": _pending_decision,
    "puts_in": lambda x: puts_in(x.texts["before"], x.texts["after"], x.cues.language) is not None,
}


def _balance_step(f: _Figure, kind: str, subject: str) -> tuple[str, str]:
    return _balance_or_budget(f.context, f.near, (kind, subject, f.when), f.language, f.cues)


_STEPS: dict[str, Callable[[_Figure, str, str], tuple[str, str]]] = {
    "outlay_or_gain": lambda f, k, s: (
        _outlay_or_gain(f.texts["before"], f.texts["after"], (k, s, f.unstated), f.cues),
        s,
    ),
    "period_total": lambda f, k, s: (period_total(f.texts["before"], f.texts["after"], k, f.cues), s),
    "endowed_or_due": lambda f, k, s: (endowed_or_due(f.texts["plain_before"], f.texts["after"], k, f.cues), s),
    "goods_bought": lambda f, k, s: (_goods_bought((k, s, f.when), f.texts["before"], f.texts["after"], f.cues), s),
    "balance_or_budget": _balance_step,
    "ahead_kind": lambda f, k, s: (
        ahead_kind((k, s), f.when, (f.texts["before"], f.texts["after"]), f.gap, f.cues),
        s,
    ),
    "operated_debt": lambda f, k, s: (_operated_debt(*f.near, (k, f.when), f.cues), s),
    "disbursed_total": lambda f, k, s: (disbursed_total(f.texts["before"], f.texts["after"], (k, f.when), f.cues), s),
    "estimated_works": lambda f, k, s: (_estimated_works((k, s), f.texts["plain_before"], f.cues), s),
    "mood_kind": lambda f, k, s: (mood_kind((k, s), f.texts["plain_before"], f.cues), s),
    "estimated_loss_or_debt": lambda f, k, s: (estimated_loss_or_debt(f.texts["before"], k, f.cues), s),
}
