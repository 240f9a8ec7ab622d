"""A state's government named by its demonym is the same giver whether its head word is written in lower case or
with a capital, as official releases write it ('the Australian Government', 'the Japanese Government', 'the
Indian Cabinet'): a sum it gives with another state named is aid, and a sum for works at home stays the works'.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subject(text: str) -> str:
    return extract_money(text)[0].subject


@pytest.mark.parametrize(
    "text",
    [
        "The Australian Government has committed a further A$30 million to tuberculosis control in Papua New Guinea.",
        "The Australian Government, through its aid programme, has committed A$12 million to school meals in Fiji.",
        "The Japanese Government will provide 2 billion yen to rebuild schools in Nepal.",
        "The Indian Government has extended Rs 500 crore for the dairy sector in Kenya.",
        "The British Government will give £20 million to strengthen Malawi's health system.",
        "The New Zealand Government has pledged NZ$5 million to help Kiribati cope with the drought.",
        "The Korean Government will provide $15 million to support flood victims in Pakistan.",
        "The Norwegian Government has granted NOK 80 million to forest protection in Guyana.",
    ],
)
def test_a_capitalised_states_government_giving_abroad_gives_aid(text):
    assert _subject(text) == "aid"


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan Government will provide Sh2 billion for the Nairobi bypass road.",
        "The Ghanaian Government will provide $45 million for the Accra-Kumasi highway.",
    ],
)
def test_a_capitalised_governments_money_for_works_at_home_stays_the_works(text):
    assert _subject(text) == "project"
