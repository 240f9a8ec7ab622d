"""Hard-wrapped pages (a printed review, a PDF, an old wire) break sentences at a fixed width: a name that runs over
a line break is one name ("the Asian\\nDevelopment Bank", "the Export-\\nImport Bank"), its span still the text's
own; stacked heading lines and one-line paragraphs are no wrapped text."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.wrapped_lines import unwrapped

WRAPPED = (
    "Foreign Minister Alicia Montero's talks with her Kenyan\n"
    "counterpart in Nairobi on 4 May produced two agree-\n"
    "ments. The first, signed with the Export-\n"
    "Import Bank of Korea, covers a loan for the new port; the\n"
    "second, which both sides welcomed, asks the Asian\n"
    "Development Bank to fund a study of the railway to the\n"
    "coast, which the two sides first proposed in the 1990s.\n"
)


def actors(text):
    return {a.name: a for a in extract_article(text).actors}


@pytest.mark.parametrize("name", ["Export-Import Bank of Korea", "Asian Development Bank"])
def test_a_name_over_a_wrapped_line_break_is_one_name(name):
    found = actors(WRAPPED)
    assert name in found
    assert "Development Bank" not in found and "Import Bank of Korea" not in found


def test_the_span_of_a_wrapped_name_is_the_text_as_written():
    found = actors(WRAPPED)["Asian Development Bank"]
    assert found.text == "Asian\nDevelopment Bank"
    assert WRAPPED[found.char_start : found.char_end] == found.text


def test_a_wrapped_spanish_page_too():
    text = (
        "El ministro de Hacienda dijo el lunes que el préstamo del Banco\n"
        "Interamericano de Desarrollo llegará a mediados de junio\n"
        "y que el dinero servirá para las carreteras del norte\n"
        "y para los puertos del Pacífico, según un comunicado de\n"
        "la cancillería, que no dio más detalles sobre el monto\n"
        "ni sobre las condiciones del crédito.\n"
    )
    assert "Banco Interamericano de Desarrollo" in actors(text)


@pytest.mark.parametrize(
    "text",
    [
        # stacked heading lines of a release: each its own line
        "Ministry of External Affairs\nGovernment of India\nPRESS RELEASE\n\nIndia and Chile signed a pact.\n",
        # a web page writes each paragraph on one line
        "Home | News | Business\nChile and India sign trade pact\n"
        "Chile and India signed a preferential trade agreement on Monday, the Ministry of Commerce said in a "
        "statement after the talks in New Delhi between the two delegations.\n",
    ],
)
def test_a_page_that_is_not_hard_wrapped_is_read_as_it_is(text):
    assert unwrapped(text) == text


def test_stacked_heading_lines_stay_two_bodies():
    found = actors("Ministry of External Affairs\nGovernment of India\n\nIndia and Chile signed a pact on Monday.\n")
    assert "Ministry of External Affairs" in found
    assert "Ministry of External Affairs Government of India" not in found
