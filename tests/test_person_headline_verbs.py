"""A headline's verb in title case after two leaders' offices ("... Prime Minister Hold Talks in Tokyo", "...
Crown Prince Discuss Energy Links") is no person's name. Headlines written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


@pytest.mark.parametrize(
    "headline",
    [
        "Custodian of the Two Holy Mosques, Japanese Prime Minister Hold Talks in Tokyo",
        "Egyptian President, Saudi Crown Prince Discuss Energy Links",
        "Pakistani Premier, Qatari Emir Mull LNG Price Cut",
        "Mongolian Prime Minister, Korean President Eye Rare Earth Deal",
    ],
)
def test_a_headline_verb_after_an_office_is_no_name(headline):
    text = f"{headline}\n\nThe two sides met on Monday. Foreign Minister Hakan Fidan attended the talks in Ankara."
    assert [a.name for a in extract_actors(text) if a.actor_type == "person"] == ["Hakan Fidan"]
