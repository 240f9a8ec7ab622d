"""A lender's project page: its title names the state before a colon (`Paraguay: Rural Roads Programme`) above the
project's fields (`Loan Number: 2231-PAR`, `Sector: Transport`). The state's name is a kicker, no field's label, and a
number among the fields under the title labels no page: the title is the page's headline (pages written for these
tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

DESCRIPTION = (
    "Description\n"
    "The programme will pave about 800 km of feeder roads in three departments and build twelve bridges, financed "
    "by a loan of $150 million and a counterpart contribution from the national budget.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Paraguay: Rural Roads Programme",
        "Ghana: Accra Sewerage Improvement Project (Additional Financing)",
        "Mongolia: Ulaanbaatar Heating Sector Project",
        "Honduras: Programa de Agua Potable Rural",
        "Senegal: Projet d'appui à la filière riz",
    ],
)
@pytest.mark.parametrize(
    "fields",
    [
        "Loan Number: 2231-PAR | Status: Approved | Sector: Transport\nApproval date: 14 June 2011",
        "Loan Number: 2231-PAR\nStatus: Approved\nSector: Transport",
    ],
)
def test_a_states_name_and_a_colon_head_the_project_title_over_its_fields(title, fields):
    text = f"Regional Development Bank\nHome > Projects > Country pages\n\n{title}\n{fields}\n\n{DESCRIPTION}"
    assert extract_metadata(text).title == title


def test_a_project_title_over_a_blank_line_and_numbered_fields_is_the_headline():
    title = "Mongolia: Ulaanbaatar Heating Sector Project"
    text = (
        f"Skip to main content\n{title}\n\nProject Number: 40512-002\nCountry: Mongolia\nStatus: Active\n"
        f"Funding: Ordinary resources  $ 60 million\n\n{DESCRIPTION}"
    )
    assert extract_metadata(text).title == title


@pytest.mark.parametrize(
    "fields",
    [
        "Borrower: Republic of Paraguay\nSector: Transport\nStatus: Approved",
        "Executing agency: Ministry of Public Works\nReporting period: January - June 2011",
    ],
)
def test_fields_whose_labels_name_no_state_are_still_no_headline(fields):
    assert extract_metadata(f"{fields}\n\n{DESCRIPTION}").title is None
