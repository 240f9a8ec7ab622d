"""A railway named by its build, its service or its route (`the Standard Gauge Railway`, `the Addis Ababa-Djibouti
Railway`, `the North-South Commuter Railway`) is a line, a project, not a company; the spec keeps projects out.
An operator stays one: plural (`Pakistan Railways`) or with a company's head after it (`Ethiopian Railway
Corporation`). Words in line_trades, line_kind_words and route_words. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Kenya opened the second phase of the Standard Gauge Railway from Nairobi to Naivasha on Tuesday.",
            "Standard Gauge Railway",
        ),
        (
            "The Philippines said Japanese lenders would finance the North-South Commuter Railway.",
            "North-South Commuter Railway",
        ),
        (
            "Ethiopia and Djibouti celebrated five years of the Addis Ababa-Djibouti Railway, built by Chinese firms.",
            "Addis Ababa-Djibouti Railway",
        ),
        (
            "Russian engineers inspected the Trans-Siberian Railway ahead of the new freight corridor to China.",
            "Trans-Siberian Railway",
        ),
        ("The Belgrade-Budapest Railway will cut travel times, Serbian ministers said.", "Belgrade-Budapest Railway"),
        ("Pakistan and Uzbek officials discussed the Trans-Afghan Railway in Tashkent.", "Trans-Afghan Railway"),
        ("The Coastal Railway project in Malaysia is due to open in 2027.", "Coastal Railway"),
        ("Brazil's North-South Railway will carry soybeans to ports in Maranhão.", "North-South Railway"),
    ],
)
def test_a_line_named_by_its_build_or_route_is_no_company(text, line):
    assert line not in organizations(text)


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Ethiopian Railway Corporation signed a maintenance deal in Addis Ababa.", "Ethiopian Railway Corporation"),
        ("Kenya Railways Corporation will run the trains, said its managing director.", "Kenya Railways Corporation"),
        ("Pakistan Railways and Uzbek officials discussed the new line in Tashkent.", "Pakistan Railways"),
        ("Russian Railways and Indian Railways agreed to train engineers.", "Russian Railways"),
    ],
)
def test_an_operator_stays_a_company(text, operator):
    assert operator in organizations(text)
