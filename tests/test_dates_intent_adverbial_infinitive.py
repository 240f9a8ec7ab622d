"""An intent verb whose infinitive comes after an adverbial of the act (a time, a place, a meeting: 'agreed on
Friday to open', 'decided last month to launch', 'pledged at the summit in Lima to cut') still points the
infinitive's date ahead, as 'agreed to open' does; a `to` before a noun ('agreed in March to the terms') is no
infinitive, and a date between the verb and its `to` is the act's own. Sentences written for the class, from every
region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, text, expected",
    [
        (
            "2022-04-18",
            "Kenyan and Ugandan officials agreed in Kampala on Friday to open the new border post in September.",
            {("on Friday", d("2022-04-15"), d("2022-04-15")), ("in September", d("2022-09-01"), d("2022-09-30"))},
        ),
        (
            "2023-03-10",
            "Rosatom and the Egyptian nuclear authority agreed last month to start pouring concrete in November.",
            {("last month", d("2023-02-01"), d("2023-02-28")), ("in November", d("2023-11-01"), d("2023-11-30"))},
        ),
        (
            "2019-02-20",
            "The Brazilian and Argentine central banks decided on Tuesday to launch the currency swap in June.",
            {("on Tuesday", d("2019-02-19"), d("2019-02-19")), ("in June", d("2019-06-01"), d("2019-06-30"))},
        ),
        (
            "2024-05-02",
            "Hanoi pledged at the ASEAN summit in Vientiane to open a second LNG terminal in October.",
            {("in October", d("2024-10-01"), d("2024-10-31"))},
        ),
        (
            "2023-01-20",
            "Tokyo and Seoul promised during their talks to resume the shuttle flights in March.",
            {("in March", d("2023-03-01"), d("2023-03-31"))},
        ),
        (
            "2018-11-05",
            "Ghana and Ivory Coast resolved at the joint commission in Accra to hold the next session in February.",
            {("in February", d("2019-02-01"), d("2019-02-28"))},
        ),
        (
            "2020-03-12",
            "Uzbek and Kazakh railways agreed on Wednesday to run a direct freight service from December.",
            {("on Wednesday", d("2020-03-11"), d("2020-03-11")), ("from December", d("2020-12-01"), d("2020-12-31"))},
        ),
        (
            "2015-06-03",
            "Peru and Bolivia agreed in principle to reopen the Desaguadero crossing on August 1.",
            {("on August 1", d("2015-08-01"), d("2015-08-01"))},
        ),
        (
            "2017-09-14",
            "The Saudi and Pakistani ministers vowed after the meeting to sign the refinery deal in December.",
            {("in December", d("2017-12-01"), d("2017-12-31"))},
        ),
        (
            "2021-02-08",
            "Warsaw and Vilnius have agreed once again to hold the joint exercise in May.",
            {("in May", d("2021-05-01"), d("2021-05-31"))},
        ),
        # no infinitive: `to` before a noun, or the date stands between the verb and its `to`
        (
            "2020-06-01",
            "The two ministries agreed in March to the terms of the loan.",
            {("in March", d("2020-03-01"), d("2020-03-31"))},
        ),
        (
            "2021-04-20",
            "Poland agreed last month to the sale, and deliveries began in January.",
            {("last month", d("2021-03-01"), d("2021-03-31")), ("in January", d("2021-01-01"), d("2021-01-31"))},
        ),
        (
            "2016-10-10",
            "Canberra decided in August to extend the mission by a year.",
            {("in August", d("2016-08-01"), d("2016-08-31"))},
        ),
        (
            "2019-07-22",
            "Nigeria agreed with the lenders to a revised schedule, officials said, after talks in June.",
            {("in June", d("2019-06-01"), d("2019-06-30"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, text, expected):
    found = extract_dates(text, d(published))
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected
