"""The kind that the tense of a monetary amount's governing verb settles (`date_tense` reads it): a figure
put ahead is no level reported."""

from __future__ import annotations

from pipelines.extract.date_tense import cue
from pipelines.extract.money_kind_cues import KindCues

# Money given, or works to be paid for, put ahead is pledged; trade put ahead is a goal to reach; a forecast of
# anything else (reserves, a deficit, an economy's gain) is other.
_PLEDGED = ("loan", "aid", "investment", "project")


def ahead_kind(found: tuple[str, str], ahead: bool | None, near: tuple[str, str], gap: str, c: KindCues) -> str:
    """The kind of a figure whose governing verb speaks of the future (`ahead`: "will pour", "is expected in
    June", `vai retomar`): a level a verb reports ("increased to", "trade ... will pass") is reported only in
    the past; ahead it is a pledge, a goal or a forecast by its subject. A figure dated in a past period
    ("against $5 billion last year") or the level a change starts from ("from $10 billion to $20 billion")
    stays reported. `near` is the clause before and after the figure, in lower case, `gap` the text up to the
    next figure."""
    kind, subject = found
    if kind != "actual" or ahead is not True:
        return kind
    before, after = c.conjunct.split(near[0])[-1], near[1]  # ", and officials hope it will pass": its own clause
    present = max(c.present.finditer(before), key=lambda m: m.end(), default=None)
    if present is not None and not cue("future").search(before, present.end()):
        return kind  # "trade, which is currently around $2 billion": the verb nearest the figure reports it
    dated = c.period.match(after) or c.past_time.match(after) or c.period_before.search(before)
    if dated or c.comparison.search(before) or c.goal_to.fullmatch(gap.lstrip()):
        return kind
    return "target" if subject == "trade" else "commitment" if subject in _PLEDGED else "other"
