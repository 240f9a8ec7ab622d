"""A Spanish, French or Portuguese phrase after a name's comma that opens with a preposition ("NAME, au premier jour
d'une visite", "NAME, en presencia del director general", "NAME, durante a visita do presidente") is no office of the
name's, though an English office word ends it ("premier", "director general", "presidente"): the office said before
the name stays the role. An English office after the comma still is ("NAME, director general of the agency")."""

import pytest

from pipelines.extract.actors import extract_actors


def _roles(text: str, language: str) -> dict[str, str | None]:
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, language, name, role",
    [
        (
            "La ministre a été reçue lundi au palais par le président Pierre Diouf, au premier jour d'une visite.",
            "fr",
            "Pierre Diouf",
            "président",
        ),
        (
            "L'accord a été signé par le ministre Paul Kaboré, en présence du directeur général de l'agence.",
            "fr",
            "Paul Kaboré",
            "ministre",
        ),
        (
            "El acuerdo fue firmado por el ministro de Comercio chino, Wu Peng, en presencia del director general.",
            "es",
            "Wu Peng",
            "ministro",
        ),
        (
            "La carta fue entregada a la canciller Ana Ruiz, durante la visita del primer ministro a Lima.",
            "es",
            "Ana Ruiz",
            "canciller",
        ),
        (
            "O acordo foi assinado pelo ministro Rui Tavares, na presença do director-geral da agência.",
            "pt",
            "Rui Tavares",
            "ministro",
        ),
        (
            "O documento foi entregue ao chanceler Mário Quintas, durante a visita do primeiro-ministro.",
            "pt",
            "Mário Quintas",
            "chanceler",
        ),
    ],
)
def test_a_phrase_after_the_comma_is_no_office(text, language, name, role):
    assert _roles(text, language)[name] == role


def test_an_english_office_after_the_comma_still_is():
    roles = _roles("The talks were led by Peter Walsh, director general of the agency, on Monday.", "en")
    assert roles["Peter Walsh"] == "director general"
