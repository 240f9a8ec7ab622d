"""A state, then the capitalised words of a portfolio (joined by and, &, hyphens), then an office right before a name
("Maldivian Transport and Civil Aviation Minister NAME", "Indonesian State-Owned Enterprises Minister NAME",
"Ukraine's Agrarian Policy Minister NAME") makes the person of that state, whatever the report's home; a body's name
a demonym opens is left to the body's rules. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


_CASES = [
    (
        "The terminal was handed over by Maldivian Transport and Civil Aviation Minister Ahmed Shareef. India and "
        "India and India.",
        "Ahmed Shareef",
        "MDV",
    ),
    (
        "Foreign Minister Wang Jun and Indonesian State-Owned Enterprises Minister Budi Santoso attended. China, "
        "China and China and Indonesia.",
        "Budi Santoso",
        "IDN",
    ),
    (
        "The question will not go away. Ukraine's Agrarian Policy Minister Taras Kovalenko said so. Poland and "
        "Poland and Poland and Ukraine.",
        "Taras Kovalenko",
        "UKR",
    ),
    (
        "Tanzania's Works and Transport Minister Grace Mwakyusa toured the site with the Chinese contractor. China "
        "and China and China and Tanzania.",
        "Grace Mwakyusa",
        "TZA",
    ),
    (
        "Peruvian Energy and Mines Minister Rosa Quispe met the investors in Beijing. China and China and China "
        "and Peru.",
        "Rosa Quispe",
        "PER",
    ),
    (
        "Brazil's Mines & Energy Minister João Ferraz spoke after the talks. China and China and China and Brazil.",
        "João Ferraz",
        "BRA",
    ),
    (
        "Fijian Lands and Mineral Resources Minister Jone Usamate welcomed the Australian grant. Australia and "
        "Australia and Australia and Fiji.",
        "Jone Usamate",
        "FJI",
    ),
    (
        "Moroccan Equipment, Transport and Logistics Minister Karim Alaoui will travel to Madrid. Spain and Spain "
        "and Spain and Morocco.",
        "Karim Alaoui",
        "MAR",
    ),
    (
        "Georgian Economy and Sustainable Development Minister Levan Davitashvili met the Azerbaijani delegation. "
        "Azerbaijan and Azerbaijan and Azerbaijan and Georgia.",
        "Levan Davitashvili",
        "GEO",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), _CASES)
def test_a_state_and_a_portfolio_before_the_office(text, name, state):
    assert countries(text)[name] == state


def test_an_office_of_another_person_between_the_state_and_the_name_is_no_portfolio():
    text = (
        "Korean Ambassador Kim Dae-ho and UP Diliman Chancellor Ramon Dizon cut the ribbon at the campus in Quezon "
        "City. Korea and Korea and Korea and the Philippines."
    )
    assert countries(text)["Ramon Dizon"] != "KOR"
