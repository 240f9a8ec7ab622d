"""A sentence that opens on a figure it takes a share of: the share is of that figure's subject."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "share"),
    [
        (
            "Of the A$120 million in aid Canberra pledged to Papua New Guinea, A$45 million has been spent.",
            "en",
            "A$45 million",
        ),
        (
            "Out of the €400 million that Estonia borrowed from the Nordic Investment Bank, €150 million "
            "went to the port of Muuga.",
            "en",
            "€150 million",
        ),
        (
            "Del total de 80 millones de dólares en donaciones de Canadá a Honduras, 30 millones de dólares "
            "se habían gastado en junio.",
            "es",
            "30 millones de dólares",
        ),
        (
            "Sur les 60 millions d'euros promis par la Banque africaine de développement au Bénin, "
            "25 millions d'euros ont été dépensés.",
            "fr",
            "25 millions d'euros",
        ),
        (
            "Dos 50 milhões de euros prometidos pela Espanha a Moçambique como ajuda, apenas 20 milhões de "
            "euros foram gastos.",
            "pt",
            "20 milhões de euros",
        ),
    ],
)
def test_a_share_of_the_figure_a_sentence_opens_on_takes_its_subject(text, language, share):
    found = dict(_subjects(text, language))
    whole = next(subject for figure, subject in found.items() if figure != share)
    assert whole != "other"
    assert found[share] == whole


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        # the sentence does not open on the figure: no share of it
        (
            "After the $90 million grant from Japan to Chile, Chilean copper exports to Japan reached "
            "$35 million in March.",
            "en",
            "$35 million",
        ),
        # a larger figure after the opening one is not its share
        (
            "Of the $20 million grant from Korea to Laos, officials said the dam will cost $70 million.",
            "en",
            "$70 million",
        ),
    ],
)
def test_a_figure_not_a_share_of_the_opening_one_keeps_its_own_subject(text, language, figure):
    found = dict(_subjects(text, language))
    whole = next(subject for f, subject in found.items() if f != figure)
    assert whole != "other"
    assert found[figure] != whole
