"""Airports, dams, mines, bridges, ships and bodies named after a person, and honorific titles, are no person's
mention (`person_things.py`); the persons named beside them stay. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, language",
    [
        # places and works named after a person
        ("Chinese firms are building the Néstor Kirchner and Jorge Cepernic dams in Santa Cruz.", "en"),
        ("The Benazir Bhutto International Airport was closed for repairs.", "en"),
        ("The Dr Kwame Nkrumah Interchange in Accra was built by a Brazilian firm.", "en"),
        ("A Chinese firm built the Mohammed VI Bridge near Rabat.", "en"),
        ("Korean firms were invited to bid for the Kim Il Sung coal-fired power plant.", "en"),
        ("Las represas hidroeléctricas Néstor Kirchner y Jorge Cepernic costarán 4.000 millones.", "es"),
        ("O aeroporto Tom Jobim, no Rio, recebeu o voo da China.", "pt"),
        ("Le navire Jacques Cartier a accosté au port de Dakar.", "fr"),
        ("Turkey's survey vessel Barbaros Hayreddin Pasa will sail to Somalia.", "en"),
        # bodies named after a person or a title
        ("The King Salman Humanitarian Aid and Relief Centre sent tents to Sudan.", "en"),
        ("Mohammed bin Rashid Al Maktoum Global Initiatives sent aid to Gaza.", "en"),
        ("The Khalifa bin Zayed Al Nahyan Foundation sent aid to Yemen.", "en"),
        ("Doctors from the Sheikh Zayed Hospital flew to Pakistan.", "en"),
        # an honorific title of a monarch
        ("The Ambassador of the Custodian of the Two Holy Mosques to Kenya met the minister on Monday.", "en"),
    ],
)
def test_things_named_after_persons_are_no_persons(text, language):
    assert persons(text, language) == set()


@pytest.mark.parametrize(
    "text, names",
    [
        ("Prime Minister Imran Khan and Foreign Office officials met the Chinese envoy.", {"Imran Khan"}),
        ("Professor Ahmed Ali of Karachi University said the talks went well.", {"Ahmed Ali"}),
        ("Central bank governor Reza Baqir said the loan would arrive in June.", {"Reza Baqir"}),
        ("President Xi Jinping visited the new port in Gwadar.", {"Xi Jinping"}),
        ("Sheikh Hasina met Narendra Modi in New Delhi.", {"Sheikh Hasina", "Narendra Modi"}),
    ],
)
def test_persons_beside_things_stay(text, names):
    assert names <= persons(text)
