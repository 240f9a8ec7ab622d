"""An acronym is the one body whose Spanish, French or Portuguese name it spells, where the name elides an article
(`de l'électricité`) or joins its words with `et`, `y` or `e`: the elided article and the conjunction give no letter,
as `of` and `and` give none in English. Names from every region that writes these languages, written for these
tests; an acronym whose letters the name does not spell stays apart."""

from __future__ import annotations

import pytest

from pipelines.extract.name_keys import initials
from tests.identity_mentions import org_mention, together

NAMES = [
    ("STEG", "Société tunisienne de l'électricité et du gaz", "TUN"),
    ("ONE", "Office national de l'électricité", "MAR"),
    ("ANAC", "Agence nationale de l'aviation civile", "CIV"),
    ("ONAS", "Office national de l'assainissement du Sénégal", "SEN"),
    ("ONEA", "Office national de l'eau et de l'assainissement", "BFA"),
    ("INDE", "Instituto Nacional de Estadística y Censos", None),
    ("MIC", "Ministerio de Industria y Comercio", "PRY"),
    ("EDM", "Electricidade de Moçambique", "MOZ"),
    ("IGAE", "Instituto de Gestão e Assuntos Económicos", "CPV"),
    ("CIE", "Compagnie ivoirienne d'électricité", "CIV"),
]


@pytest.mark.parametrize(("acronym", "name", "state"), [n for n in NAMES if n[0] != "INDE"])
def test_an_acronym_is_the_romance_name_it_spells(acronym, name, state):
    assert acronym.lower() in initials(name)
    mentions = [org_mention("a1", acronym, state), org_mention("a2", name, state), org_mention("a3", acronym, state)]
    assert together(mentions, "a1", "a2")


def test_letters_the_name_does_not_spell_stay_apart():
    name = "Instituto Nacional de Estadística y Censos"
    assert "inde" not in initials(name)
    mentions = [org_mention("a1", "INDE", None), org_mention("a2", name, "ARG")]
    assert not together(mentions, "a1", "a2")
