"""A document's closing line that says where and when it was done or signed (`Done at Apia, 4 March 2019`, `Fait à
Niamey, le 2 avril 2021`, `Prepared 9 February 2013`) gives its publication date when nothing above it does; a date
of a coming event among the last lines, or a closing verb inside a sentence, gives none. Documents written for these
tests."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.test_metadata_stamp_weekdays_and_labels import BODY, HEADLINE


@pytest.mark.parametrize(
    ("language", "closing", "day"),
    [
        ("en", "Done at Apia, 4 March 2019", date(2019, 3, 4)),
        ("en", "Prepared 9 February 2013", date(2013, 2, 9)),
        ("en", "Signed in Port Moresby, on 17 November 2022.", date(2022, 11, 17)),
        ("en", "Dated the 3rd of May, 2016", date(2016, 5, 3)),
        ("fr", "Fait à Niamey, le 2 avril 2021", date(2021, 4, 2)),
        ("fr", "Fait à Nouakchott, le mardi 14 septembre 2010", date(2010, 9, 14)),
        ("es", "Hecho en Tegucigalpa, a 21 de junio de 2017", date(2017, 6, 21)),
        ("es", "Dado en Asunción, el 8 de octubre de 2008", date(2008, 10, 8)),
        ("pt", "Feito em Díli, aos 30 de janeiro de 2015", date(2015, 1, 30)),
        ("pt", "Assinado em Praia, 12 de agosto de 2020", date(2020, 8, 12)),
    ],
)
def test_a_closing_line_dates_the_document(language, closing, day):
    signature = "The Permanent Secretary\n" if language == "en" else "Le Secrétaire général\n"
    text = f"{HEADLINE[language]}\n\n{BODY[language]}\n{closing}\n{signature}"
    metadata = extract_metadata(text)
    assert metadata.publication_date == day


@pytest.mark.parametrize(
    "closing",
    [
        "Next meeting: 12 June 2011",  # a coming event, no closing line
        "Applications close on 30 September 2014",
        "Prepared remarks were circulated to members on 6 May 2012.",  # a sentence
    ],
)
def test_other_last_lines_give_no_publication_date(closing):
    text = f"{HEADLINE['en']}\n\n{BODY['en']}\n{closing}\n"
    assert extract_metadata(text).publication_date is None


def test_a_dateline_above_comes_before_the_closing_line():
    text = f"{HEADLINE['fr']}\n\nNiamey, le 1er avril 2021 - {BODY['fr']}\nFait à Niamey, le 2 avril 2021\n"
    assert extract_metadata(text).publication_date == date(2021, 4, 1)
