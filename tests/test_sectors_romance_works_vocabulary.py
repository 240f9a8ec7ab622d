"""Works and goods that the English vocabulary named and the Spanish, French and Portuguese ones lacked: power lines,
substations, thermal and geothermal plants and fuels (energy), broadband, fibre, data centres and software (science and
technology), sewers, reforestation and carbon (environment), clinics and diseases (health), irrigation and fish farming
(agriculture), builders (infrastructure), ores and metals (mining). Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("El BID financiará una línea de transmisión de 230 kV entre Santa Ana y la frontera.", "es", "energy"),
        ("Ambos gobiernos acordaron construir una planta geotérmica en el volcán Tecapa.", "es", "energy"),
        ("Le prêt servira à financer une centrale thermique de 120 MW à Kribi.", "fr", "energy"),
        ("A Eletrobras vai construir uma linha de transmissão e duas subestações no Paraguai.", "pt", "energy"),
        ("O acordo prevê o fornecimento de combustíveis à Guiné-Bissau durante cinco anos.", "pt", "energy"),
        (
            "Los dos países firmaron un memorando para desplegar fibra óptica y banda ancha rural.",
            "es",
            "science_technology",
        ),
        (
            "L'accord prévoit la construction d'un centre de données à Dakar et le très haut débit.",
            "fr",
            "science_technology",
        ),
        ("A empresa vai investir R$ 400 milhões num centro de dados em Fortaleza.", "pt", "science_technology"),
        ("El préstamo financiará el alcantarillado de 12 municipios de la costa.", "es", "environment"),
        ("Les deux pays ont signé un accord de reboisement dans le Sahel.", "fr", "environment"),
        ("O banco vai financiar a rede de esgotos de Nampula, segundo o acordo.", "pt", "environment"),
        ("Francia donará 5 millones de euros para la lucha contra el paludismo en Guinea.", "es", "health"),
        ("Le Japon financera la construction de trois cliniques rurales au Niger.", "fr", "health"),
        ("El crédito apoyará obras de riego para 4.000 productores del valle.", "es", "agriculture"),
        ("Os dois países assinaram um memorando sobre aquicultura e pescas.", "pt", "agriculture"),
        ("La constructora china firmó un contrato de US$ 300 millones con el gobierno.", "es", "infrastructure"),
        ("La minera canadiense invertirá US$ 900 millones en una mina de oro en Sonora.", "es", "mining"),
        ("A Vale vai investir 2 mil milhões de dólares na extração de bauxita na Guiné.", "pt", "mining"),
    ],
)
def test_a_romance_work_or_good_names_its_sector(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("La selección de México ganó la medalla de oro en los Juegos.", "es", "mining"),
        ("Le ministre a rappelé les liens historiques entre les deux peuples.", "fr", "science_technology"),
    ],
)
def test_a_word_in_passing_names_no_sector(text, language, sector):
    assert sector not in sectors_of(text, language)
