"""Fiscal years: the months the article states win (`fiscal 2023 starting in April`, `FY2021 (July 2020-June 2021)`,
`el año fiscal 2016 (julio de 2015 a junio de 2016)`), a span of months written with both years (`April 2020-March
2021`), the Spanish, French and Portuguese names of a fiscal year (`el año fiscal 2016`, `l'exercice 2019-20`, `o
ano fiscal 2021/22`, `el ejercicio anterior`), the state in the possessive that holds the figure a fiscal year
counts (`Bangladesh's exports ... in FY2020-21`), and a city of the sentence before the fiscal year said last
(`Dhaka had set aside ... in its budget for FY2022-23`). Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2023-02-10",
            "en",
            ("JICA's budget for fiscal 2023 starting in April includes coast guard training for the Philippines."),
            {("fiscal 2023", d("2023-04-01"), d("2024-03-31")), ("in April", d("2023-04-01"), d("2023-04-30"))},
        ),
        (
            "2019-02-14",
            "en",
            "Tokyo plans to raise the grant in fiscal 2019 beginning in April.",
            {("fiscal 2019", d("2019-04-01"), d("2020-03-31")), ("in April", d("2019-04-01"), d("2019-04-30"))},
        ),
        (
            "2020-08-01",
            "en",
            ("Washington earmarked $40 million for Kenya in fiscal 2021 starting in October."),
            {("fiscal 2021", d("2020-10-01"), d("2021-09-30")), ("in October", d("2020-10-01"), d("2020-10-31"))},
        ),
        (
            "2022-03-10",
            "en",
            ("Trade crossed $10.8 billion in India's fiscal year 2020-21 (April 2020-March 2021), officials said."),
            {
                ("fiscal year 2020-21", d("2020-04-01"), d("2021-03-31")),
                ("April 2020-March 2021", d("2020-04-01"), d("2021-03-31")),
            },
        ),
        (
            "2016-03-15",
            "es",
            (
                "Los compromisos del Banco Mundial con Paraguay en el año fiscal 2016 "
                "(julio de 2015 a junio de 2016) suman US$ 250 millones."
            ),
            {
                ("el año fiscal 2016", d("2015-07-01"), d("2016-06-30")),
                ("julio de 2015 a junio de 2016", d("2015-07-01"), d("2016-06-30")),
            },
        ),
        (
            "2018-05-02",
            "es",
            ("El presupuesto de Colombia para el año fiscal 2019 prevé más recursos para la frontera."),
            {("el año fiscal 2019", d("2019-01-01"), d("2019-12-31"))},
        ),
        (
            "2017-09-20",
            "es",
            ("Las exportaciones de Pakistán crecieron en el año fiscal 2016-17, según el banco central."),
            {("el año fiscal 2016-17", d("2016-07-01"), d("2017-06-30"))},
        ),
        (
            "2021-06-01",
            "pt",
            ("O orçamento do Egito para o ano fiscal 2021/22 prevê mais investimentos."),
            {("o ano fiscal 2021/22", d("2021-07-01"), d("2022-06-30"))},
        ),
        (
            "2016-01-20",
            "en",
            ("The agency budgeted $300 million for Haiti in fiscal 2016 (October 2015 to September 2016)."),
            {
                ("fiscal 2016", d("2015-10-01"), d("2016-09-30")),
                ("October 2015 to September 2016", d("2015-10-01"), d("2016-09-30")),
            },
        ),
        (
            "2021-09-01",
            "en",
            ("Exports to Dhaka rose in FY2021 (July 2020-June 2021), the bureau said."),
            {("FY2021", d("2020-07-01"), d("2021-06-30")), ("July 2020-June 2021", d("2020-07-01"), d("2021-06-30"))},
        ),
        (
            "2019-05-01",
            "en",
            "Shipments were flat from January 2018 to March 2019 across the region.",
            {("from January 2018 to March 2019", d("2018-01-01"), d("2019-03-31"))},
        ),
        (
            "2019-05-01",
            "en",
            ("Shipments were flat in the period June 2017-May 2018, the ministry said."),
            {("June 2017-May 2018", d("2017-06-01"), d("2018-05-31"))},
        ),
        (
            "2016-03-15",
            "es",
            (
                "Los compromisos suman US$ 250 millones en el año fiscal 2016 (julio de"
                " 2015 a junio de 2016), frente a US$ 90 millones en el ejercicio "
                "anterior."
            ),
            {
                ("el año fiscal 2016", d("2015-07-01"), d("2016-06-30")),
                ("julio de 2015 a junio de 2016", d("2015-07-01"), d("2016-06-30")),
                ("el ejercicio anterior", d("2014-07-01"), d("2015-06-30")),
            },
        ),
        (
            "2018-11-20",
            "es",
            (
                "Las exportaciones de Egipto crecieron un 12% en el ejercicio fiscal "
                "2017/18, frente al 7% en el ejercicio anterior."
            ),
            {
                ("el ejercicio fiscal 2017/18", d("2017-07-01"), d("2018-06-30")),
                ("el ejercicio anterior", d("2016-07-01"), d("2017-06-30")),
            },
        ),
        (
            "2020-02-10",
            "pt",
            ("O governo do Paquistão prevê cortes no próximo ano fiscal, disse o ministro."),
            {("no próximo ano fiscal", d("2020-07-01"), d("2021-06-30"))},
        ),
        (
            "2022-09-01",
            "en",
            ("Pakistan's exports to China rose to $2.8 billion in FY2021-22, the State Bank said."),
            {("FY2021-22", d("2021-07-01"), d("2022-06-30"))},
        ),
        (
            "2024-05-30",
            "en",
            ("Egypt's imports from Kuwait reached $1.2 billion in fiscal year 2022/2023, the ministry said."),
            {("fiscal year 2022/2023", d("2022-07-01"), d("2023-06-30"))},
        ),
        (
            "2023-01-15",
            "en",
            ("Kenya's tea shipments to Pakistan grew by a fifth in the 2021/22 financial year."),
            {("the 2021/22 financial year", d("2021-07-01"), d("2022-06-30"))},
        ),
        (
            "2022-06-01",
            "en",
            ("The program lifted India's exports to Bangladesh to $16 billion in 2021-22, the ministry said."),
            {("2021-22", d("2021-04-01"), d("2022-03-31"))},
        ),
        (
            "2020-11-01",
            "en",
            (
                "Bilateral trade touched $9 billion in FY2019-20, making Bangladesh "
                "India's largest partner in the region."
            ),
            {("FY2019-20", d("2019-04-01"), d("2020-03-31"))},
        ),
        (
            "2022-09-07",
            "en",
            (
                "Trade touched $18 billion in FY2021-22, making Bangladesh India's "
                "largest partner.\nMomen said Dhaka had set aside Tk 500 crore in its "
                "budget for FY2022-23 for the rail links."
            ),
            {("FY2021-22", d("2021-04-01"), d("2022-03-31")), ("FY2022-23", d("2022-07-01"), d("2023-06-30"))},
        ),
        (
            "2019-06-20",
            "en",
            (
                "Pakistan's exports to Kenya rose in FY2018-19, the bureau said.\n"
                "Nairobi has allotted Sh2 billion in its budget for the 2019/20 "
                "financial year to the port."
            ),
            {
                ("FY2018-19", d("2018-07-01"), d("2019-06-30")),
                ("the 2019/20 financial year", d("2019-07-01"), d("2020-06-30")),
            },
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected
