"""Staff of a multilateral lender or of a Secretary-General's office, titled by an office only such a body keeps (a
lender's country director or manager, resident representative, deputy managing director, its vice president for a
region, "directrice des opérations"; a spokesperson for the Secretary-General), serve no state in an article that
names such a body, before or after the name, in English, Spanish, French and Portuguese; the states' own officials
named beside them keep their state. Sentences written for these tests."""

import pytest

from pipelines.extract.article import extract_article


def person(text, name):
    found = (a.country for a in extract_article(text).actors if a.actor_type == "person" and a.name == name)
    return next(found, "missing")


STATELESS = [
    (
        "ACCRA, March 3 (Reuters) - The World Bank approved a $300 million loan for Ghana on Tuesday. Pierre "
        "Laporte, the bank's country director for Ghana, Liberia and Sierra Leone, said disbursement would begin.",
        "Pierre Laporte",
    ),
    (
        "Nairobi, 4 June - Kenya signed a grant with the World Bank. Keith Hansen, country director for Kenya, "
        "Rwanda and Somalia, said the money would go to roads.",
        "Keith Hansen",
    ),
    (
        "JAKARTA - Indonesia and the Asian Development Bank signed a $500 million loan. ADB Country Director for "
        "Indonesia Jiro Tominaga said the loan would fund schools.",
        "Jiro Tominaga",
    ),
    (
        "Following the IMF Executive Board discussion, Mr. Bo Li, Deputy Managing Director and Acting Chair, said "
        "Kenya's program was on track.",
        "Bo Li",
    ),
    (
        "La Banque mondiale a accordé jeudi un prêt de 200 millions de dollars au Maroc, a annoncé à Rabat sa "
        "vice-présidente pour la région Moyen-Orient et Afrique du Nord, Ferid Belhaj, après un entretien avec le "
        "chef du gouvernement.",
        "Ferid Belhaj",
    ),
    (
        "Dakar, 3 juin (APS) - La Banque mondiale va accorder au Sénégal 100 millions de dollars, a indiqué le "
        "ministre des Finances, Amadou Ba, après une séance de travail avec le vice-président de la Banque pour la "
        "région Afrique, Hafez Ghanem, et la directrice des opérations pour le Sénégal, Nathan Belete.",
        "Hafez Ghanem",
    ),
    (
        "TEGUCIGALPA - El Banco Interamericano de Desarrollo firmó un préstamo con Honduras. La representante "
        "residente, Eduardo Almeida, dijo que la obra empezará en marzo.",
        "Eduardo Almeida",
    ),
    (
        "United Nations | Office of the Spokesperson for the Secretary-General\n\nHighlights of the noon briefing "
        "by Farhan Haq, Deputy Spokesperson for the Secretary-General\n\nYEMEN | The humanitarian plan for Yemen "
        "is 30 per cent funded.",
        "Farhan Haq",
    ),
]


@pytest.mark.parametrize(("text", "name"), STATELESS)
def test_a_lenders_or_a_secretariats_staff_serve_no_state(text, name):
    assert person(text, name) is None


STATED = [
    (
        "ACCRA - Ghana signed a $150 million credit with the World Bank on Monday. The World Bank's country "
        "director, Pierre Laporte, and Finance Minister Ken Ofori-Atta signed for the two sides.",
        "Ken Ofori-Atta",
        "GHA",
    ),
    (
        "DHAKA - Bangladesh and Japan signed a loan deal. JICA Chief Representative Yuho Hayakawa and ERD Secretary "
        "Sharifa Khan signed, in the presence of ADB officials.",
        "Sharifa Khan",
        "BGD",
    ),
    (
        "Dakar, 3 juin (APS) - La Banque mondiale va accorder au Sénégal 100 millions de dollars, a indiqué le "
        "ministre des Finances, Amadou Ba, après une séance avec la directrice des opérations pour le Sénégal, "
        "Nathan Belete.",
        "Amadou Ba",
        "SEN",
    ),
    (
        "MANILA - The Philippines signed a loan with the Asian Development Bank. Finance Secretary Carlos Dominguez "
        "said the road would open in 2026.",
        "Carlos Dominguez",
        "PHL",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), STATED)
def test_the_states_own_officials_beside_them_keep_their_state(text, name, state):
    assert person(text, name) == state
