"""Training held jointly between forces is their drills, defence, not schooling; training of civilians stays
education. Every sentence was written for these tests."""

import pytest

from pipelines.knowledge.sector_vocabulary import sector_phrases, sector_words
from schemas.vocabularies import SECTOR_CODES
from tests.sector_sets import sectors_of


def test_drill_phrases_are_phrases_and_force_sectors_are_codes():
    assert all(sector_phrases()[p] == "defence" for p in sector_words()["drill_phrases"])
    assert set(sector_words()["force_sectors"]) <= set(SECTOR_CODES)


@pytest.mark.parametrize(
    "text",
    [
        "The two navies agreed to expand joint training between their coast guards.",
        "The pact also provides for joint training of the two countries' soldiers and police.",
        "The declaration provides for joint military training between the two armies next year.",
        "Both sides agreed to step up combined training of their marines and air force pilots.",
    ],
)
def test_joint_training_of_forces_is_defence_not_education(text):
    found = sectors_of(text)
    assert "defence" in found and "education" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed to open a teacher training centre and joint training of nurses.",
        "The universities will offer joint training for young engineers under the agreement.",
    ],
)
def test_joint_training_of_civilians_stays_education(text):
    found = sectors_of(text)
    assert "education" in found and "defence" not in found
