"""Sectors named by what is built, run or suffered rather than by the sector's word: heating networks and heat pumps
(energy), smelters and plastics plants (industry), a venture a company holds (investment), drought (humanitarian) and
works against floods (environment), in the four languages; and the same words where they name no such work. Every
sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The loan of $80 million will extend district heating to 30,000 homes in Bishkek.", "en", "energy"),
        ("The agency pledged $5 million for heating fuel and blankets for families in the camps.", "en", "energy"),
        ("The region asked for €200 million for heat pumps in public schools.", "en", "energy"),
        ("El crédito financiará la calefacción de 40 escuelas rurales en Puno.", "es", "energy"),
        ("Le prêt servira à moderniser le chauffage urbain de Oulan-Bator.", "fr", "energy"),
        ("The two firms signed a deal to build an aluminium smelter worth $1.2 billion.", "en", "industry"),
        ("The largest project, a polyethylene plant on the coast, is valued at $2 billion.", "en", "industry"),
        ("Las dos empresas evalúan una fundición de cobre con una inversión de US$ 900 millones.", "es", "industry"),
        ("A estatal assinou um acordo para ampliar a fundição de alumínio em Barcarena.", "pt", "industry"),
        ("The Korean partner holds 60% of the venture, which will open next year.", "en", "investment"),
        ("Donors pledged $300 million to help herders hit by the drought in the north.", "en", "humanitarian"),
        ("El Gobierno enviará ayuda a las familias afectadas por la sequía en el Chaco.", "es", "humanitarian"),
        ("Le PAM a lancé un appel pour aider les victimes de la sécheresse au Sahel.", "fr", "humanitarian"),
        ("The bank will lend $40 million for flood defences along the river.", "en", "environment"),
        ("Japan signed a ¥15 billion loan for flood control works in the capital.", "en", "environment"),
        ("O banco vai financiar obras de proteção contra cheias em Maputo.", "pt", "environment"),
    ],
)
def test_a_work_or_a_hazard_names_its_sector(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The race for the presidency is heating up ahead of the vote, the two ministers said.", "en", "energy"),
        ("O Programa Mundial para a Alimentação anunciou 12 milhões de dólares para o norte.", "pt", "agriculture"),
        ("El Programa Mundial de Alimentos abrió una oficina en la frontera, según el acuerdo.", "es", "agriculture"),
        ("The ministers signed the agreement in a dry season without a drought.", "en", "humanitarian"),
    ],
)
def test_the_same_words_in_another_sense_name_no_sector(text, language, sector):
    assert sector not in sectors_of(text, language)
