"""One fact per figure in an article: a figure restated in another currency, or repeated (in a headline, in a
later paragraph), is classified as the mention that says most about it."""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract.records import MonetaryAmount
from pipelines.extract.spans import line_around, sentence_around


def repeats_share_kind_and_subject(text: str, amounts: list[MonetaryAmount]) -> list[MonetaryAmount]:
    """One figure repeated in an article is one fact: a mention in a headline ("Lender backs tram line with
    $45 million") takes the kind and subject the body gives the same figure, where the body gives one, and a
    mention without a kind or a subject takes those of the other mentions."""
    body: dict[tuple, MonetaryAmount] = {}
    for amount in amounts:
        if not _on_headline_line(text, amount):
            body.setdefault((amount.amount, amount.amount_max, amount.currency), amount)
    known: dict[str, dict[tuple, str]] = {"kind": {}, "subject": {}}
    restated = []
    for amount in amounts:
        key = (amount.amount, amount.amount_max, amount.currency)
        if key in body and _on_headline_line(text, amount):
            # what the body says of the figure, where it says anything ("$30 billion trade deals" keeps its trade)
            said = {f: getattr(body[key], f) for f in ("kind", "subject") if getattr(body[key], f) != "other"}
            amount = dataclasses.replace(amount, **said, year=body[key].year if "kind" in said else amount.year)
        restated.append(amount)
        for field, values in known.items():
            if getattr(amount, field) != "other":
                values.setdefault(key, getattr(amount, field))
    shared = []
    for amount in restated:
        key = (amount.amount, amount.amount_max, amount.currency)
        changes = {f: v[key] for f, v in known.items() if getattr(amount, f) == "other" and key in v}
        shared.append(dataclasses.replace(amount, **changes) if changes else amount)
    return shared


def rounded_headline_repeats_dropped(text: str, amounts: list[MonetaryAmount]) -> list[MonetaryAmount]:
    """ "Canberra lifts aid to A$605m" over "will provide A$605.3 million": a headline figure that is a body
    figure in the same currency rounded to the digits the headline writes is that figure said again, one fact
    with the body's; a headline figure the body states exactly, or that rounds none, stays."""
    on_headline = [_on_headline_line(text, a) for a in amounts]  # each line read once
    body = [a for a, headline in zip(amounts, on_headline, strict=True) if a.amount_max is None and not headline]
    exact = {(a.amount, a.currency) for a in body}
    kept = []
    for amount, headline in zip(amounts, on_headline, strict=True):
        unit = _written_unit(amount)
        if (
            headline
            and unit is not None
            and amount.amount_max is None
            and (amount.amount, amount.currency) not in exact
            and any(b.currency == amount.currency and abs(b.amount - amount.amount) <= unit / 2 for b in body)
        ):
            continue
        kept.append(amount)
    return kept


def _written_unit(amount: MonetaryAmount) -> float | None:
    """The value of the last digit the figure writes: 1 million for "A$605m", 100 million for "$1.5bn"."""
    digits = "".join(_DIGIT.findall(amount.text))
    if not digits or int(digits) == 0:
        return None
    return amount.amount / int(digits)


_DIGIT = re.compile(r"\d")


def _on_headline_line(text: str, amount: MonetaryAmount) -> bool:
    """A line of a few words that no sentence mark ends: a headline, whose figure the body explains."""
    start, end = line_around(text, amount.char_start)
    line = text[start:end].strip()
    return len(line.split()) <= _HEADLINE_WORDS and not line.endswith(_SENTENCE_ENDS)


_HEADLINE_WORDS = 20
_SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "”", "»", ")")


def conversions_follow_their_source(
    text: str, amounts: list[MonetaryAmount], conversion: re.Pattern
) -> list[MonetaryAmount]:
    """`304 billion riyals ($80 billion)`: the bracketed conversion is the same figure, classified alike; so is
    each further conversion in the same brackets (`NZ$400 million (US$318 million; euro201 million)`)."""
    out: list[MonetaryAmount] = []
    converts = False  # the previous amount is itself a conversion
    for amount in amounts:
        gap = text[out[-1].char_end : amount.char_start] if out else ""
        converts = bool(out) and (
            conversion.fullmatch(gap) is not None or (converts and _NEXT_CONVERSION.fullmatch(gap) is not None)
        )
        if converts:
            source = out[-1]
            amount = dataclasses.replace(amount, kind=source.kind, subject=source.subject, year=source.year)
        out.append(amount)
    return out


_NEXT_CONVERSION = re.compile(r"\s*[;,/]\s*")


def comparisons_follow_their_figure(
    text: str, amounts: list[MonetaryAmount], comparison: re.Pattern
) -> list[MonetaryAmount]:
    """ "$179 million for biofuels research, up from $150 million in fiscal 2007": the base of a comparison is
    of what the figure it is compared with is of, in the same sentence; its kind stays its own (a level reported)."""
    out: list[MonetaryAmount] = []
    for amount in amounts:
        gap = text[out[-1].char_end : amount.char_start] if out else ""
        if out and len(gap) <= _COMPARISON_REACH and not _SENTENCE_END.search(gap) and comparison.search(gap):
            amount = dataclasses.replace(amount, subject=out[-1].subject)
        out.append(amount)
    return out


# how far a base of comparison stands from the figure it is compared with, and what ends a sentence between them
_COMPARISON_REACH = 90
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def shares_follow_their_total(
    text: str,
    amounts: list[MonetaryAmount],
    share: re.Pattern,
    words: tuple[re.Pattern, tuple[re.Pattern, re.Pattern]],
    share_of_figure: re.Pattern,
) -> list[MonetaryAmount]:
    """ "Of the total, $500 million will go to the utility", "Germany's portion is €22 billion": a share whose
    own words name no source of money (a subject, or only the works it goes to) is of the subject of the total
    it is part of, the nearest larger figure in the same currency before it. A sentence that opens on the total
    itself ("Of the €70 million pledged since 2014, €41 million has been paid") gives its share that subject.
    A figure its words make a further sum or a part of sums said before it, naming no subject of its own ("a
    further £40 million for rural livelihoods", "the remaining $120 million is due in 2021", "mais 13,6 milhões
    de reais"), is of the nearest figure before it, in the paragraph, that names one. `words` are the share
    words and the further words (before the figure, after it)."""
    share_word, (further_before, further_after) = words
    out: list[MonetaryAmount] = []
    for amount in amounts:
        near = text[max(0, amount.char_start - _SHARE_REACH) : amount.char_start].lower()
        tail = text[amount.char_end : amount.char_end + _SHARE_REACH].lower()
        further = amount.subject == "other" and (
            further_before.search(near) is not None or further_after.match(tail) is not None
        )
        earlier = _earlier_with_subject(text, amount, out) if further else None
        if earlier is not None:
            out.append(dataclasses.replace(amount, subject=earlier.subject))
            continue
        start = sentence_around(text, (amount.char_start, amount.char_end))[0]
        whole = _opening_whole(text, start, amount, out, share_of_figure) if amount.subject == "other" else None
        if whole is not None:
            out.append(dataclasses.replace(amount, subject=whole.subject))
            continue
        opens = amount.subject == "other" and share.match(text, start) is not None
        lead = text[max(start, amount.char_start - _SHARE_REACH) : amount.char_start].lower()
        portion = amount.subject in ("other", "project") and share_word.search(lead) is not None
        if opens or portion:
            totals = (e for e in reversed(out) if e.char_end <= start and e.currency == amount.currency)
            total = next((e for e in totals if e.amount > amount.amount), None)
            amount = dataclasses.replace(amount, subject=total.subject) if total else amount
        out.append(amount)
    return out


def _earlier_with_subject(text: str, amount: MonetaryAmount, before: list[MonetaryAmount]) -> MonetaryAmount | None:
    """The nearest figure before `amount`, within `_FURTHER_REACH` and no paragraph break between, that names a
    subject; else None."""
    for earlier in reversed(before):
        gap = text[earlier.char_end : amount.char_start]
        if len(gap) > _FURTHER_REACH or "\n\n" in gap:
            return None
        if earlier.subject != "other":
            return earlier
    return None


# how far before a further sum the sum it continues may stand
_FURTHER_REACH = 300


def _opening_whole(
    text: str, start: int, amount: MonetaryAmount, before: list[MonetaryAmount], share_of_figure: re.Pattern
) -> MonetaryAmount | None:
    """The larger figure in the amount's currency that the amount's sentence opens on as a whole to take a share
    of ("Of the $1.1 billion approved, ...", "Sur les 50 millions d'euros promis, ..."), the phrase closed by a
    comma before the amount; else None."""
    opening = next((e for e in before if e.char_start >= start), None)
    if opening is None or opening.currency != amount.currency or opening.amount <= amount.amount:
        return None
    if share_of_figure.fullmatch(text, start, opening.char_start) is None:
        return None
    closed = "," in text[opening.char_end : amount.char_start]
    return opening if closed and opening.subject != "other" else None


# how far before a figure a share word is looked for ("the largest portion, ")
_SHARE_REACH = 40
