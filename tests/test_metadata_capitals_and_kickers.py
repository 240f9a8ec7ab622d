"""Headlines set in capitals, headlines asked after a kicker and its colon, and a transcript's show name before
its headline (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "The two governments agreed on Monday to widen their cooperation in farming, water and power, officials said "
    "after the talks ended in the capital.\n"
)


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "LAO8812.0031\n\nLAOS AND THAILAND REOPEN RIVER FERRY\n\nVIENTIANE (AP) -- " + BODY,
            "LAOS AND THAILAND REOPEN RIVER FERRY",
        ),
        ("WILL THE DAM DEAL SURVIVE THE ELECTION?\n\n" + BODY, "WILL THE DAM DEAL SURVIVE THE ELECTION?"),
        (
            "Inicio > Mundo\n¿QUÉ PIERDE URUGUAY CON LA NUEVA TARIFA?\n" + BODY,
            "¿QUÉ PIERDE URUGUAY CON LA NUEVA TARIFA?",
        ),
    ],
)
def test_a_headline_in_capitals_is_the_title(text, title):
    assert extract_metadata(text).title == title


def test_a_site_name_in_capitals_gives_way_to_the_headline_under_it():
    text = "THE NORTHERN HERALD OF MALAWI\nFriday, 6 March 2020\n\nMalawi and Zambia share a new power line\n\n" + BODY
    assert extract_metadata(text).title == "Malawi and Zambia share a new power line"


@pytest.mark.parametrize(
    "text",
    [
        "MINISTRY OF FISHERIES AND OCEAN AFFAIRS\n\n" + BODY,  # an issuing body's name
        "NPR WEEKEND SHOW WITH JANE ROE\n9:00 AM\n\nJANE ROE, host: Good morning. " + BODY,  # a show's name
    ],
)
def test_a_body_or_a_show_named_in_capitals_is_no_title(text):
    assert extract_metadata(text).title is None


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "PBS EVENING REPORT: Andean Leaders Meet on Water Rights\n\nJOHN DOE, PBS HOST: Good evening. " + BODY,
            "PBS EVENING REPORT: Andean Leaders Meet on Water Rights",
        ),
        (
            "CHILE AND PERU: IS A PORT PACT IN SIGHT?\n\n" + BODY,
            "CHILE AND PERU: IS A PORT PACT IN SIGHT?",
        ),
        ("Kenya and the Gulf: is a trade deal close?\n\n" + BODY, "Kenya and the Gulf: is a trade deal close?"),
    ],
)
def test_a_kicker_and_its_colon_before_a_headline_is_no_city_lead(text, title):
    assert extract_metadata(text).title == title


@pytest.mark.parametrize(
    "text",
    [
        "LIMA: Peru and Chile agreed on Monday to widen their cooperation in farming, water and power.\n",
        "QUITO: A trade mission from Korea will land in Quito on Monday to look at mines and farms in Ecuador\n\n"
        + BODY,
    ],
)
def test_a_city_lead_still_opens_the_body(text):
    assert extract_metadata(text).title is None


def test_the_document_number_dates_the_page_before_a_numeric_stamp_of_either_order():
    text = "NYT19990305.0112\nDATE_TIME 03/05/1999 21:10:00\nOslo and Rome Renew Their Fishing Pact\n\n" + BODY
    assert extract_metadata(text).publication_date == date(1999, 3, 5)


@pytest.mark.parametrize(
    "text, published",
    [
        ("UPI 07-MAR-1991\n\nFINLAND AND ESTONIA OPEN FERRY TALKS\n\nHELSINKI, March 7 - " + BODY, date(1991, 3, 7)),
        ("AFP 12 June 2003\nLeaders Meet in Dakar\n\n" + BODY, date(2003, 6, 12)),
    ],
)
def test_an_agency_stamp_without_a_clock_dates_the_page(text, published):
    assert extract_metadata(text).publication_date == published


def test_a_headline_with_a_date_in_it_is_no_agency_stamp():
    text = "Elections Set For 3 March 2021\n\n" + BODY
    assert extract_metadata(text).publication_date is None
