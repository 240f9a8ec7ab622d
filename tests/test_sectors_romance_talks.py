"""Talks held on a field in Spanish, French and Portuguese are activity in it, as English "talks" and "discussed" are:
a field named once in a sentence of talks ("s'entretiendra avec Macron sur la sécurité au Sahel", "conversaron sobre
la seguridad", "as conversações sobre defesa") counts. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Le président nigérien s'entretiendra avec son homologue sur la sécurité au Sahel.", "fr", "security"),
        ("Le ministre s'est entretenu à Dakar avec l'ambassadeur de la pêche artisanale.", "fr", "agriculture"),
        ("Les entretiens de jeudi à Tunis ont porté sur la santé publique.", "fr", "health"),
        ("Les pourparlers de Yaoundé porteront sur le tourisme balnéaire.", "fr", "tourism"),
        ("El canciller peruano conversó con su par boliviano sobre la seguridad en la frontera.", "es", "security"),
        ("Las conversaciones de Quito se centraron en la minería ilegal.", "es", "mining"),
        ("Los presidentes conversaron el martes sobre la educación técnica.", "es", "education"),
        ("O chanceler angolano conversou com o homólogo namibiano sobre a saúde nas fronteiras.", "pt", "health"),
        ("As conversações de Díli incidiram sobre a defesa marítima.", "pt", "defence"),
        ("Os dois chefes de Estado conversaram sobre o turismo no Atlântico.", "pt", "tourism"),
    ],
)
def test_a_field_named_in_talks_counts(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Le président, qui a fait ses études de santé à Lyon, est arrivé lundi à Dakar.", "fr", "health"),
        ("La ministra, que estudió turismo en Sevilla, asumió el cargo en enero.", "es", "tourism"),
    ],
)
def test_a_field_in_passing_without_talks_still_does_not(text, language, sector):
    assert sector not in sectors_of(text, language)
