"""A military unit named with an ordinal in figures before it (`the 18th Mechanised Division`, `the 1st Army Corps`,
`the 3rd Infantry Division`), on sentences written for these tests from several regions: the ordinal is part of the
unit's name, which is not cut to `Mechanised Division`. An ordinal before a meeting or a period names no unit."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, (), None, []) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Crews of the 18th Mechanised Division will train in Korea in June.", "18th Mechanised Division"),
        ("A drill with the Armenian 1st Army Corps is due in September.", "1st Army Corps"),
        ("Troops of the 3rd Infantry Division crossed into Mali on Friday.", "3rd Infantry Division"),
        ("The 2nd Army Corps will receive the new tanks next year, Kyiv said.", "2nd Army Corps"),
        ("Engineers of the 41st Mountain Division repaired the bridge near Goma.", "41st Mountain Division"),
        ("The 101st Airborne Division arrived at the base in Kosovo.", "101st Airborne Division"),
    ],
)
def test_an_ordinal_in_figures_opens_a_military_units_name(text, name):
    found = organizations(text)
    assert name in found
    assert name.split(" ", 1)[1] not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The 5th Joint Commission met in Tashkent.", "Joint Commission"),
        ("Sales rose in the 3rd Quarter, the Ministry of Finance said.", "Ministry of Finance"),
    ],
)
def test_an_ordinal_before_no_military_unit_stays_out(text, name):
    found = organizations(text)
    assert name in found
    assert not any(n[:1].isdigit() for n in found)
