"""A mission named with the city it sits in after a comma or a spaced dash, as letterheads, sign-offs and captions
write it (`the Embassy of India, Kabul`, `Royal Embassy of Saudi Arabia - Amman`, `Embajada de Chile, Lima`): the
city is part of the mission's name; a city that opens another name, a possessive, a state or words the tables do
not know as a city stay out of it (sentences written for these tests)."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings
from tests.conftest import body_mention, identity_ids


def _bodies(text: str) -> list[str]:
    actors = extract_article(text, default_settings()).actors
    return sorted(a.name for a in actors if a.actor_type == "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Embassy of Peru, Canberra said the visa office will reopen on Monday.", "Embassy of Peru, Canberra"),
        ("A statement from the Embassy of Ghana, Ottawa confirmed the trade mission.", "Embassy of Ghana, Ottawa"),
        (
            "The Kenyan High Commission, Kampala issued a notice to traders on Tuesday.",
            "Kenyan High Commission, Kampala",
        ),
        ("The Embassy of Brazil - Hanoi hosted a coffee fair for importers.", "Embassy of Brazil - Hanoi"),
        (
            "The Consulate General of India, Dubai, opened a new passport centre.",
            "Consulate General of India, Dubai",
        ),
        ("Issued by the Embassy of Indonesia, Canberra", "Embassy of Indonesia, Canberra"),
        (
            "The High Commission of Pakistan, London, said 300 visas were issued in May.",
            "High Commission of Pakistan, London",
        ),
        ("Embassy of the Republic of Korea - Hanoi\nNews | Events", "Embassy of the Republic of Korea - Hanoi"),
        ("He thanked the Turkish Embassy, Tehran in a letter to the governor.", "Turkish Embassy, Tehran"),
        ("The Embassy of Uzbekistan, Seoul organised a cotton forum.", "Embassy of Uzbekistan, Seoul"),
        ("The Nigerian High Commission, Accra received the delegation.", "Nigerian High Commission, Accra"),
        ("Embaixada de Angola, Lisboa", "Embaixada de Angola, Lisboa"),
        ("L'Ambassade de France, Dakar a publié un communiqué.", "Ambassade de France, Dakar"),
        ("La Embajada de Chile, Lima informó que el consulado abrirá el lunes.", "Embajada de Chile, Lima"),
        ("O Consulado-Geral do Brasil, Miami, emitiu 300 vistos em março.", "Consulado-Geral do Brasil, Miami"),
    ],
)
def test_a_missions_seat_after_a_comma_or_a_dash_is_part_of_its_name(text: str, name: str) -> None:
    assert name in _bodies(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the city opens the name of another body
        ("The Embassy of Japan, Seoul National University and the city council met.", "Embassy of Japan"),
        # a possessive: the city's own thing follows
        ("The Embassy of Chile, Beijing's trade section organised the fair.", "Embassy of Chile"),
        # states listed after a mission are no seat
        ("Ties with the Embassy of Mexico, Argentina and Chile were discussed.", "Embassy of Mexico"),
        # the city goes on in capitals the tables do not hold as one city
        ("The Royal Thai Embassy, Washington D.C. announced a trade fair.", "Royal Thai Embassy"),
        ("L'Ambassade du Canada, Rabat's partners", "Ambassade du Canada"),
    ],
)
def test_no_seat_where_the_words_after_the_comma_are_no_city_of_its_own(text: str, name: str) -> None:
    assert name in _bodies(text)


def test_two_missions_in_one_city_keep_their_seats() -> None:
    text = "The Embassy of Poland, Nairobi and the Embassy of Czechia, Nairobi co-hosted the event."
    assert _bodies(text) == ["Embassy of Czechia, Nairobi", "Embassy of Poland, Nairobi"]


@pytest.mark.parametrize(
    ("seated", "hosted", "state"),
    [
        ("Embassy of India, Tokyo", "Embassy of India in Japan", "IND"),
        ("New Zealand Embassy, Beijing", "New Zealand Embassy in China", "NZL"),
        ("Royal Embassy of Saudi Arabia - Amman", "Royal Embassy of Saudi Arabia in Jordan", "SAU"),
        ("High Commission of Pakistan, London", "High Commission of Pakistan in the United Kingdom", "PAK"),
        ("Embajada de Chile, Lima", "Embajada de Chile en Perú", "CHL"),
    ],
)
def test_a_seated_mission_is_the_states_mission_in_that_city_s_state(seated: str, hosted: str, state: str) -> None:
    ids = identity_ids([body_mention("a1", seated, state), body_mention("a2", hosted, state)])
    assert ids[0] == ids[1]


def test_a_body_s_city_after_a_dash_is_no_missions_seat() -> None:
    ids = identity_ids(
        [body_mention("a1", "Department of Health - Abu Dhabi"), body_mention("a2", "Department of Health")]
    )
    assert ids[0] != ids[1]
