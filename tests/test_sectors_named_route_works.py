"""A route's works named in capitals by their head ("the Metro Manila Subway", "the Padma Bridge", "the Lowari Tunnel")
are a project, as a named railway or highway is: a loan or a contract for one is work in the works' sector (a subway is
transport, a bridge or a tunnel built is infrastructure). A body named after the works ("Bridge Authority") stays a
body. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "He also announced a JICA loan of ¥40 billion for the Metro Manila Subway.",
        "Japan will lend ¥90 billion for the Jakarta Metro, the embassy said.",
        "The EBRD signed a €100 million loan for the Baku Metro on Friday.",
        "La Banque mondiale financera le Metro Abidjan à hauteur de 300 millions d'euros.",
    ],
)
def test_named_subways_are_transport(text: str) -> None:
    assert "transport" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "China Exim Bank signed a loan of $500 million for the Padma Bridge in Dhaka.",
        "The Korean consortium won the contract for the Lowari Tunnel, worth $220 million.",
    ],
)
def test_named_bridges_and_tunnels_are_infrastructure(text: str) -> None:
    assert "infrastructure" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Padma Bridge Authority said its chairman would retire in June.",
        "Officials met at the Bridge Club in Accra to discuss the budget.",
    ],
)
def test_bodies_named_after_works_are_no_transport(text: str) -> None:
    assert not sectors_of(text) & {"transport", "infrastructure"}
