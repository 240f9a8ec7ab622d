"""A government that provides or finances a sum, with no purpose but works after it and no other state named,
puts up its own share of works others finance: the project's money, not the loan or grant the sentence before
speaks of. A state that gives to another state, or names what it gives (a grant, a loan), keeps that subject.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _last(text: str, language: str = "en") -> tuple[str, str]:
    found = extract_money(text, language=language)
    return found[-1].kind, found[-1].subject


@pytest.mark.parametrize(
    "text, language",
    [
        ("The project is estimated at $625 million. The Government of Tajikistan will finance $300 million.", "en"),
        ("The AfDB will lend $90 million for the dam, and the Government of Senegal will provide $20 million.", "en"),
        ("The loan covers most of it; the Government of Nepal will finance the remaining $25 million.", "en"),
        ("The EIB will lend €200 million. The Moroccan government will fund €60 million of the works.", "en"),
        (
            "A €10 million grant backs the plant. The Government of Malawi will provide the equivalent of $4 million.",
            "en",
        ),
        (
            "La Banque mondiale prêtera 100 millions de dollars; l'État béninois financera 20 millions d'euros.",
            "fr",
        ),
        ("O Banco Mundial vai emprestar US$ 150 milhões e o Governo de Moçambique vai financiar US$ 30 milhões.", "pt"),
    ],
)
def test_a_government_providing_its_share_of_works_is_the_project(text, language):
    assert _last(text, language) == ("commitment", "project")


@pytest.mark.parametrize(
    "text, subject",
    [
        ("The Government of Japan will provide $10 million to Haiti for cholera treatment.", "aid"),
        ("The Government of Canada will provide C$12 million to support the modernisation of Jamaica's courts.", "aid"),
        ("Under the agreement, the Government of Korea will provide $15 million in grant aid.", "aid"),
        ("The Government of China will provide a $500 million loan for the railway.", "loan"),
    ],
)
def test_a_state_giving_abroad_or_naming_what_it_gives_keeps_that_subject(text, subject):
    assert _last(text)[1] == subject
