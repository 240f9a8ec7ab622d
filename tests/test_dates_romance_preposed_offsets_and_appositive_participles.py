"""Spanish and French relative years, months and weeks with the adjective before the noun or with `passé` ('el pasado
año', 'la pasada semana', 'el mes entrante', 'l'année passée'), and a weekday after a participle set off by a comma,
which reports a past act whatever the main verb's tense ('M. Dupont, arrivé mercredi, doit ...'). Sentences written
for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2005-06-30",
            "es",
            ("El intercambio comercial superó los 1.500 millones de dólares el pasado año, destacó el ministro."),
            {("el pasado año", d("2004-01-01"), d("2004-12-31"))},
        ),
        (
            "2012-03-14",
            "es",
            "Las exportaciones a Brasil crecieron un 8% durante el pasado año.",
            {("el pasado año", d("2011-01-01"), d("2011-12-31"))},
        ),
        (
            "2019-10-09",
            "es",
            "El canciller llegó a Caracas la pasada semana para preparar la visita.",
            {("la pasada semana", d("2019-09-30"), d("2019-10-06"))},
        ),
        (
            "2016-05-20",
            "es",
            "El acuerdo fue firmado el pasado mes en Pekín.",
            {("el pasado mes", d("2016-04-01"), d("2016-04-30"))},
        ),
        (
            "2021-02-10",
            "es",
            "Las obras comenzarán el año entrante, según el ministerio.",
            {("el año entrante", d("2022-01-01"), d("2022-12-31"))},
        ),
        (
            "2018-07-04",
            "es",
            "La cumbre se celebrará el mes entrante en Quito.",
            {("el mes entrante", d("2018-08-01"), d("2018-08-31"))},
        ),
        (
            "2013-11-20",
            "fr",
            "Les échanges ont reculé de 4 % l'année passée, selon les douanes.",
            {("l'année passée", d("2012-01-01"), d("2012-12-31"))},
        ),
        (
            "2017-04-12",
            "fr",
            "Le ministre s'est rendu à Alger la semaine passée.",
            {("la semaine passée", d("2017-04-03"), d("2017-04-09"))},
        ),
        (
            "2010-09-15",
            "fr",
            "Le contrat a été signé le mois passé à Dakar.",
            {("le mois passé", d("2010-08-01"), d("2010-08-31"))},
        ),
        (
            "2008-02-14",
            "fr",
            ("M. Bockel, arrivé mercredi soir, doit se rendre vendredi à Saint-Louis."),
            {("mercredi soir", d("2008-02-13"), d("2008-02-13")), ("vendredi", d("2008-02-15"), d("2008-02-15"))},
        ),
        (
            "2015-03-05",
            "es",
            ("El ministro, llegado el martes a La Paz, se reunirá mañana con el presidente."),
            {("el martes", d("2015-03-03"), d("2015-03-03")), ("mañana", d("2015-03-06"), d("2015-03-06"))},
        ),
        (
            "2019-06-05",
            "fr",
            "La ministre, rentrée lundi de Pékin, présentera l'accord vendredi.",
            {("lundi", d("2019-06-03"), d("2019-06-03")), ("vendredi", d("2019-06-07"), d("2019-06-07"))},
        ),
        (
            "2017-08-09",
            "pt",
            ("O ministro, chegado na segunda-feira a Maputo, vai assinar o acordo amanhã."),
            {("na segunda-feira", d("2017-08-07"), d("2017-08-07")), ("amanhã", d("2017-08-10"), d("2017-08-10"))},
        ),
        (
            "2021-10-06",
            "es",
            "La canciller, recibida el lunes por el rey, firmará mañana el acuerdo.",
            {("el lunes", d("2021-10-04"), d("2021-10-04")), ("mañana", d("2021-10-07"), d("2021-10-07"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected
