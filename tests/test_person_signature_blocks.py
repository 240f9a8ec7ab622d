"""A signature block: the name alone on its line and the office alone on the next (a filing's, a letter's, a
release's end). Sentences and blocks written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def roles(text, language="en"):
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "The Company will disclose any material developments to the market in a timely manner.\n\n"
            "Tarik Al Mansour\nChief Executive Officer\n",
            "Tarik Al Mansour",
            "Chief Executive Officer",
        ),
        (
            "Yours sincerely,\n\nDr. Grace Wanjiku\nDirector General, Kenya Ports Authority\n",
            "Grace Wanjiku",
            "Director General",
        ),
        (
            "The Board thanks the Japanese lenders for their support.\n\nMr. Carlos Mendoza Ruiz\nChairman\n",
            "Carlos Mendoza Ruiz",
            "Chairman",
        ),
        (
            "Signed on behalf of the Ministry of Finance of Mongolia.\n\nDr. Batbayar Enkhjargal\nDeputy Minister of "
            "Finance\n",
            "Batbayar Enkhjargal",
            "Deputy Minister of Finance",
        ),
    ],
)
def test_office_under_the_name(text, name, office):
    assert roles(text)[name] == office


def test_an_office_said_in_the_text_wins_over_the_line_under():
    text = "Mr. Daniel Okafor, Managing Director of the Nigerian Ports Authority, signed.\n\nDaniel Okafor\nChairman\n"
    assert roles(text)["Daniel Okafor"] == "Managing Director"


def test_a_sentence_under_the_name_is_no_office():
    text = "Quoted by Dr. Amara Conteh\nMinister Koroma said the Chinese loan was signed in Freetown.\n"
    assert roles(text).get("Amara Conteh") is None
