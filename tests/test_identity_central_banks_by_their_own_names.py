"""Identity across articles: a state's central bank named by its own name (`Bank of Russia`, `Bank Indonesia`,
`Banco de México`, `National Bank of Ukraine`, `Reserve Bank` of New Zealand) is the bank an article calls that
state's central bank; a commercial bank whose name has the same shape in another state (`Bank of China`,
`National Bank of Egypt`, `Banco do Brasil`) is not. Names written for these tests."""

import pytest

from tests.conftest import body_mention, identity_ids


@pytest.mark.parametrize(
    ("own", "generic", "state"),
    [
        ("Bank of Russia", "Central Bank of Russia", None),
        ("Bank Indonesia", "Indonesian Central Bank", None),
        ("Banco de México", "Mexican central bank", None),
        ("Bank of Mexico", "Banco Central de México", None),
        ("National Bank of Ukraine", "Central Bank of Ukraine", None),
        ("Swiss National Bank", "Central Bank of Switzerland", None),
        ("Reserve Bank", "Central Bank", "NZL"),
        ("Banque de France", "French central bank", None),
        ("State Bank of Vietnam", "Vietnamese Central Bank", None),
        ("Bank of Ghana", "Central Bank of Ghana", None),
    ],
)
def test_a_central_bank_by_its_own_name_is_its_states_central_bank(own, generic, state):
    ids = identity_ids([body_mention("a1", own, state), body_mention("a2", generic, state)])
    assert ids[0] == ids[1]


@pytest.mark.parametrize(
    ("bank", "central"),
    [
        ("Bank of China", "Central Bank of China"),
        ("Bank of India", "Reserve Bank of India"),
        ("National Bank of Egypt", "Central Bank of Egypt"),
        ("Banco do Brasil", "Banco Central do Brasil"),
        ("National Bank of Pakistan", "State Bank of Pakistan"),
    ],
)
def test_a_commercial_bank_named_like_a_central_bank_of_another_state_is_not_its_central_bank(bank, central):
    ids = identity_ids([body_mention("a1", bank), body_mention("a2", central)])
    assert ids[0] != ids[1]


def test_a_known_central_bank_keeps_its_id_when_a_generic_name_of_it_comes_first():
    mentions = [body_mention("a1", "central bank", "CHN"), body_mention("a2", "People's Bank of China", "CHN")]
    assert identity_ids(mentions) == ["pboc", "pboc"]
