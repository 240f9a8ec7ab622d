"""A document whose only day is in its head block, under its first line (an edition's line, a record's sitting, a
judgment's delivery): that day dates the page and is no date of the story; a headline's own day never does (pages
written for the class)."""

from datetime import date

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.metadata import extract_metadata

_BODY = (
    "The delegation met the trade minister on Monday and agreed to reopen the border crossing to lorries, "
    "officials said after the talks.\n"
)


@pytest.mark.parametrize(
    "head, published",
    [
        (
            "Nordic Chamber in Vietnam | Members' Letter\nMarch 2018 issue, published 12 March 2018\n\n"
            "Hanoi courts Nordic shipyards\n\n",
            date(2018, 3, 12),
        ),
        ("NATIONAL ASSEMBLY OF ZAMBIA\nVerbatim report, 14th sitting (2 July 2019) — excerpt\n\n", date(2019, 7, 2)),
        (
            "IN THE SUPREME COURT OF GHANA AT ACCRA\nCivil Appeal No. 4 of 2016\nJudgment delivered: 9 March 2017\n\n",
            date(2017, 3, 9),
        ),
        (
            "Câmara de Comércio Luso-Angolana\nBoletim n.º 8, de 21 de outubro de 2013\n\n"
            "Exportações para Angola crescem no terceiro trimestre\n\n",
            date(2013, 10, 21),
        ),
    ],
)
def test_the_head_block_day_dates_the_page(head, published):
    meta = extract_metadata(head + _BODY)
    assert (meta.publication_date, meta.publication_date_source) == (published, "stamp")


def test_the_head_block_day_is_no_mention_and_anchors_the_story():
    article = extract_article("NATIONAL ASSEMBLY OF ZAMBIA\nVerbatim report, 14th sitting (2 July 2019)\n\n" + _BODY)
    assert [(d.text, d.date_start) for d in article.dates] == [("on Monday", date(2019, 7, 1))]


@pytest.mark.parametrize(
    "text",
    [
        # a headline's own day is the story's, not the page's
        f"Summit to open in Lima on 5 May 2024\n\n{_BODY}",
        f"Talks set for 5 May 2024 in Lima\nBy Ana Ruiz\n\n{_BODY}",
        # a day in the body, past the head block
        f"Hanoi courts Nordic shipyards\n\nThe yard opened on 3 June 2015.\n{_BODY}",
    ],
)
def test_no_head_block_day_no_date(text):
    assert extract_metadata(text).publication_date is None


def test_a_header_still_wins():
    text = " date 2019-07-04 \nNATIONAL ASSEMBLY OF ZAMBIA\nVerbatim report, 14th sitting (2 July 2019)\n\n" + _BODY
    assert extract_metadata(text).publication_date == date(2019, 7, 4)
