"""A second batch of sentences for the subject classes of givers (a giver before a noun a phrase away, across
an appositive; firms that spend or sign; JICA, JBIC and promises), works being built, cables and interconnectors,
and Romance body names; written for these tests after the rules, which they pass unchanged."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        (
            "Germany will commit €40 million over five years to the second phase of Namibia's green hydrogen "
            "programme, alongside wider investment in the port of Lüderitz.",
            "en",
            "aid",
        ),
        (
            "Sweden pledged SEK 200 million to help Mozambique rebuild the schools that the cyclone destroyed in "
            "March, part of a broader investment push in the region.",
            "en",
            "aid",
        ),
        (
            "The World Bank will provide $150 million to Jordan over four years for the water utility's reform plan, "
            "with private investment expected to follow.",
            "en",
            "loan",
        ),
        (
            "The mining company will spend $2.3 billion on the second phase of its copper operations.",
            "en",
            "investment",
        ),
        (
            "Turkish and Uzbek businesses signed 30 agreements worth $1.2 billion at the forum in Tashkent.",
            "en",
            "investment",
        ),
        (
            "Las empresas españolas firmaron contratos por valor de 500 millones de euros en Marruecos.",
            "es",
            "investment",
        ),
        ("As empresas chinesas assinaram acordos no valor de 2 bilhões de dólares com Angola.", "pt", "investment"),
        ("The two firms signed a contract for the delivery of 40 locomotives worth $300 million.", "en", "trade"),
        ("A Chinese consortium is building a steel complex outside Karaganda worth $900 million.", "en", "project"),
        ("The Gulf states switched on the $800 million GCC interconnector extension on Monday.", "en", "project"),
        ("The 2Africa subsea cable, estimated at $1 billion, lands in Mombasa next year.", "en", "project"),
        (
            "L'interconnexion électrique avec la Mauritanie, estimée à 300 millions d'euros, sera achevée en 2026.",
            "fr",
            "project",
        ),
        ("JICA will extend 25 billion yen for the Dhaka metro's second line.", "en", "loan"),
        ("O Banco Mundial prometeu 200 milhões de dólares a Moçambique.", "pt", "loan"),
        ("El BID prometió 120 millones de dólares a Paraguay para sus carreteras.", "es", "loan"),
        (
            "The Asian Development Bank, whose president visited Dhaka last week for talks with the prime minister, "
            "approved $400 million for the power sector.",
            "en",
            "loan",
        ),
        (
            "El Banco Interamericano de Desarrollo, representado en el acto por su presidente para la región andina, "
            "aprobó 75 millones de dólares para Bolivia.",
            "es",
            "loan",
        ),
        ("El Banco Europeo de Inversiones concedió 150 millones de euros a Túnez.", "es", "loan"),
        ("O Banco Europeu de Investimento concedeu 80 milhões de euros a Moçambique.", "pt", "loan"),
        ("La Banque asiatique d'investissement a approuvé 200 millions de dollars pour le Bangladesh.", "fr", "loan"),
    ],
)
def test_money_subject_second_batch(text, language, subject):
    assert extract_money(text, language=language)[0].subject == subject
