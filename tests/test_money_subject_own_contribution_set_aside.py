"""Subject of a sum a state's budget sets aside "as" its own contribution, counterpart funding or share of works
(the purpose said with "as" and the state's own name, whatever budget year stands between): the project's; set aside
as anything else at home it stays other, and for another state it is aid. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str) -> list[str]:
    return [m.subject for m in extract_money(text, language="en")]


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury has set aside GH¢ 310 million in this year's budget as Ghana's own contribution to the dam.",
        "The Exchequer had set aside Rs 4 billion in the 2024/25 financial year as Nepal's counterpart funding.",
        "The government has earmarked $18 million as Tanzania's own share of the new berth.",
        "Parliament set aside K 90 million as Zambia's counterpart for the bridge at Kazungula.",
        "The cabinet has set aside 600 million birr as Ethiopia's own share of the corridor.",
    ],
)
def test_a_states_own_contribution_set_aside_is_the_projects(text):
    assert _subjects(text) == ["project"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The government has set aside $12 million as a reserve for emergencies.", "other"),
        ("The House set aside $75 million for Colombia.", "aid"),
        ("The Treasury has set aside $40 million as a subsidy to bakers.", "other"),
    ],
)
def test_a_sum_set_aside_as_anything_else_keeps_its_subject(text, subject):
    assert _subjects(text) == [subject]
