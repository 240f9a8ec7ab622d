"""Page furniture that names sectors without reporting activity: a press release's backgrounder under an 'About NAME'
heading ('À propos de', 'Acerca de', 'Sobre'), a site's menu whose first item is the site's own name, and other stories
after a 'More:' label. The release's own text still counts, and so does a sentence that merely opens with 'About' or
'Sobre'. Every page was written for these tests."""

import pytest

from tests.sector_sets import sectors_of

_RELEASE = "{body}\n\n{heading}\n{about}\n\n{contact}\n"


@pytest.mark.parametrize(
    "body, heading, about, contact, language, absent",
    [
        (
            "Kazmunaygas and Eni signed an agreement on Tuesday to develop the Isatay offshore oil block.",
            "About Kazmunaygas",
            "KazMunayGas is the national company for oil and gas exploration, refining and transportation.",
            "Press office: press@example.kz",
            "en",
            "transport",
        ),
        (
            "The port authority and Maersk signed a concession for the new container terminal in Kribi.",
            "About the Authority",
            "The Authority also runs the country's fishing harbours and a training school for dockers.",
            "Media contact: media@example.cm",
            "en",
            "education",
        ),
        (
            "Orange Sénégal et la Sonatel ont signé un accord de partage des réseaux de télécommunications.",
            "À propos d'Orange",
            "Orange est présent dans 26 pays et soutient des programmes de santé et d'éducation.",
            "Contact presse : presse@example.sn",
            "fr",
            "health",
        ),
        (
            "Iberdrola y el Gobierno de Guanajuato firmaron un acuerdo para una central solar de 200 MW.",
            "Acerca de Iberdrola",
            "Iberdrola también desarrolla proyectos de agua y saneamiento en México y en Brasil.",
            "Contacto: prensa@example.mx",
            "es",
            "environment",
        ),
        (
            "A Vale e a Mitsui assinaram um acordo para ampliar o terminal de carvão de Nacala.",
            "Sobre a Vale",
            "A Vale é uma das maiores mineradoras do mundo e apoia escolas e hospitais nas comunidades.",
            "Contato: imprensa@example.br",
            "pt",
            "health",
        ),
    ],
)
def test_a_backgrounder_under_an_about_heading_reports_nothing(body, heading, about, contact, language, absent):
    sectors = sectors_of(_RELEASE.format(body=body, heading=heading, about=about, contact=contact), language)
    assert sectors and absent not in sectors


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("About 300 students will receive scholarships under the new agreement.", "en", "education"),
        ("Sobre a cooperação em saúde, os ministros assinaram um memorando sobre médicos.", "pt", "health"),
    ],
)
def test_a_sentence_opening_with_about_still_counts(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "PORT OF CEBU AUTHORITY | News | Tenders | Investors | Careers\n\nThe two ministers met in Cebu on Monday.\n",
        "Kigali Daily Monitor | Business | Tourism | Sport\n\nThe two ministers met in Kigali on Monday.\n",
        "The two ministers met in Quito on Monday.\n\nMORE: Peso ends higher | Tourist arrivals rose 8% | Weather\n",
        "The two ministers met in Accra on Monday.\n\nMore: Cocoa board sets price | Fishing ban lifted\n",
    ],
)
def test_a_site_menu_or_more_stories_report_nothing(text):
    assert sectors_of(text) == set()


@pytest.mark.parametrize(
    "page, absent",
    [
        (
            "Fiji and Australia agreed on a police training programme in Suva.\n\n"
            "More from Pacific Desk: Typhoon relief flights resume | Tonga summit wrap\n",
            "humanitarian",
        ),
        (
            "Kazakhstan and Kyrgyzstan signed a border security protocol on Monday.\n\n"
            "Also in this issue: Kazakh wheat | Australian live exports\n",
            "agriculture",
        ),
        (
            "Oman and India agreed on a border security protocol for the Duqm coast.\n\n"
            ">> Also this week: Salalah volumes up 9% | Sohar free zone signs Chinese steel maker\n",
            "industry",
        ),
        (
            "Chile and Peru held talks on border security in Arica.\n\n"
            "Otras notas: Cae el precio del cobre | Nuevo vuelo Lima-Santiago | Clima en Tacna\n",
            "transport",
        ),
        (
            "Le Sénégal et la Gambie ont signé un accord de sécurité frontalière à Banjul.\n\n"
            "À lire: Les exportations d'arachide reculent | Nouveau pont sur le fleuve\n",
            "trade",
        ),
    ],
)
def test_other_stories_listed_after_a_label_report_nothing(page: str, absent: str) -> None:
    language = "fr" if "Sénégal" in page else ("es" if "Otras notas" in page else "en")
    assert absent not in sectors_of(page, language)


def test_a_record_s_fields_are_no_list_of_stories() -> None:
    page = (
        "Project: Dushanbe-Uzbek border road | Sector: Transport | Status: Approved\n\n"
        "The Asian Development Bank approved a loan for the road between Tajikistan and Uzbekistan.\n"
    )
    assert "transport" in sectors_of(page)


def test_a_list_of_the_page_s_own_contents_above_the_story_is_read() -> None:
    page = (
        "Members' Bulletin No. 12\n\n"
        "IN THIS ISSUE: Almaty-Bishkek trade push | New customs rules | Events calendar\n\n"
        "Ministers of Kazakhstan and Kyrgyzstan met in Bishkek on Monday.\n"
        "They spoke of doubling two-way trade.\n"
    )
    assert "trade" in sectors_of(page)
