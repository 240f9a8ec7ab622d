"""Companies named in a list beside a company the rules know, on sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Investors in the terminal include Gazprom, Veltrova, Kesmark and Ondrix.",
            {"Gazprom", "Veltrova", "Kesmark", "Ondrix"},
        ),
        (
            "Several firms attended, among them Dravo, Kaspi Motors and Belmora.",
            {"Dravo", "Kaspi Motors", "Belmora"},
        ),
        (
            "Buyers such as Volkswagen, Norvell and Tarkan Group signed letters of intent.",
            {"Volkswagen", "Norvell", "Tarkan Group"},
        ),
        (
            "Empresas como Nissan, Quimtex y Grupo Lavra pidieron reglas claras.",
            {"Nissan", "Quimtex", "Grupo Lavra"},
        ),
    ],
)
def test_a_name_listed_with_a_company_is_a_company(text, expected):
    assert expected <= organizations(text, "es" if "Empresas" in text else "en")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Gazprom, Armenia, Georgia and Turkey discussed the pipeline.", {"Armenia", "Georgia", "Turkey"}),
        ("Gazprom, Yerevan and Tbilisi were named in the report.", {"Yerevan", "Tbilisi"}),
        ("Officials from Gazprom, the Energy Ministry and President Putin met.", {"President Putin", "Putin"}),
        ("Exports of cotton, Gazprom gas and Cement rose in March.", {"Cement"}),
    ],
)
def test_a_state_a_city_a_person_or_a_common_word_in_such_a_list_is_no_company(text, absent):
    assert not absent & organizations(text)


def test_a_known_state_enterprise_written_in_capitals_opens_a_list_too():
    assert {"Kestrel", "Ondrix"} <= organizations("The partners are BP, Kestrel and Ondrix, the ministry said.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks included Nissan, Quorvel and Harrow Bank, the chamber said.",
            {"Nissan", "Quorvel", "Harrow Bank"},
        ),
        (
            "Deals went to the Qeshm Shipping Company (QSC) and Daravan Neft, officials said.",
            {"Qeshm Shipping Company", "Daravan Neft"},
        ),
        (
            "The delegation took in Chery, Lormax and carmaker Tovrin.",
            {"Chery", "Lormax", "Tovrin"},
        ),
    ],
)
def test_a_list_runs_over_a_bracketed_acronym_a_trade_word_and_a_last_body(text, expected):
    assert expected <= organizations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mitsubishi Corporation will build the plant.", "Mitsubishi Corporation"),
        ("The grid is run by State Grid Corporation of China, the ministry said.", "State Grid Corporation of China"),
    ],
)
def test_a_known_body_is_named_as_written_when_its_short_name_never_stands_alone(text, expected):
    assert expected in organizations(text)


def test_a_list_of_companies_ending_in_two_joined_names_is_cut_there():
    found = organizations(
        "Executives of Nissan, Velbor Rotem, Haskan Defense and Orin Aerospace Industries (OAI) came."
    )
    assert {"Haskan Defense", "Orin Aerospace Industries"} <= found
