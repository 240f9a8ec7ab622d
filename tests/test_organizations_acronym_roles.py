"""An acronym the text never spells out is a body when the sentence gives it officers, makes it the agent of a
body's work or the subject of a future or perfect of doing; a concept's acronym (counted by an article, written in
the plural, ending a longer name) is none. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ("The talks were joined by the director general of KEMRI, Dr Ngoya Ouma.", "KEMRI", "en"),
        ("Reporters waited outside as the head of the CNBV briefed senators in Mexico City.", "CNBV", "en"),
        ("NVE's chief executive said the grid would cope with the winter peak.", "NVE", "en"),
        ("The new terminal at Walvis Bay is being built by NAMCOR with two partners.", "NAMCOR", "en"),
        ("Farmers in the north will get seed grants administered by ACDI next year.", "ACDI", "en"),
        ("Officials expect SONATEL will open two data centres in Thiès.", "SONATEL", "en"),
        ("Gasunie and TIGF have agreed to study a hydrogen link across the Pyrenees.", "TIGF", "en"),
        ("Le chantier, financé par la BOAD, doit durer trois ans.", "BOAD", "fr"),
        ("A reunião contou com o diretor da ANEEL, que falou em Brasília.", "ANEEL", "pt"),
        ("Las obras, ejecutadas por el MTC, terminarán en diciembre.", "MTC", "es"),
    ],
)
def test_an_acronym_with_officers_or_at_work_is_a_body(text, name, language):
    assert name in organizations(text, language)


def test_every_use_of_such_an_acronym_is_the_body():
    text = "The bridge was built by SANRAL. Later SANRAL officials toured the site."
    actors = [a for a in extract_actors(text) if a.actor_type == "organization"]
    assert [(a.name, a.mentions) for a in actors] == [("SANRAL", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Both sides hope to sign a comprehensive CEPA with Chile, and the CEPA will cut tariffs on fruit.",
        "The SEZ will create jobs, and two more SEZs are planned along the coast.",
        "Qatar LNG will supply the terminal from March.",
        "The project will be built by CEO Maria Duarte's own team.",
        "The plant, built by the USA in 1970, still runs.",
    ],
)
def test_a_concept_s_acronym_or_a_longer_name_s_end_is_no_body(text):
    assert not {"CEPA", "SEZ", "LNG", "CEO", "USA"} & organizations(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports of LNG will rise, officials said.",
        "Demand for CNG will double by the end of the decade.",
        "The share of the GDP has grown for three years.",
    ],
)
def test_an_acronym_after_a_preposition_is_no_subject_of_doing(sentence):
    assert organizations(sentence) == set()
