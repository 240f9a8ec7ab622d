"""A body named for investment that is no bank and no ministry (an investment authority, board, agency, fund or
office) is at work in investment when its sentence reports activity, as a bank that lends is at work in finance.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "The Kenya Investment Authority said it was in talks with two Turkish developers on a textile park.",
        "The Oman Investment Authority will open an office in Nairobi next year.",
        "Officials of the Board of Investment met a Japanese delegation on Monday to discuss solar parks.",
    ],
)
def test_an_investing_body_at_work_is_investment(text: str) -> None:
    assert "investment" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bank named for investment lends (finance); a minister's portfolio and a body's history report nothing
        "The European Investment Bank will contribute 85 million dollars to the dam.",
        "The Minister of Planning and Investment met the Korean ambassador to discuss trade.",
        "The Kenya Investment Authority was founded in 2004.",
    ],
)
def test_a_bank_a_portfolio_or_a_body_in_passing_is_no_investment(text: str) -> None:
    assert "investment" not in sectors_of(text)
