"""A state's official whose office or another mention names an international body, in two classes of text.

(1) A minister whose portfolio lists an international body among its items ("la ministra de Asuntos Exteriores,
Unión Europea y Cooperación, NAME", "o ministro dos Negócios Estrangeiros e da União Europeia, NAME", "le ministre
délégué chargé de l'Union européenne, NAME"): a minister is a state's, not the body's.
(2) A state's leader named with the state's office who also chairs a body of states ("Ethiopian Prime Minister NAME
... Mr NAME, who chairs the Intergovernmental Authority on Development"): the rotating chair is held for the state,
so the state the text gives stays.

Sentences written for these tests; the last ones must keep the body's own officials stateless."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


CASES = [
    (
        "es",
        "ENTREVISTA | Radio Castilla, martes\n\nLOCUTOR: Tenemos al teléfono a la ministra de Asuntos Exteriores, "
        "Unión Europea y Cooperación, Carmen Ruiz Ortega. Ministra, ¿qué espera de la cumbre con Marruecos?\n\n"
        "RUIZ ORTEGA: España y Marruecos firmarán doce acuerdos.",
        "Carmen Ruiz Ortega",
        "ESP",
    ),
    (
        "es",
        "Madrid, 3 de mayo (EFE).- El presidente del Gobierno viajó a Lima acompañado por el ministro de Asuntos "
        "Exteriores, Unión Europea y Cooperación, Luis Herrera Campos. España y Perú firmaron un convenio de "
        "cooperación, y las empresas españolas invertirán en el puerto del Callao.",
        "Luis Herrera Campos",
        "ESP",
    ),
    (
        "pt",
        "Lisboa, 4 mai (Lusa) - Portugal e Cabo Verde assinaram hoje um acordo de cooperação. O ministro dos Negócios "
        "Estrangeiros e da União Europeia, Rui Carvalho Nunes, disse que Portugal vai apoiar Cabo Verde.",
        "Rui Carvalho Nunes",
        "PRT",
    ),
    (
        "fr",
        "Paris, 3 mars - La France et le Sénégal ont signé lundi un accord sur la formation. La ministre déléguée "
        "chargée de l'Union européenne, Claire Morin, a reçu son homologue sénégalais à Paris.",
        "Claire Morin",
        "FRA",
    ),
    (
        "en",
        "NAIROBI, Kenya - President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu agreed on Monday to "
        "speed up the road link. Mr Tesfaye, who chairs the Intergovernmental Authority on Development, said the "
        "road would open a second port to Ethiopia.",
        "Tesfaye Alemu",
        "ETH",
    ),
    (
        "en",
        "ABUJA - Nigerian President Musa Bello opened the summit on Sunday. Bello, who chairs the ECOWAS Authority "
        "of Heads of State and Government, urged Ghana and Senegal to pay their dues.",
        "Musa Bello",
        "NGA",
    ),
    # the body's own officials stay stateless
    (
        "es",
        "Bruselas, 5 de mayo - El comisario europeo de Comercio, Pieter Janssen, se reunió con el canciller chileno "
        "para cerrar el acuerdo entre Chile y la Unión Europea.",
        "Pieter Janssen",
        None,
    ),
    (
        "en",
        "ADDIS ABABA - Kenya and Ethiopia signed the power deal on Monday. IGAD Executive Secretary Samuel Okello, "
        "who chairs the technical committee, said other members would join.",
        "Samuel Okello",
        None,
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "expected"), CASES)
def test_state_office_naming_a_body(language, text, name, expected):
    assert country(text, name, language) == expected
