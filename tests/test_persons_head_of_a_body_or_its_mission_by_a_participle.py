"""A body (or a lender's mission) and a participle of heading with its agent, then a name: the name heads the
body ("the Andean fund, presided over by NAME") or its mission ("An IMF mission led by NAME", "la misión del FMI
encabezada por NAME", "a missão do Banco Mundial chefiada por NAME"), in English, Spanish, French and Portuguese.
The head of an international body's mission serves no state."""

import pytest

from pipelines.extract.actors import extract_actors


def _person(text: str, name: str, language: str):
    return next(a for a in extract_actors(text, language=language) if a.actor_type == "person" and a.name == name)


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "A World Bank mission led by Ms. Carmen Ortiz visited Tegucigalpa from May 2 to 9 to review the "
            "Honduran roads programme.",
            "en",
            "Carmen Ortiz",
            "mission chief",
        ),
        (
            "La misión del Fondo Monetario Internacional (FMI) encabezada por Andrés Molina concluyó el viernes su "
            "visita a Asunción sin un acuerdo con Paraguay.",
            "es",
            "Andrés Molina",
            "jefe de misión",
        ),
        (
            "La mission du Fonds monétaire international (FMI) conduite par Jean-Paul Ndiaye a séjourné à Niamey "
            "du 3 au 14 mars pour la revue du programme du Niger.",
            "fr",
            "Jean-Paul Ndiaye",
            "chef de mission",
        ),
        (  # the honorific stays out of the name
            "La mission de la Banque mondiale, conduite par Mme Claire Mbeki, a rencontré à Lomé les autorités du "
            "Togo le 12 juin.",
            "fr",
            "Claire Mbeki",
            "chef de mission",
        ),
        (
            "A missão do Banco Mundial chefiada por Paula Ribeiro esteve em Bissau durante duas semanas e reuniu-se "
            "com o governo da Guiné-Bissau.",
            "pt",
            "Paula Ribeiro",
            "chefe da missão",
        ),
    ],
)
def test_the_head_of_an_international_bodys_mission_serves_no_state(text, language, name, role):
    person = _person(text, name, language)
    assert (person.role, person.country) == (role, None)


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "Au Maroc, l'Office national des aéroports (ONDA), dirigé par Karim Benali, a signé "
            "un prêt avec la France.",
            "fr",
            "Karim Benali",
            "directeur",
        ),
        (
            "En Bolivia, la Corporación Minera de Bolivia (COMIBOL), presidida por Sergio Flores Vaca, firmó un "
            "acuerdo con Perú.",
            "es",
            "Sergio Flores Vaca",
            "presidente",
        ),
        (
            "Em Angola, a Sociedade Nacional de Combustíveis de Angola (Sonangol), dirigida por Marta Sousa Lima, "
            "assinou um contrato com a China.",
            "pt",
            "Marta Sousa Lima",
            "director",
        ),
        (
            "Uganda's national carrier, Uganda Airlines, headed by Moses Kaweesa, will fly to Mumbai from March.",
            "en",
            "Moses Kaweesa",
            "head",
        ),
    ],
)
def test_the_head_of_a_body_by_the_participle(text, language, name, role):
    assert _person(text, name, language).role == role


def test_a_titled_leader_of_a_delegation_keeps_the_title():
    text = (
        "An IMF mission visited Kyiv last week, and talks led by Finance Minister Oksana Marchuk ended on Friday "
        "with Ukraine's request for more time."
    )
    assert _person(text, "Oksana Marchuk", "en").role == "Finance Minister"
