"""Headlines of pages that open with menus, breadcrumbs, tag lines or lists of other stories' links, on page
heads written for these tests."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from pipelines.extract.page_head import is_page_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Skip to content",
        "You are here: Home / Press Releases",
        "Tags: Azerbaijan, Georgia, railway",
        "Filed under: Diplomacy, Trade",
        "Home / World / Asia",
        "Home » News » Diplomacy",
        "Inicio > Noticias > Economía",
        "Cover Story, World Affairs",
    ],
)
def test_menu_breadcrumb_and_tag_lines_are_page_furniture(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Homes for flood victims rise in Sindh with Chinese aid",
        "Kenya and Ethiopia sign power trade deal",
        "Skipper of the cargo ship detained in Gwadar",
    ],
)
def test_a_headline_is_no_page_furniture(line):
    assert not is_page_furniture(line)


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        (
            "Skip to main content\nMenu\nSearch\nBrazil and Angola renew oil cooperation\n"
            "LUANDA, 4 April 2019 (ANGOP) - Brazil and Angola on Thursday renewed an agreement on oil.\n",
            "Brazil and Angola renew oil cooperation",
            date(2019, 4, 4),
        ),
        (
            "You are here: Home / Press Releases\nJoint statement on the visit of the President of Mongolia to Japan\n"
            "November 29, 2022\nThe President of Mongolia paid an official visit to Japan from 28 to 30 November.\n",
            "Joint statement on the visit of the President of Mongolia to Japan",
            date(2022, 11, 29),
        ),
        (
            "Tags: Azerbaijan, Georgia, railway\nAzerbaijan and Georgia open new rail freight route\n"
            "BAKU, May 20, 2018 (Trend) - Azerbaijan and Georgia on Sunday opened a new rail freight route.\n",
            "Azerbaijan and Georgia open new rail freight route",
            date(2018, 5, 20),
        ),
    ],
)
def test_the_headline_comes_after_the_menu(text, title, published):
    meta = extract_metadata(text)
    assert (meta.title, meta.publication_date) == (title, published)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Related Articles\nPakistan, Iran discuss border markets\nChina pledges support for Gwadar port\n"
            "Uzbek trade delegation arrives in Lahore\nTurkey and Pakistan to boost defence ties\n"
            "ANKARA, 14 February 2020: Turkey and Pakistan agreed on Friday to expand cooperation in defence.\n",
            "Turkey and Pakistan to boost defence ties",
        ),
        (
            "Latest News\nMost Read\nIndonesia and Australia launch trade talks\nBy Staff Reporter\n"
            "Updated: 08:15, 21 August 2023\nJakarta and Canberra launched talks on Monday on a new trade deal.\n",
            "Indonesia and Australia launch trade talks",
        ),
        (
            "Read more:\nUzbekistan opens trade house in Kabul\nKazakhstan to build grain terminal in Iran\n"
            "Qatar and Oman sign maritime deal\n"
            "DOHA, 11 November 2021 (QNA) - Qatar and Oman signed a maritime transport deal on Thursday.\n",
            "Qatar and Oman sign maritime deal",
        ),
    ],
)
def test_the_headline_that_a_list_of_links_runs_up_to_is_the_title(text, title):
    assert extract_metadata(text).title == title


def test_a_list_of_links_before_the_body_alone_gives_no_title():
    text = (
        "Related Articles\nPakistan, Iran discuss border markets\nChina pledges support for Gwadar port\n"
        "The two ministers met in Ankara on Friday and agreed to expand cooperation in the defence industry.\n"
    )
    assert extract_metadata(text).title is None


def test_a_related_label_is_no_headline_and_the_headline_follows_its_links():
    text = (
        "You may also like\nGhana, Ivory Coast sign cocoa pact\nTogo seeks Chinese loans\n"
        "Senegal and Mauritania share gas field\n"
        "DAKAR, 14 January 2024 (APS) - Senegal and Mauritania agreed on Sunday to share the gas field.\n"
    )
    assert extract_metadata(text).title == "Senegal and Mauritania share gas field"


def test_a_posted_by_line_is_no_headline():
    text = (
        " date 2024-02-24 Posted by Harbour Markets Desk\n\nQatar fund to invest $2bn in Oman's new port\n\n"
        "MUSCAT — A Qatari fund will invest $2 billion in the port over two years, the ministry said on Friday.\n"
    )
    assert extract_metadata(text).title == "Qatar fund to invest $2bn in Oman's new port"


def test_a_dateline_alone_on_its_line_may_come_before_the_headline():
    text = (
        " date 2015-03-13 MINISTRY OF TRADE - STATEMENT\n\nLusaka, 13 March 2015\n\n"
        "Joint statement by the ministers of trade of Zambia and Malawi on the border market\n\n"
        "Today in Lusaka the two ministers reviewed the reform of the border market and the next steps of it.\n"
    )
    meta = extract_metadata(text)
    assert meta.title == "Joint statement by the ministers of trade of Zambia and Malawi on the border market"
    assert meta.publication_date == date(2015, 3, 13)


def test_an_author_and_a_date_on_one_line_are_no_headline():
    text = "Travel | Today\n\n  Rahim Karim       Sunday, March 25, 2018\n\nThe government signed a visa deal.\n"
    assert extract_metadata(text).title is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (" date 2015-09 Corridor plan drafted\n\nULAN BATOR, Sept. 9 (Wire) -- Diplomats met.", date(2015, 9, 9)),
        (" date 2015-09 Corridor plan drafted\n\nULAN BATOR, Oct. 9 (Wire) -- Diplomats met.", None),
    ],
)
def test_a_dateline_without_a_year_takes_it_from_a_header_of_the_same_month(text, published):
    assert extract_metadata(text).publication_date == published
