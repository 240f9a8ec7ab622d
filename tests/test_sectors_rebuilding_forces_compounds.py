"""Sectors of rebuilding after a war or a disaster, of armed forces and police that receive equipment, and of
compound words; every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str = "en") -> set[str]:
    return {h.sector for h in extract_sectors(text, language=language)}


@pytest.mark.parametrize(
    "text, language, sectors",
    [
        ("The donors discussed the reconstruction of the war-torn city of Aleppo.", "en", {"infrastructure"}),
        (
            "Kuwait will lend $30 million to reconstruct the coastal road.",
            "en",
            {"infrastructure", "transport", "finance"},
        ),
        ("Qatar se comprometió a apoyar la reconstrucción de la ciudad.", "es", {"infrastructure"}),
        ("La France soutiendra la reconstruction du centre-ville, a-t-il annoncé.", "fr", {"infrastructure"}),
        ("O Japão vai apoiar a reconstrução das escolas destruídas.", "pt", {"infrastructure", "education"}),
    ],
)
def test_rebuilding_is_construction(text, language, sectors):
    assert _sectors(text, language) == sectors
