"""Identity across articles: a body an article names without a state, as the place of an office whose holder it
names ("the Chief Director in the Ministry of Finance, Dr. Abena Owusu", "Jaroslav Novotny, a director at the
Ministry of Industry"), is the holder's state's body when the article names that state, whatever state it names
most. A body named with nobody's office stays the article's state's. Articles written for these tests."""

import pytest

from tests.conftest import built_actors

REPORTS = {
    "accra": (
        "BUDAPEST, June 4 (MTI) - Hungary and Ghana signed a credit line for water works. Hungary will lend the "
        "money and Hungary will send engineers, Hungarian officials said. Hungarian Foreign Minister Peter Vargas "
        "signed for Hungary, and the Chief Director in the Ministry of Finance, Dr. Abena Owusu, signed for Ghana. "
        "Ghanaian Chief Director Abena Owusu said Ghana would repay it over twenty years. Hungary welcomed it.",
        "Ministry of Finance",
        "GHA",
    ),
    "kumasi": (
        "BUDAPEST, June 4 (MTI) - Hungary and Ghana signed a credit line for school buses. Hungary will lend the "
        "money and Hungary will build the buses, Hungarian officials said. Hungarian Foreign Minister Peter Vargas "
        "signed for Hungary. Ghanaian official Kwame Asante, Chief Director at the Ministry of Education, said "
        "Ghana would repay it over ten years. Hungary welcomed the deal.",
        "Ministry of Education",
        "GHA",
    ),
    "prague": (
        "NAIROBI, May 9 (KNA) - Kenya and the Czech Republic agreed to build a tractor plant. Kenya will provide "
        "the land and Kenya will train the workers, Kenyan officials said. Czech Deputy Minister Jaroslav Novotny, "
        "a director at the Ministry of Industry, said the Czech Republic would send machines. Kenya thanked the "
        "Czech Republic.",
        "Ministry of Industry",
        "CZE",
    ),
}


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    texts = {name: text + "\n" for name, (text, _, _) in REPORTS.items()}
    texts["lima"] = (
        "LIMA, April 2 (Andina) - Peru and Japan discussed fisheries. Peru will host the talks and Peru will "
        "publish the figures, Peruvian officials said. Japanese Ambassador Kenji Tanabe visited the Ministry of "
        "Production in Lima. Peru thanked Japan.\n"
    )
    texts["astana"] = (
        "ASTANA, May 5 (Kazinform) - Kazakhstan will build two power lines with China's help, Kazakh officials "
        "said. Kazakhstan will pick the routes and Kazakhstan will train the crews. The planning minister spoke "
        "to Chinese Ambassador Li Wenhao, who called on him at the Planning Agency on Monday. Kazakhstan thanked "
        "China.\n"
    )
    return built_actors(tmp_path_factory.mktemp("officials"), texts)


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_a_body_is_the_state_of_the_official_named_with_an_office_in_it(actors, report):
    _, body, state = REPORTS[report]
    rows = actors[(actors["article_id"] == report) & (actors["name"] == body)]
    assert rows["actor_id"].tolist() == [f"{state}/{body.lower().replace(' ', '-')}"]


@pytest.mark.parametrize(
    ("report", "body", "state"), [("lima", "Ministry of Production", "PER"), ("astana", "Planning Agency", "KAZ")]
)
def test_a_body_a_foreign_envoy_visits_stays_the_reports_state(actors, report, body, state):
    rows = actors[(actors["article_id"] == report) & (actors["name"] == body)]
    assert rows["actor_id"].tolist() == [f"{state}/{body.lower().replace(' ', '-')}"]
