"""The date a forward deal's goods are to move (`for shipment in July`, `para embarque entre maio e julho`, `pour
livraison en juillet`; `forward_for` of date_cues.csv) lies ahead, whatever the past of the deal's verb; a date of
the act itself stays behind. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2021, 4, 19)


def first_day(text, language, mention):
    found = [m for m in extract_dates(text, PUB, (), language) if m.text == mention]
    assert len(found) == 1
    return found[0].date_start


@pytest.mark.parametrize(
    "text,language,mention,start",
    [
        (
            "The trader closed last Thursday a sale of 60,000 tonnes of wheat for shipment between May and July.",
            "en",
            "between May and July",
            "2021-05-01",
        ),
        (
            "A trading fechou na última quinta-feira a compra de soja para embarque entre maio e julho.",
            "pt",
            "entre maio e julho",
            "2021-05-01",
        ),
        ("La estatal cerró el martes la compra de maíz para embarque en julio.", "es", "en julio", "2021-07-01"),
        ("L'office a conclu mardi un achat de blé pour livraison en juillet.", "fr", "en juillet", "2021-07-01"),
    ],
)
def test_the_date_of_a_forward_deal_lies_ahead(text, language, mention, start):
    assert first_day(text, language, mention) == date.fromisoformat(start)


def test_the_date_of_the_loading_itself_stays_behind():
    assert first_day("The cargo was loaded in March for delivery to Karachi.", "en", "in March") == date(2021, 3, 1)
