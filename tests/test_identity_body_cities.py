"""Identity across articles: a body an article names without a state, with the city it is in or speaks from next to
it ("Cairo's Ministry of Supply", "In Jakarta, the Ministry of Transportation said", "the Department of Health in
Port Moresby"), is that city's state's body when the article names that state, whatever its dateline and the state
it names most. A mission's city is its host's, not its own state's. Articles written for these tests."""

import pytest

from tests.conftest import built_actors

REPORTS = {
    "paris": (
        "PARIS (AFP) - France and Senegal signed a water deal. France will lend money and France will send experts, "
        "French officials said. The Ministry of Water in Dakar will run the project for Senegal. France called it a "
        "priority.",
        "Ministry of Water",
        "SEN",
    ),
    "moscow": (
        "MOSCOW, March 2 (TASS) - Russia and Egypt discussed grain supplies. Russia will ship wheat and Russia will "
        "build silos. Cairo's Ministry of Supply said the first cargo would arrive in May for Egypt. Russia "
        "confirmed it.",
        "Ministry of Supply",
        "EGY",
    ),
    "tokyo": (
        "TOKYO (Kyodo) -- Japan will help Indonesia build a railway, Japanese officials said. Japan will lend money "
        "and Japan will send engineers.\n\nIn Jakarta, the Ministry of Transportation said Indonesia would pick "
        "contractors soon. Japan agreed.",
        "Ministry of Transportation",
        "IDN",
    ),
    "brussels": (
        "BRUSSELS (Reuters) - The European Union and Morocco renewed a fisheries pact with Spain watching closely. "
        "Spain backed it and Spain's fleet will benefit. Rabat's Ministry of Agriculture said Morocco would monitor "
        "catches. Spain welcomed the step.",
        "Ministry of Agriculture",
        "MAR",
    ),
    "canberra": (
        "CANBERRA, Oct 3 (AAP) - Australia will fund clinics in Papua New Guinea, Australian officials said. "
        "Australia will send nurses and Australia will build labs. The Department of Health in Port Moresby said "
        "Papua New Guinea would staff them. Australia agreed.",
        "Department of Health",
        "PNG",
    ),
    "nairobi": (
        "Nairobi, 12 May 2019 - Kenya and Germany signed a training deal. Kenya will host the schools and Kenya will "
        "pick the trainees. The envoy said the Federal Ministry of Education (BMBF) in Berlin regarded Germany's "
        "programme as a model. Kenya thanked Germany.",
        "Federal Ministry of Education",
        "DEU",
    ),
}


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    return built_actors(
        tmp_path_factory.mktemp("cities"), {name: text + "\n" for name, (text, _, _) in REPORTS.items()}
    )


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_a_body_without_a_state_is_the_state_of_the_city_named_with_it(actors, report):
    _, body, state = REPORTS[report]
    ids = actors.loc[(actors["article_id"] == report) & (actors["name"] == body), "actor_id"].tolist()
    assert ids and all(i.startswith(f"{state}/") for i in ids), ids
