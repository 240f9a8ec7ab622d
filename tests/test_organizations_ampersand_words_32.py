"""Names with an ampersand between capitals and no space (`C&T`, `E&A`, `BM&F`), on sentences written for these
tests in English, Spanish, French and Portuguese: the ampersand is inside one word of the name, which is never
cut at it (`Samsung C&T Corporation` is not `T Corporation`)."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, (), None, [], language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The terminal was designed by Korvane H&T Corporation under a grant.", "Korvane H&T Corporation"),
        ("A contract for the bridge went to Delmora B&K Engineering Ltd last week.", "Delmora B&K Engineering Ltd"),
        ("Talks with Ostrava M&R Holdings on the steel plant resumed in Lusaka.", "Ostrava M&R Holdings"),
        ("The wind farm near Tangier will be built by Altavia E&C Company.", "Altavia E&C Company"),
        ("Samsung E&A won the contract for the gas processing plant in Oman.", "Samsung E&A"),
        ("Lenders to Brava P&L Shipping Corporation met in Athens on Tuesday.", "Brava P&L Shipping Corporation"),
        ("Analysts at Northbay T&D Securities expect the rupee to weaken.", "Northbay T&D Securities"),
    ],
)
def test_an_ampersand_between_capitals_stays_inside_the_name_en(text, name):
    found = organizations(text)
    assert name in found
    assert not any(other.startswith(name.split("&")[1]) for other in found)


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ("La obra estará a cargo de Constructora R&M Andina S.A. desde marzo.", "Constructora R&M Andina S.A.", "es"),
        ("El préstamo fue firmado con Grupo C&V Inversiones en Lima.", "Grupo C&V Inversiones", "es"),
        ("La centrale sera construite par Société B&T Énergie au Sénégal.", "Société B&T Énergie", "fr"),
        ("O contrato foi assinado com a Companhia S&L Logística em Maputo.", "Companhia S&L Logística", "pt"),
    ],
)
def test_an_ampersand_between_capitals_stays_inside_the_name_romance(text, name, language):
    found = organizations(text, language)
    assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "The R&D budget of the ministry rose by a tenth this year.",
        "Spending on R&D and training was cut in the budget.",
    ],
)
def test_an_ampersand_word_alone_is_no_organisation(text):
    assert organizations(text) == set()
