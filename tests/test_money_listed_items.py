"""Amounts listed under one verb: an item that names only who before its figure, after a comma or a semicolon
("The United States pledged $480 million; the European Union €150 million; Germany €60 million"), is of the kind
and subject of the item whose verb it shares; items that each carry their own noun ("AIIB loan USD 27.5 million;
Government of Tajikistan USD 16 million") or their own verb keep theirs. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "At the Cairo conference Norway pledged $90 million in grants; the European Union €70 million; "
            "Japan $40 million.",
            "en",
        ),
        (
            "Kuwait donated $30 million in humanitarian aid; Qatar $25 million; "
            "and the United Arab Emirates $20 million.",
            "en",
        ),
        (
            "El BID prestará 300 millones de dólares al puerto; el Banco Mundial, 200 millones de dólares; "
            "la CAF, 150 millones de dólares.",
            "es",
        ),
        (
            "La Banque mondiale a accordé un prêt de 80 millions d'euros ; l'Union européenne 60 millions d'euros ; "
            "la BAD 40 millions d'euros.",
            "fr",
        ),
        (
            "O Japão doou 30 milhões de dólares em ajuda humanitária; a Coreia do Sul 20 milhões de dólares; "
            "a China 15 milhões de dólares.",
            "pt",
        ),
    ],
)
def test_items_naming_only_who_share_the_first_items_verb(text, language):
    read = _read(text, language)
    assert len(read) == 3 and read[0][0] == "commitment" and len(set(read)) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Funding: ADB loan USD 40 million; OPEC Fund loan USD 25 million; Government of Laos USD 9 million.",
            [("commitment", "loan"), ("commitment", "loan"), ("other", "other")],
        ),
        (
            "The bank approved $300 million for Kenyan roads; Kenya's share of the works is $50 million.",
            [("commitment", "loan"), ("actual", "other")],
        ),
    ],
)
def test_items_with_their_own_noun_or_verb_keep_their_reading(text, expected):
    assert _read(text) == expected
