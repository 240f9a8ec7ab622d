"""A Spanish, French or Portuguese office before a name: an honorific with its stop ("M.", "Sra.") or a middle
initial may come before or inside the name; "émir" is an office. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_romance_office_then_an_honorific_with_its_stop():
    text = (
        "Les accords ont été signés en présence du ministre délégué au Commerce extérieur, M. Youssef Bennani, et "
        "du ministre sénégalais des Finances, Mme Aminata Diallo Sow. Le Maroc et le Sénégal."
    )
    assert persons(text, "fr")["Youssef Bennani"][0] == "ministre délégué"
    text = "Lo firmó la ministra de Comercio, Sra. Lucía Benítez Rojas, en Montevideo. Uruguay y China."
    assert persons(text, "es") == {"Lucía Benítez Rojas": ("ministra", "URY")}


def test_a_romance_office_then_a_name_with_a_middle_initial():
    text = (
        "O acordo foi anunciado em Luanda pelo ministro das Finanças, Carlos M. Ferreira, após um encontro com o "
        "embaixador chinês. Angola e a China."
    )
    assert persons(text, "pt") == {"Carlos M. Ferreira": ("ministro", "AGO")}


def test_the_emir_in_french():
    text = "À Paris, l'émir, Cheikh Tamim ben Hamad Al-Thani, a rencontré le président Emmanuel Macron. Le Qatar."
    assert persons(text, "fr")["Tamim ben Hamad Al-Thani"] == ("émir", "QAT")
