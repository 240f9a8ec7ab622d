"""Kind of a tranche of a loan or a programme paid out, released or received, its sum right after the tranche
("disbursed a second tranche of $120 million to Mongolia in April", "released the fourth tranche, of KD 8
million, ... in July", "la CAF desembolsó en agosto el tercer tramo, de", "le Trésor a versé lundi la deuxième
tranche, de", "o Banco do Brasil liberou em maio a terceira parcela, de"): dated by a day, a month or a past year,
it is money moved before now, reported as a dated receipt is (actual). Undated, or released with the approval of
the loan ("approved the programme, releasing an immediate first tranche of"), or put ahead ("will release a first
tranche of ... in June"), it stays the loan or grant handed over (commitment). Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Asian Development Bank disbursed a second tranche of $120 million to Mongolia in April.", "en"),
        (
            "Kuwait released the fourth tranche, of KD 8 million, under its credit for the Kigali ring road in July.",
            "en",
        ),
        ("Nepal received a fourth tranche, NPR 4 billion, from Delhi last month.", "en"),
        ("The Kuwait Fund paid out the final instalment of KD 6 million on Tuesday.", "en"),
        ("Lima said the CAF had disbursed its fourth tranche of about $75 million in 2019.", "en"),
        ("Abu Dhabi transferred a first instalment of Dh 500 million to the central bank last week.", "en"),
        ("The treasury was credited with the second tranche, worth $210 million, of the Chinese loan on Friday.", "en"),
        (
            "La CAF desembolsó en agosto el tercer tramo, de 90 millones de dólares, para el acueducto de Cochabamba.",
            "es",
        ),
        ("Paraguay recibió el tercer tramo, por 80 millones de dólares, el mes pasado.", "es"),
        ("Le Trésor français a versé lundi la deuxième tranche, de 40 millions d'euros, au Niger.", "fr"),
        ("La BOAD a décaissé en janvier une première tranche de 12 milliards de FCFA pour la route.", "fr"),
        (
            "O Banco do Brasil liberou em maio a terceira parcela, de US$ 45 milhões, do crédito para Nacala.",
            "pt",
        ),
        ("Moçambique recebeu ontem a primeira tranche, de 60 milhões de dólares, do Banco Mundial.", "pt"),
    ],
)
def test_a_tranche_paid_out_on_a_past_date_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The IMF approved the programme for Zambia, releasing an immediate first tranche of $185 million.", "en"),
        ("The Commission has disbursed the second tranche of its aid to Moldova, worth €60 million.", "en"),
        ("The government received the fifth tranche of SDR 98 million under the facility.", "en"),
        ("The bank will release a first tranche of $300 million in June.", "en"),
        ("Le FMI a approuvé le programme et débloquera une première tranche de 90 millions de dollars.", "fr"),
        ("El Banco Mundial desembolsará el primer tramo, de 200 millones de dólares, en diciembre.", "es"),
    ],
)
def test_an_undated_or_coming_tranche_stays_committed(text, language):
    assert _kinds(text, language) == ["commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the Exim Bank had released the first tranche of the $3.8 billion financing package for the line.",
        "The price is $42 million, to be paid in two tranches of $21 million each, the second due in March 2016.",
    ],
)
def test_a_tranche_of_a_whole_or_to_be_paid_is_not_a_dated_receipt(text):
    assert "actual" not in _kinds(text)
