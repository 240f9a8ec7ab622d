"""A page's stamp under its standfirst: the deck's sentence under the headline ends the head zone, but the byline and
the stamp with its clock stand under it; a date in the body's text, or one without a clock, stays no stamp (texts
written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

HEADLINE = "Two neighbours sign a deal on a shared power line"
BODY = (
    "The ministers of both countries signed the agreement in the capital on the last day of the visit, officials "
    "said.\n\nThe line will carry power both ways once the substations are finished.\n"
)

DECKS = [
    # Portuguese: a Brazilian portal's byline, then the day and the clock in hours (`19h42`)
    (
        "Os ministros assinaram o acordo na capital e prometeram concluir as subestações antes do fim da década.",
        "Por Redação — Recife\n07/02/2022 08h15 · Atualizado há 3 horas",
        (2022, 2, 7),
    ),
    # Spanish: the writer alone on a line, then the day, the month in capitals and a time zone
    (
        "Los ministros firmaron el acuerdo en la capital y prometieron terminar las subestaciones antes de 2030.",
        "Lucía Méndez\n23 ENE 2021 - 11:05 CST",
        (2021, 1, 23),
    ),
    # French: a numeric day and a clock in hours, no label
    (
        "Les ministres ont signé l'accord dans la capitale et promis d'achever les postes avant la fin de la décennie.",
        "Par Jean Dupont, correspondant à Niamey\n14/10/2020 à 17h30",
        (2020, 10, 14),
    ),
    # English: a byline with the place, then a weekday, the day and a clock with its zone
    (
        "The ministers signed the agreement in the capital and promised to finish the substations before 2030.",
        "Jane Roe in Tashkent\nSat 9 Apr 2022 06.30 BST",
        (2022, 4, 9),
    ),
    # English: no byline, the stamp right under the deck with a clock and a.m.
    (
        "Ministers say the line will carry power both ways once the two substations on the border are finished.",
        "August 30, 2018 9:12 a.m.",
        (2018, 8, 30),
    ),
]


@pytest.mark.parametrize(("deck", "lines", "day"), DECKS)
def test_a_stamp_with_its_clock_under_the_deck_dates_the_page(deck, lines, day):
    meta = extract_metadata(f"{HEADLINE}\n\n{deck}\n\n{lines}\n\n{BODY}")
    assert (meta.title, meta.publication_date, meta.publication_date_source) == (HEADLINE, date(*day), "stamp")


def test_a_stamp_in_the_head_zone_wins_over_one_under_the_deck():
    deck = "The ministers signed the agreement in the capital and promised to finish the substations before 2030."
    text = f"{HEADLINE}\n12 May 2016\n\n{deck}\n\n11 May 2016 18:20\n\n{BODY}"
    assert extract_metadata(text).publication_date == date(2016, 5, 12)


@pytest.mark.parametrize(
    "after_first_paragraph",
    [
        # a date without a clock after the first paragraph: an event's day, a list's item
        "3 March 2019",
        # a clock after a date inside a paragraph of the body
        "The next round of talks opens on 3 March 2019 at 10:00 in the capital, and both sides will send their "
        "ministers of energy.",
        # a second paragraph of the body comes first: the search stops there
        "Both governments will share the cost of the line, the ministry said in a statement on its site.\n"
        "03/03/2019 10:00",
    ],
)
def test_a_date_in_the_body_after_its_first_paragraph_is_no_stamp(after_first_paragraph):
    first = "The ministers signed the agreement in the capital on Tuesday and promised to finish the substations soon."
    meta = extract_metadata(f"{HEADLINE}\n\n{first}\n\n{after_first_paragraph}\n\n{BODY}")
    assert meta.publication_date is None
