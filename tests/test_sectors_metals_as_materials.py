"""A metal that is the material of a thing made of it ("gold medals", "a gold sale" of a fund's bullion, "copper
cables", "lithium-ion batteries", "médailles d'or", "copas de oro") is no mining; the metal mined, traded or found
("a gold mine", "copper exports", "lithium deposits", "mina de oro", "exportações de cobre") still is. Every sentence
was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya's athletes brought home 11 gold medals from the Commonwealth Games in Birmingham.", "en"),
        ("The museum in Lima will lend two gold masks and a silver vase to the Prado for a show in Madrid.", "en"),
        ("Ghana's central bank is weighing a gold sale to shore up its reserves, the governor said on Monday.", "en"),
        ("Pakistan and Turkey signed a deal to produce copper cables for the Karachi grid by 2026.", "en"),
        ("Hungary's exports of lithium-ion batteries to Germany doubled last year, the two ministers said.", "en"),
        ("El Perú prestará al Louvre tres copas de oro para una exposición en París.", "es"),
        ("Le Maroc a remporté deux médailles d'or aux Jeux africains d'Accra.", "fr"),
        ("Moçambique conquistou uma medalha de ouro nos Jogos da Lusofonia, em Goa.", "pt"),
    ],
)
def test_a_metal_as_a_material_is_no_mining(text: str, language: str) -> None:
    assert "mining" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Barrick and the Malian state agreed to reopen the Loulo gold mine in the first quarter.", "en"),
        ("Zambia's copper exports to China rose to $4 billion last year, the two governments said.", "en"),
        ("Chile and Germany signed a memorandum on lithium and green hydrogen in Santiago.", "en"),
        ("Argentina and India agreed to explore lithium deposits in Catamarca.", "en"),
        ("Perú y Canadá firmaron un acuerdo para reabrir la mina de oro de Yanacocha.", "es"),
        ("As exportações de cobre da Zâmbia para a China cresceram 20% em 2024, disseram os dois governos.", "pt"),
    ],
)
def test_a_metal_mined_or_traded_is_mining(text: str, language: str) -> None:
    assert "mining" in sectors_of(text, language)
