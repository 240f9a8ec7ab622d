"""A web address written without its scheme (`www.example.org/news`) is the URL the text carries when it carries no
other; the stop of the sentence it ends is not part of it, nor is a date in its path a date of the story (texts written
for these tests)."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.metadata import extract_metadata

BODY = (
    "Ghana and Togo agree to share a new power line\n\n"
    "The two governments agreed on Tuesday to build a line between Accra and Lome, officials said.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "url"),
    [
        ("www.energy.example.gh/news/power-line\n", "www.energy.example.gh/news/power-line"),
        ("For more information, please visit: www.afdb.org\n", "www.afdb.org"),
        ("More on the project at www.gov.example.ke.\n", "www.gov.example.ke"),
        ("Source: www.minrel.example.cl/noticias/2019/acuerdo\n", "www.minrel.example.cl/noticias/2019/acuerdo"),
        ("Plus d'informations sur www.economie.example.sn, rubrique coopération.\n", "www.economie.example.sn"),
    ],
)
def test_a_web_address_without_its_scheme(closing, url):
    assert extract_metadata(BODY + closing).url == url


def test_a_url_with_its_scheme_comes_first():
    text = BODY + "See www.other.example.org for the map.\nhttps://www.example.com/a/b\n"
    assert extract_metadata(text).url == "https://www.example.com/a/b"


@pytest.mark.parametrize("closing", ["Contact: press@www-mail.example.org\n", "Write to info@www.example.org\n"])
def test_an_e_mail_address_is_no_url(closing):
    assert extract_metadata(BODY + closing).url is None


def test_a_date_in_its_path_is_no_date_of_the_story():
    text = BODY + "www.adb.example.org/media/articles/2009/pacific-roads/\n"
    assert [d.text for d in extract_article(text).dates] == ["on Tuesday"]
