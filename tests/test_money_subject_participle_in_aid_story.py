"""Subject of a sum a participle of giving or handing follows ("of the $4.5 billion pledged at the conference", "only
$3.2 million has been received so far", "1,2 milliard d'euros engagés"), in a story of aid (its words said twice or
more, more often than a state's budget): money given as aid, where the clause names no other subject, as a sum a
giving verb governs before it already is. In a budget story, or where the clause names a loan or trade, the subject
stays. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money

_AID_STORY = (
    "Donors met in Geneva to review humanitarian aid to the region. The relief effort depends on donors' assistance. "
)


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_AID_STORY + "Of the $2.1 billion pledged at the conference in March, little has arrived.", "en"),
        (_AID_STORY + "Only $5.4 million has been received so far.", "en"),
        (_AID_STORY + "About $30 million will be disbursed before the rains.", "en"),
        (_AID_STORY + "The Commission said the first €80 million would be released in June.", "en"),
        (_AID_STORY + "Norway: NOK 120 million paid in February.", "en"),
        (
            "Los donantes revisaron la ayuda humanitaria a Haití y la asistencia de emergencia. De los 300 millones "
            "de dólares comprometidos en enero, llegó la mitad.",
            "es",
        ),
        (
            "Les bailleurs ont fait le point sur l'aide humanitaire et les dons au Sahel. Sur les 90 millions d'euros "
            "engagés en 2023, un tiers a été versé.",
            "fr",
        ),
        (
            "Os doadores avaliaram a ajuda humanitária e as doações a Moçambique. Dos 45 milhões de dólares "
            "prometidos em abril, chegou um terço.",
            "pt",
        ),
    ],
)
def test_a_sum_given_after_the_figure_in_an_aid_story_is_aid(text, language):
    assert _subjects(text, language)[-1] == "aid"


@pytest.mark.parametrize(
    "text",
    [
        # a budget story: money spent at home
        "Kenya's budget for 2025 raises the health budget; the budget office said the budget line of KSh 4 billion "
        "approved in June covers clinics. Aid was mentioned once.",
        # no story of aid
        "The port authority said $12 million will be disbursed to contractors in May.",
    ],
)
def test_elsewhere_the_subject_stays(text):
    subjects = _subjects(text)
    assert subjects and subjects[-1] != "aid"
