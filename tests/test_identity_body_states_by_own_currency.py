"""Identity across articles: a body an article names without any state (`the Ministry of Finance said`) is the
state's whose own currency most of the article's figures are in, before the state the article names most: a
report on trade with China quoted in baht names Thailand's ministry so. A loan, aid or an investment is often in
the giver's money and does not count; the dollar is every report's; a dateline is surer. Articles written for
these tests."""

import pytest

from tests.conftest import built_actors

# Each report names the other state most, gives its figures in its own state's money, and names its own state's
# body without a state.
OWN_MONEY = {
    "baht": (
        "China bought more durian than ever. China and Thailand agreed on faster checks, and China will open two "
        "more border posts for Thailand. Fruit exports to China reached 120 billion baht in the first half, the "
        "Ministry of Commerce said. China remains the largest market.",
        "Ministry of Commerce",
        "THA",
    ),
    "rand": (
        "Germany is courting suppliers of green hydrogen. Germany and South Africa signed a memorandum, and Germany "
        "will host a trade fair. Exports of platinum to Germany rose to R14.2 billion last year, according to the "
        "Department of Trade, Industry and Competition. Germany buys a tenth of the metal.",
        "Department of Trade, Industry and Competition",
        "ZAF",
    ),
    "zloty": (
        "Ukraine needs grain corridors. Ukraine and Poland reopened talks, and Ukraine asked for rail capacity. "
        "Transit fees earned 310 million zlotys in the spring, the Ministry of Infrastructure said. Ukraine hopes "
        "to double the volume.",
        "Ministry of Infrastructure",
        "POL",
    ),
    "naira": (
        "Britain wants more cocoa. Britain and Nigeria held a trade dialogue, and Britain pledged to cut red tape. "
        "Cocoa shipments to Britain were worth 95 billion naira in the quarter, the Ministry of Finance said. "
        "Britain is a top buyer.",
        "Ministry of Finance",
        "NGA",
    ),
    "rupiah": (
        "Japan is buying nickel. Japan and Indonesia met in Osaka, and Japan sought long-term supply. Smelter "
        "revenue climbed to Rp 48 trillion, while customs collected Rp 6 trillion, the Ministry of Industry "
        "reported. Japan welcomed the figures.",
        "Ministry of Industry",
        "IDN",
    ),
    "shilling": (
        "Egypt signed a tea deal. Egypt and Kenya agreed on quotas, and Egypt cut a tariff. Tea sales to Egypt "
        "brought in KSh 41 billion, and the National Treasury said levies raised KSh 3 billion more. Egypt is "
        "the largest buyer.",
        "National Treasury",
        "KEN",
    ),
    "rupee": (
        "Russia is selling more oil. Russia and India settled a payment dispute, and Russia offered discounts. "
        "Imports from Russia cost ₹1.9 lakh crore in the year, the Ministry of Commerce and Industry said. "
        "Russia is now a leading supplier.",
        "Ministry of Commerce and Industry",
        "IND",
    ),
}

# Reports the rule must leave to the other cues.
OTHER_CUES = {
    # a loan in the lender's money: the borrower names its own ministry, and names its state most
    "yen_loan": (
        "Sri Lanka will receive a loan from Japan. Sri Lanka and Sri Lanka's port authority will use the 35 billion "
        "yen loan for a container terminal, the Ministry of Finance said. Sri Lanka expects work to start soon.",
        "Ministry of Finance",
        "LKA",
    ),
    # dollars are every report's money: the state named most decides
    "dollars": (
        "Vietnam and Vietnam's exporters see demand from Canada. Vietnam shipped $4.1 billion of goods to Canada, "
        "the Ministry of Industry and Trade said. Vietnam plans a trade office.",
        "Ministry of Industry and Trade",
        "VNM",
    ),
    # a dateline's place is surer than the money
    "dateline": (
        "SEOUL, March 3 (Yonhap) -- South Korea will import more coal from Indonesia, South Korean officials said. "
        "Indonesia and South Korea set prices, and shipments worth Rp 20 trillion are planned, the Ministry of "
        "Trade said. Indonesia welcomed the order.",
        "Ministry of Trade",
        "KOR",
    ),
}


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    reports = {**OWN_MONEY, **OTHER_CUES}
    return built_actors(
        tmp_path_factory.mktemp("currencies"), {name: text + "\n" for name, (text, _, _) in reports.items()}
    )


def _ids(actors, report, body):
    return actors.loc[(actors["article_id"] == report) & (actors["name"] == body), "actor_id"].tolist()


@pytest.mark.parametrize("report", sorted(OWN_MONEY))
def test_a_body_without_a_state_is_the_state_whose_money_the_figures_are_in(actors, report):
    _, body, state = OWN_MONEY[report]
    ids = _ids(actors, report, body)
    assert ids and all(i.startswith(f"{state}/") for i in ids), ids


@pytest.mark.parametrize("report", sorted(OTHER_CUES))
def test_a_loan_in_the_givers_money_dollars_and_datelines_leave_the_other_cues(actors, report):
    _, body, state = OTHER_CUES[report]
    ids = _ids(actors, report, body)
    assert ids and all(i.startswith(f"{state}/") for i in ids), ids


def test_only_a_currency_one_state_alone_issues_names_a_state():
    from pipelines.knowledge.money_vocabulary import currency_states

    states = currency_states()
    assert states["KES"] == "KEN" and states["THB"] == "THA" and states["PLN"] == "POL"
    # several states' money (`CFA francs`, the euro) and the dollar every report quotes say nothing of a side
    assert not {"XOF", "XAF", "EUR", "USD"} & set(states)
