"""A state's name that opens a body's own name in an official's title ("Kenya Railways Managing Director NAME",
"Ethiopian Airlines CEO NAME") is no mark of the other side: a report writes it for its own side's bodies too, so
the officials it leaves unqualified stay the home side's. A state's organ ("Chinese Foreign Ministry spokesperson")
still marks a side. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "NAIROBI, March 3 (KNA) - Transport Cabinet Secretary James Macharia said China would fund the line after "
            "meeting a Chinese delegation led by Vice Minister Li Chenggang. Kenya Railways Managing Director Philip "
            "Mainga said works would start in June.",
            "James Macharia",
            "KEN",
        ),
        (
            "COLOMBO, Jan 9 - Ports Minister Nimal Siripala de Silva said the loan from Japan would fund the "
            "terminal. Sri Lanka Ports Authority Chairman Keith Bernard said it would open next year.",
            "Nimal Siripala de Silva",
            "LKA",
        ),
        (
            "TASHKENT, Sept 1 - Transport Minister Ilkhom Makhkamov said China would help finance the line. "
            "Uzbekistan Railways Chairman Khusniddin Khasanov said it would reach Kyrgyzstan by 2030.",
            "Ilkhom Makhkamov",
            "UZB",
        ),
        (
            "LIMA, July 4 - Economy Minister Alex Contreras said the port built by China at Chancay would lift "
            "trade. Peru Ports Authority President Juan Carlos Paz said the channel would be dredged.",
            "Alex Contreras",
            "PER",
        ),
    ],
)
def test_a_state_that_names_its_own_body_is_no_mark_of_the_other_side(text, name, state):
    assert countries(text)[name] == state


def test_a_state_before_its_organ_still_marks_the_other_side():
    text = (
        "BEIJING, May 3 - Commerce Minister Wang Wentao said China would buy more tea. Kenyan Foreign Ministry "
        "spokesperson Korir Sing'oei said the talks went well."
    )
    assert countries(text)["Wang Wentao"] == "CHN"
