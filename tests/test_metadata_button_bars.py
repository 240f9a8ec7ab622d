"""A bar of a page's buttons in square brackets (`[Print this page]  [Close window]`, `[Partager] [Tweeter]`) is the
site's, like a menu: a line over it is the site's banner when a headline follows it, and stays the headline when the
body follows it; a headline that opens with a tag in brackets (`[Correction] ...`) is still a headline. Pages written
for these tests."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.test_metadata_stamp_weekdays_and_labels import BODY, HEADLINE

BANNER = {
    "en": "Print version - Official portal of the Government of Tonga",
    "es": "Versión para imprimir - Portal oficial de la Presidencia de Honduras",
    "fr": "Version imprimable - Site officiel du gouvernement du Togo",
    "pt": "Versão para impressão - Portal do Governo de Cabo Verde",
}
BUTTONS = {
    "en": "[Print this page]  [Close window]",
    "es": "[Imprimir] [Enviar por correo] [Cerrar]",
    "fr": "[Imprimer] [Partager]",
    "pt": "[Imprimir]   [Fechar janela]",
}


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_the_headline_under_a_button_bar(language):
    text = f"{BANNER[language]}\n{BUTTONS[language]}\n\n{HEADLINE[language]}\n\n{BODY[language]}"
    assert extract_metadata(text).title == HEADLINE[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_headline_over_a_button_bar(language):
    text = f"{HEADLINE[language]}\n{BUTTONS[language]}\n\n{BODY[language]}"
    assert extract_metadata(text).title == HEADLINE[language]


def test_a_tag_in_brackets_opens_a_headline():
    headline = "[Correction] Tonga and Samoa sign a fisheries accord"
    assert extract_metadata(f"{headline}\n\n{BODY['en']}").title == headline
