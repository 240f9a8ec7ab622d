"""Cue words in another sense: a club of rich states ("the industrial nations"), a figure of speech ("a flood of
imports"), a shipment sold ("its first cargo", "700 cargoes"), and a deposit in the ground written in the
singular. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Leaders of the seven big industrial democracies agreed on Sunday to raise aid by $20 billion.", "industry"),
        ("Finance ministers of the industrialized nations met in Bonn to discuss the debt of poor states.", "industry"),
        ("Brussels opened an inquiry into a flood of cheap shoe imports from Vietnam, officials said.", "humanitarian"),
        ("Oman sold its first cargo to Korea in 2000 and has since delivered 400 cargoes to two buyers.", "transport"),
        ("The two firms signed a deal to develop the Oyu coal deposit, worth $2 billion.", "finance"),
    ],
)
def test_a_cue_word_in_another_sense_is_not_its_sector(text: str, absent: str) -> None:
    assert absent not in sectors_of(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        ("The two countries agreed to expand industrial cooperation and build a car plant.", "industry"),
        ("Kazakhstan and Russia agreed to double cargo traffic on the railway by 2030.", "transport"),
        ("The bank agreed to accept a $1 billion deposit from the Saudi government.", "finance"),
        ("The two firms signed a deal to develop the Oyu coal deposit, worth $2 billion.", "mining"),
    ],
)
def test_the_cue_in_its_own_sense_still_counts(text: str, sector: str) -> None:
    assert sector in sectors_of(text)
