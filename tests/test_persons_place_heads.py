"""Places a model or an office reads as persons: Malay and Indonesian places opened by a head word (`Pulau`
island, `Bukit` hill, `Sungai` river, `Bandar` town), the parts of a region (`Upper Dir`, `Lower Dir`), and an
office's seat after its title (`PM House`). A person whose name holds such a word elsewhere, or a Gulf name opened
by `Bandar`, stays a person. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def proposed(text, names, language="en"):
    """The persons kept when a model proposes each of `names` as a person."""
    entities = [(text.index(n), text.index(n) + len(n), "PERSON") for n in names]
    return {a.name for a in extract_actors(text, (), None, entities, language=language) if a.actor_type == "person"}


PLACES = [
    ("A new ferry will link Pulau Ketam with Port Klang, Malaysia's transport ministry said.", "Pulau Ketam"),
    ("Investors from Korea toured Bukit Jalil before meeting Malaysian officials.", "Bukit Jalil"),
    ("The clinic at Sungai Petani got vaccines from China, Malaysia said.", "Sungai Petani"),
    ("Tourists from Japan reach Desa Adat Tenganan by a road built with Indonesian funds.", "Desa Adat Tenganan"),
    ("Tanjung Emas handled more cargo bound for Australia, Indonesia said.", "Tanjung Emas"),
    ("Chinese firms will build homes at Kota Baru Parahyangan, Indonesia's minister said.", "Kota Baru Parahyangan"),
    ("The Brunei talks were held at Bandar Seri Begawan on Monday.", "Bandar Seri Begawan"),
    ("A Japanese firm will build a rail depot at Bandar Penawar, Malaysia said.", "Bandar Penawar"),
    ("Pakistan will build schools in Upper Chitral with help from Turkey.", "Upper Chitral"),
    ("Lower Dir received flood relief from Saudi Arabia last week.", "Lower Dir"),
    ("Greater Accra will host a trade fair with Nigerian firms.", "Greater Accra"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_a_place_opened_by_a_place_head_is_no_person(text, place):
    assert proposed(text, [place]) == set()


def test_a_surname_spelled_like_a_place_head_stays():
    text = "Indonesia's former speaker Akbar Tanjung met Malaysian officials. Tanjung said ties were strong."
    assert "Akbar Tanjung" in proposed(text, ["Akbar Tanjung"])


def test_a_gulf_name_opened_by_bandar_stays():
    text = "Saudi Arabia and Pakistan signed a deal. Bandar bin Khalid said the kingdom would invest more."
    assert "Bandar bin Khalid" in proposed(text, ["Bandar bin Khalid"])
    text = "Saudi Arabia and Pakistan signed a deal. Bandar Al-Mutairi said the kingdom would invest more."
    assert "Bandar Al-Mutairi" in proposed(text, ["Bandar Al-Mutairi"])
    text = "Saudi Arabia and Egypt signed a deal. Bandar Alhamdan said the kingdom would invest more."
    assert "Bandar Alhamdan" in proposed(text, ["Bandar Alhamdan"])


def test_a_titled_person_beside_a_place_head_stays():
    text = "Malaysia's trade minister Tengku Hasnah met Japanese investors at Pulau Indah on Friday."
    assert proposed(text, ["Tengku Hasnah", "Pulau Indah"]) == {"Tengku Hasnah"}


@pytest.mark.parametrize(
    "text",
    [
        "The Omani envoy called on the premier at PM House in Islamabad.",
        "The envoy met him at the President House in Dhaka on Sunday.",
        "The meeting took place at the Governor House in Lahore with Chinese investors.",
        "Talks were held at the Chief Minister Secretariat in Peshawar.",
    ],
)
def test_an_offices_seat_after_its_title_is_no_person(text):
    assert {a.name for a in extract_actors(text) if a.actor_type == "person"} == set()


def test_a_surname_spelled_like_a_seat_stays():
    text = "US envoy Edward House met Kenyan officials. Ambassador Tom House spoke later."
    names = {a.name for a in extract_actors(text) if a.actor_type == "person"}
    assert {"Edward House", "Tom House"} <= names
