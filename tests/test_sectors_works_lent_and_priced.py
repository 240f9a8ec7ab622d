"""A route or works named only by its works, with money lent, granted or set aside for them or their value stated
after them ("a grant for the Kaladan road", "the railway, a project worth $2.9 billion", "empréstimo para o porto"), a
phase or a stretch of them, a tunnel and homes built or paid for, are infrastructure; a route in use is transport only.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("India will provide a grant of $50 million for the Kaladan road in Myanmar's Chin state.", "en"),
        ("The tunnel under the Bosphorus, built by a Turkish-Korean consortium, opened to traffic on Tuesday.", "en"),
        ("Japan will lend Sri Lanka 40 billion yen for the second phase of the Colombo port's east terminal.", "en"),
        ("Saudi Arabia agreed to fund 5,000 new homes for families in Gaza, the Palestinian minister said.", "en"),
        ("The second phase of the Hambantota port, estimated at 800 million dollars, is due to open in 2015.", "en"),
        ("The Millennium Challenge Corporation compact includes $300 million for the Dakar-Saint Louis highway.", "en"),
        (
            "Serbia thanked China for its support for the Budapest-Belgrade railway, a project worth $2.9 billion.",
            "en",
        ),
        ("China financiará el tramo norte del tren entre Santiago y Valparaíso, un proyecto de 2.400 millones.", "es"),
        ("O acordo prevê um empréstimo de 500 milhões de dólares para o porto do Lobito.", "pt"),
    ],
)
def test_works_lent_priced_or_in_stages_are_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The railway carried 2.1 million tonnes of cargo between the two countries last year.",
        "Airlines resumed direct flights between Delhi and Kabul, the two countries said.",
        "The ADB approved a $100 million grant-and-loan package for vaccines and hospital equipment.",
    ],
)
def test_a_route_in_use_or_equipment_is_no_works(text: str) -> None:
    assert "infrastructure" not in sectors_of(text)
