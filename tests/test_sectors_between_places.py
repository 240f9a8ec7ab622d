"""A cue in a sentence that sets something between two places or parties ("flights between Doha and Nairobi") is
said of both, as "between the two countries" is. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Two Gulf carriers said they would add flights between Sohar and Mwanza next winter.", "transport"),
        ("The shipping group announced a weekly service between Mersin and Alexandria.", "transport"),
        ("Freight between Narvik and Lulea now runs twice a week.", "transport"),
    ],
)
def test_a_cue_between_two_places_counts(text: str, sector: str) -> None:
    assert sector in {h.sector for h in extract_sectors(text)}
