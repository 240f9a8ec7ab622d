"""A company's name that a legal form closes (`Ltd`, `CJSC`, `S.A.`, `GmbH`, `Tbk`): the plain capitalised words
between a head noun and the form are the name's (`Karachi Shipyard & Engineering Works Ltd`), and a state after
`of` with the form after it is part of the name (`Electric Networks of Armenia CJSC`), not a second body (sentences
written for these tests)."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings


def _bodies(text: str) -> list[str]:
    actors = extract_article(text, default_settings()).actors
    return sorted(a.name for a in actors if a.actor_type == "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Karachi Shipyard & Engineering Works Ltd will build two patrol boats for the coast guard.",
            "Karachi Shipyard & Engineering Works Ltd",
        ),
        (
            "The order went to Colombo Dockyard & Marine Services Ltd after a tender in March.",
            "Colombo Dockyard & Marine Services Ltd",
        ),
        ("Lagos Port & Harbour Logistics Ltd signed the lease on Friday.", "Lagos Port & Harbour Logistics Ltd"),
        (
            "Electric Networks of Armenia CJSC said the new substation would open in the spring.",
            "Electric Networks of Armenia CJSC",
        ),
        ("The plant was sold to Cement Works of Ethiopia PLC in 2019.", "Cement Works of Ethiopia PLC"),
        ("Power Distribution of Moldova S.A. raised its tariffs in July.", "Power Distribution of Moldova S.A."),
        (
            "Bandung Rail Industries Tbk delivered forty coaches to the Bangladeshi railway.",
            "Bandung Rail Industries Tbk",
        ),
    ],
)
def test_a_legal_form_closes_the_whole_name(text: str, name: str) -> None:
    assert name in _bodies(text)


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        # a legal form right after a state's name and `of` is the name's, not a second company
        (
            "Electric Networks of Armenia CJSC said the new substation would open in the spring.",
            "Electric Networks of Armenia CJSC",
            "Armenia CJSC",
        ),
        # a name already closed by its form is not run on into the next words
        (
            "Hyundai Motor Co. of South Korea and Tata Steel Ltd signed the deal.",
            "Tata Steel Ltd",
            "Hyundai Motor Co. of South Korea and Tata Steel Ltd",
        ),
    ],
)
def test_the_form_does_not_reach_past_its_name(text: str, kept: str, absent: str) -> None:
    bodies = _bodies(text)
    assert kept in bodies
    assert absent not in bodies
