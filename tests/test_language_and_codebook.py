from pipelines.extract.article import FACT_LANGUAGES, extract_article
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


# Short news sentences written for these tests, one per language the pipeline must tell apart.
SHORT_NEWS = {
    "en": "The prime minister arrived in the capital on Monday for talks on trade and energy.",
    "es": "El presidente llegó el lunes a la capital para conversar sobre comercio y energía con su homólogo.",
    "fr": "Le président est arrivé lundi dans la capitale pour des entretiens sur le commerce et l'énergie.",
    "pt": "O presidente chegou na segunda-feira à capital para conversas sobre comércio e energia.",
    "de": "Der Präsident ist am Montag zu Gesprächen über Handel und Energie in der Hauptstadt eingetroffen.",
    "ru": "Президент прибыл в понедельник в столицу для переговоров о торговле и энергетике.",
    "ar": "وصل الرئيس يوم الاثنين إلى العاصمة لإجراء محادثات حول التجارة والطاقة.",
    "zh": "总统周一抵达首都，就贸易和能源问题举行会谈。",
    "tr": "Cumhurbaşkanı ticaret ve enerji görüşmeleri için pazartesi günü başkente geldi.",
    "az": "Prezident ticarət və enerji üzrə danışıqlar üçün bazar ertəsi paytaxta gəlib.",
    "ur": "صدر پیر کے روز تجارت اور توانائی پر بات چیت کے لیے دارالحکومت پہنچے۔",
    "kk": "Президент сауда және энергетика жөніндегі келіссөздер үшін дүйсенбі күні астанаға келді.",
}


def test_short_news_is_told_apart_in_any_script():
    assert {lang: detect_language(text, FACT_LANGUAGES) for lang, text in SHORT_NEWS.items()} == {
        lang: lang for lang in SHORT_NEWS
    }


def test_an_article_not_mined_says_so_in_its_row():
    facts = extract_article(" date 2024-03-01\n" + SHORT_NEWS["ru"] + " Пакистан и Турция, 5 миллиардов долларов.")
    assert facts.language == "ru" and not (facts.dates or facts.actors or facts.sectors or facts.money)
    assert (
        facts.facts_not_mined == "language ru is not supported; facts are mined only from articles in: en, es, fr, pt"
    )
    assert extract_article(ENGLISH).facts_not_mined is None
    assert "undetermined" in extract_article("2024-03-01 12:00").facts_not_mined


def test_spanish_french_and_portuguese_articles_are_mined_by_the_same_rules():
    facts = extract_article(
        " date 2024-03-01\n" + FRENCH + " Le Pakistan et la Turquie ont signé un prêt de 5 milliards de dollars."
    )
    assert facts.language == "fr" and facts.facts_not_mined is None
    assert facts.metadata.publication_date.isoformat() == "2024-03-01"
    assert {"PAK", "TUR"} <= {a.actor_id for a in facts.actors}
    assert [(m.amount, m.currency) for m in facts.money] == [(5e9, "USD")]


def test_readme_codebook_is_rendered_from_the_schemas():
    assert readme_codebook(ROOT / "README.md") == render_codebook()


# Short stories whose names swayed the character model (English to Uzbek, Nigerian Pidgin, Luganda; Spanish to
# Aragonese): the languages the rules read are preferred where the model hesitates. Written for these tests.
NAME_HEAVY_NEWS = {
    "Shavkat Mirziyoyev received Kassym-Jomart Tokayev in Samarkand on Friday.": "en",
    "Bola Tinubu met Akinwumi Adesina of the AfDB in Abuja.": "en",
    "Kenya and Uganda agreed on Tuesday to build a pipeline from Hoima to Tanga, Museveni said in Kampala.": "en",
    "Uhuru Kenyatta and Yoweri Museveni launched the Malaba-Kampala railway.": "en",
    "Tokayev y Mirziyoyev se reunieron en Tashkent con Xi Jinping.": "es",
}


def test_the_languages_the_rules_read_win_where_names_sway_the_model():
    assert {text: detect_language(text, FACT_LANGUAGES) for text in NAME_HEAVY_NEWS} == NAME_HEAVY_NEWS
    assert extract_article(next(iter(NAME_HEAVY_NEWS))).language == "en"


def test_languages_the_rules_do_not_read_are_not_taken_for_ones_they_do():
    italian = "Il presidente della Repubblica ha incontrato a Roma il primo ministro per discutere di cooperazione."
    catalan = "El president de la Generalitat es va reunir a Barcelona amb el primer ministre per parlar de comerç."
    galician = "O presidente da Xunta reuniuse en Santiago co primeiro ministro para falar da cooperación económica."
    dutch = "De minister van Buitenlandse Zaken heeft in Den Haag met zijn collega gesproken over handel en energie."
    texts = (italian, catalan, galician, dutch, GERMAN, SHORT_NEWS["tr"], SHORT_NEWS["az"])
    assert [detect_language(text, FACT_LANGUAGES) for text in texts] == ["it", "ca", "gl", "nl", "de", "tr", "az"]
