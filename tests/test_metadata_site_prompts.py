"""The site's own lines above a headline: a cookie banner's buttons (`Accept all   Manage settings`, `We value your
privacy`), a login or subscription prompt (`Log in to your account to read this story`, `Inicia sesión`), a live
ticker's widget, a masthead's staff (`Managing Editor: Ama Owusu`, `Rédacteur en chef : Awa Diop`) and a photo's caption
closed by its credit (`... in Accra. Photo / AFP`, `... à Bamako. © AFP`): none is the headline; the release day under
`For release:` or `Embargoed until` is the publication date (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.boilerplate import boilerplate_spans
from pipelines.extract.metadata import extract_metadata

BODY = (
    "The two governments agreed on Tuesday to widen their cooperation on ports, power lines and customs training, "
    "officials said after the talks ended in the capital.\n"
)
HEADLINES = {
    "en": "Ghana and Togo agree to share a new power line",
    "es": "Perú y Bolivia firman un acuerdo sobre el lago Titicaca",
    "fr": "Le Mali et la Guinée relancent leur corridor routier",
    "pt": "Angola e Namíbia assinam acordo sobre a barragem do Cunene",
}


@pytest.mark.parametrize(
    ("language", "head"),
    [
        ("en", "We use cookies to improve your experience on our site.\nAccept all   Manage settings"),
        ("en", "Cookie settings\nWe value your privacy"),
        ("en", "Sign in\nRegister\nLog in to your account to read this story"),
        ("en", "Already have an account? Sign in\nCreate a free account to keep reading"),
        ("en", "LIVE: Follow all the latest updates"),
        ("en", "Editor-in-Chief: John Mensah\nManaging Editor: Ama Owusu"),
        ("en", "Delegates pose for a group photo in Accra. Photo / AFP"),
        ("es", "Inicia sesión o crea una cuenta para seguir leyendo"),
        ("es", "Director: Carlos Pérez\nJefe de redacción: Ana Ruiz"),
        ("fr", "Connectez-vous ou créez un compte pour continuer à lire"),
        ("fr", "Directeur de publication : Jean Dupont\nRédacteur en chef : Awa Diop"),
        ("fr", "Les deux ministres lors de la signature à Bamako. © AFP"),
        ("pt", "Faça login ou crie uma conta para continuar lendo"),
        ("pt", "Diretor: Paulo Santos\nEditor-chefe: Rita Alves"),
    ],
)
def test_the_site_lines_above_give_way_to_the_headline(language, head):
    headline = HEADLINES[language]
    assert extract_metadata(f"{head}\n\n{headline}\n\n{BODY}").title == headline


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("For release: 8 October 2020", date(2020, 10, 8)),
        ("Embargoed until 00:01 GMT, 14 March 2019", date(2019, 3, 14)),
        ("Embargo: 2 June 2021", date(2021, 6, 2)),
    ],
)
def test_a_release_day_is_the_publication_date(stamp, day):
    text = f"NEWS RELEASE\n{stamp}\n\nMinister welcomes new air services agreement\n\n{BODY}"
    assert extract_metadata(text).publication_date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Visitors can log in to the new portal to apply for visas, the ministry said on Monday.",
        "Both sides said they would accept all the recommendations of the joint commission on the border.",
    ],
)
def test_a_sentence_of_the_story_is_no_site_notice(sentence):
    text = f"{HEADLINES['en']}\n\n{sentence}\n"
    assert boilerplate_spans(text) == ()
