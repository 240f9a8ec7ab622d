"""Signatories: a list whose verb is said once ("A signed for the lender and NAME, Minister of Finance, on behalf
of Peru") gives the later signatory the state named after their office; one who signs for an international body
("NAME, Country Director, signed for ADB", "NAME signed on behalf of the World Bank") serves no state."""

import pytest

from pipelines.extract.actors import extract_actors


def _person(text: str, name: str, language: str = "en"):
    return next(a for a in extract_actors(text, language=language) if a.actor_type == "person" and a.name == name)


@pytest.mark.parametrize(
    ("text", "language", "name", "state"),
    [
        (
            "ABU DHABI -- The Abu Dhabi Fund for Development lent 50 million dollars for a dam. The Director "
            "General of the fund, Mr. Saeed Al Suwaidi, signed on behalf of the Fund and Mr. Kwame Boateng, "
            "Minister of Finance, on behalf of Ghana.",
            "en",
            "Kwame Boateng",
            "GHA",
        ),
        (
            "KUWAIT -- The loan was signed by the fund's director and by Ms. Rosa Quintero, Minister of Economy, "
            "on behalf of Ecuador.",
            "en",
            "Rosa Quintero",
            "ECU",
        ),
        (
            "Madrid, 4 de mayo. El acuerdo fue firmado por el secretario de Estado y por Juan Pérez Soto, ministro "
            "de Hacienda, en nombre de Paraguay.",
            "es",
            "Juan Pérez Soto",
            "PRY",
        ),
        (
            "PARIS -- L'accord a été signé par le directeur de l'Agence et par Awa Diallo, ministre du Budget, au "
            "nom du Mali.",
            "fr",
            "Awa Diallo",
            "MLI",
        ),
    ],
)
def test_a_signatory_of_a_list_for_a_state(text, language, name, state):
    assert _person(text, name, language).country == state


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "LIMA -- Peru and the Asian Development Bank signed a loan on Monday. Vice Minister Carla Ruiz signed "
            "for the Government; Hiroshi Tanabe, Country Director, signed for ADB.",
            "Hiroshi Tanabe",
        ),
        (
            "NAIROBI -- Kenya's Treasury signed a grant with the lender. Regional director Ana Lucia Moreno signed "
            "on behalf of the World Bank, and Treasury Secretary Peter Kamau for Kenya.",
            "Ana Lucia Moreno",
        ),
    ],
)
def test_a_signatory_for_an_international_body_serves_no_state(text, name):
    assert _person(text, name).country is None


def test_a_minister_who_speaks_on_behalf_of_the_government_stays_home():
    text = (
        "ACCRA -- Ghana's Information Minister Kojo Oppong said on behalf of the government that the loan was signed."
    )
    assert _person(text, "Kojo Oppong").country == "GHA"
