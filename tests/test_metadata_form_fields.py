"""A report's or a data sheet's fields (`Prepared by: ...`, `Reporting period: ...`, a row `Total cost: ... | Loan:
...`) and a release's contact line (`Contact: Press Office, ...`) are no headline; a filing's kind in square brackets
opens its headline (`[Correction] ...`); a kicker and its colon over a stamp or alone stay the headline (pages written
for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

SECTION = (
    "1. Summary\nThe district teams repaired 14 km of canals and handed out drought-tolerant seed to 3,100 farmers "
    "before the rains, with a grant from the European Union.\n"
)

STORY = STORY_BODIES["en"]


@pytest.mark.parametrize(
    "head",
    [
        "PROGRESS REPORT | Rural Water Programme | Kigoma region\nPrepared by: Monitoring Unit, WaterLink\n"
        "Reporting period: 1 March - 31 May 2016\nDate of issue: 10 June 2016",
        "Informe de avance | Programa de riego | Región de Piura\nElaborado por: Unidad de Seguimiento\n"
        "Periodo del informe: 1 de marzo - 31 de mayo de 2016",
        "Rapport d'étape | Programme d'irrigation | Région de Kayes\nPréparé par : Cellule de suivi\n"
        "Période couverte : 1er mars - 31 mai 2016",
    ],
)
def test_a_reports_fields_are_no_headline(head):
    assert extract_metadata(f"{head}\n\n{SECTION}").title is None


def test_a_data_sheets_rows_of_fields_are_no_headline():
    text = (
        "Peru - Lima Metro Line 2 Extension Project\n\nProject summary\n"
        "Country: Peru | Sector: Transport | Status: Approved\nTotal cost: USD 5.3 billion | Loan: USD 300 million\n"
        "Approval date: 4 May 2015 | Planned completion: 30 June 2021\n\n" + SECTION
    )
    assert extract_metadata(text).title == "Peru - Lima Metro Line 2 Extension Project"


@pytest.mark.parametrize(
    "contact",
    [
        "Contact: Press Office, (555) 010-2030",
        "Media contact: Ana Ruiz, +56 2 2345 6789",
        "Contacto de prensa: Oficina de Comunicación, +56 2 2345 6789",
        "Contact presse : Service de communication, +221 33 800 00 00",
        "Contato: Assessoria de Imprensa, +55 61 3333-0000",
    ],
)
def test_a_releases_contact_line_is_no_headline(contact):
    text = (
        f"FOR IMMEDIATE RELEASE\nMonday, March 3, 2014\n{contact}\n\n"
        f"SENATOR SECURES FUNDS FOR PORT UPGRADE\n\n(Valparaiso) - {STORY}"
    )
    assert extract_metadata(text).title == "SENATOR SECURES FUNDS FOR PORT UPGRADE"


def test_a_filings_kind_in_brackets_opens_its_headline():
    text = (
        "[Correction] Supply Contract with State Railway Company (Voluntary disclosure)\n"
        "Company: Example Steel Corporation (012345)\nDate of disclosure: 2020.03.04\n\n1. Details\n" + STORY
    )
    assert extract_metadata(text).title == (
        "[Correction] Supply Contract with State Railway Company (Voluntary disclosure)"
    )


@pytest.mark.parametrize(
    "head",
    [
        "Lima Metro phase II: lender team meets the mayor\nUpdated: Aug 21, 2019 18:40 PET",
        "FACT CHECK: Has Peru received $5 billion from the bank?\nCLAIM: A post says Peru took $5 billion.",
        "Kenya: rail deal signed with China",
    ],
)
def test_a_kicker_and_its_colon_stay_the_headline(head):
    assert extract_metadata(f"{head}\n\n{STORY}").title == head.split("\n", 1)[0]
