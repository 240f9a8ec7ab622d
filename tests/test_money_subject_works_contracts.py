"""A contract to make or develop something is the works' value, whoever signs it; every sentence here was written
for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Siemens a signé avec la compagnie des chemins de fer un contrat de 700 millions d'euros pour la "
            "fabrication de trains à Almaty.",
            "fr",
        ),
        (
            "The state oil firm and a Danish company signed a $450 million contract for the development of a "
            "gas field.",
            "en",
        ),
        (
            "La empresa adjudicó a la firma vasca un contrato de 250 millones de euros para la fabricación "
            "de tranvías.",
            "es",
        ),
    ],
)
def test_a_contract_to_make_or_develop_something_is_the_works(text, language):
    assert _subjects(text, language) == ["project"]


def test_a_contract_for_a_supply_is_not_works():
    assert _subjects("The utility signed a $2 billion contract for the supply of gas.") != ["project"]
