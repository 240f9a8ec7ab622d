"""Spanish, French and Portuguese relative days, weeks, months and years after a contracted preposition or with
the adjective after the noun ('no próximo mês', 'del mes pasado', 'el mes que viene', 'du mois prochain'), and
Spanish 'mañana' as tomorrow but not as the morning (sentences written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2011, 5, 12)  # a Thursday


def values(text, language):
    return {d.text: (d.date_start, d.date_end) for d in extract_dates(text, PUB, language=language)}


@pytest.mark.parametrize(
    "text, language, mention, expected",
    [
        (
            "Os dois governos vão assinar o tratado no próximo mês.",
            "pt",
            "no próximo mês",
            (date(2011, 6, 1), date(2011, 6, 30)),
        ),
        ("As exportações do mês passado caíram 4%.", "pt", "mês passado", (date(2011, 4, 1), date(2011, 4, 30))),
        (
            "A comissão mista reúne-se no ano que vem em Maputo.",
            "pt",
            "no ano que vem",
            (date(2012, 1, 1), date(2012, 12, 31)),
        ),
        (
            "La delegación llegará a Lima el mes que viene.",
            "es",
            "el mes que viene",
            (date(2011, 6, 1), date(2011, 6, 30)),
        ),
        ("Las cifras del mes pasado muestran un alza.", "es", "mes pasado", (date(2011, 4, 1), date(2011, 4, 30))),
        ("El canciller viajará mañana a Quito.", "es", "mañana", (date(2011, 5, 13), date(2011, 5, 13))),
        ("El convenio se firmará pasado mañana.", "es", "pasado mañana", (date(2011, 5, 14), date(2011, 5, 14))),
        (
            "Le texte sera signé au début du mois prochain.",
            "fr",
            "début du mois prochain",  # the edge is part of the mention, the month its value
            (date(2011, 6, 1), date(2011, 6, 30)),
        ),
        (
            "Les chiffres de la semaine dernière sont bons.",
            "fr",
            "la semaine dernière",
            (date(2011, 5, 2), date(2011, 5, 8)),
        ),
    ],
)
def test_a_relative_phrase_of_another_language(text, language, mention, expected):
    assert values(text, language)[mention] == expected


@pytest.mark.parametrize(
    "text",
    ["Los ministros se reunieron durante toda la mañana.", "Cada mañana llegan camiones a la frontera."],
)
def test_the_morning_is_no_day(text):
    assert values(text, "es") == {}
