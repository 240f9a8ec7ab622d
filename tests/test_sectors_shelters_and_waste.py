"""Works and goods named without their sector's word: shelters for the displaced (humanitarian), landfills, solid waste
and recycling (environment), and maternity wards (health), in the languages read; and a tax shelter, which
names none. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The provincial council approved 20 billion kip for flood shelters.", "en", "humanitarian"),
        ("Canada will provide $3 million for shelters and blankets for families in the north.", "en", "humanitarian"),
        ("A União Europeia financiou 4 milhões de euros para abrigos e latrinas.", "pt", "humanitarian"),
        ("El acuerdo prevé albergues para 3.000 familias tras el paso de la tormenta.", "es", "humanitarian"),
        ("The loan of $60 million will pay for a sanitary landfill in Tirana.", "en", "environment"),
        ("The two cities signed a memorandum on solid waste and recycling.", "en", "environment"),
        ("Le prêt financera la collecte des déchets à Abidjan, selon l'accord.", "fr", "environment"),
        ("El crédito financiará un relleno sanitario en Cochabamba.", "es", "environment"),
        ("The grant will fund a new maternity ward at the provincial hospital in Apia.", "en", "health"),
    ],
)
def test_a_work_or_a_good_names_its_sector(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, sector",
    [
        ("The minister said the two firms had used a tax shelter in 2019, the two sides agreed.", "humanitarian"),
    ],
)
def test_the_same_words_in_another_sense_name_no_sector(text, sector):
    assert sector not in sectors_of(text)
