"""A headline after a kicker that names the story's kind (`EXCLUSIVE:`, `WATCH:`, `ANÁLISIS:`,
`ENTRETIEN -`) is the headline, its kicker kept, though it is shaped like a `CITY:` lead or a menu's first item; a
city's lead with its sentence, and a menu, stay what they are. Page heads written for these tests."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.test_metadata_stamp_weekdays_and_labels import BODY


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("en", "EXCLUSIVE: Oman weighs stake in a Tanzanian gas terminal"),
        ("en", "WATCH: Zambia and Malawi leaders open a new rail terminal"),
        ("en", "VIDEO: Belize and Guatemala take their border case to court"),
        ("en", "Explainer: what the Nile basin accord means for Uganda"),
        ("es", "ANÁLISIS: Paraguay busca socios para su hidrovía"),
        ("fr", "ENTRETIEN - Le ministre gabonais défend la route vers Oyem"),
        ("fr", "Décryptage : ce que change l'accord entre le Niger et le Bénin"),
        ("pt", "AO VIVO: Angola e Zâmbia inauguram ligação ferroviária"),
        ("pt", "Opinião: o que Moçambique ganha com o gás de Rovuma"),
    ],
)
def test_a_headline_after_its_kicker_is_the_headline(language, headline):
    text = f"{headline}\n\n{BODY[language]}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a city's lead opens the body, its sentence is no headline
        ("en", "LUSAKA: A delegation from Malawi will arrive on Sunday to discuss the rail line and the ports."),
        ("fr", "LIBREVILLE : Le ministre gabonais a reçu jeudi son homologue camerounais pour parler de la route."),
        # a kicker's word at the head of a menu is the menu's
        ("en", "Opinion | World | Business | Sport"),
    ],
)
def test_a_lead_or_a_menu_is_no_kicker_headline(language, text):
    assert extract_metadata(f"{text}\n\n{BODY[language]}").title is None


def test_a_release_number_after_its_label_is_no_headline():
    text = (
        "Nota de Prensa N° 123-2022\n\nPerú y Ecuador celebran un gabinete binacional en Tumbes\n\n"
        f"Lima, 3 de marzo de 2022\n\n{BODY['es']}"
    )
    assert extract_metadata(text).title == "Perú y Ecuador celebran un gabinete binacional en Tumbes"


@pytest.mark.parametrize(
    ("language", "kicker", "headline"),
    [
        ("en", "OPINION", "Why Suriname needs a deal with Guyana on oil"),
        ("en", "LIVE", "Bhutan and Nepal leaders meet in Thimphu: all the updates"),
        ("es", "Entrevista", "La canciller de Costa Rica habla del canal seco"),
        ("es", "EN DIRECTO", "Paraguay y Bolivia firman el acuerdo del gasoducto"),
        ("fr", "EN DIRECT", "Le Bénin et le Niger rouvrent leur frontière commune"),
        ("pt", "AO VIVO", "Angola e Namíbia assinam acordo sobre o rio Cunene"),
    ],
)
def test_a_kicker_before_a_bar_on_a_page_line_is_no_part_of_the_headline(language, kicker, headline):
    text = f"{kicker} | {headline}\n\n{BODY[language]}"
    assert extract_metadata(text).title == headline


def test_a_kicker_before_a_bar_on_the_header_line_stays():
    title = "LIVE | Bhutan and Nepal leaders meet in Thimphu: all the updates"
    assert extract_metadata(f" date 2019-03-02 {title}\n{BODY['en']}").title == title
