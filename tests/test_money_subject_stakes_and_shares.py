"""What a figure is bought or given as decides its subject: a stake or a takeover is investment, a grant after
another party's own share is aid; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text",
    [
        "A Gulf sovereign fund agreed to buy a 15 percent stake in the Ruritanian telecom operator for $420 million.",
        "The carmaker's €300 million takeover of a state tractor factory was cleared by regulators on Monday.",
        "Under the accord the state utility will sell its remaining 30% stake in the grid company for $95 million.",
    ],
)
def test_a_stake_or_a_takeover_is_investment(text):
    assert _subjects(text)[0] == "investment"


@pytest.mark.parametrize(
    "text",
    [
        "The government will contribute $10 million, and a $3 million grant from a Nordic fund will pay for training.",
        "Ruritania will put up €8 million of its own, and a €25 million loan from the regional bank covers the rest.",
    ],
)
def test_a_source_after_a_government_share_is_not_that_share(text):
    assert _subjects(text)[1] in ("aid", "loan")
    assert _subjects(text)[1] != "project"


@pytest.mark.parametrize(
    "text",
    [
        "The airline bought a 40 percent stake in the new cargo terminal, a project valued at $900 million.",
        "A Qatari fund will take a minority stake in the Lakeside dam, a scheme estimated at $2.4 billion.",
    ],
)
def test_works_valued_right_before_the_figure_are_its_subject(text):
    assert _subjects(text)[0] == "project"


@pytest.mark.parametrize(
    "text",
    [
        "In Nepal, Japan will also fund the Upper Karnali hydropower project, estimated at $900 million.",
        "The bank will lend for the coastal highway, valued at $640 million, which links the two ports.",
    ],
)
def test_works_then_a_comma_then_their_value(text):
    assert _subjects(text)[0] == "project"
