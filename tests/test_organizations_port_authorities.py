"""A port's authority is named with the port first (`Port of Durban Authority`): the name starts at `Port`, not after
its `of`; a port named alone is a place, and a body named after a port's city keeps its own name."""

import pytest

from pipelines.extract.article import extract_article


def organizations(text):
    return {a.name for a in extract_article(text).actors if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Engineers from the Port of Durban Authority inspected the new berth.", "Port of Durban Authority"),
        ("The Port of Rotterdam Authority and Maersk signed a deal on Monday.", "Port of Rotterdam Authority"),
        ("A loan to the Port of Lobito Corporation was approved in Luanda.", "Port of Lobito Corporation"),
        ("Tariffs set by the Port of Chittagong Authority rose by a tenth.", "Port of Chittagong Authority"),
    ],
)
def test_a_port_s_authority_is_named_from_the_port(text, authority):
    found = organizations(text)
    assert authority in found
    assert authority.removeprefix("Port of ") not in found


def test_a_port_alone_is_a_place():
    found = organizations("Ships reached the Port of Mombasa on Monday, the Kenya Ports Authority said.")
    assert found == {"Kenya Ports Authority"}
