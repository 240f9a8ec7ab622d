"""Kind of money that has arrived or gone out: a passive of receiving, spending, paying out or transferring right
after the figure ("only $90 million has been received", "the first tranche, $45 million, was received"), or a
receipt dated to a day, a week or a month before now ("received $75 million on Tuesday", "last March alone ...
received"), is a figure reported (actual). Money still to arrive, a loan named as received, and an undated receipt
stay as found. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Of the $600 million promised for the dam, only $90 million has been received.", "en"),
        ("The second tranche, $45 million, was received by the treasury on Thursday.", "en"),
        ("Of the Rs 2,000 crore set aside for the flyover, only Rs 640 crore was spent in April-December.", "en"),
        ("€25 million was transferred to the reconstruction fund last week.", "en"),
        ("Del total, solo 40 millones de dólares fueron recibidos por el municipio en marzo.", "es"),
        ("Sur cette enveloppe, seuls 12 millions d'euros ont été reçus par la commune.", "fr"),
        ("Desse montante, apenas R$ 80 milhões foram recebidos pelo estado até junho.", "pt"),
    ],
)
def test_money_received_or_spent_in_a_passive_after_it_is_reported(text, language):
    assert _kinds(text, language)[-1] == "actual"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Nepal received $75 million from the Asian Development Bank on Tuesday.", "en"),
        ("Last March alone, the province received 3 billion rand from the national treasury.", "en"),
        ("Bolivia recibió el lunes 150 millones de dólares del Banco Mundial.", "es"),
        ("Le Sénégal a reçu lundi 20 milliards de francs CFA de la Banque mondiale.", "fr"),
        ("Angola recebeu na segunda-feira 300 milhões de dólares do Banco Mundial.", "pt"),
    ],
)
def test_a_receipt_dated_to_a_day_or_month_before_now_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "A further $40 million will be received next spring.",
        "The first tranche of $100 million is to be released in June.",
        "A grant of $30 million, to be received over three years, will fund clinics.",
        "The country will receive $200 million from the World Bank on Monday.",
        # a loan named as received is the loan; an undated receipt is the sum handed over
        "Pakistan received a $1.2 billion loan from the IMF on Friday.",
        "Malawi received $15 million from Ireland for school meals.",
    ],
)
def test_money_still_to_arrive_a_named_loan_or_an_undated_receipt_stays_committed(text):
    assert _kinds(text) == ["commitment"]
