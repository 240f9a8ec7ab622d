"""Kind of the value of works only talked of: a project a meeting discusses, or one a party has an interest in,
named a few words before its value ("discussed the $17 billion Development Road project", "expressed interest in a
port project worth"), is other: no money is pledged, contracted or reported for it; works signed for, financed or
being built stay committed. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two leaders discussed the $17 billion Northern Corridor railway project.", "en"),
        ("The ministers held talks on a proposed $4 billion gas pipeline to the coast.", "en"),
        ("Tokyo has expressed interest in a $2 billion port project near Mombasa.", "en"),
        ("They also discussed projects worth some $8 billion in energy and transport.", "en"),
        ("Officials explored a possible $900 million bridge across the river.", "en"),
        ("Los ministros analizaron el proyecto ferroviario de 2.000 millones de dólares.", "es"),
        ("Les deux parties ont évoqué un projet de barrage de 3 milliards de dollars.", "fr"),
        ("Os presidentes discutiram um projeto de US$ 5 bilhões para a ferrovia.", "pt"),
    ],
)
def test_the_value_of_works_only_talked_of_is_other(text, language):
    assert _kinds(text, language) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "China signed a $2 billion railway project with Kenya.",
        "They discussed and signed agreements for projects worth $3.5 billion.",
        "The bank will finance the $700 million port project.",
    ],
)
def test_works_signed_for_or_financed_stay_committed(text):
    assert _kinds(text) == ["commitment"]
