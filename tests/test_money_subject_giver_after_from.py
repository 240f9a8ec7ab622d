"""The giver named right after a figure, on "from" ("de la", "del", "da"), says what the figure is where its own
words do not: a lender's money is a loan, a donor's aid, and a sum a state receives from another state aid."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> dict[str, str]:
    return {m.text: m.subject for m in extract_money(text, language=language)}


@pytest.mark.parametrize(
    ("text", "language", "figure", "subject"),
    [
        ("Kenya has received $40 million from the European Union since 2015.", "en", "$40 million", "aid"),
        (
            "Poland had so far received €2.1 billion from Brussels under the 2014-2020 budget.",
            "en",
            "€2.1 billion",
            "aid",
        ),
        ("Vietnam received $35 million from Japan last year.", "en", "$35 million", "aid"),
        ("Nepal has received $120 million from donors since the earthquake.", "en", "$120 million", "aid"),
        ("Tonga got A$8 million from New Zealand after the eruption.", "en", "A$8 million", "aid"),
        ("Bolivia obtained $60 million from the Inter-American Development Bank in May.", "en", "$60 million", "loan"),
        ("Armenia received €25 million from the EU in March.", "en", "€25 million", "aid"),
        (
            "Honduras recibió 40 millones de dólares de la Unión Europea el año pasado.",
            "es",
            "40 millones de dólares",
            "aid",
        ),
        ("Le Niger a reçu 30 millions d'euros de l'Union européenne en 2019.", "fr", "30 millions d'euros", "aid"),
        ("Le Togo a reçu 12 millions d'euros de l’Allemagne l'an dernier.", "fr", "12 millions d'euros", "aid"),
        (
            "Moçambique recebeu 25 milhões de dólares da União Europeia no ano passado.",
            "pt",
            "25 milhões de dólares",
            "aid",
        ),
    ],
)
def test_the_giver_after_from_says_what_the_figure_is(text, language, figure, subject):
    assert _subjects(text, language)[figure] == subject


@pytest.mark.parametrize(
    ("text", "language", "figure", "subject"),
    [
        # a firm's money raised from a state's investor is no aid
        ("The start-up raised $40 million from Japan's SoftBank last year.", "en", "$40 million", "other"),
        # a state named after "from", with no sum received: where the goods come from
        ("Imports of rice worth $30 million from Thailand arrived in June.", "en", "$30 million", "trade"),
        # works named after the giver: the works' money
        (
            "Laos received $90 million from Thailand for the Nam Ngum bridge, officials said.",
            "en",
            "$90 million",
            "project",
        ),
        # the figure's own words name what it is
        ("Ghana received a $250 million loan from China in 2018.", "en", "$250 million", "loan"),
    ],
)
def test_a_figure_after_from_with_no_giver_or_its_own_words_keeps_them(text, language, figure, subject):
    assert _subjects(text, language)[figure] == subject
