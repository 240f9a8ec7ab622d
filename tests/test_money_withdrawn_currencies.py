"""Currencies of older wires (marks, guilders, the Ecu, francs and pesetas before the euro) and dollars of the
Pacific written with a letter ($A, SI$, T$). Every sentence was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _money(text: str) -> list[tuple[str, float, str]]:
    return [(m.text, m.amount, m.currency) for m in extract_money(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bonn offered Warsaw three billion marks in export credits, a spokesman said.",
            [("three billion marks", 3e9, "DEM")],
        ),
        ("The utility lost 1.2 billion Deutsche marks last year.", [("1.2 billion Deutsche marks", 1.2e9, "DEM")]),
        ("The carmaker raised DM 450 million from the share sale.", [("DM 450 million", 4.5e8, "DEM")]),
        ("The airline owes its banks 700 million guilders.", [("700 million guilders", 7e8, "NLG")]),
        ("Brussels set aside Ecu120m for the programme.", [("Ecu120m", 1.2e8, "XEU")]),
        ("Paris lent 4 billion French francs to Algiers.", [("4 billion French francs", 4e9, "FRF")]),
        ("Madrid budgeted 90 billion pesetas for the railway.", [("90 billion pesetas", 9e10, "ESP")]),
        ("Canberra will give $A14.5 million to Port Moresby.", [("$A14.5 million", 1.45e7, "AUD")]),
        (
            "Taipei paid SI$ 3 million to the fund; Nuku'alofa spent T$ 9 million.",
            [("SI$ 3 million", 3e6, "SBD"), ("T$ 9 million", 9e6, "TOP")],
        ),
        ("The line was built with a 2.1-billion-U.S.-dollar loan.", [("2.1-billion-U.S.-dollar", 2.1e9, "USD")]),
    ],
)
def test_withdrawn_and_lettered_currencies(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The year 2025 marks the fortieth anniversary of the accord.", "Pupils who scored 450 marks were admitted."],
)
def test_marks_after_a_bare_number_are_no_money(text):
    assert _money(text) == []
