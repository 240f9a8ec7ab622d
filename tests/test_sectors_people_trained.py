"""People trained, said after them in a passive or a participle ("engineers would be trained in Shanghai", "1,200 staff
trained so far", "técnicos capacitados"), are education; a force's people trained are the force's drills, no schooling.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("He added that the utility's engineers would be trained in Busan under the agreement.", "en"),
        ("The contractor says 1,200 Tanzanian staff trained so far, with a target of 3,000 by 2026.", "en"),
        ("The two sides agreed that 300 nurses will be retrained in Cuba next year.", "en"),
        ("El acuerdo prevé que 500 técnicos bolivianos sean capacitados en Brasil.", "es"),
        ("Segundo o acordo, 200 professores serão treinados em Lisboa no próximo ano.", "pt"),
    ],
)
def test_people_trained_are_education(text, language):
    assert "education" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("U.S. Special Forces have trained Colombian troops guarding the pipeline since last year.", "en"),
        ("Os soldados moçambicanos foram treinados pelo exército ruandês, segundo o acordo.", "pt"),
    ],
)
def test_a_force_trained_is_no_schooling(text, language):
    assert "education" not in sectors_of(text, language)
