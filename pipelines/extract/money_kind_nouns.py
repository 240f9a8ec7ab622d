"""Kinds that the noun or verb right at a monetary amount settles, whatever the rest of its clause says."""

from __future__ import annotations

from pipelines.extract.money_kind_cues import KindCues


def endowed_or_due(before: str, after: str, kind: str, c: KindCues) -> str:
    """The kind a noun or verb right at the figure settles: the capital a fund or a new body is given is
    committed ("a fund of", "whose authorised capital will amount to", "a $250 million fund"); debt falling due
    is neither pledged nor reported ("has to repay", "el vencimiento de")."""
    if c.debt_due.search(before):
        return "other"
    words = c.compound.match(after)["phrase"].split()
    head = (words[-1] if c.head_last else words[0]) if words else ""
    if c.endowment.search(before) or c.endowment_head.fullmatch(head):
        return "commitment"
    return kind
