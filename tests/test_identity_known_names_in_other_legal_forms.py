"""Identity across articles: a company the knowledge base knows is the same actor whatever legal form an article
writes it with (`Corp.`, `Corporation`, `Co., Ltd.`, none) and whether it writes `&` or `and`; names that differ
in a word stay apart. Articles written for these tests."""

import pytest

from tests.conftest import built_actors

REPORTS = {
    "a": "Zambia signed a road contract with China Road and Bridge Corp. on Monday, officials in Lusaka said.",
    "b": "The China Road & Bridge Corporation will also build a bridge in Guyana, its manager said in Georgetown.",
    "c": "Vietnam hired Tokyo Electric Power Co. to advise on a grid upgrade, the utility said.",
    "d": "Tokyo Electric Power Company will send engineers to Hanoi in May, the company said.",
    "e": "Poland picked Korea Hydro and Nuclear Power Co., Ltd. to build its second plant, Warsaw said.",
    "f": "Korea Hydro & Nuclear Power will open an office in Warsaw, the company said.",
    "g": "Oman hired Chiyoda Corp. to build a gas plant last week, officials said.",
    "h": "Chiyoda Corporation finished a refinery unit in Qatar, the company said.",
    "i": "Daewoo Engineering and Construction won a port contract in Iraq, the company said.",
    "j": "Iraq's port authority said Daewoo Engineering & Construction Co. would start dredging in June.",
    # another body whose name differs by a word: not the same actor
    "k": "China Railway Construction Corporation will lay a line in Nigeria, the firm said.",
    "l": "China Railway Engineering Corp. will build a line in Tanzania, the firm said.",
}

SAME = [("a", "b"), ("c", "d"), ("e", "f"), ("g", "h"), ("i", "j")]


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    return built_actors(tmp_path_factory.mktemp("legal_forms"), {k: v + "\n" for k, v in REPORTS.items()})


def _company(actors, article):
    rows = actors[(actors["article_id"] == article) & (actors["actor_type"] == "organization")]
    ids = rows["actor_id"].tolist()
    assert len(ids) >= 1, rows[["actor_id", "name"]].to_dict("records")
    return ids[0]


@pytest.mark.parametrize(("one", "other"), SAME)
def test_a_known_company_is_one_actor_whatever_its_legal_form_and_ampersand(actors, one, other):
    assert _company(actors, one) == _company(actors, other)


def test_companies_whose_names_differ_by_a_word_stay_apart(actors):
    assert _company(actors, "k") != _company(actors, "l")
