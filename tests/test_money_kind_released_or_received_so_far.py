"""Kind of money released or received so far: a verb of releasing, receiving or banking money with a mark of a
count up to now ("has so far received", "$38 million released so far", "liberou até agora") reports what has moved
(actual), whoever pledged it; a release or receipt to come, one a plain perfect tells ("has released a first
tranche"), or a running total since a year stays as found. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Brussels has so far released €210 million to the Moldovan treasury.", "en"),
        ("Malawi has to date received about $95 million of the promised relief.", "en"),
        ("The cyclone fund had thus far banked only NZ$12 million, officials in Suva said.", "en"),
        (
            "The Gulf donors approved a $400 million package for Amman, with roughly $130 million released so far.",
            "en",
        ),
        ("Of the C$60 million pledged by Ottawa since 2019, the agency has so far released C$22 million.", "en"),
        ("O fundo liberou até agora apenas R$ 90 milhões para a barragem.", "pt"),
        ("Honduras ya recibió 45 millones de dólares del fondo regional.", "es"),
        ("Le Burkina a déjà reçu 60 millions d'euros de la facilité.", "fr"),
    ],
)
def test_money_released_or_received_up_to_now_is_reported(text, language):
    assert _kinds(text, language)[-1] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "The IMF has released a first tranche of $700 million.",
        "Donors will release another $150 million once the audit is done.",
        "The lender has released a second tranche of $95 million to Accra.",
    ],
)
def test_release_to_come_or_in_a_plain_perfect_stays_as_found(text):
    assert _kinds(text) == ["commitment"]
