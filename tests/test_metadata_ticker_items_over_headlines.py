"""A ticker's item above the page's own headline: another story's headline after a related-stories label and its
colon (`LATEST: Colombo traffic diverted for port works`, `Lo más leído: ...`, `Les plus lus : ...`, `Mais lidas:
...`), under the site's menu or not, is no headline of the page; alone, it stays the title of last resort (texts
written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

HEADLINES = [
    "Sri Lanka and China agree to restart the port city project",
    "KENYA AND UGANDA AGREE TO EXTEND THE OIL PIPELINE",
]
TICKERS = [
    "LATEST: Colombo traffic diverted for port works",
    "Latest: Rupee closes weaker against the dollar",
    "Trending now: Floods cut the coastal highway again",
    "Most read: Parliament passes the new budget bill",
    "Top stories: Cabinet approves the fuel subsidy cut",
    "Últimas noticias: El peso cierra con una leve baja",
    "Lo más leído: Nueva ley de minería en el Senado",
    "Les plus lus : Le franc CFA en débat à Dakar",
    "Dernières infos : Grève des dockers au port d'Abidjan",
    "Últimas notícias: Real fecha em alta frente ao dólar",
    "Mais lidas: Câmara aprova reforma tributária",
]
MENUS = ["", "Home | News | Business | Sport | Weather\n"]


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("menu", MENUS)
@pytest.mark.parametrize("ticker", TICKERS)
def test_the_headline_under_a_ticker_item(ticker, menu, headline):
    assert extract_metadata(f"{menu}{ticker}\n\n{headline}\n\n{BODY}").title == headline


def test_a_ticker_item_alone_stays_the_title():
    assert extract_metadata(f"LATEST: Rupee closes weaker against the dollar\n\n{BODY}").title == (
        "LATEST: Rupee closes weaker against the dollar"
    )
