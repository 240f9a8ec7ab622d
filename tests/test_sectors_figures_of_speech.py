"""Cue words in a figure of speech name no sector: loans or projects "in the pipeline" are in preparation, a "pipeline
break" in food aid is a gap in supplies, and money promised as a "second line of defence" is a reserve, not arms.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, sector",
    [
        ("The two governments said several joint projects worth $2 billion were in the pipeline.", "energy"),
        ("Aid agencies in Niger warned of a pipeline break for refugees as the two donors cut funding.", "energy"),
        ("The two lenders agreed to stand by as a second line of defence of about $10 billion.", "defence"),
    ],
)
def test_a_figure_of_speech_names_no_sector(text: str, sector: str) -> None:
    assert sector not in sectors_of(text)


def test_a_pipeline_built_stays_energy() -> None:
    assert "energy" in sectors_of("The two countries agreed to build a gas pipeline from Turkmenistan to Pakistan.")
