"""Companies and central banks in business wires, on sentences written for these tests: a legal form ends a
company's name (the `and` after it starts another name, the state after it is the company's home, as after a name
without a head noun), a legal form written first opens one, a known body after `and the` and its state's name is a
name of its own, the central banks and groupings such news cites and the well-known companies are known bodies, an
abbreviated month ("on Oct. 3") ends a name, and a modifier ("Frankfurt-based", "Opposition") is no part of it."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {(a.name, a.country) for a in extract_actors(text) if a.actor_type == "organization"}


def names(text):
    return {name for name, _ in organizations(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between Kessler Corp. and Ravello Industrie SA broke down on Friday.", {"Kessler Corp."}),
        ("Under the accord, OAO Severstroi and Baltic Cable Co. will lay the line.", {"OAO Severstroi"}),
    ],
)
def test_a_legal_form_ends_or_opens_a_companys_name_before_and(text, expected):
    found = names(text)
    assert expected <= found
    assert not any(" and " in name for name in found)


def test_the_state_after_a_legal_form_is_the_companys_home_not_its_name():
    found = names("The order went to Tamsin Motor Co. of South Korea, which beat two rivals.")
    assert "Tamsin Motor Co." in found
    assert not any("South Korea" in name for name in found)


def test_a_known_body_after_and_the_and_its_state_is_a_name_of_its_own():
    found = organizations("Officials of the Bank of England and the U.S. Federal Reserve met in Basel on Monday.")
    assert {("Bank of England", "GBR"), ("Federal Reserve", "USA")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Community will cut its farm subsidies, the commission said.", "European Community"),
        ("Finance ministers of the Group of Seven met in Washington.", "Group of Seven"),
        ("The Paris Club of creditor nations agreed to reschedule the debt.", "Paris Club"),
        ("The Bundesbank raised its discount rate by half a point.", "Bundesbank"),
    ],
)
def test_central_banks_and_groupings_of_business_news_are_known_bodies(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The treaty goes to Parliament on Oct. 3 for a first reading.",
        "The draft reaches the Senate Sept. 14, an aide said.",
    ],
)
def test_an_abbreviated_month_ends_an_organisation_name(text):
    assert not any(" Oct" in name or " Sept" in name for name in names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry named Northrop Grumman and Kongsberg as the two bidders.", ("Northrop Grumman", "USA")),
        ("A consortium led by Mota-Engil will build the port.", ("Mota-Engil", "PRT")),
    ],
)
def test_a_well_known_company_is_an_organisation_wherever_named(text, expected):
    found = extract_actors(text)
    assert expected in {(a.name, a.country) for a in found if a.actor_type == "organization"}
    assert expected[0] not in {a.name for a in found if a.actor_type == "person"}


def test_a_companys_home_state_after_of_is_no_part_of_its_name():
    found = names("Bidders include Hanmora of South Korea and Kessler Inc. of Canada, officials said.")
    assert "Kessler Inc." in found
    assert not any("Korea" in name or "Canada" in name for name in found)
    assert names("The contract went to Veltrona of Germany.") <= {"Veltrona"}
    assert names("The Republic of Korea signed the accord.") == set()


@pytest.mark.parametrize(
    ("text", "unwanted", "wanted"),
    [
        ("The loan is the largest the Frankfurt-based bank has made this year.", "Frankfurt-based bank", None),
        ("Opposition Social Democratic Party leader Anna Berg called for a vote.", None, "Social Democratic Party"),
    ],
)
def test_a_modifier_before_a_name_is_no_part_of_it(text, unwanted, wanted):
    found = names(text)
    assert unwanted not in found
    assert wanted is None or wanted in found


@pytest.mark.parametrize(
    "expected",
    [
        "Foreign Investment Promotion Agency of Bosnia and Herzegovina",
        "High Commission of Trinidad and Tobago",
        "Embassy of Peru in Dar es Salaam",
        "Consulate of Ghana in Rio de Janeiro",
    ],
)
def test_a_state_or_a_city_whose_name_holds_small_words_is_named_whole_in_a_bodys_name(expected):
    assert expected in names(f"Officials of the {expected} signed the memorandum on Monday.")
