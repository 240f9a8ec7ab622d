"""Compound phrases whose cue word names another thing: an export loan is credit (finance), not trade; an investment
budget is a budget's spending line; a submarine cable is no warship; mines cleared are weapons, not mining; and a
sector written small before an office ("the finance ministry said") is the name of a body. Every sentence was
written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, absent, present",
    [
        ("The frigates were paid for from a state export loan of $300 million signed in 2019.", "trade", "finance"),
        ("The two banks agreed to expand export credits for the purchase of turbines.", "trade", "finance"),
        ("The city will cover the rest from its 2025 investment budget, worth $40 million.", "investment", None),
        ("The EU will pay $50 million for a submarine electricity cable linking the islands.", "defence", "energy"),
        ("The two countries agreed to lay a submarine internet cable between their ports.", "defence", None),
        ("The sappers will work together to clear mines along the border under the agreement.", "mining", None),
        ("The deal provides $10 million to remove anti-personnel mines from farmland.", "mining", None),
        ("Spending on weapons rose to $9 billion this year, according to the finance ministry.", "finance", "defence"),
        ("The two countries' energy ministers discussed the war, the health secretary said.", "energy", None),
    ],
)
def test_a_phrase_of_another_thing_is_not_the_cue_s_sector(text, absent, present):
    found = sectors_of(text)
    assert absent not in found
    assert present is None or present in found


@pytest.mark.parametrize(
    "text, sector",
    [
        ("The two navies agreed to buy a new submarine and two frigates.", "defence"),
        ("The two countries agreed to develop copper mines in the north.", "mining"),
        ("Both sides agreed to double trade, the trade minister said, and to cut tariffs.", "trade"),
    ],
)
def test_the_cue_alone_still_counts(text, sector):
    assert sector in sectors_of(text)
