"""A range whose first figure leaves out the last scale words of the second is read in the second's scale ("entre 16
mil y 17 mil millones": sixteen thousand million, not sixteen thousand); a first figure with its own full scale keeps
it. Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str) -> list[tuple[float, float | None, str]]:
    return [(m.amount, m.amount_max, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Lima espera que el intercambio con Seúl llegue a entre 8 mil y 9 mil millones de dólares en 2030.",
            "es",
            [(8e9, 9e9, "USD")],
        ),
        (
            "O investimento deverá ficar entre 4 mil e 6 mil milhões de euros, segundo Maputo.",
            "pt",
            [(4e9, 6e9, "EUR")],
        ),
        # each figure with its whole scale: read as written
        (
            "Ghana's cocoa loans ranged between $1 million and $2 billion over the decade.",
            "en",
            [(1e6, 2e9, "USD")],
        ),
        ("Les besoins vont de 3 à 4 milliards de dollars, selon Niamey.", "fr", [(3e9, 4e9, "USD")]),
    ],
)
def test_a_range_reads_its_first_figure_in_the_scale_it_leaves_out(text, language, expected):
    assert _read(text, language) == expected
