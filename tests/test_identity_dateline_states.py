"""Identity across articles: a body an article names without any state (`the Ministry of Finance said`) is the
state's its dateline files it from, when the article names that state, before the state it names most: a
report from Dhaka on an Indian credit line names Bangladesh's ministry so. Articles written for these tests."""

import pytest

from tests.conftest import built_actors

# Each report names the other state most, and its own state's body without a state.
REPORTS = {
    "hanoi": (
        "HANOI, June 9 (AP) -- Japan and Vietnam signed a deal on port upgrades. Japan will provide a soft loan and "
        "Japan's agency JICA will oversee it, Japanese diplomats said. The Ministry of Planning and Investment said "
        "work would begin next year. Japan also pledged training.",
        "Ministry of Planning and Investment",
        "VNM",
    ),
    "lima": (
        "LIMA, Oct 2 (Reuters) - Brazil and Peru agreed to link their road networks, Brazilian officials said. Brazil "
        "will finance part of the work, and Brazil's development bank will lend. The Foreign Ministry said the "
        "accord would be ratified soon. Brazil praised the deal.",
        "Foreign Ministry",
        "PER",
    ),
    "accra": (
        "ACCRA, May 14 -- Britain will support Ghana's cocoa sector with a grant, British officials said. Britain "
        "and Britain's aid agency will fund training. The Ministry of Finance said the grant would reach farmers "
        "this year. Britain hopes for more trade.",
        "Ministry of Finance",
        "GHA",
    ),
    "dhaka": (
        "DHAKA, Jan 5 (PTI) India extended a credit line to Bangladesh. India will fund railways and India's Exim "
        "Bank will lend the money, Indian officials said. The Ministry of Finance said the funds would be used for "
        "rolling stock. India also offered power.",
        "Ministry of Finance",
        "BGD",
    ),
    "manila": (
        "MANILA, Aug 30 (Kyodo) -- Japan will provide patrol boats to the Philippines, Japanese officials said. "
        "Japan and Japan's coast guard will train crews. The Department of Transportation said the boats would "
        "arrive next year. Japan called it a milestone.",
        "Department of Transportation",
        "PHL",
    ),
    "lusaka": (
        "Lusaka, 4 July 2022 - China will restructure Zambia's debt, Chinese officials said. China's lenders agreed "
        "and China will extend maturities. The Ministry of Finance and National Planning said talks had concluded. "
        "China hailed the deal.",
        "Ministry of Finance and National Planning",
        "ZMB",
    ),
    "santiago": (
        "SANTIAGO, Dec 1 (Reuters) - Spain will help Chile build desalination plants, Spanish officials said. "
        "Spain's firms will bid and Spain will provide credit. The Ministry of Public Works said tenders would open "
        "in March. Spain welcomed it.",
        "Ministry of Public Works",
        "CHL",
    ),
}


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    return built_actors(
        tmp_path_factory.mktemp("datelines"), {name: text + "\n" for name, (text, _, _) in REPORTS.items()}
    )


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_a_body_without_a_state_is_the_state_of_the_dateline_place(actors, report):
    _, body, state = REPORTS[report]
    ids = actors.loc[(actors["article_id"] == report) & (actors["name"] == body), "actor_id"].tolist()
    assert ids and all(i.startswith(f"{state}/") for i in ids), ids
