"""Money kind of an investment its investor weighs ("is considering investing", "estudia invertir", "envisage un
investissement de", "estuda um segundo investimento de"): the investor's plan, a commitment, as "plans to invest" is;
a loan or a credit a lender weighs stays other. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Toyota is considering investing $1.2 billion in a new assembly plant outside Mombasa.", "en"),
        ("Reliance is weighing an investment of about $800 million in a Ghanaian refinery, the company said.", "en"),
        ("The Qatari fund was studying a new investment of $2.5 billion in Pakistani airports.", "en"),
        ("Vale is evaluating a further investment of $700 million in its Omani pelletising complex.", "en"),
        ("Hyundai is mulling investing roughly $400 million in an Indonesian battery maker.", "en"),
        ("Fonterra is exploring investing NZ$150 million in a dairy park in Sri Lanka.", "en"),
        ("La chilena SQM estudia invertir 600 millones de dólares en una planta de litio en Jujuy.", "es"),
        ("El grupo colombiano Argos evalúa una inversión de 250 millones de dólares en Honduras.", "es"),
        ("Repsol y Petrobras estudian una nueva inversión de unos 1.200 millones de euros en el Perú.", "es"),
        ("Le groupe Dangote envisage un investissement de 500 millions de dollars au Sénégal.", "fr"),
        ("Orange étudie un investissement d'environ 300 millions d'euros dans ses filiales ivoiriennes.", "fr"),
        ("Le fonds émirati envisage d'investir 2 milliards de dirhams dans le port de Tanger.", "fr"),
        ("Segundo a agência Lusa, a Embraer estuda investir US$ 800 milhões numa fábrica em Évora.", "pt"),
        ("A Sonangol estuda um novo investimento de 2 mil milhões de dólares no Lobito, disse o ministro.", "pt"),
        ("A WEG avalia um investimento de R$ 400 milhões numa fábrica de motores em Moçambique.", "pt"),
    ],
)
def test_an_investment_its_investor_weighs_is_committed(text, language):
    assert _kinds(text, language) == ["commitment"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Asian Development Bank is considering a further $180 million loan for the tram line.", "en"),
        ("The EBRD is considering an investment loan of $90 million for the port of Poti.", "en"),
        ("Korea Eximbank is weighing a $60 million credit line for Mongolian power stations.", "en"),
        ("El banco estatal evalúa un crédito de 900 millones de dólares para la represa.", "es"),
        ("La Banque africaine de développement étudie un prêt de 120 millions d'euros pour le port de Lomé.", "fr"),
        ("O BNDES estuda um empréstimo de US$ 300 milhões para a estrada até Nacala.", "pt"),
    ],
)
def test_a_loan_a_lender_weighs_stays_other(text, language):
    assert _kinds(text, language) == ["other"]
