"""Companies listed after a plural firm word and a list opener, on sentences written for these tests: right after
it ("firms, among them A, B and C") or after a clause and a comma ("companies work here, among them A")."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, (), None, []) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Dozens of Turkish firms, among them Kalyon, Zorvat and Emsan, bid for the works.",
            {"Kalyon", "Zorvat", "Emsan"},
        ),
        ("Some 60 Korean companies trade in Uzbekistan, among them Daevon and Kortec.", {"Daevon", "Kortec"}),
        ("Brazilian exporters, notably Minerva and Marfrig, shipped more beef.", {"Minerva", "Marfrig"}),
    ],
)
def test_the_companies_a_list_opener_names_after_a_firm_word(text, names):
    assert names <= organizations(text)


def test_places_listed_after_a_firm_word_are_no_companies():
    assert organizations("The companies work in 12 states, including Kenya, Uganda and Zambia.") == set()
