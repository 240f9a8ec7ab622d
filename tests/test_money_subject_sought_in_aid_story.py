"""Subject of a sum needed, sought or asked for in a story of aid: where an article says aid words twice or more, and
more often than words of a state's budget, a sum a verb or a noun of needing, seeking, requesting or asking governs
with no other subject in its clause is aid: money asked of donors ("the agency says it needs a further $40 million",
"the government estimates its needs at", "had requested $200 million for", "unmet requirements:"), as money given
by them is (test_money_subject_handed_over_in_aid_story.py). Outside a story of aid, where the clause names a loan,
or where a damage word names the needs ("reconstruction needs"), the sum keeps its subject. Every sentence here was
written for these tests."""

import pytest

from pipelines.extract.money import extract_money

_STORY = {
    "en": "Humanitarian agencies say donors have been slow, and aid workers in the region warn of hunger. ",
    "es": "La ayuda humanitaria no llega y los donantes dudan; la asistencia se retrasa. ",
    "fr": "L'aide humanitaire manque et les bailleurs hésitent ; l'assistance tarde. ",
    "pt": "A ajuda humanitária não chega e os doadores hesitam; a assistência atrasa. ",
}


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("clause", "language"),
    [
        ("UNICEF says it needs $45 million to keep schools open in Cox's Bazar until March.", "en"),
        ("The International Organization for Migration estimates its needs at $120 million for Colombia.", "en"),
        ("The Red Crescent said it needed a further €8 million for shelters in Basra.", "en"),
        ("The State Department had requested $210 million for South Sudan in its proposal.", "en"),
        ("Unmet requirements: $1.9 billion", "en"),
        ("Mozambique's government asked donors for $350 million after Cyclone Idai.", "en"),
        ("The appeal for Afghanistan seeks $4.4 billion this year.", "en"),
        ("Lebanon will need at least $800 million in the first year alone.", "en"),
        ("Officials in Nukuʻalofa say the kingdom requires T$90 million to house the families.", "en"),
        ("The Kyrgyz ministry sought $25 million for the flooded villages of Batken.", "en"),
        ("UNRWA is appealing for $1.2 billion for Gaza and the West Bank.", "en"),
        ("La Organización Panamericana de la Salud necesita 12 millones de dólares para vacunar migrantes.", "es"),
        ("El gobierno de Honduras solicitó 90 millones de dólares tras el huracán.", "es"),
        ("Le Programme alimentaire mondial a besoin de 60 millions de dollars pour nourrir les déplacés.", "fr"),
        ("Le Tchad a sollicité 25 milliards de francs CFA pour les réfugiés soudanais.", "fr"),
        ("A Cruz Vermelha precisa de 4 milhões de euros para os abrigos em Sofala.", "pt"),
        ("O governo de Moçambique pediu 200 milhões de dólares aos parceiros.", "pt"),
    ],
)
def test_a_sum_sought_in_a_story_of_aid_is_aid(clause, language):
    assert _subjects(_STORY[language] + clause, language) == ["aid"]


@pytest.mark.parametrize(
    "text",
    [
        # no story of aid: a firm's or a utility's needs say nothing of aid
        "The refinery in Mombasa needs $300 million to restart its second unit.",
        "The utility said it needs Rs 90 billion to cover losses.",
        "Chile's copper company has requested $500 million for its new smelter.",
    ],
)
def test_a_sum_sought_outside_a_story_of_aid_is_not_aid(text):
    assert "aid" not in _subjects(text)


@pytest.mark.parametrize(
    "clause",
    [
        # needs a damage word names are a damage estimate, not money asked of donors
        "Angola's reconstruction needs are estimated at between $5 billion and $7 billion.",
        "Officials in Dhaka put the recovery needs at $4 billion.",
    ],
)
def test_reconstruction_needs_in_a_story_of_aid_are_not_aid(clause):
    assert "aid" not in _subjects(_STORY["en"] + clause)


def test_a_loan_sought_in_a_story_of_aid_stays_a_loan():
    assert _subjects(_STORY["en"] + "Sri Lanka has requested a $2.9 billion loan from the IMF.") == ["loan"]
