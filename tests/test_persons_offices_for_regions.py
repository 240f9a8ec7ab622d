"""An office for a world region (`Special Representative for the South Caucasus`, `Director for West Africa`)
leaves no person named after the region (`person_things.py`, `region_names`). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Katarina Lindqvist, the EU Special Representative for the South Caucasus, attended.", "Katarina Lindqvist"),
        (
            '"This puts Ghana on track," said Ousmane Diallo, the Bank\'s Director General for West Africa.',
            "Ousmane Diallo",
        ),
        ("Jens Olsen, the UN special envoy for the Sahel, met the Malian minister.", "Jens Olsen"),
        ("Maria Costa, the bank's vice-president for Asia, said the loan was approved.", "Maria Costa"),
        ("Ahmed Saleh, the fund's regional director for the Middle East and North Africa, spoke.", "Ahmed Saleh"),
    ],
)
def test_an_office_for_a_region_names_one_person(text, name):
    assert persons(text) == {name}
