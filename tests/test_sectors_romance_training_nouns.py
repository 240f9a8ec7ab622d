"""Training written as a noun before its trainees in Spanish, French or Portuguese is education ("la formation des
imams", "la formación de diplomáticos", "a formação de 300 enfermeiros"); the noun in another sense is not ("la
formation du gouvernement"). Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Les deux pays ont convenu de renforcer leur coopération dans la formation des imams.", "fr"),
        ("La France financera la formation de 500 enseignants tchadiens.", "fr"),
        ("Le Japon appuiera la formation d'ingénieurs congolais à Kinshasa.", "fr"),
        ("El acuerdo incluye la formación de diplomáticos hondureños en Madrid.", "es"),
        ("Cuba apoyará la capacitación de los médicos bolivianos en cirugía.", "es"),
        ("O programa prevê a formação de 300 enfermeiros angolanos no Brasil.", "pt"),
        ("Portugal vai apoiar a formação dos jornalistas timorenses.", "pt"),
    ],
)
def test_a_training_noun_before_its_trainees_is_education(text, language):
    assert "education" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Les deux pays ont salué la formation du gouvernement d'union nationale.", "fr"),
        ("La formación de un nuevo bloque comercial fue discutida por ambos países.", "es"),
    ],
)
def test_the_noun_in_another_sense_is_not(text, language):
    assert "education" not in sectors_of(text, language)
