"""A border the parties police or settle together, named without a word of security ("a joint border commission",
"joint border checks at the crossing", "the demarcation of the state border", "patrullas conjuntas", "patrouilles
conjointes"), is border security. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Armenia and Georgia will set up a joint border commission in September, the ministers said.", "en"),
        ("The two sides agreed to run joint border checks at the Lviv crossing during the festival.", "en"),
        ("The ministers agreed to speed up the demarcation of the state border by 2026.", "en"),
        ("Madrid y Rabat acordaron crear patrullas conjuntas en el Estrecho a partir de mayo.", "es"),
        ("Le Niger et le Bénin organiseront des patrouilles conjointes le long du fleuve, selon l'accord signé.", "fr"),
        ("Os dois governos acordaram realizar patrulhas conjuntas na fronteira norte.", "pt"),
    ],
)
def test_a_border_kept_together_is_security(text: str, language: str) -> None:
    assert "security" in sectors_of(text, language)


def test_a_border_crossing_for_trucks_is_no_security() -> None:
    assert "security" not in sectors_of("The new border crossing cut waiting times for trucks to three hours.")
