"""Subject of two classes of sums that name exports or a purchase without being trade between states.

An export-credit agency's cover (UK Export Finance, Euler Hermes, CESCE, Bpifrance Assurance Export, Sinosure, the
agency named by its kind) insures or guarantees a state's own exporters' sales: the sum is other, neither trade nor
a loan, unless the noun it measures is a credit lent ("a buyer credit of") or the exports themselves ("supported
C$48 billion in Canadian exports", as writers read it). Securities or currency bought or sold,
or what a central bank buys or sells in the market, is money dealt for money: other, where goods bought stay trade
and a firm or a stake bought stays an investment. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("UK Export Finance will make up to £2 billion of cover available for British firms supplying Kenya.", "en"),
        ("UK Export Finance has raised its risk appetite for Ghana to £1.5 billion.", "en"),
        ("UKEF said its capacity for Vietnam now stands at £4 billion.", "en"),
        ("Export Development Canada has backed C$600 million of contracts in Peru this year.", "en"),
        ("Euler Hermes will guarantee up to €700 million of German suppliers' contracts in Indonesia.", "en"),
        ("The export credit agency SACE will insure $900 million of Italian contracts in Qatar.", "en"),
        ("Sinosure will insure $3 billion of Chinese contractors' deals in Nigeria.", "en"),
        ("Sinosure provided $2 billion in export credit insurance for Chinese firms in Pakistan.", "en"),
        ("NEXI agreed to cover ¥80 billion of Japanese suppliers' contracts in the Philippines.", "en"),
        ("Korea Trade Insurance Corporation, K-SURE, signed cover of 500 billion won for the Saudi smelter.", "en"),
        ("EXIAR insured $250 million of Russian contracts in Egypt last year.", "en"),
        ("Finnvera guaranteed €120 million of Finnish suppliers' deals in Chile.", "en"),
        ("La CESCE cubrirá hasta 200 millones de euros de las operaciones de empresas españolas en Perú.", "es"),
        (
            "La Compañía Española de Seguros de Crédito a la Exportación abrirá una línea de cobertura de 300 "
            "millones de euros para Colombia.",
            "es",
        ),
        ("La CESCE ha cubierto operaciones por 150 millones de euros con Túnez este año.", "es"),
        (
            "Bpifrance Assurance Export garantira jusqu'à 400 millions d'euros de contrats d'entreprises françaises "
            "au Maroc.",
            "fr",
        ),
        ("La Coface couvrira 250 millions d'euros de contrats français en Algérie.", "fr"),
        ("Credendo a assuré 90 millions d'euros de contrats belges en Côte d'Ivoire.", "fr"),
        ("A SBCE vai cobrir até 500 milhões de dólares em contratos de empresas brasileiras em Angola.", "pt"),
        ("O seguro de crédito à exportação da COSEC cobrirá 100 milhões de euros de contratos em Moçambique.", "pt"),
    ],
)
def test_an_export_credit_agencys_cover_is_other(text, language):
    assert _subjects(text, language)[0] == "other"


@pytest.mark.parametrize(
    "text, language",
    [
        ("UKEF also offers a buyer credit of up to £500 million to Ukraine's railways.", "en"),
        ("Sinosure-backed banks lent Zambia a $400 million loan for the road.", "en"),
    ],
)
def test_a_credit_lent_under_cover_stays_a_loan(text, language):
    assert _subjects(text, language)[0] == "loan"


@pytest.mark.parametrize(
    "text",
    [
        "EDC supported C$48 billion in Canadian exports last year.",
        "Export Development Canada financed C$1.1 billion of Canadian sales to Colombia last year.",
    ],
)
def test_an_agencys_support_measured_as_the_exports_stays_trade(text):
    assert _subjects(text)[0] == "trade"


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Bank of Japan bought an estimated $2 billion in Tokyo on Tuesday.", "en"),
        ("The central bank sold $300 million in the interbank market to support the lira.", "en"),
        ("The Reserve Bank of India sold about $5 billion in the spot market last month.", "en"),
        ("The Bundesbank said it had bought about 10 billion marks' worth of weaker currencies.", "en"),
        ("Japanese pension funds bought some $30 billion of U.S. Treasury bonds last year.", "en"),
        ("The Treasury sold $12 billion of five-year notes at an average yield of 4.2%.", "en"),
        ("Kenya sold $1 billion of eurobonds in February.", "en"),
        ("Gulf investors bought $700 million of Egyptian treasury bills in March.", "en"),
        ("The National Bank of Georgia bought $40 million in the foreign exchange market on Friday.", "en"),
        ("El Banco Central de Chile vendió 2.000 millones de dólares en el mercado cambiario la semana pasada.", "es"),
        ("El Banco de México compró 500 millones de dólares en bonos del Tesoro estadounidense.", "es"),
        ("La BCEAO a vendu 300 milliards de francs CFA de devises sur le marché interbancaire.", "fr"),
        ("La Banque centrale de Tunisie a acheté 200 millions de dinars de bons du trésor.", "fr"),
        ("O Banco Central do Brasil vendeu US$ 2 bilhões no mercado de câmbio nesta sexta-feira.", "pt"),
        ("O Banco de Moçambique comprou 50 milhões de dólares em títulos do tesouro.", "pt"),
    ],
)
def test_securities_or_currency_bought_or_sold_are_other(text, language):
    assert _subjects(text, language)[0] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "China bought $20 billion of Brazilian soybeans last year.",
        "Nigeria bought $2 billion worth of wheat from Russia in 2022.",
        "Egypt sold $1.2 billion of liquefied gas to Turkey in the first half.",
    ],
)
def test_goods_bought_or_sold_stay_trade(text):
    assert _subjects(text)[0] == "trade"


@pytest.mark.parametrize(
    "text",
    [
        "Volvo said it would acquire Harland Optics Ltd. for $420 million.",
        "The Qatari fund bought a 10% stake in the exchange for $200 million.",
    ],
)
def test_a_firm_or_a_stake_bought_stays_an_investment(text):
    assert _subjects(text)[0] == "investment"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Finnvera asegurará ventas de bienes finlandeses a Chile por 120 millones de euros.", "es"),
        ("EKF asegurará ventas de turbinas danesas a México por 90 millones de euros.", "es"),
        ("L'EKF garantira des ventes de turbines danoises au Kenya pour 300 millions d'euros.", "fr"),
        ("Finnvera assurera la vente de navires finlandais au Sénégal pour 80 millions d'euros.", "fr"),
        ("A Finnvera vai garantir vendas de máquinas finlandesas ao Brasil no valor de 80 milhões de euros.", "pt"),
        ("COSEC will guarantee sales of Portuguese machinery to Mozambique worth €100 million.", "en"),
        ("SBCE will insure sales of Brazilian aircraft to Angola worth $200 million.", "en"),
    ],
)
def test_an_export_credit_agency_is_known_by_name_in_every_language(text, language):
    # the agencies' names are one list for all four languages, not a copy per language that misses some
    assert _subjects(text, language)[0] == "other"
