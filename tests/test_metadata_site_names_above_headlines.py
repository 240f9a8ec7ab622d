"""A site's name in title case above the headline (`The Budapest Business Journal`, `El Diario de Centroamérica`):
the headline under it is the title; the same shape alone above the body stays (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "Hungary, Serbia and China agreed in Bucharest on Monday to modernise the railway between Budapest and Belgrade, "
    "officials said after the summit.\n\nA second round is planned.\n"
)


@pytest.mark.parametrize(
    "site, headline",
    [
        ("The Budapest Business Journal", "China to finance the Budapest-Belgrade rail link"),
        ("Budapest Business Journal Online", "China to finance the Budapest-Belgrade rail link"),
        ("The Daily Star Bangladesh", "Dhaka and Delhi agree on a new river treaty"),
        ("The Accra Morning Herald", "Ghana and Togo open a joint border post"),
        ("El Diario de Centroamérica", "China financiará el tren entre Budapest y Belgrado"),
        ("Le Journal de Montréal", "La Chine financera le train Budapest-Belgrade"),
        ("Jornal do Commercio Online", "China vai financiar a ferrovia Budapeste-Belgrado"),
    ],
)
def test_a_site_name_above_the_headline_is_not_the_title(site, headline):
    for gap in ("\n", "\n\n", "\nTuesday, 26 November 2013\n\n"):
        assert extract_metadata(site + gap + headline + "\n\nBy Ana Ruiz\n\n" + BODY).title == headline


@pytest.mark.parametrize("headline", ["Kenya Wins Top UN Post", "Good News For Kenyan Tea Farmers"])
def test_a_title_case_headline_with_a_papers_word_stays_the_title(headline):
    assert extract_metadata(headline + "\nNovember 26, 2013\n\n" + BODY).title == headline
