"""Wind works named by their kind (a wind farm, wind turbines, offshore wind, a wind park) are energy, as 'wind power'
and 'solar' are; wind as weather or a figure of speech is not. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Vestas and Samruk agreed to build a wind farm near Yereymentau, the two sides said.",
        "Denmark and Vietnam signed a memorandum on offshore wind off the coast of Binh Thuan.",
        "The credit will pay for wind turbines made in Spain for the Tafila project, both ministers said.",
        "Morocco and Germany agreed to build a solar park near Ouarzazate with German funding.",
        "Chinese firms will supply solar panels for 40 rural clinics under the agreement.",
        "The two countries agreed to develop onshore wind in Patagonia with Danish partners.",
        "Egypt and the UAE signed a deal for a wind project in the Gulf of Suez.",
        "Scotland and Norway will cooperate on a floating wind park in the North Sea.",
    ],
)
def test_wind_works_are_energy(text):
    assert "energy" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Strong winds delayed the ministers' flight, but the two sides signed the agreement on Monday.",
        "The president said a wind of change was blowing through the relations between the two countries.",
    ],
)
def test_wind_as_weather_or_a_figure_is_no_energy(text):
    assert "energy" not in sectors_of(text)
