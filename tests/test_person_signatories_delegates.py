"""The state a person signs for ("NAME, the Permanent Secretary, signed for Zambia"), and the office `Minister
Delegate` (no person named "Delegate"). Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_the_state_a_person_signs_for():
    text = (
        "Lusaka, 3 May 2019 - Hungary will lend $60 million to Zambia for water works. State Secretary Peter Kovacs "
        "signed for Hungary, while the Secretary to the Treasury, Mr. Fredson K. Yamba, signed for Zambia. Hungary "
        "and Hungary."
    )
    found = persons(text)
    assert found["Peter Kovacs"][1] == "HUN"
    assert found["Fredson K. Yamba"][1] == "ZMB"
    text = "Japan and Japan and Ghana. Finance Minister Kwame Asante signed the agreement on behalf of Ghana."
    assert persons(text)["Kwame Asante"][1] == "GHA"


def test_minister_delegate_is_one_office():
    text = (
        "RABAT - Morocco and Senegal signed a fisheries accord on Monday. The Moroccan Minister Delegate for African "
        "Cooperation, Youssef Amrani, and Senegal's Fisheries Minister Awa Ndiaye attended."
    )
    found = persons(text)
    assert "Delegate" not in found
    assert found["Youssef Amrani"] == ("Minister Delegate for African Cooperation", "MAR")
    text = (
        "Ghana signed the deal with France. Ghana's Trade Minister Kojo Mensah met France's Minister-Delegate for "
        "Trade, Marc Duval."
    )
    assert persons(text)["Marc Duval"] == ("Minister-Delegate for Trade", "FRA")
