"""A body's head noun written with a possessive, no head after it, ends the body's name: `NAME of the Ford
Foundation's Ghana office` names the person and the foundation, not one body `NAME of the Ford Foundation`
(sentences written for these tests)."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings


def _actors(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"organization": [], "person": []}
    for actor in extract_article(text, default_settings()).actors:
        found.setdefault(actor.actor_type, []).append(actor.name)
    return found


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Kofi Mensah of the Ford Foundation's Ghana office said the plan was late.", "Kofi Mensah", "Ford Foundation"),
        (
            "Others, such as Lucia Ferreira of the Gulbenkian Foundation's Lisbon team, welcomed the grant.",
            "Lucia Ferreira",
            "Gulbenkian Foundation",
        ),
        (
            "Tomas Novak of the Czech Development Agency's Hanoi mission called the loan timely.",
            "Tomas Novak",
            "Czech Development Agency",
        ),
        (
            "According to Aisha Bello of the Islamic Development Bank's Dakar hub, the road opens in May.",
            "Aisha Bello",
            "Islamic Development Bank",
        ),
    ],
)
def test_the_person_and_the_body_are_apart(text: str, person: str, body: str) -> None:
    found = _actors(text)
    assert person in found["person"]
    assert body in found["organization"]
    assert not any(name.startswith(person) for name in found["organization"])
