"""A date after a request, its addressee and the infinitive of the act asked for is when that act is to happen, ahead
of publication whatever the tense of the request ('asked Ankara to release more water during the summer', 'called on
donors to deliver the funds in December'); a request without an infinitive ('asked about the deal in March') or one
in the past perfect stays in the past. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2023-03-28",
            "en",
            ("Sudani also asked Ankara to release more water from the rivers during the summer."),
            {("during the summer", d("2023-06-01"), d("2023-08-31"))},
        ),
        (
            "2019-02-10",
            "en",
            ("The minister urged Islamabad to repay the loan by June, officials said."),
            {("by June", d("2019-06-01"), d("2019-06-30"))},
        ),
        (
            "2021-10-05",
            "en",
            "Guterres called on donors to deliver the funds in December.",
            {("in December", d("2021-12-01"), d("2021-12-31"))},
        ),
        (
            "2016-11-20",
            "en",
            "Moscow pressed Ankara to reopen the pipeline talks in the spring.",
            {("in the spring", d("2017-03-01"), d("2017-05-31"))},
        ),
        (
            "2018-05-02",
            "en",
            "The IMF asked Egypt to cut fuel subsidies in July.",
            {("in July", d("2018-07-01"), d("2018-07-31"))},
        ),
        (
            "2015-01-12",
            "en",
            "The president requested parliament to approve the budget in February.",
            {("in February", d("2015-02-01"), d("2015-02-28"))},
        ),
        (
            "2019-06-10",
            "en",
            "Officials asked about the deal in March said nothing had changed.",
            {("in March", d("2019-03-01"), d("2019-03-31"))},
        ),
        (
            "2022-02-01",
            "en",
            "In January, the ministry asked banks to report their exposure.",
            {("In January", d("2022-01-01"), d("2022-01-31"))},
        ),
        (
            "2020-07-20",
            "en",
            "The envoy urged the two sides on Friday to resume talks.",
            {("on Friday", d("2020-07-17"), d("2020-07-17"))},
        ),
        (
            "2010-04-14",
            "en",
            "The council urged both governments to hold the vote in the autumn.",
            {("in the autumn", d("2010-09-01"), d("2010-11-30"))},
        ),
        (
            "2012-08-03",
            "en",
            (
                "Washington pressed Beijing to let the yuan rise faster in the coming "
                "months and to report on progress in October."
            ),
            {("in October", d("2012-10-01"), d("2012-10-31"))},
        ),
        (
            "2011-05-09",
            "en",
            "Diplomats said the minister had asked Seoul to send the aid in March.",
            {("in March", d("2011-03-01"), d("2011-03-31"))},
        ),
        # an addressee of several names and titles brings the infinitive far from the request
        (
            "2016-08-02",
            "en",
            (
                "Najib instructed Foreign Minister Datuk Seri Anifah Aman and his Indonesian counterpart Retno Marsudi"
                " to hold technical talks in September."
            ),
            {("in September", d("2016-09-01"), d("2016-09-30"))},
        ),
        (
            "2019-02-11",
            "en",
            (
                "President Uhuru Kenyatta directed Treasury Secretary Henry Rotich and Central Bank Governor Patrick"
                " Njoroge to present a plan in May."
            ),
            {("in May", d("2019-05-01"), d("2019-05-31"))},
        ),
        (
            "2017-01-09",
            "en",
            (
                "Macri asked Chinese Ambassador Yang Wanming and the heads of PowerChina and Gezhouba to restart work"
                " on the dams in March."
            ),
            {("in March", d("2017-03-01"), d("2017-03-31"))},
        ),
        (
            "2015-10-12",
            "en",
            (
                "Modi called on Japanese Prime Minister Shinzo Abe and Finance Minister Taro Aso to sign the rail loan"
                " in December."
            ),
            {("in December", d("2015-12-01"), d("2015-12-31"))},
        ),
        (
            "2020-07-07",
            "en",
            "The council urged Prime Minister Abiy Ahmed and President Abdel Fattah al-Sisi to resume talks in August.",
            {("in August", d("2020-08-01"), d("2020-08-31"))},
        ),
        # `to` before a name or a noun is no infinitive: the past stays
        (
            "2018-03-05",
            "en",
            "The envoy asked the minister about a loan that was extended to Ghana in December.",
            {("in December", d("2017-12-01"), d("2017-12-31"))},
        ),
        (
            "2020-12-14",
            "en",
            "The IMF urged the government in a letter sent to parliament in January.",
            {("in January", d("2020-01-01"), d("2020-01-31"))},
        ),
        (
            "2012-01-10",
            "en",
            "Officials asked the ministers of the three states about plans announced in Accra in March.",
            {("in March", d("2011-03-01"), d("2011-03-31"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected


def test_a_figure_said_with_a_request_keeps_its_own_tense():
    from pipelines.extract.article import extract_article
    from pipelines.extract.settings import default_settings

    rules = default_settings().replace(money_kind_model="rules")  # the rule table's case, not the classifier's
    text = (
        " date 1990-08-04 \n\nEmir asks for help\n\nThe exiled emir has asked governments to protect the"
        " country's investments abroad, estimated at $90 billion.\n"
    )
    assert [m.kind for m in extract_article(text, rules).money] == ["actual"]
