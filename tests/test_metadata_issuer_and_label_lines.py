"""The body that issues a page and the page's type on one line above the headline (`STATE HOUSE PRESS RELEASE`,
`Ministry of Foreign Affairs – Media Statement`, `Secretaría de Economía - Comunicado de prensa`): the line names the
page, the headline follows it (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

HEADLINES = [
    "PRESIDENT RECEIVES VISITING COUNTERPART, PLEDGES CLOSER TIES",
    "Minister opens talks on a new rail link with the neighbours",
]

ISSUER_LABELS = [
    "STATE HOUSE PRESS RELEASE",
    "MINISTRY OF FOREIGN AFFAIRS - MEDIA STATEMENT",
    "Ministry of Trade and Industry – Press Release",
    "PRESIDENCY PRESS STATEMENT",
    "Office of the Prime Minister | Media Release",
    "EMBASSY OF JAPAN IN KENYA - PRESS RELEASE",
    "Department of Foreign Affairs — News Release",
    "HIGH COMMISSION OF INDIA, COLOMBO — PRESS RELEASE",
    "CENTRAL BANK OF NIGERIA PRESS RELEASE",
    "NATIONAL TREASURY - MEDIA STATEMENT",
    "Malacañang Press Release",
    "UNION BUILDINGS MEDIA STATEMENT",
    "Government House Press Statement",
    "The Presidency: Media Statement",
    "Bank of Ghana Press Release",
    "Reserve Bank of Fiji – Press Release No. 12/2019",
    "MINISTERIO DE RELACIONES EXTERIORES - COMUNICADO DE PRENSA",
    "Secretaría de Economía - Comunicado de prensa",
    "Ministère des Affaires étrangères – Communiqué de presse",
    "Ministério da Economia - Nota à imprensa",
    "PALÁCIO DO PLANALTO - NOTA À IMPRENSA",
]


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("issuer_label", ISSUER_LABELS)
def test_the_headline_under_an_issuer_and_label_line(issuer_label, headline):
    assert extract_metadata(f"{issuer_label}\n\n{headline}\n\n{BODY}").title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Kenya Welcomes the Press Release",
        "Opposition rejects ministry's press release",
        "Ministry denies leaked press release on fuel prices",
    ],
)
def test_a_headline_that_speaks_of_a_release_stays_the_title(headline):
    assert extract_metadata(f"{headline}\n\n{BODY}").title == headline
