"""A fiscal year follows the state whose own currency a figure of its sentence is in, when one state alone issues it
('set aside Ksh 2.4 billion in the 2019/20 financial year' after an Ethiopian envoy, 'Tk 500 crore ... in FY2021-22'
after an Indian envoy); not the United States dollar, in which every state's trade and aid are counted. Sentences
written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2019-05-12",
            "en",
            (
                "Speaking after meeting the Ethiopian envoy to Kenya, Ms. Wanjiku said "
                "the government had set aside Ksh 2.4 billion in the 2019/20 financial "
                "year for the border post."
            ),
            {("the 2019/20 financial year", d("2019-07-01"), d("2020-06-30"))},
        ),
        (
            "2021-06-15",
            "en",
            (
                "Meeting the Indian High Commissioner, the minister said Tk 500 crore "
                "had been allocated in FY2021-22 for the rail link."
            ),
            {("FY2021-22", d("2021-07-01"), d("2022-06-30"))},
        ),
        (
            "2018-03-02",
            "en",
            (
                "After talks with the Chinese delegation, officials said LE 3 billion "
                "was set aside in fiscal year 2018/19 for the zone."
            ),
            {("fiscal year 2018/19", d("2018-07-01"), d("2019-06-30"))},
        ),
        (
            "2020-02-20",
            "en",
            ("The Japanese embassy said USh 40 billion would be spent in the 2020/21 financial year on the bridge."),
            {("the 2020/21 financial year", d("2020-07-01"), d("2021-06-30"))},
        ),
        (
            "2017-07-10",
            "en",
            (
                "At a meeting with Pakistani officials, the Indian minister said INRs "
                "900 crore would be spent in 2017-18 on the border roads."
            ),
            {("2017-18", d("2017-04-01"), d("2018-03-31"))},
        ),
        (
            "2016-03-15",
            "en",
            (
                "The World Bank lent Paraguay US$ 150 million in fiscal 2016, while the"
                " Brazilian bank lent R$ 90 million."
            ),
            {("fiscal 2016", d("2016-01-01"), d("2016-12-31"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected
