"""A state's noun for a person, then a comma and the person's own office before the name: "Her Ugandan counterpart,
Foreign Affairs Minister NAME", "Su homólogo ugandés, el canciller NAME", "son homologue ivoirien, le ministre du
Commerce NAME", "o seu homólogo angolano, o ministro NAME". The apposition names one person, of that state, even
in a report filed from the other side's capital. Sentences written for these tests, from every region."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


CASES = [
    (
        "en",
        "NAIROBI — Kenya and Uganda agreed to extend the railway. Cabinet Secretary Mary Njeri said Kenya would seek "
        "funds. Her Ugandan counterpart, Foreign Affairs Minister Sam Okello, said Kampala had secured land. Kenya "
        "sells most of its milk to Uganda.",
        "Sam Okello",
        "UGA",
    ),
    (
        "en",
        "HANOI — Vietnam and Laos will link their grids. Minister Tran Van Hai said Vietnam would buy more power. His "
        "Lao counterpart, Energy and Mines Minister Khammany Inthirath, said the line would be ready in 2026.",
        "Khammany Inthirath",
        "LAO",
    ),
    (
        "en",
        "LIMA — Peru and Chile signed a water deal. Minister Rosa Quispe said Peru would fund half. Her Chilean "
        "counterpart, Public Works Minister Jorge Vidal, said Chile would build the intake.",
        "Jorge Vidal",
        "CHL",
    ),
    (
        "en",
        "ISLAMABAD — Pakistan and Uzbekistan reviewed the rail corridor. Minister Asad Mahmood said Pakistan was "
        "ready. Uzbekistan's chief negotiator, Deputy Transport Minister Jasur Karimov, said Tashkent would host the "
        "next round.",
        "Jasur Karimov",
        "UZB",
    ),
    (
        "es",
        "NAIROBI — Kenia y Uganda acordaron ampliar el ferrocarril. La canciller Ana Wambui dijo que Kenia buscará "
        "fondos. Su homólogo ugandés, el canciller Sam Okello, dijo que Kampala ya tiene los terrenos.",
        "Sam Okello",
        "UGA",
    ),
    (
        "fr",
        "DAKAR — Le Sénégal et la Côte d'Ivoire ont signé un accord. Le ministre Amadou Fall a dit que le Sénégal "
        "achètera du cacao. Son homologue ivoirien, le ministre du Commerce Souleymane Koné, a salué l'accord.",
        "Souleymane Koné",
        "CIV",
    ),
    (
        "pt",
        "MAPUTO — Moçambique e Angola assinaram um acordo de pesca. O ministro Joaquim Macuácua disse que Moçambique "
        "vai exportar mais. O seu homólogo angolano, o ministro das Pescas Manuel Neto, elogiou o acordo.",
        "Manuel Neto",
        "AGO",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), CASES)
def test_the_apposed_office_is_of_the_counterparts_state(language, text, name, state):
    assert country(text, name, language) == state


KEPT = [
    # a list that ends in a state's noun for things, then an office and a name: the noun is no person's
    (
        "en",
        "LUSAKA — Zambia signed the last deal of its debt plan, covering loans owed to Chinese lenders, Finance "
        "Minister Peter Mwale said. Zambia will resume payments to China in 2026.",
        "Peter Mwale",
        "ZMB",
    ),
    (
        "en",
        "The University of Sydney and a university in Jakarta will expand research in health and Indonesian law, "
        "Vice-Chancellor Professor Anne Carter said. Australia funds the exchange with Indonesia.",
        "Anne Carter",
        "AUS",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), KEPT)
def test_a_states_noun_for_things_gives_no_state(language, text, name, state):
    assert country(text, name, language) == state
