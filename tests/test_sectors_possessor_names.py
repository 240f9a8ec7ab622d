"""A capitalised cue word that owns something ("Labor's election win", "Defence's budget office") is a party's or a
body's name, not a field of work written in capitals; a field in capitals without a possessive still counts. Every
sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, sector",
    [
        ("The minister, on his first visit to Suva since Labour's election win, also met the President.", "labour"),
        ("The envoy visited Wellington a week after Labor's victory and met the Prime Minister.", "labour"),
        ("The two ministers discussed Defence's new procurement rules at the talks.", "defence"),
        ("The delegation praised Tourism's share of the budget during the visit on Monday.", "tourism"),
    ],
)
def test_a_possessor_in_capitals_is_a_name(text, sector):
    assert sector not in sectors_of(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        ("The two sides agreed to cooperate in Agriculture and Fisheries.", "agriculture"),
        ("The memorandum covers Humanitarian Assistance and Disaster Relief.", "humanitarian"),
    ],
)
def test_a_field_in_capitals_still_counts(text, sector):
    assert sector in sectors_of(text)
