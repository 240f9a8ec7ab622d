"""A known company's subsidiary in a state is named by the company, a word or two of its unit and the state
(`SOCAR Energy Georgia`, `Samsung Display Vietnam`, `Siemens Energy Egypt`), as it is by the company and the state
alone (`Gazprom Armenia`): a body of its own, of that state. A state's office of an agency (`JICA Nepal Office`), a
headline's verb or an office after the name are no unit words."""

import pytest

from pipelines.extract.article import extract_article


def organizations(text):
    return {
        (a.name, a.country)
        for a in extract_article("\nNote\n\n" + text + "\n").actors
        if a.actor_type == "organization"
    }


@pytest.mark.parametrize(
    ("sentence", "name", "state"),
    [
        ("SOCAR Energy Georgia plans to invest 100 million lari in filling stations.", "SOCAR Energy Georgia", "GEO"),
        ("The plant is run by Samsung Display Vietnam, which employs 30,000 people.", "Samsung Display Vietnam", "VNM"),
        ("Siemens Energy Egypt will build the substation near Aswan.", "Siemens Energy Egypt", "EGY"),
        ("Huawei Technologies Kenya signed a deal with the operator on Monday.", "Huawei Technologies Kenya", "KEN"),
        ("Gazprom Armenia will upgrade the grid in Yerevan.", "Gazprom Armenia", "ARM"),
        ("Enel Green Power Chile opened a solar park in the Atacama.", "Enel Green Power Chile", "CHL"),
    ],
)
def test_a_company_s_unit_in_a_state_is_a_body_of_that_state(sentence, name, state):
    assert (name, state) in organizations(sentence)


@pytest.mark.parametrize(
    ("sentence", "not_name"),
    [
        ("Samsung Chairman Kenya visited the plant.", "Samsung Chairman Kenya"),
        ("Gazprom Says Armenia Will Pay More", "Gazprom Says Armenia"),
    ],
)
def test_an_office_or_a_verb_is_no_unit_word(sentence, not_name):
    assert not_name not in {name for name, _state in organizations(sentence)}
