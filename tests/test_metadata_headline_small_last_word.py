"""A headline may end in a word that is small in one language and a full word in another or in a phrasal verb (`...
drag on`, `... to kick in`, `... what to do`, `... en el sur`): it ends the line when a blank line or the body's first
sentence follows; a line of a narrow column cut after a small word still runs on into the next (texts written for these
tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

BODY = STORY_BODIES["en"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Talks on the Nile dam drag on\n\n" + BODY, "Talks on the Nile dam drag on"),
        ("Port fees for transit cargo to kick in\n\n" + BODY, "Port fees for transit cargo to kick in"),
        ("Mercosur deal: what exporters need to do\n\n" + BODY, "Mercosur deal: what exporters need to do"),
        (
            "Chile y Perú abren un corredor aduanero en el sur\nTacna.- Los dos gobiernos acordaron el martes abrir un "
            "nuevo paso fronterizo para camiones de carga, según fuentes oficiales.\n",
            "Chile y Perú abren un corredor aduanero en el sur",
        ),
        (
            " date 2015-03-02 Border talks with Eritrea drag on\nADDIS ABABA, March 2 (Wire) - " + BODY,
            "Border talks with Eritrea drag on",
        ),
    ],
)
def test_a_headline_ending_in_a_small_word_is_the_title(text, title):
    assert extract_metadata(text).title == title


def test_a_line_cut_after_a_small_word_runs_on():
    text = (
        "Foreign Minister Ana Ruiz of Chile said on\n"
        "Monday that the accord would be\n"
        "signed in May in the port of Arica.\n\n" + BODY
    )
    assert extract_metadata(text).title is None
