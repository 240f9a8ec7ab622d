"""A currency code or abbreviation set apart from a figure of three digits or more counts it, without a scale word
("a ticket costs EUR 180", "rents average QAR 900 a month"); glued to it, or before two digits, it may be a name
with a number ("COP28", "COP 21", "P5"). Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str = "en") -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Monthly rent for a flat in Doha averages QAR 900, the survey found.", "en", [(900.0, "QAR")]),
        ("Bus fares in Mombasa rose to KES 150 per trip in March.", "en", [(150.0, "KES")]),
        ("Growers in Sylhet now get Tk 450 for each maund of tea leaves.", "en", [(450.0, "BDT")]),
        ("Steel billets traded at USD 512 per tonne, up from USD 470.", "en", [(512.0, "USD"), (470.0, "USD")]),
        ("El quintal de café se paga a USD 310 en Copán.", "es", [(310.0, "USD")]),
        ("O bilhete entre Lisboa e Faro custa EUR 180 por pessoa.", "pt", [(180.0, "EUR")]),
        ("Le visa d'affaires coûte désormais EUR 150 à Dakar.", "fr", [(150.0, "EUR")]),
    ],
)
def test_a_code_set_apart_counts_a_figure_of_three_digits(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Delegates met at COP 21 in Paris and again at COP28 in Dubai.",
        "The P5 members met the envoy on Monday.",
        "ALL 150 delegates voted for the text.",
    ],
)
def test_a_name_with_a_number_is_no_sum(text):
    assert _read(text) == []
