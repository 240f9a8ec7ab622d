"""Training given in a sentence that names a force is the force's own ("equipment and training for the border police",
"training for the navy's divers"), no schooling; training of anyone else is still education. Every sentence was
written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The package provides $40 million in equipment and training for the border police of Moldova.", "en"),
        ("The US delivered helicopters and training to the Colombian navy last year, the two governments said.", "en"),
        ("El acuerdo incluye equipos y capacitación para la policía nacional de Honduras.", "es"),
    ],
)
def test_training_of_a_force_is_no_education(text, language):
    assert "education" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The agreement provides training for 300 nurses and teachers in rural districts.",
        "The two countries signed an agreement on vocational training for young people.",
    ],
)
def test_training_of_others_is_education(text):
    assert "education" in sectors_of(text)
