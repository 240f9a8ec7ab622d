"""Money kind of a trade flow set off by commas after the noun it values and dated by its own words ("two-way trade,
worth about £4 billion last year, to"; "el comercio bilateral, por valor de 2.000 millones de dólares en 2023,"): the
level is reported, `actual`, whatever deal the sentence names before the flow or whatever the verb that governs the
flow puts ahead ("the agreement could lift", "permitirá duplicar"); the goal the sentence names after it is the next
figure's. An apposition with no date of its own, or contracts signed, keep their reading. Every sentence here was
written for these tests, in the styles of a wire report, a trade ministry's release and a regional daily."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ms Okafor said the new agreement could lift two-way trade, worth about £4 billion last year, "
            "to £6 billion.",
            "en",
        ),
        (
            "The minister said the pact would double bilateral trade, worth some $900 million in 2023, "
            "within five years.",
            "en",
        ),
        (
            "Following the signing of the deal, officials said bilateral trade, worth NZ$3.4 billion in 2021, "
            "could triple.",
            "en",
        ),
        (
            "El acuerdo firmado el martes permitirá duplicar el comercio bilateral, por valor de 2.000 millones de "
            "dólares en 2023, antes de 2028.",
            "es",
        ),
        (
            "L'accord signé lundi devrait doubler les échanges, d'une valeur de 800 millions d'euros en 2022, "
            "d'ici 2027.",
            "fr",
        ),
        (
            "O acordo assinado ontem deverá duplicar o comércio bilateral, no valor de 500 milhões de dólares em 2022, "
            "até 2026.",
            "pt",
        ),
    ],
)
def test_a_trade_flow_apposed_and_dated_is_reported(text, language):
    assert _kinds(text, language)[0] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "The deal could lift two-way trade, worth about $1 billion, to $3 billion by 2030.",
        "The companies signed contracts, worth $2 billion in 2023, for the metro line.",
    ],
)
def test_an_undated_apposition_or_a_contract_keeps_its_reading(text):
    assert _kinds(text)[0] == "commitment"
