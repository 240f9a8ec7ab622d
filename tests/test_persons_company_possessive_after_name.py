"""An office a company owns said after the name, with the company's possessive (`NAME, BP's regional president for
Azerbaijan`, `NAME, Vestas' chief executive`): the person serves the company's state, not the host's nor a
region's the office is for. A company of no known state leaves the person to the other rules. English only: the
possessive is English grammar. Sentences and names written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


def test_a_companys_regional_officer_after_the_name():
    text = (
        "BAKU, 3 May - Azerbaijan signed the letter of intent. It was signed in Baku by SOCAR President Rovnag "
        "Abdullayev and Graham Pryce, BP's regional president for Azerbaijan, Georgia and Turkey."
    )
    found = persons(text)
    assert found["Graham Pryce"] == "GBR"


def test_a_companys_chief_executive_after_the_name_in_a_quote():
    text = (
        'Hanoi, 4 June - Vietnam picked the turbines on Monday. "The farm will be ready in 2027," said Henrik '
        "Aalund, Vestas' chief executive, in Hanoi. Vietnam will get 40 machines."
    )
    assert persons(text)["Henrik Aalund"] == "DNK"


def test_a_companys_head_of_a_unit_after_the_name():
    text = (
        "Jakarta, 4 June - Indonesia signed the power deal. Anna Berglund, Siemens's head of energy for Asia, said "
        "in Jakarta that the plant would open in 2026. Indonesia will pay half."
    )
    assert persons(text)["Anna Berglund"] == "DEU"
    text = (
        "Lusaka, 9 March - Zambia ordered fifty haul trucks. Greg Owensby, Caterpillar's vice president for "
        "Africa, said the first trucks would arrive in Zambia in May."
    )
    assert persons(text)["Greg Owensby"] == "USA"


def test_an_unknown_companys_officer_is_left_to_the_other_rules():
    text = (
        "Nairobi, 2 May - Kenya opened the plant on Monday. Kenya's Industry Minister Rose Wanjiru and Tom Blake, "
        "Halvard Lumber's chief executive, cut the ribbon."
    )
    found = persons(text)
    assert found["Rose Wanjiru"] == "KEN"
    assert found.get("Tom Blake") != "USA"
