"""A headline's rounded figure that says a body figure again is one fact with it. Every sentence is written for
these tests."""

from pipelines.extract.money import extract_money


def _money(text: str, language: str = "en"):
    return [(m.text, m.amount, m.currency) for m in extract_money(text, language=language)]


def test_a_rounded_headline_figure_is_the_body_figure_said_again():
    text = (
        "Tokyo lends Dhaka $1.2bn for metro line\n\n"
        "Japan will lend Bangladesh $1.23 billion for the second metro line, the embassy said on Monday. "
        "The first line cost $2.8 billion.\n"
    )
    assert _money(text) == [("$1.23 billion", 1.23e9, "USD"), ("$2.8 billion", 2.8e9, "USD")]


def test_a_headline_figure_the_body_states_exactly_or_rounds_no_body_figure_stays():
    text = (
        "Lender pledges $300m, eyes $1bn more\n\n"
        "The bank pledged $300 million on Monday and said it could lend $1.6 billion next year.\n"
    )
    assert [t for t, _, _ in _money(text)] == ["$300m", "$1bn", "$300 million", "$1.6 billion"]


def test_a_rounded_headline_figure_in_portuguese():
    text = (
        "China empresta US$ 2,4 bilhões a Angola\n\n"
        "A China vai emprestar US$ 2,37 bilhões a Angola para a linha férrea, disse o ministro.\n"
    )
    assert _money(text, "pt") == [("US$ 2,37 bilhões", 2.37e9, "USD")]
