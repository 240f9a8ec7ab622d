"""A currency's ISO 4217 code next to a figure (`PLN 8 billion`, `2.5 billion BRL`, `15 milliards MAD`) is the
figure's currency, not a body's acronym, even where a body the knowledge base knows has those letters (PT PLN,
Indonesia's power company); that body named on its own stays one. Codes from pycountry's currencies and
currencies.csv; scale words in figure_scale_words. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Polish officials put the cost at more than PLN 15 billion, the ministry said.", "PLN"),
        ("The frigate programme is valued at PLN 8 billion, the defence ministry said in Warsaw.", "PLN"),
        ("Hungary will spend HUF 120 billion on the new plant, the government said.", "HUF"),
        ("The project will cost 2.5 billion BRL and will be funded by a Brazilian bank.", "BRL"),
        ("The deal is worth 300 million MYR, Malaysian officials said in Kuala Lumpur.", "MYR"),
        ("Ghana secured GHS 500 million from the World Bank, the finance ministry said.", "GHS"),
        ("Le projet coûtera 15 milliards MAD, selon le ministère.", "MAD"),
        ("Warsaw pledged 40 mln PLN for the reconstruction of schools in Lviv.", "PLN"),
    ],
)
def test_a_currency_code_next_to_a_figure_is_no_body(text, code):
    assert code not in organizations(text)


def test_a_body_with_a_currency_codes_letters_named_alone_stays_one():
    assert "PLN" in organizations("PLN, Indonesia's state electricity company, signed a deal with a Japanese lender.")
