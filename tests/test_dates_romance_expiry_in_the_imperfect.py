"""Spanish, Portuguese and French: an agreement's expiry said in the imperfect ('que vencía en octubre', 'que expiraba
en junio', 'qui expirait en mars', 'que vencia em agosto') points ahead of publication, as English 'was due to
expire': a past form listed as a future cue is one; a plain past ('se firmó en octubre') stays behind. Sentences
written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2016-05-20",
            "es",
            ("Los bancos centrales renovaron hoy el acuerdo de canje, que vencía en octubre."),
            {("hoy", d("2016-05-20"), d("2016-05-20")), ("en octubre", d("2016-10-01"), d("2016-10-31"))},
        ),
        (
            "2019-02-01",
            "es",
            "El gobierno extendió el contrato de concesión, que expiraba en junio.",
            {("en junio", d("2019-06-01"), d("2019-06-30"))},
        ),
        (
            "2018-03-10",
            "pt",
            "Os dois países renovaram o acordo comercial, que vencia em agosto.",
            {("em agosto", d("2018-08-01"), d("2018-08-31"))},
        ),
        (
            "2020-01-15",
            "fr",
            "Paris a prolongé l'accord de pêche, qui expirait en mars.",
            {("en mars", d("2020-03-01"), d("2020-03-31"))},
        ),
        (
            "2016-05-20",
            "es",
            "El acuerdo de canje se firmó en octubre en Pekín.",
            {("en octubre", d("2015-10-01"), d("2015-10-31"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected
