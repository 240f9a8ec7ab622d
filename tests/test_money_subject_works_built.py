"""The value put on works a verb says are being built, or that link grids and coasts (cables, interconnectors),
is the project's; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A Turkish contractor is building a fertiliser complex near Mary worth $1.1 billion.", "en"),
        ("The Baltic interconnector, estimated at €680 million, will open in 2028.", "en"),
        ("Tonga switched on the US$45 million Pacific Fibre Cable on Friday.", "en"),
        ("La interconexión con Bolivia, estimada en 400 millones de dólares, entrará en servicio en 2027.", "es"),
    ],
)
def test_money_value_of_works_built_or_linking_is_project(text, language):
    assert _subjects(text, language)[0] == "project"


def test_money_a_loan_for_a_cable_stays_a_loan():
    assert _subjects("The bank approved a $60 million loan for a submarine fibre cable to Palau.")[0] == "loan"
