"""Companies without a head noun the rules know, names that a bracketed acronym spells out, and known bodies
named as the article writes them; on sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name: a for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tata Steel and JSW Steel reported higher output in the June quarter.", {"Tata Steel", "JSW Steel"}),
        ("The buyers, led by Kofu Electric Power, will take the cargoes.", {"Kofu Electric Power"}),
        ("Rivne Harbour Engineering will dredge the channel.", {"Rivne Harbour Engineering"}),
        ("China Harbour Engineering will dredge the channel.", {"China Harbour Engineering"}),
        ("Air New Zealand will carry the vaccines to Apia.", {"Air New Zealand"}),
        ("Air Astana added a second daily flight.", {"Air Astana"}),
    ],
)
def test_a_proper_name_then_a_trade_is_a_company(text, expected):
    assert set(organizations(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two sides discussed Renewable Energy and Nuclear Power at length.",
        "Investment in Clean Energy rose last year.",
        "The Electric Power sector needs reform.",
        "Pakistan Oil exports fell.",
    ],
)
def test_a_generic_trade_phrase_is_no_company(text):
    assert not {n for n in organizations(text) if not n.startswith("Pakistan")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gazprom and Uzbekneftegaz signed a gas supply contract in Tashkent.", {"Gazprom", "Uzbekneftegaz"}),
        (
            "Maersk and the Mediterranean Shipping Company agreed to share vessels.",
            {"Maersk", "Mediterranean Shipping Company"},
        ),
        ("Kaspi Motors and Orda Logistics signed the deal.", {"Kaspi Motors", "Orda Logistics"}),
    ],
)
def test_a_name_listed_with_a_company_is_a_company(text, expected):
    assert set(organizations(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gazprom and Uzbekistan signed a gas supply contract.",
        "Gazprom and President Putin discussed prices.",
        "Gazprom and Tashkent agreed on prices on Monday.",
    ],
)
def test_a_state_city_or_office_listed_with_a_company_is_no_company(text):
    assert set(organizations(text)) == {"Gazprom"}


def test_state_owned_is_no_part_of_a_company_name():
    text = "State-owned China Three Gorges Corporation is building the dam."
    assert set(organizations(text)) == {"China Three Gorges Corporation"}


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Le Sénégal a signé avec la Banque africaine de développement (BAD) un accord. La BAD financera la route.",
            "Banque africaine de développement",
            "BAD",
        ),
        (
            "L'Agence française de développement (AFD) financera le projet d'irrigation.",
            "Agence française de développement",
            "AFD",
        ),
        (
            "El Banco interamericano de fomento (BIF) aprobó el préstamo.",
            "Banco interamericano de fomento",
            "BIF",
        ),
    ],
)
def test_a_name_with_lower_case_words_runs_back_as_far_as_its_acronym_spells(text, name, acronym):
    language = "fr" if " la " in text or "L'" in text else "es"
    found = organizations(text, language)
    assert name in found
    assert not any(n != name and name.startswith(n) for n in found)  # no cut-short name beside it
    if text.count(acronym) > 1:
        assert found[name].mentions == text.count(acronym) + 1


def test_an_acronym_that_spells_no_name_before_it_changes_nothing():
    text = "The Agence nationale des ports (XYZ) met on Monday."
    assert set(organizations(text, "fr")) == set(organizations(text.replace(" (XYZ)", ""), "fr"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials of the IMF arrived in Colombo on Sunday.", "IMF"),
        ("The Organisation of Islamic Cooperation condemned the attack.", "Organisation of Islamic Cooperation"),
        ("The International Monetary Fund (IMF) approved the loan.", "International Monetary Fund"),
    ],
)
def test_a_known_body_is_named_as_the_article_writes_it(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chairman of the Civil Aviation Committee, Arman Bekov, and the head of the airline met.",
            {"Civil Aviation Committee"},
        ),
        ("The two sides signed several MoUs, Orda newspaper reported.", set()),
        ("Gazprom and Alexei Morozov discussed prices.", {"Gazprom"}),
    ],
)
def test_an_apposition_or_a_person_beside_a_company_is_no_company(text, expected):
    assert {n for n in organizations(text) if n != "Orda"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sinohydro and China Energy Engineering Corporation won contracts for the dams.",
            {"Sinohydro", "China Energy Engineering Corporation"},
        ),
        ("Hyundai Engineering & Construction will build the bridge.", {"Hyundai Engineering & Construction"}),
        (
            "The Turkish Radio and Television Corporation aired the speech.",
            {"Turkish Radio and Television Corporation"},
        ),
    ],
)
def test_one_name_and_a_company_are_two_companies_and_a_name_with_and_stays_whole(text, expected):
    assert set(organizations(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders discussed BRICS and Africa: a partnership for growth.", {"BRICS"}),
        ("Karsel & Tomiri Trading Company exported rice to Kenya.", {"Karsel & Tomiri Trading Company"}),
    ],
)
def test_a_region_beside_a_bloc_is_no_company_and_an_ampersand_firm_stays_whole(text, expected):
    assert set(organizations(text)) == expected


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (" date 2011-09-27 Amman, Sept 27 (Petra)-- Jordan and Kuwait signed a loan for the road.", "Petra"),
        (" date 2021-10-10 CAIRO, Oct 10 (Nile Wire) - Egypt and Saudi Arabia signed 14 agreements.", "Nile Wire"),
    ],
)
def test_the_outlet_of_a_dateline_right_after_the_header_is_an_organisation(text, outlet):
    assert outlet in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Economists at the Centre for Trade Research (CTR) called the target ambitious.", "Centre for Trade Research"),
        ("Abu Dhabi's sovereign fund ZQX will invest in the port.", "ZQX"),
    ],
)
def test_a_centre_spelled_out_by_its_acronym_and_a_fund_introduced_as_one_are_organisations(text, name):
    assert name in organizations(text)


def test_a_spelled_out_phrase_without_a_head_is_no_organisation():
    assert organizations("Gross Domestic Product (GDP) grew by 4 percent.") == {}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "O acordo foi assinado pelo presidente do Banco Central do Brasil, Alexandre Tombini, e pelo ministro.",
            "pt",
            {"Banco Central do Brasil"},
        ),
        (
            "O Ministério da Agricultura, Pecuária e Abastecimento assinou o acordo.",
            "pt",
            {"Ministério da Agricultura, Pecuária e Abastecimento"},
        ),
        (
            "El Ministerio de Industria, Comercio y Turismo firmó el acuerdo.",
            "es",
            {"Ministerio de Industria, Comercio y Turismo"},
        ),
    ],
)
def test_a_comma_ends_a_romance_name_unless_a_list_of_portfolios_follows(text, language, expected):
    assert set(organizations(text, language)) == expected


def test_a_globe_cited_as_a_source_is_an_outlet():
    assert "Harbour Globe" in organizations("Harbour Globe reported that the refinery would import more crude.")
