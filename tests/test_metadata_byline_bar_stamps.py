"""A byline with its label, a bar or a bullet, then the day (`Posté par : Rédaction | 21/06/2012`): the date after
the bar stands alone and is the page's stamp; only after a dash does a date close a span whose label is the field's
(`Reporting period: 1 January - 31 March 2011`, no publication date) (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

HEADLINE = "Copper exporters win a year of lower port fees"


@pytest.mark.parametrize(
    ("byline", "language", "day"),
    [
        ("Posté par : Rédaction | 21/06/2012", "fr", "2012-06-21"),
        ("Rédigé par : Awa Diop • 3 mai 2012", "fr", "2012-05-03"),
        ("Escrito por: Ana Ruiz | 3 de mayo de 2012", "es", "2012-05-03"),
        ("Enviado por: Redação · 3 de maio de 2012", "pt", "2012-05-03"),
        ("Filed by: Desk staff | 3 May 2012", "en", "2012-05-03"),
    ],
)
def test_a_date_after_a_bylines_bar_is_the_pages_stamp(byline, language, day):
    found = extract_metadata(f"{HEADLINE}\n\n{byline}\n\n{STORY_BODIES[language]}")
    assert found.publication_date.isoformat() == day


def test_a_spans_end_after_a_dash_keeps_its_fields_label():
    text = f"{HEADLINE}\n\nReporting period: 1 January - 31 March 2011\n\n{STORY_BODIES['en']}"
    assert extract_metadata(text).publication_date is None
