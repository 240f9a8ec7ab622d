"""Two bodies joined by `and` are two names: a body whose `of` phrase ends on a state, then `and` and a name that
opens with another state (`the Development Bank of Kazakhstan and China Development Bank`), is no list of states;
a head noun and its `of` or `for` phrase right after `and` open a name of their own (`... and Department for
International Trade`). A list of states after `of` and a remit's items stay one name. Sentences written for these
tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The loan was signed by the Development Bank of Kazakhstan and China Development Bank on Friday.",
            {"Development Bank of Kazakhstan", "China Development Bank"},
        ),
        (
            "The swap between the Central Bank of the Republic of Turkey and Qatar Central Bank was raised.",
            {"Central Bank of the Republic of Turkey", "Qatar Central Bank"},
        ),
        (
            "The Embassy of Japan and Korea Exim Bank signed the agreement.",
            {"Embassy of Japan", "Korea Exim Bank"},
        ),
        (
            "The Royal Institute of International Affairs and Centre for Strategic Studies held a forum.",
            {"Royal Institute of International Affairs", "Centre for Strategic Studies"},
        ),
        (
            "The Ministry of Agriculture and Department of Fisheries signed the plan.",
            {"Ministry of Agriculture", "Department of Fisheries"},
        ),
    ],
)
def test_two_bodies_joined_by_and_are_two(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Customs Union of Belarus, Kazakhstan and Russia said tariffs would fall.",
            "Customs Union of Belarus, Kazakhstan and Russia",
        ),
        (
            "The Eurasian Economic Commission of Armenia, Belarus and Kazakhstan will meet in May.",
            "Eurasian Economic Commission of Armenia, Belarus and Kazakhstan",
        ),
        ("The Agency for Science and Technology will fund the lab.", "Agency for Science and Technology"),
        (
            "The Ministry of Finance and Economic Planning signed the grant.",
            "Ministry of Finance and Economic Planning",
        ),
    ],
)
def test_one_name_with_and_stays_one(text, expected):
    assert organizations(text) == {expected}
