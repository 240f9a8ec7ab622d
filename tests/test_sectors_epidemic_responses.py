"""An epidemic fought or responded to is health work ("COVID-19 budget support", "to fight the pandemic", "la riposte
contre les effets du COVID-19"); one named in passing, as a time or a cause, is no sector ("despite the pandemic").
Battery of own sentences, every region, en/es/fr/pt."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, language=language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the epidemic before a word of its response
        ("The African Development Bank approved $1.5 billion in COVID-19 budget support for Ghana.", "en"),
        ("Japan will lend Mongolia 25 billion yen for its pandemic response.", "en"),
        ("Canberra announced A$40 million in pandemic preparedness for Tonga and Samoa.", "en"),
        ("Norway pledged NOK 90 million to the Ebola response in Guinea and Sierra Leone.", "en"),
        ("The grant funds a cholera treatment centre in Beira, the ministry said.", "en"),
        ("Kuwait gave Yemen $10 million for cholera vaccines in Hodeidah.", "en"),
        ("The World Bank approved $200 million for Bolivia's coronavirus relief.", "en"),
        ("Seoul sent Hanoi test kits worth $2 million under a COVID-19 support package.", "en"),
        ("The bank's $500 million measles vaccination drive covers Chad and Niger.", "en"),
        ("The EU added €30 million to the mpox response in Kinshasa.", "en"),
        # a fight against the epidemic or its effects
        ("Turkey and Azerbaijan agreed to cooperate to fight the pandemic.", "en"),
        ("The loan will help Peru mitigate the economic effects of the pandemic.", "en"),
        ("Washington gave Dhaka $25 million to combat the dengue outbreak.", "en"),
        ("Brazil and Argentina will coordinate their response to the Zika epidemic.", "en"),
        ("India sent a team of experts to help Nepal contain the cholera outbreak.", "en"),
        ("Pretoria and Harare signed a plan to tackle the measles outbreak on their border.", "en"),
        ("La CAF aprobó 350 millones de dólares para mitigar los efectos económicos de la pandemia en Ecuador.", "es"),
        ("México y Guatemala acordaron coordinar la lucha contra el brote de dengue en la frontera.", "es"),
        ("El BID prestará 120 millones a Honduras para hacer frente a la pandemia.", "es"),
        ("Cuba enviará médicos a Haití para combatir la epidemia de cólera.", "es"),
        ("La loi prévoit 900 milliards de FCFA pour le Fonds de riposte contre les effets du COVID-19.", "fr"),
        ("Le Japon accorde 20 millions d'euros au Cameroun pour la lutte contre l'épidémie de choléra.", "fr"),
        ("Dakar et Bamako ont signé un accord pour lutter contre la pandémie.", "fr"),
        ("La France versera 15 millions d'euros pour atténuer les effets de la pandémie au Sénégal.", "fr"),
        ("Portugal e Moçambique reforçam a luta contra a epidemia de cólera em Nampula.", "pt"),
        ("O Brasil doou 2 milhões de doses a Angola para o combate à pandemia.", "pt"),
        ("O BAD aprovou 50 milhões de dólares para mitigar os efeitos económicos da pandemia em Cabo Verde.", "pt"),
    ],
)
def test_an_epidemic_fought_or_responded_to_is_health(text, language):
    assert "health" in _sectors(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a time or a cause: in passing
        ("Trade between Chile and Korea reached $9 billion last year despite the pandemic.", "en"),
        ("Kenyan exports of tea to Pakistan fell during the pandemic and recovered in 2022.", "en"),
        ("Flights between Doha and Lagos resumed after the outbreak, the airline said.", "en"),
        ("The two sides agreed to reopen four border markets closed since the pandemic.", "en"),
        ("Remittances from Malaysia to Bangladesh rose to $1.2 billion before the pandemic.", "en"),
        ("El comercio entre Perú y China alcanzó 30.000 millones de dólares pese a la pandemia.", "es"),
        ("Les échanges entre le Maroc et l'Espagne ont atteint 16 milliards d'euros malgré la pandémie.", "fr"),
        ("As exportações de Moçambique para a Índia caíram durante a pandemia.", "pt"),
    ],
)
def test_an_epidemic_named_in_passing_is_no_health(text, language):
    assert "health" not in _sectors(text, language)
