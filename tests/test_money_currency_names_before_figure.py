"""A currency named in words before the figure, as official releases of South Asia and East Africa write it ("US
dollars 546 million", "Kenya Shillings 5 billion", "Rupees 500 million"), an abbreviation with a full stop ("KSh.
1,480,000,000") and the Albanian lek before the figure ("Lek 12 million"). Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _money(text: str) -> list[tuple[str, float, str]]:
    return [(m.text, m.amount, m.currency) for m in extract_money(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Workers' remittances reached US dollars 612 million in May.", ("US dollars 612 million", 612e6, "USD")),
        ("Exports to Japan earned US Dollars 1.2 billion last year.", ("US Dollars 1.2 billion", 1.2e9, "USD")),
        ("The Treasury will spend Kenya Shillings 3 billion on dams.", ("Kenya Shillings 3 billion", 3e9, "KES")),
        (
            "The county shall meet counterpart costs of KSh. 250,000,000 this year.",
            ("KSh. 250,000,000", 250e6, "KES"),
        ),
        (
            "Sri Lanka's Treasury released Rupees 750 million to Sri Lanka's port authority.",
            ("Rupees 750 million", 750e6, "LKR"),
        ),
        ("Albania's museums sold tickets worth Lek 40 million.", ("Lek 40 million", 40e6, "ALL")),
    ],
)
def test_a_currency_named_before_the_figure(text, found):
    assert _money(text) == [found]
