"""A budget's spending line ("investment outlays", "les dépenses d'investissement", "treasury-funded investments") is
what a state spends at home, no investment between the sides. Investment by one side in the other stays investment,
and so does the total of foreign investment. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Uruguay's budget bill raises investment outlays to 2.1 billion dollars in 2026.", "en"),
        ("Tunisia's finance law sets investment spending at 5.4 billion dinars, up 8 per cent on 2024.", "en"),
        ("Capital and investment expenditures of the Lagos state budget will climb to N1.2 trillion.", "en"),
        ("State-funded investments will rise to 90 billion tenge under the new budget, the minister said.", "en"),
        ("Treasury-funded investment in roads reached 40 billion shillings in Uganda's last fiscal year.", "en"),
        ("El proyecto de ley fija los gastos de inversión en 12.000 millones de soles para 2025.", "es"),
        ("La loi de finances 2025 porte les dépenses d'investissement à 1 200 milliards de francs CFA.", "fr"),
        ("Le Niger a relevé ses dépenses d’investissement de 9 % dans le collectif budgétaire de juin.", "fr"),
        ("O Orçamento de 2024 fixa as despesas de investimento em 310 mil milhões de kwanzas.", "pt"),
    ],
)
def test_a_budget_spending_line_is_no_investment(text: str, language: str) -> None:
    assert "investment" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Total foreign direct investment from Japan in Vietnam reached $4 billion last year, Hanoi said.", "en"),
        ("Hyundai will invest $1.5 billion in a battery plant in Georgia, the governor said.", "en"),
        ("Las inversiones chinas en Perú sumaron 3.000 millones de dólares en 2024, según ProInversión.", "es"),
        ("Les investissements marocains au Sénégal ont atteint 500 millions d'euros en 2023.", "fr"),
        ("As empresas portuguesas vão investir 200 milhões de euros em Cabo Verde até 2027.", "pt"),
    ],
)
def test_investment_between_the_sides_stays_investment(text: str, language: str) -> None:
    assert "investment" in sectors_of(text, language)
