"""Spanish, French and Portuguese bodies of the kinds English names by `Commission`, `Company`, `Group`,
`Academy`, `Parliament`, `Hospital`, `Party`, `League`, `Board`, `College` and a city's council: their head nouns
open a name in each language."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text: str, language: str) -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("La Compagnie sucrière sénégalaise a signé un contrat avec l'Inde.", "fr", "Compagnie sucrière sénégalaise"),
        (
            "La Compagnie ivoirienne d'électricité exporte vers le Burkina Faso.",
            "fr",
            "Compagnie ivoirienne d'électricité",
        ),
        ("Le rapport de la Commission des finances a été adopté hier.", "fr", "Commission des finances"),
        ("La Junta de Andalucía firmó un acuerdo con la provincia china de Cantón.", "es", "Junta de Andalucía"),
        ("El presidente de la Junta de Castilla y León viajó a México.", "es", "Junta de Castilla y León"),
        (
            "A Junta Comercial do Estado de São Paulo registrou a empresa.",
            "pt",
            "Junta Comercial do Estado de São Paulo",
        ),
        ("El Parlamento Andino aprobó una resolución sobre Venezuela.", "es", "Parlamento Andino"),
        ("Le Parlement panafricain siège à Midrand.", "fr", "Parlement panafricain"),
        ("La Cooperativa de Productores de Leche exportó a China.", "es", "Cooperativa de Productores de Leche"),
        ("A Cooperativa Agroindustrial Coamo exportou soja para a China.", "pt", "Cooperativa Agroindustrial Coamo"),
        ("La Coopérative agricole de Kaolack a vendu son arachide.", "fr", "Coopérative agricole de Kaolack"),
        (
            "A Academia Chinesa de Ciências Agrícolas enviou técnicos ao Brasil.",
            "pt",
            "Academia Chinesa de Ciências Agrícolas",
        ),
        ("La Academia de Ciencias de Cuba firmó con Vietnam.", "es", "Academia de Ciencias de Cuba"),
        ("L'Académie des sciences a reçu une délégation.", "fr", "Académie des sciences"),
        ("La Biblioteca Nacional de Colombia recibió los libros.", "es", "Biblioteca Nacional de Colombia"),
        (
            "La Bibliothèque nationale de France prête des manuscrits au Maroc.",
            "fr",
            "Bibliothèque nationale de France",
        ),
        ("El Ayuntamiento de Madrid firmó con Shanghái.", "es", "Ayuntamiento de Madrid"),
        ("A Prefeitura de São Paulo firmou um convênio com Xangai.", "pt", "Prefeitura de São Paulo"),
        ("La Mairie de Dakar a reçu une délégation chinoise.", "fr", "Mairie de Dakar"),
        ("La Alcaldía de Bogotá firmó el contrato del metro.", "es", "Alcaldía de Bogotá"),
        ("La Municipalidad de Lima recibió buses chinos.", "es", "Municipalidad de Lima"),
        (
            "L'École nationale d'administration accueille des élèves marocains.",
            "fr",
            "École nationale d'administration",
        ),
        ("A Escola Superior de Guerra recebeu oficiais angolanos.", "pt", "Escola Superior de Guerra"),
        ("El Museo Nacional de Antropología prestó piezas a China.", "es", "Museo Nacional de Antropología"),
        ("O Museu Nacional de Etnologia recebeu peças de Angola.", "pt", "Museu Nacional de Etnologia"),
        ("Le Musée du Louvre prête des œuvres à Abou Dhabi.", "fr", "Musée du Louvre"),
        ("O Hospital Central de Maputo recebeu equipamentos da China.", "pt", "Hospital Central de Maputo"),
        ("L'Hôpital Principal de Dakar a reçu des médecins chinois.", "fr", "Hôpital Principal de Dakar"),
        ("Le Groupement Berkine Est produit du pétrole.", "fr", "Groupement Berkine Est"),
        ("El Grupo de Alto Nivel de Seguridad se reunió en Quito.", "es", "Grupo de Alto Nivel de Seguridad"),
        ("Le Groupe Chimique Tunisien exporte des phosphates.", "fr", "Groupe Chimique Tunisien"),
        ("El Partido Comunista de Cuba recibió a la delegación.", "es", "Partido Comunista de Cuba"),
        ("El Consorcio Constructor Metro Lima firmó el contrato.", "es", "Consorcio Constructor Metro Lima"),
        ("El Colegio de México organizó el seminario.", "es", "Colegio de México"),
    ],
)
def test_head_opens_a_body(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Junta Directiva aprobó la nueva tasa de interés.", "es"),
        ("Publicado por la Junta Directiva el lunes.", "es"),
    ],
)
def test_a_bodys_board_is_no_body(text, language):
    assert not organizations(text, language)


def test_a_group_named_in_spanish_french_or_portuguese_is_the_english_group():
    from pipelines.extract.identity import Mention, assign_ids, group_mentions

    names = [("Groupe OCP", "MAR"), ("OCP Group", "MAR"), ("Grupo Bimbo", "MEX"), ("Bimbo Group", "MEX")]
    mentions = [Mention(f"a{i}", "organization", n, n, s, None) for i, (n, s) in enumerate(names)]
    ids = assign_ids(group_mentions(mentions, {}), mentions, [None] * len(mentions), {})
    assert ids[0] == ids[1] != ids[2] == ids[3]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El Parlamento Europeo aprobó la resolución sobre Marruecos.", "es"),
        ("Le Parlement européen a voté une résolution sur le Maroc.", "fr"),
        ("O Parlamento Europeu aprovou a resolução sobre Marrocos.", "pt"),
    ],
)
def test_the_european_parliament_is_no_states_parliament(text, language):
    bodies = [a for a in extract_actors(text, language=language) if a.actor_type == "organization"]
    assert [a.country for a in bodies] == [None]
