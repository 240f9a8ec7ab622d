"""A factory named a plant of energy, water or waste by what it treats or makes ("l'usine de dessalement", "a fábrica de
gás natural liquefeito", "the water treatment factory") is a utility, no manufacturing; a factory of goods stays
industry. Battery of own sentences, every region, en/es/fr/pt."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, language=language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'AFD financera une usine de dessalement à Agadir pour 120 millions d'euros.", "fr"),
        ("Le prêt permettra de construire la deuxième usine de traitement d'eau de Bamako.", "fr"),
        ("La Chine financera une usine d'épuration à Nouakchott, selon le ministre.", "fr"),
        ("Total et Sonatrach vont agrandir l'usine de liquéfaction de gaz d'Arzew.", "fr"),
        ("A Eni e a ENH assinaram acordo para uma fábrica de gás natural liquefeito em Cabo Delgado.", "pt"),
        ("O Japão vai financiar a fábrica de tratamento de água de Luanda com 80 milhões de dólares.", "pt"),
        ("El BID prestará 60 millones para una fábrica de tratamiento de aguas en Asunción.", "es"),
        ("Korea will fund a water treatment factory in Ulaanbaatar worth $45 million.", "en"),
    ],
)
def test_a_factory_named_a_utility_is_no_industry(text, language):
    assert "industry" not in _sectors(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Renault ouvrira une usine de montage à Oran avec un investissement de 200 millions d'euros.", "fr"),
        ("Le groupe turc construira une usine textile à Hawassa, a annoncé le ministre éthiopien.", "fr"),
        ("A Embraer e a chinesa Harbin vão ampliar a fábrica de aviões em Harbin.", "pt"),
        ("La fábrica de cemento de Oruro, construida con crédito chino, producirá un millón de toneladas.", "es"),
        ("Hyundai will build a car factory in Chennai worth $1 billion, the two sides said.", "en"),
        ("Vietnam and Korea agreed to open a garment factory in Bac Ninh next year.", "en"),
    ],
)
def test_a_factory_of_goods_stays_industry(text, language):
    assert "industry" in _sectors(text, language)
