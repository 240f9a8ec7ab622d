"""Training that a course, a school or a place of study holds is schooling, whoever attends it: "a hydrographic training
course for navy officers", "training slots at the defense university", "un curso de formación para policías" are
education beside the force's own sector; training given to a force without a course stays the force's. Every sentence
was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str = "en") -> set[str]:
    return {h.sector for h in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Canberra will fund a hydrographic training course for Vietnam People's Navy officers next year.", "en"),
        ("India will offer 50 training slots to Maldivian coast guard officers at its naval academy.", "en"),
        ("Turkey will run training courses for 200 Somali army officers in Ankara.", "en"),
        ("The agreement sets up a training college for the police of Papua New Guinea, funded by Australia.", "en"),
        ("Chile ofrecerá un curso de formación para 40 policías de Haití en Santiago.", "es"),
        ("La France financera un stage de formation pour les officiers de la marine sénégalaise.", "fr"),
        ("Portugal vai organizar um curso de formação para 30 militares de Timor-Leste.", "pt"),
    ],
)
def test_a_course_for_a_force_is_education(text: str, language: str) -> None:
    assert "education" in _sectors(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The package provides $30 million in equipment and training for the border police of Georgia.", "en"),
        ("Japan delivered patrol boats and training to the Philippine coast guard last year.", "en"),
        ("El acuerdo incluye equipos y capacitación para la policía de Guatemala.", "es"),
    ],
)
def test_training_given_to_a_force_stays_the_forces(text: str, language: str) -> None:
    assert "education" not in _sectors(text, language)
