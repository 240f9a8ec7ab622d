"""A body's own unit named by its task or its region (`the Press Service`, `the Media Relations Office`, `the Asia
Department`, `the Western Hemisphere Department`) or an outlet's desk named by its city (`the Washington Bureau`)
is the body's, no actor of its own: alone it names none; with `of the` the body after it. A government's body
named by a portfolio stays one (`Foreign Office`, `Economic Affairs Division`, `Communications Directorate`).
Words in unit_heads and unit_words. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The ministry's Press Service said the talks in Baku would resume on Monday.", "Press Service"),
        ("According to the Press Office, the president will travel to Nairobi next week.", "Press Office"),
        ("A statement from the Media Relations Office said the visit went well.", "Media Relations Office"),
        ("The bank's Asia Department prepared the loan for Mongolia.", "Asia Department"),
        ("The Protocol Department confirmed that the delegation from Ghana had arrived.", "Protocol Department"),
        ("Officials of the Europe Division flew to Lisbon to prepare the summit.", "Europe Division"),
        (
            "The fund's Western Hemisphere Department said Argentina's program was on track.",
            "Western Hemisphere Department",
        ),
        ("The ministry's Legal Department reviewed the agreement with Qatar.", "Legal Department"),
        (
            "The IMF's Middle East and Central Asia Department released its outlook.",
            "Middle East and Central Asia Department",
        ),
        ('"The talks were frank," the newspaper\'s Washington Bureau reported on Monday.', "Washington Bureau"),
    ],
)
def test_a_unit_named_by_its_task_or_region_is_no_body(text, unit):
    assert unit not in organizations(text)


def test_a_unit_of_a_named_body_is_that_body():
    found = organizations("The Europe and Central Asia Department of the World Bank approved the loan for Uzbekistan.")
    assert found == {"World Bank"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Foreign Office summoned the Iranian ambassador on Tuesday.", "Foreign Office"),
        ("The Cabinet Office said the prime minister would visit Tokyo.", "Cabinet Office"),
        ("The Press Information Bureau released the minister's remarks in New Delhi.", "Press Information Bureau"),
        ("The European Patent Office granted the Chinese firm a patent.", "European Patent Office"),
        ("The Economic Affairs Division signed the loan with the Asian Development Bank.", "Economic Affairs Division"),
        ("Turkey's Communications Directorate said the president would visit Baku.", "Communications Directorate"),
        ("The European External Action Service condemned the attack.", "European External Action Service"),
    ],
)
def test_a_body_named_by_a_portfolio_stays_one(text, body):
    assert body in organizations(text)
