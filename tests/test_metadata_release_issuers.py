"""A release names the body that issues it above its headline: with the head word last (`Japan International
Cooperation Agency`) under the page's type label, or with its address after a comma (`Ministry of Foreign Affairs,
Wisma Putra, Putrajaya`). Neither is the headline (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

NAMED_LAST = [
    ("Media Release", "Australian Agency for International Development"),
    ("Press Release", "Japan International Cooperation Agency"),
    ("News Release", "European Commission"),
    ("Press release", "Korea International Cooperation Agency"),
    ("News Release", "Canadian Food Inspection Agency"),
    ("Communiqué de presse", "Agence Française de Développement"),
]

WITH_ADDRESS = [
    "Ministry of Foreign Affairs, Wisma Putra, Putrajaya",
    "Office of the President, State House, Nairobi",
    "Embassy of Japan, Tanglin Road, Singapore",
    "Department of Foreign Affairs, Pasay City - Manila",
]


@pytest.mark.parametrize(("label", "issuer"), NAMED_LAST)
def test_a_body_named_with_its_head_word_last_under_the_label_is_no_headline(label, issuer):
    headline = "Loan agreement signed for a new metro line in the capital"
    assert extract_metadata(f"{label}\n{issuer}\n\n{headline}\n\n{BODY}").title == headline


@pytest.mark.parametrize("issuer", WITH_ADDRESS)
def test_a_body_with_its_address_is_no_headline(issuer):
    headline = "NEIGHBOURS SIGN A PROTOCOL ON THE LAND BORDER"
    assert extract_metadata(f"PRESS STATEMENT\n{issuer}\n\nMonday, 3 October 2005\n\n{headline}\n\n{BODY}").title == (
        headline
    )


def test_a_headline_in_title_case_under_a_label_stays_the_headline():
    headline = "Kenya Opens New Embassy in Abu Dhabi"
    assert extract_metadata(f"Press Release\n{headline}\n\n{BODY}").title == headline
