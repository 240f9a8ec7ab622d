"""An office held at an international body the article calls again by its head noun alone ("the President of the
Bank, NAME" after "the Asian Development Bank"; "le président de la Banque", "el presidente del Banco", "o
presidente do Banco", "the Fund's Managing Director"): the holder serves the body, no state, whatever state the
report is filed from or for. A noun that opens a longer name ("la Banque centrale de Tunisie") is no such call, and
a state's officials beside the body's keep their state. Sentences written for these tests."""

import pytest

from pipelines.extract.article import extract_article


def person(text, name):
    found = (a.country for a in extract_article(text).actors if a.actor_type == "person" and a.name == name)
    return next(found, "missing")


STATELESS = [
    (
        "MANILA - The Asian Development Bank approved a $400 million loan to Viet Nam for rural roads on Friday. "
        "The President of the Bank, Hideo Tanabe, met Finance Minister Ho Duc Phoc in Hanoi.",
        "Hideo Tanabe",
    ),
    (
        "Lusaka, 12 May - The African Development Bank signed a $90 million grant with Zambia for irrigation. The "
        "Vice President of the Bank, Grace Mwansa, said works would start in the dry season.",
        "Grace Mwansa",
    ),
    (
        "Communiqué de presse\n\nLa Banque africaine de développement approuve 80 millions de dollars pour le "
        "Niger.\n\nNiamey, le 4 mars 2019 - Le président de la Banque, Kofi Mensah-Asante, s'est entretenu avec le "
        "ministre nigérien des Finances, Hassoumi Massaoudou.",
        "Kofi Mensah-Asante",
    ),
    (
        "La Banque africaine de développement a signé un prêt avec le Bénin. Le directeur général de la Banque "
        "pour l'Afrique de l'Ouest, Serge Ndoye, a salué l'accord conclu à Cotonou.",
        "Serge Ndoye",
    ),
    (
        "El Banco Interamericano de Desarrollo aprobó un préstamo de 150 millones de dólares para Paraguay. El "
        "presidente del Banco, Rodrigo Alcázar, se reunió en Asunción con el ministro de Hacienda.",
        "Rodrigo Alcázar",
    ),
    (
        "O Banco Africano de Desenvolvimento aprovou um financiamento de 60 milhões de dólares para Moçambique. O "
        "vice-presidente do Banco, Tomás Nhaca, visitou Maputo na semana passada.",
        "Tomás Nhaca",
    ),
    (
        "WASHINGTON - The International Monetary Fund reached a staff-level agreement with Egypt on Tuesday. The "
        "Managing Director of the Fund, Ingrid Solberg, said Cairo had made progress.",
        "Ingrid Solberg",
    ),
]


@pytest.mark.parametrize(("text", "name"), STATELESS)
def test_an_office_at_the_body_called_by_its_noun_serves_no_state(text, name):
    assert person(text, name) is None


KEEP_STATE = [
    (
        "La Banque africaine de développement a approuvé un prêt à la Tunisie. Le gouverneur de la Banque "
        "centrale de Tunisie, Marouane Abassi, a salué l'accord.",
        "Marouane Abassi",
        "TUN",
    ),
    (
        "The Asian Development Bank approved a loan to Nepal. Nepal's Finance Minister, Bishnu Paudel, thanked "
        "the Bank for its support.",
        "Bishnu Paudel",
        "NPL",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), KEEP_STATE)
def test_a_longer_name_or_a_state_s_official_keeps_the_state(text, name, country):
    assert person(text, name) == country
