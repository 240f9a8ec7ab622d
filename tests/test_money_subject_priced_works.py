"""A value put on works named right before it ("the bridge, priced at ...") is their cost, not a unit price."""

import pytest

from pipelines.extract.money import extract_money


def _facts(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The bridge, priced at 38 million lari, is to be tendered next spring.", "en"),
        ("The new hospital in Jaffna, priced at $80 million, was opened on Monday.", "en"),
        ("Uganda's oil refinery, priced at about $4 billion by the ministry, is due in 2029.", "en"),
        ("The Lagos-Calabar railway is costed at N12 trillion, the minister said.", "en"),
        ("El puente sobre el río Paraná, cifrado en 40 millones de dólares, se licitará en marzo.", "es"),
        ("Le barrage de Kandadji, chiffré à 200 millions d'euros, sera achevé en 2028.", "fr"),
    ],
)
def test_works_valued_by_a_price_word_are_a_project(text, language):
    assert [subject for _, subject in _facts(text, language)] == ["project"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Urea under the new supply deal is priced at $245 a tonne.", "en"),
        ("Fares on the Nairobi commuter line are priced at $2 a ride.", "en"),
        ("The shares were priced at $14 each in the offering.", "en"),
    ],
)
def test_goods_and_fees_priced_stay_prices(text, language):
    assert [subject for _, subject in _facts(text, language)] == ["other"]
