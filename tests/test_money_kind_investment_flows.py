"""Kind of investment over one past period (a year, a half, a fiscal year): a statistic reported, as trade is; a
running total since a year and money to invest stay committed. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Japanese companies invested $3.1 billion in Thailand last year, according to the Board of Investment.", "en"),
        ("Chinese firms invested about $870 million in Zambia in 2019, official data show.", "en"),
        ("German companies invested 2.4 billion euros in Poland in the first half of 2021.", "en"),
        ("Turkish investors poured $450 million into Georgia last year.", "en"),
        ("Kenya received foreign direct investment of Ksh 45 billion in the first nine months of the year.", "en"),
        ("Korea remained Vietnam's top investor, with registered investments of $4.6 billion last year.", "en"),
        ("Indian firms invested $640 million in Bangladesh during fiscal 2021-22, the central bank said.", "en"),
        ("Las empresas españolas invirtieron 1.200 millones de euros en México el año pasado.", "es"),
        ("En 2022, las compañías chinas invirtieron 900 millones de dólares en Perú.", "es"),
        ("Les entreprises françaises ont investi 800 millions d'euros au Maroc l'an dernier.", "fr"),
        ("Em 2021, empresas chinesas investiram US$ 5,9 bilhões no Brasil.", "pt"),
    ],
)
def test_investment_over_one_past_period_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "Saudi companies have invested more than $6 billion in Jordan since 2010.",
        "The group will invest $2 billion in Indonesia's nickel industry next year.",
        "Qatar plans to invest $5 billion in the country over the next five years.",
        "The firm signed an agreement to invest $300 million in a cement plant in 2024.",
    ],
)
def test_a_running_total_or_money_to_invest_stays_committed(text):
    assert _kinds(text) == ["commitment"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Chinese direct investment in Zambia slowed to $310 million in the first quarter.", "en"),
        ("The Philippines drew $9.2 billion of foreign direct investment in 2021.", "en"),
        ("Last year we had about two billion dollars in direct investment.", "en"),
        ("Tunisia attracted 2.1 billion dinars of net FDI in the first half of 2019.", "en"),
        ("Colombia recibió 14.000 millones de dólares de inversión extranjera directa en 2019.", "es"),
        ("Moçambique recebeu 2,3 mil milhões de dólares de investimento directo estrangeiro em 2018.", "pt"),
        ("Le Gabon a reçu 650 millions de dollars d'investissements directs étrangers en 2020.", "fr"),
    ],
)
def test_direct_investment_of_one_past_period_named_around_the_figure_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar will invest $3 billion in direct investment in Pakistan over five years.",
        "Saudi Arabia pledged $10 billion in foreign direct investment for the refinery.",
        "Korean firms have brought $12 billion of FDI into Vietnam since 1992.",
        "The central bank expects foreign direct investment of $2 billion in 2024.",
    ],
)
def test_direct_investment_ahead_pledged_or_since_a_year_is_not_a_period_statistic(text):
    assert _kinds(text) != ["actual"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("O Banco de Moçambique prevê um investimento directo estrangeiro de US$ 3 mil milhões em 2019.", "pt"),
        ("El Banco Central prevé inversión extranjera directa de 9.000 millones de dólares en 2023.", "es"),
    ],
)
def test_direct_investment_a_forecast_names_is_not_reported(text, language):
    assert _kinds(text, language) != ["actual"]
