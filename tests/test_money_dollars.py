"""Which dollar a bare `$` is when the story writes another dollar once (`C$`, `A$`). Every sentence is written for
these tests."""

from pipelines.extract.money import extract_money


def _money(text: str, language: str = "en"):
    return [(m.text, m.amount, m.currency) for m in extract_money(text, language=language)]


def test_a_bare_dollar_stays_american_where_the_story_names_the_us_more_than_the_other_dollar():
    text = (
        "The U.S. State Department said it would send $15 million to flood victims in Pakistan. "
        "A U.S. Air Force plane carried tents, and the US embassy in Islamabad set up a relief cell. "
        "The UN asked donors for $160 million. New Zealand added NZ$2 million."
    )
    assert [c for _, _, c in _money(text)] == ["USD", "USD", "NZD"]


def test_a_bare_dollar_is_the_stated_dollar_where_the_story_is_about_its_state():
    text = (
        "Wellington will give NZ$20 million to Samoa's schools, New Zealand's foreign minister said. "
        "New Zealand will also spend $5 million on teacher training."
    )
    assert [c for _, _, c in _money(text)] == ["NZD", "NZD"]
