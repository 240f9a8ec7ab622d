"""Dates in Spanish, French and Portuguese: the same grammar, the tense read from the verbs' forms."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text: str, pub: date, language: str) -> list[tuple[str, str, str]]:
    found = extract_dates(text, pub, (), language)
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in found]


DEC_2022, JULY_2010 = ("2022-12-01", "2022-12-31"), ("2010-07-01", "2010-07-31")
FEB_11, MARCH_2019 = ("2009-02-11", "2009-02-11"), ("2019-03-01", "2019-03-31")


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # a future verb form before a bare month or weekday points ahead
        ("El primer pago se realizará en julio.", date(2021, 6, 14), "es", ("en julio", "2021-07-01", "2021-07-31")),
        ("La ministre se rendra à Dakar en décembre.", date(2022, 10, 5), "fr", ("en décembre", *DEC_2022)),
        ("As partes retomarão em julho as conversas.", date(2010, 6, 10), "pt", ("em julho", *JULY_2010)),
        ("O governo vai enviar ajuda no sábado.", date(2019, 2, 20), "pt", ("no sábado", "2019-02-23", "2019-02-23")),
        # a past verb before the date wins over a future one after it
        ("Le ministre a indiqué mercredi que la part sera réduite.", date(2009, 2, 12), "fr", ("mercredi", *FEB_11)),
        (
            "El canciller firmó en marzo un acuerdo que entrará en vigor.",
            date(2020, 2, 1),
            "es",
            ("en marzo", *MARCH_2019),
        ),
    ],
)
def test_a_verbs_form_sets_the_tense(text, pub, language, expected):
    assert values(text, pub, language) == [expected]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        ("La feria se celebró del 24 al 26 de agosto en Lima.", date(2019, 8, 27), "es", ("2019-08-24", "2019-08-26")),
        ("Le forum s'est tenu du 3 au 5 mars à Abidjan.", date(2021, 3, 10), "fr", ("2021-03-03", "2021-03-05")),
        ("El seminario tuvo lugar el 13 y 14 de enero.", date(2025, 1, 15), "es", ("2025-01-13", "2025-01-14")),
        ("Les réunions ont eu lieu les 8 et 9 juin 2022.", date(2022, 7, 1), "fr", ("2022-06-08", "2022-06-09")),
        ("Recibirán becas entre 2014 y 2016.", date(2014, 4, 10), "es", ("2014-01-01", "2016-12-31")),
        ("Um programa de 2017 a 2021 foi aprovado.", date(2016, 3, 10), "pt", ("2017-01-01", "2021-12-31")),
        ("O porto foi inaugurado em janeiro de 2014.", date(2015, 10, 14), "pt", ("2014-01-01", "2014-01-31")),
    ],
)
def test_spans_and_months_with_their_year(text, pub, language, expected):
    assert [(start, end) for _, start, end in values(text, pub, language)] == [expected]


def test_a_capitalised_weekday_after_a_name_is_a_place():
    text = "Un seminario se celebró en Santo Domingo el martes."
    assert values(text, date(2025, 1, 15), "es") == [("el martes", "2025-01-14", "2025-01-14")]
