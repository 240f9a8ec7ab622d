"""A blog's or a community site's stamp: the byline, perhaps its clock, a comma, then the day (`Posted by the editors,
June 18, 2009 · 4 comments`, `Publié par Jean Dupont, le 4 mai 2015`) under the headline, the site's menu above it:
the day dates the page (pages written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "\nLima has received the first $40 million of the fisheries loan that Santiago agreed to lend earlier this year, "
    "the trade minister told Congress on Wednesday. The second half is due by the end of the third quarter.\n"
)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Posted by the editors, June 18, 2009 · 4 comments", date(2009, 6, 18)),
        ("Posted by Kofi at 9:40 PM, Monday, May 4, 2015 | 2 comments", date(2015, 5, 4)),
        ("Written by Jane Doe, 3 March 2012", date(2012, 3, 3)),
        ("Publié par Jean Dupont, le 4 mai 2015 | 3 commentaires", date(2015, 5, 4)),
        ("Publicado por Ana Ruiz, 7 de mayo de 2016", date(2016, 5, 7)),
        ("Postado por Ana Lima às 21:40, 4 de maio de 2015 | 5 comentários", date(2015, 5, 4)),
    ],
)
def test_a_byline_then_a_comma_then_the_day_is_the_page_stamp(stamp, day):
    page = "Home | Diaspora | Events | Donate\n\nChile and Peru sign a fisheries accord\n" + stamp + "\n" + BODY
    metadata = extract_metadata(page)
    assert (metadata.publication_date, metadata.title) == (day, "Chile and Peru sign a fisheries accord")


def test_a_byline_with_on_before_the_day_is_read_as_before():
    metadata = extract_metadata("Chile and Peru sign a fisheries accord\nWritten by Jane Doe on 12/06/2023\n" + BODY)
    assert metadata.publication_date == date(2023, 6, 12)


def test_a_day_inside_a_long_sentence_after_a_byline_word_is_no_stamp():
    page = (
        "Chile and Peru sign a fisheries accord\n\nThe accord, drafted by the two ministries, was first proposed on "
        "June 18, 2009 at a meeting of the regional fisheries body in Lima and then set aside for years.\n"
    )
    assert extract_metadata(page).publication_date is None
