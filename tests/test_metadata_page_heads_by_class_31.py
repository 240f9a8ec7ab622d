"""Page heads by class (texts written for these tests, en/es/fr/pt, every region):

- an outlet's or issuer's name beside the kind of page in sentence case, singular or plural, after a spaced dash, a
  bar, a middle dot or a bullet (`African Development Bank Group — Press releases`, `Comunicados de prensa · BID`)
  heads the page, it is no headline;
- a breadcrumb whose root is the site owner's full name (`Ministry of Finance of Ukraine / Press centre / News
  archive`) is no headline;
- a page's date in a short line of segments under the standfirst (`March 18, 2025 | 7 min read`) dates the page.
"""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "The two governments signed a memorandum on power trade on Tuesday, officials said, and agreed to meet again "
    "before the end of the year to review the first deliveries."
)

HEADLINES = [
    "Nigeria: Board approves $1.5 billion budget support loan",
    "Colombia recibirá US$600 millones para agua potable en La Guajira",
    "Le Sénégal obtient un prêt de 30 milliards FCFA pour le réseau électrique",
    "Moçambique assina acordo de crédito com o Japão para o porto de Nacala",
    "Fiji and Australia sign a new maritime security agreement",
]
KIND_LINES = [
    "African Development Bank Group — Press releases",
    "Comunicados de prensa · BID",
    "Asian Development Bank | News releases",
    "Ministère des Affaires étrangères – Communiqués de presse",
    "Banco Central do Brasil • Notas à imprensa",
    "Ministerio de Hacienda - Notas de prensa",
    "Pacific Islands Forum Secretariat — Media statements",
    "Comunicados de imprensa | Governo de Cabo Verde",
]


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("line", KIND_LINES)
def test_an_outlet_and_the_kind_of_page_over_the_headline(line, headline):
    assert extract_metadata(f"{line}\n{headline}\nCity, 7 October 2020 – {BODY}").title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Press releases approved by the cabinet are leaked to the opposition",
        "Ministry denies press releases were altered — Senate inquiry",
    ],
)
def test_a_headline_that_speaks_of_releases_stays(headline):
    assert extract_metadata(f"{headline}\n\n{BODY}").title == headline


CRUMBS = [
    "Ministry of Finance of Ukraine / Press centre / News archive",
    "Embassy of the Republic of Korea in Kenya / News / Press Releases",
    "Ministério das Relações Exteriores do Brasil / Notas à Imprensa / Arquivo",
    "Secretaría de Relaciones Exteriores de México / Prensa / Comunicados",
    "Ministère de l'Économie et des Finances du Sénégal / Actualités / Archives",
    "Department of Foreign Affairs and Trade / News / Media Releases",
]


@pytest.mark.parametrize("crumb", CRUMBS)
def test_a_breadcrumb_from_the_owner_full_name_is_no_headline(crumb):
    assert extract_metadata(f"{crumb}\n19.03.2025 10:45\n\n{BODY}").title is None


@pytest.mark.parametrize("crumb", CRUMBS[:3])
def test_the_headline_under_a_breadcrumb_from_the_owner_full_name(crumb):
    headline = "Kenya and Korea sign a loan for the Nairobi water works"
    assert extract_metadata(f"{crumb}\n\n{headline}\n\n{BODY}").title == headline


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        (" March 18, 2025 | 7 min read", date(2025, 3, 18)),
        ("18 March 2025 · 5 min read", date(2025, 3, 18)),
        ("By Ana Ruiz | 4 June 2019", date(2019, 6, 4)),
        ("Por Redação · 3 de maio de 2021", date(2021, 5, 3)),
        ("Par Jean Dupont | 12 février 2016", date(2016, 2, 12)),
    ],
)
def test_a_segmented_stamp_under_the_standfirst(stamp, day):
    text = (
        "HOME | WORLD | BUSINESS | OPINION\n\nThe tariff clock: Lima buys time, again\n"
        "A month after the first deadline, the government has learnt to negotiate in thirty-day slices. How long "
        f"can that last?\n\n{stamp}\n\n{BODY}"
    )
    assert extract_metadata(text).publication_date == day


ISSUERS = [
    "Government Administration of Georgia",
    "Presidential Administration of Kazakhstan",
    "Civil Aviation Administration of China",
    "Embassy of Georgia to the Kingdom of Belgium, the Grand Duchy of Luxembourg and Mission of Georgia to the "
    "European Union",
    "High Commission of Canada to Kenya, Uganda and Somalia",
    "Embajada de México en Bélgica, Luxemburgo y ante la Unión Europea",
    "Ambassade du Sénégal en Belgique, au Luxembourg et auprès de l'Union européenne",
]


@pytest.mark.parametrize("issuer", ISSUERS)
@pytest.mark.parametrize("label", ["PRESS RELEASE", "Press release", "Comunicado de prensa"])
def test_the_issuer_under_a_type_label_is_no_headline(label, issuer):
    assert extract_metadata(f"{label}\n{issuer}\n{BODY}\nTbilisi, 14 May 2015\n").title is None


@pytest.mark.parametrize("issuer", ISSUERS)
def test_the_headline_under_the_issuer_and_a_type_label(issuer):
    headline = "Prime Ministers review progress on the cross-border railway"
    text = f"PRESS RELEASE\n{issuer}\n\n{headline}\n\nBrussels, 8 July 2021 – {BODY}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    "stamp",
    [
        "Posted on 2 December 2010 by our correspondent in Yerevan",
        "By Ana Ruiz | 4 June 2019",
        "Publicado el 12 de marzo de 2016",
        "Por Redação · 3 de maio de 2021",
        "Publié le 19/05/2015",
    ],
)
@pytest.mark.parametrize("headline", ["Gas, again", "Rupee slips further", "Otra vez el gas", "Le gaz, encore"])
def test_a_short_headline_under_the_stamp(stamp, headline):
    text = f"Caucasus Notebook\n{stamp}\n\n{headline}\n\n{BODY}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize("line", ["Caucasus Notebook", "Business News"])
def test_a_label_of_capitalised_words_under_the_stamp_stays_no_headline(line):
    assert extract_metadata(f"Posted on 2 December 2010\n\n{line}\n\n{BODY}").title is None


@pytest.mark.parametrize("label", ["Episode summary", "In this episode", "Resumo do episódio"])
def test_a_label_under_a_headline_and_its_stamp_is_no_headline(label):
    headline = "Ports and pipes: what the new corridor means for Mongolia"
    text = f"STEPPE & SEA - a podcast about Northeast Asia\n{headline}\nMay 3, 2021 · 35 min\n\n{label}\n{BODY}"
    assert extract_metadata(text).title == headline
