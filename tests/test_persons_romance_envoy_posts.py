"""An envoy's post in Spanish, French and Portuguese: the state after a host's preposition (`embajador en México`,
`ambassadeur au Maroc`, `embaixadora no Brasil`) is where the envoy serves, not the state served. Sentences
written for this test; traps: a state named before the post, a demonym, an office that is no envoy's."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


# (language, sentence, envoy, the state the envoy is posted to, the state the envoy serves or None)
POSTS = [
    (
        "es",
        "El embajador en México, Julián Ortega Brenes, recibió en Madrid al canciller mexicano Tomás Leyva.",
        "Julián Ortega Brenes",
        "MEX",
        "ESP",
    ),
    (
        "es",
        "La embajadora en Chile, Ana Sofía Rentería, habló ayer con la prensa en Santiago.",
        "Ana Sofía Rentería",
        "CHL",
        None,
    ),
    (
        "es",
        "El embajador en Marruecos, Ricardo Almansa Peral, acompañó al ministro marroquí Karim Tazi en Rabat.",
        "Ricardo Almansa Peral",
        "MAR",
        None,
    ),
    (
        "es",
        "El embajador en el Perú, Mateo Galdós Ruiz, firmó el convenio con la ministra peruana Rosa Quispe.",
        "Mateo Galdós Ruiz",
        "PER",
        None,
    ),
    (
        "es",
        "El embajador ante Bolivia, Hernán Vidaurre Soto, se reunió con el canciller boliviano Luis Mamani.",
        "Hernán Vidaurre Soto",
        "BOL",
        None,
    ),
    (
        "es",
        "Según la embajadora en Vietnam, Lucía Montalbán Ruiz, las exportaciones españolas crecieron.",
        "Lucía Montalbán Ruiz",
        "VNM",
        None,
    ),
    (
        "fr",
        "L'ambassadeur au Maroc, Jean-Baptiste Derval, a rencontré le ministre marocain Karim Alami à Rabat.",
        "Jean-Baptiste Derval",
        "MAR",
        None,
    ),
    (
        "fr",
        "L'ambassadrice en Tunisie, Claire Montreuil, a reçu le ministre tunisien Hédi Ben Salah.",
        "Claire Montreuil",
        "TUN",
        None,
    ),
    (
        "fr",
        "L'ambassadeur au Sénégal, Pierre-Olivier Lafarge, a signé avec le ministre sénégalais Moussa Ndiaye.",
        "Pierre-Olivier Lafarge",
        "SEN",
        None,
    ),
    (
        "fr",
        "L'ambassadeur en Côte d'Ivoire, Marc Vautrin, a visité le port avec le ministre ivoirien Koffi Yao.",
        "Marc Vautrin",
        "CIV",
        None,
    ),
    (
        "fr",
        "L'ambassadeur auprès du Cameroun, Henri Delorme, a salué le ministre camerounais Paul Ekambi.",
        "Henri Delorme",
        "CMR",
        None,
    ),
    (
        "pt",
        "O embaixador no Brasil, José Cunha Matos, encontrou o ministro brasileiro Paulo Souza em Brasília.",
        "José Cunha Matos",
        "BRA",
        None,
    ),
    (
        "pt",
        "O embaixador em Angola, Rui Falcão Tavares, encontrou o ministro angolano Manuel Dembo em Luanda.",
        "Rui Falcão Tavares",
        "AGO",
        None,
    ),
    (
        "pt",
        "A embaixadora na Índia, Helena Sarmento, acompanhou o ministro indiano Rajesh Mehta.",
        "Helena Sarmento",
        "IND",
        None,
    ),
    (
        "pt",
        "O embaixador em Moçambique, Nuno Abreu Coutinho, recebeu o ministro moçambicano Jaime Macuácua.",
        "Nuno Abreu Coutinho",
        "MOZ",
        None,
    ),
]


@pytest.mark.parametrize(("language", "text", "envoy", "post", "served"), POSTS)
def test_an_envoy_is_not_of_the_state_of_the_post(language, text, envoy, post, served):
    found = persons(text, language)
    assert found[envoy] != post
    assert found[envoy] == served


def test_the_state_said_before_the_post_is_the_envoys():
    found = persons(
        "El embajador de España en México, Julián Ortega Brenes, visitó Monterrey. El embajador chino en "
        "Buenos Aires, Wang Lei, habló después.",
        "es",
    )
    assert found == {"Julián Ortega Brenes": "ESP", "Wang Lei": "CHN"}
    found = persons("L'ambassadeur de France au Maroc, Jean-Baptiste Derval, a parlé à Rabat.", "fr")
    assert found == {"Jean-Baptiste Derval": "FRA"}
    found = persons("O embaixador de Portugal em Angola, Rui Falcão Tavares, falou em Luanda.", "pt")
    assert found == {"Rui Falcão Tavares": "PRT"}


def test_an_office_that_is_no_envoys_keeps_the_state_of_its_place():
    found = persons("El ministro de Economía de Chile, Felipe Rojas Arancibia, habló en Santiago.", "es")
    assert found == {"Felipe Rojas Arancibia": "CHL"}
