"""A capitalised name joined by "to" ("Action Plan Related to Labor Rights", "Programme to Promote Tourism") is one
name: a project word anywhere in it makes it a project. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Both governments will review the Action Plan Related to Labor Rights next spring.", "labour"),
        ("Officials said the Joint Programme to Promote Tourism would be renewed.", "tourism"),
        ("The Framework Agreement to Expand Fisheries was published on Tuesday.", "agriculture"),
    ],
)
def test_a_project_name_joined_by_to_is_a_project(text: str, sector: str) -> None:
    assert sector in {h.sector for h in extract_sectors(text)}


def test_a_field_after_to_is_read_alone() -> None:
    text = "Both sides welcomed the Charter Related to Fisheries Cooperation."
    assert "agriculture" in {h.sector for h in extract_sectors(text)}


def test_a_name_after_to_is_not_joined_to_an_office() -> None:
    text = "The Ambassador to Japan met the Minister of Energy on Monday."
    assert "energy" not in {h.sector for h in extract_sectors(text)}
