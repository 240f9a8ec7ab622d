"""A page's note that states the currency of its figures ("All figures are in Canadian dollars unless otherwise
noted.") says which reading its bare `$` or `Rs` has; a figure that names its currency keeps it, and a sentence
that merely mentions prices in a currency states nothing. Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        (
            "WELLINGTON, 3 May - The government will give $4 million to Tongan schools.\n\n"
            "All amounts are in New Zealand dollars.",
            "en",
            "NZD",
        ),
        (
            "(All figures in Australian dollars.)\nThe council approved $18 million for the Darwin port link.",
            "en",
            "AUD",
        ),
        (
            "The board set aside $950 million for the metro line. Figures are expressed in Singapore dollars "
            "unless otherwise stated.",
            "en",
            "SGD",
        ),
        (
            "Québec versera $12 millions au fonds de la Francophonie.\nTous les montants sont en dollars canadiens.",
            "fr",
            "CAD",
        ),
        (
            "Hacienda destinará $300 millones al puerto de Veracruz, dijo México.\n"
            "Cifras en dólares estadounidenses salvo indicación contraria.",
            "es",
            "USD",
        ),
        (
            "O governo de Ottawa aprovou $80 milhões para a escola.\nTodos os valores estão em dólares canadenses.",
            "pt",
            "CAD",
        ),
        (
            "Indian banks will lend Rs 40 billion to the Colombo port, India said; New Delhi and India's envoy "
            "agreed.\n\nAll figures in Sri Lankan rupees.",
            "en",
            "LKR",
        ),
    ],
)
def test_a_note_states_the_reading_of_bare_tokens(text, language, currency):
    ((_, found),) = _read(text, language)
    assert found == currency


def test_a_figure_that_names_its_currency_keeps_it_under_the_note():
    story = (
        "OTTAWA - Canada pledged $60 million to the relief fund; Washington offered US$200 million.\n\n"
        "All figures are in Canadian dollars unless otherwise noted."
    )
    assert _read(story) == [("$60 million", "CAD"), ("US$200 million", "USD")]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence on prices in a currency, not a note on the page's figures
        # (Canada named once: a story about Canada writes its own dollar bare, tests/test_money_home_dollar.py)
        "Exporters said prices in Canadian dollars rose, and the World Bank lent $40 million.",
        # a note that names no currency
        "Ottawa lent $40 million to the port. All figures in this report are provisional.",
        # no note at all: the bare dollar of a story that names Canada once stays the US dollar
        "Canada and the World Bank put $40 million into the Haitian grid.",
    ],
)
def test_no_note_leaves_the_default_reading(text):
    assert _read(text) == [("$40 million", "USD")]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The rail contract is valued at $260 million US.", "USD"),
        ("The export agency is lending $180 million U.S. to the buyer.", "USD"),
        ("The rail contract is valued at $260 million.", "CAD"),
    ],
)
def test_a_states_initials_after_a_figure_say_which_dollar(sentence, currency):
    story = f"Ottawa gave C$40 million to the transit fund. {sentence}"
    assert [found for _, found in _read(story)] == ["CAD", currency]
