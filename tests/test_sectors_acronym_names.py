"""A cue inside a body's name written in lower case after its head and closed by its bracketed acronym ("la Banque
européenne d'investissement (BEI)") is a name, like a capitalised one; so is the same name written again. Every
sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        (
            "La Banque européenne d'investissement (BEI) a signé un prêt de 90 millions d'euros avec Tunis.",
            "fr",
            "investment",
        ),
        (
            "Selon l'Agence nationale de promotion des investissements (ANPI), le port recevra 40 millions de dollars.",
            "fr",
            "investment",
        ),
        ("El Instituto nacional de turismo (INTUR) firmó un acuerdo de cooperación con Cuba.", "es", "tourism"),
        (
            "O acordo foi assinado com a Agência brasileira de promoção de exportações (ABPE). A Agência brasileira de "
            "promoção de exportações vai abrir escritório em Luanda.",
            "pt",
            "trade",
        ),
    ],
)
def test_a_cue_in_a_lower_case_name_with_its_acronym_is_a_name(text: str, language: str, sector: str) -> None:
    assert sector not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # the acronym itself, when a cue, still counts; and a bracket of a source credit opens no name
        ("Le Fonds monétaire international (FMI) a approuvé un prêt de 300 millions de dollars.", "fr", "finance"),
        ("The Council said trade between the two countries rose by a third (AFP).", "en", "trade"),
        ("La Banque a annoncé des investissements de 50 millions d'euros dans deux pays voisins.", "fr", "investment"),
    ],
)
def test_a_cue_outside_such_a_name_still_counts(text: str, language: str, sector: str) -> None:
    assert sector in sectors_of(text, language)
