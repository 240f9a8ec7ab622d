"""A total whose parts are listed after it ("deals worth $12 billion, including $7 billion in investments") is not
what its parts are: with no subject of its own named, it is other, and each part keeps its own; every sentence
here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Firms from both countries signed deals worth $12 billion, including $7 billion in investments and "
            "$5 billion in loans.",
            "en",
            ["other", "investment", "loan"],
        ),
        (
            "The visit produced agreements worth 2 billion euros, including a 500 million euro credit line.",
            "en",
            ["other", "loan"],
        ),
        (
            "Las empresas firmaron acuerdos por valor de 900 millones de dólares, incluidas inversiones en minería.",
            "es",
            ["other"],
        ),
    ],
)
def test_a_whole_is_not_what_its_listed_parts_are(text, language, expected):
    assert _subjects(text, language) == expected
