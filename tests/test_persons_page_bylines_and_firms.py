"""Persons: bylines in page furniture, firms and places the model reads as persons; sentences written for these
tests."""

from pipelines.extract.actors import extract_actors
from tests.test_extract_actors import model_persons


def test_a_byline_after_a_publishing_verb_a_stamp_or_a_separator_is_no_person():
    text = (
        "Published on May 3, 2019 by Tomas Lindqvist\n"
        "Sweden and Kenya signed a trade accord, said Amina Odhiambo.\n"
        "June 2, 2021 at 8:15 pm | By Greta Holm\n"
        "Posted by Ruth Mwangi | Business | 2 comments\n"
    )
    proposed = ["Tomas Lindqvist", "Amina Odhiambo", "Greta Holm", "Ruth Mwangi"]
    assert set(model_persons(text, proposed)) == {"Amina Odhiambo"}


def test_a_name_read_by_the_writer_in_a_sentence_stays_a_person():
    text = "The plan, drafted by Amina Odhiambo, was posted online. Kenya and Sweden agreed."
    assert set(model_persons(text, ["Amina Odhiambo"])) == {"Amina Odhiambo"}


def test_a_proposed_name_with_a_separator_in_it_is_no_person():
    text = "Posted in Opinion\nRuth K. | Analysis\nKenya and Sweden agreed on Monday."
    assert model_persons(text, ["Ruth K. | Analysis"]) == {}


def test_a_company_named_after_a_known_brand_is_no_person():
    text = "Korea and Vietnam agreed. Samsung Heavy will build the ships, and Gazprom Neft signed a deal."
    assert model_persons(text, ["Samsung Heavy", "Gazprom Neft"]) == {}


def test_a_consortium_in_spanish_is_a_firm_not_a_person():
    text = "El consorcio Ruta Verde, formado por empresas chilenas, firmó el contrato con Perú."
    entities = [(text.index("Ruta Verde"), text.index("Ruta Verde") + len("Ruta Verde"), "PERSON")]
    found = {a.name: a.actor_type for a in extract_actors(text, (), None, entities, "es")}
    assert found.get("Ruta Verde") != "person"


def test_the_last_places_of_a_list_after_a_plural_place_word_are_no_persons():
    text = "Oman and India link the ports of Sohar and Mina Rashid, and the cities of Pune, Nagpur and Vasco Gama."
    assert model_persons(text, ["Mina Rashid", "Vasco Gama"]) == {}
    # a singular place word names one place; the person after it is named
    text = "The Emir of the State of Qatar, Tamim Al Thani, met Narendra Modi."
    assert set(model_persons(text, ["Tamim Al Thani", "Narendra Modi"])) == {"Tamim Al Thani", "Narendra Modi"}


def test_a_romance_name_after_a_contracted_article_is_a_thing():
    text = "El banco aprobó el préstamo para el tramo del Corredor Andino en Bolivia."
    entities = [(text.index("Corredor Andino"), text.index("Corredor Andino") + len("Corredor Andino"), "PERSON")]
    assert not [a for a in extract_actors(text, (), None, entities, "es") if a.actor_type == "person"]


def test_a_name_the_model_cuts_after_a_particle_runs_on_over_the_next_word():
    text = "Ursula van der Berg flew to Lima, and Karim ben Youssef Al Amri met her."
    entities = [(0, len("Ursula van der"), "PERSON"), (text.index("Berg"), text.index("Berg") + 4, "GPE")]
    start = text.index("Karim")
    entities += [(start, start + len("Karim ben Youssef Al Amri"), "PERSON")]
    found = {a.name for a in extract_actors(text, (), None, entities) if a.actor_type == "person"}
    assert found == {"Ursula van der Berg", "Karim ben Youssef Al Amri"}


def test_a_sultan_is_a_title_and_sayyid_an_honorific():
    found = {
        a.name
        for a in extract_actors(
            "His Majesty Sultan Faisal bin Omar received the envoy of Japan. Oman's delegation included Sayyid Hamad "
            "bin Said Al Harthy, Minister of Transport, and Sheikha Noor bint Ali Al Kindi, Minister of Health."
        )
        if a.actor_type == "person"
    }
    assert {"Faisal bin Omar", "Hamad bin Said Al Harthy", "Noor bint Ali Al Kindi"} <= found
    assert not {n for n in found if n.startswith(("Sultan", "Sayyid", "Sheikha"))}
    # a given name before `bin` stays a name
    found = {a.name for a in extract_actors("Minister Sultan bin Rashid Al Kaabi met Japan's envoy.")}
    assert "Sultan bin Rashid Al Kaabi" in found


def test_a_given_name_that_is_also_a_place_opens_a_name():
    text = (
        "Chile and Peru met in Lima, where the talks were led by the Vice Minister of Trade, Santiago Ruiz Lagos, "
        "alongside Peru's Salvador Quispe."
    )
    found = model_persons(text, ["Santiago Ruiz Lagos", "Salvador Quispe"])
    assert set(found) == {"Santiago Ruiz Lagos", "Salvador Quispe"}
    # the place alone, or before a word that makes it a place, is no person
    assert model_persons("Trade grew in Santiago Province and Chile agreed.", ["Santiago Province"]) == {}


def test_the_last_name_of_a_list_of_states_leaders_is_a_person():
    text = "The summit closed, said Kenya's Ruth Wambui, Ghana's Kofi Asante and Togo's Komi Agbeko, who met on Friday."
    found = model_persons(text, ["Ruth Wambui", "Kofi Asante"])
    assert set(found) == {"Ruth Wambui", "Kofi Asante", "Komi Agbeko"}


def test_an_office_of_two_words_before_a_listed_name_is_no_name():
    found = {
        a.name
        for a in extract_actors(
            "Talks in Accra were joined by Solicitor General Ama Owusu, Secretary of Coastal Fisheries Kwame Boadu "
            "and Togo's Justice Minister Kodjo Ayi."
        )
        if a.actor_type == "person"
    }
    assert "Solicitor" not in found and "Ama Owusu" in found
