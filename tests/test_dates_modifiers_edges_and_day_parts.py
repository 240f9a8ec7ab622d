"""Where a date's mention starts and ends, as TIMEX3 spans it and wire and broadcast copy writes it (sentences written
for these tests, from every region, in English, Spanish, French and Portuguese):

- the edge of a year written out is the year's mention, edge and all (`by the end of 2019`, `the start of 2020`,
  `a finales de 2020`, `fin 2022`, `no final de 2019`, `à la mi-2021`), with the year's value;
- a word that modifies a date starts its mention (`early last week`, `late Tuesday`, `later on Friday`, `earlier
  today`, `tard lundi`, `la noche del jueves`: `date_modifier` of date_cues.csv), with the value of the date it
  modifies;
- the part of a day said after it ends a day's mention (`Sunday evening`, `yesterday afternoon`, `mardi soir`,
  `el jueves por la noche`, `segunda-feira à noite`: `day_part`), still that day.
"""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from tests.conftest import date_rows

# (publication day, sentence, [(mention, first day, last day)], language): exactly these mentions.
CASES = [
    # the edge of a year written out
    (
        "2019-11-20",
        "Gazprom said the second string of the pipeline would be finished by the end of 2021.",
        [("the end of 2021", "2021-01-01", "2021-12-31")],
        "en",
    ),
    (
        "2016-03-02",
        "Kenya Railways expects the first freight trains to run at the start of 2017.",
        [("the start of 2017", "2017-01-01", "2017-12-31")],
        "en",
    ),
    (
        "2012-07-09",
        "Inflation in Vietnam peaked in the middle of 2011 and eased towards the close of 2011.",
        [("the middle of 2011", "2011-01-01", "2011-12-31"), ("the close of 2011", "2011-01-01", "2011-12-31")],
        "en",
    ),
    (
        "2020-01-15",
        "Mongolia signed the coal deal with Beijing at the beginning of 2019, a ministry spokesman said.",
        [("the beginning of 2019", "2019-01-01", "2019-12-31")],
        "en",
    ),
    (
        "2018-05-04",
        "Ecopetrol invertirá US$ 500 millones en el bloque a finales de 2019 y empezó a principios de 2017.",
        [("a finales de 2019", "2019-01-01", "2019-12-31"), ("a principios de 2017", "2017-01-01", "2017-12-31")],
        "es",
    ),
    (
        "2021-09-30",
        "Le chantier du port de Kribi doit s'achever fin 2022, après un retard pris à la mi-2020.",
        [("fin 2022", "2022-01-01", "2022-12-31"), ("à la mi-2020", "2020-01-01", "2020-12-31")],
        "fr",
    ),
    (
        "2019-06-12",
        "A Vale concluiu a obra em Nacala no final de 2018 e iniciou a segunda fase em meados de 2019.",
        [("no final de 2018", "2018-01-01", "2018-12-31"), ("em meados de 2019", "2019-01-01", "2019-12-31")],
        "pt",
    ),
    (
        "2022-02-10",
        # a season's split year is a span of both years; a budget's stays fiscal
        "The 2019-20 season ended at the end of 2020-21 budget talks, the minister said.",
        [("2019-20", "2019-01-01", "2020-12-31"), ("2020-21", "2020-07-01", "2021-06-30")],
        "en",
    ),
    # a word that modifies a date
    (
        "2019-11-20",
        "Turkish and Russian officials met early last week in Sochi.",
        [("early last week", "2019-11-11", "2019-11-17")],
        "en",
    ),
    (
        "2008-03-14",
        "Chilean President Michelle Bachelet arrived in Hanoi late Tuesday for a three-day visit.",
        [("late Tuesday", "2008-03-11", "2008-03-11")],
        "en",
    ),
    (
        "2015-08-19",
        "The Nigerian delegation left Abuja late on Monday and landed in Beijing earlier today.",
        [("late on Monday", "2015-08-17", "2015-08-17"), ("earlier today", "2015-08-19", "2015-08-19")],
        "en",
    ),
    (
        "2023-06-07",
        "Armenia's prime minister will fly to Brussels later on Friday, his office said.",
        [("later on Friday", "2023-06-09", "2023-06-09")],
        "en",
    ),
    (
        "1997-10-29",
        "Hong Kong shares plunged earlier Tuesday before rebounding late yesterday.",
        [("earlier Tuesday", "1997-10-28", "1997-10-28"), ("late yesterday", "1997-10-28", "1997-10-28")],
        "en",
    ),
    (
        "2014-04-02",
        "Les deux ministres se sont entretenus tard lundi à Dakar.",
        [("tard lundi", "2014-03-31", "2014-03-31")],
        "fr",
    ),
    (
        "2016-05-13",
        "Los cancilleres de Perú y Bolivia firmaron el acuerdo la noche del jueves en La Paz.",
        [("la noche del jueves", "2016-05-12", "2016-05-12")],
        "es",
    ),
    (
        "2011-10-05",
        "Two years later Wednesday's accord was still unsigned, the envoy said.",
        [("Two years later", "2013-01-01", "2013-12-31"), ("Wednesday", "2011-10-05", "2011-10-05")],
        "en",
    ),
    # the part of a day said after it
    (
        "2015-08-18",
        "Gabriel, who arrived in Tehran on Sunday evening, met President Rouhani yesterday afternoon.",
        [("on Sunday evening", "2015-08-16", "2015-08-16"), ("yesterday afternoon", "2015-08-17", "2015-08-17")],
        "en",
    ),
    (
        "2019-02-21",
        "Indonesian and Australian negotiators will resume talks tomorrow morning in Jakarta.",
        [("tomorrow morning", "2019-02-22", "2019-02-22")],
        "en",
    ),
    (
        "2010-11-25",
        "M. Bockel, arrivé mardi soir à Bamako, doit rencontrer le président malien.",
        [("mardi soir", "2010-11-23", "2010-11-23")],
        "fr",
    ),
    (
        "2018-12-01",
        "Xi había llegado el jueves por la noche procedente de Buenos Aires.",
        [("el jueves por la noche", "2018-11-29", "2018-11-29")],
        "es",
    ),
    (
        "2009-05-19",
        "O presidente de Moçambique chegou a Lisboa na segunda-feira à noite.",
        [("na segunda-feira à noite", "2009-05-18", "2009-05-18")],
        "pt",
    ),
    (
        "2020-10-21",
        "PETER JENNINGS: Good evening. Tonight the Kremlin answered Tuesday night's vote in Kyiv.",
        [("Tonight", "2020-10-21", "2020-10-21"), ("Tuesday night", "2020-10-20", "2020-10-20")],
        "en",
    ),
    (
        "2003-05-06",
        "The Bank of Japan met on May 5 morning sessions, traders said.",
        [("on May 5", "2003-05-05", "2003-05-05")],
        "en",
    ),
]


@pytest.mark.parametrize(("pub", "text", "expected", "language"), CASES, ids=[c[1][:60] for c in CASES])
def test_span_of_a_modified_date(pub, text, expected, language):
    assert date_rows(text, pub, language) == [(m, first, last) for m, first, last in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Prices were as early as anyone expected and the late president's heirs agreed.",
        "The talks ran late into the night and resumed early.",
    ],
)
def test_no_date_without_a_date(text):
    assert extract_dates(text, date(2019, 11, 20)) == []


@pytest.mark.parametrize(
    ("pub", "text", "expected", "language"),
    [
        (
            "2015-03-26",
            "The Water Authority of Jordan promised a response on Thursday's follow-up programme.",
            [("Thursday", "2015-03-26", "2015-03-26")],
            "en",
        ),
        (
            "2016-09-12",
            "Uzbek and Kazakh officials met at Friday's summit in Astana, and on Sunday in Tashkent.",
            [("Friday", "2016-09-09", "2016-09-09"), ("on Sunday", "2016-09-11", "2016-09-11")],
            "en",
        ),
        (
            "2020-10-21",
            "Bolivian lawmakers argued over Tuesday night's count in La Paz.",
            [("Tuesday night", "2020-10-20", "2020-10-20")],
            "en",
        ),
    ],
)
def test_the_preposition_before_a_date_in_the_possessive_leads_its_noun(pub, text, expected, language):
    """`on Thursday's follow-up`: `on` leads the follow-up, not the day; the mention is the day alone."""
    assert date_rows(text, pub, language) == [(m, first, last) for m, first, last in expected]
