"""A donors' or pledging conference is where the sides raise aid for a state in need: humanitarian work, in English,
Spanish, French and Portuguese. A conference named in capitals is a name, read as names are. Every sentence was
written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str = "en") -> set[str]:
    return {h.sector for h in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway will host a donors' conference in Oslo in May to raise $2 billion for Somalia.", "en"),
        ("Ethiopia took its plan to the donor conference in Addis Ababa last week.", "en"),
        ("Japan pledged $300 million at the donors’ meeting in Tokyo on Thursday.", "en"),
        ("The United Nations and Jordan will co-chair a pledging conference for Syria in Amman next month.", "en"),
        ("Grants of $40 million for clinics in Tigray were promised at the London donors' conference.", "en"),
        ("Myanmar's neighbours agreed to meet again at a donor meeting in Bangkok before the monsoon.", "en"),
        ("Colombia presentará su plan en la conferencia de donantes de Bruselas en octubre.", "es"),
        ("Le Sénégal a annoncé 20 millions de dollars lors de la conférence des donateurs pour le Sahel.", "fr"),
        ("Portugal anunciou 10 milhões de euros na conferência de doadores para Moçambique.", "pt"),
    ],
)
def test_a_pledging_conference_is_humanitarian(text: str, language: str) -> None:
    assert "humanitarian" in _sectors(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The trade ministers met in Geneva to discuss tariffs on steel.",
        "Investors will meet at the annual business conference in Dubai next week.",
    ],
)
def test_other_conferences_are_no_aid(text: str) -> None:
    assert "humanitarian" not in _sectors(text)
