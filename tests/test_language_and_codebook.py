from pipelines.extract.article import extract_article
from pipelines.extract.language import detect_language
from pipelines.tables.codebook import readme_codebook, render_codebook
from tests.conftest import ROOT

ENGLISH = "The two countries agreed to expand trade and investment in the energy sector, the minister said."
FRENCH = "Les deux pays ont convenu de développer le commerce et les investissements dans le secteur de l'énergie."
GERMAN = (
    "Die beiden Länder haben vereinbart, den Handel und die Investitionen im Energiesektor auszubauen, und das ist gut."
)


def test_languages_are_told_apart():
    assert detect_language(ENGLISH) == "en"
    assert detect_language(FRENCH) == "fr"
    assert detect_language(GERMAN) == "de"
    assert detect_language("12345 67890") == "und"


def test_non_english_articles_get_metadata_but_no_facts():
    facts = extract_article(" date 2024-03-01 " + FRENCH + " Le Pakistan et la Turquie, 5 milliards de dollars.")
    assert facts.language == "fr"
    assert facts.metadata.publication_date.isoformat() == "2024-03-01"
    assert not (facts.dates or facts.actors or facts.sectors or facts.money)


def test_readme_codebook_is_rendered_from_the_schemas():
    assert readme_codebook(ROOT / "README.md") == render_codebook()
