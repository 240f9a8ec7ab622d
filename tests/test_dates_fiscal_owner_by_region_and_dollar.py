"""Whose fiscal year a story counts when it names no state: a province or a state of a federation (`Stamford, Conn.`,
`Ontario`, `Maharashtra`), a market place only one state has (`Wall Street`), else figures written with a bare `$`,
an American business wire's; the corpus's fallback only when none of these is there (sentences written for these
tests, in the style of wires and business dailies)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(1990, 2, 14)


def fiscal_spans(text: str, fallback: str = "PAK") -> list[tuple[str, str]]:
    return [
        (d.date_start.isoformat(), d.date_end.isoformat())
        for d in extract_dates(text, PUB, fallback_fiscal_calendar=fallback)
        if "fiscal" in d.text.casefold() or "FY" in d.text
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's town and its state, as American wires write them
        (
            "Net income for fiscal 1990 should rise 8%, the Stamford, Conn., office-equipment maker said.",
            [("1989-10-01", "1990-09-30")],
        ),
        (
            "The Armonk, N.Y., computer company expects fiscal 1991 revenue to grow slowly.",
            [("1990-10-01", "1991-09-30")],
        ),
        (
            "The Cincinnati, Ohio, soap maker said fiscal 1990 sales would top forecasts.",
            [("1989-10-01", "1990-09-30")],
        ),
        ("Wall Street analysts cut their estimates for fiscal 1990 after the report.", [("1989-10-01", "1990-09-30")]),
        # figures in bare dollars and cents with no place at all
        (
            "Profit in fiscal 1989 rose to $4.2 million, or 31 cents a share, from $3.1 million.",
            [("1988-10-01", "1989-09-30")],
        ),
        # provinces of states with other calendars
        ("Ontario's deficit for fiscal 1990-91 will reach 3 billion, it said.", [("1990-04-01", "1991-03-31")]),
        ("Maharashtra plans to raise spending on roads in FY1990-91.", [("1990-04-01", "1991-03-31")]),
        ("The Sindh cabinet approved the budget for fiscal year 1990-91.", [("1990-07-01", "1991-06-30")]),
    ],
)
def test_a_story_that_names_no_state_counts_in_its_regions_or_its_dollars_state(text, expected):
    assert fiscal_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named wins over the dollar it counts in
        ("Pakistan's exports rose to $4.5 billion in fiscal 1989.", [("1988-07-01", "1989-06-30")]),
        # another state's dollar, no United States
        ("Earnings for fiscal 1990 reached A$12 million, the group said.", [("1989-07-01", "1990-06-30")]),
        ("The group expects HK$40 million in fiscal 1990-91.", [("1990-04-01", "1991-03-31")]),
        # no state, no region, no dollar: the corpus's fallback
        ("The board approved the budget for fiscal 1990 on Monday.", [("1989-07-01", "1990-06-30")]),
        # `Georgia` is a state of its own, counting in calendar years
        ("Georgia's budget for fiscal 1990 passed, said the minister in Tbilisi.", [("1990-01-01", "1990-12-31")]),
    ],
)
def test_a_named_state_another_dollar_or_nothing_keeps_its_calendar(text, expected):
    assert fiscal_spans(text) == expected
