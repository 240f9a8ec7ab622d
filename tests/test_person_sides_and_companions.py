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


def test_a_lenders_own_release_names_it_the_bank_and_its_officials_serve_no_state():
    text = (
        'The Asian Development Bank approved a loan to Laos, with the Export-Import Bank of Korea. "Roads '
        "matter,\" said Bank President Tomoko Ishida. The Bank's Director General, Priya Ramnath, said more would come."
    )
    found = persons(text)
    assert found["Tomoko Ishida"][1] is None
    assert found["Priya Ramnath"][1] is None
    text = "The World Bank lent to Peru. Central Bank president Jorge Salas Ortiz said reserves were up, Peru said."
    assert persons(text)["Jorge Salas Ortiz"][1] == "PER"
    text = "Ministers of Chile met, while the IMF will lend $1 billion, its managing director, Carla Mendes, said."
    assert persons(text)["Carla Mendes"][1] is None


def test_an_eu_envoy_carries_the_eu_code_and_a_commissioner_none():
    text = "Peru and Peru. EU Trade Commissioner Anna Lindqvist and EU Ambassador Marc Dufresne met in Lima."
    found = persons(text)
    assert found["Anna Lindqvist"][1] is None
    assert found["Marc Dufresne"][1] == "EUU"


def test_a_possessive_before_a_title_that_runs_on_through_a_place():
    text = (
        "Saudi Arabia and Saudi Arabia and Ghana. The talks were attended by the Minister of State for Trade Omar "
        "Saleh Qahtani and Ghana's Ambassador to the Kingdom Kwame Asante."
    )
    assert persons(text)["Kwame Asante"][1] == "GHA"


def test_a_company_given_a_state_before_its_name_gives_it_to_its_officers():
    text = (
        "Norway's Fjordkraft Holding will build a wind farm in Kazakhstan. The deal was signed in Astana by "
        "Energy Minister Askar Zhumagaliyev and Fjordkraft Holding CEO Lars Haugen, Kazakhstan said."
    )
    assert persons(text)["Lars Haugen"][1] == "NOR"
    text = (
        "Kenya signed a port deal with Doha sovereign wealth fund QIA on Monday, Kenya said. QIA chief executive "
        "Hamad Al-Kuwari said the fund would invest more."
    )
    assert persons(text)["Hamad Al-Kuwari"][1] == "QAT"
