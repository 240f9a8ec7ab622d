"""A site's lines to its reader above the story (`Follow us on Facebook`, `Síguenos en X`, `Suivez-nous sur
Instagram`, `Assine nossa newsletter`) are no headline (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

HEADLINE = "Neighbours take their border case to the court"

LINES = [
    "Follow us on Facebook\nFollow us on X",
    "Follow us on Instagram and Telegram",
    "Sign up for our newsletter to get the latest news",
    "Síguenos en WhatsApp",
    "Suscríbete a nuestro boletín diario",
    "Suivez-nous sur LinkedIn",
    "Abonnez-vous à notre newsletter gratuite",
    "Siga-nos no Instagram",
    "Assine nossa newsletter semanal",
]


@pytest.mark.parametrize("lines", LINES)
def test_a_line_to_the_reader_is_no_headline(lines):
    assert extract_metadata(f"{lines}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE
