"""Sector words the vocabulary lacked, in the four languages: armies in the plural, biofuels and bioenergy (not
ethanol, most often a farm export in a list of goods), civil nuclear cooperation, critical raw materials and rare
metals, and antiretroviral medicines; every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The two armies will hold a mountain exercise near the border next spring.", "en", "defence"),
        ("Los ejércitos de ambos países realizarán maniobras en la frontera en abril.", "es", "defence"),
        ("Les armées des deux pays mèneront des manoeuvres communes en mars.", "fr", "defence"),
        ("Os exércitos dos dois países farão manobras na fronteira em maio.", "pt", "defence"),
        ("The two countries signed a memorandum on biodiesel blending.", "en", "energy"),
        ("Brazil offered to share its bioenergy experience with the Philippines.", "en", "energy"),
        ("Os dois governos assinaram acordos de cooperação em bioenergia e saúde.", "pt", "energy"),
        ("Ambos gobiernos firmaron un acuerdo sobre biocombustibles.", "es", "energy"),
        ("Les deux pays ont signé un accord sur les biocarburants.", "fr", "energy"),
        ("The ministers agreed to speed up talks on a civil nuclear agreement.", "en", "energy"),
        ("Les deux pays ont signé un accord de coopération dans le nucléaire civil.", "fr", "energy"),
        ("The two sides reviewed a roadmap on critical raw materials and batteries.", "en", "mining"),
        ("They agreed to set up a joint centre for rare metals next year.", "en", "mining"),
        ("La UE y Chile firmaron un memorando sobre materias primas críticas.", "es", "mining"),
        ("Les deux pays coopéreront dans les terres rares, selon l'accord signé.", "fr", "mining"),
        ("The plant will produce antiretroviral drugs for the region, the two governments agreed.", "en", "health"),
        ("Brasil apoiará a produção de antirretrovirais em Angola, segundo o acordo.", "pt", "health"),
        ("El acuerdo prevé la donación de antirretrovirales a Haití.", "es", "health"),
    ],
)
def test_words_the_vocabulary_lacked_name_their_sector(text, language, sector):
    assert sector in sectors_of(text, language)
