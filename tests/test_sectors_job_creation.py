"""Jobs that a project or an investment brings ("will create employment", "generará empleo", "la création d'emplois",
"vai gerar empregos") are its benefit, no cooperation on labour; workers sent or employed under an agreement still are.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The plant will create employment for 3,000 people, the two sides said.", "en"),
        ("El nuevo puerto, financiado por ambos países, generará empleo en la provincia.", "es"),
        ("L'usine permettra la création d'emplois dans la région, selon les deux pays.", "fr"),
        ("A fábrica, construída com apoio do Japão, vai gerar empregos na região.", "pt"),
    ],
)
def test_jobs_a_project_brings_are_no_labour(text, language):
    assert "labour" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two countries signed an agreement on the employment of Filipino workers in Kuwait.", "en"),
        ("Ambos países firmaron un acuerdo de empleo temporal para trabajadores agrícolas.", "es"),
    ],
)
def test_workers_under_an_agreement_still_are(text, language):
    assert "labour" in sectors_of(text, language)
