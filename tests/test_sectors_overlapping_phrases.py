"""A phrase cue whose last word opens a longer cue of its sector ("offshore wind" and "wind farm" in "an offshore wind
farm") is read as one phrase: the word after it ("farm") is no cue of another sector. A cue that only follows the
phrase, past a joining word, still counts. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Denmark agreed to develop a 3 GW offshore wind farm in the Gulf of Tonkin.",
        "Iberdrola will build an onshore wind farm in Pomerania, the Polish and Spanish ministers said.",
        "The first floating offshore wind farms in the Celtic Sea will be financed by the European Investment Bank.",
        "Neoenergia signed a deal with Goldwind to commission two onshore wind farms in Bahia next year.",
        "Japan and the Philippines discussed Offshore Wind Farm licensing in the Visayas on Tuesday.",
    ],
)
def test_a_wind_farm_after_its_phrase_is_no_farming(text: str) -> None:
    sectors = sectors_of(text)
    assert "energy" in sectors and "agriculture" not in sectors


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Kenya signed agreements on offshore wind and farm mechanisation in Nairobi.",
        "The two sides agreed on an offshore wind farm off Gujarat and on dairy farming cooperation in Punjab.",
    ],
)
def test_a_farm_cue_after_the_phrase_still_counts(text: str) -> None:
    assert {"energy", "agriculture"} <= sectors_of(text)
