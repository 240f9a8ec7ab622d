"""The last words of an office's portfolio are the office's, not the first words of the holder's name: the item
that closes a list after `and` ("Minister of Education and Training NAME"), a province's kind that closes the
place an office is of ("Governor of the Capital District NAME", "Governor of Nairobi County NAME"), and in
Spanish, French and Portuguese the portfolio's adjectives ("Recursos Naturales NAME", "Desarrollo Rural NAME").
A multi-word town's name said with no office is the place, not a person. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Minister of Education and Training Lan Thi Hoa opened the school with the Korean envoy.",
            "Lan Thi Hoa",
            "Minister of Education and Training",
        ),
        (
            "Saudi Arabia's Minister of Hajj and Umrah Fahad Al-Qahtani signed the accord with Malaysia.",
            "Fahad Al-Qahtani",
            "Minister of Hajj and Umrah",
        ),
        (
            "The grant was announced by Minister of Fisheries and Aquaculture Tevita Lomu in Suva.",
            "Tevita Lomu",
            "Minister of Fisheries and Aquaculture",
        ),
        (
            "Governor of the Capital District Rangi Tawa said the port would grow.",
            "Rangi Tawa",
            "Governor of the Capital District",
        ),
        (
            "Governor of Nairobi County Wanjiru Kamau met the Chinese investors.",
            "Wanjiru Kamau",
            "Governor of Nairobi County",
        ),
        (
            "Parliamentary Secretary for Trade Assistance Jill Brennan visited Fiji on Monday.",
            "Jill Brennan",
            "Parliamentary Secretary for Trade Assistance",
        ),
    ],
)
def test_the_portfolio_closing_word_is_the_offices(text, name, role):
    found = persons(text)
    assert found.get(name) == role, found


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Minister of Finance Muhammad Ishaq Dar met the Chinese ambassador.", "Muhammad Ishaq Dar"),
        ("Minister of Planning and Development Ahsan Iqbal Chaudhry visited Beijing.", "Ahsan Iqbal Chaudhry"),
        ("The Minister of Finance and Ali Khan met the lenders.", "Ali Khan"),
    ],
)
def test_a_given_name_after_a_portfolio_stays_the_names(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("El ministro de Agricultura y Desarrollo Rural Andrés Valencia viajó a Pekín.", "es", "Andrés Valencia"),
        (
            "El secretario de Medio Ambiente y Recursos Naturales Víctor Toledo visitó Ottawa.",
            "es",
            "Víctor Toledo",
        ),
        ("La ministra de Ciencia e Innovación Diana Morant viajó a Pekín.", "es", "Diana Morant"),
        ("O ministro dos Recursos Naturais Rui Ferreira visitou Luanda.", "pt", "Rui Ferreira"),
    ],
)
def test_romance_portfolio_adjectives_stay_out_of_the_name(text, language, name):
    assert name in persons(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Banda Aceh received the first shipment of Japanese rice on Monday.", "en"),
        ("Mineralnye Vody gets two weekly flights from Baku starting in June.", "en"),
        ("Ramos Arizpe already builds half a million pickups a year for export.", "en"),
        ("The pipeline will link Szeged with Novi Sad by 2027, the ministers said.", "en"),
    ],
)
def test_a_towns_name_said_without_an_office_is_no_person(text, language):
    assert persons(text, language) == {}


def test_a_town_named_person_with_an_office_stays():
    assert "Ramos Arizpe" in persons("President Ramos Arizpe met the Japanese envoy.")
