"""Cue words in another sense. A port that describes a city ("the port city of Tianjin", "la ville portuaire de
Tanger") and a warship's port call ("will make port calls in Manila") name no transport; goods pumped or poured into
works ("could pump 30 billion cubic metres a year into the line") are no capital put in. A port's works and traffic, and
money put into a firm, still count. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The carmaker will spend $90 million on an engine plant in the port city of Dalian, it said on Monday.", "en"),
        ("Two frigates of the Indian Navy will make port calls in Jakarta and Manila during the drills.", "en"),
        ("L'usine de câbles sera installée dans la ville portuaire de Tanger, a annoncé l'entreprise.", "fr"),
        ("La fábrica de motores estará en la ciudad portuaria de Rosario, dijo el gobernador.", "es"),
    ],
)
def test_a_port_of_a_city_or_a_call_is_no_transport(text: str, language: str) -> None:
    assert "transport" not in sectors_of(text, language)


def test_goods_pumped_are_no_capital() -> None:
    text = "Ashgabat could pump up to 25 billion cubic metres a year into the proposed pipeline, the minister said."
    assert "investment" not in sectors_of(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Both governments agreed to expand the port of Gdansk and to double its container traffic.", "transport"),
        ("The fund will put $300 million into the Kenyan start-up over five years, its partners said.", "investment"),
    ],
)
def test_a_port_and_capital_still_count(text: str, sector: str) -> None:
    assert sector in sectors_of(text)
