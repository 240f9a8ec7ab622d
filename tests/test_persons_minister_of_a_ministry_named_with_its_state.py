"""An official named by an office alone whose ministry the article names with its state once: the office heads
that ministry, so its holder is of the ministry's state, whatever the report's home side."""

import pytest

from pipelines.extract.actors import extract_actors


def _states(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "Jeddah, 3 May 2021 – Our company today signed a supply contract with the Ministry of Water of the "
            "Republic of Tajikistan. The contract was signed by our chairman and by Dr. Daler Nazarov, Minister of "
            "Water, in the presence of Saudi officials.",
            "Daler Nazarov",
            "TJK",
        ),
        (
            "TOKYO, June 2 (Kyodo) -- Japan will lend 40 billion yen to the Ministry of Transport of the Kingdom "
            "of Cambodia for a new ring road around the capital, Japan's embassy said. Transport Minister Sun "
            "Chanthol welcomed the loan in Tokyo.",
            "Sun Chanthol",
            "KHM",
        ),
        (
            "ANKARA -- A Turkish builder won a contract from the Ministry of Health of the Republic of Ghana for six "
            "hospitals. Minister of Health Kwaku Mensah said work would start in March.",
            "Kwaku Mensah",
            "GHA",
        ),
        (
            "The Canadian firm said its partner, the Ministry of Mines of Peru, had approved the permits. Deputy "
            "Minister of Mines Rosa Quispe told reporters in Ottawa that the site would employ 900 people.",
            "Rosa Quispe",
            "PER",
        ),
    ],
)
def test_the_minister_of_a_ministry_named_with_its_state(text, name, state):
    assert _states(text)[name] == state


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        # another portfolio: the ministry of mines and energy is not the ministry of energy's
        (
            "ACCRA -- Ghana and the Ministry of Mines and Energy of Namibia agreed on a study. Minister of Energy "
            "Kofi Asante said Ghana would share its data.",
            "Kofi Asante",
            "GHA",
        ),
        # two states' ministries of one portfolio: neither decides
        (
            "NAIROBI -- Kenya hosted the Ministry of Trade of Uganda and the Ministry of Trade of Tanzania for "
            "talks on Monday. Minister of Trade Aisha Wanjiru chaired them.",
            "Aisha Wanjiru",
            "KEN",
        ),
        # an office the article gives a state stays that state's
        (
            "DOHA -- The Ministry of Energy of the Republic of Azerbaijan signed a deal with Qatar's Minister of "
            "Energy Saad Al-Kaabi.",
            "Saad Al-Kaabi",
            "QAT",
        ),
        # an office of no portfolio takes nothing from a ministry
        (
            "LUSAKA -- Zambia and the Ministry of Finance of Malawi signed a grid deal. Prime Minister Joseph "
            "Banda welcomed it.",
            "Joseph Banda",
            "ZMB",
        ),
    ],
)
def test_no_state_from_another_or_an_ambiguous_ministry(text, name, state):
    assert _states(text)[name] == state
