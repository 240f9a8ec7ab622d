"""A release's masthead names its issuer and, beside it, the issuer's state's government (`Ministry of Mines` /
`Government of Ghana`, `Secretaría de Economía | Gobierno de Chile`): the letterhead of the body that issued it,
no actor of the story. The same government named in the story is one; a government alone at a page's head, with
no issuer beside it, is left to the other rules."""

import pytest

from pipelines.extract.article import extract_article

STORY = (
    "\nFertiliser plant agreed with Morocco\n\n"
    "The two delegations met in Accra on Monday and agreed that the OCP Group would build a fertiliser plant in "
    "the port of Tema, the Ministry said in a statement.\n"
)


def organizations(text):
    return {a.name for a in extract_article(text).actors if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("head", "government"),
    [
        ("Ministry of Lands and Natural Resources\nGovernment of Ghana\n", "Government of Ghana"),
        ("Government of Ghana\nMinistry of Lands and Natural Resources\n", "Government of Ghana"),
        ("Ministry of Lands and Natural Resources, Government of Ghana\n", "Government of Ghana"),
        (
            "Information Services Department\nGovernment of the Republic of Ghana\n12 May 2021\n",
            "Government of the Republic of Ghana",
        ),
        (
            "Department of Trade and Industry | Government of the Philippines\nHome | News | Releases\n",
            "Government of the Philippines",
        ),
        ("Secretaría de Economía | Gobierno de Chile\n", "Gobierno de Chile"),
        (
            "Skip to content | Screen reader | Text size A- A A+ | Language English Twi\n"
            "Ministry of Lands and Natural Resources\nGovernment of Ghana\nHome > News > Releases\n",
            "Government of Ghana",
        ),
        ("Ministère des Mines — Gouvernement du Burkina Faso\n", "Gouvernement du Burkina Faso"),
    ],
)
def test_the_issuer_s_government_in_a_masthead_is_no_actor(head, government):
    found = organizations(head + STORY)
    assert government not in found
    assert "OCP Group" in found


@pytest.mark.parametrize(
    "text",
    [
        # the story names the government too
        "Ministry of Lands and Natural Resources\nGovernment of Ghana\n"
        + STORY
        + "The Government of Ghana will hold a stake of 30 per cent in the plant.\n",
        # a government acting in the story's first sentence, no masthead
        "The Government of Ghana and the OCP Group agreed on Monday to build a fertiliser plant in Tema.\n",
        # a headline that says what the government did is no letterhead
        "Accra Evening Mail\nGovernment of Ghana signs fertiliser deal\n\n"
        "The Government of Ghana and the OCP Group agreed on Monday to build a fertiliser plant in Tema.\n",
    ],
)
def test_a_government_the_story_names_stays(text):
    assert "Government of Ghana" in organizations(text)
