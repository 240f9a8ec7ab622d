"""A date said of the plan a past verb of announcing or discussing names ("announced a curfew from 2 March",
"discussed a summit in October"): the plan's date, the nearest such month or day either way, not a past one by the
verb's tense. Sentences written for these tests; the act's own date ("announced on Monday", "discussed with him
in May") and a verb of the plan's own ("a plant that opened in May") keep the past."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub, language="en"):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # the object of the announcement is ahead: the nearest month or day, here the coming one
        (
            "The Kenyan transport authority announced a ban on night buses from 2 March.",
            date(2011, 2, 20),
            "en",
            [("2 March", "2011-03-02", "2011-03-02")],
        ),
        (
            "Both premiers discussed a joint energy forum in Almaty in October.",
            date(2019, 7, 9),
            "en",
            [("in October", "2019-10-01", "2019-10-31")],
        ),
        (
            "The governor unveiled a new ferry timetable for the islands, valid until November.",
            date(2005, 9, 1),
            "en",
            [("until November", "2005-11-01", "2005-11-30")],
        ),
        (
            "La aerolínea anunció una nueva ruta entre Quito y Panamá a partir de noviembre.",
            date(2014, 9, 15),
            "es",
            [("a partir de noviembre", "2014-11-01", "2014-11-30")],
        ),
        (
            "Le préfet a annoncé la fermeture du port de pêche en mai.",
            date(2021, 2, 3),
            "fr",
            [("en mai", "2021-05-01", "2021-05-31")],
        ),
        (
            "A operadora anunciou a abertura de uma loja em Maputo em dezembro.",
            date(2016, 10, 4),
            "pt",
            [("em dezembro", "2016-12-01", "2016-12-31")],
        ),
        # a month most of a year ahead stays behind: the nearest either way
        (
            "The board discussed the harvest results in August.",
            date(2012, 2, 10),
            "en",
            [("in August", "2011-08-01", "2011-08-31")],
        ),
        # the act's own date, and a verb of the plan's own, keep the past
        (
            "The ministry announced in a statement in October that the bridge had reopened.",
            date(2009, 7, 1),
            "en",
            [("in October", "2008-10-01", "2008-10-31")],
        ),
        (
            "The mayors discussed with the minister in November the water shortage.",
            date(2018, 8, 20),
            "en",
            [("in November", "2017-11-01", "2017-11-30")],
        ),
        (
            "The company announced results that showed exports fell in December.",
            date(2003, 9, 12),
            "en",
            [("in December", "2002-12-01", "2002-12-31")],
        ),
        (
            "El gobierno presentó un plan que fracasó en noviembre.",
            date(2010, 8, 30),
            "es",
            [("en noviembre", "2009-11-01", "2009-11-30")],
        ),
        # no verb of announcing: the past as before
        (
            "The two delegations visited the refinery at Mombasa in October.",
            date(2019, 7, 9),
            "en",
            [("in October", "2018-10-01", "2018-10-31")],
        ),
    ],
)
def test_a_date_of_an_announced_plan(text, pub, language, expected):
    assert found(text, pub, language) == expected
