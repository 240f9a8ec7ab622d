"""The noun a figure measures decides its subject: "$X in ODA" is aid even where a loan is named further on;
every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tokyo will extend 40 billion yen in ODA to Ruritania, made up of a yen loan for ports and grants.",
            "en",
        ),
        ("Norway pledged $300 million of development assistance over three years, partly as soft loans.", "en"),
        (
            "Japón otorgará 20.000 millones de yenes en AOD a Honduras, incluido un préstamo para carreteras.",
            "es",
        ),
    ],
)
def test_a_figure_in_official_development_assistance_is_aid(text, language):
    assert _subjects(text, language)[0] == "aid"
