"""The European Community is a donor, as the Union is, and so are the states its list of givers names after it;
the ecu and the Deutsche mark written after the figure ("600 million ECU", "500 million DM") are read. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def test_the_european_community_gives_aid():
    text = "The European Community has offered 450 million ECU for 1996-98, Canada $90 million, and Norway $40 million."
    found = extract_money(text)
    assert [(m.text, m.currency, m.subject) for m in found] == [
        ("450 million ECU", "XEU", "aid"),
        ("$90 million", "USD", "aid"),
        ("$40 million", "USD", "aid"),
    ]


@pytest.mark.parametrize(
    ("text", "figure", "currency"),
    [
        ("Bonn will pay 12 billion DM toward the cost of the troops' return.", "12 billion DM", "DEM"),
        ("The fund was given 300 million ecu in its first year.", "300 million ecu", "XEU"),
    ],
)
def test_era_units_after_the_figure_are_read(text, figure, currency):
    assert [(m.text, m.currency) for m in extract_money(text)] == [(figure, currency)]
