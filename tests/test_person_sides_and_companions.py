"""A person's state from the sides of a report: a state written in its officials' titles marks the other side,
companions serve the state of the one they go with, a host is not of the guest's state, a lender's own release
names it "the Bank", and an EU envoy carries the EU's code where its other officials serve no state. Sentences
written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_state_given_in_titles_marks_the_other_side():
    text = (
        "Malaysia and Malaysia and Malaysia signed a grid deal with Laos. Malaysian Energy Minister Rafiq Osman "
        "came on Monday. Energy Minister Bounmy Sengdara said the line would open in 2027, the Laos government said."
    )
    assert persons(text)["Bounmy Sengdara"][1] == "LAO"
    text = (
        "Colombia and Colombia agreed a coffee deal with Peru. Trade Minister Lucia Paredes told Colombian "
        "Trade Minister Andres Morales that Peru wanted more access."
    )
    assert persons(text)["Lucia Paredes"][1] == "PER"


def test_a_state_visited_is_not_the_visiting_side():
    text = (
        "Thailand and Vietnam agreed to a rice deal. Tourists visiting Thailand rose last year, Vietnamese "
        "Deputy Minister Tran Van Hoa said. Thailand and Thailand. Commerce Minister Somchai Rattana welcomed it."
    )
    assert persons(text)["Somchai Rattana"][1] == "THA"
