"""Identity across articles: one acronym spelled by the full names of two bodies of different states (a press
agency of Senegal and one of Algeria, both `APS`). Each mention of the acronym joins the one body it may be, the
body of the state the extractor gave it; a mention that both bodies fit (given no state where its article names
both) or neither (given a third state) stays apart. Names written for these tests."""

import pytest

from tests.conftest import body_mention, country_mention, identity_ids

# (state, full name) of two bodies that share an acronym
PAIRS = [
    ("ACN", (("SEN", "Agence Casamançaise de Nouvelles"), ("DZA", "Agence Constantinoise de Nouvelles"))),
    ("INP", (("ARG", "Instituto Nacional de Pesca"), ("PER", "Instituto Nacional de Puertos"))),
    ("CFM", (("MOZ", "Caminhos de Ferro Meridionais"), ("AGO", "Companhia Ferroviária do Moxico"))),
    ("NPA", (("NGA", "Northern Ports Agency"), ("ZAF", "National Pipeline Authority"))),
]


def _mentions(acronym: str, bodies) -> list:
    """Each body's full name in an article naming its state, then the acronym given each state."""
    (state_a, full_a), (state_b, full_b) = bodies
    return [
        country_mention("a1", state_a),
        body_mention("a1", full_a),
        country_mention("a2", state_b),
        body_mention("a2", full_b),
        country_mention("a3", state_a),
        body_mention("a3", acronym, state_a),
        country_mention("a4", state_b),
        body_mention("a4", acronym, state_b),
        body_mention("a5", acronym, state_a),
    ]


@pytest.mark.parametrize(("acronym", "bodies"), PAIRS)
def test_each_mention_of_a_shared_acronym_joins_the_body_of_its_state(acronym, bodies):
    ids = identity_ids(_mentions(acronym, bodies))
    full_a, full_b, acronym_a, acronym_b, acronym_given_a = ids[1], ids[3], ids[5], ids[7], ids[8]
    assert full_a == acronym_a == acronym_given_a
    assert full_b == acronym_b
    assert full_a != full_b


@pytest.mark.parametrize(("acronym", "bodies"), PAIRS)
def test_a_mention_in_an_article_naming_both_states_or_neither_joins_no_body(acronym, bodies):
    (state_a, _), (state_b, _) = bodies
    mentions = [
        *_mentions(acronym, bodies),
        country_mention("a6", state_a),
        country_mention("a6", state_b),
        body_mention("a6", acronym),
        country_mention("a7", "FRA"),
        body_mention("a7", acronym, "FRA"),
    ]
    ids = identity_ids(mentions)
    full_a, full_b, both, neither = ids[1], ids[3], ids[-4], ids[-1]
    assert both not in (full_a, full_b)
    assert neither not in (full_a, full_b)
