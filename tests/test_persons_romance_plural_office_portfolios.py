"""An office in the plural before pairs of a portfolio and its holder, in Spanish, French and Portuguese ("los
ministros de Economía, NAME, y de Planificación, NAME"): each holder has the office with their own portfolio, and the
state a demonym after the office gives. Pairs of states stay pairs of states. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    found = extract_actors(text, language=language)
    return {a.name: (a.role, a.country) for a in found if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "En Montevideo, los ministros uruguayos de Economía, Gabriel Oddone, y de Industria, Fernanda Cardona, "
            "recibieron a la misión.",
            "es",
            {"Gabriel Oddone": ("ministro de Economía", "URY"), "Fernanda Cardona": ("ministro de Industria", "URY")},
        ),
        (
            "Em Luanda, os ministros angolanos da Economia, Mário Caetano João, e dos Transportes, Ricardo de Abreu, "
            "assinaram os acordos.",
            "pt",
            {
                "Mário Caetano João": ("ministro da Economia", "AGO"),
                "Ricardo de Abreu": ("ministro dos Transportes", "AGO"),
            },
        ),
        (
            "À Abidjan, les ministres ivoiriens de l'Économie, Adama Koné, et des Affaires étrangères, Léon Kacou "
            "Adom, ont reçu la délégation.",
            "fr",
            {
                "Adama Koné": ("ministre de l'Économie", "CIV"),
                "Léon Kacou Adom": ("ministre des Affaires étrangères", "CIV"),
            },
        ),
    ],
)
def test_each_holder_has_the_office_with_their_portfolio(text, language, expected):
    found = persons(text, language)
    assert {name: found.get(name) for name in expected} == expected


def test_pairs_of_states_stay_pairs_of_states():
    text = "Los cancilleres de Argentina, Santiago Cafiero, y de Chile, Antonia Urrejola, firmaron el acuerdo."
    assert persons(text, "es") == {"Santiago Cafiero": ("canciller", "ARG"), "Antonia Urrejola": ("canciller", "CHL")}
