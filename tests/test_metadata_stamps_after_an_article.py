"""A date stamp alone on its line after the article that French and Spanish pages put before a date (`Le 5 mars 2021 à
08:15`, `El martes 5 de marzo de 2024`) dates the page; a sentence that opens so is no stamp (texts written for these
tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "Les deux gouvernements ont convenu mardi d'élargir leur coopération dans l'agriculture, le transport maritime "
    "et les énergies renouvelables, ont indiqué des responsables.\n"
)
HEADLINE = "Les deux voisins signent un accord ferroviaire"

STAMPS = [
    ("Le 5 mars 2021 à 08:15", (2021, 3, 5)),
    ("le vendredi 5 mars 2021", (2021, 3, 5)),
    ("Le 05/03/2021 à 08h15", (2021, 3, 5)),
    ("El 5 de marzo de 2021 a las 08:15", (2021, 3, 5)),
    ("El martes 5 de marzo de 2024", (2024, 3, 5)),
]


@pytest.mark.parametrize(("stamp", "day"), STAMPS)
def test_a_stamp_after_an_article_dates_the_page(stamp, day):
    meta = extract_metadata(f"{HEADLINE}\n\n{stamp}\n\n{BODY}")
    assert (meta.title, meta.publication_date) == (HEADLINE, date(*day))


def test_a_sentence_that_opens_with_an_article_and_a_date_is_no_stamp():
    text = f"{HEADLINE}\n\nLe 5 mars 2021, les deux pays ont signé un accord sur la ligne ferroviaire du nord.\n"
    assert extract_metadata(text).publication_date is None
