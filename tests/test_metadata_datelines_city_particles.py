"""A dateline whose city holds a small word in lower case (`Dar es Salaam`, `Rio de Janeiro`, `Port of Spain`)
dates the article, and its date is no mention; sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.article import extract_article


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Dar es Salaam, 14 March 2016 - Tanzania and Oman signed a port deal here yesterday.", date(2016, 3, 14)),
        ("Rio de Janeiro, 2 de junho de 2014 - O banco assinou ontem o empréstimo.", date(2014, 6, 2)),
        ("Port of Spain, June 2, 2014 - The two ministers met yesterday to sign the accord.", date(2014, 6, 2)),
    ],
)
def test_a_dateline_of_a_city_with_a_lowercase_word(text, published):
    found = extract_article(text)
    assert found.metadata.publication_date == published
    assert [(d.text, d.date_start) for d in found.dates] == [
        (d.text, published.replace(day=published.day - 1)) for d in found.dates
    ]
    assert len(found.dates) == 1
