"""A counterpart is not of the state of the person whose counterpart they are, even where only the report's home
gives that person a state ("Trade Minister A ... with his counterpart B", "o seu homólogo B", "son homologue B", "su
homólogo B"): B takes the other side. Sentences written for these tests."""

import pytest

from pipelines.extract.article import extract_article


def states(text):
    return {a.name: a.country for a in extract_article(text).actors if a.actor_type == "person"}


CASES = [
    (
        "CANBERRA - Australia and Indonesia agreed to open talks on a trade pact. Trade Minister Craig Emerson spent "
        "Tuesday in Jakarta with his counterpart Gita Wirjawan. The two said Indonesia would buy more cattle.",
        {"Craig Emerson": "AUS", "Gita Wirjawan": "IDN"},
    ),
    (
        "NAIROBI - Kenya and Uganda agreed to extend the railway. Transport Cabinet Secretary Kipchumba Murkomen met "
        "his counterpart Edward Wamala in Kampala on Monday.",
        {"Kipchumba Murkomen": "KEN", "Edward Wamala": "UGA"},
    ),
    (
        "HANOI - Vietnam and Laos signed a power deal. Industry Minister Nguyen Hong Dien and his counterpart "
        "Phosay Sayasone signed the agreement.",
        {"Nguyen Hong Dien": "VNM", "Phosay Sayasone": "LAO"},
    ),
    (
        "Luanda - Angola e Portugal assinaram dez acordos. O ministro das Relações Exteriores, Manuel Augusto, e o "
        "seu homólogo Augusto Santos Silva assinaram ainda um memorando sobre estudantes.",
        {"Manuel Augusto": "AGO", "Augusto Santos Silva": "PRT"},
    ),
    (
        "Rabat, 6 mai (MAP) - Le Maroc et la Mauritanie ont signé trois accords. Le ministre des Affaires "
        "étrangères, Nasser Bourita, et son homologue Mohamed Salem Ould Merzoug ont présidé la commission mixte.",
        {"Nasser Bourita": "MAR", "Mohamed Salem Ould Merzoug": "MRT"},
    ),
    (
        "Bogotá, 3 de marzo - Colombia y Ecuador firmaron un acuerdo fronterizo. La canciller Laura Gil y su "
        "homólogo Gabriela Sommerfeld presidieron el gabinete binacional en Ipiales.",
        {"Laura Gil": "COL", "Gabriela Sommerfeld": "ECU"},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_a_counterpart_takes_the_other_side(text, wanted):
    found = states(text)
    assert {name: found.get(name) for name in wanted} == wanted


def test_two_counterparts_of_a_story_without_a_home_are_of_two_states():
    text = (
        "Trade between Australia and Indonesia grew last year, and Indonesia remains a big buyer of Australian "
        "cattle. Trade Minister Craig Emerson spent Tuesday in Jakarta with his counterpart Gita Wirjawan."
    )
    found = states(text)
    assert found["Craig Emerson"] != found["Gita Wirjawan"]
