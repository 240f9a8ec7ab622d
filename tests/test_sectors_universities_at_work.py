"""A university named as the head of its name and at work in its sentence ("Monash University will open a campus in
Jakarta") is education, as an investment authority at work is investment; a university in a longer name ("Aga Khan
University Hospital") or as a person's affiliation ("a professor of Ankara University") is a name. Every sentence was
written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Monash University will open a campus in Jakarta next year.",
        "Local firms and Kazan Federal University have announced projects in the Fergana valley.",
        "Cairo University signed a memorandum with a Chinese partner on Monday.",
    ],
)
def test_a_university_at_work_is_education(text: str) -> None:
    assert "education" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Aga Khan University Hospital received new scanners under the programme.",
        "A professor of Ankara University said the talks were useful.",
        "Monash University was founded in 1958.",
    ],
)
def test_a_university_in_another_name_or_in_passing_is_no_education(text: str) -> None:
    assert "education" not in sectors_of(text)
