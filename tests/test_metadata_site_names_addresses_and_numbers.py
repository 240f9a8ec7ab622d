"""Lines of an official page's head that read like headlines but are not: the site's own name (`Website of the X
Government`), a postal address under the issuer's name, a document's type and number (`NOTICE No. 14/2016`), and a
menu whose first item is a name in capitals before a dash (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from pipelines.extract.page_head import is_page_furniture

BODY = (
    "The two governments said on Tuesday that the financing would be signed before the end of the year, after a "
    "review of the project's costs by both boards and a meeting of their technical teams in the capital.\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Website of the Slovak Government\nMinistry of Economy\nNews\n\n"
            "Bratislava and Vienna agree on a second Danube bridge\n\n",
            "Bratislava and Vienna agree on a second Danube bridge",
        ),
        (
            "Official Website of the City of Cape Town\n\nCape Town signs water deal with Dutch engineers\n\n",
            "Cape Town signs water deal with Dutch engineers",
        ),
        (
            "Sitio web oficial de la Municipalidad de Lima\n\nLima y Quito firman un acuerdo de transporte\n\n",
            "Lima y Quito firman un acuerdo de transporte",
        ),
        (
            "Port of Durban - Official Website\n\nDurban port orders six new cranes from Finland\n\n",
            "Durban port orders six new cranes from Finland",
        ),
        (
            "GHANA PORTS AND HARBOURS AUTHORITY\nP.O. Box 150, Tema\n\nNOTICE TO SHIPPING AGENTS No. 07/2019\n\n"
            "Temporary closure of the fishing harbour at Tema\n\n",
            "Temporary closure of the fishing harbour at Tema",
        ),
        (
            "PORTOS DE ANGOLA\nRua da Missão, 52 – Luanda\n\nCircular Nº 23/2018\n\n"
            "Novo horário de funcionamento do terminal do Lobito\n\n",
            "Novo horário de funcionamento do terminal do Lobito",
        ),
        (
            "AUTORITÉ PORTUAIRE DE DAKAR\n21 boulevard de la Libération, BP 3195 Dakar\n\n"
            "Le port de Dakar ouvre un nouveau quai pour les céréales\n\n",
            "Le port de Dakar ouvre un nouveau quai pour les céréales",
        ),
        (
            "CITY OF TARTU - Official Website | Residents | Business | Tourism | City Council\n\n"
            "Tartu City Council: Latvian delegation visits\n12.05.2011\n\n",
            "Tartu City Council: Latvian delegation visits",
        ),
    ],
)
def test_the_headline_under_a_site_name_an_address_or_a_numbered_label(head, title):
    assert extract_metadata(head + BODY).title == title


def test_a_numbered_label_alone_gives_no_headline():
    page = "Cáritas Angola — Relatório de Terreno n.º 19\nHuambo | 02/03/2021\n\nResumo\n" + BODY
    assert extract_metadata(page).title is None


@pytest.mark.parametrize(
    "line",
    [
        "Website of ministry hacked",
        "New website of the Ministry launched",
        "Ghana opens 3rd Street market, doubles trade",
        "Kenya, China agree to build the Mombasa road",
        "Wall Street falls 2%, oil rises",
    ],
)
def test_headlines_about_websites_and_streets_are_not_furniture(line):
    assert not is_page_furniture(line)


def test_a_headline_that_ends_in_number_one_stays_a_headline():
    page = "China Remains Brazil's Trading Partner No. 1\n\n" + BODY
    assert extract_metadata(page).title == "China Remains Brazil's Trading Partner No. 1"
