"""A date of an event that a phrase looks ahead to (`ahead of the election on October 9`, `in the run-up to the
summit this weekend`, `en vue des élections du 9 octobre`; `ahead_lead` of date_cues.csv) lies ahead of
publication, whatever the tense of the verb before it; a clause of its own after the lead ("ahead of his president
and spent Tuesday evening") does not. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text, pub, language="en"):
    return {m.text: (m.date_start, m.date_end) for m in extract_dates(text, date.fromisoformat(pub), (), language)}


@pytest.mark.parametrize(
    "text,pub,language,mention,start,end",
    [
        (
            "Modi met the Afghan president on Thursday and pledged support ahead of the presidential election on "
            "October 9.",
            "2014-08-29",
            "en",
            "on October 9",
            "2014-10-09",
            "2014-10-09",
        ),
        (
            "Xi arrived in Lima on Wednesday for a state visit ahead of the APEC summit this weekend.",
            "2016-11-18",
            "en",
            "this weekend",
            "2016-11-19",
            "2016-11-20",
        ),
        (
            "Opposition leaders met in Nairobi in the run-up to the referendum on March 3.",
            "2021-02-10",
            "en",
            "on March 3",
            "2021-03-03",
            "2021-03-03",
        ),
        (
            "Le ministre a reçu les partis en vue des élections du 9 octobre.",
            "2019-09-12",
            "fr",
            "9 octobre",
            "2019-10-09",
            "2019-10-09",
        ),
        (
            "El canciller viajó a Brasilia de cara a la cumbre del 4 de diciembre.",
            "2018-11-20",
            "es",
            "4 de diciembre",
            "2018-12-04",
            "2018-12-04",
        ),
        (
            "O ministro reuniu-se com os parceiros em preparação para o fórum de 12 de maio.",
            "2022-04-28",
            "pt",
            "12 de maio",
            "2022-05-12",
            "2022-05-12",
        ),
    ],
)
def test_a_date_an_ahead_phrase_leads_to_lies_ahead(text, pub, language, mention, start, end):
    got = values(text, pub, language)
    hit = [v for t, v in got.items() if t.endswith(mention) or mention.endswith(t)]
    assert hit == [(date.fromisoformat(start), date.fromisoformat(end))]


def test_a_clause_after_the_lead_keeps_its_own_past():
    got = values("The envoy flew in ahead of his president and spent Tuesday evening with farmers.", "2023-04-06")
    assert got["Tuesday evening"] == (date(2023, 4, 4), date(2023, 4, 4))
