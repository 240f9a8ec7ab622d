"""Farming named by its adjective of land ("the agrarian sector", "el sector agrario", "o sector agrário", "la
politique agraire") or by watering crops ("the dam will irrigate 100,000 hectares") is agriculture. Every sentence
was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The 900-megawatt project would also irrigate 80,000 hectares in the south, the two sides agreed.", "en"),
        ("Los dos gobiernos acordaron reforzar la cooperación en el sector agrario.", "es"),
        ("A Comissão recomenda que a dotação para o sector agrário, de 9 mil milhões de meticais, seja mantida.", "pt"),
        ("Les deux pays ont signé un accord sur la réforme agraire et le développement rural.", "fr"),
    ],
)
def test_agrarian_words_and_irrigating_are_agriculture(text: str, language: str) -> None:
    assert "agriculture" in sectors_of(text, language)
