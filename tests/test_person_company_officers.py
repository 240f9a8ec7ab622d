"""Company officers serve the company's state, not the host's nor a minister's nearby: the company's state comes
from the text (a state before the company's name, a state word in its name) or from the table of well-known
companies; a state the text gives the person still wins, and an unknown company leaves the state to the other
rules. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_an_office_after_a_well_known_company_before_the_name():
    text = (
        "Vietnam picked the turbines for its first offshore farm on Monday. Vestas chief executive Henrik Lund "
        "told reporters in Hanoi that Vietnam would get 40 machines."
    )
    assert persons(text)["Henrik Lund"] == "DNK"
    text = "Caterpillar CEO Mark Doyle met Indonesia's mining minister in Jakarta on Tuesday to discuss trucks."
    assert persons(text)["Mark Doyle"] == "USA"


def test_a_company_the_text_gives_a_state_before_its_name():
    text = (
        "Indonesia chose US group Halvorsen Energy to build the plant in Java. Halvorsen Energy chief executive "
        "Tom Brickell said in Jakarta that work would start in May."
    )
    assert persons(text)["Tom Brickell"] == "USA"


def test_the_head_of_a_company_named_before_the_name():
    text = (
        "Uzbekistan will buy 20 locomotives. The head of Russian Railways, Pavel Orlov, said in Tashkent that "
        "deliveries would begin next year."
    )
    assert persons(text)["Pavel Orlov"] == "RUS"


def test_an_office_at_a_company_said_after_the_name():
    text = (
        "Greg Owens, senior vice president of sales for Africa at Caterpillar, said in Lusaka that Zambia would "
        "receive 50 trucks this year."
    )
    assert persons(text)["Greg Owens"] == "USA"


def test_an_office_at_a_company_in_french_and_spanish():
    text = "L'accord a été signé à Alger en présence de l'administrateur délégué d'Enel, Marco Bellini."
    assert persons(text, "fr")["Marco Bellini"] == "ITA"
    text = "El acuerdo fue firmado en Lima por el consejero delegado de Repsol, Javier Ortega Ruiz."
    assert persons(text, "es")["Javier Ortega Ruiz"] == "ESP"


def test_an_unknown_company_leaves_the_state_to_the_other_rules():
    text = "Kenya signed the deal in Nairobi. Brindle Works chief executive Amos Kiprop said Kenya would gain."
    assert persons(text)["Amos Kiprop"] == "KEN"


def test_a_bare_company_office_is_held_at_the_company_the_sentence_names():
    text = (
        "Petrobras wants foreign partners for its deep-water wells and hopes to sign this year, chairman Joana "
        "Lima said in Luanda after meeting Angolan officials."
    )
    assert persons(text)["Joana Lima"] == "BRA"
    # two states' bodies: which one the chairman heads the sentence does not say
    text = (
        "The loan from China Development Bank will pay for Kenya Power's new lines, chairman Peter Njoroge said "
        "in Nairobi."
    )
    assert persons(text)["Peter Njoroge"] == "KEN"
