"""A dateline that names a capital as Spanish, French or Portuguese write it (`ALGER -`, `PEKÍN, 3 may`) is the
report's home, on sentences written for these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.knowledge import city_countries


def countries(text, language):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_romance_names_of_capitals_are_cities():
    assert city_countries()["Alger"] == "DZA"
    assert city_countries()["Pekín"] == "CHN"
    assert city_countries()["Varsóvia"] == "POL"


def test_a_french_dateline_names_the_home_of_the_officials_it_leaves_unmarked():
    text = (
        "ALGER - Le ministre tunisien du Commerce, Karim Ben Salah, a signé mardi un accord commercial. Les "
        "échanges entre l'Algérie et la Tunisie ont progressé, et la Tunisie veut vendre plus. La cérémonie "
        "s'est déroulée en présence du ministre de l'Industrie, Farid Bensaid."
    )
    assert countries(text, "fr")["Farid Bensaid"] == "DZA"


def test_a_dateline_after_a_long_headline_and_a_share_bar():
    text = (
        "Inicio > Economía\n\nChile y Corea del Sur firman una alianza comercial con créditos para puertos y trenes "
        "nuevos\n\nCompartir: Facebook · Twitter\n\nSantiago, 4 de mayo de 2016 – El presidente surcoreano, Park "
        "Min-ho, y el ministro de Hacienda, Rodrigo Valdés, firmaron acuerdos. Chile exportará cobre a Corea del "
        "Sur y Corea del Sur invertirá en Chile, dijo Corea del Sur."
    )
    assert countries(text, "es")["Rodrigo Valdés"] == "CHL"
