"""Kind of money a past act of paying, buying or selling moved: a payment or purchase told in the past, its sum a
few words of the verb's object after it ("paid the contractor about $40 million", "bought some $30 billion of
bonds"), or a price paid for a firm or a stake ("bought the mill in May for"), is a figure reported (actual), dated
or not. A payment ahead (will pay, agreed to buy), one a loan or grant paid for ("was paid for by a $300 million
loan"), goods bought for a price (contracted) and a purchase named as a deal keep their kind. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Zambia's power utility paid the Chinese contractor about $40 million for the turbines.", "en"),
        ("Pension funds in Chile bought some $3 billion of Peruvian sovereign bonds during the quarter.", "en"),
        ("A Brazilian consortium bought the Mendoza cement factory in May for $180 million.", "en"),
        ("The Reserve Bank of Fiji said it had sold roughly FJ$90 million in foreign currency last week.", "en"),
        ("Ethiopian Airlines has paid $2.1 billion for new aircraft, its chief executive said.", "en"),
        ("La minera canadiense pagó el año pasado 75 millones de dólares al Estado boliviano en regalías.", "es"),
        ("L'opérateur marocain a payé 300 millions de dirhams pour sa licence de téléphonie au Mali.", "fr"),
        ("A estatal angolana pagou 90 milhões de dólares ao porto de Walvis Bay pela concessão.", "pt"),
    ],
)
def test_money_paid_bought_or_sold_before_now_is_reported(text, language):
    assert _kinds(text, language)[0] == "actual"


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Ghanaian utility will pay the contractor $40 million once the turbines arrive.", "en"),
        ("The Qatari fund agreed to buy the Lisbon port operator for $600 million.", "en"),
        ("The ring road was paid for by a $300 million loan from the Export-Import Bank of China.", "en"),
        ("Last year Kazakhstan bought six transport aircraft from Spain, reportedly in a $400 million deal.", "en"),
        ("El gobierno pagará 50 millones de dólares a los contratistas en marzo.", "es"),
        ("Last year the Nigerian navy bought four patrol boats for about $60 million.", "en"),
        ("Le ministère a acheté des ambulances pour 8 millions d'euros.", "fr"),
    ],
)
def test_money_payment_ahead_or_financed_keeps_its_kind(text, language):
    assert _kinds(text, language)[0] != "actual"


@pytest.mark.parametrize(
    "text, language",
    [
        ("The state holding sold 20 percent of the Andean telecom operator to a Gulf fund for $700 million.", "en"),
        ("A Thai brewer bought a third of the Hanoi distillery in 2021 for $150 million.", "en"),
        ("El grupo mexicano compró la mitad de la embotelladora guatemalteca por 80 millones de dólares.", "es"),
    ],
)
def test_money_part_of_a_firm_bought_before_now_is_an_investment_reported(text, language):
    found = extract_money(text, language=language)[0]
    assert (found.kind, found.subject) == ("actual", "investment")
