"""A section's name in capitals alone on its line (`ECONOMÍA`, `2. TRADE NEWS`) stands over the story's headline: a
line above it is the masthead's (its slogan, its table of contents) and gives way to the headline under it, which may
be short (`Le grand retour`) when the body follows it; a headline above a section's name with no headline under it
stays (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES as BODY


@pytest.mark.parametrize(
    ("head", "language", "title"),
    [
        (
            "EL HERALDO DEL CHACO\nSemanario de noticias y opinión\n\nECONOMÍA\n\n"
            "Bolivia y Paraguay firman acuerdo de gas natural\n",
            "es",
            "Bolivia y Paraguay firman acuerdo de gas natural",
        ),
        (
            "HIGH COMMISSION OF GHANA IN OTTAWA — NEWSLETTER No. 4/2019\n\n"
            "Contents: 1. Message from the High Commissioner  2. Trade news  3. Events\n\n2. TRADE NEWS\n\n"
            "Ghana and Canada sign cocoa processing accord\n",
            "en",
            "Ghana and Canada sign cocoa processing accord",
        ),
        ("LA GAZETTE DE LOMÉ — hebdomadaire\n\nPOLITIQUE\n\nLe grand retour\n", "fr", "Le grand retour"),
        (
            "JORNAL DO MINDELO\nDiário de informação geral\n\nMUNDO\n\nCabo Verde e Portugal renovam acordo de pesca\n",
            "pt",
            "Cabo Verde e Portugal renovam acordo de pesca",
        ),
        # a headline over its section's name and a standfirst, or over the name alone, stays
        (
            "Zambia and Angola sign power line accord\nBUSINESS\n"
            "The line will carry 600 megawatts across the border by 2026, the two ministers said.\n\n",
            "en",
            "Zambia and Angola sign power line accord",
        ),
        ("Zambia and Angola sign power line accord\n\nBUSINESS\n\n", "en", "Zambia and Angola sign power line accord"),
    ],
)
def test_the_headline_under_a_section_heading_is_the_title(head, language, title):
    assert extract_metadata(f"{head}\n{BODY[language]}").title == title
