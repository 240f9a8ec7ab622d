"""Release heads as embassies and ministries print them (texts written for these tests): a state's name as the
letterhead, an issuer with its acronym, a type label with its place and date on one line, and a headline in capitals
wrapped over two lines."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "The two governments signed three agreements on Tuesday covering water supply, vocational training and a credit "
    "line for small firms, the ministry said in a statement.\n\nThe next round of talks is due in the spring.\n"
)
HEADLINE = "Ghana and Japan sign three agreements on water and training"


@pytest.mark.parametrize(
    "letterhead",
    [
        "Republic of Ghana",
        "Federal Republic of Nigeria",
        "The Kingdom of Thailand",
        "REPUBLIC OF KENYA",
        "United Mexican States",
        "Republic of Peru",
    ],
)
def test_a_states_name_as_letterhead_is_not_the_title(letterhead):
    page = f"{letterhead}\nMinistry of Foreign Affairs\n\nPress Release\n\n{HEADLINE}\n\n{BODY}"
    assert extract_metadata(page).title == HEADLINE


@pytest.mark.parametrize(
    "issuer",
    [
        "Ministry of Foreign Affairs (MOFA)",
        "Ministry of Trade and Industry/MTI",
        "Department of Foreign Affairs (DFA)",
        "Embassy of Japan / EOJ",
        "Ministry of Investment/BKPM",
    ],
)
def test_an_issuer_with_its_acronym_is_not_the_title(issuer):
    page = f"PRESS RELEASE\n{issuer}\nAccra, 12 March 2019\n\n{HEADLINE}\n\n{BODY}"
    assert extract_metadata(page).title == HEADLINE


@pytest.mark.parametrize(
    "label_line",
    [
        "PRESS RELEASE No. 12/2019                         Accra, 12 March 2019",
        "Media Release\t\tCanberra, 14 March 2016",
        "COMMUNIQUE DE PRESSE                     Dakar, le 3 mai 2018",
    ],
)
def test_a_label_with_its_place_and_date_on_one_line_is_not_the_title(label_line):
    page = f"Embassy of Japan in Ghana\n\n{label_line}\n\n{HEADLINE}\n\n{BODY}"
    assert extract_metadata(page).title == HEADLINE


@pytest.mark.parametrize(
    "first, second",
    [
        ("GHANA AND JAPAN SIGN THREE AGREEMENTS ON WATER", "SUPPLY AND VOCATIONAL TRAINING"),
        ("PERU AND KOREA CONCLUDE TALKS ON A FREE TRADE", "AGREEMENT IN SEOUL"),
        ("KAZAKHSTAN TO EXPORT MORE GRAIN TO IRAN UNDER NEW", "RAIL TRANSIT DEAL WORTH $200 MILLION"),
    ],
)
def test_a_capitals_headline_wrapped_over_two_lines_is_joined(first, second):
    page = f"Embassy of Japan in Ghana\nPress Release No. 7/2019\n\n{first}\n{second}\n\n{BODY}"
    assert extract_metadata(page).title == f"{first} {second}"


@pytest.mark.parametrize("headline", ["Kenya Signs Rail Deal With China", "Republic of Korea to Open Embassy in Lima"])
def test_a_headline_that_opens_with_a_states_name_stays_the_title(headline):
    assert extract_metadata(f"{headline}\n\nBy Jane Roe\n\n{BODY}").title == headline
