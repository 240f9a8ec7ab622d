"""A person named with an office and then the body they serve, whose name ends in its state ("Governor NAME of the
Bank of Mongolia"): the body's state is theirs, not the report's home (sentences written for these tests)."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_an_office_holder_of_a_body_named_after_the_name():
    found = persons(
        "BEIJING - China and Mongolia extended the swap. Governor B. Lkhagvasuren of the Bank of Mongolia said the "
        "deal helped."
    )
    assert found == {"B. Lkhagvasuren": ("Governor", "MNG")}
    found = persons(
        "NAIROBI - Kenya and Japan agreed on a loan. Deputy Governor Amina Wekesa of the Central Bank of the Republic "
        "of Kenya said it would fund a port."
    )
    assert found["Amina Wekesa"][1] == "KEN"
