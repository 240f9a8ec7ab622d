"""Spanish, French and Portuguese name a sector by its people and goods as English does with teachers, visitors and
container terminals: teachers and scholarship holders are education, visitors tourism, containers shipping; and
European and African Portuguese spell electricity, infrastructure, railways and projects in their own way
("electricidade", "infra-estruturas", "caminhos de ferro", "projecto"). Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Cuba enviará 300 docentes a Guinea Ecuatorial en el marco del nuevo convenio.", "es", "education"),
        ("La France financera la venue de 40 professeurs de français au Cap-Vert.", "fr", "education"),
        ("Le Japon accueillera l'an prochain 60 boursiers sénégalais.", "fr", "education"),
        ("Portugal vai enviar mais 80 professores para São Tomé ao abrigo do acordo de cooperação.", "pt", "education"),
        ("A Hungria vai receber 50 novos bolseiros cabo-verdianos em setembro.", "pt", "education"),
        ("El número de visitantes coreanos a Cusco creció un 30 % el año pasado.", "es", "tourism"),
        ("Les visiteurs indiens à l'île Maurice ont augmenté de 15 % en 2019.", "fr", "tourism"),
        ("El nuevo terminal de contenedores de Manta costará 200 millones.", "es", "transport"),
        ("Le trafic de conteneurs du port de Pointe-Noire a atteint un record.", "fr", "transport"),
        ("A China vai financiar a reabilitação dos caminhos de ferro de Benguela.", "pt", "transport"),
        ("A barragem vai fornecer electricidade ao Malawi a partir de 2026.", "pt", "energy"),
        ("O acordo prevê a construção de infra-estruturas no porto de Nacala.", "pt", "infrastructure"),
        ("Os dois governos assinaram o projecto de uma nova central hidroeléctrica.", "pt", "energy"),
    ],
)
def test_a_romance_name_of_the_sectors_people_or_goods_counts(text, language, sector):
    assert sector in _sectors(text, language)


@pytest.mark.parametrize(
    "text, language, absent",
    [
        # a single teacher is a person's title, no schooling
        ("El profesor Julián Ortega presentó el libro en Quito.", "es", "education"),
        # a single visitor is no tourism, and teachers in a sentence that reports nothing of the sides are no schooling
        ("Un visitante dejó flores en la tumba del poeta.", "es", "tourism"),
        ("Os professores chegaram cedo ao bairro.", "pt", "education"),
    ],
)
def test_the_words_in_passing_still_count_nothing(text, language, absent):
    assert absent not in _sectors(text, language)
