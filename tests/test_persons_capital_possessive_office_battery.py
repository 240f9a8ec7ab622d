"""Battery: an office after a name opened by a city's possessive ("NAME, Moscow's envoy in Berlin", "NAME,
Beijing's ambassador to Kenya", "NAME, Tokyo's ambassador in Manila"): the press names a state by its capital, so the
office is that state's, not the host's. Sentences written for the test, of every region."""

from __future__ import annotations

import pytest

from pipelines.extract.actors.countries import country_in
from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings


def _states(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract_article(text, default_settings()).actors if a.actor_type == "person"}


CASES = [
    (
        "BRASILIA - Brazil and Angola signed three agreements on Tuesday. Foreign Minister Mauro Vieira said trade "
        "would double. Joaquim Neto, Luanda's envoy in Brasília, attended the ceremony.",
        "Joaquim Neto",
        "AGO",
    ),
    (
        "Iran and Saudi Arabia reopened embassies. Foreign Minister Faisal bin Farhan met Iranian officials. "
        "Abdullah Al-Rashid, Riyadh's envoy to Iran, attended.",
        "Abdullah Al-Rashid",
        "SAU",
    ),
    (
        "NAIROBI - Kenya and China signed the deal. Wu Peng, Beijing's ambassador to Kenya, said the line would open "
        "in June. Treasury Secretary Henry Rotich signed for Kenya.",
        "Wu Peng",
        "CHN",
    ),
    (
        "MANILA - The Philippines and Japan signed a loan for the railway. Finance Secretary Carlos Reyes signed "
        "for Manila. Koji Tanaka, Tokyo's ambassador in Manila, said more loans would follow.",
        "Koji Tanaka",
        "JPN",
    ),
    (
        "ANKARA - Turkey and Azerbaijan agreed to expand the pipeline. Energy Minister Alparslan Bayraktar hosted "
        "the talks. Rashad Mammadov, Baku's ambassador in Ankara, welcomed the deal.",
        "Rashad Mammadov",
        "AZE",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), CASES)
def test_a_capitals_possessive_after_the_name_gives_its_state(text, name, state):
    assert _states(text)[name] == state


@pytest.mark.parametrize(
    ("office", "state"),
    [("Moscow's envoy", "RUS"), ("Nairobi's envoy", "KEN"), ("Lima's ambassador", "PER"), ("Mayor of London", "GBR")],
)
def test_a_city_possessive_opening_an_office_names_the_citys_state(office, state):
    assert country_in(office) == state
