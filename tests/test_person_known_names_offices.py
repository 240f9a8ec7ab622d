"""Knowledge of names read with care: a known international official introduced with a state's ministerial office
held it for a state; a surname's articles (`de la`) are no second word of a known name. Sentences written for these
tests."""

from pipelines.extract.actors import extract_actors
from pipelines.knowledge import office_holder


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_known_international_official_with_a_ministerial_office_serves_a_state():
    text = (
        "« L'Inde est un partenaire clé », a déclaré la ministre de l'Économie, Christine Lagarde, lors d'une "
        "visite. L'Inde et l'Inde et la France."
    )
    assert persons(text, "fr")["Christine Lagarde"] == ("ministre", "FRA")
    text = "IMF Managing Director Christine Lagarde said Egypt would receive the loan. Egypt and Egypt."
    assert persons(text)["Christine Lagarde"][1] is None


def test_a_surnames_articles_are_no_second_word_of_a_known_name():
    assert office_holder("De la Fuente") is None
    assert office_holder("Lula da Silva").country == "BRA"
    text = (
        "España y Marruecos firmaron el convenio. La secretaria de Estado de Turismo, Elena de la Fuente Ruiz, lo "
        "celebró. De la Fuente dijo que Marruecos y España cooperan."
    )
    assert persons(text, "es")["Elena de la Fuente Ruiz"][1] == "ESP"
