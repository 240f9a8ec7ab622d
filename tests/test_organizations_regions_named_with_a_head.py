"""A region, a province or a disputed land whose name holds a body's head noun (`the West Bank`, `Khulna
Division`, `Cochabamba Department`) is a place, no organisation; a body named after it (`the West Bank Water
Authority`) stays one. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Israel will hand over another part of the West Bank in stages.", "West Bank"),
        ("The grant will pay for clinics in the West Bank town of Jenin.", "West Bank"),
        ("Floods have cut roads across Sylhet Division since Monday.", "Sylhet Division"),
        ("The new line will link Khulna Division with the port of Mongla.", "Khulna Division"),
        ("The lithium deposits of Potosí Department drew Chinese investors.", "Potosí Department"),
        ("Farmers in Cochabamba Department will get cheaper credit.", "Cochabamba Department"),
    ],
)
def test_a_region_named_with_a_head_noun_is_no_organization(text, place):
    assert place not in organizations(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The West Bank Water Authority signed the grant with the World Bank.", "West Bank Water Authority"),
        ("The Asian Development Bank approved a loan for Sylhet Division.", "Asian Development Bank"),
    ],
)
def test_a_body_named_after_a_region_stays_one(text, body):
    assert body in organizations(text)
