"""A body attached to a head of state or government, on sentences written for these tests: `under the President
of STATE`, `under the Cabinet of Ministers` runs on in its name and gives it that state; a ministry is the
government's own, a clause's `under the President` is no part of a name."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Statistics Agency under the President of Tajikistan said inflation rose to 4 percent.",
            "Statistics Agency under the President of Tajikistan",
            "TJK",
        ),
        (
            "A study by the Centre for Economic Research under the Cabinet of Ministers of Uzbekistan was published.",
            "Centre for Economic Research under the Cabinet of Ministers of Uzbekistan",
            "UZB",
        ),
        (
            "Experts of the Institute for Caspian Studies under the President of the Republic of Kazakhstan met.",
            "Institute for Caspian Studies under the President of the Republic of Kazakhstan",
            "KAZ",
        ),
        (
            "The National Agency for Investment under the Government of the Kyrgyz Republic signed two deals.",
            "National Agency for Investment under the Government of the Kyrgyz Republic",
            "KGZ",
        ),
        (
            "The Anti-Corruption Agency under the President said 40 officials were charged.",
            "Anti-Corruption Agency under the President",
            None,
        ),
    ],
)
def test_a_body_attached_to_a_head_of_state_is_named_with_it(text, name, country):
    assert organizations(text).get(name, "missing") == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Energy under the Government of Kenya signed the deal.", "Ministry of Energy"),
        ("The Investment Council met under the President of Ghana's chairmanship.", "Investment Council"),
        ("The Tariff Board operates under the Prime Minister of Fiji.", "Tariff Board"),
    ],
)
def test_a_ministry_or_a_clause_under_a_head_of_state_stays_apart(text, name):
    assert name in organizations(text)
