"""A day or month without a year in a clause of its own, after a past verb of another clause (a purpose, a
relative or subordinate clause, an apposition): the past is the report's, the date a schedule's, so a date just
ahead of publication beats one most of a year back. A past verb in the date's own clause still sets the past.
Sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub, language="en"):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # a purpose set off by commas after a past sale: the shipment lies ahead
        (
            "Cargill has sold 300,000 tonnes of Argentine wheat to Egypt's state buyer, for loading in March, "
            "dealers said.",
            date(1996, 2, 8),
            "en",
            [("in March", "1996-03-01", "1996-03-31")],
        ),
        # a relative clause in the present, the schedule of the thing the past verb's object names
        (
            "Reuters reported the drill, which starts on March 3, was approved by the cabinet.",
            date(2009, 2, 20),
            "en",
            [("on March 3", "2009-03-03", "2009-03-03")],
        ),
        (
            "Kenya Airways said its Nairobi-Mumbai route, when it launches on 15 August, would use Dreamliners.",
            date(2018, 7, 2),
            "en",
            [("on 15 August", "2018-08-15", "2018-08-15")],
        ),
        # a subjunctive after `que`: what was asked for happens ahead
        (
            "El intendente exigió que la empresa entregue los buses en diciembre.",
            date(2014, 11, 3),
            "es",
            [("en diciembre", "2014-12-01", "2014-12-31")],
        ),
        (
            "Le préfet a demandé que les écoles rouvrent le 2 mars.",
            date(2021, 2, 15),
            "fr",
            [("le 2 mars", "2021-03-02", "2021-03-02")],
        ),
        (
            "O sindicato pediu que o reajuste seja pago em janeiro.",
            date(2016, 12, 10),
            "pt",
            [("em janeiro", "2017-01-01", "2017-01-31")],
        ),
        (
            "A federação confirmou o torneio, que começa em 12 de abril.",
            date(2010, 3, 20),
            "pt",
            [("12 de abril", "2010-04-12", "2010-04-12")],
        ),
        # the past verb of the date's own clause: a relative clause, an apposition, a reported past
        (
            "Petrobras, which signed a supply accord with Bolivia in January, has widened its talks.",
            date(2006, 11, 14),
            "en",
            [("in January", "2006-01-01", "2006-01-31")],
        ),
        (
            "The frigate deal, signed in January, covers two ships.",
            date(2004, 12, 4),
            "en",
            [("in January", "2004-01-01", "2004-01-31")],
        ),
        (
            "Le contrat, signé en janvier, couvre deux navires.",
            date(2004, 12, 4),
            "fr",
            [("en janvier", "2004-01-01", "2004-01-31")],
        ),
        (
            "Analysts said the bank, which lifted rates in March, would hold them.",
            date(1995, 2, 10),
            "en",
            [("in March", "1994-03-01", "1994-03-31")],
        ),
        (
            "The mill said output fell in March.",
            date(1995, 2, 10),
            "en",
            [("in March", "1994-03-01", "1994-03-31")],
        ),
    ],
)
def test_date_in_a_clause_apart_from_the_past(text, pub, language, expected):
    assert found(text, pub, language) == expected
