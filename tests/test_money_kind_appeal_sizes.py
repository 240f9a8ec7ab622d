"""Kind of the size of a humanitarian appeal or plan: what appeals total or requirements stand at, and what a
response plan asks for, is a sum still to raise, a target of aid, though a verb reports it ("the 2024 appeals for Sudan
and Chad total", "humanitarian requirements for Yemen now stand at", "the Rohingya Response Plan asks for"); the
part of it received is reported. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


def _read(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 2024 appeals for Sudan and Chad total US$3.1 billion, the coordinator said.", "en"),
        ("Humanitarian requirements for Yemen now stand at US$2.7 billion.", "en"),
        ("The Rohingya Response Plan for 2023 asks for $876 million.", "en"),
        ("Humanitarian funding requirements for the Sahel reached $1.9 billion this year.", "en"),
        ("Los llamamientos para Haití suman 720 millones de dólares.", "es"),
        ("Les besoins humanitaires du Mali s'élèvent à 750 millions de dollars.", "fr"),
        ("O plano de resposta para Moçambique totaliza 510 milhões de dólares.", "pt"),
    ],
)
def test_the_size_of_an_appeal_is_a_sum_to_raise(text, language):
    assert _read(text, language) == [("target", "aid")]


def test_the_part_of_an_appeal_received_is_reported():
    text = "Humanitarian requirements for Somalia stand at US$1.5 billion, of which $600 million has been received."
    assert _kinds(text) == ["target", "actual"]
