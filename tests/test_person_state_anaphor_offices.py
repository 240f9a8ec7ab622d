"""An office of "the country's", "the nation's", "the kingdom's" next to a name is an office of the state the article
named before: the first state of the last sentence that names one (its subject), not the partner named after it nor
the city the sentence is set in. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role", "state"),
    [
        (
            "Poland's gas company and a Norwegian group signed a memorandum in Oslo. Jan Lisowski, the country's "
            "economy minister, said the pipeline would be ready in 2012.",
            "Jan Lisowski",
            "economy minister",
            "POL",
        ),
        (
            "Kenya signed a railway loan with China in Beijing on Monday. Joseph Kariuki, the country's finance "
            "minister, said the line would reach the border.",
            "Joseph Kariuki",
            "finance minister",
            "KEN",
        ),
        (
            "Kenya signed a railway loan with China in Beijing on Monday. The country's finance minister, Joseph "
            "Kariuki, said the line would reach the border.",
            "Joseph Kariuki",
            "finance minister",
            "KEN",
        ),
        (
            "Ghana agreed a cocoa deal with Japan in Tokyo. The nation's Trade Minister Kofi Asante said exports "
            "would double.",
            "Kofi Asante",
            "Trade Minister",
            "GHA",
        ),
        (
            "Jordan received a water grant from Germany in Berlin. Omar Haddad, the kingdom's foreign minister, "
            "thanked the donors.",
            "Omar Haddad",
            "foreign minister",
            "JOR",
        ),
        (
            "Vietnam and South Korea opened a trade office in Seoul. Nguyen Van Long, the country's deputy trade "
            "minister, cut the ribbon.",
            "Nguyen Van Long",
            "deputy trade minister",
            "VNM",
        ),
        (
            "Peruvian exports to the United States rose by a fifth. Carla Mendoza, the country's trade minister, "
            "welcomed the figures.",
            "Carla Mendoza",
            "trade minister",
            "PER",
        ),
        (
            "Fiji signed a fisheries pact with Australia in Canberra. The island nation's Fisheries Minister Semi "
            "Koroi said patrols would start in May.",
            "Semi Koroi",
            "Fisheries Minister",
            "FJI",
        ),
        (
            "Oman and India held talks in New Delhi. Salim Al Harthy, the sultanate's commerce minister, led the "
            "delegation.",
            "Salim Al Harthy",
            "commerce minister",
            "OMN",
        ),
    ],
)
def test_an_office_of_the_state_named_before(text, name, role, state):
    assert persons(text)[name] == (role, state)


def test_the_last_sentence_that_names_a_state_decides():
    found = persons(
        "Brazil sold soy to Egypt last year. Egypt then signed a wheat deal with Russia in Moscow. Ahmed Fathy, "
        "the country's prime minister, said bread prices would hold."
    )
    assert found["Ahmed Fathy"] == ("prime minister", "EGY")


def test_no_state_named_before_leaves_the_office_alone():
    found = persons("Maria Lopes, the country's tourism minister, opened the fair on Friday.")
    assert found["Maria Lopes"][0] == "tourism minister"


def romance_persons(text, language):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "language", "name", "state"),
    [
        (
            "Kenia firmó un préstamo ferroviario con China en Pekín. Joseph Kariuki, ministro de Finanzas del país, "
            "dijo que la línea llegará a la frontera.",
            "es",
            "Joseph Kariuki",
            "KEN",
        ),
        (
            "Bolivia vendió litio a Alemania el año pasado. El ministro de Minería del país, Carlos Quispe, "
            "anunció una nueva planta en Potosí.",
            "es",
            "Carlos Quispe",
            "BOL",
        ),
        (
            "Le Sénégal a signé un accord gazier avec la France à Paris. Amadou Diop, ministre du Pétrole du pays, "
            "a salué l'accord.",
            "fr",
            "Amadou Diop",
            "SEN",
        ),
        (
            "Le Vietnam a conclu un accord avec le Japon à Tokyo. Le ministre des Finances du pays, Tran Van Minh, "
            "a annoncé un prêt.",
            "fr",
            "Tran Van Minh",
            "VNM",
        ),
        (
            "Angola assinou um acordo de crédito com a China em Pequim. José Lourenço, ministro das Finanças do "
            "país, saudou o acordo.",
            "pt",
            "José Lourenço",
            "AGO",
        ),
    ],
)
def test_an_office_of_the_state_named_before_in_spanish_french_portuguese(text, language, name, state):
    assert romance_persons(text, language)[name][1] == state
