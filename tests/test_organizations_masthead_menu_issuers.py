"""The first item of a page's first menu line names the body that publishes the page when it is a body's name by
its head noun (`Ghana Chamber of Mines | Members' news | 3 May 2021`): its masthead, an actor as a letterhead is.
A section's or an outlet's name there, and the menu's other items, stay furniture."""

import pytest

from pipelines.extract.article import extract_article

STORY = (
    "\n\nMembers met the Minister of Lands in Accra on Monday and agreed that gold exports to Switzerland would be "
    "audited, the Ministry of Finance said.\n"
)


def organizations(text):
    return {a.name for a in extract_article(text).actors if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("Ghana Chamber of Mines | Members' news | 3 May 2021", "Ghana Chamber of Mines"),
        ("Sri Lanka Export Development Board | Trade alerts | Issue 12", "Sri Lanka Export Development Board"),
        (
            " date 2021-05-03 Gold audit agreed\nWest African Mining Association | News > Members",
            "West African Mining Association",
        ),
        (
            "Skip to content\nKenya Tea Development Agency | News | Factories | Contact",
            "Kenya Tea Development Agency",
        ),
    ],
)
def test_the_publisher_named_first_on_the_masthead_menu_is_an_actor(head, publisher):
    found = organizations(head + STORY)
    assert publisher in found
    assert "Ministry of Finance" in found


@pytest.mark.parametrize(
    "head",
    [
        "Accra Evening Post | Politics | Business | Sport",
        "Home | Regional Trade Office | Contact",
        "Ghana Mining Weekly | Gold | Bauxite | Subscribe",
    ],
)
def test_an_outlet_or_a_later_item_of_the_menu_stays_furniture(head):
    found = organizations(head + STORY)
    assert found == {"Ministry of Finance"}
