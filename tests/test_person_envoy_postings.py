"""An envoy posted in another state, as the envoy's office says ("the Ambassador of Japan to Cambodia", "Germany's
ambassador to Kenya", "l'ambassadeur de France au Sénégal", "el embajador de China en Argentina", "o embaixador do
Japão em Moçambique"), is the guest: the officials the report leaves unqualified beside the envoy (listed with them,
signing with them) are of the host, not of the envoy's state, even where the story names the envoy's state more.
A page filed from or for the envoy's own state (its dateline) keeps its home. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


_HOST_OFFICIALS = [
    (
        "en",
        "The loan agreement for the ring road was signed by Mr. Kenji Tanaka, Ambassador of Japan to Cambodia, and "
        "H.E. Dr. Chea Sophal, Minister of Economy and Finance. Japan has lent more than 2 billion dollars to "
        "Cambodia. Japan and Japan.",
        {"Kenji Tanaka": "JPN", "Chea Sophal": "KHM"},
    ),
    (
        "en",
        "The Ambassador of Japan to Sri Lanka, Akio Mori, and the Minister of Highways, Nimal Perera, attended the "
        "ceremony in Kandy. Japan said Japan would fund Sri Lanka.",
        {"Akio Mori": "JPN", "Nimal Perera": "LKA"},
    ),
    (
        "en",
        "The grant agreement was signed by Ms. Li Ming, Ambassador of the People's Republic of China to Nepal, and "
        "Finance Secretary Ram Sharan Adhikari. China has pledged more aid to Nepal. China, China and China.",
        {"Li Ming": "CHN", "Ram Sharan Adhikari": "NPL"},
    ),
    (
        "en",
        "The Ambassador of Brazil to Angola, Paulo Souza, and the Minister of Energy and Water, Joana Baptista, "
        "visited the dam. Brazil and Brazil and Brazil.",
        {"Paulo Souza": "BRA", "Joana Baptista": "AGO"},
    ),
    (
        "en",
        "India's High Commissioner to Bangladesh, Pranay Verma, and Commerce Minister Tipu Munshi opened the trade "
        "fair in Dhaka. India and India and India.",
        {"Pranay Verma": "IND", "Tipu Munshi": "BGD"},
    ),
    (
        "en",
        "Mr. Hans Keller, Ambassador of Switzerland to Peru, and Vice Minister of Trade Ana Quispe inaugurated the "
        "coffee laboratory. Switzerland funds it. Switzerland, Switzerland and Peru.",
        {"Hans Keller": "CHE", "Ana Quispe": "PER"},
    ),
    (
        "fr",
        "L'ambassadeur de France au Sénégal, Christophe Morel, et le ministre des Finances, Amadou Diallo, ont signé "
        "la convention à Dakar. La France a prêté 50 millions d'euros au Sénégal. La France et la France.",
        {"Christophe Morel": "FRA", "Amadou Diallo": "SEN"},
    ),
    (
        "fr",
        "La convention a été signée par l'ambassadeur du Japon en Côte d'Ivoire, Kenji Sato, et le ministre de "
        "l'Agriculture, Kobenan Kouassi. Le Japon finance la Côte d'Ivoire. Le Japon et le Japon.",
        {"Kenji Sato": "JPN", "Kobenan Kouassi": "CIV"},
    ),
    (
        "es",
        "El embajador de China en Argentina, Wang Lei, y el ministro de Economía, Sergio Paredes, firmaron el acuerdo "
        "en Buenos Aires. China financiará la obra en Argentina. China y China.",
        {"Wang Lei": "CHN", "Sergio Paredes": "ARG"},
    ),
    (
        "pt",
        "O embaixador do Japão em Moçambique, Hiroshi Tanaka, e o ministro dos Transportes, Carlos Mesquita, "
        "assinaram o acordo em Maputo. O Japão vai financiar Moçambique. O Japão e o Japão.",
        {"Hiroshi Tanaka": "JPN", "Carlos Mesquita": "MOZ"},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), _HOST_OFFICIALS)
def test_officials_beside_an_envoy_posted_abroad_are_the_hosts(language, text, expected):
    found = persons(text, language)
    assert {name: found[name][1] for name in expected} == expected


def test_a_report_filed_from_the_envoys_own_state_keeps_its_home():
    text = (
        "ISLAMABAD, May 3 (APP): Pakistan's Ambassador to Turkey, Tahir Andrabi, briefed Commerce Minister Naveed "
        "Qamar on the talks in Ankara. Turkey and Turkey want more trade with Pakistan, Turkey said."
    )
    found = persons(text)
    assert found["Tahir Andrabi"][1] == "PAK"
    assert found["Naveed Qamar"][1] == "PAK"


def test_an_envoy_with_no_post_named_passes_the_state_along_the_list():
    text = "Foreign Minister Wang Jun and Ambassador Liu Fang met the delegation in Beijing. China and China and Kenya."
    found = persons(text)
    assert found["Liu Fang"][1] == found["Wang Jun"][1]
