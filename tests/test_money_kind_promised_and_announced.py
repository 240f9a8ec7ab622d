"""Kind of money promised or announced for someone: a promise or an announcement of a sum ("Canada announced C$40
million for flood relief", "la France a promis", "o BNDES anunciou uma linha de") is money pledged (commitment),
and, where the sentence says not what it is, it is of what the sentence before gives. Every sentence here was
written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _first(text: str, language: str = "en") -> tuple[str, str]:
    found = extract_money(text, language=language)[0]
    return found.kind, found.subject


@pytest.mark.parametrize(
    "text, language",
    [
        ("Canada announced C$40 million for flood relief in Sindh on Wednesday.", "en"),
        ("The Nordic ministers promised $250 million to help Moldova rebuild its grid.", "en"),
        ("El Gobierno anunció 90 millones de dólares para las obras del puerto de Arica.", "es"),
        ("La France a promis 50 millions d'euros pour la reconstruction du port de Beyrouth.", "fr"),
        ("O Banco do Nordeste anunciou uma linha de R$ 800 milhões para cooperativas do Ceará.", "pt"),
    ],
)
def test_money_promised_or_announced_is_pledged(text, language):
    assert _first(text, language)[0] == "commitment"


def test_money_promised_without_its_subject_is_of_what_the_sentence_before_gives():
    text = (
        "Donors met in Geneva to raise humanitarian aid for Sudan. "
        "The Gulf states promised up to $600 million a year to help Khartoum rebuild."
    )
    assert _first(text.split(". ", 1)[1]) == ("commitment", "other")
    assert [m.subject for m in extract_money(text)] == ["aid"]


@pytest.mark.parametrize(
    "text, kind",
    [
        # an announcement of a result or a level reported stays what its own words say
        ("The ministry announced that exports reached $2.1 billion in 2023.", "actual"),
        ("The firm announced net income of $45 million for the quarter.", "actual"),
        # a promise to reach a level of trade is a goal
        ("Both leaders promised to raise bilateral trade to $5 billion by 2028.", "target"),
    ],
)
def test_an_announced_result_or_a_promised_level_keeps_its_kind(text, kind):
    assert _first(text)[0] == kind
