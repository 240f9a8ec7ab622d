"""Local currency tokens that regional papers write before or after a figure: Nepal's `IRs` for Indian rupees,
Angola's `Kz`, Caribbean dollars with their own prefix (`RD$`, `TT$`, `EC$`), Paraguay's `Gs.`, Bolivia's and
Venezuela's `Bs`, CFA francs in Spanish and Portuguese, Moroccan dirhams after a French figure (`DH`) and fused
with its scale (`MDH`, `MMDH`), `trln`, and the thousands word inside a Mexican figure ("8 mil 200 millones").
Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _money(text: str, language: str = "en"):
    return [(m.text, m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Kathmandu said New Delhi had set aside IRs 120 crore for the bridge.", "en", ("IRs 120 crore", 12e8, "INR")),
        ("A grant of INRs 3.4 billion was signed in Kathmandu.", "en", ("INRs 3.4 billion", 3.4e9, "INR")),
        (
            "O Ministério das Finanças vai libertar Kz 12 mil milhões para a estrada.",
            "pt",
            ("Kz 12 mil milhões", 12e9, "AOA"),
        ),
        ("Luanda recebeu 800 milhões Kz do fundo.", "pt", ("800 milhões Kz", 8e8, "AOA")),
        ("Santo Domingo destinará RD$ 2.300 millones al acueducto.", "es", ("RD$ 2.300 millones", 2.3e9, "DOP")),
        ("Port of Spain approved TT$450 million for the ferry.", "en", ("TT$450 million", 4.5e8, "TTD")),
        ("The regional bank lent EC$30 million to Grenada.", "en", ("EC$30 million", 3e7, "XCD")),
        ("Asunción aportará Gs. 2.500 millones para la ruta.", "es", ("Gs. 2.500 millones", 2.5e9, "PYG")),
        ("La Paz invertirá Bs 350 millones en la planta de litio.", "es", ("Bs 350 millones", 3.5e8, "BOB")),
        (
            "O Senegal emitiu 80 mil milhões de francos CFA em obrigações.",
            "pt",
            ("80 mil milhões de francos CFA", 8e10, "XOF"),
        ),
        (
            "Camerún recibirá 40.000 millones de francos CFA de Pekín.",
            "es",
            ("40.000 millones de francos CFA", 4e10, "XAF"),
        ),
        ("Rabat a mobilisé 3 milliards de DH pour le port.", "fr", ("3 milliards de DH", 3e9, "MAD")),
        ("La convention de 450 MDH a été signée à Rabat.", "fr", ("450 MDH", 4.5e8, "MAD")),
        ("Le programme est doté de 12 MMDH sur cinq ans.", "fr", ("12 MMDH", 12e9, "MAD")),
        ("Total assets of the fund reached $1.4 trln last year.", "en", ("$1.4 trln", 1.4e12, "USD")),
    ],
)
def test_a_regional_token_reads_as_its_currency(text, language, expected):
    assert _money(text, language) == [expected]


def test_venezuelan_bolivares_follow_the_state_the_sentence_names():
    assert _money("Caracas asignó Bs. 900 millones a Venezuela y sus puertos.", "es")[0][2] == "VES"


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Las remesas sumaron 4 mil 300 millones de dólares en el semestre.", 4.3e9),
        ("La inversión anunciada es de mil 200 millones de dólares.", 1.2e9),
        ("Pemex pagará 12 mil 750 millones de dólares a sus proveedores.", 12.75e9),
    ],
)
def test_the_thousands_word_inside_a_spanish_figure(text, amount):
    ((_, value, currency),) = _money(text, "es")
    assert (value, currency) == (amount, "USD")


def test_a_thousand_inside_a_figure_needs_a_scale_after_it():
    assert _money("Llegaron 3 mil 200 personas y se gastaron 5 millones de dólares.", "es") == [
        ("5 millones de dólares", 5e6, "USD")
    ]
