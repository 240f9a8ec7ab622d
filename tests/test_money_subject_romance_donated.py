"""A government that donated a figure gives aid, in Spanish and Portuguese as in English, whatever works the
money is for ("donó", "doou": past forms the donation stems miss). Every sentence was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El gobierno español donó 3 millones de euros para la construcción de un hospital en Haití.", "es"),
        ("O governo japonês doou R$ 12 milhões para obras e equipamentos da escola em Maputo.", "pt"),
        ("The Spanish government donated €3 million for the construction of a hospital in Haiti.", "en"),
    ],
)
def test_a_government_that_donated_gives_aid(text, language):
    assert [m.subject for m in extract_money(text, language=language)] == ["aid"]
