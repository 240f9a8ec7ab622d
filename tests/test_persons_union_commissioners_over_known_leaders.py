"""A union's commissioner serves the union, not a state: in English, Spanish, French and Portuguese ("Commissioner
NAME", "le commissaire NAME", "el comisario NAME", "o comissário NAME"), and even when the holders' table knows
the name as a state's former leader, since the office the article states wins over the table. A commissioner of
police, a state's high commissioner and the same leader in a state's office keep their state. Sentences written
for these tests."""

from pipelines.extract.actors import extract_actors


def person(text, name, language="en"):
    return next(a for a in extract_actors(text, language=language) if a.name == name)


def test_a_known_former_leader_titled_commissioner_serves_the_union():
    text = (
        "Vietnam and the European Union opened talks in Hanoi on Monday. Commissioner Valdis Dombrovskis said the "
        "deal would cut tariffs on rice and shoes."
    )
    assert person(text, "Valdis Dombrovskis").country is None
    text = (
        "Prime Minister Irakli Kobakhidze thanked Commissioner Paolo Gentiloni for the EU's budget support. Georgia "
        "and Armenia also discussed transit."
    )
    assert person(text, "Paolo Gentiloni").country is None


def test_the_same_leader_in_a_state_office_keeps_the_state():
    text = (
        "Italy and Tunisia discussed migration in Tunis. Paolo Gentiloni, Italy's prime minister, pledged coast "
        "guard boats."
    )
    assert person(text, "Paolo Gentiloni").country == "ITA"
    text = "Latvia and Estonia agreed a rail plan. Prime Minister Valdis Dombrovskis said Riga would pay half."
    assert person(text, "Valdis Dombrovskis").country == "LVA"


def test_a_bare_commissioner_in_french_spanish_and_portuguese():
    text = (
        "Le Niger et l'Union européenne ont signé jeudi une convention de 90 millions d'euros. Le commissaire "
        "Johannes Brandt a salué un partenariat « exemplaire »."
    )
    found = person(text, "Johannes Brandt", "fr")
    assert (found.country, found.role) == (None, "commissaire")
    text = (
        "Paraguay y la Comisión Europea firmaron un memorando sobre hidrógeno. La comisaria Ingrid Solberg visitó "
        "Asunción el martes."
    )
    assert person(text, "Ingrid Solberg", "es").country is None
    text = (
        "Cabo Verde e a União Europeia assinaram um acordo de pescas na Praia. O comissário Tomas Lindqvist "
        "elogiou o governo."
    )
    assert person(text, "Tomas Lindqvist", "pt").country is None


def test_commissioners_that_serve_a_state():
    # no union named: a police commissioner is the story's state's
    text = (
        "Le Sénégal et la Gambie ont renforcé leurs patrouilles. Le commissaire Ibrahima Ndiaye, de la police de "
        "Dakar, a confirmé les arrestations."
    )
    assert person(text, "Ibrahima Ndiaye", "fr").country == "SEN"
    # a high commissioner holds a state's office
    text = (
        "Le Maroc et l'Union européenne ont signé un accord à Rabat. Le haut-commissaire au Plan, Ahmed Lahlimi, "
        "a présenté les chiffres."
    )
    assert person(text, "Ahmed Lahlimi", "fr").country == "MAR"
