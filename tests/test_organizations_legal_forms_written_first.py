"""An Indonesian company's legal form written before its name (`PT`) opens the name, which keeps it, a series'
Roman numeral, a bracketed `(Persero)` and a closing `Tbk`; a time zone (`9 a.m. PT`) and a party's acronym after
an article (`the PT`, `o PT`) are none."""

import pytest

from pipelines.extract.article import extract_article


def organizations(text):
    return {a.name for a in extract_article(text).actors if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Power will be sold to PT Perusahaan Gas Negara under a 20-year contract.", "PT Perusahaan Gas Negara"),
        ("The deal was signed by Sembcorp and PT Lippo Cikarang, the joint developers.", "PT Lippo Cikarang"),
        ("The province and PT Angkasa Pura II will build the terminal in Lombok.", "PT Angkasa Pura II"),
        ("Lending by PT Bank Rakyat Indonesia (Persero) Tbk grew in March.", "PT Bank Rakyat Indonesia (Persero) Tbk"),
        ("A unit of PT Timah (Persero) will ship the tin to Busan.", "PT Timah (Persero)"),
        ("PT Vale Indonesia Tbk said nickel output rose in the quarter.", "PT Vale Indonesia Tbk"),
        ("PT Semen Gresik President Director Budi Santoso said exports to Bangladesh rose.", "PT Semen Gresik"),
        ("Officials of PT Pelabuhan Indonesia III met the delegation in Surabaya.", "PT Pelabuhan Indonesia III"),
    ],
)
def test_a_legal_form_written_first_opens_the_company_s_name(text, company):
    assert company in organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The webcast starts at 9 a.m. PT Monday, the ministry said.",
        "In Brasília, the PT He said the vote was close.",
        "Lula disse que o PT Nacional vai apoiar a proposta.",
    ],
)
def test_a_time_zone_or_a_party_is_no_company(text):
    assert not any(name.startswith("PT") for name in organizations(text))
