"""Identity across articles: a body named without its state, whose actor is given one (`State Oil Fund`, of
Azerbaijan), is the body another article names with that state's name or demonym before it or `of` and the state
after it (`State Oil Fund of Azerbaijan`, `Libyan National Oil Company`); given another state or none, it stays
apart. Names written for these tests."""

import pytest

from tests.conftest import body_mention, identity_ids


@pytest.mark.parametrize(
    ("full", "bare", "state", "one"),
    [
        ("State Oil Fund of Azerbaijan", "State Oil Fund", "AZE", True),
        ("Sovereign Fund of Egypt", "Sovereign Fund", "EGY", True),
        ("Libyan National Oil Company", "National Oil Company", "LBY", True),
        ("Mongolian Stock Exchange", "Stock Exchange", "MNG", True),
        ("Uzbek Railways", "Railways", "UZB", False),  # one word left: too little to name a body
        ("State Oil Fund of Azerbaijan", "State Oil Fund", "KAZ", False),
        ("Sovereign Fund of Egypt", "Sovereign Fund", None, False),
        ("Libyan National Oil Company", "National Oil Company", "NGA", False),
    ],
)
def test_a_body_named_without_its_state_is_the_one_named_with_it(full, bare, state, one):
    ids = identity_ids([body_mention("a1", full), body_mention("a2", bare, state)])
    assert (ids[0] == ids[1]) is one
