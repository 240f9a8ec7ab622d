"""An office after a name may name a unit of the company before the company ("NAME, Chairman of the Board of
Executive Directors of BASF SE", "NAME, head of the Africa division of Siemens"): the company named at a later link
of the office, within its clause, gives the person its state, not the story's host. Sentences written for these
tests; the last ones must not reach past the clause."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name):
    return next(a.country for a in extract_actors(text) if a.name == name)


CASES = [
    (
        "Governor Li Hua visited the plant in Guangdong and held talks with Martin Keller, Chairman of the Board of "
        "Executive Directors of Hitachi, by video link. China wants more plants; China will cut fees.",
        "Martin Keller",
        "JPN",
    ),
    (
        "Kenya and Kenya Power signed the grid deal in Nairobi. Anna Weber, head of the Africa division of Siemens, "
        "said Kenya would get two substations by 2026.",
        "Anna Weber",
        "DEU",
    ),
    (
        "Vietnam's telecoms regulator approved the network on Monday. Lars Nilsson, President of the Market Area "
        "South East Asia of Ericsson, said Vietnam would have 5G in Hanoi by June.",
        "Lars Nilsson",
        "SWE",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), CASES)
def test_the_company_at_a_later_link_of_the_office(text, name, state):
    assert country(text, name) == state


def test_a_company_in_the_next_clause_is_anothers():
    text = (
        "Egypt and Egypt's grid operator signed the deal in Cairo. Omar Saleh, Director of Operations, and the head "
        "of Siemens, Anna Berg, attended. Egypt will pay in instalments."
    )
    assert country(text, "Omar Saleh") == "EGY"
