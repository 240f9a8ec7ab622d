"""A deadline or the end of a span said with a past perfect lies behind: the auxiliary of the past perfect is data
(`perfect_auxiliary` of date_cues.csv: had, había, avait, tinha, havia), so Spanish, French and Portuguese
(`tinha arrecadado até 30 de setembro`, `había desembolsado antes de octubre`) read as English does (`had left by
May 10`). A Romance deadline or `until` word that opens the sentence (`Até setembro,`, `Antes de octubre,`,
`Jusqu'à octobre,`, `D'ici octobre,`: `preposition_lead`) leaves the tense to the clause's verb after it, as English
`By October,` does. Sentences written for the class, from every region."""

import pytest

from tests.conftest import date_rows

# (published, language, sentence, mention, first day, last day)
BEHIND = [
    (
        "2018-02-10",
        "en",
        "By October the Kenyan treasury had spent 40 percent of its development budget.",
        "By October",
        "2017-10-01",
        "2017-10-31",
    ),
    (
        "2018-02-10",
        "en",
        "Officials in Hanoi said the port had handled two million containers by November.",
        "by November",
        "2017-11-01",
        "2017-11-30",
    ),
    (
        "2018-02-10",
        "pt",
        "Até 30 de setembro, o Estado moçambicano tinha arrecadado 131 mil milhões de meticais.",
        "30 de setembro",
        "2017-09-30",
        "2017-09-30",
    ),
    (
        "2018-02-10",
        "pt",
        "O Tesouro angolano tinha transferido 40 milhões de dólares à China até setembro.",
        "até setembro",
        "2017-09-01",
        "2017-09-30",
    ),
    (
        "2018-02-10",
        "pt",
        "Até outubro, a Petrobras havia investido 2 bilhões de reais no Paraguai.",
        "Até outubro",
        "2017-10-01",
        "2017-10-31",
    ),
    (
        "2018-02-10",
        "es",
        "Antes de octubre, el Gobierno peruano había desembolsado 40 millones de dólares.",
        "Antes de octubre",
        "2017-10-01",
        "2017-10-31",
    ),
    (
        "2018-02-10",
        "es",
        "Hasta noviembre, Bolivia y Chile habían firmado doce acuerdos de cooperación.",
        "Hasta noviembre",
        "2017-11-01",
        "2017-11-30",
    ),
    (
        "2018-02-10",
        "fr",
        "Jusqu’à octobre, le Trésor sénégalais avait décaissé 30 millions d’euros.",
        "octobre",
        "2017-10-01",
        "2017-10-31",
    ),
    (
        "2018-02-10",
        "fr",
        "Le Cameroun avait reçu 12 millions d’euros de la France d’ici novembre.",
        "novembre",
        "2017-11-01",
        "2017-11-30",
    ),
]

AHEAD = [
    (
        "2018-02-10",
        "en",
        "By October the Kenyan treasury will have spent 40 percent of its budget.",
        "By October",
        "2018-10-01",
        "2018-10-31",
    ),
    (
        "2018-02-10",
        "pt",
        "Até setembro, o governo de Cabo Verde vai pagar 40 milhões de euros.",
        "Até setembro",
        "2018-09-01",
        "2018-09-30",
    ),
    (
        "2018-02-10",
        "pt",
        "A ponte sobre o rio Zambeze deve ficar pronta até outubro.",
        "até outubro",
        "2018-10-01",
        "2018-10-31",
    ),
    (
        "2018-02-10",
        "es",
        "Antes de octubre, el Gobierno uruguayo desembolsará 40 millones de dólares.",
        "Antes de octubre",
        "2018-10-01",
        "2018-10-31",
    ),
    (
        "2018-02-10",
        "fr",
        "D’ici octobre, le Trésor ivoirien aura décaissé 30 millions d’euros.",
        "octobre",
        "2018-10-01",
        "2018-10-31",
    ),
    (
        "2018-02-10",
        "fr",
        "Le chantier du port de Lomé sera achevé d’ici novembre.",
        "novembre",
        "2018-11-01",
        "2018-11-30",
    ),
]


@pytest.mark.parametrize(("published", "language", "sentence", "mention", "first", "last"), BEHIND + AHEAD)
def test_a_deadline_takes_the_tense_of_its_clause(published, language, sentence, mention, first, last):
    assert (mention, first, last) in date_rows(sentence, published, language)
