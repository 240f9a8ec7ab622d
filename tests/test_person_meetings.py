"""Hosts and guests of a visit with no verb saying who received whom, on sentences written for these tests: a
person one with a state meets ("A also met with Foreign Minister B", "A held a summit meeting with President
B") is not of that state, nor is one who meets a person with a state; a state the text gives still wins."""

from pipelines.extract.actors import extract_actors


def countries(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_the_person_met_is_not_of_the_visitors_state():
    text = (
        "Prime Minister Shehbaz Sharif visited Laos, the first trip by a Pakistani leader in years. Pakistan will "
        "give Laos a grant, and Pakistan and Laos will hold talks on trade. Sharif held a summit meeting with "
        "President Boun Khamsing in Vientiane. Sharif also met with Foreign Minister Sonexay Vongsa."
    )
    found = countries(text)
    assert found["Boun Khamsing"] == "LAO"
    assert found["Sonexay Vongsa"] == "LAO"


def test_the_one_who_meets_a_person_with_a_state_is_not_of_it():
    text = (
        "Pakistan and Chile agreed on trade. Pakistan will buy copper, Pakistan said. Trade Minister Rosa Fuentes "
        "met with Prime Minister Shehbaz Sharif to discuss the deal with Chile."
    )
    assert countries(text)["Rosa Fuentes"] == "CHL"


def test_a_state_the_text_gives_still_wins():
    text = "Chinese Premier Wang Lei met with Chinese Ambassador Zhou Hua in Lusaka before talks with Zambia."
    assert countries(text)["Zhou Hua"] == "CHN"


def test_the_subject_meets_the_person_not_the_one_named_just_before():
    text = (
        "Prime Minister Shehbaz Sharif arrived in Nepal on Friday, his first visit to Nepal. Pakistan and Nepal "
        "signed two deals. Sharif held talks with his Nepali counterpart Ram Thapa and called on President Gita "
        "Rai at her office."
    )
    assert countries(text)["Gita Rai"] == "NPL"
    text = (
        "Prime Minister Shehbaz Sharif leaves for Kenya today; Pakistan hopes to sell rice. Pakistan and Kenya "
        "will sign deals. Sharif will also meet President Peter Otieno on Monday."
    )
    assert countries(text)["Peter Otieno"] == "KEN"
