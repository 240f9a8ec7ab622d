"""A bare sum that repeats the scale word of the sum before it in its sentence is in that sum's money ("aprobó 80
millones de dólares ... y otro préstamo de 300 millones para"), and a base of comparison may run on into a word that
ends what it counts ("frente a unos 600 millones registrados en 2007"); a bare figure that counts people or goods,
or one in another sentence, is no money. Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def sums(text: str, language: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "El BID aprobó 120 millones de dólares para escuelas y el Banco Mundial otro crédito de 90 millones "
            "para hospitales.",
            "es",
            [(120e6, "USD"), (90e6, "USD")],
        ),
        (
            "Honduras y Guatemala quieren llevar su comercio a 2.000 millones de dólares en 2030, frente a unos "
            "900 millones registrados en 2022.",
            "es",
            [(2e9, "USD"), (900e6, "USD")],
        ),
        (
            "Les échanges ont atteint 2,3 milliards d'euros l'an dernier et Rabat veut les porter à 4 milliards "
            "d'ici 2030.",
            "fr",
            [(2.3e9, "EUR"), (4e9, "EUR")],
        ),
        (
            "O Banco Europeu de Investimento emprestou 1,2 mil milhões de euros e o Banco Mundial contribui com "
            "cerca de 2 mil milhões.",
            "pt",
            [(1.2e9, "EUR"), (2e9, "EUR")],
        ),
        (
            "The fund pledged 40 million dollars in March and a further 25 million by June.",
            "en",
            [(40e6, "USD"), (25e6, "USD")],
        ),
    ],
)
def test_a_bare_sum_repeating_the_unit_of_the_sum_before_is_in_its_money(text, language, expected):
    assert sums(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # what a bare figure counts follows it, or no sum in money stands before it in the sentence
        ("El comercio sumó US$ 500 millones y benefició a 2 millones de personas.", "es", [(500e6, "USD")]),
        ("Trade reached $5 billion with a market of 1.4 billion people.", "en", [(5e9, "USD")]),
        ("Le Niger a reçu 3 milliards de FCFA. Sa population dépasse 25 millions.", "fr", [(3e9, "XOF")]),
        # another scale word: not the same unit
        ("A China investiu 2 mil milhões de dólares e criou 30 milhões para a região.", "pt", [(2e9, "USD")]),
    ],
)
def test_a_bare_figure_that_counts_something_else_is_no_money(text, language, expected):
    assert sums(text, language) == expected
