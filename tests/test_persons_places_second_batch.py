"""A second batch of sentences, written after the fixes of `test_persons_places_and_title_chains.py`, for the same
classes in other wording: places, things and titles a model proposes, title boundaries, titles that run through a
body or a place."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


def model(text, names, language="en"):
    entities = [(text.index(n), text.index(n) + len(n), "PERSON") for n in names]
    return {a.name for a in extract_actors(text, (), None, entities, language=language) if a.actor_type == "person"}


CASES = [
    # places proposed as persons
    (
        "palace",
        lambda: (
            model("The crown prince welcomed the envoy at Qasr Al Shati in the capital on Thursday.", ["Qasr Al Shati"])
            == set()
        ),
    ),
    (
        "headland",
        lambda: model("A consortium will develop Ras Banas on the Red Sea coast, Egypt said.", ["Ras Banas"]) == set(),
    ),
    (
        "province",
        lambda: (
            model(
                "Flooding hit Cotabato del Sur and Negros Oriental last week, the Philippines said.",
                ["Cotabato del Sur", "Negros Oriental"],
            )
            == set()
        ),
    ),
    ("wadi", lambda: model("Farmers in the valley near Wadi Rum grow dates, Jordan said.", ["Wadi Rum"]) == set()),
    ("pier", lambda: model("Cargo is unloaded at the old Kilindini Pier in Kenya.", ["Kilindini Pier"]) == set()),
    (
        "es-country",
        lambda: (
            model("La obra la construye Consorcio Vial Bolivia con fondos de China.", ["Vial Bolivia"], "es") == set()
        ),
    ),
    # products / firms
    (
        "count",
        lambda: model("Warsaw will buy 48 Thunder Hawk launchers from Seoul, South Korea.", ["Thunder Hawk"]) == set(),
    ),
    ("count-word", lambda: model("Norway ordered twelve Sea Viper boats for its navy.", ["Sea Viper"]) == set()),
    (
        "model-number",
        lambda: model("The deal covers the Iron Shield 400 system and training in Cyprus.", ["Iron Shield"]) == set(),
    ),
    (
        "grupo",
        lambda: (
            model("The contract went to Grupo Constructor Andino and a Peruvian bank.", ["Grupo Constructor Andino"])
            == set()
        ),
    ),
    # honorific/title alone
    ("pradhan", lambda: model("The Pradhan Mantri addressed farmers in Punjab, India.", ["Pradhan Mantri"]) == set()),
    (
        "credit-es",
        lambda: (
            model(
                "El canciller Tomás Vera viajó a Lima, Perú.\nEdición: Lucía Prado\n",
                ["Tomás Vera", "Lucía Prado"],
                "es",
            )
            == {"Tomás Vera"}
        ),
    ),
    # title boundaries
    (
        "portfolio-noun",
        lambda: (
            persons(
                "Minister of Trade, Investment and Digital Transformation Leila Haddad opened the fair in "
                "Tunis, Tunisia."
            )
            == {"Leila Haddad"}
        ),
    ),
    (
        "portfolio-noun2",
        lambda: (
            persons("Minister for Women Empowerment and Poverty Reduction Grace Akinyi said Kenya would spend more.")
            == {"Grace Akinyi"}
        ),
    ),
    (
        "inner-honorific",
        lambda: (
            persons(
                "The Deputy Secretary-General of the Ministry of Finance Dato' Seri Karim Osman, Chief of Army "
                "General Idris Latif and others attended."
            )
            >= {"Karim Osman"}
        ),
    ),
    (
        "model-and-join",
        lambda: (
            model(
                "The Minister of Agriculture and Rural Innovation Paulo Mendes spoke in Brasilia, Brazil.",
                ["Paulo Mendes"],
            )
            == {"Paulo Mendes"}
        ),
    ),
    # chains
    (
        "chain-kingdom",
        lambda: (
            persons("The Turkish Ambassador to the Kingdom Mehmet Arslan said trade would grow.") == {"Mehmet Arslan"}
        ),
    ),
    (
        "chain-council",
        lambda: (
            persons(
                "Chairman of the State Committee for Investments of Uzbekistan Bahodir Aliyev and officials of "
                "Oman met in Muscat."
            )
            >= {"Bahodir Aliyev"}
        ),
    ),
    (
        "chain-region",
        lambda: persons("IFC Director for the Sahel Amadou Diallo noted that lending doubled.") == {"Amadou Diallo"},
    ),
    ("chain-acronym", lambda: persons("Director General of NIPCO Farida Begum said exports rose.") == {"Farida Begum"}),
    (
        "chain-korean",
        lambda: (
            persons("Minister of Trade of the Republic of Korea Kim Hyun-woo arrived in Hanoi, Vietnam.")
            == {"Kim Hyun-woo"}
        ),
    ),
    (
        "chain-korean2",
        lambda: persons("Ambassador of the Republic of Korea Song Min-jae said Seoul would help.") == {"Song Min-jae"},
    ),
    (
        "chain-central-asia",
        lambda: (
            persons("Chairman of the Senate of Kazakhstan Maulen Ashimbayev and Speaker of the Mejlis met.")
            >= {"Maulen Ashimbayev"}
        ),
    ),
]


@pytest.mark.parametrize(("name", "holds"), CASES, ids=[name for name, _ in CASES])
def test_second_batch(name, holds):
    assert holds(), name
