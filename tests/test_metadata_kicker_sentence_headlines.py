"""A headline after a kicker in capitals and a colon may be in sentence case (`DAY TWO: Buyers crowd the textile hall`,
`SOMMET DE LOMÉ : les banques promettent 2 milliards`): shaped like a `CITY:` lead, but short and with no stop at its
end, on its own line or on the header's. A city's lead that ends in a stop, a programme's line after a dash and a lead
that runs on to the next line stay what they are (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.test_metadata_stamp_weekdays_and_labels import BODY

HEADLINES = [
    ("en", "DAY THREE: Ghanaian buyers fill the cocoa hall"),
    ("en", "MINING WEEK: Zambia courts Gulf money for its copper belt"),
    ("es", "CUMBRE DE ASUNCIÓN: los bancos prometen 300 millones para la hidrovía"),
    ("fr", "SOMMET DE LOMÉ : les banques promettent deux milliards pour le port"),
    ("pt", "CIMEIRA DA CPLP: Angola e Timor assinam acordo de petróleo"),
]


@pytest.mark.parametrize(("language", "headline"), HEADLINES)
def test_a_kicker_and_a_sentence_case_headline_is_the_headline(language, headline):
    assert extract_metadata(f"{headline}\n\n{BODY[language]}").title == headline


@pytest.mark.parametrize(("language", "headline"), HEADLINES)
def test_on_the_header_line_too(language, headline):
    assert extract_metadata(f" date 2021-03-04 {headline}\n\n{BODY[language]}").title == headline


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "ACCRA: A delegation from Togo will arrive on Sunday to discuss the port and the road to Lomé."),
        ("es", "ASUNCIÓN: La delegación boliviana llegará el domingo para hablar de la hidrovía y del puerto."),
        ("en", "RADIO ATLANTICO FM - morning programme - transcript of the foreign desk"),
    ],
)
def test_a_city_lead_or_a_programme_line_is_no_headline(language, line):
    assert extract_metadata(f"{line}\n\n{BODY[language]}").title is None


def test_a_lead_that_runs_on_to_the_next_line_is_no_headline():
    lead = "ACCRA: A delegation from Togo will arrive on Sunday\nto discuss the port and the road to Lomé."
    text = f"{lead}\n\n{BODY['en']}"
    assert extract_metadata(text).title is None
