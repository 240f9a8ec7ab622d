"""A page's `Last updated` stamp is the day it was changed, not the day it was published: when the page also gives its
publication day, that day wins, whatever the order of the two lines (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

PAGES = [
    ("Last updated: 22 June 2021\nPublished: 20 June 2021", (2021, 6, 20)),
    ("Updated on March 3, 2022, 10:05 am\nFirst published March 1, 2022", (2022, 3, 1)),
    ("Updated: 5 April 2024, 09:12\nPublished: 3 April 2024, 18:40", (2024, 4, 3)),
    ("Actualizado el 8 de junio de 2022\nPublicado el 7 de junio de 2022", (2022, 6, 7)),
    ("Mis à jour le 12 février 2024\nPublié le 10 février 2024", (2024, 2, 10)),
    ("Dernière mise à jour : 19/11/2023\nPublié le 17/11/2023", (2023, 11, 17)),
    ("Atualizado em 15/09/2023\nPublicado em 14/09/2023", (2023, 9, 14)),
    ("Last modified: 2 May 2019\nPublished on 30 April 2019", (2019, 4, 30)),
    ("Last Updated : 06 Mar 2021 10:00 AM | Published : 05 Mar 2021 08:15 AM", (2021, 3, 5)),
    ("Mis à jour le 06/03/2021 à 10h00 · Publié le 05/03/2021 à 08h15", (2021, 3, 5)),
    ("Actualizado: 06/03/2021 10:00 | Publicado: 05/03/2021 08:15", (2021, 3, 5)),
    ("Atualizado em 06/03/2021 - Publicado em 05/03/2021", (2021, 3, 5)),
]


@pytest.mark.parametrize(("stamps", "day"), PAGES)
def test_the_publication_day_wins_over_the_day_of_the_last_update(stamps, day):
    headline = "Neighbours agree to reopen a border crossing"
    meta = extract_metadata(f"{headline}\n\n{stamps}\n\n{BODY}")
    assert (meta.title, meta.publication_date) == (headline, date(*day))


def test_a_day_of_update_after_the_day_of_publication_on_one_line_stays_a_date_of_the_text():
    text = "Neighbours agree to reopen a border crossing\n\nJane Roe |17.08.2023 - Update : 18.08.2023\n\n" + BODY
    meta = extract_metadata(text)
    assert meta.publication_date == date(2023, 8, 17)
    assert not any(start <= text.index("18.08") < end for start, end in meta.skip_spans)


def test_an_update_stamp_alone_still_dates_the_page():
    text = "Egypt and Jordan extend a gas supply deal\n\nLast Updated: Friday, 9 July 2021, 10:12 GMT\n\n" + BODY
    assert extract_metadata(text).publication_date == date(2021, 7, 9)
