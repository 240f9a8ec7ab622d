"""A goods word used as a verb is a figure of speech, no activity in the goods' sector: "to cement ties", "would help
cement security gains"; cement as goods still counts. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders signed five agreements to cement ties between their countries.",
        "The minister said the visit would help cement the partnership with Ghana, the two sides agreed.",
        "Officials hope the new treaty will cement bilateral cooperation on migration.",
        "The summit cements relations that both governments want to expand.",
    ],
)
def test_cement_as_a_verb_is_no_industry(text):
    assert "industry" not in sectors_of(text)


def test_cement_as_goods_still_counts():
    assert "industry" in sectors_of("The company will build a cement plant in Kenya under the agreement signed today.")
