"""A token of several states' currencies (`Rs`, `pesos`, `francs CFA`) reads as the state its own clause names, not
the state another clause of the sentence names ("the ministry will spend Rs 12 billion; India will lend the rest");
a clause that names none leaves it to the story. A currency name is one money with its code ("AZN 1.6bn" and "312
million manats"). Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str = "en") -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Nepal's cabinet met in Kathmandu on Sunday. The energy ministry will spend Rs 12 billion on the grid; "
            "India will lend the rest.",
            "en",
            [(12e9, "NPR")],
        ),
        (
            "Uruguay firmó en Montevideo el acuerdo del puente. El ministerio de Obras invertirá 900 millones de "
            "pesos en los accesos, y Argentina aportará US$ 20 millones.",
            "es",
            [(900e6, "UYU"), (20e6, "USD")],
        ),
        (
            "Le Cameroun a signé l'accord à Yaoundé. Le ministère versera 5 milliards de francs CFA, tandis que le "
            "Sénégal apportera 2 milliards.",
            "fr",
            [(5e9, "XAF"), (2e9, "XOF")],
        ),
        # the clause that names a state still decides
        (
            "India's Exim Bank extended Rs 4,000 crore to Sri Lanka, and Colombo will repay it by 2030.",
            "en",
            [(40e9, "INR")],
        ),
    ],
)
def test_a_token_of_several_states_reads_as_its_own_clause(text, language, expected):
    assert _read(text, language) == expected


def test_a_currency_name_is_the_money_its_code_names():
    text = "Turkmen gas flows west. The fund paid 312 million manats for the canal, taking its outlay to AZN 1.6bn."
    assert _read(text) == [(312e6, "AZN"), (1.6e9, "AZN")]
