"""A declaration that leaders adopt on a field ("a Declaration on Labour Migration") is an agreement on it, as a
Memorandum or a Protocol on it is: the field's sector. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The leaders adopted the Bali Declaration on Labour Migration at the close of the summit.", "en", "labour"),
        ("The summit ended with a Joint Declaration on Combating Drug Trafficking.", "en", "security"),
    ],
)
def test_a_declaration_on_a_field_is_its_sector(text: str, language: str, sector: str) -> None:
    assert sector in sectors_of(text, language)
