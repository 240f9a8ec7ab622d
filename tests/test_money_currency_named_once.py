"""A currency named once for the figures that follow: a bare sum in the next sentence that repeats the scale word of
the sum before it ("lent 300 million euros. Only 120 million has been drawn.") counts in that sum's money; a figure
two sentences on, one that opens its sentence, or one that counts people or goods does not. Every sentence is
written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ghana's cocoa board raised 1.3 billion dollars from lenders in Accra. Only 0.4 billion has reached "
            "the growers.",
            "en",
            [(1.3e9, "USD"), (0.4e9, "USD")],
        ),
        (
            "The European Union will spend 240 million euros in the Sahel this decade. Mali gets 90 million; "
            "Niger, 80 million, and Chad 70 million.",
            "en",
            [(240e6, "EUR"), (90e6, "EUR"), (80e6, "EUR"), (70e6, "EUR")],
        ),
        (
            "Paraguay obtuvo un préstamo de 250 millones de dólares del BID.\n\nEl Ministerio de Obras destinará "
            "80 millones a rutas del Chaco.",
            "es",
            [(250e6, "USD"), (80e6, "USD")],
        ),
        (
            "La Banque ouest-africaine de développement a approuvé 90 milliards de francs CFA pour le Bénin. "
            "Cotonou a déjà engagé 35 milliards pour les pistes rurales.",
            "fr",
            [(90e9, "XOF"), (35e9, "XOF")],
        ),
        (
            "Moçambique recebeu 600 milhões de meticais do Banco Mundial. O governo aplicou 210 milhões em estradas "
            "de Nampula.",
            "pt",
            [(600e6, "MZN"), (210e6, "MZN")],
        ),
        # figures in words, the first with its currency ("one-and-a-half billion dollars ... two billion")
        (
            "The province drew one-and-a-half billion dollars of credit last year. This year it expects nearly "
            "three billion.",
            "en",
            [(1.5e9, "USD"), (3e9, "USD")],
        ),
        (
            "La région a reçu deux milliards d'euros de Bruxelles. Elle en attend trois milliards cette année.",
            "fr",
            [(2e9, "EUR"), (3e9, "EUR")],
        ),
    ],
)
def test_a_bare_sum_in_the_next_sentence_counts_in_the_money_named_before(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # two sentences on, the figure may count anything
        (
            "Uruguay borrowed 500 million dollars in May. The loan runs for twenty years. Montevideo counts 1.4 "
            "million.",
            "en",
            [(500e6, "USD")],
        ),
        # a figure that opens its sentence counts its subject
        ("Indonesia pledged 3 million dollars. 2 million are homeless after the floods.", "en", [(3e6, "USD")]),
        # what the figure counts follows it
        ("Peru received 300 million dollars. The mines employ 2 million workers.", "en", [(300e6, "USD")]),
        # a currency of its own after a word
        (
            "Mexico drew 4 billion dollars from the swap line. Banxico sold 12 billion new pesos of bonds.",
            "en",
            [(4e9, "USD")],
        ),
        # another scale word is another unit
        ("Le Togo a reçu 12 milliards de francs CFA. Lomé compte 2 millions.", "fr", [(12e9, "XOF")]),
    ],
)
def test_a_figure_further_on_or_of_other_things_takes_no_money(text, language, expected):
    assert _read(text, language) == expected
