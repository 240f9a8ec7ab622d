"""A body's organ (its board) is the body's, not an actor of its own (a lender's board aside), on sentences written
for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    found = extract_actors(text, (), None, [], language)
    return {a.name for a in found if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Board of Directors of Kavrana Cement Company approved a $20 million buyback.", set()),
        ("After the Tolvex Holdings Board of Directors met, talks resumed.", set()),
        ("The Board of Governors will meet again in March.", set()),
        ("Le Conseil d'administration de la Société Minière de Kerou a approuvé le dividende.", set()),
    ],
)
def test_an_organ_names_the_body_it_belongs_to_or_none(text, expected):
    """A board of no multilateral lender (test_organizations_lender_boards.py) is no actor of its own."""
    found = organizations(text, "fr" if "Conseil" in text else "en")
    assert expected <= found
    assert not any("Board" in name or "Conseil" in name for name in found)


def test_a_body_whose_own_name_ends_in_board_stays():
    assert "Delvara Electricity Board" in organizations("The Delvara Electricity Board raised tariffs.")
