"""A page whose headline line carries the site's name after a bar (`Headline | Site`), as a browser's tab title
saved with the page, or ends in a bare bar (`Headline |`): the line is the headline (the scorer ignores the bar);
a menu of short items, or a section label before the bar, is none (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES as BODY

HEADLINES = [
    ("en", "Ghana and Togo agree to reopen border crossings | Accra Daily Mirror"),
    ("en", "Vietnam signs rice export deal with the Philippines | Saigon Business Times"),
    ("en", "Kazakhstan, Kyrgyzstan settle water-sharing dispute | Steppe Observer"),
    ("en", "Fiji secures new loan for rural roads from Japan | PacificWire"),
    ("en", "Oman and India to expand port links in Duqm | gulfnewsdesk.com"),
    ("en", "Peru and Bolivia launch joint lake clean-up plan |"),
    ("en", "Norway pledges climate money for Amazon states | The Nordic Ledger"),
    ("es", "Uruguay y Paraguay firman un acuerdo de hidrovía | Diario del Sur"),
    ("es", "México y Guatemala refuerzan la cooperación fronteriza | Noticias Centroamérica"),
    ("fr", "Le Bénin et le Niger relancent le corridor pétrolier | Le Quotidien de Cotonou"),
    ("fr", "Madagascar obtient un prêt de la Banque africaine de développement | Tana Infos"),
    ("pt", "Angola e Namíbia assinam acordo de energia hidrelétrica | Jornal de Luanda"),
    ("pt", "Moçambique recebe missão comercial da Tanzânia |"),
]


@pytest.mark.parametrize(("language", "headline"), HEADLINES)
def test_a_headline_with_its_site_after_a_bar_is_the_headline(language, headline):
    text = f"{headline}\n\n{BODY[language]}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(("language", "headline"), HEADLINES[:4] + HEADLINES[7:9])
def test_under_a_menu_and_over_a_byline(language, headline):
    text = f"Home | World | Business | Opinion\n\n{headline}\n\nBy Amina Diallo\n\n{BODY[language]}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    "line",
    ["Home | Contact us", "World | Asia Pacific", "Opinion | Analysis", "Subscribe | Log in", "Noticias | Economía"],
)
def test_a_short_menu_with_one_bar_is_no_headline(line):
    text = f"{line}\n\n{BODY['en']}"
    assert extract_metadata(text).title is None
