"""One body across articles however its legal form, group word or acronym is written.

A battery of names from every region, written for these tests: a company or society named with and without
its legal form or group word is one body (`Ayala Corporation`, `Ayala`; `Kenya Red Cross Society`, `Kenya Red
Cross`), two names with two forms and no bare one stay apart, and so do names of two states. An acronym in a
report whose persons and bodies are of one state is that state's body with those initials, also where the
report names no state, and over a body of no state with those initials."""

from __future__ import annotations

import pytest

from pipelines.extract.identity import group_mentions
from pipelines.extract.identity_groups import Mention
from tests.identity_mentions import org_mention, together

FORMS = [
    ("Ayala", "Ayala Corporation", "PHL"),
    ("Sasol", "Sasol Ltd", "ZAF"),
    ("Tata Steel", "Tata Steel Limited", "IND"),
    ("Dangote", "Dangote Group", "NGA"),
    ("Almarai", "Almarai Company", "SAU"),
    ("POSCO", "POSCO Holdings", "KOR"),
    ("Arla Foods", "Arla Foods Co-operative", "DNK"),
    ("Bimbo", "Grupo Bimbo", "MEX"),
    ("Renault", "Groupe Renault", "FRA"),
    ("Kenya Red Cross", "Kenya Red Cross Society", "KEN"),
    ("Ooredoo", "Ooredoo Q.S.C.", "QAT"),
    ("Copec", "Copec S.A.", "CHL"),
    ("Vinacomin", "Vinacomin Group", "VNM"),
    ("KazMunayGas", "KazMunayGas JSC", "KAZ"),
]


@pytest.mark.parametrize(("bare", "formed", "state"), FORMS)
def test_a_name_with_its_legal_form_or_group_word_is_the_name_without(bare, formed, state):
    mentions = [org_mention("a1", bare, state), org_mention("a2", formed, state), org_mention("a3", formed, None)]
    assert together(mentions, "a1", "a2")
    assert together(mentions, "a1", "a3")


def test_two_forms_of_one_stem_stay_apart_without_the_bare_name():
    # a construction group and a railway operator may share the words before their forms
    mentions = [org_mention("a1", "Andes Railway Group", "PER"), org_mention("a2", "Andes Railway Corporation", "PER")]
    assert not together(mentions, "a1", "a2")


def test_names_of_two_states_stay_apart():
    mentions = [org_mention("a1", "Meridian", "AUS"), org_mention("a2", "Meridian Group", "ZAF")]
    assert not together(mentions, "a1", "a2")


def test_a_state_body_is_no_company_form():
    mentions = [org_mention("a1", "Ministry of Energy", "GHA"), org_mention("a2", "Ministry of Energy Group", "KEN")]
    assert not together(mentions, "a1", "a2")


ACRONYMS = [
    ("Empresa Nacional de Electricidad", "ENDE", "BOL", "Bolivia"),
    ("Comisión Nacional de Energía", "CNE", "CHL", "Chile"),
    ("Autorité de Régulation des Télécommunications", "ART", "CIV", "Côte d'Ivoire"),
    ("National Highway Authority", "NHA", "PAK", "Pakistan"),
    ("Agência Nacional do Petróleo", "ANP", "BRA", "Brazil"),
    ("Uganda National Roads Authority", "UNRA", "UGA", "Uganda"),
    ("Nigerian National Petroleum Company Limited", "NNPC", "NGA", "Nigeria"),
    ("Kenya Electricity Generating Company PLC", "KENGEN", "KEN", "Kenya"),
]


@pytest.mark.parametrize(("full", "acronym", "state", "_name"), ACRONYMS)
def test_an_acronym_in_a_report_on_its_states_people_is_that_states_body(full, acronym, state, _name):
    # the acronym's report names only the United States as a state; its minister is of the body's state
    mentions = [
        org_mention("a1", full, state),
        Mention("a2", "country", "USA", "United States", "USA", None),
        Mention("a2", "person", "Ana Quispe", "Ana Quispe", state, "Minister"),
        org_mention("a2", acronym, None),
    ]
    assert together(mentions, "a1", "a2")


def test_an_acronym_goes_to_the_body_of_the_state_its_report_names_over_a_body_of_none():
    mentions = [
        org_mention("a1", "Ministry of External Affairs", "IND"),
        org_mention("a2", "Mining Equipment Alliance", None),
        Mention("a3", "country", "IND", "India", "IND", None),
        org_mention("a3", "MEA", None),
    ]
    groups = group_mentions(mentions, {})
    of = {(mentions[i].article_id, mentions[i].name): g.key for g in groups for i in g.members}
    assert of["a3", "MEA"] == of["a1", "Ministry of External Affairs"]
    assert of["a2", "Mining Equipment Alliance"] != of["a3", "MEA"]


def test_an_acronym_in_a_report_on_another_state_stays_apart():
    mentions = [
        org_mention("a1", "National Highway Authority", "PAK"),
        Mention("a2", "country", "LKA", "Sri Lanka", "LKA", None),
        Mention("a2", "person", "Nimal Perera", "Nimal Perera", "LKA", "Minister"),
        org_mention("a2", "NHA", None),
    ]
    assert not together(mentions, "a1", "a2")
