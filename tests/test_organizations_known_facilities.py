"""A body named a 'Facility' that the knowledge base holds (a state's or a union's lending body: `AIFFP`, `EFSF`) is an
organisation, while a lender's loan programme named a facility is none, on sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, (), None, [], language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        (
            "The Australian Infrastructure Financing Facility for the Pacific will lend $45 million for a port in "
            "Tonga, officials said.",
            "en",
            "Australian Infrastructure Financing Facility for the Pacific",
        ),
        (
            "Funding from the AIFFP and the Asian Development Bank will cover the cable, the minister said.",
            "en",
            "AIFFP",
        ),
        (
            "Portugal borrowed from the European Financial Stability Facility in 2011.",
            "en",
            "European Financial Stability Facility",
        ),
        (
            "Irlanda recibió fondos del Fondo Europeo de Estabilidad Financiera en 2010.",
            "es",
            "Fondo Europeo de Estabilidad Financiera",
        ),
    ],
)
def test_a_known_facility_is_an_organisation(text, language, body):
    assert body in organizations(text, language)


def test_a_loan_facility_is_no_organisation():
    found = organizations("The IMF approved a $2.9 billion Extended Fund Facility for Zambia.")
    assert not any("Facility" in name for name in found), found
