"""A central bank is at work in finance wherever it is named: money and banking are its only work, so its name in a
sentence is activity in finance even without a word of cooperation. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Central Bank of Kenya is talking to the Central Bank of Uganda about a faster clearing system.", "en"),
        ("Later, the Swiss Central Bank said it was watching the franc.", "en"),
        ("Le gouverneur a rencontré la Banque centrale des États de l'Afrique de l'Ouest mardi.", "fr"),
    ],
)
def test_a_central_bank_named_is_finance(text: str, language: str) -> None:
    assert "finance" in {h.sector for h in extract_sectors(text, language=language)}


def test_a_bank_of_another_kind_named_in_passing_is_no_finance() -> None:
    text = "The minister, a former Grameen Bank officer, arrived on Monday with her husband."
    assert "finance" not in {h.sector for h in extract_sectors(text)}
