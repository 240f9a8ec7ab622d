"""A state's own press writes its officials' titles with the state's formal name ("Minister of Foreign Affairs of
the Republic of Uzbekistan NAME"): that is no mark of the other side, so the unqualified officials of a report
filed from home stay home's. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_press_release_from_home_that_gives_its_minister_the_formal_state_name():
    found = persons(
        "Tashkent, 3 May 2024 - Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov received "
        "European Commissioner Maria Lund, who arrived from Brussels on Monday. Brussels will fund a rail study, "
        "she said, and a forum in Brussels will follow in June. The meeting was attended by Deputy Minister of "
        "Foreign Affairs Ilhom Nematov."
    )
    assert found["Ilhom Nematov"] == ("Deputy Minister of Foreign Affairs", "UZB")
    assert found["Bakhtiyor Saidov"] == ("Minister of Foreign Affairs", "UZB")


def test_a_demonym_in_a_title_still_marks_the_other_side():
    text = (
        "Malaysia and Malaysia and Malaysia signed a grid deal with Laos. Malaysian Energy Minister Rafiq Osman "
        "came on Monday. Energy Minister Bounmy Sengdara said the line would open in 2027."
    )
    assert persons(text)["Bounmy Sengdara"][1] == "LAO"
