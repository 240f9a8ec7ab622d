"""Money read where the dev corpora are silent: a rupee written by an outlet of the state it belongs to, a
Pakistani `PRs`, a plural currency name in Spanish. Every sentence is written for these tests."""

import pytest

from pipelines.extract.metadata import url_state
from pipelines.extract.money import extract_money


def _read(text: str, language: str = "en", url: str | None = None) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in extract_money(text, language=language, url=url)]


def test_pakistani_prs_and_spanish_plural_tenges_are_read():
    assert _read("The Sindh cabinet set aside PRs12 billion for flood relief.") == [(12e9, "PKR")]
    assert _read("Astaná invertirá 75.000 millones de tenges en el puerto.", "es") == [(75e9, "KZT")]


def test_a_rupee_is_that_of_the_outlets_state_when_the_article_names_that_state():
    story = (
        "India will widen its credit line to Sri Lanka, the Indian envoy said after Indian officials met "
        "Indian bankers.\n\nThe treasury owes state banks Rs. 320 billion, the minister told Sri Lanka's "
        "parliament.\n\nThe treasury will repay Rs. 20 billion this month, the finance minister said."
    )
    assert _read(story, url="https://www.island.lk/news/credit-line")[1:] == [(20e9, "LKR")]
    assert _read(story, url="https://www.example.com/news/credit-line")[1:] == [(20e9, "INR")]
    # an outlet whose state the story never names says nothing of its rupees
    assert _read(story, url="https://www.dawn.pk/news/1")[1:] == [(20e9, "INR")]


@pytest.mark.parametrize(
    ("url", "state"),
    [
        ("https://www.dailynews.lk/2022/05/01/x", "LKA"),
        ("http://www.bbc.co.uk/news", "GBR"),
        ("https://tribune.com.pk/story/1", "PAK"),
        ("https://example.com/a", None),
        ("https://channel.tv/a", None),
        (None, None),
    ],
)
def test_url_state_reads_country_code_domains(url, state):
    assert url_state(url) == state
