"""Works on a route or on built works that are expanded, repaired, widened, paved or opened are works built, so
infrastructure as well as transport; a verb that builds only what it governs ("expand", "repair") counts right before
the works, not before cooperation or relations. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Korea will give Tanzania a grant to expand the access road to the port of Dar es Salaam.", "en"),
        ("Indian engineers will help Sri Lanka repair the roads washed away by the floods.", "en"),
        ("Azerbaijan will resurface 150 km of the highway to the Georgian border.", "en"),
        ("The Gulf donors will widen the coastal road between Aden and Mukalla.", "en"),
        ("El gobierno coreano donará recursos para asfaltar la carretera hacia la frontera con Guatemala.", "es"),
        ("A Índia vai apoiar a recuperação da estrada que liga Maputo a Xai-Xai.", "pt"),
    ],
)
def test_works_expanded_repaired_or_opened_are_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to expand cooperation in ports, railways and civil aviation.",
        "The visit was meant to repair relations strained by a dispute over the port.",
        "Both carriers will expand flights between the two capitals next year.",
    ],
)
def test_expanding_cooperation_or_repairing_relations_builds_nothing(text: str) -> None:
    assert "infrastructure" not in sectors_of(text)
