"""Publication dates and headlines of page heads that open with bylines, clocks, share bars, cookie notices and
datelines naming a region; all page heads written for these tests."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

_BODY = (
    "The two governments agreed on Monday to widen their cooperation on ports, power lines and the training "
    "of customs officers, officials said after the talks ended.\n"
)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        # a byline that a label opens, then the date and a comment count
        ("Posted by Lena Ortiz on June 4, 2019 | 12 comments\n\n", date(2019, 6, 4)),
        ("Submitted by Omar Idris on 14 February 2021 | Reply\n\n", date(2021, 2, 14)),
        # a clock after a word (`at`, `às`) or written with an `h`
        ("August 30, 2018 at 9:15 pm | By Carla Mendes\n\n", date(2018, 8, 30)),
        ("Publicado a 5 de maio de 2015 às 11:20\n\n", date(2015, 5, 5)),
        ("11/09/2021 18h40 | Atualizado há 3 horas\n\n", date(2021, 9, 11)),
        ("03/02/2020 à 09h05 | Mis à jour le 03/02/2020\n\n", date(2020, 2, 3)),
    ],
)
def test_page_stamps_with_bylines_and_clocks(head, day):
    text = "Ports and power lines top the agenda of the talks\n\n" + head + _BODY
    assert extract_metadata(text).publication_date == day


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        # a city, then the region or state it lies in, a name with a small word (`d'`, `de`)
        ("Yamoussoukro, Côte d'Ivoire, 9 October 2017 – ", date(2017, 10, 9)),
        ("Praia, Cabo Verde, 2 March 2014 – ", date(2014, 3, 2)),
        # a dash between the place and the date
        ("Washington, DC – April 3, 2019: ", date(2019, 4, 3)),
        ("Manila – 22 January 2016 – ", date(2016, 1, 22)),
        # the day in the Hijri calendar before the Gregorian one
        ("Jeddah, Shawwal 14, 1440, June 17, 2019, Wire -- ", date(2019, 6, 17)),
    ],
)
def test_datelines_with_regions_and_dashes(opening, day):
    text = "Lender backs port upgrade\n\n" + opening + _BODY
    assert extract_metadata(text).publication_date == day


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a share bar in the languages read
        ("Partager : Facebook Twitter LinkedIn\n\n", "La Banque mondiale finance trois barrages au Niger"),
        ("Compartir: Facebook X WhatsApp\n\n", "La Banque mondiale finance trois barrages au Niger"),
        # a cookie notice, its button in brackets
        (
            "This site uses cookies to give you a better service. If you keep browsing, you accept them. [OK]\n\n",
            "La Banque mondiale finance trois barrages au Niger",
        ),
    ],
)
def test_share_bars_and_cookie_notices_are_no_headlines(head, title):
    text = head + title + "\n\n" + _BODY
    assert extract_metadata(text).title == title


def test_a_newsletter_banner_above_the_stamp_is_no_headline():
    text = (
        "Pacific Pulse — a newsletter on island politics\n"
        "March 2, 2022 at 8:00 am | By Tom Reyes\n\n"
        "Fiji and Tonga agree on a shared fisheries patrol\n\n" + _BODY
    )
    meta = extract_metadata(text)
    assert meta.title == "Fiji and Tonga agree on a shared fisheries patrol"
    assert meta.publication_date == date(2022, 3, 2)


def test_a_headline_may_open_with_a_bracketed_wire_tag():
    text = " date 2020-05-06\n(2nd LD) Japan, Vietnam agree on coast guard vessel loans\n\n" + _BODY
    assert extract_metadata(text).title == "(2nd LD) Japan, Vietnam agree on coast guard vessel loans"


def test_a_release_head_of_office_name_label_and_date_gives_the_headline_below():
    text = (
        "Minister for Trade and Investment\n"
        "The Hon Jane Citizen MP\n\n"
        "Media release\n"
        "4 May 2015\n\n"
        "New trade office opens in Hanoi\n\n" + _BODY
    )
    assert extract_metadata(text).title == "New trade office opens in Hanoi"
