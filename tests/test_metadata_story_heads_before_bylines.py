"""The headline stays the headline when a byline with its stamp after a bar follows it (`By Staff Writer | July 5,
2018`), when it is a tabloid's in capitals that ends in one exclamation, and when the story's prose leads into a
list or a quotation with a colon (`Excerpts:`): the lines after that are the story's (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

STORY = STORY_BODIES["en"]


@pytest.mark.parametrize(
    "headline",
    [
        "LIMA'S BUS DEAL WITH BEIJING — WHO PAYS?",
        "LIMA'S METRO GAMBLE — YOU'RE PAYING!",
        "MAYOR'S TRAM DREAM COSTS YOU BILLIONS!",
        "Chile and Peru reopen talks on water rights",
    ],
)
def test_a_headline_over_a_byline_with_its_stamp_after_a_bar(headline):
    text = f"{headline}\n\nBy Staff Writer | July 5, 2018\n\n{STORY}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    "lead",
    [
        "Peru's trade minister was in Santiago last week for talks. He spoke to us between meetings. Excerpts:",
        "The minister met business leaders on Monday in the capital. She told them three things. Here they are:",
    ],
)
def test_a_prose_lead_into_a_quotation_ends_the_head(lead):
    text = (
        "INTERVIEW\n\n'Copper is not our only bet'\nPeru's trade minister on ports, fruit and the Pacific\n\n"
        f"Posted Aug. 9, 2017 | Business Desk\n\n{lead}\n\nHow big is trade between the two countries now?\n"
        "About 9 billion dollars last year, and growing.\n"
    )
    assert extract_metadata(text).title == "Copper is not our only bet"


def test_a_sentence_with_an_exclamation_is_no_headline():
    text = f"What a day in Lima with the minister! We signed it.\n\n{STORY}"
    assert extract_metadata(text).title is None
