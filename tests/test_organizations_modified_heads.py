"""A body's name used as the first words of a longer name ("Armed Forces Medical College", "State Bank Employees
Federation"): one name, not two; a place between the two heads or an `of` phrase in the first keeps them apart.
Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Armed Forces Medical College in Pune admitted its first foreign cadets.", "Armed Forces Medical College"),
        ("The Police Training College in Nairobi trained the officers.", "Police Training College"),
        ("The Bank Workers Union called a strike.", "Bank Workers Union"),
        ("The Army Medical Corps sent doctors.", "Army Medical Corps"),
        ("The Navy Hydrographic Office published new charts.", "Navy Hydrographic Office"),
        ("The University Grants Commission approved the courses.", "University Grants Commission"),
        ("The Central Bank Training Institute hosted the course.", "Central Bank Training Institute"),
        ("The Army Welfare Trust invested in cement.", "Army Welfare Trust"),
        ("The State Bank Employees Federation protested the merger.", "State Bank Employees Federation"),
    ],
)
def test_a_body_s_name_before_words_and_a_head_opens_a_longer_name(text, name):
    found = organizations(text)
    assert name in found
    assert not {n for n in found if n != name and n in name}


def test_an_of_phrase_closes_the_first_name():
    found = organizations("The visit by the Royal Bank of Canada Wealth Management Group ended.")
    assert "Royal Bank of Canada" in found
    assert "Royal Bank of Canada Wealth Management Group" not in found
