"""An envoy named without a state ("Ambassador NAME") in a story set in one state's cities: a resident envoy serves
abroad, so the envoy is not of the state where the story puts them (the host), but of the other side. Two classes:

(1) A story whose cities are all one state's ("met in Colombo", "the talks in Belgrade", "hosted in London"):
the envoy is the other side's, whether the page is the host's press or the guest's.
(2) A list of officials of two stated states, then an envoy of none ("the Minister of Foreign Affairs of A NAME,
the Minister of Foreign Affairs of B NAME and Ambassador NAME"): a list of two sides passes no state forward.

Sentences written for these tests, in several outlets' styles and in Spanish, French and Portuguese; the last ones
must keep what the text says of the envoy."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


CASES = [
    (
        "en",
        "Ceylon Policy Review | Blog\n\nWhy the port deal matters\n\nSri Lanka's cabinet approved the lease of "
        "a second terminal to a Chinese operator last week. Ambassador Wang Lihua, speaking in Colombo on "
        "Tuesday, said China would keep funding the expressway.",
        "Wang Lihua",
        "CHN",
    ),
    (
        "en",
        "Office of the President of Serbia — Press release\n\nPresident met the Chinese delegation in Belgrade\n\n"
        "The President received Ambassador Liu Mingde in Belgrade on Friday to discuss the Chinese loans for the "
        "Danube bridge.",
        "Liu Mingde",
        "CHN",
    ),
    (
        "en",
        "Community news\n\nBangladesh's Foreign Minister Hasan Mahmud visited London last week. He was hosted at "
        "a dinner in London by High Commissioner Rahima Chowdhury, who said remittances from Britain rose.",
        "Rahima Chowdhury",
        "BGD",
    ),
    (
        "es",
        "Conferencia de prensa del canciller de México\n\nCiudad de México, 3 de marzo de 2021\n\nEl canciller "
        "confirmó que México recibirá vacunas de China. El embajador Li Weiming visitó el miércoles en Monterrey "
        "la planta de envasado.",
        "Li Weiming",
        "CHN",
    ),
    (
        "fr",
        "Le Soleil | Économie\n\nLe Sénégal et la Turquie signent un accord sur les routes\n\nLe Sénégal et la "
        "Turquie ont signé lundi à Dakar un accord de financement des routes. L'ambassadeur Mehmet Kaya a assisté "
        "à la cérémonie à Dakar.",
        "Mehmet Kaya",
        "TUR",
    ),
    (
        "pt",
        "Jornal de Angola | Economia\n\nAngola e Brasil assinam acordo agrícola\n\nAngola e o Brasil assinaram "
        "ontem em Luanda um acordo de cooperação agrícola. O embaixador Paulo Rezende Lima esteve presente na "
        "cerimónia em Luanda.",
        "Paulo Rezende Lima",
        "BRA",
    ),
    (
        "en",
        "Embassy newsletter\n\nPolish and German ministers meet in Berlin\n\nThe foreign ministers of Poland and "
        "Germany met in Berlin on Monday. Ambassador Tomasz Wrona hosted a dinner in Berlin for both delegations.",
        "Tomasz Wrona",
        "POL",
    ),
    # a list of two sides passes no state to an envoy of none
    (
        "en",
        "Embassy of the Republic of Armenia to Georgia | News\n\nThe talks were attended by the Minister of "
        "Foreign Affairs of Armenia Davit Sargsyan, the Minister of Foreign Affairs of Georgia Nino Beridze and "
        "Ambassador Aram Petrosyan.",
        "Aram Petrosyan",
        "ARM",
    ),
    # an envoy listed with officials of one side is of that side, wherever they meet; two signatories sign for two
    (
        "en",
        "READOUT | Office of the Spokesperson\n\nSecretary Rubio met today in Mexico City with Secretary of Foreign "
        "Affairs Juan de la Fuente. The Secretary was joined by Commerce Secretary Howard Lutnick, Ambassador Ronald "
        "Johnson, and Deputy U.S. Trade Representative Sarah Bianchi.",
        "Ronald Johnson",
        "USA",
    ),
    (
        "en",
        "EMBASSY NEWS | Japan signs loans for the Hanoi metro\n\nOn 15 November in Hanoi, Ambassador Ito Naoki and "
        "Deputy Minister of Planning and Investment Tran Quoc Phuong signed the exchange of notes for loans from "
        "Japan to Viet Nam.",
        "Ito Naoki",
        "JPN",
    ),
    # what the text says of the envoy still decides
    (
        "en",
        "COLOMBO — China's Ambassador to Sri Lanka, Wang Lihua, said in Colombo on Tuesday that the expressway "
        "loan would be signed in May.",
        "Wang Lihua",
        "CHN",
    ),
    (
        "en",
        "MANILA - The Philippines and Japan signed a loan for the Manila subway on Tuesday. Finance Secretary Carlos "
        "Dominguez and Ambassador Koji Haneda signed for the two sides in Manila.",
        "Koji Haneda",
        "JPN",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "expected"), CASES)
def test_hosted_envoy_country(language, text, name, expected):
    assert country(text, name, language) == expected
