"""Subject of goods shipped: shipments and goods a state or a firm shipped are trade, as exports are ("Vietnamese
shipments to the EU rose to $41 billion", "Chile shipped $2.3 billion of copper cathodes to Korea last year",
"los embarques de cobre sumaron", "les expéditions de cacao ont atteint", "os embarques de soja somaram"); so is a
bilateral surplus. Goods shipped as a gift stay aid, and a surplus with no partner keeps its reading. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chile shipped $2.3 billion of copper cathodes to Korea last year.", "en"),
        ("Vietnamese shipments to the EU rose to $41 billion in 2023.", "en"),
        ("Rice shipments to the Philippines were valued at $1.1 billion in 2022.", "en"),
        ("Garment shipments in the first quarter totalled $3.4 billion.", "en"),
        ("Outbound shipments grew 5.1 percent from a year earlier to 55.1 billion dollars.", "en"),
        ("Canada shipped C$4.9 billion worth of goods to Japan in the first eleven months of 2018.", "en"),
        ("The bilateral surplus narrowed to $2.7 billion in March.", "en"),
        ("Los embarques de cobre a China sumaron 18.000 millones de dólares en 2022.", "es"),
        ("Les expéditions de cacao vers l'UE ont atteint 2,1 milliards d'euros l'an dernier.", "fr"),
        ("Os embarques de soja para a China somaram US$ 27 bilhões em 2023.", "pt"),
    ],
)
def test_goods_shipped_are_trade_reported(text, language):
    assert _read(text, language) == [("actual", "trade")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany shipped 50 million euros worth of medicine to Syria as a gift.", [("commitment", "aid")]),
        ("The budget surplus reached $1.2 billion last year.", [("actual", "other")]),
    ],
)
def test_gifts_shipped_and_other_surpluses_keep_their_reading(text, expected):
    assert _read(text) == expected
