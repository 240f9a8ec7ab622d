"""A contract or an order awarded to a firm, or won by one, is the value of the works it buys: project, whoever
awards it and whatever it pays for (a lender's money or a grant named in the sentence before does not make the
contract a loan or aid). Arms bought stay other, a sum a court awards is no contract, and a loan won is a loan.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The port authority awarded contracts worth $640 million in March to two Turkish builders.", "en"),
        ("The water utility has awarded Hitachi a contract worth $95 million to replace its pumps.", "en"),
        ("Last year the highways agency awarded the KSh 4.2 billion contract to a local consortium.", "en"),
        ("The railway operator said it had awarded a AZN 41 million coach-repair contract in May.", "en"),
        ("Since 2010 the group has won orders worth more than $7 billion in the Gulf.", "en"),
        ("Korean builders won contracts worth nearly 2.3 billion hryvnias in Kyiv alone.", "en"),
        ("Daelim won the first contract, worth $880 million, in March 2019.", "en"),
        ("A Chinese builder won a Rp 310 billion order to rebuild the ferry terminal.", "en"),
        ("The ministry hopes its firms will win contracts worth at least $300 million in Libya this year.", "en"),
        (
            "Le marché de génie civil a été attribué au groupe français Colas pour 58,2 milliards de FCFA hors taxes.",
            "fr",
        ),
        ("La société turque Limak a remporté un marché de 90 millions d'euros pour la nouvelle aérogare.", "fr"),
        (
            "La empresa estatal adjudicó el año pasado a la china Sinohydro un contrato de 400 millones de "
            "dólares para el suministro de turbinas.",
            "es",
        ),
        ("La agencia prevé adjudicar en junio contratos de mantenimiento por cerca de 95 millones de euros.", "es"),
        ("A construtora brasileira ganhou um contrato de 140 milhões de dólares para a nova barragem.", "pt"),
    ],
)
def test_a_contract_awarded_or_won_is_the_works(text, language):
    assert _subjects(text, language) == ["project"]


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        ("The arbitration panel awarded the builder damages of $2 million and interest.", "en", "other"),
        ("The bank won approval for a $300 million loan to the power utility.", "en", "loan"),
    ],
)
def test_no_contract_awarded_keeps_its_subject(text, language, subject):
    assert _subjects(text, language) == [subject]
