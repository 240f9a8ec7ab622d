"""A part of a company named right after its owner's possessive or `its`, a word or two and a noun of a part
(`Daimler's aerospace arm, DASA`, `its Dutch aircraft unit Fokker NV`, `the group's shipping subsidiary NAME`):
the part's name is an organisation. A place, an office or a verb `arm` is none. Sentences written for these
tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rheinwerk's defence arm, RWD, will cut 2,000 jobs by 2026.", "RWD"),
        ("The loss came mainly from its Dutch aircraft unit Vinkel NV and a strong mark.", "Vinkel NV"),
        ("The group's shipping subsidiary Meridian Lines will run the new route to Mombasa.", "Meridian Lines"),
        ("Petrovia said its trading affiliate Caspiport would buy the cargo.", "Caspiport"),
        ("The bank's leasing division, Andes Leasing, signed the contract with Lima.", "Andes Leasing"),
        ("Kestrel sold its engine offshoot Turbomek to a Korean group last year.", "Turbomek"),
        ("The insurer's Asian arm, Lotusure, will open offices in Dhaka and Karachi.", "Lotusure"),
        ("Its Ghanaian subsidiary Kente Cables supplies the grid.", "Kente Cables"),
    ],
)
def test_a_part_named_after_its_owner_is_an_organization(text, expected):
    assert expected in organizations(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The allies will arm Ukraine with new missiles.", "Ukraine"),
        ("The company's unit in Kenya, Nairobi, grew fast.", "Nairobi"),
        ("The ministry's legal unit, Minister Omar said, is understaffed.", "Minister Omar"),
    ],
)
def test_a_place_an_office_or_a_verb_is_no_part(text, absent):
    assert absent not in organizations(text)
