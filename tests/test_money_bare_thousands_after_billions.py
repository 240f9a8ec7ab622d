"""A bare figure in thousands after a sum in thousands of millions, in Spanish and Portuguese: "2,3 mil milhões de
euros ... 100 mil portugueses", "3 mil millones de dólares ... unos 80 mil venezolanos". The bare "mil" repeats no
"mil milhões" (the scale of the sum before is the whole "mil milhões"): it counts people, not money. A bare figure
that repeats the whole scale is still the same money ("... e o banco contribui com 3 mil milhões").
Sentences written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def amounts(text, language):
    return [(m.text, m.currency) for m in extract_money(text, language=language)]


NOT_MONEY = [
    (
        "pt",
        "As exportações para Angola atingiram 2,3 mil milhões de euros no ano passado, e cerca de 100 mil portugueses "
        "trabalham no país.",
        "100 mil",
    ),
    (
        "pt",
        "O comércio bilateral somou 1,2 mil milhões de euros em 2012. Mais de 40 mil cabo-verdianos vivem em Lisboa.",
        "40 mil",
    ),
    (
        "es",
        "El intercambio llegó a 3 mil millones de dólares el año pasado y unos 80 mil venezolanos viven en Cúcuta.",
        "80 mil",
    ),
]


@pytest.mark.parametrize(("language", "text", "figure"), NOT_MONEY)
def test_a_bare_thousand_after_thousands_of_millions_is_no_money(language, text, figure):
    assert figure not in [t for t, _ in amounts(text, language)]


def test_the_whole_scale_repeated_is_the_same_money():
    text = "O banco aprovou 4,7 mil milhões de dólares para a barragem, e o fundo contribui com 3 mil milhões."
    assert ("3 mil milhões", "USD") in amounts(text, "pt")
