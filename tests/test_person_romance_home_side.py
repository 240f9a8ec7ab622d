"""A Spanish, French or Portuguese article: the one state named whose press writes in its language is the home
side, whose officials it leaves unqualified; and after "NAME," such a sentence goes on, so a state there is not the
person's. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_the_one_state_that_writes_the_articles_language_is_home():
    text = (
        "A China comprou mais minério do Brasil. Segundo o ministro da Agricultura, Paulo Ferreira Lima, a China "
        "quer investir no Brasil e a China vai abrir fábricas. A China é o maior parceiro."
    )
    assert persons(text, "pt")["Paulo Ferreira Lima"][1] == "BRA"
    text = (
        "Los documentos fueron firmados por la secretaria de Estado de Turismo, Lucía Gómez Prado, y el embajador "
        "de Marruecos en España, Ahmed Benali. Marruecos y Francia y Marruecos."
    )
    assert persons(text, "es") == {"Lucía Gómez Prado": ("secretaria", "ESP"), "Ahmed Benali": ("embajador", "MAR")}
    text = "« La Chine est un partenaire », a déclaré la ministre du Commerce, Claire Dumont. La Chine et la France."
    assert persons(text, "fr")["Claire Dumont"][1] == "FRA"


def test_two_states_that_write_the_language_leave_home_to_the_other_rules():
    text = (
        "México y Cuba firmaron un acuerdo en La Habana. El canciller mexicano, Jorge Salinas Peña, habló con la "
        "prensa cubana."
    )
    assert persons(text, "es")["Jorge Salinas Peña"][1] == "MEX"


def test_a_romance_sentence_goes_on_after_the_name():
    text = "Según el ministro de Comercio, Ricardo Ferrer, la India compra hoy más a la Argentina, y la India sigue."
    assert persons(text, "es")["Ricardo Ferrer"][1] == "ARG"
