"""`Cheikh`, `Sheikh`, `Serigne` open many a West African or South Asian person's own name: kept when the text
gives two name words or more after them with no word of lineage; a Gulf ruler's `Sheikh NAME bin NAME Al NAME`
stays a title (`person_given_titles.py`). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, name, language",
    [
        ("Senegal's former foreign minister Cheikh Tidiane Gadio visited Mali.", "Cheikh Tidiane Gadio", "en"),
        ("Foreign Minister Cheikh Tidiane Gadio met his Moroccan counterpart.", "Cheikh Tidiane Gadio", "en"),
        ("Senegalese minister Cheikh Oumar Anne met the delegation from Ghana.", "Cheikh Oumar Anne", "en"),
        ("Le ministre sénégalais de l'Énergie, Cheikh Bamba Dièye, a reçu la délégation.", "Cheikh Bamba Dièye", "fr"),
        ("Interior Minister Sheikh Rasheed Ahmed said the border would reopen.", "Sheikh Rasheed Ahmed", "en"),
    ],
)
def test_a_given_name_title_stays_in_a_full_name(text, name, language):
    assert name in persons(text, language)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met the Turkish president.", "Tamim bin Hamad Al Thani"),
        ("Kuwait's Prime Minister Sheikh Sabah Al-Khalid Al-Sabah received the envoy.", "Sabah Al-Khalid Al-Sabah"),
        ("Bangladesh's Prime Minister Sheikh Hasina met the Indian minister.", "Sheikh Hasina"),
    ],
)
def test_a_title_before_a_name_of_lineage_is_no_name(text, name):
    assert name in persons(text)
