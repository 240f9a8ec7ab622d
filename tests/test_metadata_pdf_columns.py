"""A document laid out in columns and turned to text (a lender's project sheet, a report's cover): a line split by a
wide gap (`African Development Bank          P-KE-DB0-021`, a table's row) and a form's field with a gap after its
label (`Project Name:      Nairobi Bypass Road`) are no headline; a headline above such a sheet stays one (texts
written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "1. The project will build a road around the city to relieve traffic on the main highway and link the "
    "industrial zone to the port.\n\n2. The Board approved the loan on Thursday, the lender said.\n"
)

SHEETS = [
    "African Development Bank                              P-KE-DB0-021\n"
    "                                                      Page 1 of 4\nPROJECT SUMMARY\n"
    "Project Name:      Nairobi Bypass Road\nBorrower:          Republic of Kenya",
    "World Bank Group                                    Report No: PAD1234\nPROJECT INFORMATION DOCUMENT\n"
    "Country:     Ghana\nSector:      Energy and extractives",
    "Islamic Development Bank                   Document: IsDB/2020/17\nPage 1\n"
    "Implementing       Ministry of Education and Vocational\nAgency:            Training of Senegal",
    "Banco Interamericano de Desarrollo                  PE-L1234\nPERFIL DE PROYECTO\n"
    "Nombre del proyecto:    Agua potable para las regiones del sur\nPrestatario:    República del Perú",
    "Banque africaine de développement               P-SN-FA0-007\nRÉSUMÉ DU PROJET\n"
    "Intitulé du projet :    Électrification rurale du Sénégal oriental",
]


@pytest.mark.parametrize("sheet", SHEETS)
def test_a_sheet_laid_out_in_columns_has_no_headline(sheet):
    assert extract_metadata(f"{sheet}\n\n{BODY}").title is None


def test_a_headline_above_the_sheet_stays_the_headline():
    headline = "Lender approves loan for the Nairobi bypass"
    assert extract_metadata(f"{headline}\n\n{SHEETS[0]}\n\n{BODY}").title == headline


@pytest.mark.parametrize(
    "headline",
    ["Kenya: Lender approves loan for the Nairobi bypass", "Sénégal : la BAD finance l'électrification rurale"],
)
def test_a_kicker_headline_with_one_space_after_its_colon_stays_the_headline(headline):
    assert extract_metadata(f"{headline}\n\n{BODY}").title == headline
