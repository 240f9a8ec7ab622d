"""A currency noun followed by a demonym in Spanish, French and Portuguese (`dólares australianos`, `dollars
néo-zélandais`, `francos ruandeses`, `libras libanesas`) names the currency of that state that the noun
names, in any of the three languages, read as a grammar over `currencies.csv` (the nouns of each currency) and
`country_words_romance.csv` (the demonyms), not as a row per pair; the amount runs to the demonym. A demonym
of a state that issues no currency of that noun (`dólares chinos`: Chinese money counted in dollars) leaves
the noun's own reading and span. Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _money(text: str, language: str):
    return [(m.text, m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # Portuguese
        (
            "Camberra vai investir 45 milhões de dólares australianos em escolas de Timor-Leste.",
            "pt",
            ("45 milhões de dólares australianos", 4.5e7, "AUD"),
        ),
        (
            "A Nova Zelândia doou 12 milhões de dólares neozelandeses a Samoa.",
            "pt",
            ("12 milhões de dólares neozelandeses", 1.2e7, "NZD"),
        ),
        (
            "Singapura prometeu 300 milhões de dólares singapurenses para o porto.",
            "pt",
            ("300 milhões de dólares singapurenses", 3e8, "SGD"),
        ),
        (
            "O fundo canadiano aplicou 2,5 mil milhões de dólares canadianos em Angola.",
            "pt",
            ("2,5 mil milhões de dólares canadianos", 2.5e9, "CAD"),
        ),
        (
            "Kigali recebeu 800 milhões de francos ruandeses do fundo regional.",
            "pt",
            ("800 milhões de francos ruandeses", 8e8, "RWF"),
        ),
        (
            "O Banco do Líbano vendeu 900 mil milhões de libras libanesas em títulos.",
            "pt",
            ("900 mil milhões de libras libanesas", 9e11, "LBP"),
        ),
        (
            "Pretória destinou 40 milhões de rands sul-africanos ao corredor de Maputo.",
            "pt",
            ("40 milhões de rands sul-africanos", 4e7, "ZAR"),
        ),
        # Spanish
        (
            "Wellington aportará 8 millones de dólares neozelandeses a Tonga.",
            "es",
            ("8 millones de dólares neozelandeses", 8e6, "NZD"),
        ),
        (
            "Hong Kong y Lima firmaron un acuerdo por 150 millones de dólares singapurenses.",
            "es",
            ("150 millones de dólares singapurenses", 1.5e8, "SGD"),
        ),
        (
            "La minera pagó 3.000 millones de francos guineanos en regalías a Conakri.",
            "es",
            ("3.000 millones de francos guineanos", 3e9, "GNF"),
        ),
        (
            "El Gobierno de Ruanda recibió 20.000 millones de francos ruandeses del fondo.",
            "es",
            ("20.000 millones de francos ruandeses", 2e10, "RWF"),
        ),
        (
            "Beirut emitió bonos por 500.000 millones de libras libanesas.",
            "es",
            ("500.000 millones de libras libanesas", 5e11, "LBP"),
        ),
        (
            "El Banco Central de Jordania inyectó 200 millones de dinares jordanos en la banca.",
            "es",
            ("200 millones de dinares jordanos", 2e8, "JOD"),
        ),
        # French
        (
            "Canberra versera 60 millions de dollars australiens au Vanuatu.",
            "fr",
            ("60 millions de dollars australiens", 6e7, "AUD"),
        ),
        (
            "Wellington accorde 5 millions de dollars néo-zélandais aux Fidji.",
            "fr",
            ("5 millions de dollars néo-zélandais", 5e6, "NZD"),
        ),
        (
            "La Jamaïque a levé 30 milliards de dollars jamaïcains sur le marché local.",
            "fr",
            ("30 milliards de dollars jamaïcains", 3e10, "JMD"),
        ),
        (
            "Le Kenya a budgété 2 milliards de shillings kényans pour le port de Lamu.",
            "fr",
            ("2 milliards de shillings kényans", 2e9, "KES"),
        ),
    ],
)
def test_noun_and_demonym_name_the_states_currency(text, language, expected):
    assert expected in _money(text, language)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a state that issues no currency of that noun: the noun's own reading, the span stops at the noun
        ("Llegaron 500 millones de dólares chinos a la minería peruana.", "es", ("500 millones de dólares", "USD")),
        ("Ce sont 200 millions de dollars chinois qui financent la route.", "fr", ("200 millions de dollars", "USD")),
        ("Entraram 300 milhões de dólares chineses no setor elétrico.", "pt", ("300 milhões de dólares", "USD")),
        # the United States' own dollar, in each language
        (
            "Washington donó 90 millones de dólares estadounidenses a Haití.",
            "es",
            ("90 millones de dólares estadounidenses", "USD"),
        ),
        ("Washington a donné 90 millions de dollars américains.", "fr", ("90 millions de dollars américains", "USD")),
    ],
)
def test_noun_without_a_currency_of_that_state_keeps_its_reading(text, language, expected):
    assert expected in [(t, c) for t, _, c in _money(text, language)]
