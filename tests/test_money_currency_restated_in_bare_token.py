"""Currency of a bare token that the writer uses to restate a figure of another of its readings: "400 million
Australian dollars ($355 million)" converts into US dollars, so the story's other bare `$` are US dollars too,
however much it speaks of Australia ("the Asian Development Bank approved a $60 million loan"). A writer who
converts the bare token into the default ("$4 million (US$2.6 million)") or never restates a figure in it keeps
the local reading the story's state gives it. Battery of 8 written stories: 0/5 before, 5/5 after; 3 kept. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _currencies(text: str, language: str = "en") -> dict[str, str | None]:
    return {m.text: m.currency for m in extract_money(text, language=language)}


@pytest.mark.parametrize(
    ("text", "figure", "currency"),
    [
        (
            "Australia will raise its aid to Papua New Guinea to 400 million Australian dollars ($355 million) next "
            "year. Australia provided about A$322 million this year. The Asian Development Bank has approved a $60 "
            "million loan for the Highlands Highway, Australian officials said.",
            "$60 million",
            "USD",
        ),
        (
            "Canada pledged C$40 million ($30 million) to Haiti's recovery on Monday. Separately, the Inter-American "
            "Development Bank approved a $200 million loan for roads in Haiti, Canadian officials said.",
            "$200 million",
            "USD",
        ),
        (
            "Hong Kong's government will lend HK$8 billion ($1 billion) to the airport authority. The authority also "
            "raised $500 million in bonds from Hong Kong investors.",
            "$500 million",
            "USD",
        ),
        (
            "New Zealand will give Samoa NZ$20 million ($13 million) over three years. The World Bank added a $5 "
            "million grant, New Zealand's foreign minister said.",
            "$5 million",
            "USD",
        ),
        (
            "Singapore's GIC invested S$2 billion ($1.5 billion) in Indonesian toll roads. Singapore firms also "
            "signed deals worth $3 billion with Indonesian partners in Singapore.",
            "$3 billion",
            "USD",
        ),
    ],
)
def test_a_bare_token_that_restates_another_reading_is_the_default(text: str, figure: str, currency: str) -> None:
    assert _currencies(text)[figure] == currency


@pytest.mark.parametrize(
    ("text", "figure", "currency"),
    [
        (
            "Australia provided A$322 million to Fiji last year and will add $50 million next year, the Australian "
            "minister said in Canberra.",
            "$50 million",
            "AUD",
        ),
        (
            "Australia will give Fiji $4 million (US$2.6 million) for schools. Australia also pledged $10 million "
            "for cyclone relief in Fiji.",
            "$10 million",
            "AUD",
        ),
        (
            "Canada pledged C$40 million ($30 million) to Haiti's recovery on Monday.",
            "$30 million",
            "USD",
        ),
    ],
)
def test_a_writer_who_never_restates_in_the_bare_token_keeps_its_local_reading(
    text: str, figure: str, currency: str
) -> None:
    assert _currencies(text)[figure] == currency
