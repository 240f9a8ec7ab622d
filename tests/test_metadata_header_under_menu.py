"""A page saved with its site's menu or cookie notice above the ` date YYYY-MM-DD` header: the header still gives
the publication day, and the headline is read on its line, not in the menu (pages written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "\nThe two governments said on Tuesday that the financing would be signed before the end of the year, after a "
    "review of the project's costs by both boards and a meeting of their technical teams in the capital.\n"
)


@pytest.mark.parametrize(
    ("head", "day", "title"),
    [
        (
            "Home | World | Business | Energy | Contact\n date 2019-04-02 Ghana and Norway sign offshore wind accord\n",
            date(2019, 4, 2),
            "Ghana and Norway sign offshore wind accord",
        ),
        (
            "We use cookies to improve your experience. [Accept] [Settings]\n"
            "Harbour Times | News | Ports | Shipping | Subscribe\n"
            " date 2021-11-30 Panama Canal authority orders new tugboats from Spain\n",
            date(2021, 11, 30),
            "Panama Canal authority orders new tugboats from Spain",
        ),
        (
            "Inicio | Chile | Mundo | Economía | Deportes\n date 2015-07-08 Chile y Perú amplían su acuerdo minero\n",
            date(2015, 7, 8),
            "Chile y Perú amplían su acuerdo minero",
        ),
        (
            "Accueil | Afrique | Monde | Économie\n"
            " date 2012-02-14 Le Gabon et le Maroc signent un accord sur les engrais\n",
            date(2012, 2, 14),
            "Le Gabon et le Maroc signent un accord sur les engrais",
        ),
        (
            "Início | Angola | Mundo | Economia | Entrar\n"
            " date 2018-09-03 Angola e Cabo Verde reforçam cooperação marítima\n",
            date(2018, 9, 3),
            "Angola e Cabo Verde reforçam cooperação marítima",
        ),
    ],
)
def test_a_header_under_the_page_menu_dates_the_page_and_carries_the_headline(head, day, title):
    metadata = extract_metadata(head + BODY)
    assert (metadata.publication_date, metadata.publication_date_source, metadata.title) == (day, "header", title)


def test_a_header_on_the_first_line_is_read_as_before():
    metadata = extract_metadata(" date 2020-05-06 Fiji and Tonga open a shared fisheries office\n" + BODY)
    assert (metadata.publication_date, metadata.title) == (
        date(2020, 5, 6),
        "Fiji and Tonga open a shared fisheries office",
    )


def test_a_date_line_deep_in_the_story_is_no_header():
    page = (
        "Fiji and Tonga open a shared fisheries office\n" + BODY + BODY + BODY + BODY + " date 2020-05-06 was agreed.\n"
    )
    metadata = extract_metadata(page)
    assert metadata.publication_date_source != "header"
    assert metadata.title == "Fiji and Tonga open a shared fisheries office"
