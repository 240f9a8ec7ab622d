"""A company's name holds a word for a company, an industry or a railway in its own language (`Concern`, `Kogyo`,
`Jukogyo`, `Yo'llari`): the model's person of such a name is the company, not a person. Sentences written for
these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "The missiles will be made by a venture of Almaz Antey Concern and a Serbian firm.",
        "The rifles will be assembled with parts from Tula Arms Concern in a plant near Delhi.",
        "A unit of Mitsubishi Jukogyo will build the turbines for the Vietnamese plant.",
        "Texas Instruments bought the American unit of Japan's Toyo Kogyo for $200 million.",
        "Kawasaki Kisen Kaisha will ship the cars from Nagoya to Chittagong.",
        "Freight trains of Kazakhstan Temir Zholy will run to the Chinese border.",
        "The line will be run by Uzbekistan Temir Yo'llari and Afghan railways.",
        "The refinery is owned by Tüpraş and Koç Sanayi in Izmit.",
    ],
)
def test_a_company_word_makes_no_person(text):
    assert persons(text) == set()


def test_a_given_name_shared_with_a_company_word_stays():
    assert "Temir Sariyev" in persons("Kyrgyz Prime Minister Temir Sariyev met the Chinese envoy in Bishkek.")
