"""A name already whole (a body the knowledge base knows, or a company closed by its legal form or a group's
head) then `for the` or `on the` and what it works for or on: the phrase is no word of the name. A body named
by its task (`Office for the Coordination of ...`) keeps its phrase."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lima asked the Inter-American Development Bank for the Callao port upgrade.",
            "Inter-American Development Bank",
        ),
        (
            "A credit from the European Investment Bank for the Beira Corridor rail works was signed.",
            "European Investment Bank",
        ),
        ("Talks with Adani Ports Holdings on the Colombo West terminal resumed.", "Adani Ports Holdings"),
        (
            "The stands were built by Qingdao Construction Group for the Pacific Mini Games in Honiara.",
            "Qingdao Construction Group",
        ),
        ("Bids came from Tecnicas Marinas S.A. for the Puerto Cortes dredging.", "Tecnicas Marinas S.A."),
        ("Kenya signed a loan with the World Bank on the Lamu road on Friday.", "World Bank"),
    ],
)
def test_the_task_after_a_whole_name_is_not_part_of_it(text, expected):
    assert expected in organizations(text)
    assert not any(name.startswith(expected + " ") for name in organizations(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Office for the Coordination of Humanitarian Affairs said access was blocked.",
            "Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "The Organization for the Prohibition of Chemical Weapons sent inspectors.",
            "Organization for the Prohibition of Chemical Weapons",
        ),
        (
            "The Islamic Corporation for the Development of the Private Sector lent $40 million.",
            "Islamic Corporation for the Development of the Private Sector",
        ),
        ("The UN Commission on the Status of Women met in New York.", "UN Commission on the Status of Women"),
    ],
)
def test_a_body_named_by_its_task_keeps_it(text, expected):
    assert expected in organizations(text)
