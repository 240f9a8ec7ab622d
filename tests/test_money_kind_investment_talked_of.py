"""Kind of an investment only talked of ("Petrobras e Sonangol discutiram a exploração de dois blocos, com
investimento estimado em US$ 700 milhões", "a évoqué des projets d'investissement de l'ordre de", "discussed a joint
refinery, with investment estimated at"): other, as works only talked of are; an investment announced or pledged, a
wish to invest ("expressed interest in investing up to") or one in a deal signed stays committed. Battery of 12
sentences written for this class (en/es/fr/pt): 6/12 before, 12/12 after. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A Petrobras e a Sonangol discutiram a exploração de dois "
            "blocos, com investimento estimado em US$ 700 milhões.",
            "pt",
        ),
        (
            "As duas estatais discutem ainda a exploração conjunta de "
            "um campo, com investimentos estimados em US$ 1 bilhão.",
            "pt",
        ),
        (
            "La délégation a évoqué des projets d'investissement de "
            "l'ordre de 200 milliards de francs CFA dans l'énergie.",
            "fr",
        ),
        ("The two ministers discussed a joint refinery, with investment estimated at $2 billion.", "en"),
        ("Officials discussed investments of about $500 million in a new container terminal.", "en"),
        ("Ambos ministros discutieron inversiones por unos 300 millones de dólares en minería.", "es"),
        ("Las dos empresas analizan una inversión estimada en 400 millones de dólares en una planta de litio.", "es"),
    ],
)
def test_an_investment_only_talked_of_is_other(text, language):
    assert _kinds(text, language) == ["other"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A montadora anunciou uma nova fábrica na Bahia, com investimento estimado em US$ 300 milhões.", "pt"),
        ("The Turkish group will build a glass factory near Oran, an investment estimated at $120 million.", "en"),
        ("After the talks, the company said it will invest $300 million in the plant.", "en"),
        ("The two sides discussed the deal and signed agreements on investment worth $1 billion.", "en"),
        ("UAE companies had also expressed interest in investing up to AED 10 billion in data centres.", "en"),
    ],
)
def test_an_investment_announced_wished_or_signed_stays_committed(text, language):
    assert _kinds(text, language) == ["commitment"]
