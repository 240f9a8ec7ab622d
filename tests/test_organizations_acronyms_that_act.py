"""An acronym alone that a verb of a body follows ("NAME claimed responsibility", "NAME approved the tariff") names
an organisation; one after a capitalised word ends a longer name. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PKK claimed responsibility for the attack.", "PKK"),
        ("The NDRRMC warned of more landslides.", "NDRRMC"),
        ("The RSF shelled El Fasher.", "RSF"),
        ("The MNLA rejected the accord.", "MNLA"),
        ("NEPRA welcomed the tariff decision.", "NEPRA"),
    ],
)
def test_an_acronym_a_body_s_verb_follows_is_a_body(text, name):
    assert name in organizations(text)


def test_a_programme_s_acronym_before_a_participle_is_no_body():
    assert "PSDP" not in organizations("The PSDP approved for next year holds 40 new projects.")


def test_an_acronym_after_a_capitalised_word_ends_a_longer_name():
    assert "LNG" not in organizations("Brunei LNG signed a supply deal with Tokyo Gas.")
