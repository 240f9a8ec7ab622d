"""Sector words of other regions and languages: dams called 'represas', high-speed lines, dredging, work visas in
Spanish, French and Portuguese, electric vehicles and battery plants, undersea cables (no submarines) and power traded
between grids. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Bolivia y Brasil acordaron construir dos represas en el río Madeira.", "es", "infrastructure"),
        ("Ambos gobiernos acordaron acelerar la línea de alta velocidad entre Quito y Guayaquil.", "es", "transport"),
        ("La ligne à grande vitesse entre Tanger et Casablanca sera prolongée avec la France.", "fr", "transport"),
        ("Portugal e Espanha vão financiar a linha de alta velocidade entre as duas capitais.", "pt", "transport"),
        ("The loan will pay for the dredging of the Meghna river channel, the two sides said.", "en", "infrastructure"),
        ("L'accord prévoit la délivrance de visas de travail pour 2 000 Tunisiens par an.", "fr", "labour"),
        ("El acuerdo facilitará visados de trabajo para 5.000 jóvenes hondureños.", "es", "labour"),
        ("Os dois países vão simplificar os vistos de trabalho para cidadãos cabo-verdianos.", "pt", "labour"),
        ("Hyundai will build an electric vehicle plant near Chennai, the two sides announced.", "en", "industry"),
        ("Indonesia and Korea agreed to build a battery plant in West Java, both sides said.", "en", "industry"),
        ("Les deux pays coopéreront dans les véhicules électriques, a indiqué le ministre.", "fr", "industry"),
        ("Australia will fund an undersea cable linking Palau to the regional network.", "en", "science_technology"),
        ("Chile y Japón estudian un cable submarino de fibra óptica bajo el Pacífico.", "es", "science_technology"),
        ("Nepal and India signed an agreement on power trade across the border.", "en", "energy"),
    ],
)
def test_words_of_other_regions_and_languages_name_their_sector(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Australia will fund an undersea cable linking Palau to the regional network.", "en", "defence"),
        ("Chile y Japón estudian un cable submarino de fibra óptica bajo el Pacífico.", "es", "defence"),
    ],
)
def test_an_undersea_cable_is_no_submarine(text, language, sector):
    assert sector not in sectors_of(text, language)
