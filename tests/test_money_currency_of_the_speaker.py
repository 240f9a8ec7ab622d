"""Which state's rupee or peso a bare token is, where the amount's sentence names two states once each: the one
named first in the amount's own clause speaks (a seller, a debtor, a government that sets money aside); and a
page's dateline says whose money a sentence that names no state counts in. Every sentence is written for these
tests."""

import pytest

from pipelines.extract.money import extract_money

_INDIA_TALK = "India's envoy met India's bankers; New Delhi and India want a deal with Indian firms."


def _currencies(text: str, language: str = "en") -> list[str]:
    return [m.currency for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        (f"{_INDIA_TALK} Sri Lanka's power board paid Rs 6 billion to India's NTPC last year.", "en", "LKR"),
        (f"{_INDIA_TALK} Nepal's airline owes India's fuel company Rs 2.1 billion.", "en", "NPR"),
        (
            f"{_INDIA_TALK} India offered engineers, while Sri Lanka's treasury set aside Rs 30 billion for it.",
            "en",
            "LKR",
        ),
        (
            "Argentina y la Argentina de YPF hablan con Argentina. La argentina YPF estudia el yacimiento, "
            "y el Gobierno chileno aportará 2.000 millones de pesos al fondo.",
            "es",
            "CLP",
        ),
        # the first state of a sentence that names two gives, as before: India's credit to Sri Lanka
        ("Sri Lanka, Sri Lanka and Colombo. India extended Rs 4,000 crore to Sri Lanka.", "en", "INR"),
    ],
)
def test_the_state_named_first_in_the_clause_speaks(text, language, currency):
    assert _currencies(text, language) == [currency]


@pytest.mark.parametrize(
    ("dateline", "currency"),
    [
        ("COLOMBO, May 4 -", "LKR"),
        ("KATHMANDU, June 2 (RSS):", "NPR"),
        ("NEW DELHI, June 2 (PTI) -", "INR"),
    ],
)
def test_a_datelined_page_counts_its_bare_rupees_in_its_own(dateline, currency):
    story = (
        f"{dateline} The treasury will spend Rs. 90 billion on rural roads, the finance minister said.\n\n"
        "Envoys of India, Sri Lanka and Nepal met in Colombo, Kathmandu and New Delhi. India's bankers, Indian "
        "engineers and India's railways will help."
    )
    assert _currencies(story) == [currency]


def test_a_dateline_state_the_story_never_names_decides_nothing():
    story = (
        "DHAKA, May 4 - The treasury will spend Rs. 90 billion on rural roads, India's finance minister said.\n\n"
        "India's bankers and Indian engineers will help."
    )
    assert _currencies(story) == ["INR"]
