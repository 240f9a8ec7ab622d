"""Identity across articles: a well-known body goes by other names, an older name and its name in Spanish,
French or Portuguese (`organizations.csv` aliases): each is the body. Names written for these tests."""

import pytest

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _ids(*names):
    mentions = [Mention(f"a{i}", "organization", name, name, None, None) for i, name in enumerate(names)]
    return assign_ids(group_mentions(mentions, {f"a{i}": "KEN" for i in range(len(names))}), mentions, [None] * 2, {})


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("E.U. Commission", "European Commission"),
        ("EC Commission", "European Commission"),
        ("A.U. Commission", "African Union Commission"),
        ("Commission de l'Union africaine", "AU Commission"),
        ("BRICS Bank", "New Development Bank"),
        ("Banco de los BRICS", "NDB"),
        ("IsDB Group", "Islamic Development Bank"),
        ("OPEC Fund", "OPEC Fund for International Development"),
        ("Total SA", "TotalEnergies"),
        ("Office Chérifien des Phosphates", "OCP Group"),
        ("Chinese Export-Import Bank", "Export-Import Bank of China"),
    ],
)
def test_a_known_bodys_other_name_is_the_body(one, other):
    ids = _ids(one, other)
    assert ids[0] == ids[1]
