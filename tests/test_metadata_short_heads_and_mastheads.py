"""Headlines among a page's head lines (pages written for these tests): a short headline over its standfirst signed by
its writer; a short first line over the page's stamp; a site's name that ends in its state's name; an outlet's short
and full name and its section on the first line; a title the head block prints and a heading repeats."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "\nThe two governments agreed on Tuesday that a loan of $45 million will finance the power line, the ministry "
    "said in a statement, and the first tranche is due before the end of the year.\n"
)


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        ("Plugging into Sudan", "The power link is to triple its capacity by the summer, writes Jane Roe"),
        ("Rails to Mombasa", "Kenya's new line has carried its first freight, reports Wanjiru Kamau"),
        ("A bridge too far?", "The crossing's cost has doubled since 2019, argues Rahul Mehta"),
        ("Cobre para China", "Las exportaciones de cobre crecieron un tercio, escribe Ana María Ruiz"),
        ("Le pari du rail", "Dakar mise sur le train express pour désengorger la ville, écrit Jean-Paul Ndiaye"),
        ("Soja em alta", "A China voltou a comprar soja brasileira em grande volume, escreve Paulo da Silva"),
    ],
)
def test_a_short_headline_over_a_signed_standfirst_is_the_headline(title, deck):
    page = "WEEKLY | Issue No. 1585\nWorld | Region | Economy | Opinion\n\n" + title + "\n\n" + deck + "\n" + BODY
    assert extract_metadata(page).title == title


@pytest.mark.parametrize(
    ("title", "stamp"),
    [
        ("BUDGET 2015 LIVE", "Thursday, June 11, 2015 | Updated 4:52pm"),
        ("Rupee hits low", "12 March 2019"),
        ("COP28 live updates", "Published: 1 December 2023"),
        ("Presupuesto 2024 en vivo", "Jueves, 28 de septiembre de 2023 | 16:40"),
        ("Budget 2024 en direct", "Publié le 28 septembre 2023"),
    ],
)
def test_a_short_first_line_over_the_page_stamp_is_the_headline(title, stamp):
    assert extract_metadata(title + "\n" + stamp + "\n" + BODY).title == title


@pytest.mark.parametrize("name", ["DAILY NEWS", "The Daily Star", "Week of May 8-12, 2017"])
def test_a_site_name_or_a_span_over_the_stamp_is_no_headline(name):
    assert extract_metadata(name + "\n12 March 2019\n" + BODY).title != name


@pytest.mark.parametrize(
    ("masthead", "office"),
    [
        ("Official Gazette of the Republic of the Philippines", "Presidential Communications Operations Office"),
        ("Official Gazette of the Republic of Kenya", "Office of the President"),
        ("The Gazette of the Republic of Ghana", "Ministry of Information"),
    ],
)
def test_a_site_name_ending_in_its_state_gives_way_to_the_headline(masthead, office):
    title = "President meets Japanese Prime Minister on the sidelines of the summit"
    page = masthead + "\n" + office + "\n\n" + title + "\n\nOctober 10, 2013\n" + BODY
    assert extract_metadata(page).title == title


@pytest.mark.parametrize(
    ("outlet", "title"),
    [
        ("ANGOP — Agência Angola Press | Economia", "Sonangol e Petrobras assinam acordo para o Bloco 27"),
        ("APS — Algérie Presse Service | Économie", "Sonatrach et Eni signent un accord gazier"),
        ("KUNA — Kuwait News Agency | Economy", "Kuwait and Japan sign refinery financing deal"),
    ],
)
def test_an_outlet_short_and_full_name_and_section_is_no_headline(outlet, title):
    assert extract_metadata(outlet + "\n\n" + title + "\n" + BODY).title == title


@pytest.mark.parametrize(
    "title", ["Weekly Digest No. 19", "Boletín Semanal N.º 7", "Lettre d'information n° 42", "Boletim Mensal n.º 12"]
)
def test_a_title_printed_twice_in_the_head_is_the_headline(title):
    page = "EMBASSY OF THE REPUBLIC OF PERU\n" + title + "\nIssued May 12, 2017\n\n" + title + "\n\nTRADE DESK\n" + BODY
    assert extract_metadata(page).title == title
