"""Programmes that feed or shelter people in need name humanitarian work without its word: the oil-for-food
programme under sanctions, Food for Peace shipments, reception centres for migrants (centros de acogida, centres
d'accueil, centros de acolhimento). Every sentence was written for these tests, with names and places from every
region."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The UN proposed doubling the oil Iraq may sell under the oil-for-food programme to $5 billion.", "en"),
        ("Washington shipped Food for Peace commodities to Haiti worth $92 million last year.", "en"),
        ("Serbia has received EUR 28 million from the EU for migrant reception centres since 2015.", "en"),
        ("La ONU amplió el programa petróleo por alimentos para Irak con 2.000 millones más.", "es"),
        ("Grecia y la UE acordaron abrir dos centros de acogida en Lesbos con 30 millones de euros.", "es"),
        ("L'Italie et la Tunisie financeront deux centres d'accueil pour les migrants à Sfax.", "fr"),
        ("Portugal e Cabo Verde vão apoiar os centros de acolhimento de refugiados em Lisboa.", "pt"),
    ],
)
def test_programmes_that_feed_or_shelter_are_humanitarian(text: str, language: str) -> None:
    assert "humanitarian" in sectors_of(text, language)
