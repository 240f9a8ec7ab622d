"""Currency tokens that the Spanish, Portuguese and French press of Latin America and Africa writes before or
after a figure, beside the ones `test_money_local_tokens.py` covers: the River Plate's lower-case dollar
(`u$s`, `U$D`), Uruguay's own peso (`$U`), pesos marked with their state (`AR$`, `COP$`, `Col$`, `CLP$`,
`MXN$`), Paraguay's guaraní after `G.`, Panama's balboa (`B/.`), Peru's `nuevos soles`, São Tomé's dobras and
Mozambique's new metical (`MTn`). Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _money(text: str, language: str):
    return [(m.text, m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Pekín financiará u$s 1.200 millones para las represas patagónicas.",
            "es",
            ("u$s 1.200 millones", 1.2e9, "USD"),
        ),
        ("El Tesoro colocó u$s500 millones en letras a un año.", "es", ("u$s500 millones", 5e8, "USD")),
        ("La soja dejó ingresos por U$S 9.800 millones.", "es", ("U$S 9.800 millones", 9.8e9, "USD")),
        ("Montevideo firmó con la CAF un crédito de U$D 80 millones.", "es", ("U$D 80 millones", 8e7, "USD")),
        (
            "Las ventas uruguayas a China llegaron a u$d 2.300 millones el año pasado.",
            "es",
            ("u$d 2.300 millones", 2.3e9, "USD"),
        ),
        (
            "La Intendencia destinó $U 450 millones a la rambla de Montevideo.",
            "es",
            ("$U 450 millones", 4.5e8, "UYU"),
        ),
        ("La provincia de Córdoba invirtió AR$ 3.000 millones en rutas.", "es", ("AR$ 3.000 millones", 3e9, "ARS")),
        ("El fondo argentino sumó ARS$ 75.000 millones.", "es", ("ARS$ 75.000 millones", 7.5e10, "ARS")),
        ("Bogotá aportará COP$ 200.000 millones al metro.", "es", ("COP$ 200.000 millones", 2e11, "COP")),
        ("Medellín recibió Col$ 35.000 millones del Gobierno.", "es", ("Col$ 35.000 millones", 3.5e10, "COP")),
        ("Santiago asignó CLP$ 15.000 millones al programa.", "es", ("CLP$ 15.000 millones", 1.5e10, "CLP")),
        ("Hacienda liberó MXN$ 900 millones para el puerto.", "es", ("MXN$ 900 millones", 9e8, "MXN")),
        (
            "La ANDE invertirá G. 150.000 millones en la línea de transmisión.",
            "es",
            ("G. 150.000 millones", 1.5e11, "PYG"),
        ),
        ("El aporte equivale a unos G. 80.000 millones.", "es", ("G. 80.000 millones", 8e10, "PYG")),
        ("Panamá asignó B/. 120 millones al canal seco.", "es", ("B/. 120 millones", 1.2e8, "PAB")),
        (
            "Lima recaudó 3.000 millones de nuevos soles en aranceles.",
            "es",
            ("3.000 millones de nuevos soles", 3e9, "PEN"),
        ),
        (
            "O Governo são-tomense recebeu 50 milhões de dobras do fundo.",
            "pt",
            ("50 milhões de dobras", 5e7, "STN"),
        ),
        ("Maputo desembolsou 300 milhões de MTn para a estrada.", "pt", ("300 milhões de MTn", 3e8, "MZN")),
    ],
)
def test_a_regional_token_reads_as_its_currency(text, language, expected):
    assert _money(text, language) == [expected]


@pytest.mark.parametrize(
    "text, language",
    [
        ("El informe de G. García cita 25 casos en la provincia.", "es"),  # an initial before a number
        ("Ele fez duas dobras no papel antes de o entregar.", "pt"),  # a fold, no money
    ],
)
def test_the_same_letters_elsewhere_are_no_money(text, language):
    assert _money(text, language) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le budget de l'État s'élève à 40 861 MD, contre 37 666 MD en 2018.", [40861e6, 37666e6]),
        ("Seuls 228 MD ont été décaissés à fin septembre.", [228e6]),
        ("La BEI a accordé 1 200 MDT à la Steg.", [1200e6]),
    ],
)
def test_tunisian_millions_of_dinars_written_md(text, expected):
    assert [(amount, currency) for _, amount, currency in _money(text, "fr")] == [(a, "TND") for a in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le groupe a levé 1,5 Md€ auprès des banques.", (1.5e9, "EUR")),
        ("Le contrat porte sur 5 MD $ selon le ministère.", (5e9, "USD")),
        ("Paris prêtera 2 Mds d'euros à Tunis.", (2e9, "EUR")),
    ],
)
def test_a_milliard_before_a_currency_stays_a_milliard(text, expected):
    assert [(amount, currency) for _, amount, currency in _money(text, "fr")] == [expected]
