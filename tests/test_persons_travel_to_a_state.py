"""A person who travels to a state (flies to its capital, leaves for it, heads there) is not of it: the report's
unqualified minister who "will fly to Beijing for talks" serves the other side, even where the story names China
more. Sentences written for these tests; the last ones must keep the state the sentence gives."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


CASES = [
    (
        "en",
        "Trade Minister Colin Ashby will fly to Beijing on Monday for talks on the FTA. China buys most of "
        "Australia's wool, and China wants more beef. Chinese officials said the talks would be long.",
        "Colin Ashby",
        "AUS",
    ),
    (
        "en",
        "Foreign Minister Jana Novakova flew to Tokyo on Sunday. Japan is the largest investor in the Czech "
        "Republic; Japan and Japanese firms employ 20,000 people. Japan's premier will host her.",
        "Jana Novakova",
        "CZE",
    ),
    (
        "en",
        "Energy Secretary Ramon Cruz left for Riyadh yesterday to negotiate oil supplies with Saudi Arabia. The "
        "Philippines imports most of its crude. Saudi Arabia and Saudi Aramco offered a discount.",
        "Ramon Cruz",
        "PHL",
    ),
    (
        "en",
        "Agriculture Minister Aidan Kerr travelled to Moscow this week. Russia is a rival in wheat, and Russia "
        "and Russian traders undercut exporters from Ireland in Egypt last year.",
        "Aidan Kerr",
        "IRL",
    ),
    (
        "en",
        "Defence Minister Lena Berg heads to Ankara next week, where Turkey will show her its drones. Turkey and "
        "Turkish firms want parts made in Sweden.",
        "Lena Berg",
        "SWE",
    ),
    (
        "es",
        "El canciller Mateo Ibarra viajará a Pekín la próxima semana. China es el principal comprador del cobre "
        "de Chile y China quiere más litio. Los chinos ofrecen créditos.",
        "Mateo Ibarra",
        "CHL",
    ),
    (
        "pt",
        "O ministro da Agricultura, Tiago Moura, viajou para Pequim na segunda-feira. A China compra a soja do "
        "Brasil e a China quer mais carne. Os chineses pedem novas licenças.",
        "Tiago Moura",
        "BRA",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), CASES)
def test_a_traveller_is_not_of_the_state_travelled_to(language, text, name, state):
    assert country(text, name, language) == state


def test_a_state_the_title_gives_wins_over_the_journey():
    text = "Chinese Commerce Minister Wang Lei will fly to Canberra next week. Australia and China will review the FTA."
    assert country(text, "Wang Lei") == "CHN"
    text = "Kenya and Ethiopia will link their grids. Kenyan Energy Secretary Amos Kiprop left for Addis Ababa."
    assert country(text, "Amos Kiprop") == "KEN"


def test_one_who_hosts_in_the_capital_stays_of_its_state():
    text = (
        "Japan and Vietnam agreed on a rail loan in Tokyo. Prime Minister Kenji Sato welcomed the Vietnamese "
        "delegation, which flew to Tokyo on Sunday. Japan will lend the money."
    )
    assert country(text, "Kenji Sato") == "JPN"
