"""An agreement named in capitals for its field is activity in that field ("a Memorandum of Understanding on Tourism
Cooperation", "a Protocol on Health"), and the areas of a cooperation listed in Spanish,
French or Portuguese ("nas áreas de defesa e cultura") are its sectors; every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The ministers signed a Memorandum of Understanding on Tourism in the capital.", "en", "tourism"),
        ("Officials exchanged an MoU on Fisheries and a letter on visas.", "en", "agriculture"),
        ("The two sides initialled a Protocol on Health Cooperation on Friday.", "en", "health"),
        ("Os chanceleres trataram da cooperação\nnas áreas de defesa, cultura e assuntos consulares.", "pt", "defence"),
        ("Os chanceleres trataram da cooperação\nnas áreas de defesa, cultura e assuntos consulares.", "pt", "culture"),
        ("Hablaron de los ámbitos de la salud y la educación superior.", "es", "health"),
        ("Ils ont passé en revue les domaines de la santé et de l'agriculture.", "fr", "agriculture"),
    ],
)
def test_a_named_agreement_or_a_listed_area_is_its_sector(text, language, sector):
    assert sector in sectors_of(text, language)


def test_a_body_named_for_its_field_still_reports_nothing_alone():
    assert "health" not in sectors_of("The Health Ministry said nothing on Friday.")
