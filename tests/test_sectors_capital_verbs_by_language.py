"""The verbs of putting money into a venture are read in their own language: French "pour" is "for", no verb of
pouring ("a signé pour 390 millions d'euros de prêts en 2011"), while "a injecté 150 millions d'euros dans" and
"will pour $400 million into" still put capital in. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "La banque régionale a signé pour 390 millions d'euros de prêts en 2019, selon son rapport.",
        "Le ministère a débloqué pour 12 millions d'euros de bourses en faveur des étudiants en 2020.",
    ],
)
def test_french_pour_is_no_capital_poured(text: str) -> None:
    assert "investment" not in sectors_of(text, "fr")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le fonds a injecté 150 millions d'euros dans la compagnie aérienne sénégalaise.", "fr"),
        ("El grupo inyectará 300 millones de euros en la refinería de Cartagena.", "es"),
        ("The Gulf fund will pour $400 million into the Egyptian fertiliser maker next year.", "en"),
    ],
)
def test_capital_put_in_still_counts(text: str, language: str) -> None:
    assert "investment" in sectors_of(text, language)
