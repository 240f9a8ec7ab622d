"""Subject of a sum a firm spends, commits or puts into its business, where the firm is named by the noun of its
kind or trade ('the carmaker', 'a food manufacturer', 'ports operator NAME', 'la minera', 'le constructeur
automobile', 'a montadora'), whether or not the knowledge files list it: what a firm spends is invested, as a firm
named 'the company' already was. A builder, a grid's operator and a
'group' (the end of lenders' names: 'the World Bank Group') are no investors; a government's spending at home stays
the works'. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ports operator Gulfline said it would commit 4 billion dirhams to cold-chain warehouses in Gujarat.", "en"),
        ("A food manufacturer committed €7.5 million to a fruit-processing venture in Ganja.", "en"),
        ("The carmaker will spend another $400 million on its plant in Kenitra.", "en"),
        ("The Korean chipmaker will spend $2 billion on a packaging line in Bac Ninh.", "en"),
        ("The Brazilian miner committed $900 million to the expansion of its nickel operation in Goiás.", "en"),
        ("The retailer plans to spend about R800 million on ten new stores in Nigeria.", "en"),
        ("The Turkish steelmaker signed deals worth $600 million in Algeria.", "en"),
        ("La automotriz china invertirá 300 millones de dólares en una planta en Jalisco.", "es"),
        ("La minera canadiense destinará 500 millones de dólares a la ampliación de la mina.", "es"),
        ("Le fabricant français financera 80 millions d'euros de l'usine de Tanger.", "fr"),
        ("A montadora chinesa vai destinar R$ 1,5 bilhão à fábrica de Camaçari.", "pt"),
        ("A mineradora australiana financiará US$ 300 milhões da nova mina em Tete.", "pt"),
        ("The Japanese automaker will spend $350 million on a second assembly line in Chennai.", "en"),
        ("The oil major committed $1.2 billion to an offshore block off Suriname.", "en"),
        ("The Emirati ports operator will commit $500 million to a container terminal in Berbera.", "en"),
        ("The Mexican retailer will spend 2 billion pesos on new stores in Guatemala.", "en"),
        ("La multinacional japonesa invertirá 200 millones de dólares en una planta en Querétaro.", "es"),
        ("Le fabricant indien consacrera 40 millions d'euros à une usine à Casablanca.", "fr"),
    ],
)
def test_a_firm_named_by_its_kind_or_legal_form_invests(text, language):
    assert _subjects(text, language)[0] == "investment"


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank Group approved $500 million for Kenya's roads.",
        "The Asian Development Bank Group will provide $200 million to Nepal.",
    ],
)
def test_a_lenders_name_ending_in_group_stays_a_lender(text):
    assert _subjects(text)[0] == "loan"


def test_a_government_spending_at_home_stays_the_works():
    assert _subjects("The government will spend $300 million on roads.")[0] == "project"


@pytest.mark.parametrize(
    "text, language",
    [
        ("The grid operator Elia had set aside €150 million for the new interconnector this year.", "en"),
        ("The transmission operator will spend $90 million on the Nairobi ring line.", "en"),
        ("La constructora firmó un contrato de 85 millones de euros con la ONCF para la línea Tánger-Fez.", "es"),
        ("A construtora portuguesa assinou um contrato de 62 milhões de dólares para reabilitar o cais.", "pt"),
    ],
)
def test_a_builder_or_a_grids_operator_is_no_investor(text, language):
    assert _subjects(text, language)[0] != "investment"
