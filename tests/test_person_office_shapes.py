"""Offices in shapes the earlier corpora did not show: a lower-case office of a named company before the name, a
body 'headed by' a name, an office at a body's possessive after the name, a portfolio ending 'and the Pacific',
a region as the portfolio, a 'Prime' cabinet office. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_lower_case_office_of_a_named_body_before_the_name():
    text = "Uzbekistan Airways will lease four jets, president of Uzbekistan Airways Ilkhom Makhkamov told reporters."
    assert persons(text)["Ilkhom Makhkamov"] == ("president", "UZB")


def test_a_body_headed_by_a_name():
    text = "Kazakhstan Temir Zholy, headed by Talgat Aldybergenov, will buy 300 wagons from China."
    assert persons(text)["Talgat Aldybergenov"] == ("head", "KAZ")


def test_an_office_at_a_body_named_in_the_possessive():
    text = '"Lending in tenge helps," said Marta Kowalczyk, the EBRD\'s Director for Energy in Kazakhstan.'
    assert persons(text)["Marta Kowalczyk"] == ("Director for Energy", None)
    text = "Finance will follow, said Odile Renaud, the World Bank's Regional Director for South Asia, in Dhaka."
    assert persons(text)["Odile Renaud"] == ("Regional Director for South Asia", None)


def test_portfolios_that_end_with_the_region_or_roads():
    text = "Minister for Trade and the Pacific Ella Brandt opened the office in Suva, Fiji."
    assert persons(text)["Ella Brandt"][0] == "Minister for Trade and the Pacific"
    text = "Minister of Road and Transport Development G.Batsukh met the Korean ambassador in Ulaanbaatar."
    assert persons(text)["G.Batsukh"][0] == "Minister of Road and Transport Development"


def test_a_prime_cabinet_office_and_a_navy_chief():
    text = "Prime Cabinet Secretary Wycliffe Odera met Ethiopia's Foreign Minister in Nairobi, Kenya."
    assert persons(text)["Wycliffe Odera"] == ("Prime Cabinet Secretary", "KEN")
    text = "Chief of Navy Rear Admiral Hamid Yusof inspected the frigate in Lumut, Malaysia."
    assert persons(text)["Hamid Yusof"][0] == "Chief of Navy"


def test_a_demonym_a_body_and_a_lower_case_office_before_the_name():
    text = "Azerbaijan will buy wagons, said Kazakh Railways general director Nurlan Sauranbayev after talks in Baku."
    assert persons(text)["Nurlan Sauranbayev"][1] == "KAZ"


def test_an_office_at_a_unit_of_a_known_company():
    text = (
        "Kenya Airways ordered 10 Boeing jets on Monday. Boeing Commercial Airplanes President Lars Weber said "
        "Kenya paid."
    )
    assert persons(text)["Lars Weber"][1] == "USA"
