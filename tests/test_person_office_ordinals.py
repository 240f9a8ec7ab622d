"""An ordinal that ranks an office ('First Deputy Prime Minister', 'Second Deputy Prime Minister') is no person's
name when a list of offices cuts it off its office. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The delegation included First Deputy Prime Minister, Minister of Finance Jamshid Kuchkarov and Foreign "
            "Minister Bakhtiyor Saidov.",
            {"Jamshid Kuchkarov", "Bakhtiyor Saidov"},
        ),
        (
            "Kazakhstan was represented by First Deputy Prime Minister, Minister of Finance Roman Sklyar and Trade "
            "Minister Serik Zhumangarin.",
            {"Roman Sklyar", "Serik Zhumangarin"},
        ),
        (
            "The talks were attended by Prince Khalid bin Salman, Crown Prince, Second Deputy Prime Minister and "
            "Minister of Defense, and Minister of Energy Abdulaziz bin Salman.",
            {"Khalid bin Salman", "Abdulaziz bin Salman"},
        ),
    ],
)
def test_an_office_ordinal_alone_is_no_name(text, names):
    assert persons(text) == names
