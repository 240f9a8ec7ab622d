"""Kind and subject of Spanish, French and Portuguese amounts, from each language's cue words."""

import pytest

from pipelines.extract.money import extract_money


def kinds(text: str, language: str) -> list[tuple[float, str, str]]:
    return [(m.amount, m.kind, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Noruega aportará 3 millones de euros a la agencia de la ONU.", "es", [(3e6, "commitment", "aid")]),
        ("Le Japon versera 12 millions de dollars au Tchad.", "fr", [(12e6, "commitment", "aid")]),
        (
            "O comércio somou US$ 4 bilhões em 2019, e a meta é chegar a US$ 6 bilhões.",
            "pt",
            [(4e9, "actual", "trade"), (6e9, "target", "trade")],
        ),
        ("Las inversiones chilenas ya superan los 900 millones de dólares.", "es", [(9e8, "actual", "investment")]),
        (
            "O governo aprovou a linha de crédito de 200 milhões de euros, gerida pela agência de comércio.",
            "pt",
            [(2e8, "commitment", "loan")],
        ),
        ("El ministerio compró equipos por 5 millones de dólares.", "es", [(5e6, "commitment", "other")]),
        (
            "Les travaux de la route, un projet de 90 millions d'euros, débuteront en mai.",
            "fr",
            [(9e7, "commitment", "project")],
        ),
    ],
)
def test_romance_cue_words_set_kind_and_subject(text, language, expected):
    assert kinds(text, language) == expected
