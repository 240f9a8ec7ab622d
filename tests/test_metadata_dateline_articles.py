"""The article that Spanish and Portuguese letters and releases set before a dateline's date (`Tegucigalpa, M.D.C., a
21 de junio de 2017`, `Luanda, aos 3 de abril de 2019`) does not hide the date: it gives the publication date, like
`le` in French (`Niamey, le 2 avril 2021`). Pages written for these tests."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.test_metadata_stamp_weekdays_and_labels import BODY, HEADLINE


@pytest.mark.parametrize(
    ("language", "line", "day"),
    [
        ("es", "Tegucigalpa, M.D.C., a 21 de junio de 2017", date(2017, 6, 21)),
        ("es", "Bogotá, D.C., a 5 de febrero de 2013", date(2013, 2, 5)),
        ("es", "Asunción, a 30 de noviembre de 2020", date(2020, 11, 30)),
        ("pt", "Luanda, aos 3 de abril de 2019", date(2019, 4, 3)),
        ("fr", "Niamey, le 2 avril 2021", date(2021, 4, 2)),
    ],
)
def test_a_dateline_with_an_article_before_its_date(language, line, day):
    text = f"{HEADLINE[language]}\n\n{line}\n\n{BODY[language]}"
    assert extract_metadata(text).publication_date == day


def test_an_article_and_a_number_without_a_month_give_no_date():
    text = f"{HEADLINE['es']}\n\nAsunción, a 30 kilómetros de la frontera\n\n{BODY['es']}"
    assert extract_metadata(text).publication_date is None
