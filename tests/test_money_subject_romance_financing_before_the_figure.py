"""Spanish, French and Portuguese name the financing a figure measures before it ("un financiamiento de US$ X",
"le financement, de X"): where the clause names a lender, that financing is a loan, whatever works it pays for or
whoever hands it over; without a lender it stays the works' money. Every sentence was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str) -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La alcaldía firmó la contratación de un financiamiento de US$ 320 millones con el Banco de Desarrollo de "
            "América Latina para la construcción de la segunda línea del metro.",
            "es",
        ),
        (
            "El financiamiento, de US$ 2.100 millones, lo aportan bancos japoneses encabezados por el JBIC.",
            "es",
        ),
        (
            "A Sonangol contratou um financiamento de 900 milhões de dólares junto a bancos chineses para a construção "
            "da refinaria do Lobito.",
            "pt",
        ),
        (
            "Le financement, de 95 milliards de FCFA, sera apporté par la Banque ouest-africaine de développement "
            "pour la construction de l'échangeur de Yopougon.",
            "fr",
        ),
    ],
)
def test_financing_a_lender_gives_named_before_the_figure_is_a_loan(text, language):
    assert _subjects(text, language) == ["loan"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "O governo anunciou um financiamento de R$ 500 milhões para a construção de casas populares no Ceará.",
            "pt",
        ),
        (
            "La municipalité a voté un financement de 40 millions d'euros pour la construction du nouveau stade.",
            "fr",
        ),
    ],
)
def test_financing_with_no_lender_stays_the_works_money(text, language):
    assert _subjects(text, language) == ["project"]
