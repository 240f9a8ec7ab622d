"""Places and feasts the model reads as persons: a name after `at`, `desde` or `depuis` (`met the premier at
NAME on Monday`), unless a possessive follows it (`at NAME's invitation`), and a feast's name (`after Eid
al-Fitr`, `for Kurban Bayrami`). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, place, language",
    [
        (
            "ROME — Albania's Prime Minister Edi Rama met the Italian premier at Villa Doria on Monday.",
            "Villa Doria",
            "en",
        ),
        ("Governor Ganjar received the investors at Puri Agung on Tuesday.", "Puri Agung", "en"),
        ("El plan busca exportar gas natural licuado desde Loma Campana antes de 2027.", "Loma Campana", "es"),
        ("Le convoi est parti depuis Keur Massar mardi matin, a indiqué la police.", "Keur Massar", "fr"),
        ("Construction is expected to begin after Eid al-Fitr, the company said.", "Eid al-Fitr", "en"),
        ("The commission's first session is planned for Kurban Bayrami in November.", "Kurban Bayrami", "en"),
        ("Loading resumes after Tsagaan Sar on 22 February, when the holiday closes the border.", "Tsagaan Sar", "en"),
    ],
)
def test_a_place_or_a_feast_is_no_person(text, place, language):
    assert place not in persons(text, language)


@pytest.mark.parametrize(
    "text, person",
    [
        ("The delegation arrived at Rachel Obuya's invitation, the ministry said.", "Rachel Obuya"),
        ("At the meeting, Rachel Obuya, a trade expert, said the loan was signed.", "Rachel Obuya"),
        ('"The loan is signed," said Rachel Obuya at the hotel.', "Rachel Obuya"),
        ("The talks were chaired by Elena Marsh, a UN envoy, at the hotel.", "Elena Marsh"),
    ],
)
def test_a_person_near_those_words_stays(text, person):
    assert person in persons(text)
