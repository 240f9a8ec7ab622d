"""An outlet's issue line as a printed page's head turned to text lays it out, its parts set apart by runs of spaces
(`HARBOUR FREIGHT WEEKLY   Vol. 4 No. 21   3 May 2004`), or with the outlet's name on the line above and only the
issue's number and day on its own line (`Issue No. 12 (Supplement) — 5 May 2004`): no headline, its day the page's
stamp; the story's headline under it is the title (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

HEADLINE = "Copper exporters win a year of lower port fees"


@pytest.mark.parametrize(
    ("head", "language", "day"),
    [
        ("HARBOUR FREIGHT WEEKLY   Vol. 4 No. 21   3 May 2004", "en", "2004-05-03"),
        ("LA GAZETTE DU PORT     Numéro 45     3 mai 2004", "fr", "2004-05-03"),
        ("BOLETÍN AGRARIO    Semana 18    3 de mayo de 2004", "es", "2004-05-03"),
        ("THE OFFICIAL GAZETTE — Republic of Palau\nIssue No. 12 (Supplement) — 5 May 2004", "en", "2004-05-05"),
        ("DIÁRIO DA REPÚBLICA\nNúmero 88 — 5 de maio de 2004", "pt", "2004-05-05"),
    ],
)
def test_an_issue_line_laid_out_in_columns_or_without_its_name_heads_the_page(head, language, day):
    found = extract_metadata(f"{head}\n\n{HEADLINE}\n\n{STORY_BODIES[language]}")
    assert found.title == HEADLINE
    assert found.publication_date.isoformat() == day


def test_a_headline_with_a_run_of_spaces_stays_a_headline():
    title = "Copper Exporters   Win Lower Port Fees"
    assert extract_metadata(f"{title}\n\n{STORY_BODIES['en']}").title == title
