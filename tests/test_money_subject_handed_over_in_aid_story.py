"""Subject of a sum a verb hands over in a story of aid: where an article says aid words twice or more, and more
often than words of a state's budget, a sum a giving, releasing, transferring, paying or receiving verb governs with
no other subject in its clause is aid ("the relief fund released $9 million", "Brussels transferred the first €2
billion"); the same clause in a story with no aid, or in a budget story, keeps its subject, and a sum whose clause
names a loan stays a loan. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money

_AID_STORY = "Humanitarian agencies say donors have been slow, and aid workers in the region warn of hunger. "
_BUDGET_STORY = "The budget speech set the year's spending, and the budget goes to a vote next week. "


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("clause", "language"),
    [
        ("The regional relief fund released $9 million on Thursday for water trucks in Tigray.", "en"),
        ("Brussels transferred the first €2 billion to Bucharest under the recovery facility.", "en"),
        ("Denmark paid DKK 400 million into the pooled fund, half of it in March.", "en"),
        ("Under the package, Malawi would receive $75 million over two years.", "en"),
        ("The Gulf states will provide $600 million to rebuild schools in the south.", "en"),
        ("Participants announced US$880 million at the meeting in Oslo.", "en"),
    ],
)
def test_a_sum_handed_over_in_a_story_of_aid_is_aid(clause, language):
    assert _subjects(_AID_STORY + clause, language) == ["aid"]


def test_a_spanish_story_of_aid():
    text = (
        "La ayuda humanitaria no llega y los donantes dudan; la asistencia se retrasa. "
        "El fondo de emergencia liberó 12 millones de dólares para los desplazados del Catatumbo."
    )
    assert _subjects(text, "es") == ["aid"]


@pytest.mark.parametrize(
    "text",
    [
        # no story of aid: the same clause says nothing of what the money is
        "The regional fund released $9 million on Thursday for water trucks in the north.",
        # a budget story: money set aside at home
        "Donors and humanitarian groups lobbied. " + _BUDGET_STORY + "The minister set aside $40 million for lakes.",
    ],
)
def test_a_sum_handed_over_outside_a_story_of_aid_is_not_aid(text):
    assert "aid" not in _subjects(text)


def test_a_loan_handed_over_in_a_story_of_aid_stays_a_loan():
    assert _subjects(_AID_STORY + "The bank disbursed a $50 million loan for the dams.") == ["loan"]
