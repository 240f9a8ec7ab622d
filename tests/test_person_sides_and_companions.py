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


def test_companions_serve_the_state_of_the_one_they_go_with():
    text = (
        "Chile and Chile and Chile hosted the talks with Uruguay. Uruguayan President Tomas Lacalle Ferreira "
        "arrived in Santiago. He was accompanied by Economy Minister Marta Irazabal and Defence Minister Jose Pintos."
    )
    found = persons(text)
    assert found["Marta Irazabal"][1] == "URY"
    assert found["Jose Pintos"][1] == "URY"
    text = (
        "Ghana and Ghana and Ghana met Namibia. The Namibian delegation included Agnes Hamutenya, Minister of "
        "Mines, and Peter Shikongo, Governor of the Bank of Namibia."
    )
    assert persons(text)["Agnes Hamutenya"][1] == "NAM"


def test_a_host_who_receives_a_guest_is_not_of_the_guests_state():
    text = (
        "Georgia and Georgia and Georgia. The Georgian Foreign Minister Levan Abashidze was received on Monday in "
        "Baku by President Ilham Aliyev and by Speaker Sahiba Gafarova, Azerbaijan said."
    )
    assert persons(text)["Sahiba Gafarova"][1] == "AZE"
    text = (
        "Marrocos e Marrocos e Marrocos. O ministro do Comércio de Marrocos, Karim Tazi, foi recebido nesta "
        "terça-feira no Palácio do Planalto pelo ministro Rui Almeida Costa, informou o Brasil."
    )
    assert persons(text, "pt")["Rui Almeida Costa"][1] == "BRA"


def test_a_person_who_will_visit_or_thanks_a_state_is_not_of_it():
    text = (
        "Kenya and Qatar and Qatar and Qatar. The Qatar Fund pledged aid. Cabinet Secretary for Energy Ruth "
        "Wanjala will visit Qatar in May, Kenya said."
    )
    assert persons(text)["Ruth Wanjala"][1] == "KEN"
    text = (
        "Japan and Japan and Japan gave vaccines to Mongolia. Minister of Health Bat-Erdene Sodnom thanked Japan "
        "for the doses."
    )
    assert persons(text)["Bat-Erdene Sodnom"][1] == "MNG"
