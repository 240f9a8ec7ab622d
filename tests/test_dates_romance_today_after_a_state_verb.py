"""`hoje`, `hoy`, `aujourd'hui` right after a verb of a state of things, with the clause going on (`A China é hoje o
maior comprador`, `vivem hoje em Angola`, `son hoy los mayores socios`): the present of the state, nowadays, no
date; the day of an act or a meeting stays a date. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2015, 6, 9)


def days(text, language):
    return [m.text for m in extract_dates(text, PUB, (), language)]


@pytest.mark.parametrize(
    "text,language",
    [
        ("A Índia é hoje o segundo maior comprador de carvão moçambicano.", "pt"),
        ("Cerca de 40 mil cabo-verdianos vivem hoje em Portugal, segundo o consulado.", "pt"),
        ("Os dois países mantêm hoje uma cooperação estreita na área da defesa.", "pt"),
        ("Ambos gobiernos son hoy los principales socios comerciales de la región.", "es"),
        ("Los dos países comparten hoy una frontera de 300 kilómetros sin controles.", "es"),
        ("Les deux pays entretiennent aujourd'hui des relations très étroites.", "fr"),
    ],
)
def test_today_after_a_state_verb_is_no_date(text, language):
    assert days(text, language) == []


@pytest.mark.parametrize(
    "text,language",
    [
        ("O ministro chega hoje a Luanda para dois dias de visita.", "pt"),
        ("A reunião da comissão mista é hoje.", "pt"),
        ("El canciller firmó hoy el acuerdo en Quito.", "es"),
    ],
)
def test_today_of_an_act_is_the_day(text, language):
    assert len(days(text, language)) == 1
