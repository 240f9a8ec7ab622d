"""Two names each owned by a state's possessive and joined by `and` are two names: `Japan's Marubeni and Korea's
Hyundai Rotem`, `Kenya's National Treasury and Uganda's Ministry of Finance`. The possessive after `and` opens a
name the state owns, which the name before it does not run on into; a state whose own name holds `and` (`Bosnia
and Herzegovina's X`) is no such cut. Sentences written for these tests, from every region."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan's Marubeni and Korea's Hyundai Rotem won the contract for the line.", {"Marubeni", "Hyundai Rotem"}),
        ("The venture pairs Spain's Repsol and Italy's Eni in the offshore block.", {"Repsol", "Eni"}),
        (
            "Kenya's National Treasury and Uganda's Ministry of Finance will meet in Arusha.",
            {"National Treasury", "Ministry of Finance"},
        ),
        ("The project is led by Norway's Equinor and Poland's PGNiG.", {"Equinor", "PGNiG"}),
        ("Chile's Codelco and Peru's Southern Copper expect higher output.", {"Codelco", "Southern Copper"}),
        ("Brazil's Vale and China's Baowu signed a supply agreement in Beijing.", {"Vale", "Baowu"}),
        ("Mexico's Pemex and Colombia's Ecopetrol discussed a swap.", {"Pemex", "Ecopetrol"}),
        ("Indonesia's Pertamina and Malaysia's Petronas will study a pipeline.", {"Pertamina", "Petronas"}),
        (
            "Talks between Egypt's Elsewedy Electric and Saudi Arabia's ACWA Power resumed on Monday.",
            {"Elsewedy Electric", "ACWA Power"},
        ),
    ],
)
def test_two_names_each_a_states_own_are_two(text, expected):
    assert expected <= organizations(text)


def test_a_state_whose_name_holds_and_is_no_cut():
    found = organizations("Bosnia and Herzegovina's Elektroprivreda signed the deal with Serbia.")
    assert "Elektroprivreda" in found
    assert not any(name.startswith("Herzegovina") for name in found)
