"""Subject of money set aside for works by any holder: an allocating verb (set aside, earmarked, budgeted,
allocated, destinó, a réservé, reservou) whose purpose is works, land and right-of-way, design, or a phase or a
section of them gives the project's money, whether or not a state budget is named; a purpose at home that builds
nothing stays other. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Lusaka has set aside K450 million for land and right-of-way this year.", "en"),
        ("The grid operator had budgeted €30 million for design work in 2024.", "en"),
        ("Nairobi allocated Sh3 billion in the 2022/23 budget for the second phase.", "en"),
        ("The regional council set aside R$ 80 million for the southern section.", "en"),
        ("Accra has set aside GH¢200 million for land acquisition and resettlement.", "en"),
        ("El gobierno provincial destinó 40 millones de dólares a la segunda fase.", "es"),
        ("La commune a réservé 2 milliards de francs CFA pour les études et les emprises.", "fr"),
        ("O governo estadual reservou R$ 120 milhões para a desapropriação de terrenos.", "pt"),
    ],
)
def test_money_set_aside_for_works_is_the_projects(text, language):
    assert _subjects(text, language) == ["project"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has set aside $5 million for teacher training next year.",
        "The city set aside $2 million for the festival.",
    ],
)
def test_money_set_aside_for_what_builds_nothing_stays_other(text):
    assert _subjects(text) == ["other"]
