"""Surnames that open with a capital and an apostrophe (`O'Leary`, `N'Diaye`, `D'Alema`), on sentences written for
this test: the rules read the name whole, as names with accented capitals are, with the office said after it (the
statistical model is left out, so the rules alone are tested)."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    actors = extract_actors(text, language=language, entities=[])
    return {a.name: a.role for a in actors if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ('"The talks were useful," said Siobhan O\'Rourke, the trade minister.', "Siobhan O'Rourke", "en"),
        ("Mali's foreign minister Moussa N'Daw met his Ghanaian counterpart.", "Moussa N'Daw", "en"),
        ("Le ministre Jean-Claude N'Goran a reçu l'ambassadeur de Chine.", "Jean-Claude N'Goran", "fr"),
    ],
)
def test_a_surname_with_an_apostrophe_after_its_first_capital_is_read_whole(text, name, language):
    assert name in persons(text, language)
