"""A report filed from a town of its own state (a dateline naming a town of a hundred thousand people that is no
capital nor a city of a million: `RZESZÓW, May 4 -`, `Tete, 8 de Maio -`, `El Jadida –`) leaves that state's
officials unqualified, even where it names the partner state more often. A town whose name other states' towns
bear (`Kingston`) names no state. Sentences and names written for these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import dateline_countries


def persons(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_the_state_of_a_dateline_town():
    assert dateline_countries("RZESZÓW, May 4 - Poland opened a crossing.")[-1] == "POL"
    assert dateline_countries("Subotica, 2 March 2021 - Serbia and Hungary met.")[-1] == "SRB"
    assert dateline_countries("Chandigarh, October 12 (PTI) - India said.")[-1] == "IND"
    assert dateline_countries("Kingston, May 3 - Jamaica said.") == ()


def test_a_home_minister_in_a_report_from_a_town_that_names_the_partner_more():
    text = (
        "RZESZÓW, May 4 - Poland and Ukraine opened a new lane at the border crossing on Monday. Infrastructure "
        "Minister Adam Wielgosz said traffic would double by the summer. Ukraine's Deputy Minister Taras Boyko "
        "said Ukraine would widen the road on its side, and Ukraine would pay for the new customs hall."
    )
    found = persons(text)
    assert found["Adam Wielgosz"] == "POL"
    assert found["Taras Boyko"] == "UKR"


def test_a_home_governor_in_a_report_from_an_indian_town():
    text = (
        "Chandigarh, October 12 - India and Japan signed a loan for the metro on Tuesday. Chief Secretary Rajiv "
        "Malhotra said the work would start next year. Japan will lend the money, and Japan's Ambassador Kenji "
        "Arakawa said Japan would send engineers."
    )
    found = persons(text)
    assert found["Rajiv Malhotra"] == "IND"
    assert found["Kenji Arakawa"] == "JPN"


def test_a_home_minister_in_portuguese_and_french_town_datelines():
    text = (
        "Tete, 8 de Maio - Moçambique e o Brasil assinaram um acordo sobre o carvão. O ministro dos Recursos "
        "Minerais, Joaquim Mabunda, disse que o Brasil vai investir mais. O embaixador do Brasil, Ricardo Lemos, "
        "afirmou que o Brasil quer mais carvão."
    )
    found = persons(text, "pt")
    assert found["Joaquim Mabunda"] == "MOZ"
    text = (
        "El Jadida – Le Maroc et l'Espagne ont signé jeudi un accord portuaire. Le ministre de l'Équipement, "
        "Karim Bennani, a précisé que l'Espagne financera la moitié du quai. L'ambassadeur d'Espagne, Luis "
        "Ortega, a salué l'accord, et l'Espagne enverra des ingénieurs."
    )
    found = persons(text, "fr")
    assert found["Karim Bennani"] == "MAR"
