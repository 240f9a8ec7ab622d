"""An energy link that is built, finished or paid for (an interconnection, an interconnector, a pipeline, a high-voltage
line) is works, so infrastructure as well as energy, like a transmission line; gas flowing through one is energy only.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two grid operators signed a contract to build a 300-kilometre electricity interconnection.", "en"),
        ("The bank approved a loan for the Kenya-Tanzania power interconnector.", "en"),
        ("Contractors completed the Baku-Tbilisi gas pipeline last year.", "en"),
        ("The utility will build a second high-voltage line to the border.", "en"),
        ("El banco financiará el nuevo gasoducto hasta la frontera.", "es"),
    ],
)
def test_a_built_energy_link_is_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Gas flows through the pipeline resumed on Monday, the operator said.",
        # who built a link long ago is no works now
        "For years the Soviet-built pipeline to Russia was the country's only outlet for gas.",
    ],
)
def test_a_link_in_use_is_energy_only(text: str) -> None:
    assert "infrastructure" not in sectors_of(text)
