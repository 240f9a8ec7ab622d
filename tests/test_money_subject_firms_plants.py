"""A plant or a factory making goods that the figure measures ("a $150 million chip plant", "a further €90 million
for its Győr plant") is a firm's money invested: subject investment, whatever verb of building names it; a
utility's plant (power, gas-fired, desalination, water treatment) stays works. Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A Korean electronics maker will build a $150 million chip plant near Hanoi.", "en"),
        ("The carmaker confirmed a further €90 million for its Győr plant over 2025-27.", "en"),
        ("The two partners will spend another 2.4 billion rubles on the engine plant they share in Kazan.", "en"),
        ("Among the deals, a Turkish textile group will build a $35 million spinning mill in Bukhara.", "en"),
        ("Their $1.9bn joint plant in Cilegon will roll its first coil next year.", "en"),
        ("Honda destinará 300 millones de dólares para su planta de Celaya.", "es"),
        ("A Embraer vai aplicar R$ 800 milhões na fábrica de Harbin até 2027.", "pt"),
    ],
)
def test_a_firms_plant_is_an_investment(text, language):
    assert _subjects(text, language) == ["investment"]


@pytest.mark.parametrize(
    "text",
    [
        "The utility will build a $700 million gas-fired power plant at Aqaba.",
        "The city will spend $90 million on a desalination plant by the port.",
    ],
)
def test_a_utilitys_plant_stays_works(text):
    assert _subjects(text) == ["project"]
