"""Subject of a sum paid out of a facility the text has already named: a figure whose own clause says only that it
is disbursed, released, paid out or a tranche or instalment ("The first $500 million was paid out in May", "of which
$80 million was disbursed", "So far EUR 12 million has been released") is part of the loan or aid its sentence names
before it, else the one the sentence before names. A paid-out sum with no such money named before it stays other.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subject_of(text: str, figure: str, language: str = "en") -> str:
    return next(m.subject for m in extract_money(text, language=language) if m.text == figure)


@pytest.mark.parametrize(
    "text, figure, language, subject",
    [
        (
            "The Nordic bank signed a loan of $90 million with Ghana's treasury on Monday. "
            "The first $30 million will be disbursed in March.",
            "$30 million",
            "en",
            "loan",
        ),
        (
            "The Gulf fund signed a $200 million loan with Tunisia's treasury in March. "
            "About $60 million was disbursed last week.",
            "$60 million",
            "en",
            "loan",
        ),
        (
            "Under the credit line opened by Warsaw in 2019, worth EUR 80 million, Kyiv can finance road repairs. "
            "So far EUR 9 million has been disbursed.",
            "EUR 9 million",
            "en",
            "loan",
        ),
        (
            "Brussels agreed a grant of €60 million for Moldova's schools last year. "
            "The second tranche, €20 million, was released on Friday.",
            "€20 million",
            "en",
            "aid",
        ),
        (
            "El banco regional aprobó un préstamo de 300 millones de dólares para Paraguay. "
            "El primer tramo, de 100 millones de dólares, se desembolsará en mayo.",
            "100 millones de dólares",
            "es",
            "loan",
        ),
        (
            "La Banque mondiale a approuvé un prêt de 150 millions de dollars pour le Niger. "
            "Une première tranche de 50 millions de dollars sera décaissée en juillet.",
            "50 millions de dollars",
            "fr",
            "loan",
        ),
        (
            "O banco chinês concedeu um empréstimo de 400 milhões de dólares a Angola. "
            "A primeira parcela, de 120 milhões de dólares, foi desembolsada em abril.",
            "120 milhões de dólares",
            "pt",
            "loan",
        ),
    ],
)
def test_money_a_sum_paid_out_takes_the_subject_of_the_money_named_before(text, figure, language, subject):
    assert _subject_of(text, figure, language) == subject


@pytest.mark.parametrize(
    "text, figure, language",
    [
        ("The lottery paid out $2 million to a single winner on Saturday.", "$2 million", "en"),
        ("The club released $3 million to its players after the final.", "$3 million", "en"),
    ],
)
def test_money_a_sum_paid_out_with_no_money_named_before_stays_other(text, figure, language):
    assert _subject_of(text, figure, language) == "other"
