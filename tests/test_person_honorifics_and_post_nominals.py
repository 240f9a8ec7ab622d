"""Honorifics of many regions before a name and the letters of an order, a seat or a degree after it are no part
of the name (the spec: `H.E.`, `Mr`, `Dr` are not part of it). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return [a.name for a in extract_actors(text, language=language) if a.actor_type == "person"]


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        (
            "Foreign Minister Makhdoom Shah Mahmood Qureshi met the envoy in Islamabad on Monday.",
            "Shah Mahmood Qureshi",
            "en",
        ),
        ("Cambodian Prime Minister Samdech Techo Hun Sen received the Thai delegation in Phnom Penh.", "Hun Sen", "en"),
        ("Senate President Samdech Say Chhum welcomed the Lao visitors to Phnom Penh.", "Say Chhum", "en"),
        (
            "Ethiopia's Finance Minister Ato Ahmed Shide signed the loan agreement with the World Bank.",
            "Ahmed Shide",
            "en",
        ),
        (
            "The agreement was signed by State Minister Weizero Hirut Kassaw and the Chinese ambassador.",
            "Hirut Kassaw",
            "en",
        ),
        ("Fiji's Prime Minister Commodore Frank Bainimarama opened the new wharf in Suva.", "Frank Bainimarama", "en"),
        (
            "Brunei's Minister of Foreign Affairs II Pehin Dato Lim Jock Seng met the Japanese ambassador.",
            "Lim Jock Seng",
            "en",
        ),
        ("Indonesian Trade Minister Bapak Zulkifli Hasan opened the trade expo in Jakarta.", "Zulkifli Hasan", "en"),
        (
            "Malaysian Prime Minister YAB Dato' Sri Ismail Sabri Yaakob arrived in Bangkok on Sunday.",
            "Ismail Sabri Yaakob",
            "en",
        ),
        (
            "Malaysia's Minister of Transport YB Anthony Loke Siew Fook received the Chinese delegation.",
            "Anthony Loke Siew Fook",
            "en",
        ),
        (
            "Thai Deputy Prime Minister Khun Somkid Jatusripitak welcomed the Japanese investors.",
            "Somkid Jatusripitak",
            "en",
        ),
        (
            "Tanzanian President Mwalimu Julius Nyerere had signed the first railway agreement with China.",
            "Julius Nyerere",
            "en",
        ),
        (
            "Le Premier ministre cambodgien Samdech Techo Hun Sen a reçu la délégation française à Phnom Penh.",
            "Hun Sen",
            "fr",
        ),
        (
            "Britain's High Commissioner Catriona Laing CB announced the new trade facility in Abuja.",
            "Catriona Laing",
            "en",
        ),
        (
            "The British ambassador, Sir Dominick Chilcott KCMG, opened the trade fair in Ankara.",
            "Dominick Chilcott",
            "en",
        ),
        ("Trade envoy Jonathan Reynolds MP visited the factory in Lagos.", "Jonathan Reynolds", "en"),
        (
            "The talks were chaired by Ambassador Julian Braithwaite CMG, the UK representative in Geneva.",
            "Julian Braithwaite",
            "en",
        ),
    ],
)
def test_honorifics_before_and_letters_after_a_name_are_not_the_name(text, name, language):
    assert persons(text, language) == [name]


def test_a_name_of_two_words_keeps_them_both():
    assert persons("Minister Tan Sri Muhyiddin Yassin met Chinese President Xi Jinping.") == [
        "Muhyiddin Yassin",
        "Xi Jinping",
    ]
