"""Investment named without its own word: a sum spent, earmarked or committed on a plant that makes goods, a sum set
before such a plant, or the plant's value after it, is capital invested in it. A power, water or waste plant is works,
money lent for a plant is finance, and tonnes are no sum. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Tata Steel will spend $900 million over four years on a new rolling mill at Kalinganagar.", "en"),
        ("Hyundai Motor has earmarked 2.3 trillion won for an electric-vehicle plant near Ulsan, Seoul said.", "en"),
        ("Dangote Group committed a further N150bn to its Lekki refinery during the governor's tour.", "en"),
        ("Olam opened a $120 million cocoa-grinding plant at Tema on Thursday, Accra said.", "en"),
        ("Vale said the nickel smelter, costing about US$1.6 billion, would pour its first metal in 2027.", "en"),
        ("La surcoreana Posco destinará 450 millones de dólares a una planta de acero inoxidable en Sonora.", "es"),
        ("Le constructeur va consacrer 1 milliard d'euros à son usine de Melloussa, près de Tanger.", "fr"),
        ("A montadora vai aplicar R$ 3 bilhões na fábrica de Betim até 2028.", "pt"),
    ],
)
def test_a_sum_spent_on_or_priced_for_a_plant_is_investment(text: str, language: str) -> None:
    assert "investment" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The province will spend $400 million on a new power plant in Mindanao, the governor said.",
        "The desalination plant near Ras Al Khair, costing $650 million, opened in March.",
        "The second phase of the Irbid wastewater plant is estimated at $110 million.",
        "The group spent $2 million on advertising before the plant opened in Kisumu.",
        "A two-million-tonne cement plant opened near Dire Dawa last week.",
        "A soft loan of Tk 1,400 crore for a urea factory in Sylhet is almost agreed, officials said.",
        "Workers at the Ulsan plant earn about $3,000 a month, the union said.",
    ],
)
def test_a_utility_plant_money_lent_or_no_sum_is_no_investment(text: str) -> None:
    assert "investment" not in sectors_of(text)
