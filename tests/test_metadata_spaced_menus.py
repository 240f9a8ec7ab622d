"""A site's menu laid out with runs of spaces or tabs whose items run to three words (`Oil & Gas`, `Contact Us`,
`Sport & Leisure`): no headline, whatever the site (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

MENUS = [
    "Home  Oil & Gas  Mining  Trade Policy  Opinion  Subscribe",
    "News\tBusiness\tSport & Leisure\tLifestyle\tContact Us",
    "World   Middle East   Africa   Asia Pacific   Latin America",
    "Portada  Política  Economía y Finanzas  Deportes  Contacto",
    "Accueil   Afrique   Politique   Économie   Nous Contacter",
    "Início  Mundo  Economia  Ciência e Saúde  Fale Conosco",
]


@pytest.mark.parametrize("menu", MENUS)
def test_a_spaced_menu_with_items_of_several_words_is_no_headline(menu):
    headline = "Neighbours agree to share data on offshore gas fields"
    assert extract_metadata(f"THE COAST WATCH\n{menu}\n\n{headline}\n\n{BODY}").title == headline


def test_a_headline_with_one_double_space_stays_a_headline():
    headline = "Kenya and  Uganda settle dispute over fuel import route"
    assert extract_metadata(f"{headline}\n\n{BODY}").title == headline
