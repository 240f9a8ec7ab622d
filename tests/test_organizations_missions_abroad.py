"""A state's mission abroad on sentences written for these tests: an embassy, a consulate general, a high
commission or a state's chamber of commerce named with the state or city it is in (`in`) or sent to (`to`) keeps
that place in its name; a state named in full (`Republic of Korea`, `People's Republic of Bangladesh`) is the
mission's state, whatever words its name holds."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Embassy of Chile to the Kingdom of Sweden organised a wine fair in Stockholm.",
            "Embassy of Chile to the Kingdom of Sweden",
            "CHL",
        ),
        (
            "A note from the Embassy of Peru to the United Kingdom said visas would be issued faster.",
            "Embassy of Peru to the United Kingdom",
            "PER",
        ),
        (
            "Officials of the Embassy of the People's Republic of Bangladesh in the Kingdom of Thailand met traders.",
            "Embassy of the People's Republic of Bangladesh in the Kingdom of Thailand",
            "BGD",
        ),
        (
            "The Consulate General of Brazil in Toronto opened a second office on Monday.",
            "Consulate General of Brazil in Toronto",
            "BRA",
        ),
        ("The Consulate-General of India in Dubai issued 3,000 visas.", "Consulate-General of India in Dubai", "IND"),
        (
            "The Embassy of the Republic of Korea in Nigeria said trade would grow by a fifth.",
            "Embassy of the Republic of Korea in Nigeria",
            "KOR",
        ),
        (
            "EMBASSY OF THE REPUBLIC OF KOREA IN NIGERIA\nSeoul and Abuja agreed to expand trade on Monday.",
            "Embassy of the Republic of Korea in Nigeria",
            "KOR",
        ),
        (
            "HIGH COMMISSION OF GHANA TO THE REPUBLIC OF SOUTH AFRICA\nPretoria and Accra signed a visa accord.",
            "High Commission of Ghana to the Republic of South Africa",
            "GHA",
        ),
        (
            "The Kenya Chamber of Commerce in Ethiopia welcomed the new flights.",
            "Kenya Chamber of Commerce in Ethiopia",
            "KEN",
        ),
        (
            "Members of the British Chamber of Commerce in Vietnam met the trade minister.",
            "British Chamber of Commerce in Vietnam",
            "GBR",
        ),
    ],
)
def test_a_mission_keeps_the_place_it_is_in_or_sent_to(text, name, country):
    assert organizations(text).get(name, "missing") == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a chamber of its own state's city is named by the city already: `in` says where it met
        ("The Karachi Chamber of Commerce in Pakistan's south asked for lower tariffs.", "Karachi Chamber of Commerce"),
        # `to` before a person or a body that is no state: a letter's addressee, not where the mission is
        (
            "The Embassy of Ghana to Foreign Minister Ana Ruiz sent a note on the fishing accord.",
            "Embassy of Ghana",
        ),
        # a chamber abroad in its own state: `in` is where the meeting was
        ("The Turkish Chamber of Commerce in Turkey hosted the fair.", "Turkish Chamber of Commerce"),
    ],
)
def test_a_place_that_is_no_host_stays_out_of_the_name(text, name):
    assert name in organizations(text)
