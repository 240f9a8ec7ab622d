"""Styles before a name that are no part of it: Myanmar's `U` and `Daw`, Bhutan's `Lyonpo` and `Dasho`; a church's
head styled `Patriarch` or `Catholicos` is that office's holder; and a rank before a head of state's name in
Spanish, French or Portuguese (`General NAME`). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Union Minister for Planning U Kan Zaw told parliament that Chinese investment fell.", "Kan Zaw"),
        ("Myanmar's Minister for Commerce U Aung Thu Win met the Thai delegation in Naypyitaw.", "Aung Thu Win"),
        ("Burmese minister Daw Khin Mar Aye met the Thai premier in Bangkok.", "Khin Mar Aye"),
        ("Foreign Minister Lyonpo Rinzin Dorje met the Indian envoy in Thimphu.", "Rinzin Dorje"),
        ("Minister of State Dasho Karma Tshering met the Bangladeshi delegation.", "Karma Tshering"),
    ],
)
def test_a_style_is_no_part_of_the_name(text, name):
    found = persons(text)
    assert name in found, found


def test_the_head_of_a_church_holds_the_office_of_his_style():
    found = persons("Russian Patriarch Tikhon met Catholicos Nerses III in Yerevan, the church said.")
    assert found.get("Tikhon") == "Patriarch" and found.get("Nerses III") == "Catholicos", found


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("O Presidente da República, General Armando Cossa, terminou a visita a Portugal.", "pt", "Armando Cossa"),
        ("El presidente, general Omar Funes, recibió al embajador chino.", "es", "Omar Funes"),
        ("Le président de la transition, Colonel Moussa Keita, a reçu l'ambassadeur.", "fr", "Moussa Keita"),
    ],
)
def test_a_rank_before_a_romance_name_is_no_part_of_it(text, language, name):
    found = persons(text, language)
    assert name in found, found
