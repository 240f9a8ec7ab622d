"""A body a state's possessive or demonym names, spelled out before its acronym in brackets, is that state's:
`Kenya's Ministry of Roads and Transport (MRT)`, `the Philippines' Department of Public Works and Highways (DPWH)`.
The acronym's definition used to drop the state the words before the name give. Sentences written for these
tests, from every region."""

import pytest

from pipelines.extract.actors import extract_actors


def states(text):
    return {a.name: a.country for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "The firm signed a contract with Kenya's Ministry of Roads and Transport (MRT) for the bypass.",
            "Ministry of Roads and Transport",
            "KEN",
        ),
        (
            "China Harbour signed with the Philippines' Department of Public Works and Highways (DPWH) on Monday.",
            "Department of Public Works and Highways",
            "PHL",
        ),
        (
            "Officials of Peru's National Water Authority (NWA) met the Chilean delegation in Lima.",
            "National Water Authority",
            "PER",
        ),
        (
            "The Indonesian Ministry of Energy and Mineral Resources (ESDM) approved the smelter plan.",
            "Ministry of Energy and Mineral Resources",
            "IDN",
        ),
        (
            "Uzbekistan's Agency for Strategic Reforms (ASR) will host the Korean experts.",
            "Agency for Strategic Reforms",
            "UZB",
        ),
        (
            "Ghana's Environmental Protection Agency (EPA) inspected the Chinese-built plant.",
            "Environmental Protection Agency",
            "GHA",
        ),
    ],
)
def test_the_state_before_a_spelled_out_body_is_its_own(text, name, state):
    assert states(text).get(name) == state
