"""A dateline that writes its month in capitals (`TBILISI, MARCH 3, 2019`), perhaps with the agency after a
comma and a full stop (`..., GEOPRESS. The ...`), dates the article and is no date mention; sentences written for
these tests."""

from datetime import date

import pytest

from pipelines.extract.article import extract_article


@pytest.mark.parametrize(
    "text",
    [
        "Georgia and Armenia agree on a rail link\n\nTBILISI, MARCH 3, 2019, GEOPRESS. The two prime ministers met "
        "on Saturday.",
        "Georgia and Armenia agree on a rail link\n\nTBILISI, MARCH 3, 2019 (GEOPRESS) - The two prime ministers "
        "met on Saturday.",
    ],
)
def test_a_dateline_in_capitals_dates_the_article(text):
    found = extract_article(text)
    assert found.metadata.publication_date == date(2019, 3, 3)
    assert [(d.text, d.date_start) for d in found.dates] == [("on Saturday", date(2019, 3, 2))]
