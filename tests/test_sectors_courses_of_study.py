"""Education named without its own word: a course of study that people take ("will begin a two-year course", "un curso
de seis semanas", "participarão de um curso") and people who will learn to do a thing ("apprendront à entretenir") are
schooling. A course of events, of action or of water, and a habit learned, are not. Every sentence was written for these
tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Nine Tongan nurses will begin a one-year course at a hospital in Auckland in February.", "en"),
        ("Thirty meter readers from Lusaka flew to Osaka for a three-week course on leak detection.", "en"),
        ("Hanoi's railway staff attended a short course in Lyon before the line opened.", "en"),
        ("Once in Tianjin the drivers will learn to operate the new metro sets.", "en"),
        ("Veinte guardaparques bolivianos harán un curso de seis semanas en Costa Rica.", "es"),
        ("Agrônomos angolanos participarão de um curso em Sete Lagoas no segundo semestre.", "pt"),
        ("À Dakar, les techniciens apprendront à réparer les pompes solaires.", "fr"),
    ],
)
def test_a_course_taken_or_people_learning_a_skill_is_education(text: str, language: str) -> None:
    assert "education" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("In the course of the talks, the two leaders also spoke about Gaza.", "en"),
        ("Officials said Kyiv would stay on course for membership despite the war.", "en"),
        ("After the vote the cabinet took a more cautious course on tariffs.", "en"),
        ("Markets have learned to live with high rates, the governor said.", "en"),
        ("Las obras desviaron el curso de agua que cruza la finca.", "es"),
    ],
)
def test_a_course_of_events_or_a_habit_is_no_education(text: str, language: str) -> None:
    assert "education" not in sectors_of(text, language)
