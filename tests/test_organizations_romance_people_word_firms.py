"""A company named after a people's word used as a noun, the firm word left out, in Spanish and Portuguese as
French writes it (`la china Gezhouba`, `a francesa Total`, `pela chinesa ZTE`), and a French list of firms opened
after a comma (`entreprises françaises, dont Total et Orange`). A person written alike (`la alemana Angela
Merkel`, `el neerlandés Pieter van der Berg`) stays a person. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def actors(text, language):
    return {(a.name, a.actor_type) for a in extract_actors(text, language=language)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Las represas las construirá un consorcio liderado por la china Gezhouba.", "es", "Gezhouba"),
        ("El contrato fue adjudicado a la española CAF para fabricar los trenes.", "es", "CAF"),
        ("El proyecto lo ejecutará la surcoreana Hyundai en Lima.", "es", "Hyundai"),
        ("El yacimiento es operado por la estadounidense Chevron desde 2010.", "es", "Chevron"),
        ("A francesa Total vai investir no bloco 17.", "pt", "Total"),
        ("A rede será construída pela chinesa ZTE em Luanda.", "pt", "ZTE"),
        ("A norte-americana Boeing entregará os aviões à TAAG.", "pt", "Boeing"),
        ("Une centaine d'entreprises françaises, dont Total et Orange, sont implantées au Sénégal.", "fr", "Orange"),
        ("Plusieurs groupes, dont Bolloré et Eiffage, ont remporté des contrats à Abidjan.", "fr", "Eiffage"),
    ],
)
def test_a_firm_named_by_its_peoples_word_is_a_company(text, language, expected):
    assert (expected, "organization") in actors(text, language)


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("La reunión contó con el neerlandés Pieter van der Berg, quien visitó Asunción.", "es", "Pieter van der Berg"),
        ("La alemana Angela Merkel se reunió con el presidente.", "es", "Angela Merkel"),
        ("O brasileiro Lula da Silva visitou Pequim.", "pt", "Lula da Silva"),
        ("A brasileira Dilma Rousseff visitou Luanda.", "pt", "Dilma Rousseff"),
    ],
)
def test_a_person_written_alike_stays_a_person(text, language, person):
    found = actors(text, language)
    assert (person, "person") in found
    assert not {n for n, t in found if t == "organization"}
