"""A home wire's dateline names a town and its state or province ("TULSA, Okla. --", "LONDON, Ontario (CP) -"):
the report is that country's own press at home, so the officials and executives it names without a state are
that country's, even where the text never names the country."""

import pytest

from pipelines.extract.actors import extract_actors


def _states(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "TULSA, Okla. -- Williams Cos. said second-quarter profit rose 8% on higher pipeline fees. Chairman "
            "Dana Whitfield said the company would spend $400 million on a line to Mexico.",
            "Dana Whitfield",
            "USA",
        ),
        (
            "ATLANTA, Ga. -(Dow Jones)- Delta Air Lines Inc. will add flights to Japan and Brazil this winter, "
            "chief executive Ronald Tate said on Tuesday.",
            "Ronald Tate",
            "USA",
        ),
        (
            "LONDON, Ontario -- Mayor Helen Brooks said the city would court German car-parts makers after a "
            "supplier left for China.",
            "Helen Brooks",
            "CAN",
        ),
        (
            "TOWNSVILLE, Queensland -- Premier Graham Doyle said the port would ship more zinc to Korea and Japan "
            "from next year.",
            "Graham Doyle",
            "AUS",
        ),
        (
            "PUNE, Maharashtra: Chief Minister Vilas Patil on Friday asked Japanese investors to build a second "
            "metro line.",
            "Vilas Patil",
            "IND",
        ),
    ],
)
def test_a_town_and_its_state_in_the_dateline_make_the_home_side(text, name, state):
    assert _states(text)[name] == state


def test_a_town_and_its_state_in_a_sentence_are_no_dateline():
    text = (
        "ISLAMABAD: Finance Minister Aamir Rana met investors who had flown in from Wichita, Kan. -- the "
        "company's seat -- to discuss a plant."
    )
    assert _states(text)["Aamir Rana"] == "PAK"
