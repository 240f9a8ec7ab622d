"""A Spanish name may join the mother's surname to the father's with "y" ("Rodrigo de Rato y Figaredo"): one
word after "y" closing the name belongs to it, while a second person, a state or a city after "y" does not, and a
later mention by the father's surname is the same person. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_the_mothers_surname_after_y_is_part_of_the_name():
    found = persons("Peru's Energy Minister Luis Carranza y Ugarte said the pipeline to Bolivia would open in May.")
    assert "Luis Carranza y Ugarte" in found
    found = persons("Colombian Finance Minister Juan Carlos Echeverry y Garzón met Ecuadorean officials in Quito.")
    assert "Juan Carlos Echeverry y Garzón" in found
    found = persons(
        "La ministra de Comercio Exterior de Costa Rica, Anabel González y Campos, firmó el tratado con Panamá.",
        "es",
    )
    assert "Anabel González y Campos" in found


def test_a_later_mention_by_the_fathers_surname_is_the_same_person():
    found = persons(
        "Mexico's Agriculture Secretary Javier Usabiaga y Arroyo met Canadian ranchers in Calgary. Usabiaga said "
        "beef exports to Canada would double."
    )
    assert set(found) == {"Javier Usabiaga y Arroyo"}


def test_what_follows_y_may_be_another_person_or_a_place():
    found = persons("El canciller Mario Ferreyra Soto y Bolivia firmaron el acuerdo de gas en Santa Cruz.", "es")
    assert "Mario Ferreyra Soto" in found
    found = persons("Uruguay's Foreign Minister Gonzalo Arrieta Bell y Lima had no part in the talks.")
    assert "Gonzalo Arrieta Bell" in found
    found = persons("El ministro de Hacienda, Mario Castaño Reyes, y el embajador peruano firmaron el convenio.", "es")
    assert "Mario Castaño Reyes" in found


def test_two_surnames_joined_by_y_are_two_persons():
    found = persons(
        "Bachelet y Lula abren la cumbre\n\nLa presidenta Michelle Bachelet y el presidente Luiz Inácio Lula da "
        "Silva abrieron la cumbre en Santiago.",
        "es",
    )
    assert "Bachelet y Lula" not in found
