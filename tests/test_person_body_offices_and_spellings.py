"""A person's state, on sentences written for these tests: an office the name of an international body qualifies,
before or after the name, is of no state; one name spelled two ways in one article is one person."""

from pipelines.extract.actors import extract_actors

TAIL = " Ghana and Togo signed two accords. Ghana will host the next round in Accra."


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


def test_an_office_the_body_qualifies_before_the_name_is_of_no_state():
    for sentence, name in (
        ("Accra got the proposals through the European Union coordinator Lena Varga.", "Lena Varga"),
        ("AU Special Envoy for the Horn of Africa and Sahel Affairs Moussa Keita arrived.", "Moussa Keita"),
        ("The World Bank country director Anna Kowal said the money was ready.", "Anna Kowal"),
    ):
        assert countries(sentence + TAIL)[name] is None, sentence


def test_an_office_the_body_qualifies_after_the_name_is_of_no_state():
    text = '"Power meters pay for themselves," said Timur Rakhimov, ADB Senior Energy Specialist for the region.'
    assert countries(text + TAIL)["Timur Rakhimov"] is None


def test_an_office_that_names_a_state_or_a_minister_near_a_lender_keeps_the_state():
    text = "Under the IMF programme, Ghana's Finance Minister Kwame Mensah said the budget would hold." + TAIL
    assert countries(text)["Kwame Mensah"] == "GHA"
    text = "The talks with the IMF went well, Finance Minister Kwame Mensah said in Accra." + TAIL
    assert countries(text)["Kwame Mensah"] == "GHA"


def test_one_name_spelled_two_ways_after_its_surname_alone_is_one_person():
    text = (
        "Rakhmon hosts Mirziyoyev\n\nUzbek President Shavkat Mirziyoyev and Tajik President Emomali Rahmon met in "
        "Dushanbe. Later Emomali Rakhmon said trade had grown, and Mirziyoyev agreed."
    )
    found = countries(text)
    assert found == {"Shavkat Mirziyoyev": "UZB", "Emomali Rahmon": "TJK"}


def test_a_government_named_after_the_office_and_its_body_gives_the_state():
    tail = " India and Nepal signed the pact in New Delhi. India will fund it."
    text = "It was signed by Mr. Ram Thapa, Joint Secretary, Ministry of Water, Government of Nepal, in New Delhi."
    assert countries(text + tail)["Ram Thapa"] == "NPL"
    text = "Ms. Sita Rai, Under Secretary, Government of Nepal, was present."
    assert countries(text + tail)["Sita Rai"] == "NPL"


def test_the_state_that_sends_a_delegation_is_its_leaders():
    tail = " Kenya and China signed the deal in Nairobi. Kenya will build it."
    text = "Rwanda, which plans a line of its own, sent a delegation led by Infrastructure Minister Jean Habimana."
    assert countries(text + tail)["Jean Habimana"] == "RWA"
    text = "Uganda dispatched a high-level delegation headed by Transport Minister Paul Okello to observe."
    assert countries(text + tail)["Paul Okello"] == "UGA"


def test_an_ambassador_of_one_state_in_another_in_french_is_of_the_first():
    text = (
        "Le texte a été signé par le ministre Amadou Sall, en présence de l'ambassadeur de France au Sénégal, "
        "Paul Martin. Le Sénégal et la France ont signé deux accords à Dakar."
    )
    found = {a.name: a.country for a in extract_actors(text, language="fr") if a.actor_type == "person"}
    assert found["Paul Martin"] == "FRA"


def test_two_holders_of_one_plural_office_in_romance_text_serve_two_states():
    for language, text, names in (
        (
            "pt",
            "Os ministros dos Negócios Estrangeiros, João Cravo e Mauro Lima, assinaram um acordo em Lisboa. "
            "Portugal e o Brasil assinaram. Lisboa recebeu a cimeira. Portugal quer mais.",
            ("João Cravo", "Mauro Lima"),
        ),
        (
            "es",
            "Los presidentes Juan Pérez y Carlos Ruiz firmaron un acuerdo en Montevideo. Uruguay y Paraguay "
            "firmaron. Montevideo fue la sede. Uruguay quiere más.",
            ("Juan Pérez", "Carlos Ruiz"),
        ),
    ):
        found = {a.name: (a.country, a.role) for a in extract_actors(text, language=language)}
        (first, first_role), (second, second_role) = found[names[0]], found[names[1]]
        assert first_role and first_role == second_role, text
        assert first and second and first != second, text


def test_a_clause_after_an_office_names_no_one_in_romance_text():
    text = (
        "O ministro angolano lembrou que o Orçamento Geral do Estado prevê mais despesas. Angola e Brasil "
        "assinaram em Luanda."
    )
    names = {a.name for a in extract_actors(text, language="pt") if a.actor_type == "person"}
    assert not any("Orçamento" in name for name in names)
    text = "Le ministre malien a rappelé que la Banque Centrale paiera. Le Mali et le Niger ont signé."
    assert not [a for a in extract_actors(text, language="fr") if a.actor_type == "person"]


def test_in_a_list_of_offices_each_said_before_its_name_the_office_after_a_name_is_the_next_ones():
    text = (
        "The accord was signed by Minister of Mines, Karim Saadi, Nigerian Minister of State for Gas, Musa Bello "
        "and Niger's Minister of Petroleum, Issa Moussa. Algeria, Nigeria and Niger met in Algiers. Algeria will host."
    )
    found = {a.name: (a.country, a.role) for a in extract_actors(text) if a.actor_type == "person"}
    assert found["Karim Saadi"] == ("DZA", "Minister of Mines")
    assert found["Musa Bello"] == ("NGA", "Minister of State for Gas")
    assert found["Issa Moussa"] == ("NER", "Minister of Petroleum")


def test_portfolios_of_resource_and_service_ministries_make_an_office():
    tail = " Niger and Mali met in Niamey. Niger will host."
    for office in ("Minister of Oil", "Minister of Sanitation and Hydraulics", "Minister for Posts", "Minister of Aid"):
        text = f"The accord was signed by Niger's {office}, Issa Moussa." + tail
        found = {a.name: (a.country, a.role) for a in extract_actors(text) if a.actor_type == "person"}
        assert found["Issa Moussa"] == ("NER", office), office


def test_a_list_goes_on_through_the_and_an_honorific_before_the_next_office():
    tail = " India and Nepal signed in Kathmandu. India will fund it. New Delhi hosted."
    for text in (
        "He will call on the Prime Minister of Nepal, Ram Oli, and the President, Sita Bhandari, on Friday.",
        "He will call on the Rt. Hon'ble Prime Minister of Nepal, Shri Ram Oli, and the Rt. Hon'ble President, "
        "Smt. Sita Bhandari, on Friday.",
    ):
        found = {a.name: a.country for a in extract_actors(text + tail) if a.actor_type == "person"}
        assert found == {"Ram Oli": "NPL", "Sita Bhandari": "NPL"}, text


def test_a_sentence_that_opens_in_a_city_gives_its_unqualified_official_the_citys_state():
    tail = " Poland and Britain signed a pact in London. Britain will host. London again. Britain wants more."
    text = "In Warsaw, Deputy Prime Minister Jan Nowak told reporters that remittances grew." + tail
    assert countries(text)["Jan Nowak"] == "POL"
    text = "In Warsaw, the visiting Deputy Prime Minister Jan Nowak told reporters that remittances grew." + tail
    assert countries(text)["Jan Nowak"] != "POL"


def test_a_name_that_opens_with_an_accented_capital_is_whole():
    text = "President Álvaro Mejía met Foreign Minister Óscar Berrío in Bogotá. Colombia and Peru signed."
    found = {a.name: a.role for a in extract_actors(text) if a.actor_type == "person"}
    assert found == {"Álvaro Mejía": "President", "Óscar Berrío": "Foreign Minister"}
