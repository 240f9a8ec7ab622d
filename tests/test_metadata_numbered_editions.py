"""An outlet's issue line that numbers its edition (`Edición N° 312 - Lunes 21 de agosto de 2006`, `Édition n° 4521 |
Mardi 3 mars 2015`) or names the event its daily covers before the issue's number (`EXPO DAILY — Kigali Trade Week —
Issue 3`) is no headline: the story's headline is the line under it. A headline that holds a rank or an edition's
ordinal stays the headline (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.test_metadata_stamp_weekdays_and_labels import BODY

CASES = [
    ("es", "Edición N° 1.045 — Martes 4 de junio de 2013", "Uruguay y Paraguay acuerdan dragar la hidrovía"),
    ("es", "EL CORREO DEL SUR | Edición Nº 88 | Sábado 2 de julio de 2016", "Bolivia abre su aduana en Arica"),
    ("fr", "Édition n° 4521 | Mardi 3 mars 2015", "Le Togo et le Ghana relancent le corridor routier"),
    ("pt", "Edição nº 2.310 - Quinta-feira, 5 de junho de 2014", "Cabo Verde e Senegal assinam acordo de pescas"),
    ("en", "Edition No. 57 — Friday 9 October 2009", "Fiji and Tonga agree on a shared cable landing"),
    # the event a show daily covers, between the daily's name and its issue
    ("en", "SHOW DAILY — Kigali International Trade and Investment Week — Issue 3", "Rwanda signs for a dry port"),
    ("fr", "QUOTIDIEN DU SALON — Forum de l'Investissement de Lomé — Numéro 2", "Les banques togolaises au salon"),
]


@pytest.mark.parametrize(("language", "issue", "headline"), CASES)
def test_the_headline_under_a_numbered_issue_line_is_the_headline(language, issue, headline):
    text = f"{issue}\n\n{headline}\n\n{BODY[language]}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("en", "Angola becomes Namibia's trading partner No. 1"),
        ("en", "Trade Fair Opens Its 20th Edition — 12 March 2020"),
        ("es", "La feria de Lima cierra su edición número 30 con ventas récord"),
    ],
)
def test_a_headline_with_a_rank_or_an_edition_stays_the_headline(language, headline):
    assert extract_metadata(f"{headline}\n\n{BODY[language]}").title == headline
