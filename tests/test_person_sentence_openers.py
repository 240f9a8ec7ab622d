"""Sentence words before an office or a name are no person: an adverb opening the sentence (`Later, EU
Ambassador NAME`), a clause's opener (`When NAME, the interim president, ...`, `Llega NAME, presidente de X`), a
byline's `By`, a decree's `Having regard to`, a title without its holder (`our General Manager`), and the ranks
and styles written with a stop before a name (`Brig. Gen. NAME`, `Bro. NAME`). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, language, wanted",
    [
        (
            "Trade could double by 2015.\n\nLater, EU Ambassador Olaf Berg, head of the delegation, spoke.",
            "en",
            {"Olaf Berg"},
        ),
        ("Earlier, SOCAR President Ilkin Mammadov and the minister toured the plant.", "en", {"Ilkin Mammadov"}),
        (
            "When Aigul Sadykova, the interim president who took over in April, asked for help, Ankara sent aid.",
            "en",
            {"Aigul Sadykova"},
        ),
        ("13:30 — Llega Horacio Ruiz, presidente de YPF. Habló con la prensa.", "es", {"Horacio Ruiz"}),
        ("Quand Amadou Sow, ministre des Finances, est arrivé à Dakar, il a parlé à la presse.", "fr", {"Amadou Sow"}),
        ("Agency head Brig. Gen. Artur Nowak said the crews would train in Poland.", "en", {"Artur Nowak"}),
        ("The Secretary General, Bro. Simon Kiptoo, was present.", "en", {"Simon Kiptoo"}),
        ("By a Staff Reporter\nRIYADH: The Minister of Energy met the Indian envoy.", "en", set()),
        ("The Minister of Petroleum,\nHaving regard to Law No. 20 of 1976, decrees:", "en", set()),
        ("JICA staff joined our General Manager at the site on Monday.", "en", set()),
    ],
)
def test_sentence_words_are_no_persons(text, language, wanted):
    assert persons(text, language) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("The framing changed. Vice-President Tunde Okafor, who chairs the council, said so.", "Tunde Okafor"),
        ("The framing changed. Deputy-Governor Amina Bello, who leads the panel, signed the loan.", "Amina Bello"),
    ],
)
def test_a_hyphenated_title_is_no_part_of_the_name(text, wanted):
    assert wanted in persons(text)
