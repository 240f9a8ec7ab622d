"""A company, union or armed group named by a proper name that a lower-case noun of its kind follows, after an
article (`the Zvezda shipyard`, `a Pobeda airliner`, `the Histadrut labour federation`, `the ELN rebel group`,
`the Rosnefteprom joint venture`): the name alone is the organisation. A place, a state, a people, a known body
or a plane's model before such a noun is none. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The frigates will be refitted at the Zvezda shipyard near Vladivostok next year.", "Zvezda"),
        ("Flights resumed two years after a Pobeda airliner was grounded in Antalya.", "Pobeda"),
        ("Unions and the Histadrut labour federation say the accord will cost jobs.", "Histadrut"),
        ("The talks also covered the fight against the ELN rebel group along the border.", "ELN"),
        ("Kazakhstan counts on the Rosnefteprom joint venture to run the new terminal.", "Rosnefteprom"),
        ("Last year Petrovia bought the Kestrel Fuel Marketing chain of petrol stations.", "Kestrel Fuel Marketing"),
        ("The turbines were supplied by the Ansaldo engineering group of Genoa.", "Ansaldo"),
        ("Officials said the Sinotruk vehicle company would open an assembly line in Nairobi.", "Sinotruk"),
        ("Ghana signed the contract with the Bouygues construction conglomerate in March.", "Bouygues"),
        ("The Wagner mercenary group has been active in the country since 2018.", "Wagner"),
        ("Lukoil bought the Halden Petroleum Marketing chain of filling stations.", "Halden Petroleum Marketing"),
        ("The Brenner Energy Services group will build the substation.", "Brenner Energy Services"),
    ],
)
def test_a_name_before_a_noun_of_its_kind_is_an_organization(text, expected):
    assert expected in organizations(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Russian defence company will deliver the systems in May.", "Russian"),
        ("Talks were held with the Korea-Mongolia friendship group in Seoul.", "Korea-Mongolia"),
        ("Workers at the Ulaanbaatar power station walked out on Monday.", "Ulaanbaatar"),
        ("The London-based company did not comment on the report.", "London-based"),
        ("The RM1.2 billion joint venture will build a plant in Johor.", "RM1.2"),
        ("The European union of employers met in Brussels.", "European"),
        ("The Boeing 737 airliner landed safely.", "Boeing 737"),
        ("The Energy company will publish its results on Monday.", "Energy"),
    ],
)
def test_a_place_a_state_or_a_figure_before_the_noun_is_no_organization(text, absent):
    assert absent not in organizations(text)
