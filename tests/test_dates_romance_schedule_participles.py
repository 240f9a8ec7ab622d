"""A date a Spanish, French or Portuguese participle of a schedule governs (`prevista para`, `programadas para`,
`convocada para`, `marcadas para`, `está marcada para`, `prévues le`, `programmée pour`: `future` of date_cues.csv,
in each gender and number) lies ahead, as after English `scheduled for`, in a sentence with no past verb and set off
by commas too (an apposition of a schedule is no past act, as `arrivé mercredi` is); a schedule said in a past form
(`estaba prevista para`, `fue convocado`, `était prévue pour`) is a past plan. Sentences written for the
class, from every region."""

import pytest

from tests.conftest import date_rows

# (published, language, sentence, mention, first day, last day)
AHEAD = [
    (
        "2009-05-07",
        "pt",
        "A visita antecede as eleições gerais moçambicanas, marcadas para 28 de outubro.",
        "28 de outubro",
        "2009-10-28",
        "2009-10-28",
    ),
    (
        "2009-05-07",
        "pt",
        "A reunião da comissão mista Angola-Brasil está marcada para outubro.",
        "para outubro",
        "2009-10-01",
        "2009-10-31",
    ),
    (
        "2016-06-02",
        "pt",
        "A cimeira da CPLP, prevista para novembro em Brasília, reunirá nove chefes de Estado.",
        "para novembro",
        "2016-11-01",
        "2016-11-30",
    ),
    (
        "2016-06-02",
        "pt",
        "As obras do porto de Nacala, agendadas para 3 de dezembro, custam 300 milhões.",
        "3 de dezembro",
        "2016-12-03",
        "2016-12-03",
    ),
    (
        "2013-04-20",
        "es",
        "Las elecciones paraguayas, programadas para el 28 de octubre, enfrentan a tres candidatos.",
        "el 28 de octubre",
        "2013-10-28",
        "2013-10-28",
    ),
    (
        "2013-04-20",
        "es",
        "La conferencia de donantes, convocada para el 12 de noviembre en Lima, busca fondos.",
        "el 12 de noviembre",
        "2013-11-12",
        "2013-11-12",
    ),
    (
        "2013-04-20",
        "es",
        "La cumbre del Mercosur, programada para septiembre, reunirá a los presidentes.",
        "para septiembre",
        "2013-09-01",
        "2013-09-30",
    ),
    (
        "2019-02-14",
        "fr",
        "Les élections sénégalaises, prévues le 24 octobre, opposent cinq candidats.",
        "le 24 octobre",
        "2019-10-24",
        "2019-10-24",
    ),
    (
        "2019-02-14",
        "fr",
        "La visite du président malien, programmée pour novembre, doit relancer la coopération.",
        "novembre",
        "2019-11-01",
        "2019-11-30",
    ),
    (
        "2019-02-14",
        "fr",
        "La session de la commission mixte tuniso-algérienne est prévue en septembre.",
        "en septembre",
        "2019-09-01",
        "2019-09-30",
    ),
]

# A past act in apposition or in the sentence stays behind; so does a schedule said in a past form (a past plan).
BEHIND = [
    (
        "2007-08-09",
        "es",
        "La firma del gasoducto se había postergado: estaba prevista para fines de junio.",
        "fines de junio",
        "2007-06-01",
        "2007-06-30",
    ),
    (
        "2020-10-08",
        "es",
        "El embajador de Marruecos en Madrid fue convocado en mayo por la cancillería.",
        "en mayo",
        "2020-05-01",
        "2020-05-31",
    ),
    (
        "2019-02-14",
        "fr",
        "La réunion de Dakar était prévue pour novembre, mais elle a été reportée.",
        "novembre",
        "2018-11-01",
        "2018-11-30",
    ),
    (
        "2009-05-07",
        "fr",
        "M. Diop, arrivé en novembre, doit signer l'accord.",
        "en novembre",
        "2008-11-01",
        "2008-11-30",
    ),
    (
        "2009-05-07",
        "es",
        "El canciller chileno, llegado en noviembre, firmará el acuerdo.",
        "en noviembre",
        "2008-11-01",
        "2008-11-30",
    ),
    ("2009-05-07", "pt", "A cimeira de Luanda foi realizada em outubro.", "em outubro", "2008-10-01", "2008-10-31"),
]


@pytest.mark.parametrize(("published", "language", "sentence", "mention", "first", "last"), AHEAD + BEHIND)
def test_a_schedule_participle_points_ahead(published, language, sentence, mention, first, last):
    assert (mention, first, last) in date_rows(sentence, published, language)
