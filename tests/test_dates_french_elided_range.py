"""A French span of months whose `de` is elided before a vowel (`d'avril à septembre 2021`, `d’octobre à
décembre`) is one span, as `de mars à septembre 2021` is; a month after an elided `d'` with no range is still
one month. Sentences written for this test (the held-back set AA showed the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUBLISHED = date(2021, 11, 15)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "La campagne de commercialisation s'étend d'avril à septembre 2021, selon l'office.",
            [("d'avril à septembre 2021", date(2021, 4, 1), date(2021, 9, 30))],
        ),
        (
            "Les livraisons prévues d’août à octobre 2021 ont été avancées.",
            [("d’août à octobre 2021", date(2021, 8, 1), date(2021, 10, 31))],
        ),
        (
            "Les ventes d'octobre à décembre 2020 ont doublé.",
            [("d'octobre à décembre 2020", date(2020, 10, 1), date(2020, 12, 31))],
        ),
        ("La récolte d'août 2021 a été bonne.", [("août 2021", date(2021, 8, 1), date(2021, 8, 31))]),
        ("Il a parlé d'abord de la visite de mars 2021.", [("mars 2021", date(2021, 3, 1), date(2021, 3, 31))]),
    ],
)
def test_an_elided_de_opens_a_span_of_months(sentence, expected):
    found = extract_dates(sentence, PUBLISHED, language="fr")
    assert [(d.text, d.date_start, d.date_end) for d in found] == expected
