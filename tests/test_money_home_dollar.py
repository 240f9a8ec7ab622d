"""A bare `$` in a story about Canada, Australia or New Zealand, whose press writes its own dollar bare: where the
article names that state most (the United States less) and qualifies no dollar but the US one, the bare sign is
that state's dollar. Stories about other states, stories that name the US as often, and figures converted into it
("400 million Australian dollars ($355 million)") keep the US dollar.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _currencies(text: str, language: str = "en") -> list[str]:
    return [m.currency for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "Canada will give $40 million to Sudan's refugees, the minister said in Ottawa. Canadian aid groups "
            "welcomed the pledge, and Canada's embassy in Khartoum will oversee it.",
            "CAD",
        ),
        (
            "Alberta and Japan signed a memorandum on hydrogen. Canadian officials said the province would grant up "
            "to $90 million in credits. Canada's trade with Japan grew, and Calgary firms hope for more.",
            "CAD",
        ),
        (
            "Ottawa has committed $135 million to Ghana's schools. Canada will match donations by Canadian "
            "families, and USAID has budgeted US$300 million for the same region.",
            "CAD",
        ),
        (
            "Two-way trade between Canada and Peru was worth about $6-billion last year, the Canadian minister said. "
            "Peru and Canada signed a tax treaty; Peruvian officials praised Canada.",
            "CAD",
        ),
        (
            "Australia will lift its aid to Tonga to $45 million, Canberra said. Australian engineers will rebuild "
            "the wharf, and Australia's high commission will run the scheme.",
            "AUD",
        ),
        (
            "New Zealand will spend $12 million on Samoa's power grid, Wellington announced. New Zealand engineers "
            "start next month, New Zealand's minister said.",
            "NZD",
        ),
    ],
)
def test_a_bare_dollar_in_a_story_about_its_state_is_that_state_dollar(text, currency):
    assert _currencies(text)[0] == currency


@pytest.mark.parametrize(
    "text",
    [
        # the United States named as often as Canada: US dollars
        "The United States and Canada pledged $200 million to Haiti. Washington and Ottawa will coordinate; "
        "Canada, the U.S. and Canadian and American charities met.",
        # the story is about Vietnam: a passing Australian firm says nothing
        "Vietnam signed a $250 million deal for radars. Vietnamese officers toured Australian, Australian and "
        "Australian stands; Vietnam's ministry said Hanoi and Vietnam would decide.",
        # a state named only twice
        "Canada's Barrick said it had invested $2 billion in Chile. Canadian executives met Chilean officials.",
        # Singapore's reports quote trade in US dollars written `$`
        "Singapore and Indonesia signed deals worth $5 billion, Singapore's minister said. Singaporean firms and "
        "Singapore's fund will invest.",
    ],
)
def test_a_bare_dollar_elsewhere_stays_american(text):
    assert _currencies(text)[-1] == "USD"


def test_a_converted_figure_stays_american():
    text = (
        "Australia will give 400 million Australian dollars ($355 million) to Papua New Guinea, Australia's "
        "foreign minister said. Australian officials will visit, and Australia's embassy will oversee it."
    )
    assert _currencies(text) == ["AUD", "USD"]
