"""Persons in Spanish, French and Portuguese news: words before a name that are never part of it (a preposition,
an honorific, an office, a body's head noun) and a place after an office (sentences written for these tests)."""

from pipelines.extract.actors import extract_actors


def persons(text: str, language: str) -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_an_according_to_and_a_french_honorific_stay_out_of_the_name():
    text = (
        "La ministre du Commerce, Odile Marchand, a signé l'accord à Dakar. Selon Mme Marchand, les échanges vont "
        "doubler. « Nous sommes prêts », a ajouté M. Tiago Bernal, le directeur de la banque."
    )
    assert persons(text, "fr") == {"Odile Marchand", "Tiago Bernal"}


def test_a_surname_after_an_honorific_is_the_person_named_in_full():
    text = "Le ministre des Finances, Jules Ondoua, a reçu la délégation. M. Ondoua a salué le soutien du Japon."
    assert persons(text, "fr") == {"Jules Ondoua"}


def test_a_spanish_byline_and_an_office_in_a_headline_are_no_names():
    text = (
        "Presidente Ramírez y Lula firman un acuerdo de energía\nPor Redacción | 3 de mayo de 2021\n"
        "El presidente de Colombia, Iván Ramírez, y el presidente de Brasil, Luiz Inácio Lula da Silva, firmaron "
        "el acuerdo en Bogotá."
    )
    assert persons(text, "es") == {"Iván Ramírez", "Luiz Inácio Lula da Silva"}


def test_a_portuguese_source_line_names_a_body_not_a_person():
    text = (
        "O ministro da Economia de Angola, Rui Mendes, visitou Lisboa na terça-feira.\n\nDa Agência Lusa\n"
        "Segundo Rui Mendes, o comércio cresceu."
    )
    assert persons(text, "pt") == {"Rui Mendes"}


def test_the_city_where_an_office_is_held_is_not_its_holder():
    text = "El ministro agradeció al embajador chino en Buenos Aires, Zou Lin, el apoyo de su gobierno."
    found = {a.name: a.country for a in extract_actors(text, language="es") if a.actor_type == "person"}
    assert found == {"Zou Lin": "CHN"}
