"""Works that money pays for ("the credit will pay for feeder roads") and water networks and systems that are built
or upgraded are construction, so infrastructure. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The credit will pay for feeder roads and a new bus depot in the eastern districts.", "en"),
        ("The emirate signed a loan to upgrade water networks in three southern towns.", "en"),
        ("The fund lent $30 million for the rehabilitation of the Kandy water supply system.", "en"),
        ("El crédito servirá para ampliar las redes de agua potable de Cochabamba.", "es"),
    ],
)
def test_works_expanded_paid_for_or_upgraded_are_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        # water named without works is no construction
        "The two ministers discussed water sharing on the Indus and the trade potential of the river.",
        "The firm paid for the shipment of grain in advance, the trade ministry said.",
    ],
)
def test_water_without_works_and_goods_paid_for_are_no_infrastructure(text: str) -> None:
    assert "infrastructure" not in sectors_of(text)
